"""The Swedish UI texts: English source text (as written in tr()) → Swedish. Used by translate.py."""

SWEDISH = {
    # Main window, menus and actions
    "&File": "&Arkiv",
    "&Edit": "&Redigera",
    "&Plan": "&Plan",
    "&View": "&Visa",
    "&Language": "&Språk",
    "&Help": "&Hjälp",
    "Toolbar": "Verktygsfält",
    "Open &recent": "&Senaste",
    "(no recent plans)": "(inga tidigare planer)",
    "&New plan from template…": "&Ny plan från mall…",
    "Start a new plan from one of the styrmodell templates": "Börja en ny plan från en av styrmodellsmallarna",
    "&Open…": "&Öppna…",
    "Open a plan file (.styrplan)": "Öppna en planfil (.styrplan)",
    "Save a &copy as…": "Spara &kopia som…",
    "Save a copy of the plan, e.g. to send by e-mail": "Spara en kopia av planen, t.ex. för att skicka med e-post",
    "&Close": "S&täng",
    "&Quit": "&Avsluta",
    "Cu&t": "Klipp &ut",
    "Cut the selected node": "Klipp ut den markerade noden",
    "&Copy": "&Kopiera",
    "Copy the selected node": "Kopiera den markerade noden",
    "&Paste": "Klistra &in",
    "Paste under the selected node": "Klistra in under den markerade noden",
    "&Delete": "&Ta bort",
    "Delete the selected node and everything beneath it": "Ta bort den markerade noden och allt under den",
    "Add &beneath": "Lägg till &under",
    "Add a node beneath the selected one (Insert)": "Lägg till en nod under den markerade (Insert)",
    "Add &next to": "Lägg till &bredvid",
    "Add a node on the same level after the selected one (Alt+Insert)":
        "Lägg till en nod på samma nivå efter den markerade (Alt+Insert)",
    "&Rename": "&Byt namn",
    "Move &up": "Flytta &upp",
    "Move do&wn": "Flytta &ned",
    "&Organisation…": "&Organisation…",
    "Edit the organisation's units: nämnder, förvaltning, avdelningar":
        "Redigera organisationens enheter: nämnder, förvaltning, avdelningar",
    "&Styrmodell…": "&Styrmodell…",
    "Rename levels, change colours, add or remove levels": "Byt namn på nivåer, ändra färger, lägg till eller ta bort nivåer",
    "&Expand all": "&Fäll ut alla",
    "C&ollapse all": "Fäll &ihop alla",
    "&Find…": "&Sök…",
    "Filter the tree": "Filtrera trädet",
    "&About styrapp": "&Om styrapp",
    "About styrapp": "Om styrapp",
    "<h3>styrapp %1</h3><p>Plan and follow up a municipality's styrmodell: goals, uppdrag, indicators, "
    "the annual wheel and reports for the nämnd meeting.</p><p>One plan is one file; everything is saved as "
    "you work, and Edit → Undo takes back any change.</p>":
        "<h3>styrapp %1</h3><p>Planera och följ upp kommunens styrmodell: mål, uppdrag, indikatorer, årshjulet "
        "och rapporterna till nämndens sammanträde.</p><p>En plan är en fil. Allt sparas medan du arbetar, "
        "och Redigera → Ångra tar tillbaka varje ändring.</p>",
    "The language changes the next time styrapp starts.": "Språket byts nästa gång styrapp startar.",
    "Undo": "Ångra",
    "Redo": "Gör om",
    "Overview": "Översikt",
    "Goals": "Mål",
    "Assignments": "Uppdrag",
    "Assignment": "Uppdrag",
    "Activities": "Aktiviteter",
    "Indicators": "Indikatorer",
    "Follow-up": "Uppföljning",
    "Annual wheel": "Årshjul",
    "Internal control": "Intern kontroll",
    "Reports": "Rapporter",
    "read-only": "skrivskyddad",
    "Open plan": "Öppna plan",
    "Could not open the plan": "Planen kunde inte öppnas",
    "Save a copy as": "Spara kopia som",
    "Could not save the copy": "Kopian kunde inte sparas",
    "A copy was saved as %1": "En kopia sparades som %1",
    # Översikt
    "(no vision written yet)": "(ingen vision skriven ännu)",
    "no findings": "inga anmärkningar",
    "Measured values": "Mätvärden",
    "Events in the annual wheel": "Händelser i årshjulet",
    "Risks": "Risker",
    "Vision": "Vision",
    "The red thread": "Röda tråden",
    "click a finding to go to it": "klicka på en anmärkning för att gå dit",
    # Welcome
    "No plan is open.": "Ingen plan är öppen.",
    "Open the demo plan": "Öppna demoplanen",
    "Recent plans": "Senaste planer",
    # Tree pages and the detail form
    "Search…": "Sök…",
    "Title": "Titel",
    "Responsible unit": "Ansvarig enhet",
    "Status": "Status",
    "Progress": "Läge",
    "Due date": "Slutdatum",
    "This plan's styrmodell has no levels for this tree yet. Add them under Plan → Styrmodell…":
        "Planens styrmodell har ännu inga nivåer för det här trädet. Lägg till dem under Plan → Styrmodell…",
    "The tree is empty. Press Insert or click “Add beneath” to add the first node.":
        "Trädet är tomt. Tryck Insert eller klicka på ”Lägg till under” för att lägga till den första noden.",
    "The styrmodell allows nothing beneath a %1.": "Styrmodellen tillåter inget under en %1.",
    "The styrmodell has no level that may stand at the top of this tree.":
        "Styrmodellen har ingen nivå som får stå överst i det här trädet.",
    "The styrmodell does not allow a %1 at the top of the tree.": "Styrmodellen tillåter inte en %1 överst i trädet.",
    "Delete": "Ta bort",
    "You can undo this with Edit → Undo.": "Du kan ångra det med Redigera → Ångra.",
    "You can undo this with Undo.": "Du kan ångra det med Ångra.",
    "Cut: %1": "Urklippt: %1",
    "Copied: %1": "Kopierat: %1",
    "Select a node in the tree to see and edit it here.": "Markera en nod i trädet för att se och ändra den här.",
    "Basics": "Grunduppgifter",
    "Level colour": "Nivåns färg",
    "Description": "Beskrivning",
    "Responsible person": "Ansvarig person",
    "Whose goal": "Vems mål",
    "Start": "Start",
    "How we measure": "Så mäter vi",
    "Colour": "Färg",
    "(not given)": "(inte angivet)",
    "Affects the budget": "Påverkar budgeten",
    "thousand kronor": "tusental kronor",
    "Purpose": "Syfte",
    "Change sought": "Förflyttning",
    "Desired level": "Önskad nivå",
    "Origin": "Ursprung",
    "Amount (tkr)": "Belopp (tkr)",
    "Schedule": "Tidplan",
    "Serves": "Bidrar till",
    "Agenda 2030": "Agenda 2030",
    "(no unit)": "(ingen enhet)",
    # Undo commands
    "Add %1": "Lägg till %1",
    "Paste %1": "Klistra in %1",
    "Rename %1": "Byt namn på %1",
    "Edit %1": "Ändra %1",
    "Move %1": "Flytta %1",
    "Delete %1": "Ta bort %1",
    "Change what %1 serves": "Ändra vad %1 bidrar till",
    "Change Agenda 2030 goals of %1": "Ändra Agenda 2030-mål för %1",
    "Add unit": "Lägg till enhet",
    "Edit unit": "Ändra enhet",
    "Move unit": "Flytta enhet",
    "Delete unit": "Ta bort enhet",
    "Add level": "Lägg till nivå",
    "Edit level": "Ändra nivå",
    "Change where a level may sit": "Ändra var en nivå får ligga",
    "Delete level": "Ta bort nivå",
    "Edit the plan": "Ändra planen",
    # Organisation
    "Organisation": "Organisation",
    "Name": "Namn",
    "Kind": "Typ",
    "Manager": "Chef",
    "Mandate": "Uppdrag och reglemente",
    "Add beneath": "Lägg till under",
    "Add next to": "Lägg till bredvid",
    "New unit": "Ny enhet",
    "Unit": "Enhet",
    # Styrmodell
    "Styrmodell": "Styrmodell",
    "Level": "Nivå",
    "Plural": "Plural",
    "Tree": "Träd",
    "May sit": "Får ligga",
    "at the top": "överst",
    "under %1": "under %1",
    "Under %1": "Under %1",
    "Colour…": "Färg…",
    "Remove level": "Ta bort nivå",
    "Add a level": "Lägg till en nivå",
    "e.g. Nyckelresultat": "t.ex. Nyckelresultat",
    "Place": "Placering",
    "At the top of the goal tree": "Överst i målträdet",
    "At the top of the uppdrag tree": "Överst i uppdragsträdet",
    # New plan wizard
    "New plan from template": "Ny plan från mall",
    "The organisation": "Organisationen",
    "Whose plan is this, and for which year?": "Vems plan är det, och för vilket år?",
    "e.g. Norrtälje kommun, Kultur- och fritidsnämnden": "t.ex. Norrtälje kommun, Kultur- och fritidsnämnden",
    "Plan year": "Planår",
    "The styrmodell": "Styrmodellen",
    "Start from the styrmodell closest to yours; levels and names can be changed later.":
        "Utgå från den styrmodell som liknar er mest; nivåer och namn kan ändras efteråt.",
    "Where to keep the plan": "Var planen ska sparas",
    "The whole plan is one file. Keep it where you keep your documents, e.g. on the shared drive.":
        "Hela planen är en fil. Spara den där ni har era dokument, t.ex. på den gemensamma enheten.",
    "Browse…": "Bläddra…",
    "Save the new plan as": "Spara den nya planen som",
    "The file could not be written: %1": "Filen kunde inte skrivas: %1",
    "A file named %1 already exists. Choose another name, or delete the old file first.":
        "Det finns redan en fil som heter %1. Välj ett annat namn, eller ta bort den gamla filen först.",
    # Table pages
    "Nothing here yet in this plan.": "Här finns inget ännu i den här planen.",
    "Every indicator with its baseline, target and latest outcome, and the traffic light the plan's rule gives it. "
    "Coming to this page: editing indicators and measured values, charts, and import from Kolada and Excel.":
        "Alla indikatorer med jämförelsevärde, målvärde och senaste utfall, och den status planens regel ger dem. "
        "Kommer till sidan: redigera indikatorer och mätvärden, diagram och import från Kolada och Excel.",
    "Every indicator with its baseline, target and latest outcome, and the traffic light the plan's rule gives it. "
    "Select one to see its chart and enter its measured values. Coming to this page: editing the indicator's own "
    "details, and importing from Kolada and Excel (the command line already imports Kolada: styrapp-cli import).":
        "Alla indikatorer med jämförelsevärde, målvärde och senaste utfall, och den status planens regel ger dem. "
        "Markera en för att se dess diagram och föra in mätvärden. Kommer till sidan: redigera indikatorns egna "
        "uppgifter, och import från Kolada och Excel (på kommandoraden importerar redan styrapp-cli import från Kolada).",
    "Select an indicator to see its outcome over time, with target and baseline.":
        "Markera en indikator för att se utfallet över tid, med målvärde och jämförelsevärde.",
    "Indicator": "Indikator",
    "Type over a value, or paste rows copied from Excel: a period, then totalt, kvinnor, män. Delete clears a value. "
    "Edit → Undo takes any change back.":
        "Skriv över ett värde, eller klistra in rader kopierade från Excel: en period och sedan totalt, kvinnor, män. "
        "Delete tar bort ett värde. Redigera → Ångra tar tillbaka varje ändring.",
    "Period, e.g. 2026 or 2026-08": "Period, t.ex. 2026 eller 2026-08",
    "Value": "Värde",
    "Add value": "Lägg till värde",
    "Chart": "Diagram",
    "Nothing was pasted. %1": "Inget klistrades in. %1",
    "Total": "Totalt",
    "Women": "Kvinnor",
    "Men": "Män",
    "Comment": "Kommentar",
    "Source: %1": "Källa: %1",
    "A comment needs a total value on the same row.": "En kommentar behöver ett totalvärde på samma rad.",
    "Change a value of %1": "Ändra ett värde för %1",
    "Baseline": "Jämförelsevärde",
    "Target": "Målvärde",
    "Latest outcome": "Senaste utfall",
    "Period": "Period",
    "Source": "Källa",
    "The status and assessment written for goals and activities in each reporting period, latest first. "
    "Double-click a row to open the node. Coming to this page: writing follow-ups and analysis per period.":
        "Status och bedömning för mål och aktiviteter i varje uppföljningsperiod, senaste först. Dubbelklicka på "
        "en rad för att gå till noden. Kommer till sidan: skriva uppföljning och analys per period.",
    "Goal or activity": "Mål eller aktivitet",
    "Assessment": "Bedömning",
    "Analysis": "Analys",
    "The year's rhythm: meetings, budget, follow-up and reports, by date. Coming to this page: the wheel itself, "
    "drawn and editable, with calendar import and export and printing.":
        "Årets rytm: sammanträden, budget, uppföljning och rapporter, i datumordning. Kommer till sidan: själva "
        "årshjulet, ritat och redigerbart, med import och export av kalendrar och utskrift.",
    "End": "Slut",
    "Ring": "Ring",
    "Event": "Händelse",
    "Responsible": "Ansvarig",
    "The risk analysis, highest risk first: likelihood × consequence (1–4 each). Risks marked “in plan” go into the "
    "internkontrollplan. Coming to this page: editing risks and the risk matrix.":
        "Riskanalysen, högsta risk först: sannolikhet × konsekvens (1–4 vardera). Risker markerade ”i planen” förs "
        "in i internkontrollplanen. Kommer till sidan: redigera risker och riskmatrisen.",
    "Risk": "Risk",
    "Process": "Process",
    "Likelihood": "Sannolikhet",
    "Consequence": "Konsekvens",
    "Risk value": "Riskvärde",
    "In plan": "I planen",
    "yes": "ja",
    "Control": "Kontrollmoment",
    "Vision, goals with indicators, targets and activities": "Vision, mål med indikatorer, målvärden och aktiviteter",
    "Uppdrag with purpose, origin, budget impact and schedule": "Uppdrag med syfte, ursprung, budgetpåverkan och tidplan",
    "Delårsrapport or årsredovisning: outcomes, traffic lights and analysis":
        "Delårsrapport eller årsredovisning: utfall, status och analys",
    "Nulägeskoll on one A4 page per unit": "Nulägeskoll på en A4-sida per enhet",
    "The internkontrollplan with the risk matrix": "Internkontrollplanen med riskmatrisen",
    "The annual wheel on A4 or A3": "Årshjulet på A4 eller A3",
    "The PDF reports styrapp prints for the nämnd meeting. Coming to this page: choosing year, period and unit, "
    "a preview and printing.":
        "PDF-rapporterna som styrapp skriver ut till nämndens sammanträde. Kommer till sidan: välja år, period och "
        "enhet, förhandsgranskning och utskrift.",
    "Report": "Rapport",
    "Contents": "Innehåll",
}
PLURALS = {
    "%n finding(s)": ("%n anmärkning", "%n anmärkningar"),
    "Change %n values of %1": ("Ändra %n värde för %1", "Ändra %n värden för %1"),
}
