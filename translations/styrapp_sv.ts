<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name />
    <message>
        <location filename="../styrapp/ui/app.py" line="56" />
        <source>styrapp – plan and follow up the governance model.</source>
        <translation>styrapp – planera och följ upp styrmodellen.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/app.py" line="57" />
        <source>a plan file (.styrplan) to open</source>
        <translation>planfil (.styrplan) att öppna</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/app.py" line="58" />
        <source>open a new copy of the demo plan</source>
        <translation>öppna en ny kopia av demoplanen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/app.py" line="60" />
        <source>check that the program works here: open a new copy of the demo plan, show every page, make one report of each kind, quit (exit status 0 when all went well)</source>
        <translation>prova att programmet fungerar här: öppna en ny kopia av demoplanen, visa varje sida, gör en rapport av varje slag, avsluta (slutstatus 0 när allt gick bra)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/main_window.py" line="472" />
        <source>The language changes the next time styrapp starts.</source>
        <translation>Språket byts nästa gång styrapp startar.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../styrapp/ui/about_dialog.py" line="135" />
        <source>About styrapp</source>
        <translation>Om styrapp</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/about_dialog.py" line="142" />
        <source>Plan and follow up a municipality's governance model: goals, assignments, indicators, the annual wheel and reports for the committee meeting. One plan is one file; everything is saved as you work, and Edit → Undo takes back any change.</source>
        <translation>Planera och följ upp en kommuns styrmodell: mål, uppdrag, indikatorer, årshjulet och rapporterna till nämndens sammanträde. En plan är en fil; allt sparas medan du arbetar, och Redigera → Ångra tar tillbaka varje ändring.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/about_dialog.py" line="146" />
        <source>Python %1, Qt %2, PySide6 %3, on %4</source>
        <translation>Python %1, Qt %2, PySide6 %3, på %4</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/about_dialog.py" line="152" />
        <location filename="../styrapp/ui/about_dialog.py" line="200" />
        <source>Logs: %1</source>
        <translation>Loggar: %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/about_dialog.py" line="153" />
        <location filename="../styrapp/ui/about_dialog.py" line="201" />
        <source>Backups: %1</source>
        <translation>Säkerhetskopior: %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/about_dialog.py" line="157" />
        <source>Click a folder to open it</source>
        <translation>Klicka på en mapp för att öppna den</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/about_dialog.py" line="160" />
        <source>The libraries styrapp brings with it, and their licences:</source>
        <translation>Biblioteken som styrapp har med sig, och deras licenser:</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/about_dialog.py" line="164" />
        <source>Licences of the bundled libraries</source>
        <translation>Licenserna för de medföljande biblioteken</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/about_dialog.py" line="165" />
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/about_dialog.py" line="165" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/about_dialog.py" line="165" />
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/about_dialog.py" line="171" />
        <location filename="../styrapp/ui/about_dialog.py" line="202" />
        <source>not stated</source>
        <translation>inte angiven</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/about_dialog.py" line="183" />
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/about_dialog.py" line="184" />
        <source>Copy the version, the folders and the licence list, e.g. to send to whoever helps you</source>
        <translation>Kopiera versionen, mapparna och licenslistan, t.ex. för att skicka till den som hjälper dig</translation>
    </message>
</context>
<context>
    <name>BackgroundRun</name>
    <message>
        <location filename="../styrapp/ui/background.py" line="49" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../styrapp/views/chart_view.py" line="18" />
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
</context>
<context>
    <name>CommissionerDialog</name>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="53" />
        <source>Fetch goals from the commissioner's plan</source>
        <translation>Hämta mål från uppdragsgivarens plan</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="59" />
        <source>Goals set by the commissioner (the council, the committee) are fetched from their plan file and kept linked to it: here they can be followed up and linked, and fetching again shows what changed there.</source>
        <translation>Mål som uppdragsgivaren (fullmäktige, nämnden) satt hämtas från deras planfil och förblir länkade till den: här kan de följas upp och kopplas, och hämtas de igen visas vad som ändrats där.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="66" />
        <location filename="../styrapp/ui/commissioner_dialog.py" line="68" />
        <source>The commissioner's plan (.styrplan)</source>
        <translation>Uppdragsgivarens plan (.styrplan)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="69" />
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="71" />
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="79" />
        <source>Levels: where each of the commissioner's levels goes in this plan</source>
        <translation>Nivåer: vart var och en av uppdragsgivarens nivåer hamnar i den här planen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="81" />
        <source>Assignments addressed to</source>
        <translation>Uppdrag riktade till</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="85" />
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="85" />
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="85" />
        <source>Here now</source>
        <translation>Här nu</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="86" />
        <source>In the commissioner's plan</source>
        <translation>I uppdragsgivarens plan</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="88" />
        <source>The goals and what changed</source>
        <translation>Målen och vad som ändrats</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="104" />
        <source>Fetch the chosen</source>
        <translation>Hämta de valda</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="116" />
        <source>The commissioner's plan</source>
        <translation>Uppdragsgivarens plan</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="117" />
        <source>styrapp plan (*.styrplan)</source>
        <translation>styrapp-plan (*.styrplan)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="126" />
        <source>this organisation (by its name)</source>
        <translation>den här organisationen (med sitt namn)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="151" />
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="156" />
        <source>%1 is another kind of organisation than this one: check where each of its levels goes.</source>
        <translation>%1 är en annan sorts organisation än den här: se efter vart var och en av dess nivåer ska.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="184" />
        <source>(leave out)</source>
        <translation>(hoppa över)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="215" />
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="215" />
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="215" />
        <source>Removed there</source>
        <translation>Borttagen där</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="223" />
        <source>(no longer there; kept here and marked)</source>
        <translation>(finns inte längre där; behålls här och markeras)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="233" />
        <source>1 difference</source>
        <translation>1 skillnad</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="233" />
        <source>%1 differences</source>
        <translation>%1 skillnader</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="234" />
        <source>1 goal as before.</source>
        <translation>1 mål som förut.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="234" />
        <source>%1 goals as before.</source>
        <translation>%1 mål som förut.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="251" />
        <source>Tick the differences to fetch.</source>
        <translation>Kryssa för de skillnader som ska hämtas.</translation>
    </message>
</context>
<context>
    <name>ControlPage</name>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="53" />
        <location filename="../styrapp/ui/pages/control_page.py" line="78" />
        <source>Internal control</source>
        <translation>Intern kontroll</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="56" />
        <source>Unit:</source>
        <translation>Enhet:</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="62" />
        <source>Year:</source>
        <translation>År:</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="67" />
        <source>Suggest for the plan over risk value:</source>
        <translation>Föreslå till planen över riskvärde:</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="72" />
        <source>A risk whose value (likelihood × consequence) is over this is suggested for the internal control plan. Whether it is chosen stays your choice.</source>
        <translation>En risk vars värde (sannolikhet × konsekvens) är över detta föreslås till internkontrollplanen. Om den väljs är fortfarande ditt val.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_checks.py" line="39" />
        <location filename="../styrapp/ui/pages/control_page.py" line="99" />
        <location filename="../styrapp/ui/pages/control_page.py" line="183" />
        <location filename="../styrapp/ui/pages/control_page.py" line="202" />
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_checks.py" line="40" />
        <location filename="../styrapp/ui/pages/control_page.py" line="100" />
        <location filename="../styrapp/ui/pages/control_page.py" line="159" />
        <location filename="../styrapp/ui/pages/control_page.py" line="184" />
        <location filename="../styrapp/ui/pages/control_page.py" line="203" />
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="101" />
        <location filename="../styrapp/ui/pages/control_page.py" line="160" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="102" />
        <source>Likelihood</source>
        <translation>Sannolikhet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="103" />
        <source>Consequence</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="104" />
        <location filename="../styrapp/ui/pages/control_page.py" line="163" />
        <location filename="../styrapp/ui/pages/control_page.py" line="185" />
        <location filename="../styrapp/ui/pages/control_page.py" line="204" />
        <source>Risk value</source>
        <translation>Riskvärde</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="106" />
        <source>In plan</source>
        <translation>I planen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="106" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="106" />
        <source>suggested</source>
        <translation>föreslås</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="58" />
        <location filename="../styrapp/ui/pages/control_page.py" line="107" />
        <location filename="../styrapp/ui/pages/control_page.py" line="167" />
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="64" />
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="69" />
        <source>Suggest for the plan over risk value</source>
        <translation>Föreslå för planen över riskvärde</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="108" />
        <location filename="../styrapp/ui/pages/control_page.py" line="166" />
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="111" />
        <source>Risks</source>
        <translation>Risker</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="120" />
        <source>Add risk</source>
        <translation>Lägg till risk</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="121" />
        <source>Add a risk to the risk analysis of the unit chosen</source>
        <translation>Lägg till en risk i riskanalysen för den valda enheten</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="123" />
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="124" />
        <source>Delete the selected risk; you are told first what goes with it</source>
        <translation>Ta bort den markerade risken; du får först veta vad som följer med</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="138" />
        <source>One of the usual kinds, or the plan's own word</source>
        <translation>Ett av de vanliga slagen, eller planens eget ord</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="149" />
        <source>In the internal control plan</source>
        <translation>I internkontrollplanen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="161" />
        <source>Likelihood (1–4)</source>
        <translation>Sannolikhet (1–4)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="162" />
        <source>Consequence (1–4)</source>
        <translation>Konsekvens (1–4)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="168" />
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="172" />
        <source>Risk analysis</source>
        <translation>Riskanalys</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_checks.py" line="42" />
        <location filename="../styrapp/ui/pages/control_page.py" line="186" />
        <location filename="../styrapp/ui/pages/control_page.py" line="234" />
        <source>Control</source>
        <translation>Kontrollmoment</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="186" />
        <source>(no control yet)</source>
        <translation>(inget kontrollmoment än)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="187" />
        <location filename="../styrapp/ui/pages/control_page.py" line="235" />
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="188" />
        <location filename="../styrapp/ui/pages/control_page.py" line="236" />
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="189" />
        <location filename="../styrapp/ui/pages/control_page.py" line="237" />
        <source>Frequency</source>
        <translation>Frekvens</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="190" />
        <location filename="../styrapp/ui/pages/control_page.py" line="238" />
        <source>Reported in</source>
        <translation>Rapporteras i</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="191" />
        <location filename="../styrapp/ui/pages/control_page.py" line="239" />
        <source>Reported to</source>
        <translation>Rapporteras till</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="194" />
        <source>Controls in the internal control plan</source>
        <translation>Kontroller i internkontrollplanen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="207" />
        <source>Risks suggested for the plan</source>
        <translation>Risker som föreslås för planen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="211" />
        <source>Choose for the plan</source>
        <translation>Välj till planen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="212" />
        <source>Put the selected risk into the internal-control plan</source>
        <translation>För in den markerade risken i internkontrollplanen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="241" />
        <source>Take out of the plan</source>
        <translation>Ta bort ur planen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="242" />
        <source>Take the selected risk out of the internal-control plan; its control is kept</source>
        <translation>Ta bort den markerade risken ur internkontrollplanen; kontrollmomentet sparas</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="250" />
        <source>Internal control plan</source>
        <translation>Internkontrollplan</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_checks.py" line="28" />
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_checks.py" line="30" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_checks.py" line="41" />
        <location filename="../styrapp/ui/pages/control_checks.py" line="65" />
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_checks.py" line="43" />
        <source>Found</source>
        <translation>Iakttagelser</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_checks.py" line="44" />
        <location filename="../styrapp/ui/pages/control_checks.py" line="67" />
        <source>Actions decided</source>
        <translation>Beslutade åtgärder</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_checks.py" line="66" />
        <source>What was found</source>
        <translation>Iakttagelser</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_checks.py" line="47" />
        <location filename="../styrapp/ui/pages/control_checks.py" line="74" />
        <source>Follow-up of the controls</source>
        <translation>Uppföljning av kontrollerna</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="278" />
        <source>All units</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="280" />
        <source>(no unit)</source>
        <translation>(ingen enhet)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="308" />
        <source>(the year's last period)</source>
        <translation>(årets sista period)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="348" />
        <source>The risks chosen for the internal control plan, each with its control. Select one to write its control beside.</source>
        <translation>Riskerna som valts till internkontrollplanen, var och en med sitt kontrollmoment. Välj en för att skriva dess kontroll bredvid.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="351" />
        <source>Suggested by the plan's rule (risk value over %1) but not chosen:</source>
        <translation>Föreslås av planens regel (riskvärde över %1) men är inte valda:</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="353" />
        <source>Every risk over the plan's threshold (%1) is chosen.</source>
        <translation>Alla risker över planens gräns (%1) är valda.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_checks.py" line="82" />
        <source>The year has no reporting periods.</source>
        <translation>Året har inga uppföljningsperioder.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_checks.py" line="89" />
        <source>%1 of %2 controls not yet followed up</source>
        <translation>%1 av %2 kontroller är inte uppföljda än</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_checks.py" line="90" />
        <source>Every control is followed up ✓</source>
        <translation>Alla kontroller är uppföljda ✓</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_checks.py" line="91" />
        <source>No risk is chosen for the internal control plan.</source>
        <translation>Ingen risk är vald till internkontrollplanen.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="387" />
        <source>Select a risk in the matrix or the table to edit it, or add one.</source>
        <translation>Välj en risk i matrisen eller tabellen för att redigera den, eller lägg till en.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="414" />
        <source>Suggested: its risk value is over %1.</source>
        <translation>Föreslås: riskvärdet är över %1.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="415" />
        <source>Not suggested: its risk value is not over %1.</source>
        <translation>Föreslås inte: riskvärdet är inte över %1.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="425" />
        <source>Select a chosen risk to write its control.</source>
        <translation>Välj en vald risk för att skriva dess kontrollmoment.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="426" />
        <source>“%1” is not in the internal control plan. Choose it there first.</source>
        <translation>”%1” finns inte i internkontrollplanen. Välj den dit först.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_checks.py" line="104" />
        <source>Select a control to write its follow-up for the period.</source>
        <translation>Välj en kontroll för att skriva dess uppföljning för perioden.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_checks.py" line="115" />
        <source>Say first whether the control was performed; then write what it found and the actions decided.</source>
        <translation>Ange först om kontrollen genomfördes; skriv sedan iakttagelserna och de beslutade åtgärderna.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="500" />
        <source>New risk</source>
        <translation>Ny risk</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="517" />
        <source>Delete the risk “%1”?</source>
        <translation>Ta bort risken ”%1”?</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="520" />
        <source>its control in the internal control plan</source>
        <translation>dess kontrollmoment i internkontrollplanen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="522" />
        <source>its follow-up in 1 period</source>
        <translation>dess uppföljning i 1 period</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="524" />
        <source>its follow-ups in %1 periods</source>
        <translation>dess uppföljningar i %1 perioder</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="526" />
        <source>With it go: %1.</source>
        <translation>Med den försvinner: %1.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="527" />
        <source>Edit → Undo brings it back.</source>
        <translation>Redigera → Ångra tar tillbaka den.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/control_page.py" line="528" />
        <source>Delete risk</source>
        <translation>Ta bort risk</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="247" />
        <source>Governing document</source>
        <translation>Styrdokument</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="267" />
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="273" />
        <source>A web address or a file's path</source>
        <translation>En webbadress eller en fils sökväg</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="274" />
        <source>Choose file…</source>
        <translation>Välj fil…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="275" />
        <source>Choose the document's file on this computer or the network</source>
        <translation>Välj dokumentets fil på datorn eller nätverket</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="295" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="296" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="298" />
        <source>Decided by</source>
        <translation>Beslutas av</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="299" />
        <source>Decided on</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="300" />
        <source>Valid until / review by</source>
        <translation>Giltig till / revideras senast</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="301" />
        <source>Owner unit</source>
        <translation>Ansvarig enhet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="302" />
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="303" />
        <source>Reference number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="304" />
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="305" />
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="329" />
        <source>Effect: %1</source>
        <translation>Verkan: %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="332" />
        <source>The document's file</source>
        <translation>Dokumentets fil</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="91" />
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="92" />
        <source>Add a governing document to the register</source>
        <translation>Lägg till ett styrdokument i registret</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="93" />
        <source>Edit…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="94" />
        <source>Change the selected document</source>
        <translation>Ändra det markerade dokumentet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="95" />
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="96" />
        <source>Delete the selected document from the register</source>
        <translation>Ta bort det markerade dokumentet ur registret</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="97" />
        <source>Open the document</source>
        <translation>Öppna dokumentet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="98" />
        <source>Open the document's link or file</source>
        <translation>Öppna dokumentets länk eller fil</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="102" />
        <source>Who decides what…</source>
        <translation>Vem beslutar vad…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="103" />
        <source>The plan's rule of which body decides each kind of document</source>
        <translation>Planens regel för vilket organ som beslutar varje typ av dokument</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="177" />
        <source>Delete governing document</source>
        <translation>Ta bort styrdokument</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="178" />
        <source>Delete “%1” from the register? Edit → Undo brings it back.</source>
        <translation>Ta bort ”%1” ur registret? Redigera → Ångra tar tillbaka det.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="189" />
        <source>Change who decides each kind of document</source>
        <translation>Ändra vem som beslutar varje typ av dokument</translation>
    </message>
</context>
<context>
    <name>EconomyGrid</name>
    <message>
        <location filename="../styrapp/views/economy_grid.py" line="69" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../styrapp/views/economy_grid.py" line="69" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../styrapp/views/economy_grid.py" line="70" />
        <source>Outcome (%1)</source>
        <translation>Utfall (%1)</translation>
    </message>
    <message>
        <location filename="../styrapp/views/economy_grid.py" line="71" />
        <source>Full-year forecast (%1)</source>
        <translation>Helårsprognos (%1)</translation>
    </message>
    <message>
        <location filename="../styrapp/views/economy_grid.py" line="72" />
        <source>Deviation (%1)</source>
        <translation>Avvikelse (%1)</translation>
    </message>
    <message>
        <location filename="../styrapp/views/economy_grid.py" line="73" />
        <source>Deviation %</source>
        <translation>Avvikelse %</translation>
    </message>
    <message>
        <location filename="../styrapp/views/economy_grid.py" line="74" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../styrapp/views/economy_grid.py" line="118" />
        <source>Type an amount in %1, as 4 321 or −12,5; empty clears it.</source>
        <translation>Skriv ett belopp i %1, som 4 321 eller −12,5; tomt tar bort det.</translation>
    </message>
    <message>
        <location filename="../styrapp/views/economy_grid.py" line="123" />
        <source>Operating</source>
        <translation>Drift</translation>
    </message>
    <message>
        <location filename="../styrapp/views/economy_grid.py" line="124" />
        <source>Capital</source>
        <translation>Investering</translation>
    </message>
</context>
<context>
    <name>EconomyPage</name>
    <message>
        <location filename="../styrapp/ui/pages/economy_page.py" line="46" />
        <source>Finances</source>
        <translation>Ekonomi</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/economy_page.py" line="49" />
        <source>Unit:</source>
        <translation>Enhet:</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/economy_page.py" line="51" />
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/economy_page.py" line="55" />
        <source>Year:</source>
        <translation>År:</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/economy_page.py" line="57" />
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/economy_page.py" line="61" />
        <source>Amounts in:</source>
        <translation>Belopp i:</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/economy_page.py" line="63" />
        <source>Amounts in</source>
        <translation>Belopp i</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/economy_page.py" line="71" />
        <source>Budget frame</source>
        <translation>Budgetram</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/economy_page.py" line="79" />
        <source>no frame</source>
        <translation>ingen ram</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/economy_page.py" line="80" />
        <source>Budget frame, %1</source>
        <translation>Budgetram, %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/economy_page.py" line="87" />
        <location filename="../styrapp/ui/pages/economy_page.py" line="90" />
        <source>Deficit still green up to</source>
        <translation>Underskott grönt upp till</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/economy_page.py" line="91" />
        <source>Deficit yellow up to</source>
        <translation>Underskott gult upp till</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/economy_page.py" line="98" />
        <source>yellow up to</source>
        <translation>gult upp till</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/economy_page.py" line="100" />
        <source>of the frame; more is red.</source>
        <translation>av ramen; mer är rött.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/economy_page.py" line="106" />
        <source>Budget and outcome per unit</source>
        <translation>Budget och utfall per enhet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/economy_page.py" line="118" />
        <source>Enter a frame, an outcome or a forecast to see the chart.</source>
        <translation>För in en ram, ett utfall eller en prognos för att se diagrammet.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/economy_page.py" line="128" />
        <source>Assignments with budget impact</source>
        <translation>Uppdrag med budgetpåverkan</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/economy_page.py" line="131" />
        <source>Assignment</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/economy_page.py" line="132" />
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/economy_page.py" line="212" />
        <source>The plan has no units yet: add them under Plan → Organisation.</source>
        <translation>Planen har inga enheter än: lägg till dem under Plan → Organisation.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/economy_page.py" line="228" />
        <source>The plan has no reporting periods in %1, so there is nothing to enter figures for.</source>
        <translation>Planen har inga rapportperioder %1, så det finns inget att föra in belopp för.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/economy_page.py" line="231" />
        <source>Sum: %1 %2</source>
        <translation>Summa: %1 %2</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/economy_page.py" line="232" />
        <source>No assignment of this unit affects the budget.</source>
        <translation>Inget uppdrag för enheten påverkar budgeten.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/economy_page.py" line="248" />
        <source>%1: no frame, outcome or forecast yet.</source>
        <translation>%1: ingen ram, inget utfall och ingen prognos än.</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../styrapp/views/event_form.py" line="29" />
        <source>Select an event in the wheel or the list to see and edit it here. Double-click empty space in a ring to add one there.</source>
        <translation>Markera en händelse i hjulet eller listan för att se och ändra den här. Dubbelklicka på en tom plats i en ring för att lägga till en händelse där.</translation>
    </message>
    <message>
        <location filename="../styrapp/views/event_form.py" line="44" />
        <source>(no report)</source>
        <translation>(ingen rapport)</translation>
    </message>
    <message>
        <location filename="../styrapp/views/event_form.py" line="51" />
        <source>Comes back every year</source>
        <translation>Återkommer varje år</translation>
    </message>
    <message>
        <location filename="../styrapp/views/event_form.py" line="52" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../styrapp/views/event_form.py" line="53" />
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <location filename="../styrapp/views/event_form.py" line="54" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../styrapp/views/event_form.py" line="55" />
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../styrapp/views/event_form.py" line="56" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../styrapp/views/event_form.py" line="57" />
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../styrapp/views/event_form.py" line="58" />
        <source>Reporting period</source>
        <translation>Rapportperiod</translation>
    </message>
    <message>
        <location filename="../styrapp/views/event_form.py" line="59" />
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <location filename="../styrapp/views/event_form.py" line="60" />
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../styrapp/views/event_form.py" line="61" />
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../styrapp/views/event_form.py" line="101" />
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../styrapp/views/event_form.py" line="107" />
        <source>The period's report is decided %1, the last day of this event; moving the event moves it.</source>
        <translation>Periodens rapport beslutas %1, händelsens sista dag; flyttar du händelsen flyttas beslutsdagen med.</translation>
    </message>
    <message>
        <location filename="../styrapp/views/event_form.py" line="111" />
        <source>The ring's colour</source>
        <translation>Ringens färg</translation>
    </message>
    <message>
        <location filename="../styrapp/views/event_form.py" line="116" />
        <source>Other colour…</source>
        <translation>Annan färg…</translation>
    </message>
    <message>
        <location filename="../styrapp/views/event_form.py" line="137" />
        <source>Colour of the event</source>
        <translation>Händelsens färg</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../styrapp/ui/new_plan_wizard.py" line="99" />
        <source>Where to keep the plan</source>
        <translation>Var planen ska sparas</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/new_plan_wizard.py" line="100" />
        <source>The whole plan is one file. Keep it where you keep your documents, e.g. on the shared drive.</source>
        <translation>Hela planen är en fil. Spara den där ni har era dokument, t.ex. på den gemensamma enheten.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/new_plan_wizard.py" line="105" />
        <source>The plan's file</source>
        <translation>Planens fil</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/new_plan_wizard.py" line="106" />
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/new_plan_wizard.py" line="120" />
        <source>Save the new plan as</source>
        <translation>Spara den nya planen som</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="48" />
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="51" />
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="112" />
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="142" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="104" />
        <source>not written</source>
        <translation>ej skriven</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="114" />
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="109" />
        <source>(not assessed)</source>
        <translation>(ej bedömt)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="53" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="58" />
        <source>Unit:</source>
        <translation>Enhet:</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="60" />
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="66" />
        <source>Only without an assessment</source>
        <translation>Bara de utan bedömning</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="77" />
        <source>Goals and assignments to follow up</source>
        <translation>Mål och uppdrag att följa upp</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="113" />
        <source>Indicators' status</source>
        <translation>Indikatorernas status</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="118" />
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="124" />
        <source>Analysis</source>
        <translation>Analys</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="120" />
        <source>The reporting period followed up, e.g. the interim report or the annual report.</source>
        <translation>Rapportperioden som följs upp, t.ex. delårsrapporten eller årsredovisningen.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="121" />
        <source>Your judgement of the row for the period: green, yellow or red. Shown with symbol and word.</source>
        <translation>Din bedömning av raden för perioden: grön, gul eller röd. Visas med symbol och ord.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="122" />
        <source>Whether the goal is achieved, partly achieved or not achieved at the end of the period.</source>
        <translation>Om målet är uppfyllt, delvis uppfyllt eller ej uppfyllt vid periodens slut.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="123" />
        <source>What happened, why, and what is done now; printed in the follow-up report.</source>
        <translation>Vad som har hänt, varför, och vad som görs nu; skrivs ut i uppföljningsrapporten.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="129" />
        <source>Start from last period's text</source>
        <translation>Utgå från förra periodens text</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="130" />
        <source>Fill the analysis with what was written for the previous period, to write on from</source>
        <translation>Fyll analysen med det som skrevs för föregående period, att skriva vidare på</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="135" />
        <source>Indicators at the end of the period</source>
        <translation>Indikatorerna vid periodens slut</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="138" />
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="139" />
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="141" />
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="202" />
        <source>All units</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="244" />
        <source>The plan has no reporting periods; add one under Plan → Reporting periods…</source>
        <translation>Planen har inga rapporteringsperioder; lägg till en under Plan → Rapporteringsperioder…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="253" />
        <source>%1 of %2 have an assessment</source>
        <translation>%1 av %2 har en bedömning</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="285" />
        <source>Choose a goal, assignment or activity to write its follow-up.</source>
        <translation>Välj ett mål, ett uppdrag eller en aktivitet för att skriva dess uppföljning.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="294" />
        <source>no indicators linked</source>
        <translation>inga indikatorer kopplade</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="296" />
        <source>The status written (%1) differs from what its indicators show (%2): check the status, or say why in the analysis.</source>
        <translation>Den skrivna statusen (%1) skiljer sig från vad indikatorerna visar (%2): se över statusen, eller förklara varför i analysen.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="255" />
        <source>%1 left</source>
        <translation>%1 kvar</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/follow_up_page.py" line="324" />
        <source>No earlier period has an analysis for this one.</source>
        <translation>Ingen tidigare period har en analys för det här.</translation>
    </message>
</context>
<context>
    <name>FollowUpTreeModel</name>
    <message>
        <location filename="../styrapp/views/follow_up_tree_model.py" line="28" />
        <source>Goal, assignment or activity</source>
        <translation>Mål, uppdrag eller aktivitet</translation>
    </message>
    <message>
        <location filename="../styrapp/views/follow_up_tree_model.py" line="28" />
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../styrapp/views/follow_up_tree_model.py" line="28" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../styrapp/views/follow_up_tree_model.py" line="29" />
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <location filename="../styrapp/views/follow_up_tree_model.py" line="29" />
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location filename="../styrapp/views/follow_up_tree_model.py" line="44" />
        <source>Assignments serving no goal</source>
        <translation>Uppdrag som inte är kopplade till något mål</translation>
    </message>
    <message>
        <location filename="../styrapp/views/follow_up_tree_model.py" line="56" />
        <source>not written</source>
        <translation>ej skriven</translation>
    </message>
    <message>
        <location filename="../styrapp/views/follow_up_tree_model.py" line="72" />
        <source>The status written differs from what its indicators show.</source>
        <translation>Den skrivna statusen skiljer sig från vad indikatorerna visar.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../styrapp/ui/help_window.py" line="79" />
        <location filename="../styrapp/ui/help_window.py" line="195" />
        <source>styrapp handbook</source>
        <translation>Handbok för styrapp</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/help_window.py" line="84" />
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/help_window.py" line="97" />
        <source>Chapter</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/help_window.py" line="105" />
        <location filename="../styrapp/ui/help_window.py" line="106" />
        <source>Find in this chapter</source>
        <translation>Sök i kapitlet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/help_window.py" line="114" />
        <source>Find:</source>
        <translation>Sök:</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/help_window.py" line="132" />
        <source>Navigation</source>
        <translation>Navigering</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/help_window.py" line="137" />
        <source>Back</source>
        <translation>Bakåt</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/help_window.py" line="139" />
        <source>Back to the page shown before (Alt+Left)</source>
        <translation>Tillbaka till sidan som visades förut (Alt+Vänster)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/help_window.py" line="141" />
        <source>Forward</source>
        <translation>Framåt</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/help_window.py" line="143" />
        <source>Forward again (Alt+Right)</source>
        <translation>Framåt igen (Alt+Höger)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/help_window.py" line="145" />
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/help_window.py" line="146" />
        <source>The handbook's table of contents</source>
        <translation>Handbokens innehållsförteckning</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/help_window.py" line="148" />
        <source>Find…</source>
        <translation>Sök…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/help_window.py" line="150" />
        <source>Find a word in this chapter (Ctrl+F; Enter finds the next)</source>
        <translation>Sök efter ett ord i kapitlet (Ctrl+F; Enter hittar nästa)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/help_window.py" line="246" />
        <source>Not in this chapter</source>
        <translation>Finns inte i kapitlet</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <location filename="../styrapp/ui/import_runner.py" line="38" />
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/import_runner.py" line="38" />
        <location filename="../styrapp/ui/import_runner.py" line="53" />
        <location filename="../styrapp/ui/import_runner.py" line="56" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/import_runner.py" line="51" />
        <source>Import %1</source>
        <translation>Importera %1</translation>
    </message>
</context>
<context>
    <name>IndicatorForm</name>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="46" />
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="63" />
        <source>Reported to the municipal council</source>
        <translation>Rapporteras till kommunfullmäktige (KF)</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="64" />
        <source>Followed for women and men</source>
        <translation>Följs för kvinnor och män</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="67" />
        <source>The indicator's name as it is printed.</source>
        <translation>Indikatorns namn som det skrivs ut.</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="68" />
        <source>Where the figures come from: Kolada, Statistics Sweden, own measurement, the finance system.</source>
        <translation>Varifrån siffrorna kommer: Kolada, SCB, egen mätning, ekonomisystemet.</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="69" />
        <source>Whether a higher or a lower value is better; the status is judged by it.</source>
        <translation>Om ett högre eller ett lägre värde är bättre; statusen bedöms efter det.</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="70" />
        <source>The comparison value (baseline) the outcome is set against.</source>
        <translation>Jämförelsevärdet (baslinjen) som utfallet ställs mot.</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="71" />
        <source>The value aimed at (målvärde); without one the indicator is followed but not judged.</source>
        <translation>Värdet man vill nå (målvärde); utan det följs indikatorn men bedöms inte.</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="72" />
        <source>The key figure's id in Kolada, e.g. N00945; a Kolada import fills the values of the indicator with this id.</source>
        <translation>Nyckeltalets id i Kolada, t.ex. N00945; en import från Kolada fyller i värdena för indikatorn med detta id.</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="73" />
        <source>The municipality code in Kolada whose values are taken, e.g. 1982 for Fagersta.</source>
        <translation>Kommunkoden i Kolada vars värden hämtas, t.ex. 1982 för Fagersta.</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="74" />
        <source>Tick when the indicator is reported to the municipal council.</source>
        <translation>Kryssa i när indikatorn rapporteras till kommunfullmäktige.</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="75" />
        <source>Tick when the values are kept for women and men as well as in total.</source>
        <translation>Kryssa i när värdena förs för kvinnor och män och inte bara totalt.</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="77" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="77" />
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="77" />
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="78" />
        <source>Decimals</source>
        <translation>Decimaler</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="78" />
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="79" />
        <source>Baseline</source>
        <translation>Jämförelsevärde</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="79" />
        <source>Baseline year</source>
        <translation>Jämförelseår</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="80" />
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="80" />
        <source>Target year</source>
        <translation>Målår</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="81" />
        <source>Frequency</source>
        <translation>Frekvens</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="81" />
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="82" />
        <source>Kolada id</source>
        <translation>Kolada-id</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="82" />
        <source>Municipality code</source>
        <translation>Kommunkod</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="83" />
        <source>Kolada unit</source>
        <translation>Kolada-enhet</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="84" />
        <source>Responsible unit</source>
        <translation>Ansvarig enhet</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="84" />
        <source>Responsible person</source>
        <translation>Ansvarig person</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="88" />
        <location filename="../styrapp/views/indicator_form.py" line="91" />
        <source>Measures (goals, assignments and activities)</source>
        <translation>Mäter (mål, uppdrag och aktiviteter)</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="96" />
        <source>Link to…</source>
        <translation>Koppla till…</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="97" />
        <source>Choose the goals, assignments and activities this indicator measures</source>
        <translation>Välj de mål, uppdrag och aktiviteter som indikatorn mäter</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="98" />
        <source>Remove link</source>
        <translation>Ta bort kopplingen</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="99" />
        <source>Remove the link to the selected goal or assignment</source>
        <translation>Ta bort kopplingen till det markerade målet eller uppdraget</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="105" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="108" />
        <source>By the plan's rule</source>
        <translation>Enligt planens regel</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="112" />
        <source>Why the status is set by hand</source>
        <translation>Varför statusen sätts för hand</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="113" />
        <source>Set by hand</source>
        <translation>Satt för hand</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="114" />
        <source>Reason</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="116" />
        <location filename="../styrapp/views/indicator_form.py" line="118" />
        <source>Agenda 2030</source>
        <translation>Agenda 2030</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="190" />
        <source>(no unit)</source>
        <translation>(ingen enhet)</translation>
    </message>
    <message>
        <location filename="../styrapp/views/indicator_form.py" line="202" />
        <source>(not linked to a goal)</source>
        <translation>(inte kopplad till något mål)</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="73" />
        <source>New indicator…</source>
        <translation>Ny indikator…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="74" />
        <source>Add an indicator (Insert)</source>
        <translation>Lägg till en indikator (Insert)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="76" />
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="77" />
        <source>Delete the selected indicator and its measurements</source>
        <translation>Ta bort den markerade indikatorn och dess mätvärden</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="79" />
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="80" />
        <source>Move the selected indicator up in the plan's order</source>
        <translation>Flytta upp den markerade indikatorn i planens ordning</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="82" />
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="83" />
        <source>Move the selected indicator down in the plan's order</source>
        <translation>Flytta ned den markerade indikatorn i planens ordning</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="87" />
        <location filename="../styrapp/ui/pages/indicators_page.py" line="200" />
        <source>Select an indicator to see its outcome over time, with target and baseline.</source>
        <translation>Markera en indikator för att se utfallet över tid, med målvärde och jämförelsevärde.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="97" />
        <source>Type over a value, or paste rows copied from Excel: a period, then total, women, men. Delete clears a value. Edit → Undo takes any change back.</source>
        <translation>Skriv över ett värde, eller klistra in rader kopierade från Excel: en period och sedan totalt, kvinnor, män. Delete tar bort ett värde. Redigera → Ångra tar tillbaka varje ändring.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="104" />
        <source>Period of the new value</source>
        <translation>Det nya värdets period</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="105" />
        <source>Period, e.g. 2026 or 2026-08</source>
        <translation>Period, t.ex. 2026 eller 2026-08</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="107" />
        <source>Kind of the new value</source>
        <translation>Det nya värdets typ</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="111" />
        <source>Women, men or all</source>
        <translation>Kvinnor, män eller alla</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="115" />
        <source>The new value</source>
        <translation>Det nya värdet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="116" />
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="117" />
        <source>Add value</source>
        <translation>Lägg till värde</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="118" />
        <source>Add a measurement for the next period; or paste rows from Excel into the table</source>
        <translation>Lägg till ett mätvärde för nästa period; eller klistra in rader från Excel i tabellen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="127" />
        <source>The indicator's details</source>
        <translation>Indikatorns uppgifter</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="133" />
        <source>The selected indicator</source>
        <translation>Den valda indikatorn</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="134" />
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="92" />
        <location filename="../styrapp/ui/pages/indicators_page.py" line="135" />
        <source>Measured values</source>
        <translation>Mätvärden</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="136" />
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="212" />
        <source>The plan's own order: clear the search and the sorting first</source>
        <translation>Planens egen ordning: töm sökrutan och ta bort sorteringen först</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="303" />
        <source>Delete indicator</source>
        <translation>Ta bort indikator</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="335" />
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="335" />
        <source>Assignments</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="336" />
        <source>What “%1” measures</source>
        <translation>Vad ”%1” mäter</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="358" />
        <source>Nothing was pasted. %1</source>
        <translation>Inget klistrades in. %1</translation>
    </message>
</context>
<context>
    <name>LevelTableModel</name>
    <message>
        <location filename="../styrapp/views/level_table_model.py" line="37" />
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../styrapp/views/level_table_model.py" line="37" />
        <source>Plural</source>
        <translation>Plural</translation>
    </message>
    <message>
        <location filename="../styrapp/views/level_table_model.py" line="37" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../styrapp/views/level_table_model.py" line="37" />
        <source>Tree</source>
        <translation>Träd</translation>
    </message>
    <message>
        <location filename="../styrapp/views/level_table_model.py" line="37" />
        <source>May sit</source>
        <translation>Får ligga</translation>
    </message>
    <message>
        <location filename="../styrapp/views/level_table_model.py" line="70" />
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../styrapp/views/level_table_model.py" line="70" />
        <source>Assignments</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <location filename="../styrapp/views/level_table_model.py" line="71" />
        <source>at the top</source>
        <translation>överst</translation>
    </message>
    <message>
        <location filename="../styrapp/views/level_table_model.py" line="72" />
        <source>under %1</source>
        <translation>under %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../styrapp/ui/window_menus.py" line="49" />
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/main_window.py" line="387" />
        <source>Open plan</source>
        <translation>Öppna plan</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_rescue.py" line="65" />
        <location filename="../styrapp/ui/plan_rescue.py" line="76" />
        <location filename="../styrapp/ui/plan_rescue.py" line="102" />
        <source>Could not open the plan</source>
        <translation>Planen kunde inte öppnas</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/window_menus.py" line="52" />
        <source>Open &amp;recent</source>
        <translation>&amp;Senaste</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/window_menus.py" line="64" />
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/window_menus.py" line="72" />
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/window_menus.py" line="83" />
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/window_menus.py" line="97" />
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/window_menus.py" line="103" />
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/window_menus.py" line="107" />
        <source>&amp;What's this?</source>
        <translation>&amp;Vad är det här?</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/window_menus.py" line="108" />
        <source>Click a field afterwards to read what it is for (Shift+F1)</source>
        <translation>Klicka sedan på ett fält för att läsa vad det är till för (Shift+F1)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/window_menus.py" line="114" />
        <source>Toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/window_menus.py" line="131" />
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/window_menus.py" line="132" />
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/window_menus.py" line="156" />
        <source>(no recent plans)</source>
        <translation>(inga tidigare planer)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_rescue.py" line="31" />
        <source>Could not make a backup: %1</source>
        <translation>Det gick inte att göra en säkerhetskopia: %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/main_window.py" line="59" />
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/main_window.py" line="280" />
        <source>Read only: this plan is open in styrapp %1. You can look and print here, but not change anything; close it there and open it again here to edit.</source>
        <translation>Endast läsning: planen är öppen i styrapp %1. Här kan du titta och skriva ut men inte ändra något; stäng den där och öppna den här igen för att redigera.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/main_window.py" line="296" />
        <source>read-only</source>
        <translation>skrivskyddad</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/main_window.py" line="323" />
        <source>Take over the plan?</source>
        <translation>Ta över planen?</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/main_window.py" line="324" />
        <source>The plan %1 is marked as open in styrapp on another computer (%2).

If styrapp is still running there, choose No: the plan opens here for reading only. If that computer stopped or lost the network, choose Yes to take the plan over and edit it here.</source>
        <translation>Planen %1 är markerad som öppen i styrapp på en annan dator (%2).

Om styrapp fortfarande körs där, välj Nej: planen öppnas här bara för läsning. Om den datorn stannade eller tappade nätverket, välj Ja för att ta över planen och redigera den här.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_rescue.py" line="59" />
        <source>The newest backup styrapp made of it is %1 (%2), in %3.</source>
        <translation>Den senaste säkerhetskopian styrapp gjorde av den är %1 (%2), i %3.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_rescue.py" line="62" />
        <source>styrapp has made no backup of this plan.</source>
        <translation>styrapp har inte gjort någon säkerhetskopia av den här planen.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_rescue.py" line="80" />
        <source>Open the newest backup…</source>
        <translation>Öppna den senaste säkerhetskopian…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_rescue.py" line="81" />
        <source>Open the copy as a new file; the damaged file is left as it is.</source>
        <translation>Öppna kopian som en ny fil; den skadade filen lämnas som den är.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_rescue.py" line="83" />
        <source>Repair a copy…</source>
        <translation>Reparera en kopia…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_rescue.py" line="84" />
        <source>Save what can still be read into a new plan; the damaged file is left as it is.</source>
        <translation>Spara det som fortfarande går att läsa i en ny plan; den skadade filen lämnas som den är.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_rescue.py" line="93" />
        <source>Open as a new file</source>
        <translation>Öppna som ny fil</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_rescue.py" line="109" />
        <source>%1 repaired</source>
        <translation>%1 reparerad</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_rescue.py" line="111" />
        <source>Repair a copy as</source>
        <translation>Reparera en kopia som</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_rescue.py" line="119" />
        <source>Could not repair the plan</source>
        <translation>Planen kunde inte repareras</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_rescue.py" line="122" />
        <source>A repaired copy was opened: %1 rows saved, %2 left out.</source>
        <translation>En reparerad kopia öppnades: %1 rader räddade, %2 utelämnade.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/main_window.py" line="401" />
        <source>Save a copy as</source>
        <translation>Spara kopia som</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/main_window.py" line="407" />
        <source>A copy was saved as %1</source>
        <translation>En kopia sparades som %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/main_window.py" line="409" />
        <source>Could not save the copy</source>
        <translation>Kopian kunde inte sparas</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_exchange.py" line="19" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_exchange.py" line="20" />
        <source>Kolada, Excel or calendar (*.json *.csv *.xlsx *.ics)</source>
        <translation>Kolada, Excel eller kalender (*.json *.csv *.xlsx *.ics)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_exchange.py" line="46" />
        <location filename="../styrapp/ui/plan_exchange.py" line="61" />
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_exchange.py" line="46" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_exchange.py" line="61" />
        <source>Exporting %1…</source>
        <translation>Exporterar %1…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_exchange.py" line="65" />
        <source>The plan was exported to %1</source>
        <translation>Planen exporterades till %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_exchange.py" line="67" />
        <source>Could not export the plan</source>
        <translation>Det gick inte att exportera planen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_years.py" line="25" />
        <source>Plan year:</source>
        <translation>Planår:</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_years.py" line="30" />
        <source>The plan year the pages show. A closed year can be read and printed, not changed.</source>
        <translation>Planåret som sidorna visar. Ett stängt år kan läsas och skrivas ut men inte ändras.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_years.py" line="32" />
        <source>Plan year</source>
        <translation>Planår</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_years.py" line="69" />
        <source>%1 (closed)</source>
        <translation>%1 (stängt)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_years.py" line="84" />
        <source>Showing plan year %1.</source>
        <translation>Visar planår %1.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_years.py" line="99" />
        <source>&lt;b&gt;%1 is closed&lt;/b&gt; (since %2): its plan and follow-up are kept as they were decided, to read and print. &lt;a href="reopen"&gt;Reopen the year…&lt;/a&gt;</source>
        <translation>&lt;b&gt;%1 är stängt&lt;/b&gt; (sedan %2): planen och uppföljningen sparas som de beslutades, för att läsas och skrivas ut. &lt;a href="reopen"&gt;Öppna året igen…&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_years.py" line="121" />
        <source>Close %1?</source>
        <translation>Stänga %1?</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_years.py" line="122" />
        <source>Close %1 when its annual report is decided: the year's goals, assignments, follow-up, risks and figures are then kept as they are, to read and print, and cannot be changed until the year is reopened.

Close %1 now?</source>
        <translation>Stäng %1 när årsredovisningen är beslutad: årets mål, uppdrag, uppföljning, risker och siffror sparas då som de är, för att läsas och skrivas ut, och kan inte ändras förrän året öppnas igen.

Stänga %1 nu?</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_years.py" line="127" />
        <source>%1 is closed.</source>
        <translation>%1 är stängt.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_years.py" line="136" />
        <source>Reopen %1?</source>
        <translation>Öppna %1 igen?</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_years.py" line="137" />
        <source>%1 was closed after its annual report. Changes made now change what was decided and printed then.

Reopen %1 for changes?</source>
        <translation>%1 stängdes efter årsredovisningen. Ändringar nu ändrar det som beslutades och skrevs ut då.

Öppna %1 för ändringar igen?</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_years.py" line="141" />
        <source>%1 is open for changes again.</source>
        <translation>%1 är öppet för ändringar igen.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_dialogs.py" line="69" />
        <source>New plan period</source>
        <translation>Ny planperiod</translation>
    </message>
</context>
<context>
    <name>MeasurementGridModel</name>
    <message>
        <location filename="../styrapp/views/measurement_grid.py" line="42" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../styrapp/views/measurement_grid.py" line="42" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../styrapp/views/measurement_grid.py" line="42" />
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../styrapp/views/measurement_grid.py" line="42" />
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <location filename="../styrapp/views/measurement_grid.py" line="42" />
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <location filename="../styrapp/views/measurement_grid.py" line="43" />
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../styrapp/views/measurement_grid.py" line="88" />
        <source>Source: %1</source>
        <translation>Källa: %1</translation>
    </message>
    <message>
        <location filename="../styrapp/views/measurement_grid.py" line="109" />
        <source>A comment needs a total value on the same row.</source>
        <translation>En kommentar behöver ett totalvärde på samma rad.</translation>
    </message>
</context>
<context>
    <name>NewIndicatorDialog</name>
    <message>
        <location filename="../styrapp/ui/indicator_dialogs.py" line="33" />
        <source>New indicator</source>
        <translation>Ny indikator</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/indicator_dialogs.py" line="39" />
        <source>e.g. Sick leave among employees</source>
        <translation>t.ex. Sjukfrånvaro bland medarbetarna</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/indicator_dialogs.py" line="41" />
        <source>%, number, SEK …</source>
        <translation>%, antal, kr …</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/indicator_dialogs.py" line="47" />
        <source>(nothing yet)</source>
        <translation>(inget ännu)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/indicator_dialogs.py" line="51" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/indicator_dialogs.py" line="52" />
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/indicator_dialogs.py" line="53" />
        <source>Kolada id</source>
        <translation>Kolada-id</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/indicator_dialogs.py" line="54" />
        <source>Municipality code</source>
        <translation>Kommunkod</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/indicator_dialogs.py" line="55" />
        <source>It measures</source>
        <translation>Mäter</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/indicator_dialogs.py" line="60" />
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
</context>
<context>
    <name>NewPlanWizard</name>
    <message>
        <location filename="../styrapp/ui/new_plan_wizard.py" line="132" />
        <source>New plan from template</source>
        <translation>Ny plan från mall</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/new_plan_wizard.py" line="160" />
        <source>A file named %1 already exists. Choose another name, or delete the old file first.</source>
        <translation>Det finns redan en fil som heter %1. Välj ett annat namn, eller ta bort den gamla filen först.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/new_plan_wizard.py" line="167" />
        <source>The file could not be written: %1</source>
        <translation>Filen kunde inte skrivas: %1</translation>
    </message>
</context>
<context>
    <name>NodeForm</name>
    <message>
        <location filename="../styrapp/views/node_form.py" line="72" />
        <source>Select a node in the tree to see and edit it here.</source>
        <translation>Markera en nod i trädet för att se och ändra den här.</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="76" />
        <source>Basics</source>
        <translation>Grunduppgifter</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="95" />
        <source>The goal area's colour, shown on everything beneath it and in the reports</source>
        <translation>Målområdets färg, som syns på allt under det och i rapporterna</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="96" />
        <source>Level colour</source>
        <translation>Nivåns färg</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="97" />
        <source>Use the level's own colour again</source>
        <translation>Använd nivåns egen färg igen</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="103" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="104" />
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="105" />
        <source>Responsible unit</source>
        <translation>Ansvarig enhet</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="106" />
        <source>Responsible person</source>
        <translation>Ansvarig person</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="107" />
        <source>Whose goal</source>
        <translation>Vems mål</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="108" />
        <source>Progress</source>
        <translation>Läge</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="109" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="110" />
        <source>Due date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="111" />
        <source>How we measure</source>
        <translation>Så mäter vi</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="112" />
        <location filename="../styrapp/views/node_form.py" line="247" />
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="118" />
        <source>Assignment</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="124" />
        <source>(not given)</source>
        <translation>(inte angivet)</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="127" />
        <source>Affects the budget</source>
        <translation>Påverkar budgeten</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="129" />
        <source>The name as it is printed in the plan and the reports.</source>
        <translation>Namnet som det skrivs ut i planen och rapporterna.</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="130" />
        <source>What the goal or assignment means, in a few sentences; printed under the title.</source>
        <translation>Vad målet eller uppdraget innebär, med några meningar; skrivs ut under titeln.</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="131" />
        <source>The unit (committee, administration, department) that answers for this; a report for a unit takes what it owns.</source>
        <translation>Enheten (nämnd, förvaltning, avdelning) som ansvarar för detta; en rapport för en enhet tar med det den äger.</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="132" />
        <source>The person who answers for this, e.g. a head of unit.</source>
        <translation>Personen som ansvarar för detta, t.ex. en enhetschef.</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="133" />
        <source>How far the work has come: not started, in progress, done, postponed.</source>
        <translation>Hur långt arbetet har kommit: ej påbörjad, pågår, klar, uppskjuten.</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="134" />
        <source>When the work starts; with the end date it is the schedule.</source>
        <translation>När arbetet börjar; med slutdatumet är det tidplanen.</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="135" />
        <source>When the work is to be done.</source>
        <translation>När arbetet ska vara klart.</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="136" />
        <source>Why the assignment exists: what it is for.</source>
        <translation>Varför uppdraget finns: vad det är till för.</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="137" />
        <source>The change the assignment must bring (förflyttning).</source>
        <translation>Förändringen som uppdraget ska ge (förflyttning).</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="138" />
        <source>Where things should be when the assignment is done.</source>
        <translation>Var man ska vara när uppdraget är klart (önskad nivå).</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="139" />
        <source>Where the assignment comes from: an indicator, an initiative, a programme, the council.</source>
        <translation>Varifrån uppdraget kommer: en indikator, ett initiativ, ett program, KF.</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="140" />
        <source>Tick when the assignment affects the budget; the amount shows on the Finances page.</source>
        <translation>Kryssa i när uppdraget påverkar budgeten; beloppet syns på sidan Ekonomi.</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="141" />
        <source>thousand kronor</source>
        <translation>tusental kronor</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="145" />
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="146" />
        <source>Change sought</source>
        <translation>Förflyttning</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="147" />
        <source>Desired level</source>
        <translation>Önskad nivå</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="148" />
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="150" />
        <source>Amount (thousand SEK)</source>
        <translation>Belopp (tkr)</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="151" />
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="152" />
        <source>Schedule</source>
        <translation>Tidplan</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="157" />
        <location filename="../styrapp/views/node_form.py" line="160" />
        <source>Serves</source>
        <translation>Bidrar till</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="161" />
        <source>Tick what this serves one level up</source>
        <translation>Kryssa för det som detta tjänar en nivå upp</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="169" />
        <location filename="../styrapp/views/node_form.py" line="172" />
        <location filename="../styrapp/views/node_form.py" line="343" />
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="179" />
        <source>Indicator to link</source>
        <translation>Indikator att koppla</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="182" />
        <source>Link</source>
        <translation>Koppla</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="183" />
        <source>Link the indicator chosen to this node</source>
        <translation>Koppla den valda indikatorn hit</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="188" />
        <source>Remove link</source>
        <translation>Ta bort kopplingen</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="189" />
        <source>Remove the link to the selected indicator</source>
        <translation>Ta bort kopplingen till den markerade indikatorn</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="190" />
        <source>New indicator…</source>
        <translation>Ny indikator…</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="191" />
        <source>Make a new indicator that measures this node</source>
        <translation>Gör en ny indikator som mäter det här</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="198" />
        <location filename="../styrapp/views/node_form.py" line="201" />
        <source>Agenda 2030</source>
        <translation>Agenda 2030</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="279" />
        <source>The commissioner's goal – from %1, %2</source>
        <translation>Uppdragsgivarens mål – från %1, %2</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="282" />
        <source>(removed from the commissioner's plan; kept here with its follow-up)</source>
        <translation>(borttaget ur uppdragsgivarens plan; behålls här med sin uppföljning)</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="303" />
        <source>(no unit)</source>
        <translation>(ingen enhet)</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_form.py" line="352" />
        <source>(no indicator measures this yet)</source>
        <translation>(ingen indikator mäter detta ännu)</translation>
    </message>
</context>
<context>
    <name>NodePickerDialog</name>
    <message>
        <location filename="../styrapp/ui/indicator_dialogs.py" line="93" />
        <source>Search…</source>
        <translation>Sök…</translation>
    </message>
</context>
<context>
    <name>NodeTreeModel</name>
    <message>
        <location filename="../styrapp/views/node_tree_model.py" line="73" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_tree_model.py" line="73" />
        <source>Responsible unit</source>
        <translation>Ansvarig enhet</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_tree_model.py" line="73" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_tree_model.py" line="73" />
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_tree_model.py" line="74" />
        <source>Progress</source>
        <translation>Läge</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_tree_model.py" line="74" />
        <source>Due date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location filename="../styrapp/views/node_tree_model.py" line="120" />
        <source>The commissioner's goal, from %1</source>
        <translation>Uppdragsgivarens mål, från %1</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../styrapp/ui/organisation_dialog.py" line="33" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/organisation_dialog.py" line="40" />
        <source>Units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/organisation_dialog.py" line="61" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/organisation_dialog.py" line="62" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/organisation_dialog.py" line="63" />
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/organisation_dialog.py" line="64" />
        <source>Mandate</source>
        <translation>Uppdrag och reglemente</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/organisation_dialog.py" line="75" />
        <source>Add beneath</source>
        <translation>Lägg till under</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/organisation_dialog.py" line="76" />
        <source>Add next to</source>
        <translation>Lägg till bredvid</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/organisation_dialog.py" line="77" />
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/organisation_dialog.py" line="125" />
        <source>New unit</source>
        <translation>Ny enhet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/organisation_dialog.py" line="136" />
        <source>Delete unit</source>
        <translation>Ta bort enhet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/organisation_dialog.py" line="137" />
        <source>You can undo this with Undo.</source>
        <translation>Du kan ångra det med Ångra.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../styrapp/ui/new_plan_wizard.py" line="44" />
        <source>The organisation</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/new_plan_wizard.py" line="45" />
        <source>Whose plan is this, and for which year?</source>
        <translation>Vems plan är det, och för vilket år?</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/new_plan_wizard.py" line="48" />
        <source>e.g. Fagersta kommun, or a committee's own name</source>
        <translation>t.ex. Norrtälje kommun, Kultur- och fritidsnämnden</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/new_plan_wizard.py" line="55" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/new_plan_wizard.py" line="56" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/new_plan_wizard.py" line="57" />
        <source>Plan year</source>
        <translation>Planår</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../styrapp/views/overview.py" line="80" />
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="81" />
        <source>Assignments</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="82" />
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="83" />
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="84" />
        <source>Measured values</source>
        <translation>Mätvärden</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="85" />
        <source>Events in the annual wheel</source>
        <translation>Händelser i årshjulet</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="86" />
        <source>Risks</source>
        <translation>Risker</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="123" />
        <source>Findings to look at</source>
        <translation>Anmärkningar att se över</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="135" />
        <source>Fill in the plan's details: organisation, vision, values and decision</source>
        <translation>Fyll i planens uppgifter: organisation, vision, värdegrund och beslut</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="136" />
        <source>Add the organisation's committees and departments</source>
        <translation>Lägg in organisationens nämnder och förvaltningar</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="137" />
        <source>Link indicators to the goals</source>
        <translation>Koppla indikatorer till målen</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="138" />
        <source>Set the reporting periods</source>
        <translation>Lägg upp rapporteringsperioderna</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="139" />
        <source>Plan the year in the annual wheel</source>
        <translation>Planera året i årshjulet</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="140" />
        <source>Follow up: assess the goals for a period</source>
        <translation>Följ upp: bedöm målen för en period</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="142" />
        <source>Add %1</source>
        <translation>Lägg till %1</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="147" />
        <source>Plan details…</source>
        <translation>Planuppgifter…</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="148" />
        <source>The vision and values are the template's examples: replace them with your own under %1</source>
        <translation>Visionen och värdegrunden är exempel från mallen: ersätt dem med era egna under %1</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="158" />
        <source>Getting started</source>
        <translation>Kom igång</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="159" />
        <source>%1 of %2 done</source>
        <translation>%1 av %2 klart</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="178" />
        <source>Governing documents past their date</source>
        <translation>Styrdokument vars datum har passerat</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="180" />
        <source>and %1 more</source>
        <translation>och %1 till</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="181" />
        <source>Open the register</source>
        <translation>Öppna registret</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="194" />
        <source>(no vision written yet)</source>
        <translation>(ingen vision skriven ännu)</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="195" />
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="206" />
        <source>The red thread</source>
        <translation>Röda tråden</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="207" />
        <source>no findings</source>
        <translation>inga anmärkningar</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="208" />
        <source>click a finding to go to it</source>
        <translation>klicka på en anmärkning för att gå dit</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="218" />
        <source>Agenda 2030</source>
        <translation>Agenda 2030</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="219" />
        <source>the plan works towards %1 of the 17 global goals</source>
        <translation>planen arbetar mot %1 av de 17 globala målen</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="220" />
        <source>point at a goal to see what is linked</source>
        <translation>peka på ett mål för att se vad som är kopplat</translation>
    </message>
</context>
<context>
    <name>PeriodsDialog</name>
    <message>
        <location filename="../styrapp/ui/periods_dialog.py" line="40" />
        <source>Monthly report</source>
        <translation>Månadsrapport</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/periods_dialog.py" line="41" />
        <source>Four-monthly report (tertial)</source>
        <translation>Tertialrapport</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/periods_dialog.py" line="42" />
        <source>Interim report</source>
        <translation>Delårsrapport</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/periods_dialog.py" line="43" />
        <source>Interim accounts</source>
        <translation>Delårsbokslut</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/periods_dialog.py" line="44" />
        <source>Annual report</source>
        <translation>Årsredovisning</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/periods_dialog.py" line="45" />
        <source>Own period</source>
        <translation>Egen period</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/periods_dialog.py" line="58" />
        <location filename="../styrapp/ui/periods_dialog.py" line="68" />
        <source>Reporting periods</source>
        <translation>Rapporteringsperioder</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/periods_dialog.py" line="61" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/periods_dialog.py" line="62" />
        <location filename="../styrapp/ui/periods_dialog.py" line="99" />
        <location filename="../styrapp/ui/periods_dialog.py" line="120" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/periods_dialog.py" line="63" />
        <location filename="../styrapp/ui/periods_dialog.py" line="100" />
        <location filename="../styrapp/ui/periods_dialog.py" line="121" />
        <source>Period end</source>
        <translation>Periodens slut</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/periods_dialog.py" line="64" />
        <location filename="../styrapp/ui/periods_dialog.py" line="101" />
        <source>Decision date</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/periods_dialog.py" line="65" />
        <source>Follow-ups written</source>
        <translation>Skrivna uppföljningar</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/periods_dialog.py" line="80" />
        <source>Remove period</source>
        <translation>Ta bort period</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/periods_dialog.py" line="81" />
        <source>Remove the selected period</source>
        <translation>Ta bort den markerade perioden</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/periods_dialog.py" line="88" />
        <source>The chosen period</source>
        <translation>Vald period</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/periods_dialog.py" line="98" />
        <location filename="../styrapp/ui/periods_dialog.py" line="119" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/periods_dialog.py" line="107" />
        <source>Choose a period in the list to change it, or add one below.</source>
        <translation>Välj en period i listan för att ändra den, eller lägg till en nedan.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/periods_dialog.py" line="109" />
        <source>Add a period</source>
        <translation>Lägg till en period</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/periods_dialog.py" line="112" />
        <source>e.g. Tertialrapport 1</source>
        <translation>t.ex. Tertialrapport 1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/periods_dialog.py" line="116" />
        <source>Add period</source>
        <translation>Lägg till period</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/periods_dialog.py" line="117" />
        <source>Add a reporting period</source>
        <translation>Lägg till en rapporteringsperiod</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/periods_dialog.py" line="175" />
        <source>The last day of the annual wheel's event “%1”: a new date moves the event.</source>
        <translation>Sista dagen för årshjulets händelse ”%1”: ett nytt datum flyttar händelsen.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/periods_dialog.py" line="176" />
        <source>No event in the annual wheel points to this period.</source>
        <translation>Ingen händelse i årshjulet pekar på den här perioden.</translation>
    </message>
</context>
<context>
    <name>PlanDetailsDialog</name>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="40" />
        <location filename="../styrapp/ui/plan_details_dialog.py" line="47" />
        <source>Plan details</source>
        <translation>Planuppgifter</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="48" />
        <source>Organisation and plan</source>
        <translation>Organisation och plan</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="49" />
        <source>Vision and values</source>
        <translation>Vision och värdegrund</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="82" />
        <source>e.g. 0188 (Kolada's municipality code)</source>
        <translation>t.ex. 0188 (Koladas kommunkod)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="95" />
        <source>e.g. Kommunfullmäktige, the committee or the board</source>
        <translation>t.ex. Kommunfullmäktige, nämnden eller direktionen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="98" />
        <source>The organisation's name, as on every report's cover.</source>
        <translation>Organisationens namn, som på varje rapports försättsblad.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="99" />
        <source>Municipality, region or joint authority (kommunalförbund).</source>
        <translation>Kommun, region eller kommunalförbund.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="100" />
        <source>The municipality code (e.g. 1982); Kolada uses it.</source>
        <translation>Kommunkoden (t.ex. 1982); Kolada använder den.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="101" />
        <source>The plan's title, e.g. Verksamhetsplan 2026; shown in the window's title and on the cover.</source>
        <translation>Planens titel, t.ex. Verksamhetsplan 2026; visas i fönstrets titel och på försättsbladet.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="102" />
        <source>The plan year. Next year's plan is made with Plan → New plan period….</source>
        <translation>Planåret. Nästa års plan görs med Plan → Ny planperiod….</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="103" />
        <source>The first year of the term of office.</source>
        <translation>Mandatperiodens första år.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="104" />
        <source>The last year of the term of office.</source>
        <translation>Mandatperiodens sista år.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="105" />
        <source>The body that decides the plan, e.g. the committee.</source>
        <translation>Organet som beslutar planen, t.ex. nämnden.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="106" />
        <source>The date the plan was decided.</source>
        <translation>Dagen då planen beslutades.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="107" />
        <source>A note printed on the cover, e.g. the decision's reference.</source>
        <translation>En notering på försättsbladet, t.ex. beslutets diarienummer.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="113" />
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="114" />
        <source>Choose the logo on the reports' cover (PNG or JPEG)</source>
        <translation>Välj logotypen på rapporternas försättsblad (PNG eller JPEG)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="115" />
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="116" />
        <source>Print the reports without a logo</source>
        <translation>Skriv ut rapporterna utan logotyp</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="122" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="123" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="124" />
        <source>Municipality code</source>
        <translation>Kommunkod</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="125" />
        <source>The plan's title</source>
        <translation>Planens titel</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="126" />
        <source>Plan year</source>
        <translation>Planår</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="127" />
        <source>Term of office</source>
        <translation>Mandatperiod</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="128" />
        <source>Decided by</source>
        <translation>Beslutas av</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="129" />
        <source>Decided on</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="130" />
        <source>Note on the cover</source>
        <translation>Notering på omslaget</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="131" />
        <source>Logo on the cover</source>
        <translation>Logotyp på försättsbladet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="133" />
        <source>Rename the organisation</source>
        <translation>Byt namn på organisationen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="135" />
        <source>Change the kind of organisation</source>
        <translation>Ändra slag av organisation</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="136" />
        <source>Change the municipality code</source>
        <translation>Ändra kommunkoden</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="160" />
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="161" />
        <source>About the vision</source>
        <translation>Om visionen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="162" />
        <source>Values, introduction</source>
        <translation>Värdegrund, inledning</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="166" />
        <source>Values</source>
        <translation>Värdegrund</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="171" />
        <source>The long-term picture of the future, in one sentence; printed first in the plan.</source>
        <translation>Den långsiktiga bilden av framtiden, i en mening; skrivs ut först i planen.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="172" />
        <source>The value's name, e.g. Respekt.</source>
        <translation>Värdets namn, t.ex. Respekt.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="173" />
        <source>What the value means in daily work.</source>
        <translation>Vad värdet innebär i det dagliga arbetet.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="177" />
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="178" />
        <source>What it means</source>
        <translation>Vad det betyder</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="180" />
        <source>Add a value</source>
        <translation>Lägg till ett värde</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="181" />
        <source>Add a value to the values (värdegrund)</source>
        <translation>Lägg till ett värde i värdegrunden</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="182" />
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="183" />
        <source>Move the selected value up</source>
        <translation>Flytta upp det markerade värdet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="184" />
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="185" />
        <source>Move the selected value down</source>
        <translation>Flytta ned det markerade värdet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="186" />
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="187" />
        <source>Delete the selected value</source>
        <translation>Ta bort det markerade värdet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="196" />
        <source>The values</source>
        <translation>Värdena</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="241" />
        <source>The plan holds several plan years; the next one is made with Plan → New plan period…</source>
        <translation>Planen har flera planår; nästa görs med Plan → Ny planperiod…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="254" />
        <source>the vision</source>
        <translation>visionen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="254" />
        <source>the text about the vision</source>
        <translation>texten om visionen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="255" />
        <source>the introduction to the values</source>
        <translation>introduktionen till värdegrunden</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="256" />
        <source>the values</source>
        <translation>värdena</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="258" />
        <source>Examples from the template, to replace with your own: %1.</source>
        <translation>Exempel från mallen, att ersätta med era egna: %1.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="285" />
        <source>(no logo)</source>
        <translation>(ingen logotyp)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="341" />
        <source>New value</source>
        <translation>Nytt värde</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="365" />
        <source>Delete value</source>
        <translation>Ta bort värde</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="366" />
        <source>Delete the value “%1” and its text?</source>
        <translation>Ta bort värdet ”%1” och dess text?</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/plan_details_dialog.py" line="366" />
        <source>You can undo this with Undo.</source>
        <translation>Du kan ångra det med Ångra.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../styrapp/ui/dialogs.py" line="50" />
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/dialogs.py" line="51" />
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../styrapp/ui/app.py" line="177" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="105" />
        <source>The report's headings, labels, dates and numbers; the plan's own text is printed as written. Kept in the plan.</source>
        <translation>Rapportens rubriker, etiketter, datum och tal; planens egen text skrivs som den står. Sparas i planen.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="112" />
        <source>The profile colour of the cover, headings and table rules. Kept in the plan.</source>
        <translation>Profilfärgen på försättsblad, rubriker och tabellinjer. Sparas i planen.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="114" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="115" />
        <source>Go back to styrapp's own colour</source>
        <translation>Gå tillbaka till styrapps egen färg</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="120" />
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="121" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="122" />
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="123" />
        <source>Paper</source>
        <translation>Papper</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="124" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="125" />
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="126" />
        <source>Sections (kept in the plan)</source>
        <translation>Avsnitt (sparas i planen)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="129" />
        <source>Logo on the cover…</source>
        <translation>Logotyp på försättsbladet…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="130" />
        <source>Choose the logo (PNG or JPEG, at most 2 MB) on every report's cover; kept in the plan</source>
        <translation>Välj logotypen (PNG eller JPEG, högst 2 MB) på varje rapports försättsblad; sparas i planen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="131" />
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="132" />
        <source>Print the reports without a logo</source>
        <translation>Skriv ut rapporterna utan logotyp</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="136" />
        <source>Make the report</source>
        <translation>Skapa rapporten</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="137" />
        <source>Make the PDF with the choices above and show it here</source>
        <translation>Gör PDF:en med valen ovan och visa den här</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="139" />
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="140" />
        <source>Save the report shown as a PDF file</source>
        <translation>Spara rapporten som visas som en PDF-fil</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="141" />
        <source>Save as Word…</source>
        <translation>Spara som Word…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="143" />
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="144" />
        <source>Print the report shown</source>
        <translation>Skriv ut rapporten som visas</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/report_output.py" line="142" />
        <location filename="../styrapp/ui/pages/reports_page.py" line="145" />
        <source>Open in the PDF viewer</source>
        <translation>Öppna i PDF-läsaren</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="146" />
        <source>Open the report in the computer's own PDF viewer</source>
        <translation>Öppna rapporten i datorns egen PDF-läsare</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="150" />
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="158" />
        <location filename="../styrapp/ui/pages/reports_page.py" line="477" />
        <source>Choose a report and press “Make the report” to see it here.</source>
        <translation>Välj en rapport och tryck på ”Skapa rapporten” för att se den här.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="162" />
        <source>Fit width</source>
        <translation>Anpassa till bredd</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="161" />
        <location filename="../styrapp/ui/pages/reports_page.py" line="188" />
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="166" />
        <source>Pages of the report</source>
        <translation>Rapportens sidor</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="194" />
        <source>Choices for the report</source>
        <translation>Val för rapporten</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="248" />
        <source>(the latest that has ended)</source>
        <translation>(den senaste som har tagit slut)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="250" />
        <source>%1 (up to %2)</source>
        <translation>%1 (t.o.m. %2)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="256" />
        <source>(every unit)</source>
        <translation>(alla enheter)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="325" />
        <source>Choose report sections</source>
        <translation>Välj rapportens avsnitt</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="342" />
        <source>%1 – choose…</source>
        <translation>%1 – välj…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="355" />
        <source>Choose the report language</source>
        <translation>Välj rapportens språk</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="361" />
        <source>Profile colour of the reports</source>
        <translation>Rapporternas profilfärg</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="377" />
        <source>Standard report colour</source>
        <translation>Rapporternas standardfärg</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="377" />
        <source>Change the report colour</source>
        <translation>Byt rapporternas färg</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="83" />
        <location filename="../styrapp/ui/pages/reports_page.py" line="423" />
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/report_output.py" line="30" />
        <source>The chosen report as a Word document, with the same headings, tables and charts, to finish by hand</source>
        <translation>Den valda rapporten som Word-dokument, med samma rubriker, tabeller och diagram, att arbeta vidare med</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/report_output.py" line="32" />
        <source>This report is drawn page by page and can only be saved as PDF</source>
        <translation>Den här rapporten ritas sida för sida och kan bara sparas som PDF</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="423" />
        <source>Making %1:</source>
        <translation>Skapar %1:</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="439" />
        <source>The report is ready: save it, print it or open it in the PDF viewer.</source>
        <translation>Rapporten är klar: spara den, skriv ut den eller öppna den i PDF-läsaren.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/reports_page.py" line="468" />
        <source>%1 – %2 pages</source>
        <translation>%1 – %2 sidor</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/report_output.py" line="38" />
        <location filename="../styrapp/ui/pages/report_output.py" line="52" />
        <source>Save the report</source>
        <translation>Spara rapporten</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/report_output.py" line="39" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/report_output.py" line="53" />
        <source>Could not save: %1</source>
        <translation>Det gick inte att spara: %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/report_output.py" line="56" />
        <source>Saved the report to %1</source>
        <translation>Rapporten sparades i %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/report_output.py" line="64" />
        <location filename="../styrapp/ui/pages/report_output.py" line="82" />
        <location filename="../styrapp/ui/pages/report_output.py" line="95" />
        <source>Save as Word</source>
        <translation>Spara som Word</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/report_output.py" line="65" />
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/report_output.py" line="80" />
        <source>Writing %1 as Word:</source>
        <translation>Skriver %1 som Word:</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/report_output.py" line="91" />
        <source>Saved the report as Word to %1</source>
        <translation>Rapporten sparades som Word i %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/report_output.py" line="143" />
        <source>No PDF viewer could be started on this computer. Save the report with “Save as PDF…” and open it from there, or print it with “Print…”.</source>
        <translation>Ingen PDF-läsare kunde startas på den här datorn. Spara rapporten med ”Spara som PDF…” och öppna den därifrån, eller skriv ut den med ”Skriv ut…”.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../styrapp/ui/restore_dialog.py" line="33" />
        <source>Restore from a backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/restore_dialog.py" line="37" />
        <source>styrapp keeps a copy of %1 when you open it and every few minutes while you work, in %2.</source>
        <translation>styrapp sparar en kopia av %1 när du öppnar den och med några minuters mellanrum medan du arbetar, i %2.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/restore_dialog.py" line="41" />
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/restore_dialog.py" line="42" />
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/restore_dialog.py" line="42" />
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/restore_dialog.py" line="42" />
        <source>Assignments</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/restore_dialog.py" line="43" />
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/restore_dialog.py" line="43" />
        <source>Measured values</source>
        <translation>Mätvärden</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/restore_dialog.py" line="43" />
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/restore_dialog.py" line="58" />
        <source>There is no backup of this plan yet.</source>
        <translation>Det finns ingen säkerhetskopia av planen ännu.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/restore_dialog.py" line="60" />
        <source>Open as a new file…</source>
        <translation>Öppna som ny fil…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/restore_dialog.py" line="61" />
        <source>Save the chosen backup as a new plan file and open it; the plan stays as it is</source>
        <translation>Spara den valda säkerhetskopian som en ny planfil och öppna den; planen förblir som den är</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/restore_dialog.py" line="62" />
        <source>Put back over the plan…</source>
        <translation>Lägg tillbaka över planen…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/restore_dialog.py" line="63" />
        <source>Replace the plan with the chosen backup, after a question; the plan is kept as a copy first</source>
        <translation>Ersätt planen med den valda säkerhetskopian, efter en fråga; planen sparas först som en kopia</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/restore_dialog.py" line="88" />
        <source>Open as a new file</source>
        <translation>Öppna som ny fil</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/restore_dialog.py" line="112" />
        <source>Put the copy from %1 back over %2? The plan as it is now is kept as a backup first, so this too can be taken back.</source>
        <translation>Lägga tillbaka kopian från %1 över %2? Planen som den är nu sparas först som en säkerhetskopia, så också det här går att ta tillbaka.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../styrapp/ui/pages/review_page.py" line="60" />
        <source>Situation review</source>
        <translation>Nulägeskoll</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/review_page.py" line="63" />
        <source>Unit:</source>
        <translation>Enhet:</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/review_page.py" line="65" />
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/review_page.py" line="69" />
        <source>Year:</source>
        <translation>År:</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/review_page.py" line="71" />
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/review_page.py" line="77" />
        <source>One A4 page per unit and year for the politicians to set direction from. Each section is saved when you leave it; say where its facts come from on its source line. Print it under Reports → Situation review.</source>
        <translation>En A4-sida per enhet och år som politiken prioriterar och sätter riktning utifrån. Varje avsnitt sparas när du lämnar det; skriv på källraden var uppgifterna kommer från. Skriv ut den under Rapporter → Nulägeskoll.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/review_page.py" line="105" />
        <source>Source (e.g. Kolada 2025, the resident survey)</source>
        <translation>Källa (t.ex. Kolada 2025, medborgarundersökningen)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/review_page.py" line="106" />
        <source>Source of %1</source>
        <translation>Källa för %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/review_page.py" line="113" />
        <source>The review's sections</source>
        <translation>Nulägeskollens avsnitt</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/review_page.py" line="121" />
        <source>How much of the A4 page is used</source>
        <translation>Så mycket av A4-sidan används</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/review_page.py" line="141" />
        <source>Key figures on the page</source>
        <translation>Nyckeltal på sidan</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/review_page.py" line="143" />
        <source>Tick the indicators to print with their latest outcome, target, trend and women/men.</source>
        <translation>Kryssa för de indikatorer som ska skrivas ut med senaste utfall, målvärde, trend och kvinnor/män.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/review_page.py" line="147" />
        <source>Indicators to print</source>
        <translation>Indikatorer att skriva ut</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/review_page.py" line="238" />
        <source>From the unit's mandate (reglemente or owner directive); edit it here for this page.</source>
        <translation>Från enhetens reglemente eller ägardirektiv; ändra det här för den här sidan.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/review_page.py" line="292" />
        <source>Choose a unit.</source>
        <translation>Välj en enhet.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/review_page.py" line="297" />
        <source>%1 % of the page</source>
        <translation>%1 % av sidan</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/review_page.py" line="302" />
        <source>It fits on one page, with the text at %1 pt.</source>
        <translation>Det ryms på en sida, med texten i %1 punkter.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/review_page.py" line="306" />
        <source>Too long by %1 % of the page: shorten “%2”. Printed as it is, the text is cut and marked.</source>
        <translation>%1 % av en sida för långt: korta ”%2”. Skrivs den ut som den är kortas texten och markeras.</translation>
    </message>
</context>
<context>
    <name>RingList</name>
    <message>
        <location filename="../styrapp/views/ring_list.py" line="31" />
        <source>Rings</source>
        <translation>Ringar</translation>
    </message>
    <message>
        <location filename="../styrapp/views/ring_list.py" line="35" />
        <source>New ring</source>
        <translation>Ny ring</translation>
    </message>
    <message>
        <location filename="../styrapp/views/ring_list.py" line="36" />
        <source>Add a ring to the wheel for a kind of event</source>
        <translation>Lägg till en ring i hjulet för ett slags händelser</translation>
    </message>
    <message>
        <location filename="../styrapp/views/ring_list.py" line="37" />
        <source>Colour…</source>
        <translation>Färg…</translation>
    </message>
    <message>
        <location filename="../styrapp/views/ring_list.py" line="38" />
        <source>Change the selected ring's colour</source>
        <translation>Byt färg på den markerade ringen</translation>
    </message>
    <message>
        <location filename="../styrapp/views/ring_list.py" line="39" />
        <source>Outwards</source>
        <translation>Utåt</translation>
    </message>
    <message>
        <location filename="../styrapp/views/ring_list.py" line="40" />
        <source>Move the selected ring outwards</source>
        <translation>Flytta den markerade ringen utåt</translation>
    </message>
    <message>
        <location filename="../styrapp/views/ring_list.py" line="41" />
        <source>Inwards</source>
        <translation>Inåt</translation>
    </message>
    <message>
        <location filename="../styrapp/views/ring_list.py" line="42" />
        <source>Move the selected ring inwards</source>
        <translation>Flytta den markerade ringen inåt</translation>
    </message>
    <message>
        <location filename="../styrapp/views/ring_list.py" line="43" />
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../styrapp/views/ring_list.py" line="44" />
        <source>Delete the selected ring and its events</source>
        <translation>Ta bort den markerade ringen och dess händelser</translation>
    </message>
    <message>
        <location filename="../styrapp/views/ring_list.py" line="75" />
        <source>Ticked: shown in the wheel. Double-click to rename.</source>
        <translation>Markerad: visas i hjulet. Dubbelklicka för att byta namn.</translation>
    </message>
</context>
<context>
    <name>RiskMatrix</name>
    <message>
        <location filename="../styrapp/views/risk_matrix.py" line="49" />
        <source>Risk matrix</source>
        <translation>Riskmatris</translation>
    </message>
    <message>
        <location filename="../styrapp/views/risk_matrix.py" line="176" />
        <source>Consequence →</source>
        <translation>Konsekvens →</translation>
    </message>
    <message>
        <location filename="../styrapp/views/risk_matrix.py" line="181" />
        <source>Likelihood →</source>
        <translation>Sannolikhet →</translation>
    </message>
    <message>
        <location filename="../styrapp/views/risk_matrix.py" line="235" />
        <source>Likelihood %1 × consequence %2 = risk value %3</source>
        <translation>Sannolikhet %1 × konsekvens %2 = riskvärde %3</translation>
    </message>
    <message>
        <location filename="../styrapp/views/risk_matrix.py" line="239" />
        <source>In the internal control plan</source>
        <translation>I internkontrollplanen</translation>
    </message>
</context>
<context>
    <name>RolloverDialog</name>
    <message>
        <location filename="../styrapp/ui/rollover_dialog.py" line="118" />
        <location filename="../styrapp/ui/rollover_dialog.py" line="209" />
        <source>New plan period</source>
        <translation>Ny planperiod</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/rollover_dialog.py" line="124" />
        <source>Plan year {year} (“{title}”) is made from {old}. What continues gets a copy in {year} that remembers where it came from; what is done stays in {old} with every follow-up and analysis. It is one step: Edit → Undo takes it all back.</source>
        <translation>Planåret {year} (”{title}”) görs från {old}. Det som fortsätter får en kopia i {year} som minns var den kom ifrån; det som är klart stannar i {old} med all uppföljning och analys. Det är ett steg: Redigera → Ångra tar tillbaka allt.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/rollover_dialog.py" line="134" />
        <source>What the new plan period takes over</source>
        <translation>Det som den nya planperioden tar över</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/rollover_dialog.py" line="144" />
        <source>Targets for the new year</source>
        <translation>Målvärden för det nya året</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/rollover_dialog.py" line="156" />
        <source>The indicators go on into {year} with their measured values. Their targets for {year}:</source>
        <translation>Indikatorerna följer med in i {year} med sina mätvärden. Deras målvärden för {year}:</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/rollover_dialog.py" line="169" />
        <source>Make {year}</source>
        <translation>Gör {year}</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/rollover_dialog.py" line="182" />
        <source>Goals continuing</source>
        <translation>Mål som fortsätter</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/rollover_dialog.py" line="183" />
        <source>Assignments continuing</source>
        <translation>Uppdrag som fortsätter</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/rollover_dialog.py" line="184" />
        <source>Measures continuing</source>
        <translation>Åtgärder som fortsätter</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/rollover_dialog.py" line="185" />
        <source>Activities continuing</source>
        <translation>Aktiviteter som fortsätter</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/rollover_dialog.py" line="186" />
        <source>Marked as ended, not carried</source>
        <translation>Markerade som avslutade, förs inte över</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/rollover_dialog.py" line="188" />
        <source>Done or cancelled (or under such), staying in {old}</source>
        <translation>Klara eller avbrutna (eller under sådana), stannar i {old}</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/rollover_dialog.py" line="190" />
        <source>Reporting periods moved to {year}</source>
        <translation>Rapporteringsperioder flyttade till {year}</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/rollover_dialog.py" line="192" />
        <source>Annual wheel</source>
        <translation>Årshjul</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/rollover_dialog.py" line="193" />
        <source>{count} events moved one year</source>
        <translation>{count} händelser flyttas ett år framåt</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/rollover_dialog.py" line="194" />
        <source>{count} meetings on the same weekday (the second Tuesday stays the second Tuesday)</source>
        <translation>{count} sammanträden på samma veckodag (andra tisdagen förblir andra tisdagen)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/rollover_dialog.py" line="196" />
        <source>{count} one-off events stay in {old}</source>
        <translation>{count} engångshändelser stannar i {old}</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/rollover_dialog.py" line="198" />
        <source>Risks carried: {count}</source>
        <translation>Risker som förs över: {count}</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/rollover_dialog.py" line="199" />
        <source>Shared by every year, nothing to copy</source>
        <translation>Delas av alla år, inget att kopiera</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/rollover_dialog.py" line="200" />
        <source>The governance model and its levels</source>
        <translation>Styrmodellen och dess nivåer</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/rollover_dialog.py" line="200" />
        <source>The organisation's units</source>
        <translation>Organisationens enheter</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/rollover_dialog.py" line="201" />
        <source>The indicators and their measured values</source>
        <translation>Indikatorerna och deras mätvärden</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/rollover_dialog.py" line="210" />
        <source>Close {old} first?</source>
        <translation>Stäng {old} först?</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/rollover_dialog.py" line="211" />
        <source>The plan requires {old} to be closed (after its annual report) before {year} is made from it. A closed year can be read but not changed until it is reopened.</source>
        <translation>Planen kräver att {old} är stängt (efter årsredovisningen) innan {year} görs från det. Ett stängt år kan läsas men inte ändras förrän det öppnas igen.</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="208" />
        <source>Who decides what</source>
        <translation>Vem beslutar vad</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="210" />
        <source>The body that decides each kind of document. A new document starts with it, and the check warns about a document decided by a lower body.</source>
        <translation>Det organ som beslutar varje typ av dokument. Ett nytt dokument får det från början, och kontrollen varnar för ett dokument som beslutats av ett lägre organ.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="216" />
        <source>KF (the council)</source>
        <translation>KF (kommunfullmäktige)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="216" />
        <source>KS (the executive board)</source>
        <translation>KS (kommunstyrelsen)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="217" />
        <source>a committee or KS</source>
        <translation>en nämnd eller KS</translation>
    </message>
</context>
<context>
    <name>SdgStrip</name>
    <message>
        <location filename="../styrapp/views/sdg_strip.py" line="78" />
        <source>Nothing in the plan is linked to this goal.</source>
        <translation>Inget i planen är kopplat till det här målet.</translation>
    </message>
    <message>
        <location filename="../styrapp/views/sdg_strip.py" line="80" />
        <source>Goals and assignments:</source>
        <translation>Mål och uppdrag:</translation>
    </message>
    <message>
        <location filename="../styrapp/views/sdg_strip.py" line="82" />
        <source>Indicators:</source>
        <translation>Indikatorer:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../styrapp/ui/settings_dialog.py" line="47" />
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/settings_dialog.py" line="53" />
        <source>Language of the window</source>
        <translation>Fönstrets språk</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/settings_dialog.py" line="54" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/settings_dialog.py" line="55" />
        <source>High contrast</source>
        <translation>Hög kontrast</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/settings_dialog.py" line="56" />
        <location filename="../styrapp/ui/settings_dialog.py" line="60" />
        <source>Colours</source>
        <translation>Färger</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/settings_dialog.py" line="57" />
        <source>High contrast: white text on black, the selection in yellow</source>
        <translation>Hög kontrast: vit text på svart, markeringen i gult</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/settings_dialog.py" line="59" />
        <location filename="../styrapp/ui/settings_dialog.py" line="111" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/settings_dialog.py" line="61" />
        <source>The window</source>
        <translation>Fönstret</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/settings_dialog.py" line="64" />
        <source>The colours change at once. The language changes the next time styrapp starts (the menus and pages are made in it then).</source>
        <translation>Färgerna ändras direkt. Språket ändras nästa gång styrapp startar (då byggs menyer och sidor på det).</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/settings_dialog.py" line="70" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/settings_dialog.py" line="72" />
        <location filename="../styrapp/ui/settings_dialog.py" line="78" />
        <source>Backup every</source>
        <translation>Säkerhetskopia var</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/settings_dialog.py" line="76" />
        <location filename="../styrapp/ui/settings_dialog.py" line="79" />
        <source>Backups kept of each plan</source>
        <translation>Säkerhetskopior som sparas per plan</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/settings_dialog.py" line="80" />
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/settings_dialog.py" line="83" />
        <source>A backup is also made when a plan is opened. They are kept in %1.</source>
        <translation>En säkerhetskopia görs också när en plan öppnas. De sparas i %1.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/settings_dialog.py" line="89" />
        <location filename="../styrapp/ui/settings_dialog.py" line="128" />
        <source>Folder for new plans</source>
        <translation>Mapp för nya planer</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/settings_dialog.py" line="90" />
        <source>Empty: your Documents folder</source>
        <translation>Tomt: mappen Dokument</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/settings_dialog.py" line="92" />
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/settings_dialog.py" line="93" />
        <source>Choose the folder for new plans</source>
        <translation>Välj mapp för nya planer</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/settings_dialog.py" line="98" />
        <source>New plans</source>
        <translation>Nya planer</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/settings_dialog.py" line="100" />
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/settings_dialog.py" line="101" />
        <source>Where File → New plan… and Save a copy as… start.</source>
        <translation>Där Arkiv → Ny plan… och Spara en kopia som… börjar.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/settings_dialog.py" line="105" />
        <source>Paper of new reports</source>
        <translation>Papper för nya rapporter</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/settings_dialog.py" line="107" />
        <source>Language of new reports</source>
        <translation>Språk för nya rapporter</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/settings_dialog.py" line="108" />
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/settings_dialog.py" line="110" />
        <source>Paper</source>
        <translation>Papper</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/settings_dialog.py" line="112" />
        <source>What the Reports page starts with. A plan that keeps its own report language prints in that.</source>
        <translation>Det som sidan Rapporter börjar med. En plan som har ett eget rapportspråk skrivs ut på det.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/settings_dialog.py" line="136" />
        <source>The folder %1 does not exist. Choose one that does, or leave the field empty for your Documents folder.</source>
        <translation>Mappen %1 finns inte. Välj en som finns, eller lämna fältet tomt för mappen Dokument.</translation>
    </message>
</context>
<context>
    <name>StatusRulesDialog</name>
    <message>
        <location filename="../styrapp/ui/status_rules_dialog.py" line="18" />
        <source>Status rules</source>
        <translation>Statusregler</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/status_rules_dialog.py" line="21" />
        <source>An indicator is green when its target is reached. Short of it, the status is yellow or red by these rules, the same everywhere: in the trees, the tables and the reports.</source>
        <translation>En indikator är grön när målvärdet är nått. Annars blir den gul eller röd enligt de här reglerna, samma överallt: i träden, tabellerna och rapporterna.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/status_rules_dialog.py" line="34" />
        <source>Yellow from this share of the way from baseline to target</source>
        <translation>Gul från denna andel av vägen från jämförelsevärde till målvärde</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/status_rules_dialog.py" line="35" />
        <source>Without a baseline: yellow within this distance of the target</source>
        <translation>Utan jämförelsevärde: gul inom detta avstånd från målvärdet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/status_rules_dialog.py" line="52" />
        <source>Change the status rules</source>
        <translation>Ändra statusreglerna</translation>
    </message>
</context>
<context>
    <name>StyrmodellDialog</name>
    <message>
        <location filename="../styrapp/ui/styrmodell_dialog.py" line="45" />
        <source>Governance model</source>
        <translation>Styrmodell</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/styrmodell_dialog.py" line="52" />
        <source>Levels of the governance model</source>
        <translation>Styrmodellens nivåer</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/styrmodell_dialog.py" line="61" />
        <source>Colour…</source>
        <translation>Färg…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/styrmodell_dialog.py" line="62" />
        <source>Change the selected level's colour</source>
        <translation>Byt färg på den markerade nivån</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/styrmodell_dialog.py" line="64" />
        <source>Remove level</source>
        <translation>Ta bort nivå</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/styrmodell_dialog.py" line="65" />
        <source>Remove the selected level; only a level no node uses can go</source>
        <translation>Ta bort den markerade nivån; bara en nivå som inget mål eller uppdrag använder kan tas bort</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/styrmodell_dialog.py" line="72" />
        <source>Add a level</source>
        <translation>Lägg till en nivå</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/styrmodell_dialog.py" line="75" />
        <source>e.g. Nyckelresultat</source>
        <translation>t.ex. Nyckelresultat</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/styrmodell_dialog.py" line="80" />
        <source>Add level</source>
        <translation>Lägg till nivå</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/styrmodell_dialog.py" line="81" />
        <source>Add a level to the governance model</source>
        <translation>Lägg till en nivå i styrmodellen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/styrmodell_dialog.py" line="83" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/styrmodell_dialog.py" line="84" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/styrmodell_dialog.py" line="85" />
        <source>Place</source>
        <translation>Placering</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/styrmodell_dialog.py" line="93" />
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/styrmodell_dialog.py" line="96" />
        <location filename="../styrapp/ui/styrmodell_dialog.py" line="99" />
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/styrmodell_dialog.py" line="99" />
        <source>Call the indicators %1</source>
        <translation>Kalla indikatorerna %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/styrmodell_dialog.py" line="101" />
        <source>An indicator is called</source>
        <translation>En indikator kallas</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/styrmodell_dialog.py" line="127" />
        <source>At the top of the goal tree</source>
        <translation>Överst i målträdet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/styrmodell_dialog.py" line="128" />
        <source>At the top of the assignment tree</source>
        <translation>Överst i uppdragsträdet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/styrmodell_dialog.py" line="130" />
        <source>Under %1</source>
        <translation>Under %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/styrmodell_dialog.py" line="140" />
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../styrapp/ui/pages/table_pages.py" line="44" />
        <source>Search in %1</source>
        <translation>Sök i %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/table_pages.py" line="45" />
        <source>Search…</source>
        <translation>Sök…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/table_pages.py" line="104" />
        <source>Nothing here yet in this plan.</source>
        <translation>Här finns inget ännu i den här planen.</translation>
    </message>
</context>
<context>
    <name>TargetModel</name>
    <message>
        <location filename="../styrapp/ui/rollover_dialog.py" line="47" />
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/rollover_dialog.py" line="48" />
        <location filename="../styrapp/ui/rollover_dialog.py" line="49" />
        <source>Target {year}</source>
        <translation>Målvärde {year}</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/rollover_dialog.py" line="61" />
        <source>Type the target for the new year; leave it as it is to keep it.</source>
        <translation>Skriv målvärdet för det nya året; lämna det som det är för att behålla det.</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <location filename="../styrapp/ui/new_plan_wizard.py" line="66" />
        <source>The governance model</source>
        <translation>Styrmodellen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/new_plan_wizard.py" line="67" />
        <source>Start from the governance model closest to yours; levels and names can be changed later.</source>
        <translation>Utgå från den styrmodell som liknar er mest; nivåer och namn kan ändras efteråt.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/new_plan_wizard.py" line="70" />
        <source>Templates</source>
        <translation>Mallar</translation>
    </message>
</context>
<context>
    <name>TreePage</name>
    <message>
        <location filename="../styrapp/ui/pages/tree_page.py" line="99" />
        <source>Search…</source>
        <translation>Sök…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/tree_page.py" line="151" />
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/tree_page.py" line="151" />
        <source>Assignments</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/tree_page.py" line="189" />
        <source>The tree is empty. Press Insert or click “Add beneath” to add the first node.</source>
        <translation>Trädet är tomt. Tryck Insert eller klicka på ”Lägg till under” för att lägga till den första noden.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/tree_page.py" line="291" />
        <source>Move %1 nodes</source>
        <translation>Flytta %1 noder</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/tree_page.py" line="187" />
        <source>This plan's governance model has no levels for this tree yet. Add them under Plan → Governance model…</source>
        <translation>Planens styrmodell har ännu inga nivåer för det här trädet. Lägg till dem under Plan → Styrmodell…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/tree_page.py" line="98" />
        <source>Search in the tree</source>
        <translation>Sök i trädet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/tree_page.py" line="114" />
        <source>The selected row's details</source>
        <translation>Den valda radens uppgifter</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/tree_page.py" line="256" />
        <source>Linked to “%1”.</source>
        <translation>Kopplad till ”%1”.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/tree_page.py" line="313" />
        <source>The governance model allows nothing beneath a %1.</source>
        <translation>Styrmodellen tillåter inget under en %1.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/tree_page.py" line="314" />
        <source>The governance model has no level that may stand at the top of this tree.</source>
        <translation>Styrmodellen har ingen nivå som får stå överst i det här trädet.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/tree_page.py" line="346" />
        <source>“%1” is no longer linked to “%2”; the indicator itself stays.</source>
        <translation>”%1” är inte längre kopplad till ”%2”; själva indikatorn finns kvar.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/tree_page.py" line="350" />
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/tree_page.py" line="390" />
        <source>Cut: %1</source>
        <translation>Urklippt: %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/tree_page.py" line="390" />
        <source>Copied: %1</source>
        <translation>Kopierat: %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/tree_page.py" line="432" />
        <source>The governance model does not allow a %1 at the top of the tree.</source>
        <translation>Styrmodellen tillåter inte en %1 överst i trädet.</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../styrapp/views/unit_tree_model.py" line="22" />
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../styrapp/views/unit_tree_model.py" line="22" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../styrapp/views/unit_tree_model.py" line="22" />
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../styrapp/ui/pages/welcome.py" line="21" />
        <source>No plan is open.</source>
        <translation>Ingen plan är öppen.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/welcome.py" line="29" />
        <source>Open the demo plan</source>
        <translation>Öppna demoplanen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/welcome.py" line="34" />
        <source>Recent plans</source>
        <translation>Senaste planer</translation>
    </message>
</context>
<context>
    <name>WheelPage</name>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="99" />
        <source>The selected event and the rings</source>
        <translation>Den valda händelsen och ringarna</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="101" />
        <location filename="../styrapp/ui/pages/wheel_page.py" line="104" />
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="105" />
        <source>Rings</source>
        <translation>Ringar</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="111" />
        <location filename="../styrapp/ui/pages/wheel_page.py" line="277" />
        <source>New event</source>
        <translation>Ny händelse</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="112" />
        <source>Add an event to the wheel (Insert, or double-click an empty place in a ring)</source>
        <translation>Lägg till en händelse i hjulet (Insert, eller dubbelklicka på en tom plats i en ring)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="113" />
        <source>Delete event</source>
        <translation>Ta bort händelse</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="114" />
        <source>Delete the selected event (Delete)</source>
        <translation>Ta bort den markerade händelsen (Delete)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="115" />
        <source>Import calendar…</source>
        <translation>Importera kalender…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="116" />
        <source>Bring the events of a calendar file (.ics) from Outlook or Google into a ring</source>
        <translation>Hämta in händelserna i en kalenderfil (.ics) från Outlook eller Google i en ring</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="118" />
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="119" />
        <source>The wheel as a PDF (A4 or A3 poster), PNG or SVG picture, or its events as a calendar file (.ics)</source>
        <translation>Hjulet som PDF (A4 eller A3-affisch), PNG- eller SVG-bild, eller händelserna som kalenderfil (.ics)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="122" />
        <source>Calendar for Outlook or Google (.ics)…</source>
        <translation>Kalender för Outlook eller Google (.ics)…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="123" />
        <source>PDF, A4…</source>
        <translation>PDF, A4…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="124" />
        <source>PDF, A3 poster…</source>
        <translation>PDF, A3-affisch…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="125" />
        <source>Picture, PNG…</source>
        <translation>Bild, PNG…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="126" />
        <source>Picture, SVG…</source>
        <translation>Bild, SVG…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="133" />
        <source>Drag an event to move it, drag an end to change its length, double-click a ring to add an event there. Edit → Undo takes any change back.</source>
        <translation>Dra en händelse för att flytta den, dra i en ände för att ändra längden, dubbelklicka i en ring för att lägga till en händelse där. Redigera → Ångra tar tillbaka varje ändring.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="191" />
        <source>Annual wheel %1</source>
        <translation>Årshjul %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="206" />
        <source>%1 with %2 events; the list Events beside it holds each with its dates and ring, and choosing one there chooses it here. The arrow keys go from event to event.</source>
        <translation>%1 med %2 händelser; listan Händelser bredvid har varje händelse med datum och ring, och den som väljs där väljs här. Piltangenterna går från händelse till händelse.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="210" />
        <source>The events of the annual wheel, one a row; the one chosen here is chosen in the wheel.</source>
        <translation>Årshjulets händelser, en per rad; den som väljs här väljs i hjulet.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="217" />
        <source>%1, %2, ring %3</source>
        <translation>%1, %2, ring %3</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="269" />
        <source>The wheel has no rings yet: add one on the Rings tab first.</source>
        <translation>Hjulet har inga ringar än: lägg först till en på fliken Ringar.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="284" />
        <source>Added an event on %1. Type its name.</source>
        <translation>En händelse lades till %1. Skriv dess namn.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="304" />
        <source>Deleted “%1”. Edit → Undo brings it back.</source>
        <translation>”%1” togs bort. Redigera → Ångra tar tillbaka den.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="309" />
        <source>New ring</source>
        <translation>Ny ring</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="309" />
        <source>Name of the ring (e.g. Dialoger):</source>
        <translation>Ringens namn (till exempel Dialoger):</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="317" />
        <source>Colour of the ring</source>
        <translation>Ringens färg</translation>
    </message>
    <message numerus="yes">
        <location filename="../styrapp/ui/pages/wheel_page.py" line="325" />
        <source>Deleted the ring “%1” with %n event(s). Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Ringen ”%1” togs bort med %n händelse. Redigera → Ångra tar tillbaka dem.</numerusform><numerusform>Ringen ”%1” togs bort med %n händelser. Redigera → Ångra tar tillbaka dem.</numerusform></translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="333" />
        <location filename="../styrapp/ui/pages/wheel_page.py" line="338" />
        <source>Import calendar</source>
        <translation>Importera kalender</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="334" />
        <source>iCalendar (*.ics *.ical *.ifb)</source>
        <translation>iCalendar (*.ics *.ical *.ifb)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="337" />
        <source>As the calendar says (a new ring if needed)</source>
        <translation>Som i kalendern (en ny ring vid behov)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="338" />
        <source>Put the events in the ring:</source>
        <translation>Lägg händelserna i ringen:</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="346" />
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="346" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="346" />
        <source>PNG picture (*.png)</source>
        <translation>PNG-bild (*.png)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="347" />
        <source>SVG picture (*.svg)</source>
        <translation>SVG-bild (*.svg)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="348" />
        <source>Annual wheel</source>
        <translation>Årshjul</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="350" />
        <source>Export the annual wheel</source>
        <translation>Exportera årshjulet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="369" />
        <source>Could not export: %1</source>
        <translation>Exporten misslyckades: %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="372" />
        <source>Exported the annual wheel to %1</source>
        <translation>Årshjulet exporterades till %1</translation>
    </message>
</context>
<context>
    <name>WheelView</name>
    <message>
        <location filename="../styrapp/views/wheel_view.py" line="66" />
        <source>Annual wheel</source>
        <translation>Årshjul</translation>
    </message>
    <message>
        <location filename="../styrapp/views/wheel_view.py" line="308" />
        <source>Ring: %1</source>
        <translation>Ring: %1</translation>
    </message>
    <message>
        <location filename="../styrapp/views/wheel_view.py" line="314" />
        <source>Reporting period: %1</source>
        <translation>Rapportperiod: %1</translation>
    </message>
    <message>
        <location filename="../styrapp/views/wheel_view.py" line="316" />
        <source>Responsible: %1</source>
        <translation>Ansvarig: %1</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <location filename="../styrapp/views/overview.py" line="33" />
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n anmärkning</numerusform><numerusform>%n anmärkningar</numerusform></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../styrapp/ui/actions.py" line="30" />
        <source>&amp;New plan from template…</source>
        <translation>&amp;Ny plan från mall…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="31" />
        <source>Start a new plan from one of the governance model templates</source>
        <translation>Börja en ny plan från en av styrmodellsmallarna</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="32" />
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="33" />
        <source>Open a plan file (.styrplan)</source>
        <translation>Öppna en planfil (.styrplan)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="34" />
        <source>Save a &amp;copy as…</source>
        <translation>Spara &amp;kopia som…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="35" />
        <source>Save a copy of the plan, e.g. to send by e-mail</source>
        <translation>Spara en kopia av planen, t.ex. för att skicka med e-post</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="36" />
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="37" />
        <source>Bring in figures from Kolada (JSON or CSV) or Excel, or calendar events (.ics) into the annual wheel</source>
        <translation>Hämta siffror från Kolada (JSON eller CSV) eller Excel, eller kalenderhändelser (.ics) till årshjulet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="39" />
        <source>&amp;Fetch goals from the commissioner's plan…</source>
        <translation>&amp;Hämta mål från uppdragsgivarens plan…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="40" />
        <source>Fetch the goals set by the commissioner from their plan file, kept linked to it; fetching again shows what changed there</source>
        <translation>Hämta de mål som uppdragsgivaren satt från deras planfil, länkade till den; hämtas de igen visas vad som ändrats där</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="43" />
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="44" />
        <source>Write the whole plan to an Excel workbook (.xlsx), one part a sheet, that can be brought back into any plan</source>
        <translation>Skriv hela planen till en Excel-arbetsbok (.xlsx), en del per flik, som kan läsas in i vilken plan som helst</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="46" />
        <source>&amp;Restore from a backup…</source>
        <translation>Åte&amp;rställ från säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="47" />
        <source>Open or put back one of the copies styrapp keeps of this plan</source>
        <translation>Öppna eller lägg tillbaka en av kopiorna styrapp sparar av planen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="48" />
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="49" />
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="50" />
        <source>Se&amp;ttings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="51" />
        <source>Your own settings: language, colours, backups, the folder for new plans and the report defaults</source>
        <translation>Dina egna inställningar: språk, färger, säkerhetskopior, mappen för nya planer och rapporternas standardval</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="53" />
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="53" />
        <source>Cut the selected node</source>
        <translation>Klipp ut den markerade noden</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="54" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="54" />
        <source>Copy the selected node</source>
        <translation>Kopiera den markerade noden</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="55" />
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="56" />
        <source>Paste under the selected node</source>
        <translation>Klistra in under den markerade noden</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="57" />
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="58" />
        <source>Delete the selected node and everything beneath it</source>
        <translation>Ta bort den markerade noden och allt under den</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="59" />
        <source>Add &amp;beneath</source>
        <translation>Lägg till &amp;under</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="60" />
        <source>Add a node beneath the selected one (Insert)</source>
        <translation>Lägg till en nod under den markerade (Insert)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="61" />
        <source>Add &amp;next to</source>
        <translation>Lägg till &amp;bredvid</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="62" />
        <source>Add a node on the same level after the selected one (Alt+Insert)</source>
        <translation>Lägg till en nod på samma nivå efter den markerade (Alt+Insert)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="63" />
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="64" />
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="65" />
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="66" />
        <source>Plan &amp;details…</source>
        <translation>Plan&amp;uppgifter…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="67" />
        <source>The organisation, vision, values, term of office and decision</source>
        <translation>Organisationen, vision, värdegrund, mandatperiod och beslut</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="68" />
        <source>&amp;Organisation…</source>
        <translation>&amp;Organisation…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="69" />
        <source>Edit the organisation's units: committees, administrations, departments</source>
        <translation>Redigera organisationens enheter: nämnder, förvaltning, avdelningar</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="70" />
        <source>&amp;Governance model…</source>
        <translation>&amp;Styrmodell…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="71" />
        <source>Rename levels, change colours, add or remove levels</source>
        <translation>Byt namn på nivåer, ändra färger, lägg till eller ta bort nivåer</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="72" />
        <source>Status &amp;rules…</source>
        <translation>Status&amp;regler…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="73" />
        <source>Where the line goes between green, yellow and red</source>
        <translation>Var gränsen går mellan grönt, gult och rött</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="74" />
        <source>Reporting &amp;periods…</source>
        <translation>Rapporterings&amp;perioder…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="75" />
        <source>Add, rename or remove reporting periods; change their kind, end and decision date</source>
        <translation>Lägg till, byt namn på eller ta bort rapporteringsperioder; ändra deras typ, slut och beslutsdatum</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="77" />
        <source>&amp;New plan period…</source>
        <translation>&amp;Ny planperiod…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="78" />
        <source>Make next year's plan from this year's: what continues, the periods, the annual wheel and the risks</source>
        <translation>Gör nästa års plan från årets: det som fortsätter, perioderna, årshjulet och riskerna</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="80" />
        <source>&amp;Close the year…</source>
        <translation>&amp;Stäng året…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="81" />
        <source>Keep the year in view as decided, after its annual report: read-only until reopened</source>
        <translation>Spara året som visas som det beslutades, efter årsredovisningen: skrivskyddat tills det öppnas igen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="83" />
        <source>Re&amp;open the year…</source>
        <translation>Öppna året &amp;igen…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="84" />
        <source>Open a closed year for changes again</source>
        <translation>Öppna ett stängt år för ändringar igen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="85" />
        <source>&amp;Expand all</source>
        <translation>&amp;Fäll ut alla</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="86" />
        <source>C&amp;ollapse all</source>
        <translation>Fäll &amp;ihop alla</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="87" />
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="87" />
        <source>Filter the tree</source>
        <translation>Filtrera trädet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="90" />
        <source>&amp;About styrapp</source>
        <translation>&amp;Om styrapp</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="91" />
        <source>The version, the libraries' licences, and where the logs and backups are</source>
        <translation>Versionen, bibliotekens licenser och var loggarna och säkerhetskopiorna ligger</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="93" />
        <source>&amp;Handbook</source>
        <translation>&amp;Handbok</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="94" />
        <source>The user guide: a year in styrapp, chapter by chapter</source>
        <translation>Användarhandboken: ett år i styrapp, kapitel för kapitel</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="95" />
        <source>Help on this &amp;page</source>
        <translation>Hjälp om den här &amp;sidan</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/actions.py" line="96" />
        <source>The handbook's chapter on the page you are on (F1)</source>
        <translation>Handbokens kapitel om sidan du står på (F1)</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../styrapp/ui/commands.py" line="40" />
        <source>Add %1</source>
        <translation>Lägg till %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="52" />
        <location filename="../styrapp/ui/commands.py" line="64" />
        <source>Paste %1</source>
        <translation>Klistra in %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="74" />
        <source>Rename %1</source>
        <translation>Byt namn på %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="75" />
        <location filename="../styrapp/ui/review_commands.py" line="55" />
        <source>Edit %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="85" />
        <source>Move %1</source>
        <translation>Flytta %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="94" />
        <location filename="../styrapp/ui/review_commands.py" line="69" />
        <source>Delete %1</source>
        <translation>Ta bort %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="103" />
        <source>Change what %1 serves</source>
        <translation>Ändra vad %1 bidrar till</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="112" />
        <location filename="../styrapp/ui/commands.py" line="224" />
        <source>Change Agenda 2030 goals of %1</source>
        <translation>Ändra Agenda 2030-mål för %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="124" />
        <source>Add unit</source>
        <translation>Lägg till enhet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="134" />
        <source>Edit unit</source>
        <translation>Ändra enhet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="143" />
        <source>Move unit</source>
        <translation>Flytta enhet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="152" />
        <source>Delete unit</source>
        <translation>Ta bort enhet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="164" />
        <source>Add level</source>
        <translation>Lägg till nivå</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="173" />
        <source>Edit level</source>
        <translation>Ändra nivå</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="182" />
        <source>Delete level</source>
        <translation>Ta bort nivå</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="198" />
        <source>Change a value of %1</source>
        <translation>Ändra ett värde för %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="200" />
        <source>Change %1 values of %2</source>
        <translation>Ändra %1 värden för %2</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="213" />
        <source>Edit indicator %1</source>
        <translation>Ändra indikatorn %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="237" />
        <source>Add indicator %1</source>
        <translation>Lägg till indikatorn %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="251" />
        <source>Delete indicator %1</source>
        <translation>Ta bort indikatorn %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="262" />
        <source>Move indicator %1</source>
        <translation>Flytta indikatorn %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="275" />
        <source>Link indicators to %1</source>
        <translation>Koppla indikatorer till %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="287" />
        <source>Unlink %1 from %2</source>
        <translation>Koppla bort %1 från %2</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="301" />
        <source>Change the links of %1</source>
        <translation>Ändra kopplingarna för %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="331" />
        <source>Follow up %1</source>
        <translation>Följ upp %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="357" />
        <source>Rename the plan</source>
        <translation>Byt namn på planen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="358" />
        <source>Change the plan year</source>
        <translation>Ändra planåret</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="359" />
        <source>Change the vision</source>
        <translation>Ändra visionen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="360" />
        <source>Change the text about the vision</source>
        <translation>Ändra texten om visionen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="361" />
        <source>Change the introduction to the values</source>
        <translation>Ändra introduktionen till värdegrunden</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="362" />
        <source>Change who decides the plan</source>
        <translation>Ändra vem som beslutar planen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="363" />
        <source>Change the decision date</source>
        <translation>Ändra beslutsdatumet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="364" />
        <source>Change the note on the cover</source>
        <translation>Ändra noteringen på omslaget</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="367" />
        <source>Change the plan's details</source>
        <translation>Ändra planuppgifterna</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="379" />
        <source>Add a value</source>
        <translation>Lägg till ett värde</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="391" />
        <source>Edit a value</source>
        <translation>Ändra ett värde</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="402" />
        <source>Move a value</source>
        <translation>Flytta ett värde</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="413" />
        <source>Delete a value</source>
        <translation>Ta bort ett värde</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="425" />
        <source>Add reporting period</source>
        <translation>Lägg till rapporteringsperiod</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="438" />
        <source>Rename reporting period %1</source>
        <translation>Byt namn på rapporteringsperioden %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="439" />
        <source>Edit reporting period %1</source>
        <translation>Ändra rapporteringsperioden %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commands.py" line="451" />
        <source>Remove reporting period %1</source>
        <translation>Ta bort rapporteringsperioden %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/control_commands.py" line="14" />
        <source>Add risk</source>
        <translation>Lägg till risk</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/control_commands.py" line="29" />
        <source>Move risk %1 in the matrix</source>
        <translation>Flytta risken %1 i matrisen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/control_commands.py" line="31" />
        <source>Choose risk %1 for the internal control plan</source>
        <translation>Välj risken %1 till internkontrollplanen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/control_commands.py" line="33" />
        <source>Take risk %1 out of the internal control plan</source>
        <translation>Ta bort risken %1 ur internkontrollplanen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/control_commands.py" line="35" />
        <source>Edit the control of risk %1</source>
        <translation>Ändra kontrollen av risken %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/control_commands.py" line="37" />
        <source>Edit risk %1</source>
        <translation>Ändra risken %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/control_commands.py" line="49" />
        <source>Delete risk %1</source>
        <translation>Ta bort risken %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/control_commands.py" line="60" />
        <source>Change the risk value that suggests a risk for the plan</source>
        <translation>Ändra riskvärdet som föreslår en risk till planen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/control_commands.py" line="74" />
        <source>Follow up the control of risk %1</source>
        <translation>Följ upp kontrollen av risken %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/economy_commands.py" line="16" />
        <source>Set the budget frame</source>
        <translation>Ange budgetramen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/economy_commands.py" line="29" />
        <source>Remove the budget frame</source>
        <translation>Ta bort budgetramen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/economy_commands.py" line="43" />
        <source>Enter the outcome</source>
        <translation>För in utfallet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/economy_commands.py" line="44" />
        <source>Enter the forecast</source>
        <translation>För in prognosen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/economy_commands.py" line="62" />
        <source>Change the rule for budget deviations</source>
        <translation>Ändra regeln för budgetavvikelser</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/economy_commands.py" line="77" />
        <source>Show amounts in %1</source>
        <translation>Visa belopp i %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/review_commands.py" line="16" />
        <source>Edit the situation review of %1</source>
        <translation>Ändra nulägeskollen för %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/review_commands.py" line="27" />
        <source>Choose the key figures of %1</source>
        <translation>Välj nyckeltal för %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/review_commands.py" line="38" />
        <source>Add governing document</source>
        <translation>Lägg till styrdokument</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/wheel_commands.py" line="17" />
        <source>Add event</source>
        <translation>Lägg till händelse</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/wheel_commands.py" line="28" />
        <source>Move event</source>
        <translation>Flytta händelse</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/wheel_commands.py" line="29" />
        <source>Edit event</source>
        <translation>Ändra händelse</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/wheel_commands.py" line="39" />
        <source>Delete event</source>
        <translation>Ta bort händelse</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/wheel_commands.py" line="48" />
        <source>Add ring</source>
        <translation>Lägg till ring</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/wheel_commands.py" line="57" />
        <source>Rename ring</source>
        <translation>Byt namn på ring</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/wheel_commands.py" line="58" />
        <source>Show or hide ring</source>
        <translation>Visa eller dölj ring</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/wheel_commands.py" line="59" />
        <source>Change ring colour</source>
        <translation>Byt färg på ring</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/wheel_commands.py" line="60" />
        <source>Edit ring</source>
        <translation>Ändra ring</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/wheel_commands.py" line="69" />
        <source>Move ring</source>
        <translation>Flytta ring</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/wheel_commands.py" line="78" />
        <source>Delete ring</source>
        <translation>Ta bort ring</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/year_commands.py" line="15" />
        <source>Close %1</source>
        <translation>Stäng %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/year_commands.py" line="30" />
        <source>Reopen %1</source>
        <translation>Öppna %1 igen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/commissioner_dialog.py" line="39" />
        <source>Fetch goals from %1</source>
        <translation>Hämta mål från %1</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/rollover_commands.py" line="20" />
        <source>New plan period %1</source>
        <translation>Ny planperiod %1</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../styrapp/ui/dialogs.py" line="26" />
        <source>You can undo this with Edit → Undo.</source>
        <translation>Du kan ångra det med Redigera → Ångra.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/dialogs.py" line="27" />
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>document</name>
    <message>
        <location filename="../styrapp/ui/document.py" line="135" />
        <source>Edit → Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>Redigera → Ångra (Ctrl+Z) tar tillbaka hela importen.</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="39" />
        <source>activating</source>
        <translation>aktiverande</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="40" />
        <source>normative</source>
        <translation>normerande</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="49" />
        <source>past its date</source>
        <translation>datumet har passerat</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="55" />
        <source>not the body for this kind</source>
        <translation>inte rätt organ för den typen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="61" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="63" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="64" />
        <source>Effect</source>
        <translation>Verkan</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="65" />
        <source>Decided by</source>
        <translation>Beslutas av</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="66" />
        <source>The plan's rule gives this kind of document to another body.</source>
        <translation>Planens regel ger den här typen av dokument till ett annat organ.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="68" />
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="69" />
        <source>Valid until / review by</source>
        <translation>Giltig till / revideras senast</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="71" />
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="72" />
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="73" />
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
</context>
<context>
    <name>failure</name>
    <message>
        <location filename="../styrapp/ui/failure_dialog.py" line="28" />
        <source>styrapp ran into an error</source>
        <translation>styrapp råkade ut för ett fel</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/failure_dialog.py" line="29" />
        <source>Something unexpected went wrong (%1). The plan is as it was after your last change: nothing half-done was saved.</source>
        <translation>Något oväntat gick fel (%1). Planen är som den var efter din senaste ändring: inget halvgjort har sparats.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/failure_dialog.py" line="33" />
        <source>The details are in the log file %1.</source>
        <translation>Detaljerna finns i loggfilen %1.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/failure_dialog.py" line="37" />
        <source>Copy details</source>
        <translation>Kopiera detaljer</translation>
    </message>
</context>
<context>
    <name>indicators</name>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="435" />
        <source>“%1” follows the Kolada KPI %2. Fetch its values from a Kolada file now?</source>
        <translation>”%1” följer Koladas nyckeltal %2. Hämta dess värden ur en Kolada-fil nu?</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="437" />
        <source>Kolada</source>
        <translation>Kolada</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="440" />
        <source>A file downloaded from kolada.se (JSON, CSV or Excel). File → Import… does the same later.</source>
        <translation>En fil hämtad från kolada.se (JSON, CSV eller Excel). Arkiv → Importera… gör detsamma senare.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="442" />
        <source>Fetch from a file…</source>
        <translation>Hämta ur en fil…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="443" />
        <source>Later</source>
        <translation>Senare</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="447" />
        <source>Kolada file</source>
        <translation>Kolada-fil</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/indicators_page.py" line="448" />
        <source>Kolada (*.json *.csv *.xlsx)</source>
        <translation>Kolada (*.json *.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>logo</name>
    <message>
        <location filename="../styrapp/ui/logo.py" line="16" />
        <source>Logo on the cover</source>
        <translation>Logotyp på försättsbladet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/logo.py" line="17" />
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/logo.py" line="35" />
        <source>Remove the logo</source>
        <translation>Ta bort logotypen</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/logo.py" line="36" />
        <source>Change the logo</source>
        <translation>Byt logotyp</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../styrapp/ui/pages/registry.py" line="93" />
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/registry.py" line="95" />
        <source>Assignments</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/registry.py" line="96" />
        <location filename="../styrapp/ui/pages/table_pages.py" line="115" />
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/registry.py" line="97" />
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/registry.py" line="98" />
        <source>Annual wheel</source>
        <translation>Årshjul</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/registry.py" line="100" />
        <source>Finances</source>
        <translation>Ekonomi</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/registry.py" line="101" />
        <source>Situation review</source>
        <translation>Nulägeskoll</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/registry.py" line="103" />
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/table_pages.py" line="118" />
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/table_pages.py" line="119" />
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/table_pages.py" line="120" />
        <source>Baseline</source>
        <translation>Jämförelsevärde</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/table_pages.py" line="122" />
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/table_pages.py" line="124" />
        <source>Latest outcome</source>
        <translation>Senaste utfall</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/table_pages.py" line="126" />
        <location filename="../styrapp/ui/pages/wheel_page.py" line="83" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/table_pages.py" line="127" />
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/table_pages.py" line="129" />
        <source>Better than the period before</source>
        <translation>Bättre än perioden före</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/table_pages.py" line="130" />
        <source>Worse than the period before</source>
        <translation>Sämre än perioden före</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/table_pages.py" line="131" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/table_pages.py" line="134" />
        <source>Reported to the council</source>
        <translation>Rapporteras till kommunfullmäktige</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/table_pages.py" line="135" />
        <source>Kolada</source>
        <translation>Kolada</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/table_pages.py" line="136" />
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/registry.py" line="94" />
        <location filename="../styrapp/ui/pages/table_pages.py" line="137" />
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="76" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="77" />
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="81" />
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="79" />
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="69" />
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="71" />
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="73" />
        <source>The number this event carries in the wheel, where its name did not fit</source>
        <translation>Numret som händelsen har i hjulet, där namnet inte fick plats</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="82" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/wheel_page.py" line="84" />
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/registry.py" line="99" />
        <source>Internal control</source>
        <translation>Intern kontroll</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/table_pages.py" line="133" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/table_pages.py" line="116" />
        <source>Every indicator with its baseline, target and latest outcome, and the traffic light the plan's rule gives it. Select one to see its chart, enter its measured values and edit its details. File → Import… brings in values from Kolada and Excel.</source>
        <translation>Alla indikatorer med jämförelsevärde, målvärde och senaste utfall, och den status planens regel ger dem. Markera en för att se dess diagram, föra in mätvärden och ändra dess uppgifter. Arkiv → Importera… hämtar in värden från Kolada och Excel.</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/table_pages.py" line="133" />
        <source>Council</source>
        <translation>KF</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="85" />
        <location filename="../styrapp/ui/pages/registry.py" line="102" />
        <source>Governing documents</source>
        <translation>Styrdokument</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/documents_page.py" line="86" />
        <source>Every strategy, programme, plan, policy and guideline, who decides it and until when it holds. Strategies/programmes and plans are activating (change), policies and guidelines normative (rules for existing work).</source>
        <translation>Alla strategier, program, planer, policyer och riktlinjer, vem som beslutar dem och hur länge de gäller. Strategier/program och planer är aktiverande (förändring), policyer och riktlinjer normerande (reglerar befintlig verksamhet).</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../styrapp/ui/pages/review_page.py" line="39" />
        <source>The committee's mission</source>
        <translation>Nämndens uppdrag</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/review_page.py" line="40" />
        <source>Overall analysis of the present situation</source>
        <translation>Samlad analys av nuläget</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/review_page.py" line="41" />
        <source>The needs of those we serve</source>
        <translation>Behoven hos dem vi finns till för</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/review_page.py" line="42" />
        <source>Results of the operations</source>
        <translation>Verksamhetens resultat</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/review_page.py" line="43" />
        <source>The greatest challenges</source>
        <translation>De största utmaningarna</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/review_page.py" line="44" />
        <source>Key figures</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/pages/review_page.py" line="45" />
        <source>Trends and their consequences</source>
        <translation>Trender och deras konsekvenser</translation>
    </message>
</context>
</TS>