"""Update translations/styrapp_sv.ts from the sources, fill in the Swedish, and compile the .qm.

    python scripts/translate.py

The Swedish texts live in SWEDISH below (source text → translation); a source string without one
is left "unfinished", which the translation test reports.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "translations" / "styrapp_sv.ts"

SWEDISH = {
    "&File": "&Arkiv",
    "&Open…": "&Öppna…",
    "Save a &copy as…": "Spara &kopia som…",
    "&Quit": "&Avsluta",
    "Open plan": "Öppna plan",
    "Could not open the plan": "Planen kunde inte öppnas",
    "Save a copy as": "Spara kopia som",
    "Could not save the copy": "Kopian kunde inte sparas",
    "(no vision written yet)": "(ingen vision skriven ännu)",
    "no findings": "inga anmärkningar",
    "Goals": "Mål",
    "Assignments": "Uppdrag",
    "Activities": "Aktiviteter",
    "Indicators": "Indikatorer",
    "Measured values": "Mätvärden",
    "Events in the annual wheel": "Händelser i årshjulet",
    "Risks": "Risker",
    "Vision": "Vision",
    "The red thread": "Röda tråden",
}
PLURALS = {"%n finding(s)": ("%n anmärkning", "%n anmärkningar")}


def main() -> int:
    bin_dir = Path(sys.executable).parent
    sources = sorted(str(p) for sub in ("ui", "views") for p in (ROOT / "styrapp" / sub).rglob("*.py"))
    subprocess.run([str(bin_dir / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS),
                    "-source-language", "en", "-target-language", "sv"], check=True)
    tree = ET.parse(TS)
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in PLURALS:
            for child in list(translation):
                translation.remove(child)
            for form in PLURALS[source]:
                ET.SubElement(translation, "numerusform").text = form
            translation.attrib.pop("type", None)
        elif source in SWEDISH:
            translation.text = SWEDISH[source]
            translation.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(bin_dir / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
