"""Agenda 2030: the 17 global goals with their Swedish names and official colours (light: no database)."""

from __future__ import annotations

# Names as Svenska FN-förbundet and globalamalen.se give them; colours from the UN's SDG guidelines.
SDGS: tuple[tuple[int, str, str], ...] = (
    (1, "Ingen fattigdom", "#E5243B"),
    (2, "Ingen hunger", "#DDA63A"),
    (3, "God hälsa och välbefinnande", "#4C9F38"),
    (4, "God utbildning för alla", "#C5192D"),
    (5, "Jämställdhet", "#FF3A21"),
    (6, "Rent vatten och sanitet för alla", "#26BDE2"),
    (7, "Hållbar energi för alla", "#FCC30B"),
    (8, "Anständiga arbetsvillkor och ekonomisk tillväxt", "#A21942"),
    (9, "Hållbar industri, innovationer och infrastruktur", "#FD6925"),
    (10, "Minskad ojämlikhet", "#DD1367"),
    (11, "Hållbara städer och samhällen", "#FD9D24"),
    (12, "Hållbar konsumtion och produktion", "#BF8B2E"),
    (13, "Bekämpa klimatförändringarna", "#3F7E44"),
    (14, "Hav och marina resurser", "#0A97D9"),
    (15, "Ekosystem och biologisk mångfald", "#56C02B"),
    (16, "Fredliga och inkluderande samhällen", "#00689D"),
    (17, "Genomförande och globalt partnerskap", "#19486A"),
)
