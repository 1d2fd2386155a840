"""The Swedish of the texts about the nulägeskoll and the styrdokument (window and Qt-free parts), merged into
`swedish.SWEDISH`."""

PART: dict[str, str] = {
}
