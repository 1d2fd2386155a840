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
    # the Intern kontroll page, the risk matrix and their undo steps
    "Unit:": "Enhet:",
    "Year:": "År:",
    "Suggest for the plan over risk value:": "Föreslå till planen över riskvärde:",
    "A risk whose value (likelihood × consequence) is over this is suggested for the internal control plan. Whether it is chosen stays your choice.":
        "En risk vars värde (sannolikhet × konsekvens) är över detta föreslås till internkontrollplanen. Om den väljs är fortfarande ditt val.",
    "Category": "Kategori",
    "suggested": "föreslås",
    "Add risk": "Lägg till risk",
    "Delete…": "Ta bort…",
    "One of the usual kinds, or the plan's own word": "Ett av de vanliga slagen, eller planens eget ord",
    "In the internal control plan": "I internkontrollplanen",
    "Likelihood (1–4)": "Sannolikhet (1–4)",
    "Consequence (1–4)": "Konsekvens (1–4)",
    "Risk analysis": "Riskanalys",
    "(no control yet)": "(inget kontrollmoment än)",
    "Method": "Metod",
    "Reported in": "Rapporteras i",
    "Reported to": "Rapporteras till",
    "Choose for the plan": "Välj till planen",
    "Take out of the plan": "Ta bort ur planen",
    "Found": "Iakttagelser",
    "Actions decided": "Beslutade åtgärder",
    "What was found": "Iakttagelser",
    "Follow-up of the controls": "Uppföljning av kontrollerna",
    "All units": "Alla enheter",
    "(the year's last period)": "(årets sista period)",
    "The risks chosen for the internal control plan, each with its control. Select one to write its control beside.":
        "Riskerna som valts till internkontrollplanen, var och en med sitt kontrollmoment. Välj en för att skriva dess kontroll bredvid.",
    "Suggested by the plan's rule (risk value over %1) but not chosen:":
        "Föreslås av planens regel (riskvärde över %1) men är inte valda:",
    "Every risk over the plan's threshold (%1) is chosen.": "Alla risker över planens gräns (%1) är valda.",
    "The year has no reporting periods.": "Året har inga uppföljningsperioder.",
    "%1 of %2 controls not yet followed up": "%1 av %2 kontroller är inte uppföljda än",
    "Every control is followed up ✓": "Alla kontroller är uppföljda ✓",
    "No risk is chosen for the internal control plan.": "Ingen risk är vald till internkontrollplanen.",
    "Select a risk in the matrix or the table to edit it, or add one.":
        "Välj en risk i matrisen eller tabellen för att redigera den, eller lägg till en.",
    "Suggested: its risk value is over %1.": "Föreslås: riskvärdet är över %1.",
    "Not suggested: its risk value is not over %1.": "Föreslås inte: riskvärdet är inte över %1.",
    "Select a chosen risk to write its control.": "Välj en vald risk för att skriva dess kontrollmoment.",
    "“%1” is not in the internal control plan. Choose it there first.":
        "”%1” finns inte i internkontrollplanen. Välj den dit först.",
    "Select a control to write its follow-up for the period.":
        "Välj en kontroll för att skriva dess uppföljning för perioden.",
    "Say first whether the control was performed; then write what it found and the actions decided.":
        "Ange först om kontrollen genomfördes; skriv sedan iakttagelserna och de beslutade åtgärderna.",
    "New risk": "Ny risk",
    "Delete the risk “%1”?": "Ta bort risken ”%1”?",
    "its control in the internal control plan": "dess kontrollmoment i internkontrollplanen",
    "its follow-up in 1 period": "dess uppföljning i 1 period",
    "its follow-ups in %1 periods": "dess uppföljningar i %1 perioder",
    "With it go: %1.": "Med den försvinner: %1.",
    "Edit → Undo brings it back.": "Redigera → Ångra tar tillbaka den.",
    "Delete risk": "Ta bort risk",
    "Consequence →": "Konsekvens →",
    "Likelihood →": "Sannolikhet →",
    "Likelihood %1 × consequence %2 = risk value %3": "Sannolikhet %1 × konsekvens %2 = riskvärde %3",
    "Move risk %1 in the matrix": "Flytta risken %1 i matrisen",
    "Choose risk %1 for the internal control plan": "Välj risken %1 till internkontrollplanen",
    "Take risk %1 out of the internal control plan": "Ta bort risken %1 ur internkontrollplanen",
    "Edit the control of risk %1": "Ändra kontrollen av risken %1",
    "Edit risk %1": "Ändra risken %1",
    "Delete risk %1": "Ta bort risken %1",
    "Change the risk value that suggests a risk for the plan": "Ändra riskvärdet som föreslår en risk till planen",
    "Follow up the control of risk %1": "Följ upp kontrollen av risken %1",
    # the internkontrollplan report
    "The risk matrix, the chosen risks with their controls and, for a period, the follow-up of each control":
        "Riskmatrisen, de valda riskerna med kontrollmoment och, för en period, uppföljningen av varje kontroll",
    "Follow-up of the controls: {period}": "Uppföljning av kontrollerna: {period}",
    "{left} of {total} controls are not followed up yet.": "{left} av {total} kontroller är inte uppföljda än.",
    "Every control is followed up.": "Alla kontroller är uppföljda.",
}
