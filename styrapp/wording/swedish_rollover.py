"""The Swedish of the texts about the turn of the year (Plan → New plan period…, `styrapp-cli rollover`) (window and Qt-free parts), merged into
`swedish.SWEDISH`."""

PART: dict[str, str] = {
    # refusals (messages.py)
    "The plan already holds the plan year {year}; a plan year is made only once. Nothing has been changed.":
        "Planen har redan planåret {year}; ett planår görs bara en gång. Ingenting har ändrats.",
    "{year} lies before the plan's first plan year, {first}: the next plan year to make is {next}. Nothing has been changed.":
        "{year} ligger före planens första planår, {first}: nästa planår att göra är {next}. Ingenting har ändrats.",
    "A new plan year is made from the plan's newest, {newest}: the next one is {next}, not {year}. Nothing has been changed.":
        "Ett nytt planår görs från planens senaste, {newest}: nästa är {next}, inte {year}. Ingenting har ändrats.",
    "The plan requires {year} to be closed before {next} is made from it. Close {year} first. Nothing has been changed.":
        "Planen kräver att {year} är stängt innan {next} görs från det. Stäng {year} först. Ingenting har ändrats.",
    "A target must be a number; got “{value}”.": "Ett målvärde måste vara ett tal; fick ”{value}”.",
    "Indicator {ident} is not in the plan.": "Indikator {ident} finns inte i planen.",
}
