"""The Swedish of the texts about control (window and Qt-free parts), merged into `swedish.SWEDISH`."""

PART: dict[str, str] = {
}
