"""The Swedish of the texts about exchange (window and Qt-free parts), merged into `swedish.SWEDISH`."""

PART: dict[str, str] = {
    # refusals of the whole-plan workbook's import (wording/messages.py)
    "the cell {cell} holds the uuid {value}, which {other} holds already; a uuid names one record.":
        "cellen {cell} har uuid {value}, som {other} redan har; ett uuid namnger en enda post.",
    "the cell {cell} names the parent “{value}”, which is neither in the file nor in the plan ({what}).":
        "cellen {cell} anger den överordnade ”{value}”, som varken finns i filen eller i planen ({what}).",
    "the cell {cell} names “{value}”, which is neither in the file nor in the plan ({what}).":
        "cellen {cell} anger ”{value}”, som varken finns i filen eller i planen ({what}).",
    "the cell {cell} names “{value}”, which fits more than one ({what}); give its uuid instead.":
        "cellen {cell} anger ”{value}”, som passar in på fler än en ({what}); ange dess uuid i stället.",
    "the cell {cell} names “{value}” as the parent, which would put the row under itself.":
        "cellen {cell} anger ”{value}” som överordnad, vilket skulle placera raden under sig själv.",
    "the cell {cell}: the governance model does not let a {level} sit under a {parent}.":
        "cellen {cell}: styrmodellen tillåter inte {level} under {parent}.",
    "the cell {cell}: the governance model does not let a {level} stand at the top of the tree.":
        "cellen {cell}: styrmodellen tillåter inte {level} överst i trädet.",
    "the cell {cell} names the level “{value}”, which this tree does not have (it has: {choices}).":
        "cellen {cell} anger nivån ”{value}”, som inte finns i det här trädet (det har: {choices}).",
    "the cell {cell} names the global goal {value}; Agenda 2030 has goals 1–17.":
        "cellen {cell} anger det globala målet {value}; Agenda 2030 har mål 1–17.",
    "the cell {cell} holds “{value}”; use ja or nej.": "cellen {cell} innehåller ”{value}”; skriv ja eller nej.",
    "the cell {cell} holds “{value}”, which is not a date (write it as 2026-03-31).":
        "cellen {cell} innehåller ”{value}”, som inte är ett datum (skriv det som 2026-03-31).",
    "the cell {cell} does not hold a picture as styrapp writes it (base64).":
        "cellen {cell} innehåller inte en bild så som styrapp skriver den (base64).",
    "the sheet “{sheet}” lacks the columns {columns} (export a plan to Excel to see what the file should look like).":
        "fliken ”{sheet}” saknar kolumnerna {columns} (exportera en plan till Excel för att se hur filen ska se ut).",
    "the cell {cell} names the field “{value}”, which the sheet Plan does not have.":
        "cellen {cell} anger fältet ”{value}”, som fliken Plan inte har.",
    "the cell {cell} holds “{value}”; use {choices}.": "cellen {cell} innehåller ”{value}”; skriv {choices}.",
    # what a reference names, in those refusals (models/services/plan_import.py)
    "a unit": "en enhet",
    "a goal or assignment": "ett mål eller uppdrag",
    "a follow-up period": "en uppföljningsperiod",
    "an indicator": "en indikator",
    "a ring of the annual wheel": "en ring i årshjulet",
    "a budget line": "en budgetrad",
    # the import's report (exchange/workbook_import.py)
    "{what}: {added} new, {changed} changed, {left} unchanged.": "{what}: {added} nya, {changed} ändrade, {left} oförändrade.",
    "Nothing changed: the plan already holds what the file says.":
        "Inget ändrades: planen innehåller redan det som filen säger.",
    "Plan and organisation": "Plan och organisation",
    "Units": "Enheter",
    "Levels of the governance model": "Styrmodellens nivåer",
    "Links": "Kopplingar",
    "Rings of the annual wheel": "Årshjulets ringar",
    "Budget outcomes": "Budgetutfall",
    "it has none of the sheets {sheets}": "den har ingen av flikarna {sheets}",
    "Writing the plan": "Skriver planen",
    # styrapp-cli import and export (cli/exchange_commands.py); the texts they replace stay in swedish_messages.py
    # until the lead prunes them
    "export the plan (xlsx: the whole plan; ics, png, svg, pdf: the annual wheel)":
        "exportera planen (xlsx: hela planen; ics, png, svg, pdf: årshjulet)",
    "xlsx: the whole plan, one part a sheet ({sheets}), every row with its record's uuid; `import` reads it back into any plan. ics: the annual wheel's events as a calendar for Outlook or Google (all-day events, the same UID every time). png, svg, pdf: the annual wheel as a picture or a print on A4 or A3. The plan is opened for reading only; the file is written whole or not at all.":
        "xlsx: hela planen, en del per flik ({sheets}), varje rad med postens uuid; `import` läser tillbaka den till vilken plan som helst. ics: årshjulets händelser som kalender för Outlook eller Google (heldagshändelser, samma UID varje gång). png, svg, pdf: årshjulet som bild eller utskrift på A4 eller A3. Planen öppnas bara för läsning; filen skrivs hel eller inte alls.",
    "import a plan from Excel in styrapp's layout (all of it or some sheets), values (Kolada: API JSON or a CSV table) or calendar events into the annual wheel (.ics)":
        "importera en plan från Excel i styrapps format (hela eller några flikar), mätvärden (Kolada: API-JSON eller CSV-tabell) eller kalenderhändelser till årshjulet (.ics)",
    "Reads the whole file first; a file that cannot be read changes nothing (exit code 2). Values are matched to the indicators' Kolada ids and municipality or unit codes. Calendar events (Outlook, Google, Thunderbird) go into the annual wheel; recurring events are laid out per occasion in the plan year, and an event with the same UID as before is updated instead of doubled. An Excel workbook in styrapp's layout (what export --format xlsx writes, or sheets typed by hand with its column names) is matched by uuid, then by name within its parent. Prints what was added, changed and left, and what was skipped, and why.":
        "Läser filen helt först; en fil som inte går att läsa ändrar ingenting (slutkod 2). Mätvärden matchas mot indikatorernas Kolada-id och kommun- eller enhetskod. Kalenderhändelser (Outlook, Google, Thunderbird) läggs i årshjulet; återkommande händelser läggs ut per tillfälle under planåret, och en händelse med samma UID som förut uppdateras i stället för att dubbleras. En Excelfil i styrapps format (det som export --format xlsx skriver, eller flikar skrivna för hand med dess kolumnnamn) matchas på uuid och sedan på namn under samma överordnade. Skriver ut vad som lades till, ändrades och lämnades, och vad som hoppades över, och varför.",
    # the window's Arkiv → Exportera… (ui/actions.py, ui/main_window.py)
    "&Export…": "&Exportera…",
    "Write the whole plan to an Excel workbook (.xlsx), one part a sheet, that can be brought back into any plan":
        "Skriv hela planen till en Excel-arbetsbok (.xlsx), en del per flik, som kan läsas in i vilken plan som helst",
    "Excel workbook (*.xlsx)": "Excel-arbetsbok (*.xlsx)",
    "Exporting %1…": "Exporterar %1…",
    "The plan was exported to %1": "Planen exporterades till %1",
    "Could not export the plan": "Det gick inte att exportera planen",
    # the whole-plan workbook's import report: the sheet Kontroller
    "Controls of the risks": "Riskernas kontroller",
}
