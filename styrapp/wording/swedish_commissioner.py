"""The Swedish of the texts about uppdragsgivarens mål fetched from another plan, and the report back to the uppdragsgivare (window and Qt-free parts), merged into
`swedish.SWEDISH`."""

PART: dict[str, str] = {
    # ---- refusals (codes in messages.py) ----
    "“{title}” is the commissioner's goal, fetched from {organisation}'s plan: its title, description, level and place are set there. Fetch the goals again to take in changes; this plan's own links, indicators and follow-up can be changed.":
        "”{title}” är uppdragsgivarens mål, hämtat från {organisation}s plan: dess titel, beskrivning, nivå och plats bestäms där. Hämta målen igen för att ta in ändringar; den här planens egna kopplingar, indikatorer och uppföljning går att ändra.",
    "{name} is this plan itself; choose the commissioner's plan to fetch goals from.":
        "{name} är den här planen själv; välj uppdragsgivarens plan att hämta mål från.",
    "The plan {name} has no unit called “{unit}”. Its units: {units}.":
        "Planen {name} har ingen enhet som heter ”{unit}”. Dess enheter: {units}.",
    "The plan {name} is damaged: “{title}” sits under itself through its parents. Nothing has been fetched.":
        "Planen {name} är skadad: ”{title}” ligger under sig själv genom sina överordnade. Ingenting har hämtats.",
    "“{part}” is no level mapping; write the source's level=the level here, e.g. Goal area=Goal area.":
        "”{part}” är ingen nivåkoppling; skriv källans nivå=nivå här, t.ex. Målområde=Målområde.",
    "The plan {name} has no goals on a level called “{level}”. Its levels: {levels}.":
        "Planen {name} har inga mål på en nivå som heter ”{level}”. Dess nivåer: {levels}.",
    "This plan has no level called “{level}”. Choose from: {levels}.":
        "Den här planen har ingen nivå som heter ”{level}”. Välj bland: {levels}.",
    "This plan has no level for the commissioner's “{level}”; map it to one of this plan's levels.":
        "Den här planen har ingen nivå för uppdragsgivarens ”{level}”; koppla den till en av den här planens nivåer.",
    "{organisation} is another kind of organisation than this one, so its levels do not follow this plan's: say which level here each of its levels ({levels}) goes to.":
        "{organisation} är en annan sorts organisation än den här, så dess nivåer följer inte den här planens: ange vilken nivå här var och en av dess nivåer ({levels}) ska till.",
    "“{title}” cannot be fetched: {detail} Nothing has been fetched; map its level to another.":
        "”{title}” kan inte hämtas: {detail} Ingenting har hämtats; koppla dess nivå till en annan.",
    "--levels, --unit and --apply are only for goals fetched from another plan (--format plan)":
        "--levels, --unit och --apply gäller bara mål som hämtas från en annan plan (--format plan)",
    # ---- the CLI: styrapp-cli import PLAN SOURCE.styrplan --format plan ----
    "MAPPING": "KOPPLING",
    "(--format plan) which level here each of the source plan's levels goes to, by name, source=here separated by commas, e.g. {example}; =- leaves a level out. A level not named goes to the level of the same name, else the one at the same depth; needed when the organisations are of different kinds":
        "(--format plan) vilken nivå här var och en av källplanens nivåer ska till, med namn, källa=här åtskilda med komma, t.ex. {example}; =- lämnar en nivå utanför. En nivå som inte nämns går till nivån med samma namn, annars den på samma djup; krävs när organisationerna är av olika slag",
    "(--format plan) the source plan's unit whose assignments to fetch (by name); without it, the unit named as this plan's organisation":
        "(--format plan) den enhet i källplanen vars uppdrag ska hämtas (med namn); utan den, enheten som heter som den här planens organisation",
    "(--format plan) fetch: add the new goals, take in the changed ones and mark the removed ones. Without it the differences are only shown and nothing is written":
        "(--format plan) hämta: lägg till de nya målen, ta in de ändrade och markera de borttagna. Utan den visas bara skillnaderna och ingenting skrivs",
    "“{text}”": "”{text}”",
    "Goals from {organisation}, {title} ({year}):": "Mål från {organisation}, {title} ({year}):",
    "Levels: {mapping}": "Nivåer: {mapping}",
    "New ({count}):": "Nya ({count}):",
    "Changed ({count}):": "Ändrade ({count}):",
    "description: {old} → {new}": "beskrivning: {old} → {new}",
    "level: {old} → {new}": "nivå: {old} → {new}",
    "back at the source after being marked as removed": "tillbaka i källan efter att ha markerats som borttaget",
    "Removed at the source ({count}); kept here and marked:": "Borttagna i källan ({count}); behålls här och markeras:",
    "Unchanged: {count}": "Oförändrade: {count}",
    "Nothing has been written; give --apply to fetch these changes.": "Ingenting har skrivits; ange --apply för att hämta ändringarna.",
    "Fetched: {added} new, {changed} changed, {removed} marked as removed at the source.":
        "Hämtat: {added} nya, {changed} ändrade, {removed} markerade som borttagna i källan.",
    # ---- the window: Arkiv → Hämta mål från uppdragsgivarens plan…, the goal tree and its form ----
    "&Fetch goals from the commissioner's plan…": "&Hämta mål från uppdragsgivarens plan…",
    "Fetch the goals set by the commissioner from their plan file, kept linked to it; fetching again shows what changed there":
        "Hämta de mål som uppdragsgivaren satt från deras planfil, länkade till den; hämtas de igen visas vad som ändrats där",
    "Fetch goals from %1": "Hämta mål från %1",
    "Fetch goals from the commissioner's plan": "Hämta mål från uppdragsgivarens plan",
    "Goals set by the commissioner (the council, the committee) are fetched from their plan file and kept linked to it: here they can be followed up and linked, and fetching again shows what changed there.":
        "Mål som uppdragsgivaren (fullmäktige, nämnden) satt hämtas från deras planfil och förblir länkade till den: här kan de följas upp och kopplas, och hämtas de igen visas vad som ändrats där.",
    "The commissioner's plan (.styrplan)": "Uppdragsgivarens plan (.styrplan)",
    "Choose…": "Välj…",
    "Plan:": "Plan:",
    "Levels: where each of the commissioner's levels goes in this plan": "Nivåer: vart var och en av uppdragsgivarens nivåer hamnar i den här planen",
    "Assignments addressed to": "Uppdrag riktade till",
    "Change": "Ändring",
    "Level": "Nivå",
    "Here now": "Här nu",
    "In the commissioner's plan": "I uppdragsgivarens plan",
    "Fetch the chosen": "Hämta de valda",
    "The commissioner's plan": "Uppdragsgivarens plan",
    "styrapp plan (*.styrplan)": "styrapp-plan (*.styrplan)",
    "this organisation (by its name)": "den här organisationen (med sitt namn)",
    "%1 – %2 (%3)": "%1 – %2 (%3)",
    "(leave out)": "(hoppa över)",
    "New": "Ny",
    "Changed": "Ändrad",
    "Removed there": "Borttagen där",
    "(no longer there; kept here and marked)": "(finns inte längre där; behålls här och markeras)",
    "1 difference": "1 skillnad",
    "%1 differences": "%1 skillnader",
    "1 goal as before.": "1 mål som förut.",
    "%1 goals as before.": "%1 mål som förut.",
    "Tick the differences to fetch.": "Kryssa för de skillnader som ska hämtas.",
    "The commissioner's goal, from %1": "Uppdragsgivarens mål, från %1",
    "The commissioner's goal – from %1, %2": "Uppdragsgivarens mål – från %1, %2",
    "(removed from the commissioner's plan; kept here with its follow-up)": "(borttaget ur uppdragsgivarens plan; behålls här med sin uppföljning)",
    "%1 is another kind of organisation than this one: check where each of its levels goes.":
        "%1 är en annan sorts organisation än den här: se efter vart var och en av dess nivåer ska.",
}
