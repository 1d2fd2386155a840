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
}
