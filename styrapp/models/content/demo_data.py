"""The figures and texts of the demo plan. Kept apart from the code that builds it.

Real: the vision and the five övergripande mål (NVK's styrmodell), and the population of Fagersta
(1982) and Norberg (1962), Kolada KPI N01951 "Invånare totalt, antal" (Källa: Kolada, RKA).
Everything else is example data, invented to show how styrapp works, and marked so in the plan.
"""

from __future__ import annotations

# Källa: Kolada (RKA), N01951, values T/K/M per year.
KOLADA_N01951 = {
    "1982": {  # Fagersta
        2018: (13464, 6626, 6838), 2019: (13391, 6593, 6798), 2020: (13267, 6525, 6742),
        2021: (13319, 6551, 6768), 2022: (13341, 6570, 6771),
    },
    "1962": {  # Norberg
        2018: (5795, 2818, 2977), 2019: (5690, 2773, 2917), 2020: (5729, 2792, 2937),
        2021: (5714, 2784, 2930), 2022: (5627, 2749, 2878),
    },
}

DEPARTMENTS = (
    ("Gata och park", "Ansvarar för gator, gång- och cykelvägar, belysning, parker och lekplatser i Fagersta och Norberg."),
    ("Vatten och avlopp", "Producerar dricksvatten och renar avloppsvatten; driver och förnyar ledningsnätet."),
    ("Avfall och återvinning", "Samlar in hushållsavfall och driver återvinningscentralerna."),
    ("Administration och ekonomi", "Ekonomi, HR, kundservice och nämndadministration för förbundet."),
)

# Per goal (index into the five övergripande mål): indicators as dicts, with example measurements.
# "actual": {year: value} (T) or {year: (T, K, M)}; "delar" is the delårsrapport figure for 2026 (aug).
INDICATORS = (
    (0, dict(name="Nöjd kund-index, vatten och avlopp", unit="index", source="Kundundersökning (egen mätning)",
             direction="higher", target=75, baseline=68, baseline_year=2023, frequency="yearly", sdgs=[6],
             owner="Vatten och avlopp", reported_to_council=True,
             actual={2022: 66, 2023: 68, 2024: 70, 2025: 72}, forecast={2026: 73})),
    (0, dict(name="Invånare i Fagersta", unit="antal", source="Kolada", kolada_id="N01951", kolada_municipality="1982",
             direction="higher", frequency="yearly", sdgs=[11], gender_split=True,
             description="Invånare totalt, antal. Antalet invånare som förbundets verksamhet i Fagersta betjänar.")),
    (0, dict(name="Invånare i Norberg", unit="antal", source="Kolada", kolada_id="N01951", kolada_municipality="1962",
             direction="higher", frequency="yearly", sdgs=[11], gender_split=True,
             description="Invånare totalt, antal. Antalet invånare som förbundets verksamhet i Norberg betjänar.")),
    (1, dict(name="Budgetavvikelse, andel av omsättningen", unit="%", decimals=1, source="Ekonomisystemet",
             direction="higher", target=0.0, baseline=-1.8, baseline_year=2023, frequency="tertial", sdgs=[16],
             owner="Administration och ekonomi", reported_to_council=True,
             actual={2022: -2.4, 2023: -1.8, 2024: -0.9, 2025: 0.3}, delar=-0.4, forecast={2026: -0.2})),
    (1, dict(name="Genomförda investeringar, andel av investeringsbudgeten", unit="%", source="Ekonomisystemet",
             direction="higher", target=85, baseline=64, baseline_year=2023, frequency="yearly", sdgs=[9],
             owner="Administration och ekonomi",
             actual={2022: 58, 2023: 64, 2024: 71, 2025: 69}, delar=41, forecast={2026: 78})),
    (2, dict(name="Hållbart medarbetarengagemang (HME)", unit="index", source="Medarbetarenkät",
             direction="higher", target=80, baseline=75, baseline_year=2023, frequency="yearly", sdgs=[8],
             owner="Administration och ekonomi", gender_split=True, reported_to_council=True,
             actual={2023: (75, 77, 74), 2024: (76, 78, 75), 2025: (78, 80, 77)})),
    (2, dict(name="Sjukfrånvaro", unit="%", decimals=1, source="Lönesystemet",
             direction="lower", target=5.0, baseline=6.8, baseline_year=2023, frequency="tertial", sdgs=[3],
             owner="Administration och ekonomi", gender_split=True,
             actual={2022: (7.1, 8.4, 6.5), 2023: (6.8, 8.0, 6.2), 2024: (6.9, 8.3, 6.2), 2025: (7.3, 8.9, 6.5)},
             delar=(7.6, 9.4, 6.7))),
    (3, dict(name="Felanmälningar åtgärdade inom utlovad tid", unit="%", source="Ärendesystemet",
             direction="higher", target=90, baseline=78, baseline_year=2023, frequency="tertial", sdgs=[11],
             owner="Gata och park",
             actual={2022: 74, 2023: 78, 2024: 83, 2025: 87}, delar=91, forecast={2026: 90})),
    (3, dict(name="Anmärkningar på dricksvattnet", unit="antal", source="Egenkontroll, ackrediterat labb",
             direction="lower", target=0, baseline=3, baseline_year=2023, frequency="monthly", sdgs=[6],
             owner="Vatten och avlopp", reported_to_council=True,
             actual={2022: 2, 2023: 3, 2024: 1, 2025: 0}, delar=0)),
    (4, dict(name="Fossilfria drivmedel i fordonsflottan", unit="%", source="Bränslestatistik",
             direction="higher", target=80, baseline=45, baseline_year=2023, frequency="yearly", sdgs=[13],
             owner="Gata och park",
             actual={2022: 38, 2023: 45, 2024: 52, 2025: 61}, forecast={2026: 66})),
    (4, dict(name="Hushållsavfall till materialåtervinning", unit="%", source="Avfall Web",
             direction="higher", target=50, baseline=38, baseline_year=2023, frequency="yearly", sdgs=[12],
             owner="Avfall och återvinning",
             actual={2022: 36, 2023: 38, 2024: 39, 2025: 40}, forecast={2026: 41})),
)

# Aktiviteter under each goal: (goal index, title, owner, responsible, start, due, progress, indicator name)
ACTIVITIES = (
    (0, "Genomföra kundundersökning inom vatten och avlopp", "Administration och ekonomi", "Kundservicechef",
     "2026-02-01", "2026-04-30", "done", "Nöjd kund-index, vatten och avlopp"),
    (0, "Trygghetsvandringar med medlemskommunerna i Fagersta och Norberg", "Gata och park", "Enhetschef park",
     "2026-04-01", "2026-10-31", "ongoing", None),
    (1, "Månadsvis budgetuppföljning med varje avdelning", "Administration och ekonomi", "Ekonomichef",
     "2026-01-01", "2026-12-31", "ongoing", "Budgetavvikelse, andel av omsättningen"),
    (1, "Långsiktig investeringsplan för VA-ledningsnätet 2027–2036", "Vatten och avlopp", "VA-chef",
     "2026-03-01", "2026-11-30", "ongoing", "Genomförda investeringar, andel av investeringsbudgeten"),
    (2, "Handlingsplaner utifrån medarbetarenkäten på alla arbetsplatser", "Administration och ekonomi", "HR-chef",
     "2026-01-15", "2026-05-31", "done", "Hållbart medarbetarengagemang (HME)"),
    (2, "Tidig kontakt och rehabilitering vid upprepad korttidsfrånvaro", "Administration och ekonomi", "HR-chef",
     "2026-02-01", "2026-12-31", "ongoing", "Sjukfrånvaro"),
    (3, "Digital felanmälan med återkoppling via sms", "Gata och park", "Driftchef gata",
     "2026-01-01", "2026-06-30", "done", "Felanmälningar åtgärdade inom utlovad tid"),
    (3, "Förnya 1,2 km vattenledning enligt förnyelseplanen", "Vatten och avlopp", "Projektledare VA",
     "2026-04-01", "2026-10-31", "postponed", "Anmärkningar på dricksvattnet"),
    (4, "Byta sex arbetsfordon till el- eller HVO-drift", "Gata och park", "Fordonsansvarig",
     "2026-01-01", "2026-12-31", "ongoing", "Fossilfria drivmedel i fordonsflottan"),
    (4, "Matavfallsinsamling i alla flerbostadshus", "Avfall och återvinning", "Avfallschef",
     "2026-03-01", "2026-12-31", "not_started", "Hushållsavfall till materialåtervinning"),
)

# Delårsrapport 2026 for each goal: status, assessment, analysis.
FOLLOW_UPS = (
    ("yellow", "partly_met", "Kundnöjdheten inom vatten och avlopp fortsätter att öka och ligger nu på 72, men målvärdet 75 är "
     "ännu inte nått. Trygghetsvandringarna har genomförts i båda kommunerna och gett en åtgärdslista för belysning."),
    ("yellow", "partly_met", "Budgetavvikelsen efter augusti är −0,4 procent av omsättningen, främst på grund av högre "
     "energipriser i vattenverken. Prognosen för helåret är en liten underskottsavvikelse. Investeringstakten är låg "
     "under första halvåret men väntas öka under hösten."),
    ("red", "not_met", "Sjukfrånvaron har ökat till 7,6 procent och är fortsatt högre bland kvinnor (9,4 procent) än bland "
     "män (6,7 procent). Arbetet med tidig rehabilitering har startat men ännu inte gett effekt. HME-index 2025 "
     "visar en positiv trend."),
    ("green", "met", "91 procent av felanmälningarna åtgärdades inom utlovad tid efter införandet av digital felanmälan. "
     "Inga anmärkningar på dricksvattnet under perioden. Ledningsförnyelsen har skjutits till 2027 på grund av "
     "upphandlingen."),
    ("yellow", "partly_met", "Andelen fossilfria drivmedel ökar enligt plan. Materialåtervinningen står still kring "
     "40 procent; matavfallsinsamlingen i flerbostadshus startar först under hösten."),
)

RISKS = (
    # title, process, category, likelihood, consequence, chosen, control, method, responsible, frequency,
    # reported to, reported in (period), unit
    ("Felaktiga leverantörsfakturor betalas ut", "Inköp och betalning", "finance", 2, 3, True,
     "Stickprov på 20 fakturor per tertial mot avtal och beställning", "Stickprov", "Ekonomichef", "tertial",
     "Direktionen i delårsrapport och årsredovisning", "Delårsrapport", "Administration och ekonomi"),
    ("Direktupphandlingar följer inte LOU och riktlinjerna", "Upphandling", "compliance", 3, 3, True,
     "Genomgång av samtliga direktupphandlingar över 100 tkr", "Genomgång av registret", "Upphandlingsansvarig",
     "semiannual", "Direktionen i delårsrapport och årsredovisning", "Delårsrapport", "Administration och ekonomi"),
    ("Driftstopp i vattenverket efter ett it-angrepp", "Vattenproduktion", "information", 2, 4, True,
     "Test av reservdrift och återställning av styrsystem", "Övning med protokoll", "VA-chef", "yearly",
     "Direktionen i delårsrapporten", "Delårsrapport", "Vatten och avlopp"),
    ("Arbetsskador vid arbete i trafikmiljö", "Drift gata", "operations", 2, 4, True,
     "Kontroll av TA-planer och skyddsutrustning vid tre arbetsplatser", "Arbetsplatsbesök", "Driftchef gata",
     "semiannual", "Direktionen i delårsrapport och årsredovisning", "Delårsrapport", "Gata och park"),
    ("Nyckelkompetens inom VA lämnar förbundet", "Kompetensförsörjning", "operations", 3, 2, False, "", "", "HR-chef",
     "yearly", "", None, None),
    ("Attestordningen följs inte vid semester", "Attest", "fraud", 2, 2, False, "", "", "Ekonomichef", "yearly", "",
     None, None),
)
# The follow-up of the chosen risks' controls in the delårsrapport: risk, outcome, what was found, actions.
CONTROL_FOLLOW_UPS = (
    ("Felaktiga leverantörsfakturor betalas ut", "ok", "20 fakturor granskade i april och augusti; alla stämde mot "
     "avtal och beställning.", ""),
    ("Direktupphandlingar följer inte LOU och riktlinjerna", "deviations", "3 av 14 direktupphandlingar över 100 tkr "
     "saknade dokumentation.", "Mall för dokumentation av direktupphandling införs; utbildning för beställare i oktober."),
    ("Driftstopp i vattenverket efter ett it-angrepp", "ok", "Reservdriften övades i maj; styrsystemet återställdes "
     "på 3 timmar.", ""),
    ("Arbetsskador vid arbete i trafikmiljö", "not_performed", "Kontrollen sköts upp: två av tre arbetsplatser "
     "startade först i september.", "Kontrollen görs i oktober och redovisas i årsredovisningen."),
)

BUDGET = (  # avdelning, ram tkr, utfall till och med augusti, helårsprognos
    ("Gata och park", 38_400, 26_150, 39_100),
    ("Vatten och avlopp", 61_200, 40_300, 62_000),
    ("Avfall och återvinning", 44_800, 29_600, 44_500),
    ("Administration och ekonomi", 17_600, 11_450, 17_450),
)

DOCUMENTS = (  # title, kind, decided_by, decided_on, valid_until
    ("Styrmodell för NVK", "guideline", "Förbundsdirektionen", "2024-06-12", None),
    ("Avfallsplan för Fagersta och Norberg 2021–2030", "plan", "Kommunfullmäktige i Fagersta och Norberg", "2021-03-22", "2030-12-31"),
    ("VA-plan 2023–2030", "plan", "Förbundsdirektionen", "2023-05-17", "2030-12-31"),
    ("Arbetsmiljöpolicy", "policy", "Förbundsdirektionen", "2022-11-09", None),
    ("Riktlinje för direktupphandling", "guideline", "Förbundsdirektionen", "2024-02-14", None),
)

DOCUMENT_GOALS = {  # a styrdokument's title → the goals it serves (0–4: the NVK template's five goals, in order)
    "Styrmodell för NVK": (1,),
    "Avfallsplan för Fagersta och Norberg 2021–2030": (4,),
    "VA-plan 2023–2030": (0, 3),
    "Arbetsmiljöpolicy": (2,),
    "Riktlinje för direktupphandling": (1,),
}

# The nulägeskoll's sources (Norrtälje: documented sources) and key figures (indicators by name).
SITUATION_SOURCES = dict(analysis_source="Delårsrapport augusti 2026", needs_source="Kundundersökning 2026",
                         results_source="Ärendesystemet och lönesystemet", trends_source="Länsstyrelsens klimatanalys")
SITUATION_KEY_FIGURES = ("Nöjd kund-index, vatten och avlopp", "Felanmälningar åtgärdade inom utlovad tid",
                         "Sjukfrånvaro", "Budgetavvikelse, andel av omsättningen")

SITUATION = dict(
    mission="NVK sköter gator och parker, vatten och avlopp samt avfall och återvinning åt Fagersta och Norbergs kommuner.",
    analysis="Verksamheten levererar i stort det som medlemskommunerna beställer, men ekonomin är ansträngd av höga "
             "energi- och materialpriser och en eftersläpning i underhållet av ledningsnätet.",
    needs="Invånarna vill ha rent vatten, trygga och upplysta gångstråk och enkel sortering nära hemmet.",
    results="Fler felanmälningar åtgärdas i tid och kundnöjdheten inom VA ökar. Sjukfrånvaron har ökat.",
    challenges="Underhållsskulden i ledningsnätet, kompetensförsörjning inom VA och omställningen till fossilfria fordon.",
    key_figures="Nöjd kund-index VA 72 (mål 75). Sjukfrånvaro 7,6 %. Felanmälningar i tid 91 %.",
    trends="Klimatanpassning med skyfall och torka ställer nya krav på dagvatten och dricksvattenförsörjning.",
)

MEETINGS = ("02-18", "04-22", "06-10", "09-23", "11-25")  # direktionens sammanträden

# Uppdrag from the direktion, with åtgärder (example data: NVK's own plan has no uppdrag tree; the
# levels follow Norrtälje's uppdrag → åtgärd). goal index it serves, title, owner, responsible, due,
# progress, budget impact tkr, åtgärder (title, owner, due, progress).
ASSIGNMENTS = (
    (1, "Ta fram en långsiktig investeringsplan för VA-ledningsnätet", "Vatten och avlopp", "VA-chef",
     "2026-11-30", "ongoing", 450.0,
     (("Inventera ledningsnätets status med filmning", "Vatten och avlopp", "2026-06-30", "done"),
      ("Prioritera förnyelse efter risk och kostnad", "Vatten och avlopp", "2026-10-31", "ongoing"))),
    (4, "Införa matavfallsinsamling i alla flerbostadshus", "Avfall och återvinning", "Avfallschef",
     "2026-12-31", "ongoing", None,
     (("Informera fastighetsägare i Fagersta och Norberg", "Avfall och återvinning", "2026-04-30", "done"),
      ("Ställa ut kärl för matavfall", "Avfall och återvinning", "2026-09-30", "postponed"))),
    (2, "Minska sjukfrånvaron genom förebyggande arbetsmiljöinsatser", "Administration och ekonomi",
     "HR-strateg", "2026-12-31", "not_started", None,
     (("Kartlägga orsaker till korttidsfrånvaro", "Administration och ekonomi", "2026-05-31", "not_started"),)),
)
