"""The Swedish of the texts about layout (window and Qt-free parts), merged into `swedish.SWEDISH`."""

PART: dict[str, str] = {
    "check that the window starts here: open a new copy of the demo plan, show every page, quit (exit status 0 "
    "when all went well)":
        "prova att fönstret startar här: öppna en ny kopia av demoplanen, visa varje sida, avsluta (slutstatus 0 "
        "när allt gick bra)",
    "“{value}” has a point, which in Swedish could mark the decimals or the thousands. Write the decimals after "
    "a comma (1234,5) and thousands with a space (1 234,5).":
        "”{value}” har en punkt, som kan betyda decimaler eller tusental. Skriv decimalerna efter ett "
        "kommatecken (1234,5) och tusental med mellanslag (1 234,5).",
    "“{value}” has a comma that does not mark thousands. Write the decimals after a point (1234.5) and thousands "
    "with a comma (1,234.5).":
        "”{value}” har ett kommatecken som inte skiljer tusental. På engelska skrivs decimalerna efter en punkt "
        "(1234.5) och tusental med kommatecken (1,234.5).",
    "“{value}” cannot be read as one number: spaces or separators between digits may only mark thousands (groups "
    "of three digits, as in 1 234 567).":
        "”{value}” kan inte läsas som ett tal: mellanslag eller skiljetecken mellan siffrorna får bara skilja "
        "tusental (grupper om tre siffror, som i 1 234 567).",
    "“{value}” is no whole number; write it without decimals.": "”{value}” är inget heltal; skriv det utan decimaler.",
    "{value} lies outside what can be chosen here: {low} to {high}.":
        "{value} ligger utanför det som kan väljas här: {low} till {high}.",
    "“{value}” has more decimals than this field keeps ({decimals}); round it as you want it kept.":
        "”{value}” har fler decimaler än fältet sparar ({decimals}); avrunda det så som du vill ha det sparat.",
}
