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
}
