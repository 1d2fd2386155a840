"""The Swedish of the texts about periods (window and Qt-free parts), merged into `swedish.SWEDISH`."""

PART: dict[str, str] = {
    # refusals (wording/messages.py)
    "There is already a reporting period called “{name}” in {year}.":
        "Det finns redan en rapportperiod som heter ”{name}” {year}.",
    "{label} must be a date, e.g. 2026-08-31; got “{value}”.": "{label} måste vara ett datum, t.ex. 2026-08-31; fick ”{value}”.",
    "The decision date of “{name}” ({due}) lies before the period's end ({end}); a report is decided after the period it covers.":
        "Beslutsdatumet för ”{name}” ({due}) ligger före periodens slut ({end}); en rapport beslutas efter perioden den gäller.",
    "The decision date of “{name}” is the last day of the annual wheel's event “{event}”; it cannot be left empty. Change the date, or remove the event's link to the period in the annual wheel.":
        "Beslutsdatumet för ”{name}” är sista dagen för årshjulets händelse ”{event}” och kan inte lämnas tomt. Ändra datumet, eller ta bort händelsens koppling till perioden i årshjulet.",
    "The annual wheel's event “{event}” cannot be moved so that “{name}” is decided on {due}; move the event in the annual wheel instead.":
        "Årshjulets händelse ”{event}” kan inte flyttas så att ”{name}” beslutas {due}; flytta händelsen i årshjulet i stället.",
    "The period “{name}” cannot be removed: {count}. Keep it, or first remove what is written for it.":
        "Perioden ”{name}” kan inte tas bort: {count}. Behåll den, eller ta först bort det som är skrivet för den.",
    "{count} follow-up is written for it": "{count} uppföljning är skriven för den",
    "{count} follow-ups are written for it": "{count} uppföljningar är skrivna för den",
    "{count} budget figure is entered for it": "{count} budgetsiffra är inlagd för den",
    "{count} budget figures are entered for it": "{count} budgetsiffror är inlagda för den",
    "The period's end": "Periodens slut",
    "The decision date": "Beslutsdatumet",
}
