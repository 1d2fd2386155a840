"""The Swedish of the texts about indicators (window and Qt-free parts), merged into `swedish.SWEDISH`."""

PART: dict[str, str] = {
    # Qt-free: what deleting an indicator takes with it, and the goal tree's word for an indicator
    "Indicator": "Indikator",
    "{count} measured value": "{count} mätvärde",
    "{count} measured values": "{count} mätvärden",
    "its link to {count} goal": "sin koppling till {count} mål",
    "its links to {count} goals": "sina kopplingar till {count} mål",
    "its link to {count} assignment or activity": "sin koppling till {count} uppdrag eller aktivitet",
    "its links to {count} assignments or activities": "sina kopplingar till {count} uppdrag eller aktiviteter",
}
