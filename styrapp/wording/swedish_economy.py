"""The Swedish of the texts about economy (window and Qt-free parts), merged into `swedish.SWEDISH`."""

PART: dict[str, str] = {
    # ---- refusals and findings (codes in messages.py: money.*, budget.*, finding.forecast_over_frame) ----
    "“{value}” is no amount; write it as 4 321 000, 1 234,50 or −12 300.":
        "”{value}” är inget belopp; skriv det som 4 321 000, 1 234,50 eller −12 300.",
    "{value} is more than styrapp takes ({most}); is the amount and its unit right?":
        "{value} är mer än styrapp tar emot ({most}); stämmer beloppet och dess enhet?",
    "“{value}” {unit} has more decimals than an amount can have (at most two in kronor).":
        "”{value}” {unit} har fler decimaler än ett belopp kan ha (högst två i kronor).",
    "“{value}” is negative; this amount cannot be.": "”{value}” är negativt; det kan det här beloppet inte vara.",
    "A budget frame cannot be negative ({value}).": "En budgetram kan inte vara negativ ({value}).",
    "“{unit}” is no unit for amounts; choose {units}.": "”{unit}” är ingen enhet för belopp; välj {units}.",
    "The deficit that is still green ({green}) must be at least 0 % and at most the deficit that is still yellow ({yellow}), at most 100 %.":
        "Underskottet som ännu är grönt ({green}) måste vara minst 0 % och högst underskottet som ännu är gult ({yellow}), högst 100 %.",
    "{unit} already has a frame for {kind} {year}; change that frame instead.":
        "{unit} har redan en ram för {kind} {year}; ändra den ramen i stället.",
    "The period {period} does not lie in the budget's year {year}.": "Perioden {period} ligger inte i budgetens år {year}.",
    "Two figures for the same unit, period and kind of budget.": "Två belopp för samma enhet, period och budgettyp.",
    "{unit}: the forecast for {kind} {year} ({forecast}) exceeds the frame ({frame}) by {over}.":
        "{unit}: prognosen för {kind} {year} ({forecast}) överskrider ramen ({frame}) med {over}.",
    "The kind of budget": "Budgettypen",
    # ---- the ekonomi import ----
    "--format ekonomi: outcome and forecast from the ekonomisystem (CSV or Excel), one row per unit, period and kind, with the columns enhet, period, typ, utfall and/or prognos; a header may name its unit: utfall (tkr). The README has an example.":
        "--format ekonomi: utfall och prognos från ekonomisystemet (CSV eller Excel), en rad per enhet, period och typ, med kolumnerna enhet, period, typ, utfall och/eller prognos; en rubrik kan ange sin enhet: utfall (tkr). README har ett exempel.",
    "Matching against the plan's units and periods": "Matchar mot planens enheter och perioder",
    "Writing the figures": "Skriver beloppen",
    "the plan has no reporting period that ends in {month}": "planen har ingen rapportperiod som slutar i {month}",
    "the file is not text (it holds binary data)": "filen är inte text (den innehåller binära data)",
    "the file is {size} MB; an ekonomi file may be at most {most} MB":
        "filen är {size} MB; en ekonomifil får vara högst {most} MB",
    "the file has neither an “utfall” nor a “prognos” column (its columns: {columns})":
        "filen har varken kolumnen ”utfall” eller ”prognos” (dess kolumner: {columns})",
    "Imported {rows} of outcome and forecast ({added} new, {replaced} replaced earlier figures).":
        "Importerade {rows} med utfall och prognos ({added} nya, {replaced} ersatte tidigare belopp).",
    "row {row}: the period {period} lies outside the plan's years ({years})":
        "rad {row}: perioden {period} ligger utanför planens år ({years})",
    "row {row}, column “{column}”: {value} {unit} would be {kronor} kr, more than a whole municipality's budget; the amounts are probably in kronor or hundredths of a krona, not {unit}. Write the column's unit in its header, for example “utfall (kr)”":
        "rad {row}, kolumnen ”{column}”: {value} {unit} skulle bli {kronor} kr, mer än en hel kommuns budget; beloppen är troligen i kr eller öre, inte {unit}. Skriv kolumnens enhet i rubriken, till exempel ”utfall (kr)”",
    "the file has a header but no rows": "filen har en rubrikrad men inga rader",
    "the column “{column}” names the unit “{unit}”; write kr, tkr or mnkr":
        "kolumnen ”{column}” anger enheten ”{unit}”; skriv kr, tkr eller mnkr",
    "the file has two columns “{name}” (“{first}” and “{second}”)":
        "filen har två kolumner ”{name}” (”{first}” och ”{second}”)",
    "the file has no column “{column}” (its columns: {columns})": "filen saknar kolumnen ”{column}” (dess kolumner: {columns})",
    "Skipped {rows}:": "Hoppade över {rows}:",
    "Note: {units} had no budget frame for the year; their frame is 0 until it is entered on the Ekonomi page.":
        "Obs: {units} hade ingen budgetram för året; ramen är 0 tills den förs in på sidan Ekonomi.",
    "row {row}: “{period}” is no month (YYYY-MM)": "rad {row}: ”{period}” är ingen månad (ÅÅÅÅ-MM)",
    "row {row}, column “{column}”: {error}": "rad {row}, kolumnen ”{column}”: {error}",
    "row {row} names no unit": "rad {row} anger ingen enhet",
    "row {row}: the plan has no unit with the name or short name “{unit}”":
        "rad {row}: planen har ingen enhet med namnet eller kortnamnet ”{unit}”",
    "rows {first} and {row} both give {unit}, {period}, {kind}; keep one of them":
        "raderna {first} och {row} anger båda {unit}, {period}, {kind}; behåll en av dem",
    "no outcome and no forecast in the row": "inget utfall och ingen prognos på raden",
    "{count} row": "{count} rad",
    "{count} rows": "{count} rader",
    "row {row}: “{period}” is neither a month (YYYY-MM) nor the name of one of the plan's reporting periods":
        "rad {row}: ”{period}” är varken en månad (ÅÅÅÅ-MM) eller namnet på en av planens rapportperioder",
    "row {row}: the kind “{kind}” is neither drift nor investering": "rad {row}: typen ”{kind}” är varken drift eller investering",
    "row {row}, column “{column}”: {value} {unit} is more than {times} times the frame of {unit_name} ({frame} kr); the amounts are probably in kronor or hundredths of a krona, not {unit}. Write the column's unit in its header, for example “utfall (kr)”":
        "rad {row}, kolumnen ”{column}”: {value} {unit} är mer än {times} gånger ramen för {unit_name} ({frame} kr); beloppen är troligen i kr eller öre, inte {unit}. Skriv kolumnens enhet i rubriken, till exempel ”utfall (kr)”",
    # ---- reports and charts ----
    "Frame: {amount}": "Ram: {amount}",
    "Frame": "Ram",
    "Frame, outcome and forecast per unit": "Ram, utfall och prognos per enhet",
    "Frame ({unit})": "Ram ({unit})",
    "Assignments with budget impact": "Uppdrag med budgetpåverkan",
    "Amount ({unit})": "Belopp ({unit})",
    "Sum for {unit}": "Summa för {unit}",
    # ---- the window: the Ekonomi page, its grid and its undo commands ----
    "Operating": "Drift",
    "Capital": "Investering",
    "Outcome (%1)": "Utfall (%1)",
    "Full-year forecast (%1)": "Helårsprognos (%1)",
    "Deviation (%1)": "Avvikelse (%1)",
    "Deviation %": "Avvikelse %",
    "Type an amount in %1, as 4 321 or −12,5; empty clears it.": "Skriv ett belopp i %1, som 4 321 eller −12,5; tomt tar bort det.",
    "Unit:": "Enhet:",
    "Year:": "År:",
    "Amounts in:": "Belopp i:",
    "no frame": "ingen ram",
    "Deficit still green up to": "Underskott grönt upp till",
    "yellow up to": "gult upp till",
    "of the frame; more is red.": "av ramen; mer är rött.",
    "Enter a frame, an outcome or a forecast to see the chart.": "För in en ram, ett utfall eller en prognos för att se diagrammet.",
    "Amount": "Belopp",
    "The plan has no units yet: add them under Plan → Organisation.":
        "Planen har inga enheter än: lägg till dem under Plan → Organisation.",
    "The plan has no reporting periods in %1, so there is nothing to enter figures for.":
        "Planen har inga rapportperioder %1, så det finns inget att föra in belopp för.",
    "Sum: %1 %2": "Summa: %1 %2",
    "No assignment of this unit affects the budget.": "Inget uppdrag för enheten påverkar budgeten.",
    "%1: no frame, outcome or forecast yet.": "%1: ingen ram, inget utfall och ingen prognos än.",
    "Set the budget frame": "Ange budgetramen",
    "Remove the budget frame": "Ta bort budgetramen",
    "Enter the outcome": "För in utfallet",
    "Enter the forecast": "För in prognosen",
    "Change the rule for budget deviations": "Ändra regeln för budgetavvikelser",
    "Show amounts in %1": "Visa belopp i %1",
    # The units of amounts (rules.money.UNIT_WORDS): Swedish keeps its short forms
    "SEK": "kr",
    "SEK thousand": "tkr",
    "SEK million": "mnkr",
}
