"""The Swedish of the texts about uppdragsgivarens mål fetched from another plan, and the report back to the uppdragsgivare (window and Qt-free parts), merged into
`swedish.SWEDISH`."""

PART: dict[str, str] = {
}
