"""The Swedish of the texts about economy (window and Qt-free parts), merged into `swedish.SWEDISH`."""

PART: dict[str, str] = {
}
