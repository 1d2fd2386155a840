"""The Swedish of the texts about the built program (issue 20, "Ship it"): the start options, merged into
`swedish.SWEDISH`."""

PART: dict[str, str] = {
    "check that the program works here: open a new copy of the demo plan, show every page, make one report of "
    "each kind, quit (exit status 0 when all went well)":
        "prova att programmet fungerar här: öppna en ny kopia av demoplanen, visa varje sida, gör en rapport av "
        "varje slag, avsluta (slutstatus 0 när allt gick bra)",
}
