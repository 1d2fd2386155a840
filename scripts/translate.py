"""Update translations/styrapp_sv.ts from the sources, fill in the Swedish, and compile the .qm; write
translations/styrapp_en.ts with the English forms of the plural texts (and only those), and compile it.

    python scripts/translate.py

The Swedish texts live in the one word catalogue, styrapp/wording/swedish.py (source text → translation),
which the Qt-free parts read too; a source string without one is left "unfinished", which the translation
test reports.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "translations" / "styrapp_sv.ts"

sys.path.insert(0, str(ROOT))
from styrapp.wording.swedish import ENGLISH_PLURALS, PLURALS, SWEDISH  # noqa: E402

EN_TS = ROOT / "translations" / "styrapp_en.ts"


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
    _write_english_plurals(tree)
    subprocess.run([str(bin_dir / "pyside6-lrelease"), str(EN_TS), "-qm", str(EN_TS.with_suffix(".qm"))], check=True)
    return 0


def _write_english_plurals(swedish: ET.ElementTree) -> None:
    """The plural messages of the Swedish file, in their contexts, with the English forms."""
    root = ET.Element("TS", version="2.1", language="en", sourcelanguage="en")
    for context in swedish.iter("context"):
        plurals = [m for m in context.iter("message") if m.findtext("source") in ENGLISH_PLURALS]
        if not plurals:
            continue
        out = ET.SubElement(root, "context")
        ET.SubElement(out, "name").text = context.findtext("name")
        for message in plurals:
            copy = ET.SubElement(out, "message", numerus="yes")
            ET.SubElement(copy, "source").text = message.findtext("source")
            translation = ET.SubElement(copy, "translation")
            for form in ENGLISH_PLURALS[message.findtext("source")]:
                ET.SubElement(translation, "numerusform").text = form
    ET.ElementTree(root).write(EN_TS, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    sys.exit(main())
