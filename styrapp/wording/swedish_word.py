"""The Swedish of the texts about reports written as Word documents (the engine, styrapp-cli report -o
OUT.docx and "Spara som Word…" on Rapporter), merged into `swedish.SWEDISH`."""

PART: dict[str, str] = {
    # the Word document (Qt-free)
    "Figure": "Figur",
    "Logo of {organisation}": "Logotyp för {organisation}",
    "writing the file": "skriver filen",
    # refusals (messages.py)
    "“{title}” is drawn page by page and cannot be written as a Word file; write it as PDF. Reports that can be "
    "written as Word: {choices}.":
        "”{title}” ritas sida för sida och kan inte skrivas som Word-fil; skriv den som PDF. Rapporter som kan "
        "skrivas som Word: {choices}.",
    # styrapp-cli report
    "write a report as PDF or Word (operational plan, assignment plan, follow-up, situation review, internal "
    "control plan, report to the commissioner, annual wheel)":
        "skriv en rapport som PDF eller Word (verksamhetsplan, uppdragsplan, uppföljning, nulägeskoll, "
        "internkontrollplan, återrapport till uppdragsgivaren, årshjul)",
    "Writes the report as a PDF for printing: cover, table of contents, bookmarks, running header and footer with "
    "page numbers; or, given an OUT.docx, as a Word document with the same headings, tables and charts to finish "
    "by hand (not the situation review and the annual wheel, which are drawn page by page). The plan is opened "
    "for reading only; the file is written whole or not at all. An unknown report, period or unit gives the "
    "valid choices.":
        "Skriver rapporten som PDF för utskrift: försättsblad, innehållsförteckning, bokmärken, sidhuvud och "
        "sidfot med sidnummer; eller, med en UT.docx, som ett Word-dokument med samma rubriker, tabeller och "
        "diagram att arbeta vidare med (inte nulägeskollen och årshjulet, som ritas sida för sida). Planen "
        "öppnas bara för läsning; filen skrivs hel eller inte alls. En okänd rapport, period eller enhet ger de "
        "giltiga valen.",
    "OUT.pdf or OUT.docx": "UT.pdf eller UT.docx",
    "the file to write: a PDF, or a Word document when its name ends in .docx":
        "filen som skrivs: en PDF, eller ett Word-dokument när namnet slutar på .docx",
    # Rapporter (window)
    "Save as Word…": "Spara som Word…",
    "Save as Word": "Spara som Word",
    "Word document (*.docx)": "Word-dokument (*.docx)",
    "Writing %1 as Word:": "Skriver %1 som Word:",
    "Saved the report as Word to %1": "Rapporten sparades som Word i %1",
    "The chosen report as a Word document, with the same headings, tables and charts, to finish by hand":
        "Den valda rapporten som Word-dokument, med samma rubriker, tabeller och diagram, att arbeta vidare med",
    "This report is drawn page by page and can only be saved as PDF":
        "Den här rapporten ritas sida för sida och kan bara sparas som PDF",
}
