"""The Swedish of the texts about reports of a chosen plan year, uppdragsgivarens mål marked in the
verksamhetsplan, and the återrapport till uppdragsgivaren (Qt-free parts), merged into `swedish.SWEDISH`."""

PART: dict[str, str] = {
    # refusals (messages.py)
    "The plan holds no plan year {year}. Choose from: {choices}.":
        "Planen har inget planår {year}. Välj bland: {choices}.",
    "The reporting period “{period}” belongs to {period_year}, the report to {year}. Choose from: {choices}.":
        "Uppföljningsperioden ”{period}” hör till {period_year}, rapporten till {year}. Välj bland: {choices}.",
    # the mark of an uppdragsgivarens mål
    "Commissioner's goal": "Uppdragsgivarens mål",
    "Commissioner's goals": "Uppdragsgivarens mål",
    "Removed from the commissioner's plan": "Borttaget ur uppdragsgivarens plan",
    "Level in the commissioner's plan: {level}": "Nivå i uppdragsgivarens plan: {level}",
    # the återrapport
    "Report to the commissioner": "Återrapport till uppdragsgivaren",
    "Report back to the commissioner: this plan's assessment of the commissioner's goals":
        "Återrapport till uppdragsgivaren: planens bedömning av uppdragsgivarens mål",
    "What goes back to the commissioner: its goals with this plan's status, assessment, analysis, indicators "
    "and work for a period":
        "Det som går tillbaka till uppdragsgivaren: dess mål med planens status, bedömning, analys, indikatorer "
        "och arbete för en period",
    "The plan has no goals from a commissioner.": "Planen har inga mål från en uppdragsgivare.",
    "This plan's status, assessment and analysis of the goals it has from a commissioner, for {period} (up to {end}).":
        "Planens status, bedömning och analys av målen den har från en uppdragsgivare, för {period} "
        "(till och med {end}).",
    "Commissioner": "Uppdragsgivare",
    "Our goals under it": "Våra mål under målet",
    "laying out the goals": "lägger upp målen",
    # styrapp-cli report
    "write a report as PDF (operational plan, assignment plan, follow-up, situation review, internal control plan, "
    "report to the commissioner, annual wheel)":
        "skriv en rapport som PDF (verksamhetsplan, uppdragsplan, uppföljning, nulägeskoll, internkontrollplan, "
        "återrapport till uppdragsgivaren, årshjul)",
    "the plan year, shown as it was: its goals, assignments, periods and follow-ups (default: the plan's newest year)":
        "planåret, som det var: dess mål, uppdrag, perioder och uppföljningar (standard: planens senaste år)",
}
