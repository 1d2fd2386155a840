"""The Swedish of the texts about the plan's details (window and Qt-free parts), merged into `swedish.SWEDISH`."""

PART: dict[str, str] = {
    # Refusals and reports
    "The value's name": "Värdets namn",
    "Term of office {first}–{last}": "Mandatperiod {first}–{last}",
}
