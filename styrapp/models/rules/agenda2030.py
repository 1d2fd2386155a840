"""Agenda 2030: the 17 global goals with their names (by language) and official colours (light: no database)."""

from __future__ import annotations

from ...wording import tr
from ...wording.swedish import SWEDISH

# The UN's official English short names (the source of the word catalogue, which has the Swedish names as
# Svenska FN-förbundet and globalamalen.se give them); colours from the UN's SDG guidelines.
SDGS: tuple[tuple[int, str, str], ...] = (
    (1, "No poverty", "#E5243B"),
    (2, "Zero hunger", "#DDA63A"),
    (3, "Good health and well-being", "#4C9F38"),
    (4, "Quality education", "#C5192D"),
    (5, "Gender equality", "#FF3A21"),
    (6, "Clean water and sanitation", "#26BDE2"),
    (7, "Affordable and clean energy", "#FCC30B"),
    (8, "Decent work and economic growth", "#A21942"),
    (9, "Industry, innovation and infrastructure", "#FD6925"),
    (10, "Reduced inequalities", "#DD1367"),
    (11, "Sustainable cities and communities", "#FD9D24"),
    (12, "Responsible consumption and production", "#BF8B2E"),
    (13, "Climate action", "#3F7E44"),
    (14, "Life below water", "#0A97D9"),
    (15, "Life on land", "#56C02B"),
    (16, "Peace, justice and strong institutions", "#00689D"),
    (17, "Partnerships for the goals", "#19486A"),
)


def sdg_name(number: int) -> str:
    """Goal `number`'s name in the current language (the window's, the CLI's or a report's)."""
    return tr(SDGS[number - 1][1])


def swedish_name(number: int) -> str:
    """The Swedish name, as the plan file's reference table keeps it."""
    return SWEDISH[SDGS[number - 1][1]]
