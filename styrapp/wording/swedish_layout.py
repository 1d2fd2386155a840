"""The Swedish of the texts about layout (window and Qt-free parts), merged into `swedish.SWEDISH`."""

PART: dict[str, str] = {
}
