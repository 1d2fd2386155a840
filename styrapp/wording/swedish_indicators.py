"""The Swedish of the texts about indicators (window and Qt-free parts), merged into `swedish.SWEDISH`."""

PART: dict[str, str] = {
}
