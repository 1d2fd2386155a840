"""The Swedish of the texts about the turn of the year (Plan → New plan period…, `styrapp-cli rollover`) (window and Qt-free parts), merged into
`swedish.SWEDISH`."""

PART: dict[str, str] = {
}
