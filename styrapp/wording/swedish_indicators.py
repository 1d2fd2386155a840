"""The Swedish of the texts about indicators (window and Qt-free parts), merged into `swedish.SWEDISH`."""

PART: dict[str, str] = {
    # Qt-free: what deleting an indicator takes with it, and the goal tree's word for an indicator
    "Indicator": "Indikator",
    "{count} measured value": "{count} mätvärde",
    "{count} measured values": "{count} mätvärden",
    "“{name}” is deleted together with {values}.": "”{name}” tas bort tillsammans med {values}.",
    "Its link to {nodes} goes too.": "Dess koppling till {nodes} tas också bort.",
    "Its links to {nodes} go too.": "Dess kopplingar till {nodes} tas också bort.",
    "“{other}” already follows the Kolada KPI {kpi} for {area}; a Kolada import could fill only one of them.":
        "”{other}” följer redan Koladas nyckeltal {kpi} för {area}; en import från Kolada kunde bara fylla en av dem.",
    # the window: the Indikatorer page, its dialogs, the goal tree and a node's form
    "Add indicator %1": "Lägg till indikatorn %1",
    "Delete indicator %1": "Ta bort indikatorn %1",
    "Move indicator %1": "Flytta indikatorn %1",
    "Link indicators to %1": "Koppla indikatorer till %1",
    "Unlink %1 from %2": "Koppla bort %1 från %2",
    "Change the links of %1": "Ändra kopplingarna för %1",
    "Linked to “%1”.": "Kopplad till ”%1”.",
    "“%1” is no longer linked to “%2”; the indicator itself stays.":
        "”%1” är inte längre kopplad till ”%2”; själva indikatorn finns kvar.",
    "New indicator": "Ny indikator",
    "New indicator…": "Ny indikator…",
    "e.g. Sick leave among employees": "t.ex. Sjukfrånvaro bland medarbetarna",
    "%, number, SEK …": "%, antal, kr …",
    "(nothing yet)": "(inget ännu)",
    "It measures": "Mäter",
    "Add": "Lägg till",
    "Measures (goals, assignments and activities)": "Mäter (mål, uppdrag och aktiviteter)",
    "Link to…": "Koppla till…",
    "Choose the goals, assignments and activities this indicator measures":
        "Välj de mål, uppdrag och aktiviteter som indikatorn mäter",
    "Remove link": "Ta bort kopplingen",
    "Add an indicator (Insert)": "Lägg till en indikator (Insert)",
    "Move up": "Flytta upp",
    "Move down": "Flytta ned",
    "The plan's own order: clear the search and the sorting first":
        "Planens egen ordning: töm sökrutan och ta bort sorteringen först",
    "Delete indicator": "Ta bort indikator",
    "What “%1” measures": "Vad ”%1” mäter",
    "“%1” follows the Kolada KPI %2. Fetch its values from a Kolada file now?":
        "”%1” följer Koladas nyckeltal %2. Hämta dess värden ur en Kolada-fil nu?",
    "A file downloaded from kolada.se (JSON, CSV or Excel). File → Import… does the same later.":
        "En fil hämtad från kolada.se (JSON, CSV eller Excel). Arkiv → Importera… gör detsamma senare.",
    "Fetch from a file…": "Hämta ur en fil…",
    "Later": "Senare",
    "Kolada file": "Kolada-fil",
    "Kolada (*.json *.csv *.xlsx)": "Kolada (*.json *.csv *.xlsx)",
    "Link": "Koppla",
    "(no indicator measures this yet)": "(ingen indikator mäter detta ännu)",
    "Call the indicators %1": "Kalla indikatorerna %1",
    "An indicator is called": "En indikator kallas",
}
