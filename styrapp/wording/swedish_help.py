"""The Swedish of Hjälp: the handbook window, Om styrapp, the Hjälp menu, and the tooltips and
"Vad är det här?" texts of the pages' buttons and the forms' fields; merged into `swedish.SWEDISH`."""

PART: dict[str, str] = {
    # the Hjälp menu
    "&Handbook": "&Handbok",
    "The user guide: a year in styrapp, chapter by chapter": "Användarhandboken: ett år i styrapp, kapitel för kapitel",
    "Help on this &page": "Hjälp om den här &sidan",
    "The handbook's chapter on the page you are on (F1)": "Handbokens kapitel om sidan du står på (F1)",
    "&What's this?": "&Vad är det här?",
    "Click a field afterwards to read what it is for (Shift+F1)":
        "Klicka sedan på ett fält för att läsa vad det är till för (Shift+F1)",
    "The version, the libraries' licences, and where the logs and backups are":
        "Versionen, bibliotekens licenser och var loggarna och säkerhetskopiorna ligger",
    # the handbook window
    "styrapp handbook": "Handbok för styrapp",
    "Chapters": "Kapitel",
    "Chapter": "Kapitel",
    "Find in this chapter": "Sök i kapitlet",
    "Find:": "Sök:",
    "Find…": "Sök…",
    "Navigation": "Navigering",
    "Back": "Bakåt",
    "Back to the page shown before (Alt+Left)": "Tillbaka till sidan som visades förut (Alt+Vänster)",
    "Forward": "Framåt",
    "Forward again (Alt+Right)": "Framåt igen (Alt+Höger)",
    "Contents": "Innehåll",
    "The handbook's table of contents": "Handbokens innehållsförteckning",
    "Find a word in this chapter (Ctrl+F; Enter finds the next)": "Sök efter ett ord i kapitlet (Ctrl+F; Enter hittar nästa)",
    "Not in this chapter": "Finns inte i kapitlet",
    # Om styrapp
    "Plan and follow up a municipality's governance model: goals, assignments, indicators, the annual "
    "wheel and reports for the committee meeting. One plan is one file; everything is saved as you "
    "work, and Edit → Undo takes back any change.":
        "Planera och följ upp en kommuns styrmodell: mål, uppdrag, indikatorer, årshjulet och rapporterna till "
        "nämndens sammanträde. En plan är en fil; allt sparas medan du arbetar, och Redigera → Ångra tar "
        "tillbaka varje ändring.",
    "Python %1, Qt %2, PySide6 %3, on %4": "Python %1, Qt %2, PySide6 %3, på %4",
    "Logs: %1": "Loggar: %1",
    "Backups: %1": "Säkerhetskopior: %1",
    "Click a folder to open it": "Klicka på en mapp för att öppna den",
    "The libraries styrapp brings with it, and their licences:": "Biblioteken som styrapp har med sig, och deras licenser:",
    "Licences of the bundled libraries": "Licenserna för de medföljande biblioteken",
    "Library": "Bibliotek",
    "Version": "Version",
    "Licence": "Licens",
    "not stated": "inte angiven",
    "Copy": "Kopiera",
    "Copy the version, the folders and the licence list, e.g. to send to whoever helps you":
        "Kopiera versionen, mapparna och licenslistan, t.ex. för att skicka till den som hjälper dig",
    # the pages' buttons
    "Add an event to the wheel (Insert, or double-click an empty place in a ring)":
        "Lägg till en händelse i hjulet (Insert, eller dubbelklicka på en tom plats i en ring)",
    "Bring the events of a calendar file (.ics) from Outlook or Google into a ring":
        "Hämta in händelserna i en kalenderfil (.ics) från Outlook eller Google i en ring",
    "The wheel as a PDF (A4 or A3 poster), PNG or SVG picture, or its events as a calendar file (.ics)":
        "Hjulet som PDF (A4 eller A3-affisch), PNG- eller SVG-bild, eller händelserna som kalenderfil (.ics)",
    "Delete the selected event (Delete)": "Ta bort den markerade händelsen (Delete)",
    "Add a ring to the wheel for a kind of event": "Lägg till en ring i hjulet för ett slags händelser",
    "Change the selected ring's colour": "Byt färg på den markerade ringen",
    "Move the selected ring outwards": "Flytta den markerade ringen utåt",
    "Move the selected ring inwards": "Flytta den markerade ringen inåt",
    "Delete the selected ring and its events": "Ta bort den markerade ringen och dess händelser",
    "Add a risk to the risk analysis of the unit chosen": "Lägg till en risk i riskanalysen för den valda enheten",
    "Delete the selected risk; you are told first what goes with it":
        "Ta bort den markerade risken; du får först veta vad som följer med",
    "Put the selected risk into the internal-control plan": "För in den markerade risken i internkontrollplanen",
    "Take the selected risk out of the internal-control plan; its control is kept":
        "Ta bort den markerade risken ur internkontrollplanen; kontrollmomentet sparas",
    "Add a governing document to the register": "Lägg till ett styrdokument i registret",
    "Change the selected document": "Ändra det markerade dokumentet",
    "Delete the selected document from the register": "Ta bort det markerade dokumentet ur registret",
    "Open the document's link or file": "Öppna dokumentets länk eller fil",
    "Choose the document's file on this computer or the network": "Välj dokumentets fil på datorn eller nätverket",
    "Fill the analysis with what was written for the previous period, to write on from":
        "Fyll analysen med det som skrevs för föregående period, att skriva vidare på",
    "Delete the selected indicator and its measurements": "Ta bort den markerade indikatorn och dess mätvärden",
    "Move the selected indicator up in the plan's order": "Flytta upp den markerade indikatorn i planens ordning",
    "Move the selected indicator down in the plan's order": "Flytta ned den markerade indikatorn i planens ordning",
    "Add a measurement for the next period; or paste rows from Excel into the table":
        "Lägg till ett mätvärde för nästa period; eller klistra in rader från Excel i tabellen",
    "Choose the logo (PNG or JPEG, at most 2 MB) on every report's cover; kept in the plan":
        "Välj logotypen (PNG eller JPEG, högst 2 MB) på varje rapports försättsblad; sparas i planen",
    "Print the reports without a logo": "Skriv ut rapporterna utan logotyp",
    "Make the PDF with the choices above and show it here": "Gör PDF:en med valen ovan och visa den här",
    "Go back to styrapp's own colour": "Gå tillbaka till styrapps egen färg",
    "Save the report shown as a PDF file": "Spara rapporten som visas som en PDF-fil",
    "Print the report shown": "Skriv ut rapporten som visas",
    "Open the report in the computer's own PDF viewer": "Öppna rapporten i datorns egen PDF-läsare",
    "Remove the link to the selected goal or assignment": "Ta bort kopplingen till det markerade målet eller uppdraget",
    "The goal area's colour, shown on everything beneath it and in the reports":
        "Målområdets färg, som syns på allt under det och i rapporterna",
    "Use the level's own colour again": "Använd nivåns egen färg igen",
    "Link the indicator chosen to this node": "Koppla den valda indikatorn hit",
    "Remove the link to the selected indicator": "Ta bort kopplingen till den markerade indikatorn",
    "Make a new indicator that measures this node": "Gör en ny indikator som mäter det här",
    # the dialogs' buttons
    "Save the chosen backup as a new plan file and open it; the plan stays as it is":
        "Spara den valda säkerhetskopian som en ny planfil och öppna den; planen förblir som den är",
    "Replace the plan with the chosen backup, after a question; the plan is kept as a copy first":
        "Ersätt planen med den valda säkerhetskopian, efter en fråga; planen sparas först som en kopia",
    "Choose the logo on the reports' cover (PNG or JPEG)": "Välj logotypen på rapporternas försättsblad (PNG eller JPEG)",
    "Add a value to the values (värdegrund)": "Lägg till ett värde i värdegrunden",
    "Move the selected value up": "Flytta upp det markerade värdet",
    "Move the selected value down": "Flytta ned det markerade värdet",
    "Delete the selected value": "Ta bort det markerade värdet",
    "Remove the selected period": "Ta bort den markerade perioden",
    "Add a reporting period": "Lägg till en rapporteringsperiod",
    "Change the selected level's colour": "Byt färg på den markerade nivån",
    "Remove the selected level; only a level no node uses can go":
        "Ta bort den markerade nivån; bara en nivå som inget mål eller uppdrag använder kan tas bort",
    "Add a level to the governance model": "Lägg till en nivå i styrmodellen",
    # Vad är det här? on the forms
    "The name as it is printed in the plan and the reports.": "Namnet som det skrivs ut i planen och rapporterna.",
    "What the goal or assignment means, in a few sentences; printed under the title.":
        "Vad målet eller uppdraget innebär, med några meningar; skrivs ut under titeln.",
    "The unit (committee, administration, department) that answers for this; a report for a unit takes what it owns.":
        "Enheten (nämnd, förvaltning, avdelning) som ansvarar för detta; en rapport för en enhet tar med det den äger.",
    "The person who answers for this, e.g. a head of unit.": "Personen som ansvarar för detta, t.ex. en enhetschef.",
    "How far the work has come: not started, in progress, done, postponed.":
        "Hur långt arbetet har kommit: ej påbörjad, pågår, klar, uppskjuten.",
    "When the work starts; with the end date it is the schedule.": "När arbetet börjar; med slutdatumet är det tidplanen.",
    "When the work is to be done.": "När arbetet ska vara klart.",
    "Why the assignment exists: what it is for.": "Varför uppdraget finns: vad det är till för.",
    "The change the assignment must bring (förflyttning).": "Förändringen som uppdraget ska ge (förflyttning).",
    "Where things should be when the assignment is done.": "Var man ska vara när uppdraget är klart (önskad nivå).",
    "Where the assignment comes from: an indicator, an initiative, a programme, the council.":
        "Varifrån uppdraget kommer: en indikator, ett initiativ, ett program, KF.",
    "Tick when the assignment affects the budget; the amount shows on the Finances page.":
        "Kryssa i när uppdraget påverkar budgeten; beloppet syns på sidan Ekonomi.",
    "The indicator's name as it is printed.": "Indikatorns namn som det skrivs ut.",
    "Where the figures come from: Kolada, Statistics Sweden, own measurement, the finance system.":
        "Varifrån siffrorna kommer: Kolada, SCB, egen mätning, ekonomisystemet.",
    "Whether a higher or a lower value is better; the status is judged by it.":
        "Om ett högre eller ett lägre värde är bättre; statusen bedöms efter det.",
    "The comparison value (baseline) the outcome is set against.": "Jämförelsevärdet (baslinjen) som utfallet ställs mot.",
    "The value aimed at (målvärde); without one the indicator is followed but not judged.":
        "Värdet man vill nå (målvärde); utan det följs indikatorn men bedöms inte.",
    "The key figure's id in Kolada, e.g. N00945; a Kolada import fills the values of the indicator with this id.":
        "Nyckeltalets id i Kolada, t.ex. N00945; en import från Kolada fyller i värdena för indikatorn med detta id.",
    "The municipality code in Kolada whose values are taken, e.g. 1982 for Fagersta.":
        "Kommunkoden i Kolada vars värden hämtas, t.ex. 1982 för Fagersta.",
    "Tick when the indicator is reported to the municipal council.": "Kryssa i när indikatorn rapporteras till kommunfullmäktige.",
    "Tick when the values are kept for women and men as well as in total.":
        "Kryssa i när värdena förs för kvinnor och män och inte bara totalt.",
    "The reporting period followed up, e.g. the interim report or the annual report.":
        "Rapportperioden som följs upp, t.ex. delårsrapporten eller årsredovisningen.",
    "Your judgement of the row for the period: green, yellow or red. Shown with symbol and word.":
        "Din bedömning av raden för perioden: grön, gul eller röd. Visas med symbol och ord.",
    "Whether the goal is achieved, partly achieved or not achieved at the end of the period.":
        "Om målet är uppfyllt, delvis uppfyllt eller ej uppfyllt vid periodens slut.",
    "What happened, why, and what is done now; printed in the follow-up report.":
        "Vad som har hänt, varför, och vad som görs nu; skrivs ut i uppföljningsrapporten.",
    "The organisation's name, as on every report's cover.": "Organisationens namn, som på varje rapports försättsblad.",
    "Municipality, region or joint authority (kommunalförbund).": "Kommun, region eller kommunalförbund.",
    "The municipality code (e.g. 1982); Kolada uses it.": "Kommunkoden (t.ex. 1982); Kolada använder den.",
    "The plan's title, e.g. Verksamhetsplan 2026; shown in the window's title and on the cover.":
        "Planens titel, t.ex. Verksamhetsplan 2026; visas i fönstrets titel och på försättsbladet.",
    "The plan year. Next year's plan is made with Plan → New plan period….":
        "Planåret. Nästa års plan görs med Plan → Ny planperiod….",
    "The first year of the term of office.": "Mandatperiodens första år.",
    "The last year of the term of office.": "Mandatperiodens sista år.",
    "The body that decides the plan, e.g. the committee.": "Organet som beslutar planen, t.ex. nämnden.",
    "The date the plan was decided.": "Dagen då planen beslutades.",
    "A note printed on the cover, e.g. the decision's reference.": "En notering på försättsbladet, t.ex. beslutets diarienummer.",
    "The long-term picture of the future, in one sentence; printed first in the plan.":
        "Den långsiktiga bilden av framtiden, i en mening; skrivs ut först i planen.",
    "The value's name, e.g. Respekt.": "Värdets namn, t.ex. Respekt.",
    "What the value means in daily work.": "Vad värdet innebär i det dagliga arbetet.",
}
