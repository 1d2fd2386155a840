"""The Swedish of the texts about layout (window and Qt-free parts), merged into `swedish.SWEDISH`."""

PART: dict[str, str] = {
    "check that the window starts here: open a new copy of the demo plan, show every page, quit (exit status 0 "
    "when all went well)":
        "prova att fönstret startar här: öppna en ny kopia av demoplanen, visa varje sida, avsluta (slutstatus 0 "
        "när allt gick bra)",
}
