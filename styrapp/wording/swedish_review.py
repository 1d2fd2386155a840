"""The Swedish of the texts about the nulägeskoll and the styrdokument (window and Qt-free parts), merged into
`swedish.SWEDISH`."""

PART: dict[str, str] = {
    # the printed nulägeskoll and its fit gauge
    "Situation review {year}": "Nulägeskoll {year}",
    "Key figure": "Nyckeltal",
    # the Nulägeskoll page
    "Unit:": "Enhet:",
    "Year:": "År:",
    "One A4 page per unit and year for the politicians to set direction from. Each section is saved when you "
    "leave it; say where its facts come from on its source line. Print it under Reports → Situation review.":
        "En A4-sida per enhet och år som politiken prioriterar och sätter riktning utifrån. Varje avsnitt sparas när "
        "du lämnar det; skriv på källraden var uppgifterna kommer från. Skriv ut den under Rapporter → Nulägeskoll.",
    "Source (e.g. Kolada 2025, the resident survey)": "Källa (t.ex. Kolada 2025, medborgarundersökningen)",
    "Source of %1": "Källa för %1",
    "How much of the A4 page is used": "Så mycket av A4-sidan används",
    "Key figures on the page": "Nyckeltal på sidan",
    "Tick the indicators to print with their latest outcome, target, trend and women/men.":
        "Kryssa för de indikatorer som ska skrivas ut med senaste utfall, målvärde, trend och kvinnor/män.",
    "From the unit's mandate (reglemente or owner directive); edit it here for this page.":
        "Från enhetens reglemente eller ägardirektiv; ändra det här för den här sidan.",
    "Choose a unit.": "Välj en enhet.",
    "%1 % of the page": "%1 % av sidan",
    "It fits on one page, with the text at %1 pt.": "Det ryms på en sida, med texten i %1 punkter.",
    "Too long by %1 % of the page: shorten “%2”. Printed as it is, the text is cut and marked.":
        "%1 % av en sida för långt: korta ”%2”. Skrivs den ut som den är kortas texten och markeras.",
    "Edit the situation review of %1": "Ändra nulägeskollen för %1",
    "Choose the key figures of %1": "Välj nyckeltal för %1",
    # the Styrdokument page
    "Every strategy, programme, plan, policy and guideline, who decides it and until when it holds. "
    "Strategies/programmes and plans are activating (change), policies and guidelines normative (rules for "
    "existing work).":
        "Alla strategier, program, planer, policyer och riktlinjer, vem som beslutar dem och hur länge de gäller. "
        "Strategier/program och planer är aktiverande (förändring), policyer och riktlinjer normerande (reglerar "
        "befintlig verksamhet).",
    "Add…": "Lägg till…",
    "Edit…": "Ändra…",
    "Open the document": "Öppna dokumentet",
    "Delete governing document": "Ta bort styrdokument",
    "Delete “%1” from the register? Edit → Undo brings it back.":
        "Ta bort ”%1” ur registret? Redigera → Ångra tar tillbaka det.",
    "Add governing document": "Lägg till styrdokument",
    "activating": "aktiverande",
    "normative": "normerande",
    "Effect": "Verkan",
    "Effect: %1": "Verkan: %1",
    "past its date": "datumet har passerat",
    "not the body for this kind": "inte rätt organ för den typen",
    "The plan's rule gives this kind of document to another body.":
        "Planens regel ger den här typen av dokument till ett annat organ.",
    "Valid until / review by": "Giltig till / revideras senast",
    "Owner unit": "Ansvarig enhet",
    "Document": "Dokument",
    "Reference number": "Diarienummer",
    "A web address or a file's path": "En webbadress eller en fils sökväg",
    "Choose file…": "Välj fil…",
    "The document's file": "Dokumentets fil",
    "Who decides what…": "Vem beslutar vad…",
    "Who decides what": "Vem beslutar vad",
    "The plan's rule of which body decides each kind of document": "Planens regel för vilket organ som beslutar varje typ av dokument",
    "Change who decides each kind of document": "Ändra vem som beslutar varje typ av dokument",
    "The body that decides each kind of document. A new document starts with it, and the check warns about a "
    "document decided by a lower body.":
        "Det organ som beslutar varje typ av dokument. Ett nytt dokument får det från början, och kontrollen "
        "varnar för ett dokument som beslutats av ett lägre organ.",
    "KF (the council)": "KF (kommunfullmäktige)",
    "KS (the executive board)": "KS (kommunstyrelsen)",
    "a committee or KS": "en nämnd eller KS",
    # Översikt
    "Governing documents past their date": "Styrdokument vars datum har passerat",
    "and %1 more": "och %1 till",
    "Open the register": "Öppna registret",
    # the verksamhetsplan's styrdokument
    "Governing document": "Styrdokument",
    "Governing documents: {titles}": "Styrdokument: {titles}",
    "To be reviewed in {year}": "Att revidera {year}",
    "No governing document is linked to the plan's goals.": "Inget styrdokument är kopplat till planens mål.",
    "Decided": "Beslutad",
    # refusals and notices
    "The document cannot be valid only until {end}: that lies before its decision date {start}.":
        "Dokumentet kan inte gälla bara till {end}: det är före beslutsdatumet {start}.",
    "The governing document “{title}” was valid until {day}: review it or give it a new date.":
        "Styrdokumentet ”{title}” gällde till {day}: revidera det eller ge det ett nytt datum.",
    "“{title}” is a {kind} decided by {body}, but the plan's rule gives a {kind} to {bodies}.":
        "”{title}” är en {kind} som beslutats av {body}, men planens regel ger {kind} till {bodies}.",
    "{count} situation review is deleted with it.": "{count} nulägeskoll tas bort med den.",
    "{count} situation reviews are deleted with it.": "{count} nulägeskollar tas bort med den.",
}
