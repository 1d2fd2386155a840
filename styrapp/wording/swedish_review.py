"""The Swedish of the texts about the nulägeskoll and the styrdokument (window and Qt-free parts), merged into
`swedish.SWEDISH`."""

PART: dict[str, str] = {
    # the printed nulägeskoll and its fit gauge
    "Situation review {year}": "Nulägeskoll {year}",
    "Key figure": "Nyckeltal",
    # refusals and notices
    "The document cannot be valid only until {end}: that lies before its decision date {start}.":
        "Dokumentet kan inte gälla bara till {end}: det är före beslutsdatumet {start}.",
    "{count} situation review is deleted with it.": "{count} nulägeskoll tas bort med den.",
    "{count} situation reviews are deleted with it.": "{count} nulägeskollar tas bort med den.",
}
