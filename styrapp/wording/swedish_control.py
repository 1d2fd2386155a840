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
}
