"""Swedish for issue 20's Inställningar, high-contrast theme and accessibility (accessible names and
descriptions of controls, the årshjul's list and the charts)."""

PART = {
    # Inställningar
    "Language of the window": "Fönstrets språk",
    "Colours": "Färger",
    "High contrast": "Hög kontrast",
    "High contrast: white text on black, the selection in yellow": "Hög kontrast: vit text på svart, markeringen i gult",
    "The window": "Fönstret",
    "The colours change at once. The language changes the next time styrapp starts (the menus and pages are "
    "made in it then).":
        "Färgerna ändras direkt. Språket ändras nästa gång styrapp startar (då byggs menyer och sidor på det).",
    "Backups": "Säkerhetskopior",
    "Folder for new plans": "Mapp för nya planer",
    "Empty: your Documents folder": "Tomt: mappen Dokument",
    "Choose the folder for new plans": "Välj mapp för nya planer",
    "New plans": "Nya planer",
    "Folder": "Mapp",
    "Where File → New plan… and Save a copy as… start.": "Där Arkiv → Ny plan… och Spara en kopia som… börjar.",
    "Paper of new reports": "Papper för nya rapporter",
    "Language of new reports": "Språk för nya rapporter",
    "What the Reports page starts with. A plan that keeps its own report language prints in that.":
        "Det som sidan Rapporter börjar med. En plan som har ett eget rapportspråk skrivs ut på det.",
    "The folder %1 does not exist. Choose one that does, or leave the field empty for your Documents folder.":
        "Mappen %1 finns inte. Välj en som finns, eller lämna fältet tomt för mappen Dokument.",
    "Your own settings: language, colours, backups, the folder for new plans and the report defaults":
        "Dina egna inställningar: språk, färger, säkerhetskopior, mappen för nya planer och rapporternas standardval",
    # accessible names of the controls a screen reader reads
    "The goals and what changed": "Målen och vad som ändrats",
    "Suggest for the plan over risk value": "Föreslå för planen över riskvärde",
    "Controls in the internal control plan": "Kontroller i internkontrollplanen",
    "Risks suggested for the plan": "Risker som föreslås för planen",
    "Amounts in": "Belopp i",
    "Budget frame, %1": "Budgetram, %1",
    "Deficit yellow up to": "Underskott gult upp till",
    "Budget and outcome per unit": "Budget och utfall per enhet",
    "Goals and assignments to follow up": "Mål och uppdrag att följa upp",
    "The selected indicator": "Den valda indikatorn",
    "Pages": "Sidor",
    "Findings to look at": "Anmärkningar att se över",
    "Pages of the report": "Rapportens sidor",
    "Choices for the report": "Val för rapporten",
    "The review's sections": "Nulägeskollens avsnitt",
    "Indicators to print": "Indikatorer att skriva ut",
    "What the new plan period takes over": "Det som den nya planperioden tar över",
    "Targets for the new year": "Målvärden för det nya året",
    "Search in %1": "Sök i %1",
    "Search in the tree": "Sök i trädet",
    "The selected row's details": "Den valda radens uppgifter",
    "The selected event and the rings": "Den valda händelsen och ringarna",
    "The plan's file": "Planens fil",
    "Period of the new value": "Det nya värdets period",
    "Kind of the new value": "Det nya värdets typ",
    "Women, men or all": "Kvinnor, män eller alla",
    "The new value": "Det nya värdet",
    "The indicator's details": "Indikatorns uppgifter",
    "Tick what this serves one level up": "Kryssa för det som detta tjänar en nivå upp",
    "Indicator to link": "Indikator att koppla",
    "Templates": "Mallar",
    # the årshjul and the charts for a screen reader
    "%1 with %2 events; the list Events beside it holds each with its dates and ring, and choosing one there "
    "chooses it here. The arrow keys go from event to event.":
        "%1 med %2 händelser; listan Händelser bredvid har varje händelse med datum och ring, och den som väljs "
        "där väljs här. Piltangenterna går från händelse till händelse.",
    "The events of the annual wheel, one a row; the one chosen here is chosen in the wheel.":
        "Årshjulets händelser, en per rad; den som väljs här väljs i hjulet.",
    "%1, %2, ring %3": "%1, %2, ring %3",
}
