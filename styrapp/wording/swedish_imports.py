"""The Swedish of the imports: their refusals (codes in messages.py), the phrases inside them, the
reports, skip reasons and progress; merged into `swedish.SWEDISH`."""

PART: dict[str, str] = {
    # Imports: refusals (codes in messages.py), the phrases inside them, the reports and the progress
    "{name} cannot be imported: {reason}. Nothing in the plan has been changed.":
        "{name} kan inte importeras: {reason}. Inget har ändrats i planen.",
    "{name} cannot be imported: {error} Nothing in the plan has been changed.":
        "{name} kan inte importeras: {error} Inget har ändrats i planen.",
    "The import was stopped; nothing in the plan has been changed.": "Importen avbröts; inget har ändrats i planen.",
    "styrapp does not know which format {name} has (Kolada JSON, Kolada CSV, Excel or iCalendar).":
        "styrapp vet inte vilket format {name} har (Kolada-JSON, Kolada-CSV, Excel eller iCalendar).",
    "the file is {size} MB; styrapp takes at most {most} MB at a time":
        "filen är {size} MB; styrapp tar emot högst {most} MB åt gången",
    "the file is not text (UTF-8)": "filen är inte text (UTF-8)",
    "the file ends in the middle (it is truncated)": "filen tar slut mitt i (avkortad)",
    "it is not valid JSON (line {line})": "det är inte giltig JSON (rad {line})",
    "it is no answer from Kolada's API (an object with the list “values” is missing)":
        "det är inte ett svar från Koladas API (ett objekt med listan ”values” saknas)",
    "The file is one page of a longer answer from Kolada (there is a next page): the values on the other pages did not come along. Fetch and import them too.":
        "Filen är en sida av ett längre svar från Kolada (det finns en nästa sida): värdena på de andra sidorna kom inte med. Hämta och importera dem också.",
    "row {row} in “values” is not an object": "rad {row} i ”values” är inte ett objekt",
    "row {row} in “values” has no “kpi”": "rad {row} i ”values” saknar ”kpi”",
    "row {row} in “values”: the municipality code {code} is not four digits in quotation marks (“0180”) nor a municipality group (“G114418”)":
        "rad {row} i ”values”: kommunkoden {code} är inte fyra siffror inom citattecken (”0180”) eller en kommungrupp (”G114418”)",
    "row {row} in “values”: the unit id (“ou”) is missing": "rad {row} i ”values”: enhets-id (”ou”) saknas",
    "row {row} in “values” has neither “municipality” nor “ou”": "rad {row} i ”values” saknar ”municipality” eller ”ou”",
    "row {row} in “values”: the period {period} is no year": "rad {row} i ”values”: perioden {period} är inget årtal",
    "row {row} in “values” has no list “values”": "rad {row} i ”values” saknar listan ”values”",
    "row {row} in “values”: a value is not an object": "rad {row} i ”values”: ett värde är inte ett objekt",
    "row {row} in “values”: the gender {gender} is not T, K or M": "rad {row} i ”values”: könet {gender} är inte T, K eller M",
    "row {row} in “values”: the value {value} is text, not a number":
        "rad {row} i ”values”: värdet {value} är text, inte ett tal",
    "it is no Excel file (.xlsx)": "det är ingen Excel-fil (.xlsx)",
    "the columns must be geo (the municipality code), year, possibly gender, and one column per KPI; the file has {columns}":
        "kolumnerna ska vara geo (kommunkod), year (år), eventuellt gender, och en kolumn per nyckeltal; filen har {columns}",
    "the columns after the year must be KPI ids like n01951, not {columns}":
        "kolumnerna efter år ska vara nyckeltals-id som n01951, inte {columns}",
    "row {row} has {fields} fields, the header row {header}": "rad {row} har {fields} fält, rubrikraden {header}",
    "row {row}: the municipality code “{code}” is not four digits – leading zeros have probably been lost in a spreadsheet program; export again with the codes as text":
        "rad {row}: kommunkoden ”{code}” är inte fyra siffror – ledande nollor har troligen försvunnit i ett kalkylprogram; exportera igen med koderna som text",
    "row {row}: “{value}” is no year": "rad {row}: ”{value}” är inget årtal",
    "row {row}: the gender “{gender}” is not T, K or M": "rad {row}: könet ”{gender}” är inte T, K eller M",
    "row {row}: “{value}” is text, not a number": "rad {row}: ”{value}” är text, inte ett tal",
    "{count} value": "{count} värde",
    "{count} values": "{count} värden",
    "{kpi} for the unit {area}; the plan follows {kpi} for {followed}":
        "{kpi} för enheten {area}; planen följer {kpi} för {followed}",
    "{kpi} for the municipality {area}; the plan follows {kpi} for {followed}":
        "{kpi} för kommunen {area}; planen följer {kpi} för {followed}",
    "{kpi} for {count} other units than those the plan follows ({followed})":
        "{kpi} för {count} andra enheter än de planen följer ({followed})",
    "{kpi} for {count} other municipalities than those the plan follows ({followed})":
        "{kpi} för {count} andra kommuner än de planen följer ({followed})",
    "Imported {values} ({added} new, {replaced} replaced earlier ones).":
        "Importerade {values} ({added} nya, {replaced} ersatte tidigare).",
    "Skipped {values}:": "Hoppade över {values}:",
    "the KPI {kpi} is not among the plan's indicators": "nyckeltalet {kpi} finns inte bland planens indikatorer",
    "no value in Kolada (Kolada: {status})": "inget värde i Kolada (Kolada: {status})",
    "no value in Kolada": "inget värde i Kolada",
    "Reading the file": "Läser filen",
    "Matching against the plan's indicators": "Matchar mot planens indikatorer",
    "Writing the values": "Skriver in värdena",
    "Writing the indicators and values": "Skriver in indikatorer och värden",
    "Indicators: {created} new, {updated} updated.": "Indikatorer: {created} nya, {updated} uppdaterade.",
    "Values: {count} ({added} new, {replaced} replaced earlier ones).":
        "Mätvärden: {count} ({added} nya, {replaced} ersatte tidigare).",
    "Values: none.": "Mätvärden: inga.",
    "the sheet “{sheet}” is empty": "fliken ”{sheet}” är tom",
    "the sheet “{sheet}” lacks the columns {columns} (export a plan to Excel to see what the file should look like)":
        "fliken ”{sheet}” saknar kolumnerna {columns} (exportera en plan till Excel för att se hur filen ska se ut)",
    "the file is larger than {most} MB": "filen är större än {most} MB",
    "the sheets “{first}” and “{second}” are missing": "flikarna ”{first}” och ”{second}” saknas",
    "the sheets are empty": "flikarna är tomma",
    "the cell {cell} holds “{value}”, which is not a number.": "cellen {cell} innehåller ”{value}”, som inte är ett tal.",
    "the cell {cell} holds “{value}”, which is not a uuid.": "cellen {cell} innehåller ”{value}”, som inte är ett uuid.",
    "the cell {cell} holds “{value}”, which is not a year.": "cellen {cell} innehåller ”{value}”, som inte är ett årtal.",
    "the cell {cell} lacks the indicator's name.": "cellen {cell} saknar indikatorns namn.",
    "the cell {cell} holds “{value}”; use T, K or M.": "cellen {cell} innehåller ”{value}”; använd T, K eller M.",
    "the cell {cell} is empty.": "cellen {cell} är tom.",
    "the cell {cell}: {error}": "cellen {cell}: {error}",
    "{file}: {count} event in the calendar.": "{file}: {count} händelse i kalendern.",
    "{file}: {count} events in the calendar.": "{file}: {count} händelser i kalendern.",
    "{count} new event": "{count} ny händelse",
    "{count} new events": "{count} nya händelser",
    "{new} in the annual wheel, {count} event updated (the same UID as before).":
        "{new} i årshjulet, {count} uppdaterad (samma UID som förut).",
    "{new} in the annual wheel, {count} events updated (the same UID as before).":
        "{new} i årshjulet, {count} uppdaterade (samma UID som förut).",
    "{count} recurring event was laid out as one event per occasion.":
        "{count} återkommande händelse lades ut som en händelse per tillfälle.",
    "{count} recurring events were laid out as one event per occasion.":
        "{count} återkommande händelser lades ut som en händelse per tillfälle.",
    "New ring: {ring}.": "Ny ring: {ring}.",
    "{count} event was skipped:": "{count} händelse hoppades över:",
    "{count} events were skipped:": "{count} händelser hoppades över:",
    "reading the calendar": "läser kalendern",
    "laying out the events": "lägger ut händelserna",
    "opening the file": "öppnar filen",
    "writing to the plan": "skriver till planen",
    "The file cannot be read as iCalendar: {detail}": "Filen går inte att läsa som iCalendar: {detail}",
    "The file holds {count} calendars; the events in all of them were read.":
        "Filen innehåller {count} kalendrar; händelserna i alla lästes.",
    "The calendar gives {count} events; the annual wheel takes at most {most} in one import. Export a shorter extract (for example only the plan year) and try again. Nothing has been changed.":
        "Kalendern ger {count} händelser; årshjulet tar högst {most} i en import. Exportera ett kortare utdrag (till exempel bara planåret) och försök igen. Inget har ändrats.",
    "No event in the file lies in the plan year {year}: {count} lie outside it (in {years}), and the annual wheel shows one year. Nothing has been changed.":
        "Ingen händelse i filen ligger under planåret {year}: {count} ligger utanför det ({years}), och årshjulet visar ett år. Inget har ändrats.",
    "No event in the file lies in the plan year {year}: {count} lie outside it (in {years}), and the annual wheel shows one year; these were skipped besides. Nothing has been changed.\n{skipped}":
        "Ingen händelse i filen ligger under planåret {year}: {count} ligger utanför det ({years}), och årshjulet visar ett år; dessutom hoppades de här över. Inget har ändrats.\n{skipped}",
    "{count} event lies outside the plan year {year} and was left out:":
        "{count} händelse ligger utanför planåret {year} och lämnades utanför:",
    "{count} events lie outside the plan year {year} and were left out:":
        "{count} händelser ligger utanför planåret {year} och lämnades utanför:",
    "{event}, {day}": "{event}, {day}",
    "… and {count} more": "… och {count} till",
    "Times with an empty time zone name (TZID, as Exchange 2010 writes them) were read as Swedish time.":
        "Klockslag med ett tomt tidszonsnamn (TZID, som Exchange 2010 skriver) lästes som svensk tid.",
    "No event in the file could be imported; nothing has been changed.\n{skipped}":
        "Ingen händelse i filen gick att importera; inget har ändrats.\n{skipped}",
    "The file is {size} MB; a calendar for the annual wheel may be at most {most} MB.":
        "Filen är {size} MB; en kalender för årshjulet får vara högst {most} MB.",
    "The file is empty; there is no calendar in it.": "Filen är tom; det finns ingen kalender i den.",
    "The file is no iCalendar file (it holds binary data, not text).":
        "Filen är ingen iCalendar-fil (den innehåller binära data, inte text).",
    "The file was not in UTF-8; it was read as Windows-1252.": "Filen var inte i UTF-8; den lästes som Windows-1252.",
    "Line {line} continues a line that does not exist; the file is no iCalendar file.":
        "Rad {line} fortsätter en rad som inte finns; filen är ingen iCalendar-fil.",
    "Line {line} is blank in the middle of the calendar. An iCalendar file must not have blank lines; the file is broken or has been edited by hand.":
        "Rad {line} är tom mitt i kalendern. En iCalendar-fil får inte ha tomma rader; filen är trasig eller har redigerats för hand.",
    "Blank lines inside folded lines (as Mozilla 1.0 writes them) were read as folds.":
        "Tomma rader inne i radbrytningar (som Mozilla 1.0 skriver) lästes som radbrytningar.",
    "The file is no iCalendar calendar: it does not begin with BEGIN:VCALENDAR.":
        "Filen är ingen iCalendar-kalender: den börjar inte med BEGIN:VCALENDAR.",
    "Line {line} cannot be read as an iCalendar line: “{text}”.":
        "Rad {line} går inte att läsa som en iCalendar-rad: ”{text}”.",
    "Line {line}: {text} stands outside the calendar.": "Rad {line}: {text} står utanför kalendern.",
    "Line {line}: {text} where the file expected {expected}; the file is broken.":
        "Rad {line}: {text} där filen väntade {expected}; filen är trasig.",
    "nothing": "ingenting",
    "Line {line} stands outside the calendar: “{text}”.": "Rad {line} står utanför kalendern: ”{text}”.",
    "Spaces in recurrence rules (as Exchange writes them) were removed.":
        "Mellanslag i upprepningsregler (som Exchange skriver) togs bort.",
    "Empty {key} lines (as Google sometimes writes them) were skipped.":
        "Tomma {key}-rader (som Google ibland skriver) hoppades över.",
    "Dates with a stray Z in {key} (“20131210Z”) were read as dates.":
        "Datum med ett felaktigt Z i {key} (”20131210Z”) lästes som datum.",
    "The file ends before {what} from line {line} is closed (END:{what} is missing); it is probably truncated. Nothing has been changed.":
        "Filen tar slut innan {what} från rad {line} är avslutad (END:{what} saknas); den är troligen avkortad. Inget har ändrats.",
    "{event}: {problem}": "{event}: {problem}",
    "the start date": "startdatumet",
    "the end date": "slutdatumet",
    "the duration": "varaktigheten",
    "the recurrence rule": "upprepningsregeln",
    "an exception date (EXDATE)": "ett undantagsdatum (EXDATE)",
    "an extra date (RDATE)": "ett extra datum (RDATE)",
    "which occasion was changed (RECURRENCE-ID)": "vilket tillfälle som ändrats (RECURRENCE-ID)",
    "a line cannot be read ({detail})": "en rad går inte att läsa ({detail})",
    "{event}: {name} could not be read and was left aside.": "{event}: {name} gick inte att läsa och lämnades därhän.",
    "{what} cannot be read ({value})": "{what} går inte att läsa ({value})",
    "{what} cannot be read": "{what} går inte att läsa",
    "has no start date (DTSTART)": "saknar startdatum (DTSTART)",
    "“{title}”": "”{title}”",
    "the event {uid}": "händelsen {uid}",
    "an event without a name and a UID": "en händelse utan namn och UID",
    "every hour": "varje timme",
    "every minute": "varje minut",
    "every second": "varje sekund",
    "{event} recurs {every}; that gives more than {most} events a year, and the annual wheel does not take so many. Nothing has been changed.":
        "{event} upprepas {every}; det ger mer än {most} händelser om året, och årshjulet tar inte så många. Inget har ändrats.",
    "{event} recurs so often that it gives more than {most} events a year, and the annual wheel does not take so many. Nothing has been changed.":
        "{event} upprepas så ofta; det ger mer än {most} händelser om året, och årshjulet tar inte så många. Inget har ändrats.",
    "{event} recurs so often that the calendar gives more than {most} events; the annual wheel does not take so many. Nothing has been changed.":
        "{event} upprepas så ofta att kalendern ger mer än {most} händelser; årshjulet tar inte så många. Inget har ändrats.",
    "the recurrence cannot be laid out ({detail})": "upprepningen går inte att lägga ut ({detail})",
    "the recurrence has no occasions": "upprepningen har inga tillfällen",
    "the start date cannot be read": "startdatumet går inte att läsa",
    "the duration is unreasonable": "varaktigheten är orimlig",
    "the end date cannot be read": "slutdatumet går inte att läsa",
    "lasts {days} days; an event in the annual wheel can last a year at most":
        "varar {days} dagar; en händelse i årshjulet kan vara högst ett år",
    "“{value}” is no date": "”{value}” är inget datum",
    "Event without a name": "Händelse utan namn",
    "{path} is a folder, not a calendar file.": "{path} är en mapp, inte en kalenderfil.",
    "The file {name} cannot be read: {reason}.": "Filen {name} går inte att läsa: {reason}.",
    "Imported from {name}": "Importerat från {name}",
    "The report was stopped; no file was written.": "Rapporten avbröts; ingen fil skrevs.",
    # Why an indicator has its status (tooltips, reports)
    "Set by hand: {reason}": "Manuellt satt: {reason}",
    "No outcome yet.": "Utfall saknas.",
    "No target value.": "Målvärde saknas.",
    "The target is reached.": "Målvärdet är nått.",
    "{share} of the way from the baseline to the target.": "{share} av vägen från jämförelsevärdet till målvärdet.",
    "No better than the baseline.": "Inte bättre än jämförelsevärdet.",
    "Only {share} of the way from the baseline to the target.":
        "Bara {share} av vägen från jämförelsevärdet till målvärdet.",
    "The target is not reached.": "Målvärdet är inte nått.",
    "Close to the target ({share} to go).": "Nära målvärdet ({share} kvar).",
    "Far from the target ({share} to go).": "Långt från målvärdet ({share} kvar).",
    # What a delete takes with it (the confirmation)
    "{count} follow-up": "{count} uppföljning",
    "{count} follow-ups": "{count} uppföljningar",
    "{count} link": "{count} koppling",
    "{count} links": "{count} kopplingar",
    "{count} checkpoint": "{count} delrapportering",
    "{count} checkpoints": "{count} delrapporteringar",
    "“{name}” is deleted together with {parts}.": "”{name}” tas bort tillsammans med {parts}.",
    "“{name}” is deleted.": "”{name}” tas bort.",
    "The indicator {names} stays but is no longer linked to any goal.":
        "Indikatorn {names} finns kvar men kopplas inte längre till något mål.",
    "The indicators {names} stay but are no longer linked to any goal.":
        "Indikatorerna {names} finns kvar men kopplas inte längre till något mål.",
    "“{name}” is deleted together with {count} unit beneath it.": "”{name}” tas bort tillsammans med {count} enhet under den.",
    "“{name}” is deleted together with {count} units beneath it.":
        "”{name}” tas bort tillsammans med {count} enheter under den.",
    "{count} goal, assignment, indicator, risk or budget line is left without a responsible unit.":
        "{count} mål, uppdrag, indikator, risk eller budgetrad blir utan ansvarig enhet.",
    "{count} goals, assignments, indicators, risks or budget lines are left without a responsible unit.":
        "{count} mål, uppdrag, indikatorer, risker eller budgetrader blir utan ansvarig enhet.",
}
