"""The Swedish of the texts about the plan years: the year in view, closing and reopening a year (window
and Qt-free parts), merged into `swedish.SWEDISH`."""

PART: dict[str, str] = {
    "{year} is closed: its plan and follow-up are kept as they were decided. Reopen the year (Plan → Reopen the year…) to change it.":
        "{year} är stängt: dess plan och uppföljning sparas som de beslutades. Öppna året igen (Plan → Öppna året igen…) för att ändra i det.",
    "The plan holds no plan year {year}.": "Planen har inget planår {year}.",
    "The plan has no plan year yet: give it one under Plan → Plan details.":
        "Planen har inget planår ännu: ange det under Plan → Planuppgifter.",
    "The plan holds {years} plan years, so {year} cannot be renumbered; the next year is made with Plan → New plan period….":
        "Planen har {years} planår, så {year} kan inte byta årtal; nästa år görs med Plan → Ny planperiod….",
    "{year} is closed already.": "{year} är redan stängt.",
    "{year} is not closed.": "{year} är inte stängt.",
    # the window: the year chooser, the banner of a closed year, Plan → Stäng året… / Öppna året igen…
    "Plan year:": "Planår:",
    "Plan year": "Planår",
    "The plan year the pages show. A closed year can be read and printed, not changed.":
        "Planåret som sidorna visar. Ett stängt år kan läsas och skrivas ut men inte ändras.",
    "%1 (closed)": "%1 (stängt)",
    "Showing plan year %1.": "Visar planår %1.",
    "<b>%1 is closed</b> (since %2): its plan and follow-up are kept as they were decided, to read and print. "
    "<a href=\"reopen\">Reopen the year…</a>":
        "<b>%1 är stängt</b> (sedan %2): planen och uppföljningen sparas som de beslutades, för att läsas och skrivas ut. "
        "<a href=\"reopen\">Öppna året igen…</a>",
    "Close %1?": "Stänga %1?",
    "Close %1 when its annual report is decided: the year's goals, assignments, follow-up, risks and figures are then "
    "kept as they are, to read and print, and cannot be changed until the year is reopened.\n\nClose %1 now?":
        "Stäng %1 när årsredovisningen är beslutad: årets mål, uppdrag, uppföljning, risker och siffror sparas då som de "
        "är, för att läsas och skrivas ut, och kan inte ändras förrän året öppnas igen.\n\nStänga %1 nu?",
    "%1 is closed.": "%1 är stängt.",
    "Reopen %1?": "Öppna %1 igen?",
    "%1 was closed after its annual report. Changes made now change what was decided and printed then.\n\n"
    "Reopen %1 for changes?":
        "%1 stängdes efter årsredovisningen. Ändringar nu ändrar det som beslutades och skrevs ut då.\n\n"
        "Öppna %1 för ändringar igen?",
    "%1 is open for changes again.": "%1 är öppet för ändringar igen.",
    "&Close the year…": "&Stäng året…",
    "Keep the year in view as decided, after its annual report: read-only until reopened":
        "Spara året som visas som det beslutades, efter årsredovisningen: skrivskyddat tills det öppnas igen",
    "Re&open the year…": "Öppna året &igen…",
    "Open a closed year for changes again": "Öppna ett stängt år för ändringar igen",
    "Close %1": "Stäng %1",
    "Reopen %1": "Öppna %1 igen",
    # styrapp-cli year
    "Reopening {year} lets what was decided and printed be changed; add --yes to confirm. Nothing has been changed.":
        "Att öppna {year} igen gör att det som beslutades och skrevs ut kan ändras; lägg till --yes för att bekräfta. "
        "Inget har ändrats.",
    "list the plan years; close or reopen one": "visa planåren; stäng eller öppna ett igen",
    "Lists the plan years the plan holds, the newest last, and whether each is closed. A closed year (after its annual "
    "report) is read-only in the window and the command line until it is reopened; reopening asks for --yes, since it "
    "lets what was decided be changed.":
        "Visar planens planår, det nyaste sist, och om vart och ett är stängt. Ett stängt år (efter årsredovisningen) är "
        "skrivskyddat i fönstret och på kommandoraden tills det öppnas igen; att öppna igen kräver --yes, eftersom det "
        "gör att det som beslutades kan ändras.",
    "close this plan year": "stäng det här planåret",
    "reopen this closed plan year": "öppna det här stängda planåret igen",
    "confirm reopening a closed year": "bekräfta att ett stängt år öppnas igen",
    "write the plan years as JSON": "skriv planåren som JSON",
    "{year} is closed: it is read-only until it is reopened.": "{year} är stängt: det är skrivskyddat tills det öppnas igen.",
    "{year} is open for changes again.": "{year} är öppet för ändringar igen.",
    "closed {day}": "stängt {day}",
    "open": "öppet",
    "The plan holds several plan years; the next one is made with Plan → New plan period…":
        "Planen har flera planår; nästa görs med Plan → Ny planperiod…",
}
