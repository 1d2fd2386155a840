"""The Swedish of the texts about periods (window and Qt-free parts), merged into `swedish.SWEDISH`."""

PART: dict[str, str] = {
}
