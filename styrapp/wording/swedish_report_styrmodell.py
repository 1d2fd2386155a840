"""Swedish for the reports that follow the organisation's own styrmodell (reports/styrmodell.py)."""

PART = {
    "Owner": "Ägare",
    "Agenda 2030: {goals}": "Agenda 2030: {goals}",
    "KF indicator": "KF-indikator",
}
