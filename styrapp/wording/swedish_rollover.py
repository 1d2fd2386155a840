"""The Swedish of the texts about the turn of the year (Plan → New plan period…, `styrapp-cli rollover`) (window and Qt-free parts), merged into
`swedish.SWEDISH`."""

PART: dict[str, str] = {
    # refusals (messages.py)
    "The plan already holds the plan year {year}; a plan year is made only once. Nothing has been changed.":
        "Planen har redan planåret {year}; ett planår görs bara en gång. Ingenting har ändrats.",
    "{year} lies before the plan's first plan year, {first}: the next plan year to make is {next}. Nothing has been changed.":
        "{year} ligger före planens första planår, {first}: nästa planår att göra är {next}. Ingenting har ändrats.",
    "A new plan year is made from the plan's newest, {newest}: the next one is {next}, not {year}. Nothing has been changed.":
        "Ett nytt planår görs från planens senaste, {newest}: nästa är {next}, inte {year}. Ingenting har ändrats.",
    "The plan requires {year} to be closed before {next} is made from it. Close {year} first. Nothing has been changed.":
        "Planen kräver att {year} är stängt innan {next} görs från det. Stäng {year} först. Ingenting har ändrats.",
    "A target must be a number; got “{value}”.": "Ett målvärde måste vara ett tal; fick ”{value}”.",
    "Indicator {ident} is not in the plan.": "Indikator {ident} finns inte i planen.",
    # styrapp-cli rollover
    "make the next plan year from the newest (the turn of the year)": "gör nästa planår från det senaste (årsskiftet)",
    "Makes plan year YEAR from the year before it, the plan's newest: goals not marked as ended, assignments and activities not done, the follow-up periods, the annual wheel and the risks, each linked to the record it came from. Done work and every follow-up stay in their year.":
        "Gör planåret ÅR från året före, planens senaste: mål som inte markerats som avslutade, uppdrag och aktiviteter som inte är klara, uppföljningsperioderna, årshjulet och riskerna, var och en länkad till posten den kom från. Klart arbete och all uppföljning stannar i sitt år.",
    "the new plan year": "det nya planåret",
    "only show what would be done; nothing is written": "visa bara vad som skulle göras; ingenting skrivs",
    "Would make plan year {year} (“{title}”) from {old}; nothing has been written.":
        "Skulle göra planåret {year} (”{title}”) från {old}; ingenting har skrivits.",
    "Plan year {year} (“{title}”) was made from {old}.": "Planåret {year} (”{title}”) gjordes från {old}.",
    "Carried into {year}:": "Förs över till {year}:",
    "Staying in {year}:": "Stannar i {year}:",
    "Indicator targets changed": "Ändrade målvärden för indikatorer",
    "Periods and events are moved one year on; meetings keep their weekday (the second Tuesday of a month stays the second Tuesday).":
        "Perioder och händelser flyttas ett år framåt; sammanträden behåller sin veckodag (andra tisdagen i en månad förblir andra tisdagen).",
    "Marked as ended, with what lies under them": "Markerade som avslutade, med det som ligger under dem",
    "Assignments done or cancelled": "Uppdrag som är klara eller avbrutna",
    "Measures done or cancelled, or under one that stays": "Åtgärder som är klara eller avbrutna, eller ligger under en som stannar",
    "Activities done or cancelled, or under one that stays": "Aktiviteter som är klara eller avbrutna, eller ligger under en som stannar",
    "Follow-ups and analyses stay in {year}. The indicators and their measured values, the governance model and the organisational units are shared by every year: nothing to copy.":
        "Uppföljningar och analyser stannar i {year}. Indikatorerna och deras mätvärden, styrmodellen och organisationens enheter delas av alla år: inget att kopiera.",
    # the window: Plan → New plan period…
    "&New plan period…": "&Ny planperiod…",
    "Make next year's plan from this year's: what continues, the periods, the annual wheel and the risks":
        "Gör nästa års plan från årets: det som fortsätter, perioderna, årshjulet och riskerna",
    "New plan period %1": "Ny planperiod %1",
    "New plan period": "Ny planperiod",
    "Indicator": "Indikator",
    "Target {year}": "Målvärde {year}",
    "Type the target for the new year; leave it as it is to keep it.":
        "Skriv målvärdet för det nya året; lämna det som det är för att behålla det.",
    "Plan year {year} (“{title}”) is made from {old}. What continues gets a copy in {year} that remembers where it came from; what is done stays in {old} with every follow-up and analysis. It is one step: Edit → Undo takes it all back.":
        "Planåret {year} (”{title}”) görs från {old}. Det som fortsätter får en kopia i {year} som minns var den kom ifrån; det som är klart stannar i {old} med all uppföljning och analys. Det är ett steg: Redigera → Ångra tar tillbaka allt.",
    "The indicators go on into {year} with their measured values. Their targets for {year}:":
        "Indikatorerna följer med in i {year} med sina mätvärden. Deras målvärden för {year}:",
    "Make {year}": "Gör {year}",
    "Goals continuing": "Mål som fortsätter",
    "Assignments continuing": "Uppdrag som fortsätter",
    "Measures continuing": "Åtgärder som fortsätter",
    "Activities continuing": "Aktiviteter som fortsätter",
    "Marked as ended, not carried": "Markerade som avslutade, förs inte över",
    "Done or cancelled (or under such), staying in {old}": "Klara eller avbrutna (eller under sådana), stannar i {old}",
    "Reporting periods moved to {year}": "Rapporteringsperioder flyttade till {year}",
    "{count} events moved one year": "{count} händelser flyttas ett år framåt",
    "{count} meetings on the same weekday (the second Tuesday stays the second Tuesday)":
        "{count} sammanträden på samma veckodag (andra tisdagen förblir andra tisdagen)",
    "Shared by every year, nothing to copy": "Delas av alla år, inget att kopiera",
    "The governance model and its levels": "Styrmodellen och dess nivåer",
    "The organisation's units": "Organisationens enheter",
    "The indicators and their measured values": "Indikatorerna och deras mätvärden",
    "Risks carried: {count}": "Risker som förs över: {count}",
    "Close {old} first?": "Stäng {old} först?",
    "The plan requires {old} to be closed (after its annual report) before {year} is made from it. A closed year can be read but not changed until it is reopened.":
        "Planen kräver att {old} är stängt (efter årsredovisningen) innan {year} görs från det. Ett stängt år kan läsas men inte ändras förrän det öppnas igen.",
    "One-off events in the annual wheel": "Engångshändelser i årshjulet",
    "{count} one-off events stay in {old}": "{count} engångshändelser stannar i {old}",
}
