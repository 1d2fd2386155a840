"""Issue 19, item 3: the reports laid out like a document, not a dump. Read from the PDFs as printed:
no heading alone at a page's foot, a table never leaves one row alone on a page and starts where it
can split instead of leaving half a page empty, each indicator's chart printed once, a missing analysis
counted once per section, the uppdragsplan's flags filled from the plan, and the large plan's contents
holding the top two levels only."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from styrapp.models.file.plan_file import open_plan
from styrapp.models.queries.report_rows import Trees, indicator_areas
from styrapp.reports.blocks import grid
from styrapp.reports.engine import ReportOptions, build_report
from styrapp.reports.page_layout import MIN_ROWS
from styrapp.reports.pdf_document import Cover, heading, write_pdf

FOOT = 45  # points from the paper's bottom: below is the footer
ROOM = 30  # points of content a heading must have below it on its page
HEADER = 60  # points from the paper's top: above is the running header


def _outline(reader: PdfReader, levels: bool = False) -> list[tuple]:
    def flat(items, depth=0):
        for item in items:
            if isinstance(item, list):
                yield from flat(item, depth + 1)
            else:
                yield item, depth

    return [(reader.get_destination_page_number(item), item.title) + ((depth,) if levels else ())
            for item, depth in flat(reader.outline)]


def _chunks(page) -> list[tuple[float, float, bool, str]]:
    """(y on the page, printed size, bold, text) of every piece of text on `page`."""
    out = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            bold = "Bold" in str(font.get("/BaseFont", "")) if font else False
            out.append((y, size * tm[3] * cm[3], bold, " ".join(text.split())))

    page.extract_text(visitor_text=visit)
    return out


def headings_alone(path: Path) -> list[str]:
    """The headings with less than ROOM points of anything printed below them on their page while their
    content (text, or a deeper heading) starts the next page. A heading whose section is complete at the
    page's foot (a goal with nothing under it, the next heading a sibling) is not alone; neither is the
    last heading of a report, which may end it with one line."""
    reader = PdfReader(str(path))
    chunks: dict[int, list] = {}

    def page_chunks(number):
        if number not in chunks:
            chunks[number] = _chunks(reader.pages[number])
        return chunks[number]

    def place(number, title):
        """(top, bottom) of the heading `title` on page `number`."""
        title = " ".join(title.split())
        lines = [c for c in page_chunks(number) if c[2] and c[1] >= 10.4 and c[3] in title]
        first = next((c for c in lines if title.startswith(c[3])), None)
        assert first is not None, (title, number)
        return first[0], min(c[0] for c in lines if first[0] - 120 < c[0] <= first[0])

    outline = _outline(reader, levels=True)
    alone = []
    for index, (number, title, level) in enumerate(outline):
        _top, bottom = place(number, title)
        below = [c[0] for c in page_chunks(number) if FOOT < c[0] < bottom - 1]
        if (below and bottom - min(below) >= ROOM) or number == len(reader.pages) - 1:
            continue
        later = outline[index + 1] if index + 1 < len(outline) else None
        if later is not None and later[2] <= level and later[0] == number + 1:
            top, _bottom = place(later[0], later[1])
            header = float(reader.pages[later[0]].mediabox.height) - HEADER
            if not [c for c in page_chunks(later[0]) if top + 1 < c[0] < header]:
                continue  # its section ended on this page: the next page starts with a sibling's heading
        alone.append(f"p. {number + 1}: {' '.join(title.split())}")
    return alone


@pytest.fixture(scope="module")
def demo_reports(tmp_path_factory):
    from styrapp.models.content.demo import write_demo

    folder = tmp_path_factory.mktemp("layout")
    demo = write_demo(folder / "demo.styrplan")
    out = {}
    with open_plan(demo, read_only=True) as plan:
        for kind in ("verksamhetsplan", "uppfoljning", "uppdragsplan", "internkontroll", "aterrapport"):
            out[kind] = build_report(plan, kind, folder / f"{kind}.pdf", ReportOptions(language="sv"))
    return out


@pytest.mark.parametrize("kind", ["verksamhetsplan", "uppfoljning", "uppdragsplan", "internkontroll", "aterrapport"])
def test_no_heading_stands_alone_at_a_page_foot(demo_reports, kind):
    assert headings_alone(demo_reports[kind]) == []


def test_the_check_finds_a_heading_alone(tmp_path):
    """The check itself: a heading pushed to the page's foot by a spacer, with nothing that may follow it
    there (a table needs its header and two rows), moves to the next page; a heading drawn with no such
    rule (a bare paragraph in the heading's style at the foot) is found."""
    from reportlab.platypus import PageBreak, Paragraph

    from styrapp.reports.typography import styles

    rows = [[f"Rad {n}", "text"] for n in range(30)]
    story = [heading("Först"), Paragraph("Lite text. " * 40, styles()["body"]), Spacer(1, 200 * mm), heading("Tabellen", 1),
             grid(["A", "B"], rows, [50, 50])]
    kept = write_pdf(tmp_path / "kept.pdf", Cover("Org", "Titel"), story, subject="test")
    assert headings_alone(kept) == []
    assert _outline(PdfReader(str(kept)))[-1][0] == 3  # cover, contents, page 1, the table's heading on page 2

    class Bare(Paragraph):  # in the outline by hand, with no layout rule
        pass

    bare = tmp_path / "bare.pdf"
    from reportlab.platypus import SimpleDocTemplate

    def mark(canvas, doc):
        canvas.bookmarkPage("b")
        canvas.addOutlineEntry("Ensam rubrik", "b")

    document = SimpleDocTemplate(str(bare))
    document.build([Spacer(1, 225 * mm), Bare("Ensam rubrik", styles()["h2"]), PageBreak(),
                    Paragraph("Det som hör till rubriken. " * 20, styles()["body"])], onFirstPage=mark)
    assert headings_alone(bare) == ["p. 1: Ensam rubrik"]


def test_a_long_table_after_a_heading_starts_on_the_same_page(tmp_path):
    """No half-empty page: with half a page left, the heading and the table start there and the table
    splits, its header repeated."""
    rows = [[f"Rad {n}", "text"] for n in range(80)]
    story = [heading("Först"), Spacer(1, 110 * mm), heading("Tabellen", 1), grid(["Namn", "Värde"], rows, [50, 50])]
    path = write_pdf(tmp_path / "half.pdf", Cover("Org", "Titel"), story, subject="test")
    reader = PdfReader(str(path))
    assert _outline(reader)[-1][0] == 2  # the table's heading on the first page of the text
    following = reader.pages[3].extract_text()
    assert "Namn" in following and "Värde" in following  # the header again on the next page


def _split_counts(table, width, height):
    parts = table.split(width, height)
    return [len(part._cellvalues) - 1 for part in parts]


def test_a_table_leaves_no_row_alone_on_either_side_of_a_page_break():
    table = grid(["Namn", "Värde"], [[f"Rad {n}", "text"] for n in range(10)], [50, 50])
    width = 170 * mm
    table.wrap(width, 10_000)
    header, row = table._rowHeights[0], table._rowHeights[1]
    assert _split_counts(table, width, header + row * 1.5) == []  # one row would fit: the table moves on
    assert _split_counts(table, width, header + row * 2.5) == [2, 8]
    assert _split_counts(table, width, header + row * 9.5) == [10 - MIN_ROWS, MIN_ROWS]  # not 9 and 1
    short = grid(["Namn", "Värde"], [[f"Rad {n}", "text"] for n in range(3)], [50, 50])
    short.wrap(width, 10_000)
    assert sum(_split_counts(short, width, header + row * 2.5)) == 3  # three rows cannot leave two each side


def test_each_chart_is_printed_once_and_referred_to_after(demo_reports):
    for kind in ("verksamhetsplan", "uppfoljning"):
        reader = PdfReader(str(demo_reports[kind]))
        titles = Counter(c[3] for page in reader.pages for c in _chunks(page)
                         if not c[2] and abs(c[1] - 10.0) < 0.05 and c[0] > 100)
        assert titles, kind
        assert titles.most_common(1)[0][1] == 1, (kind, titles.most_common(3))
        text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
        assert re.search(r"Diagram för .+?: se under [^.]+", text), kind  # the NVK demo's activities share charts


def test_a_missing_analysis_is_one_line_per_section(demo_reports):
    reader = PdfReader(str(demo_reports["uppfoljning"]))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Ingen analys skriven för perioden" not in text
    goals = re.findall(r"Analys saknas för (\d+) av (\d+) mål\.", text)
    assert len(goals) == 1
    missing, total = map(int, goals[0])
    assert 0 < missing < total


def _tree():
    """KF målområde 1 with goal 2 under it, målområde 3; uppdrag 10 (budget impact) serves goal 2,
    uppdrag 11 serves målområde 3, aktivitet 12 under uppdrag 11."""
    goals = [SimpleNamespace(id=1, parent_id=None, title="Område A"), SimpleNamespace(id=2, parent_id=1, title="Mål A1"),
             SimpleNamespace(id=3, parent_id=None, title="Område B")]
    work = [SimpleNamespace(id=10, parent_id=None, title="Uppdrag X"), SimpleNamespace(id=11, parent_id=None, title="Uppdrag Y"),
            SimpleNamespace(id=12, parent_id=11, title="Aktivitet Y1")]
    nodes = {n: SimpleNamespace(budget_impact=n == 10) for n in (1, 2, 3, 10, 11, 12)}
    return goals, work, nodes


def test_the_uppdragsplan_flags_come_from_the_links():
    goals, work, nodes = _tree()
    links = [(100, 2), (101, 3), (102, 12), (103, 1), (104, 10)]
    trees = Trees(nodes, goals, work, serves=[(10, 2), (11, 3)], indicator_links=links)
    areas = indicator_areas(trees)
    assert areas[100] == (["Område A"], True, True)  # its goal is served by uppdrag X, which affects the budget
    assert areas[101] == (["Område B"], True, False)  # served by uppdrag Y, no budget impact
    assert areas[102] == ([], True, False)  # on an aktivitet itself
    assert areas[103] == (["Område A"], False, False)  # no uppdrag serves the målområde itself
    assert areas[104] == (["Område A"], True, True)  # on uppdrag X: the area of the goal it serves


def test_the_demo_uppdragsplan_prints_its_flags(demo_reports):
    reader = PdfReader(str(demo_reports["uppdragsplan"]))
    crosses = [c for page in reader.pages for c in _chunks(page) if c[3] == "x" and c[2]]
    assert len({round(c[0]) for c in crosses}) >= 3  # on several rows
    with open_plan(demo_reports["uppdragsplan"].parent / "demo.styrplan", read_only=True) as plan:
        from styrapp.models.queries.report_rows import read_trees

        flags = indicator_areas(read_trees(plan)).values()
    assert any(work for _a, work, _b in flags) and any(budget for _a, _w, budget in flags)
    assert len(crosses) == sum(work + budget for _a, work, budget in flags) + sum(
        1 for line in _council_flags(demo_reports["uppdragsplan"].parent / "demo.styrplan"))


def _council_flags(path):
    from sqlalchemy import select

    from styrapp.models.tables import Indicator

    with open_plan(path, read_only=True) as plan, plan.session() as session:
        return [i for i in session.execute(select(Indicator)).scalars() if i.reported_to_council]


def test_the_large_plans_contents_hold_the_top_two_levels(tmp_path):
    from bench.large_plan import write_large

    large = write_large(tmp_path / "large.styrplan")
    with open_plan(large, read_only=True) as plan:
        path = build_report(plan, "verksamhetsplan", tmp_path / "vp.pdf",
                            ReportOptions(language="sv", sections=frozenset({"goals"})))
    reader = PdfReader(str(path))
    outline = _outline(reader)
    first = min(page for page, _title in outline)
    assert first - 1 <= 3  # the contents: pages 2 … first-1
    contents = " ".join(reader.pages[1].extract_text().split())
    assert "Målområde 1" in contents and "Inriktningsmål" not in contents
    assert len(outline) > 400  # the bookmarks keep every goal
    assert headings_alone(path) == []


def test_the_aterrapport_counts_its_missing_analyses_once_per_commissioner(demo, tmp_path):
    from styrapp.models.enums import Origin
    from styrapp.models.queries.follow_up_rows import periods
    from styrapp.models.queries.node_rows import read_tree
    from styrapp.models.services import calendar
    from styrapp.models.tables import Node, NodeSource

    goals = [row for row in read_tree(demo, "goals").rows if row.kind == "goal"][:3]
    with demo.transaction() as session:
        for goal in goals:
            session.get(Node, goal.id).origin = Origin.COMMISSIONER.value
            session.add(NodeSource(node_id=goal.id, source_uuid=f"s-{goal.id}", organisation="Askersunds kommun",
                                   plan_title="Verksamhetsplan 2026", plan_year=2026, level="Målområde"))
    period = next(p for p in periods(demo) if p.name == "Delårsrapport")
    calendar.set_follow_up(demo, goals[0].id, period.id, status="yellow", analysis="Det går framåt.")
    for goal in goals[1:]:  # followed up, but with no analysis written
        calendar.set_follow_up(demo, goal.id, period.id, status="green", analysis="")
    path = build_report(demo, "aterrapport", tmp_path / "ater.pdf", ReportOptions(period="Delårsrapport", language="sv"))
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)
    assert re.findall(r"Analys saknas för \d+ av \d+ mål\.", text) == ["Analys saknas för 2 av 3 mål."]
    assert "Ingen analys skriven" not in text and "Det går framåt." in text
