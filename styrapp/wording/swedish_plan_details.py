"""The Swedish of the texts about plan details (window and Qt-free parts), merged into `swedish.SWEDISH`."""

PART: dict[str, str] = {
}
