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
    # the window: Plan → Reporting periods…
    "Reporting &periods…": "Rapporterings&perioder…",
    "Add, rename or remove reporting periods; change their kind, end and decision date":
        "Lägg till, byt namn på eller ta bort rapporteringsperioder; ändra deras typ, slut och beslutsdatum",
    "Add reporting period": "Lägg till rapporteringsperiod",
    "Rename reporting period %1": "Byt namn på rapporteringsperioden %1",
    "Edit reporting period %1": "Ändra rapporteringsperioden %1",
    "Remove reporting period %1": "Ta bort rapporteringsperioden %1",
    "Reporting periods": "Rapporteringsperioder",
    "Monthly report": "Månadsrapport",
    "Four-monthly report (tertial)": "Tertialrapport",
    "Interim report": "Delårsrapport",
    "Interim accounts": "Delårsbokslut",
    "Annual report": "Årsredovisning",
    "Own period": "Egen period",
    "Period end": "Periodens slut",
    "Decision date": "Beslutsdatum",
    "Follow-ups written": "Skrivna uppföljningar",
    "Remove period": "Ta bort period",
    "The chosen period": "Vald period",
    "The last day of the annual wheel's event “%1”: a new date moves the event.":
        "Sista dagen för årshjulets händelse ”%1”: ett nytt datum flyttar händelsen.",
    "No event in the annual wheel points to this period.": "Ingen händelse i årshjulet pekar på den här perioden.",
    "Choose a period in the list to change it, or add one below.":
        "Välj en period i listan för att ändra den, eller lägg till en nedan.",
    "Add a period": "Lägg till en period",
    "e.g. Tertialrapport 1": "t.ex. Tertialrapport 1",
    "Add period": "Lägg till period",
    # the window: Uppföljning for every level
    "Goal, assignment or activity": "Mål, uppdrag eller aktivitet",
    "Assignments serving no goal": "Uppdrag som inte är kopplade till något mål",
    "The status written differs from what its indicators show.":
        "Den skrivna statusen skiljer sig från vad indikatorerna visar.",
    "Unit:": "Enhet:",
    "All units": "Alla enheter",
    "Only without an assessment": "Bara de utan bedömning",
    "Indicators' status": "Indikatorernas status",
    "The plan has no reporting periods; add one under Plan → Reporting periods…":
        "Planen har inga rapporteringsperioder; lägg till en under Plan → Rapporteringsperioder…",
    "%1 of %2 have an assessment": "%1 av %2 har en bedömning",
    "Choose a goal, assignment or activity to write its follow-up.":
        "Välj ett mål, ett uppdrag eller en aktivitet för att skriva dess uppföljning.",
    "no indicators linked": "inga indikatorer kopplade",
    "The status written (%1) differs from what its indicators show (%2): check the status, or say why in the analysis.":
        "Den skrivna statusen (%1) skiljer sig från vad indikatorerna visar (%2): se över statusen, eller förklara varför i analysen.",
}
