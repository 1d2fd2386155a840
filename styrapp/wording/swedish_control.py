"""The Swedish of the texts about control (window and Qt-free parts), merged into `swedish.SWEDISH`."""

PART: dict[str, str] = {
    # the kinds of risk and what a control's follow-up found (models.enums)
    "operations": "verksamhet",
    "finances": "ekonomi",
    "compliance": "regelefterlevnad",
    "information": "information",
    "irregularities": "oegentligheter",
    "performed, no remarks": "genomförd utan anmärkning",
    "performed, deviations found": "genomförd, brister funna",
    "not performed": "ej genomförd",
    "not followed up yet": "inte uppföljd än",
    # refusals and the red thread's findings (codes in messages.py)
    "The risk value over which a risk is suggested for the internal control plan must be a whole number from {low} to {high}; got “{value}”.":
        "Riskvärdet över vilket en risk föreslås för internkontrollplanen ska vara ett heltal från {low} till {high}; fick ”{value}”.",
    "“{title}” is not chosen for the internal control plan, so its control cannot be followed up.":
        "”{title}” är inte vald till internkontrollplanen, så dess kontroll kan inte följas upp.",
    "The reporting period “{period}” belongs to {period_year}, the risk to {year}.":
        "Rapportperioden ”{period}” hör till {period_year}, risken till {year}.",
    "The risk “{title}” is chosen for the internal control plan but has no control.":
        "Risken ”{title}” är vald till internkontrollplanen men har inget kontrollmoment.",
    "The risk “{title}” is chosen for the internal control plan but nobody is responsible for its control.":
        "Risken ”{title}” är vald till internkontrollplanen men ingen är ansvarig för kontrollen.",
    "The control of the risk “{title}” has not been followed up, though the period “{period}” ended on {end}.":
        "Kontrollen av risken ”{title}” har inte följts upp, fast perioden ”{period}” slutade {end}.",
}
