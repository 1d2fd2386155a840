<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../styrapp/ui/main_window.py" line="26" />
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/main_window.py" line="28" />
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/main_window.py" line="29" />
        <source>Save a &amp;copy as…</source>
        <translation>Spara &amp;kopia som…</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/main_window.py" line="30" />
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/main_window.py" line="49" />
        <source>Open plan</source>
        <translation>Öppna plan</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/main_window.py" line="54" />
        <source>Could not open the plan</source>
        <translation>Planen kunde inte öppnas</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/main_window.py" line="59" />
        <source>Save a copy as</source>
        <translation>Spara kopia som</translation>
    </message>
    <message>
        <location filename="../styrapp/ui/main_window.py" line="64" />
        <source>Could not save the copy</source>
        <translation>Kopian kunde inte sparas</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../styrapp/views/overview.py" line="36" />
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="37" />
        <source>Assignments</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="38" />
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="39" />
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="40" />
        <source>Measured values</source>
        <translation>Mätvärden</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="41" />
        <source>Events in the annual wheel</source>
        <translation>Händelser i årshjulet</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="42" />
        <source>Risks</source>
        <translation>Risker</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="67" />
        <source>(no vision written yet)</source>
        <translation>(ingen vision skriven ännu)</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="68" />
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="72" />
        <source>The red thread</source>
        <translation>Röda tråden</translation>
    </message>
    <message numerus="yes">
        <location filename="../styrapp/views/overview.py" line="73" />
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n anmärkning</numerusform><numerusform>%n anmärkningar</numerusform></translation>
    </message>
    <message>
        <location filename="../styrapp/views/overview.py" line="73" />
        <source>no findings</source>
        <translation>inga anmärkningar</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../styrapp/ui/app.py" line="64" />
        <source>Could not open the plan</source>
        <translation>Planen kunde inte öppnas</translation>
    </message>
</context>
</TS>