"""Swedish for the accessible reports (issue 19, item 6): the alternative texts of charts and figures."""

PART = {
    "Outcome {values}": "Utfall {values}",
    "women {values}": "kvinnor {values}",
    "men {values}": "män {values}",
    "forecast {values}": "prognos {values}",
    "target{year} {value}": "målvärde{year} {value}",
    "baseline{year} {value}": "utgångsvärde{year} {value}",
    "no values yet": "inga värden ännu",
    "Chart of {indicator}: {what}.": "Diagram över {indicator}: {what}.",
    "no goals": "inga mål",
    "Chart of the goals' status per goal area: {what}.": "Diagram över målens status per målområde: {what}.",
    "{name}: frame {frame}, outcome {outcome}, forecast {forecast}":
        "{name}: ram {frame}, utfall {outcome}, prognos {forecast}",
    "Annual wheel {year} of {organisation}, rings: {rings}.": "Årshjul {year} för {organisation}, ringar: {rings}.",
    "Events: {events}.": "Händelser: {events}.",
    "No events.": "Inga händelser.",
    "Agenda 2030 goals: {goals}": "Agenda 2030-mål: {goals}",
    "The logo of {organisation}": "Logotyp för {organisation}",
}
