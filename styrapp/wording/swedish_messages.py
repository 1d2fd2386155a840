"""The Swedish of refusals, notices, findings, import reports and the CLI (their codes are in messages.py);
merged into `swedish.SWEDISH`."""

PART: dict[str, str] = {
    # ---- refusals, notices, findings, import reports and the CLI (codes in messages.py) ----
    "{items} or {last}": "{items} eller {last}",
    "{items} and {last}": "{items} och {last}",
    "{only}": "{only}",
    "The file {path} does not exist.": "Filen {path} finns inte.",
    "{name} is no styrapp plan.": "{name} är inte en styrapp-plan.",
    "{name} is no styrapp plan ({detail}).": "{name} är inte en styrapp-plan ({detail}).",
    "The plan {name} is damaged and cannot be opened. Open a backup copy instead; the file has not been changed.":
        "Planen {name} är skadad och kan inte öppnas. Öppna en säkerhetskopia i stället; filen har inte ändrats.",
    "The plan {name} is damaged and cannot be opened: {detail}. Open a backup copy instead, or save what can be saved into a new plan with styrapp-cli repair; the file has not been changed.":
        "Planen {name} är skadad och kan inte öppnas: {detail}. Öppna en säkerhetskopia i stället, eller rädda det som går till en ny plan med styrapp-cli repair; filen har inte ändrats.",
    "The plan {name} is damaged and cannot be opened: {detail}; the file has not been changed.":
        "Planen {name} är skadad och kan inte öppnas: {detail}; filen har inte ändrats.",
    "The plan {name} is damaged and cannot be opened; the file has not been changed.":
        "Planen {name} är skadad och kan inte öppnas; filen har inte ändrats.",
    "The newest backup styrapp made of this plan is {backup} ({when}): copy it to a new name and open the copy. Or save what can still be read into a new plan: {command}":
        "Den senaste säkerhetskopian styrapp gjorde av den här planen är {backup} ({when}): kopiera den till ett nytt namn och öppna kopian. Eller rädda det som fortfarande går att läsa till en ny plan: {command}",
    "styrapp has made no backup of this plan (its backups are kept in {folder}). Save what can still be read into a new plan: {command}":
        "styrapp har inte gjort någon säkerhetskopia av den här planen (säkerhetskopiorna sparas i {folder}). Rädda det som fortfarande går att läsa till en ny plan: {command}",
    "Save what can still be read into a new plan: {command}": "Rädda det som fortfarande går att läsa till en ny plan: {command}",
    "repaired": "reparerad",
    "{name} is no styrapp plan, so there is nothing to repair.": "{name} är inte en styrapp-plan, så det finns inget att reparera.",
    "A repaired copy of {name} could not be written: {detail}.": "En reparerad kopia av {name} kunde inte skrivas: {detail}.",
    "save what can be saved from a damaged plan into a new plan": "rädda det som går från en skadad plan till en ny plan",
    "Reads every row SQLite can still read from the damaged plan (with the sqlite3 program's .recover, if it is installed) and writes them into a new plan; rows that break the file format's rules are left out and counted. The damaged plan is not changed.":
        "Läser varje rad som SQLite fortfarande kan läsa ur den skadade planen (med programmet sqlite3:s .recover, om det är installerat) och skriver dem till en ny plan; rader som bryter mot filformatets regler utelämnas och räknas. Den skadade planen ändras inte.",
    "the new plan to write": "den nya planen som ska skrivas",
    "A repaired copy was written to {path}: {rows} rows saved, {left} left out because they broke the file format's rules.":
        "En reparerad kopia skrevs till {path}: {rows} rader räddade, {left} utelämnade eftersom de bröt mot filformatets regler.",
    "Note: SQLite's .recover (the sqlite3 program) was not at hand, so only rows on readable pages were saved.":
        "Obs: SQLite:s .recover (programmet sqlite3) fanns inte till hands, så bara rader på läsbara sidor räddades.",
    "The plan {name} was not closed properly: styrapp or the computer stopped while a change was being saved, and that unfinished change must be taken back before the plan can be read. That needs permission to write, but {why}. Ask for write access to the file and its folder, or copy {name} together with {journal} (keep both names) to a folder where you may write, and open it there.":
        "Planen {name} stängdes inte ordentligt: styrapp eller datorn stannade medan en ändring sparades, och den ofullbordade ändringen måste tas tillbaka innan planen kan läsas. Det kräver skrivrätt, men {why}. Be om skrivrätt till filen och dess mapp, eller kopiera {name} tillsammans med {journal} (behåll båda namnen) till en mapp där du får skriva, och öppna den där.",
    "The plan was not closed properly last time (styrapp or the computer stopped while a change was being saved); that unfinished change was taken back, and everything saved before it is there.":
        "Planen stängdes inte ordentligt förra gången (styrapp eller datorn stannade medan en ändring sparades); den ofullbordade ändringen togs tillbaka, och allt som sparades före den finns kvar.",
    "it was changed in the meantime": "den ändrades under tiden",
    "the file holds {extra} bytes of a change that was never finished (it was probably copied while styrapp was saving, without the journal file beside it)":
        "filen innehåller {extra} byte av en ändring som aldrig blev klar (den kopierades troligen medan styrapp sparade, utan journalfilen bredvid)",
    "{count} references point to records that are not there (the first in the table {table}, row {row}, to {parent})":
        "{count} hänvisningar pekar på poster som inte finns (den första i tabellen {table}, rad {row}, till {parent})",
    "the table {table} lacks the column {column}": "tabellen {table} saknar kolumnen {column}",
    "the definition of the table {table} is not as file format {version} has it":
        "definitionen av tabellen {table} ser inte ut som i filformat {version}",
    "the column {column} of the table {table} is not as file format {version} has it":
        "kolumnen {column} i tabellen {table} ser inte ut som i filformat {version}",
    "the table {table} has a column {column} that file format {version} does not have":
        "tabellen {table} har en kolumn {column} som filformat {version} saknar",
    "the index {index} of the table {table} is missing or changed": "indexet {index} i tabellen {table} saknas eller är ändrat",
    "the index {index} of the table {table} does not belong in file format {version}":
        "indexet {index} i tabellen {table} hör inte till filformat {version}",
    "the table {table} does not belong in file format {version}": "tabellen {table} hör inte till filformat {version}",
    "the table {table}, row {row}: {column} is empty, but must not be": "tabellen {table}, rad {row}: {column} är tom men får inte vara det",
    "the table {table}, row {row}: {column} holds a value of the wrong kind": "tabellen {table}, rad {row}: {column} har ett värde av fel slag",
    "the table {table}, row {row}: {column} holds text that is not valid UTF-8":
        "tabellen {table}, rad {row}: {column} har text som inte är giltig UTF-8",
    "the table {table}, row {row}: {column} holds a value that cannot be read":
        "tabellen {table}, rad {row}: {column} har ett värde som inte går att läsa",
    "the file is truncated ({actual} of {expected} bytes are left)":
        "filen är avkortad ({actual} av {expected} byte finns kvar)",
    "The plan {name} was saved by a newer version of styrapp (file format {version}; this version reads up to {supported}). Update styrapp to open it.":
        "Planen {name} är sparad av en nyare version av styrapp (filformat {version}; den här versionen kan läsa till och med {supported}). Uppdatera styrapp för att öppna den.",
    "The plan {name} cannot be changed: {why}. Save a copy somewhere you may write, or ask the file's owner for write access.":
        "Planen {name} kan inte ändras: {why}. Spara en kopia på en plats där du får skriva, eller be den som äger filen om skrivrätt.",
    "the file is write-protected": "filen är skrivskyddad",
    "The plan {name} is already open in styrapp ({owner}). Close it there first, or open a copy.":
        "Planen {name} är redan öppen i styrapp ({owner}). Stäng den där först, eller öppna en kopia.",
    "The plan {name} is marked as open in styrapp on another computer ({owner}). Close it there first. If styrapp is no longer running there (the computer stopped or lost the network), the plan can be taken over: answer Yes when the window asks, or give --take-over-lock to styrapp-cli.":
        "Planen {name} är markerad som öppen i styrapp på en annan dator ({owner}). Stäng den där först. Om styrapp inte längre körs där (datorn stannade eller tappade nätverket) går planen att ta över: svara Ja när fönstret frågar, eller ge --take-over-lock till styrapp-cli.",
    "open the plan although its lock file says it is open in styrapp on another computer (only when styrapp is no longer running there)":
        "öppna planen fast låsfilen säger att den är öppen i styrapp på en annan dator (bara när styrapp inte längre körs där)",
    "The file {path} already exists. Choose another name or overwrite it with --force.":
        "Filen {path} finns redan. Välj ett annat namn eller skriv över med --force.",
    "The plan {name} could not be upgraded from file format {version}: {detail}.":
        "Planen {name} kunde inte uppgraderas från filformat {version}: {detail}.",
    "The plan {name} could not be upgraded from file format {version}: {detail}. The backup copy {backup} is untouched.":
        "Planen {name} kunde inte uppgraderas från filformat {version}: {detail}. Säkerhetskopian {backup} är orörd.",
    "{what} {ident} is not in the plan.": "{what} {ident} finns inte i planen.",
    "{label}: “{value}” is no valid value. Choose from: {choices}.":
        "{label}: ”{value}” är inget giltigt värde. Välj bland: {choices}.",
    "{value} ({word})": "{value} ({word})",
    "{label} must not be empty.": "{label} måste fyllas i.",
    "The title": "Titeln",
    "{label} ({end}) lies before the start date ({start}).": "{label} ({end}) ligger före startdatum ({start}).",
    "The end date": "Slutdatum",
    "The field “{name}” cannot be changed here.": "Fältet ”{name}” kan inte ändras här.",
    "The change breaks the plan's rules: {detail}": "Ändringen bryter mot planens regler: {detail}",
    "The period's name": "Periodens namn",
    "Period type": "Periodtyp",
    "The level's name": "Nivåns namn",
    "The ring's name": "Ringens namn",
    "The event's name": "Händelsens namn",
    "The indicator's name": "Indikatorns namn",
    "The risk's name": "Riskens namn",
    "The budget line's name": "Budgetradens namn",
    "The document's name": "Styrdokumentets namn",
    "Valid until": "Giltig till",
    "The organisation's name": "Organisationens namn",
    "The plan's name": "Planens namn",
    "The unit's name": "Enhetens namn",
    "{label} is given on the scale 1–4; got “{value}”.": "{label} anges på skalan 1–4; fick ”{value}”.",
    "The situation review has no field “{name}”.": "Nulägeskollen har inget fält ”{name}”.",
    "The municipality code must be four digits as in Kolada, e.g. “0180”; got “{code}”.":
        "Kommunkoden ska vara fyra siffror som i Kolada, t.ex. ”0180”; fick ”{code}”.",
    "The logo is {size} kB; it may be at most {most} kB.": "Logotypen är {size} kB; den får vara högst {most} kB.",
    "The logo must be a PNG or JPEG picture.": "Logotypen ska vara en PNG- eller JPEG-bild.",
    "The picture is {width} × {height} pixels; a logo may be at most {most} each way.":
        "Bilden är {width} × {height} bildpunkter; en logotyp får vara högst {most} på varje led.",
    "The picture cannot be read – the file is damaged or cut off.":
        "Bilden går inte att läsa – filen är skadad eller avklippt.",
    "The plan year must be a year, e.g. 2027; got “{year}”.": "Planåret ska vara ett årtal, t.ex. 2027; fick ”{year}”.",
    "The annual wheel's first month must be 1–12.": "Årshjulets startmånad ska vara 1–12.",
    "The term of office ends before it begins.": "Mandatperioden slutar innan den börjar.",
    "“{name}” cannot be moved in under itself.": "”{name}” kan inte flyttas in under sig själv.",
    "The setting {key} must be a {type}.": "Inställningen {key} ska vara {type}.",
    "“{colour}” is no colour; give it as #RRGGBB, for example #00587A.":
        "”{colour}” är ingen färg; ange den som #RRGGBB, till exempel #00587A.",
    "There is already a ring called “{name}”.": "Det finns redan en ring som heter ”{name}”.",
    "An event in the annual wheel can last a year at most.": "En händelse i årshjulet kan vara högst ett år lång.",
    "“{kpi}” is no Kolada id; they look like N01951 or U00401.":
        "”{kpi}” är inget Kolada-id; de ser ut som N01951 eller U00401.",
    "The municipality code “{code}” must be four digits as in Kolada, e.g. “0180”.":
        "Kommunkoden ”{code}” ska vara fyra siffror som i Kolada, t.ex. ”0180”.",
    "A status set by hand needs a reason.": "En manuellt satt status behöver en motivering.",
    "“{kind}” is no kind of value (outcome, forecast or target).":
        "”{kind}” är ingen sorts värde (utfall, prognos eller målvärde).",
    "“{gender}” is no gender; use T (total), K (women) or M (men).":
        "”{gender}” är inget kön; använd T (totalt), K (kvinnor) eller M (män).",
    "The indicator": "Indikatorn",
    "The values name the indicator “{name}”, which is neither in the plan nor in the file.":
        "Mätvärdena nämner indikatorn ”{name}”, som varken finns i planen eller i filen.",
    "The same indicator, period, kind and gender occur twice among the values.":
        "Samma indikator, period, sort och kön förekommer två gånger bland mätvärdena.",
    "The same indicator, period, kind and gender occur twice.":
        "Samma indikator, period, sort och kön förekommer två gånger.",
    "The same period, kind and gender occur twice.": "Samma period, sort och kön förekommer två gånger.",
    "A {level} cannot sit at the top of the tree; it must sit under a level above it.":
        "En {level} kan inte ligga överst i trädet; den måste ligga under en nivå ovanför.",
    "The governance model does not allow a {level} under a {parent}. Under a {parent} only {allowed} can sit.":
        "Styrmodellen tillåter inte en {level} under en {parent}. Under en {parent} kan bara {allowed} ligga.",
    "The governance model does not allow a {level} under a {parent}. Nothing can sit under a {parent}.":
        "Styrmodellen tillåter inte en {level} under en {parent}. Under en {parent} kan inget ligga.",
    "“{title}” cannot be moved in under itself or anything beneath it.":
        "”{title}” kan inte flyttas in under sig själv eller något som ligger under den.",
    "“{title}” cannot be moved between the goal tree and the assignment tree.":
        "”{title}” kan inte flyttas mellan målträdet och uppdragsträdet.",
    "A node cannot be linked to itself.": "En nod kan inte kopplas till sig själv.",
    "“{target}” is already linked to “{source}”; a link both ways makes a circle.":
        "”{target}” är redan kopplad till ”{source}”; en koppling åt båda håll blir en cirkel.",
    "Agenda 2030 has goals 1–17.": "Agenda 2030 har mål 1–17.",
    "“{title}” cannot be pasted into the other tree.": "”{title}” kan inte klistras in i det andra trädet.",
    "There is already a level with the key “{key}”.": "Det finns redan en nivå med nyckeln ”{key}”.",
    "“{level}” and “{parent}” belong to different trees.": "”{level}” och ”{parent}” hör till olika träd.",
    "The level “{name}” is used by nodes in the plan; its type cannot be changed.":
        "Nivån ”{name}” används av noder i planen; dess typ kan inte ändras.",
    "The level “{name}” is used by {count} nodes in the plan. Move or delete them first.":
        "Nivån ”{name}” används av {count} noder i planen. Flytta eller ta bort dem först.",
    "“{value}” is no number.": "”{value}” är inget tal.",
    "The value must be a finite number.": "Värdet måste vara ett ändligt tal.",
    "“{label}” is no period styrapp knows. Write a year (2024), a half-year (2024-H1), a tertial (2024-T2), a quarter (2024-Q3), a month (2024-08) or a date (2024-08-15).":
        "”{label}” är ingen period som styrapp känner igen. Skriv ett år (2024), ett halvår (2024-H1), ett tertial (2024-T2), ett kvartal (2024-Q3), en månad (2024-08) eller ett datum (2024-08-15).",
    "The period {period} lies more than {years} years after the plan year {year}; is the year written right?":
        "Perioden {period} ligger mer än {years} år efter planåret {year}; är årtalet rätt skrivet?",
    "The period {period} lies before 1900.": "Perioden {period} ligger före 1900.",
    "There is nothing to paste.": "Det finns inget att klistra in.",
    "Row {row}, first column: {problem}": "Rad {row}, första kolumnen: {problem}",
    "Row {row} has more columns than there is room for (total, women, men).":
        "Rad {row} har fler kolumner än det finns plats för (totalt, kvinnor, män).",
    "Row {row}, column {column}: {problem}": "Rad {row}, kolumn {column}: {problem}",
    "Row {row}: the period {period} already occurs earlier in what was pasted.":
        "Rad {row}: perioden {period} finns redan tidigare i det inklistrade.",
    "There is no template called “{name}”. Choose from: {choices}.":
        "Det finns ingen mall som heter ”{name}”. Välj bland: {choices}.",
    "it is a folder, not a file": "det är en mapp, inte en fil",
    "You have no permission to read {name}.": "Du har inte behörighet att läsa {name}.",
    "the file is empty": "filen är tom",
    "the file is no SQLite database": "filen är inte en SQLite-databas",
    "the file header gives an invalid page size": "filhuvudet anger en ogiltig sidstorlek",
    "it is an SQLite database of another program": "det är en SQLite-databas från ett annat program",
    "SQLite found {count} errors, e.g. “{first}”": "SQLite hittade {count} fel, t.ex. ”{first}”",
    "the database's pages are broken": "databasens sidor är trasiga",
    "the file is no valid database": "filen är inte en giltig databas",
    "the file could not be opened": "filen gick inte att öppna",
    "the folder it lies in is write-protected": "mappen den ligger i är skrivskyddad",
    "it is opened for reading": "den är öppnad för läsning",
    "{problem}, and the plan needs upgrading to the new file format":
        "{problem}, och planen behöver uppgraderas till det nya filformatet",
    "Note: {problem}; the plan is opened for reading only.": "Obs: {problem}; planen är öppnad bara för läsning.",
    "Note: the plan is open in styrapp elsewhere; what is saved is shown here.":
        "Obs: planen är öppen i styrapp på annat håll; här visas det som är sparat.",
    "The plan was upgraded from file format {old} to {new}; the original is kept as {backup}.":
        "Planen uppgraderades från filformat {old} till {new}; originalet finns kvar som {backup}.",
    "The folder {folder} does not exist.": "Mappen {folder} finns inte.",
    "the folder is write-protected": "mappen är skrivskyddad",
    "unknown user": "okänd användare",
    "unknown computer": "okänd dator",
    "by {who} on {host} since {since}": "av {who} på {host} sedan {since}",
    "styrapp has no upgrade from version {version}": "styrapp saknar uppgradering från version {version}",
    "The node": "Noden",
    "The unit": "Enheten",
    "The level": "Nivån",
    "The value": "Mätvärdet",
    "The period": "Perioden",
    "The ring": "Ringen",
    "The event": "Händelsen",
    "The risk": "Risken",
    "The budget line": "Budgetraden",
    "The governing document": "Styrdokumentet",
    "The situation review": "Nulägeskollen",
    "{count} broken links after the step": "{count} brutna kopplingar efter steget",
    "the table {table} does not look as in file format 1": "tabellen {table} ser inte ut som i filformat 1",
    "the table {table} is missing": "tabellen {table} saknas",
    "This plan's governance model has no level called “{level}”; “{title}” cannot be pasted.":
        "Styrmodellen i den här planen har ingen nivå som heter ”{level}”; ”{title}” kan inte klistras in.",
    "What the clipboard holds cannot be pasted here.": "Urklippet kan inte klistras in här.",
    "The change cannot be taken back: the plan has changed since in a way it does not allow ({detail}). Nothing was changed.":
        "Ändringen går inte att ta tillbaka: planen har ändrats sedan på ett sätt som inte tillåter det ({detail}). Inget har ändrats.",
    "Unknown report “{kind}”. Choose from: {choices}.": "Okänd rapport ”{kind}”. Välj bland: {choices}.",
    "Unknown language “{language}”. Choose from: {choices}.": "Okänt språk ”{language}”. Välj bland: {choices}.",
    "Unknown paper size “{size}”. Choose from: {choices}.": "Okänd pappersstorlek ”{size}”. Välj bland: {choices}.",
    "The year {year} will not do; choose a year from {first} to {last}.":
        "Året {year} går inte; välj ett år från {first} till {last}.",
    "The plan has no reporting periods; add one first.": "Planen har inga rapportperioder; lägg till en först.",
    "Unknown period “{period}”. Choose from: {choices}.": "Okänd period ”{period}”. Välj bland: {choices}.",
    "Unknown unit “{unit}”. Choose from: {choices}.": "Okänd enhet ”{unit}”. Välj bland: {choices}.",
    "{level} “{title}”": "{level} ”{title}”",
    "error": "fel",
    "warning": "varning",
    "note": "notering",
    "{node} sits at the top, but the governance model does not allow that.":
        "{node} ligger överst, men styrmodellen tillåter inte det.",
    "{node} sits under {parent}, which the governance model does not allow.":
        "{node} ligger under {parent}, vilket styrmodellen inte tillåter.",
    "{node} does not lead up to any goal (the red thread is missing).":
        "{node} leder inte upp till något mål (röda tråden saknas).",
    "{node} is not linked to any goal.": "{node} är inte kopplat till något mål.",
    "{node} has no indicator and no way of measuring.": "{node} har ingen indikator och inget sätt att mäta.",
    "{node} has nobody responsible.": "{node} saknar ansvarig.",
    "{node} has no end date.": "{node} saknar slutdatum.",
    "{unit} has {count} goals; steer by fewer goals (at most {most} per committee).":
        "{unit} har {count} mål; styr på färre mål (högst {most} per nämnd).",
    "The indicator “{name}” is not linked to any goal.": "Indikatorn ”{name}” är inte kopplad till något mål.",
    "The indicator “{name}” has no target; it is followed but not assessed.":
        "Indikatorn ”{name}” har inget målvärde; den följs men bedöms inte.",
    "{problem} (see {prog} --help)": "{problem} (se {prog} --help)",
    "the following arguments are required: {names}": "argument saknas: {names}",
    "unrecognized arguments: {names}": "okända argument: {names}",
    "unknown command {value} (choose from {choices})": "okänt kommando {value} (välj bland {choices})",
    "{name}: invalid choice {value} (choose from {choices})": "{name}: ogiltigt val {value} (välj bland {choices})",
    "{name}: {value} is not a whole number": "{name}: {value} är inget heltal",
    "{name} needs a value": "{name} behöver ett värde",
    "usage: ": "användning: ",
    "positional arguments:": "argument:",
    "options:": "flaggor:",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "show program's version number and exit": "visa programmets version och avsluta",
    "styrapp on the command line: create, describe and check plan files (.styrplan) and import values.":
        "styrapp på kommandoraden: skapa, granska och kontrollera planfiler (.styrplan) och importera mätvärden.",
    "the language of styrapp-cli's own messages, before the command: sv (Swedish, the default) or en (English)":
        "språket i styrapp-clis egna meddelanden, före kommandot: sv (svenska, standard) eller en (engelska)",
    "COMMAND": "KOMMANDO",
    "interrupted": "avbrutet",
    "the file or folder does not exist": "filen eller mappen finns inte",
    "you do not have permission": "du har inte behörighet",
    "the disk is full": "disken är full",
    "the place can only be read": "platsen går bara att läsa",
    "{path} is a folder; give the file to write, for example {example}":
        "{path} är en mapp; ange filen som ska skrivas, till exempel {example}",
    "the folder {folder} does not exist": "mappen {folder} finns inte",
    "Measures": "Åtgärder",
    "Organisational units": "Organisatoriska enheter",
    "Follow-up periods": "Uppföljningsperioder",
    "Follow-ups": "Uppföljningar",
    "Budget lines": "Budgetrader",
    "Governing documents": "Styrdokument",
    "Situation reviews": "Nulägeskollar",
    "write the demo plan (NVK-like) to a file": "skriv demoplanen (NVK-liknande) till en fil",
    "Writes a ready demo plan to try styrapp with.": "Skriver en färdig demoplan att prova styrapp med.",
    "OUT.styrplan": "UT.styrplan",
    "overwrite an existing file": "skriv över en befintlig fil",
    "create a new plan from a template": "skapa en ny plan från en mall",
    "Creates a new, empty plan with a governance model from a template.":
        "Skapar en ny, tom plan med en styrmodell från en mall.",
    "TEMPLATE": "MALL",
    "the governance model's template: {names}": "styrmodellens mall: {names}",
    "the organisation's name": "organisationens namn",
    "YEAR": "ÅR",
    "the plan year (default: next year)": "planåret (standard: nästa år)",
    "show what a plan holds": "visa vad en plan innehåller",
    "Shows the organisation, the file format and how many of each kind.":
        "Visar organisation, filformat och antal av varje slag.",
    "write a JSON object": "skriv ett JSON-objekt",
    "check the red thread": "kontrollera röda tråden",
    "Checks that every activity leads up to a goal, that goals have indicators and that assignments have somebody responsible and an end date. Exit code 1 if an error is found.":
        "Kontrollerar att varje aktivitet leder upp till ett mål, att mål har indikatorer och att uppdrag har ansvarig och slutdatum. Slutkod 1 om något fel hittas.",
    "write the findings as JSON": "skriv fynden som JSON",
    "The demo plan was written to {path}": "Demoplanen skrevs till {path}",
    "--year {year} is no sensible plan year": "--year {year} är inget rimligt planår",
    "A new plan for {name} ({year}, template {template}) was written to {path}":
        "En ny plan för {name} ({year}, mall {template}) skrevs till {path}",
    "Plan:": "Plan:",
    "Vision:": "Vision:",
    "File format:": "Filformat:",
    "Goal tree:": "Målträd:",
    "Assignments:": "Uppdrag:",
    "Contents:": "Innehåll:",
    "{title} ({year}), template {template}": "{title} ({year}), mall {template}",
    "version {version}": "version {version}",
    "Note: {note}": "Obs: {note}",
    "{errors} errors, {warnings} warnings, {notes} notes.": "{errors} fel, {warnings} varningar, {notes} noteringar.",
    "import values (Kolada: API JSON or a CSV table; Excel in styrapp's layout) or calendar events into the annual wheel (.ics)":
        "importera mätvärden (Kolada: API-JSON eller CSV-tabell; Excel i styrapps format) eller kalenderhändelser till årshjulet (.ics)",
    "Reads the whole file first; a file that cannot be read changes nothing (exit code 2). Values are matched to the indicators' Kolada ids and municipality or unit codes. Calendar events (Outlook, Google, Thunderbird) go into the annual wheel; recurring events are laid out per occasion in the plan year, and an event with the same UID as before is updated instead of doubled. Prints what was imported and what was skipped, and why.":
        "Läser filen helt först; en fil som inte går att läsa ändrar ingenting (slutkod 2). Mätvärden matchas mot indikatorernas Kolada-id och kommun- eller enhetskod. Kalenderhändelser (Outlook, Google, Thunderbird) läggs i årshjulet; återkommande händelser läggs ut per tillfälle under planåret, och en händelse med samma UID som förut uppdateras i stället för att dubbleras. Skriver ut vad som importerades och vad som hoppades över, och varför.",
    "FILE": "FIL",
    "NAME": "NAMN",
    "OUT": "UT",
    "UNIT": "ENHET",
    "OUT.pdf": "UT.pdf",
    "the file's format (otherwise by its extension)": "filens format (annars efter filändelsen)",
    "(.ics) the ring of the annual wheel the events go into; made if it does not exist. Without --ring: the ring they were exported from, otherwise a ring with the calendar's name":
        "(.ics) ringen i årshjulet som händelserna hamnar i; skapas om den inte finns. Utan --ring: ringen de exporterades från, annars en ring med kalenderns namn",
    "export the plan (xlsx: indicators, values, goal and assignment trees; ics, png, svg, pdf: the annual wheel)":
        "exportera planen (xlsx: indikatorer, mätvärden, mål- och uppdragsträd; ics, png, svg, pdf: årshjulet)",
    "xlsx: the plan's indicators with their values and the goal and assignment trees, one table per sheet. ics: the annual wheel's events as a calendar for Outlook or Google (all-day events, the same UID every time). png, svg, pdf: the annual wheel as a picture or a print on A4 or A3. The plan is opened for reading only; the file is written whole or not at all.":
        "xlsx: planens indikatorer med mätvärden och mål- och uppdragsträden, en tabell per flik. ics: årshjulets händelser som kalender för Outlook eller Google (heldagshändelser, samma UID varje gång). png, svg, pdf: årshjulet som bild eller utskrift på A4 eller A3. Planen öppnas bara för läsning; filen skrivs hel eller inte alls.",
    "file format": "filformat",
    "paper size for png, svg and pdf (default A4; A3 for a poster)":
        "pappersstorlek för png, svg och pdf (standard A4; A3 för en affisch)",
    "the file to write": "filen som skrivs",
    "cannot tell which format {name} has; give --format kolada, xlsx or ics":
        "vet inte vilket format {name} har; ange --format kolada, xlsx eller ics",
    "--ring is only for calendar files (.ics)": "--ring gäller bara kalenderfiler (.ics)",
    "--ring needs a name": "--ring behöver ett namn",
    "The plan was exported to {path}": "Planen exporterades till {path}",
    "The annual wheel's {count} events were exported to {path}":
        "Årshjulets {count} händelser exporterades till {path}",
    "The annual wheel was exported to {path} ({size})": "Årshjulet exporterades till {path} ({size})",
    "write a report as PDF (operational plan, assignment plan, follow-up, situation review, internal control plan, annual wheel)":
        "skriv en rapport som PDF (verksamhetsplan, uppdragsplan, uppföljning, nulägeskoll, internkontrollplan, årshjul)",
    "Writes the report as a PDF for printing: cover, table of contents, bookmarks, running header and footer with page numbers. The plan is opened for reading only; the file is written whole or not at all. An unknown report, period or unit gives the valid choices.":
        "Skriver rapporten som PDF för utskrift: försättsblad, innehållsförteckning, bokmärken, sidhuvud och sidfot med sidnummer. Planen öppnas bara för läsning; filen skrivs hel eller inte alls. En okänd rapport, period eller enhet ger de giltiga valen.",
    "which report": "vilken rapport",
    "year (default: the plan's year)": "år (standard: planens år)",
    "the reporting period's name, for uppfoljning (default: the latest that has ended)":
        "rapportperiodens namn, för uppfoljning (standard: den senaste som har tagit slut)",
    "only this unit and the units under it: their goals, assignments, indicators, budget, risks and situation review (the annual wheel is always the whole organisation's)":
        "bara den här enheten och enheterna under den: deras mål, uppdrag, indikatorer, budget, risker och nulägeskoll (årshjulet gäller alltid hela organisationen)",
    "for arshjul: A4 or A3": "för arshjul: A4 eller A3",
    "the report's language for headings, labels, dates and numbers: sv (Swedish) or en (English); the plan's own text is printed as written (default: the plan's setting, otherwise Swedish)":
        "rapportens språk för rubriker, etiketter, datum och tal: sv (svenska) eller en (engelska); planens egen text skrivs som den står (standard: planens inställning, annars svenska)",
    "The report was written to {path}": "Rapporten skrevs till {path}",
    "municipality": "kommun",
    "region": "region",
    "joint authority": "kommunalförbund",
    "municipal council": "kommunfullmäktige",
    "council": "fullmäktige",
    "another origin": "annat ursprung",
    "other period": "annan period",
    "board": "styrelse",
    "committee": "nämnd",
    "company": "bolag",
    "administration": "förvaltning",
    "department": "avdelning",
    "unit": "enhet",
    "goal": "mål",
    "assignment": "uppdrag",
    "measure": "åtgärd",
    "activity": "aktivitet",
    "own goals": "egna mål",
    "the commissioner's goals": "uppdragsgivarens mål",
    "from an indicator": "utifrån indikator",
    "initiative": "initiativ",
    "programme": "program",
    "other": "övrigt",
    "higher is better": "högre är bättre",
    "lower is better": "lägre är bättre",
    "total": "totalt",
    "women": "kvinnor",
    "men": "män",
    "outcome": "utfall",
    "forecast": "prognos",
    "target": "målvärde",
    "monthly report": "månadsrapport",
    "four-monthly report": "tertialrapport",
    "interim report": "delårsrapport",
    "interim accounts": "delårsbokslut",
    "annual report": "årsredovisning",
    "committee meeting": "nämndsammanträde",
    "report": "rapport",
    "dialogue": "dialog",
    "decision": "beslut",
    "budget": "budget",
    "operational plan": "verksamhetsplan",
    "assignment plan": "uppdragsplan",
    "follow-up report": "uppföljningsrapport",
    "situation review": "nulägeskoll",
    "internal control plan": "internkontrollplan",
    "annual wheel": "årshjul",
    "operating budget": "driftbudget",
    "capital budget": "investeringsbudget",
    "strategy/programme": "strategi/program",
    "plan": "plan",
    "policy": "policy",
    "guideline": "riktlinje",
    "No poverty": "Ingen fattigdom",
    "Zero hunger": "Ingen hunger",
    "Good health and well-being": "God hälsa och välbefinnande",
    "Quality education": "God utbildning för alla",
    "Gender equality": "Jämställdhet",
    "Clean water and sanitation": "Rent vatten och sanitet för alla",
    "Affordable and clean energy": "Hållbar energi för alla",
    "Decent work and economic growth": "Anständiga arbetsvillkor och ekonomisk tillväxt",
    "Industry, innovation and infrastructure": "Hållbar industri, innovationer och infrastruktur",
    "Reduced inequalities": "Minskad ojämlikhet",
    "Sustainable cities and communities": "Hållbara städer och samhällen",
    "Responsible consumption and production": "Hållbar konsumtion och produktion",
    "Climate action": "Bekämpa klimatförändringarna",
    "Life below water": "Hav och marina resurser",
    "Life on land": "Ekosystem och biologisk mångfald",
    "Peace, justice and strong institutions": "Fredliga och inkluderande samhällen",
    "Partnerships for the goals": "Genomförande och globalt partnerskap",
}
