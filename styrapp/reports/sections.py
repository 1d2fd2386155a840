"""Which sections a report has: each kind's optional parts, and the plan's own choice of them (kept in
the plan as the setting `report.options`, so the whole office prints the same report)."""

from __future__ import annotations

from typing import Any

SECTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "verksamhetsplan": (("vision", "Vision och värdegrund"), ("goals", "Målen med indikatorer"),
                        ("charts", "Diagram för indikatorerna"), ("work", "Uppdrag och aktiviteter under målen"),
                        ("wheel", "Årshjul"), ("budget", "Budgetram")),
    "uppfoljning": (("summary", "Sammanfattning"), ("charts", "Diagram för indikatorerna"), ("work", "Uppdrag"),
                    ("economy", "Ekonomi")),
    "internkontroll": (("others", "Övriga risker i riskanalysen"),),
}


def all_sections(kind: str) -> frozenset[str]:
    return frozenset(key for key, _title in SECTIONS.get(kind, ()))


def chosen_sections(options: dict[str, Any], kind: str) -> frozenset[str]:
    """The sections the plan's report settings keep for `kind` (all of them unless told otherwise)."""
    saved = options.get("sections", {}).get(kind) if isinstance(options.get("sections"), dict) else None
    if not isinstance(saved, list):
        return all_sections(kind)
    return frozenset(str(key) for key in saved) & all_sections(kind)


def with_sections(options: dict[str, Any], kind: str, sections: frozenset[str]) -> dict[str, Any]:
    """New report settings with `kind`'s sections set (for `plan_settings.set_setting`)."""
    out = dict(options)
    chosen = dict(out.get("sections", {})) if isinstance(out.get("sections"), dict) else {}
    chosen[kind] = sorted(sections & all_sections(kind))
    out["sections"] = chosen
    return out
