"""The PDF reports, read back with pypdf as a reader would: every kind for the demo plan and an empty
plan, the text that must be there, bookmarks and metadata, hostile user text, one page per unit for
the nulägeskoll, and Cancel that leaves no file."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from styrapp.models.errors import InvalidValue
from styrapp.models.file.plan_file import open_plan
from styrapp.models.queries.node_rows import read_tree
from styrapp.models.services import calendar, control, nodes, risks
from styrapp.models.tables import OrgUnit
from styrapp.reports.engine import KIND_KEYS, ReportOptions, build_report
from styrapp.reports.pdf_document import ReportCancelled
from styrapp.reports.situation_report import SECTIONS
from styrapp.wording import tr
from tests.conftest import make_plan


def _text(path) -> str:
    """All the PDF's text, with line breaks and runs of spaces made single spaces (cells wrap)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _outline_titles(path) -> list[str]:
    def walk(items):
        for item in items:
            if isinstance(item, list):
                yield from walk(item)
            else:
                yield item.title

    return list(walk(PdfReader(path).outline))


@pytest.mark.parametrize("kind", KIND_KEYS)
def test_every_kind_renders_for_the_demo_plan(demo, tmp_path, kind):
    out = tmp_path / "ut"
    out.mkdir()
    path = build_report(demo, kind, out / f"{kind}.pdf")
    reader = PdfReader(path)
    text = _text(path)
    assert "Norra Västmanlands Kommunalteknikförbund" in text
    assert reader.metadata.author == "Norra Västmanlands Kommunalteknikförbund"
    assert reader.metadata.title.endswith("2026")
    if kind == "nulageskoll":  # one page per unit, no cover and no contents, a bookmark per unit
        assert len(reader.pages) == len(_outline_titles(path)) >= 1
        assert f"Sida 1 av {len(reader.pages)}" in text
    elif kind != "arshjul":
        assert len(reader.pages) >= 3 and _outline_titles(path)  # cover, contents, sections with bookmarks
        assert f"Sida 2 av {len(reader.pages)}" in text
    assert list(out.iterdir()) == [path]  # no temporary file left beside it


def test_the_verksamhetsplan_carries_every_goal_and_its_indicators(demo, tmp_path):
    path = build_report(demo, "verksamhetsplan", tmp_path / "vp.pdf")
    text = _text(path)
    for row in read_tree(demo, "goals").rows:
        assert " ".join(row.title.split())[:40] in text
    assert "Nöjd kund-index, vatten och avlopp" in text and "Vision och värdegrund" in text
    assert "Budgetram" in text and "Årshjul" in text
    assert any(title.startswith("Övergripande mål") for title in _outline_titles(path))


def test_the_uppdragsplan_has_askersunds_columns_on_landscape_pages(demo, tmp_path):
    path = build_report(demo, "uppdragsplan", tmp_path / "up.pdf")
    text = _text(path)
    for column in ("KF målområde", "Indikator/källa", "Önskat värde", "Aktuellt värde", "Uppdrag", "Indikator KF"):
        assert column in text
    page = PdfReader(path).pages[2]
    assert float(page.mediabox.width) > float(page.mediabox.height)


def test_the_follow_up_report_is_for_the_period_asked_for(demo, tmp_path):
    path = build_report(demo, "uppfoljning", tmp_path / "uf.pdf", ReportOptions(period="delårsrapport"))
    text = _text(path)
    assert "Delårsrapport" in text and "2026-08-31" in text
    assert "Målens status per målområde" in text and "Mål med röd status" in text and "Ekonomi" in text
    with pytest.raises(InvalidValue, match="Välj bland: Delårsrapport, Årsredovisning"):
        build_report(demo, "uppfoljning", tmp_path / "x.pdf", ReportOptions(period="Tertial 9"))
    assert not (tmp_path / "x.pdf").exists()


def test_unknown_kinds_and_units_name_the_choices(demo, tmp_path):
    with pytest.raises(InvalidValue, match="verksamhetsplan, uppdragsplan"):
        build_report(demo, "budget", tmp_path / "x.pdf")
    with pytest.raises(InvalidValue, match="Gata och park"):
        build_report(demo, "nulageskoll", tmp_path / "x.pdf", ReportOptions(unit="Okänd"))


@pytest.mark.parametrize("kind", KIND_KEYS)
def test_every_kind_renders_for_an_empty_plan(tmp_path, kind):
    with open_plan(make_plan(tmp_path / "tom.styrplan", "default", 2027)) as plan:
        path = build_report(plan, kind, tmp_path / f"{kind}.pdf")
    text = _text(path)
    assert "Testkommun" in text
    empty = {"verksamhetsplan": "Planen har inga mål ännu.", "uppfoljning": "Planen har inga mål ännu.",
             "uppdragsplan": "Planen har inga indikatorer ännu.", "nulageskoll": "Planen har ingen nulägeskoll",
             "internkontroll": "Inga risker är valda"}
    assert empty.get(kind, "") in text  # an empty section says so, it is not a bare heading


def test_hostile_text_comes_out_as_text_and_never_breaks_the_layout(demo, tmp_path):
    goals = read_tree(demo, "goals").rows
    first = goals[0]
    nasty = "Mål <b>fet</b> & \"citat\" 🚀 ÅÄÖ " + "mycket långt namn " * 30
    nodes.update_node(demo, first.id, title=nasty, description="", how_measured="x" * 3000)
    period = next(p.id for p in _periods(demo) if p.name == "Delårsrapport")
    calendar.set_follow_up(demo, first.id, period, status="red", analysis=("Lång analys med <tag> & mer. " * 700).strip())
    for kind in ("verksamhetsplan", "uppfoljning"):
        path = build_report(demo, kind, tmp_path / f"{kind}.pdf", ReportOptions(period="Delårsrapport"))
        text = _text(path)
        assert "<b>fet</b> &" in text and "□" in text and "ÅÄÖ" in text and "🚀" not in text
    assert "Lång analys med <tag> & mer." in _text(tmp_path / "uppfoljning.pdf")


def _periods(plan):
    from styrapp.models.queries.follow_up_rows import periods

    return periods(plan)


def test_a_nulageskoll_is_one_page_per_unit_and_marks_what_was_shortened(demo, tmp_path):
    with demo.session() as session:
        units = list(session.execute(select(OrgUnit.id, OrgUnit.name).order_by(OrgUnit.id)).all())[:3]
    for unit_id, name in units:
        control.set_situation_review(demo, unit_id, 2026, mission=f"Uppdraget för {name}.",
                                     analysis="Analys av nuläget. " * 1200, needs="Behov. " * 400, results="",
                                     challenges="Utmaningar ÅÄÖ. " * 300, analysis_source="SCB 2025")
    path = build_report(demo, "nulageskoll", tmp_path / "nk.pdf")
    reader = PdfReader(path)
    reviews = _outline_titles(path)
    assert {name for _id, name in units} <= set(reviews)
    assert len(reader.pages) == len(reviews)  # no cover, no contents: exactly one page per unit
    text = _text(path)
    assert "[förkortad – hela texten finns i planen]" in text and "Inte ifyllt." in text and "Källa: SCB 2025" in text
    for page in reader.pages:  # every section on every unit's page, the analysis with its own text
        on_page = " ".join(page.extract_text().split())
        assert "Nulägeskoll 2026" in on_page and "Norra Västmanlands Kommunalteknikförbund" in on_page
        for _key, title in SECTIONS:
            assert tr(title) in on_page, (title, on_page[:80])
    assert "Analys av nuläget. Analys av nuläget." in text
    one = build_report(demo, "nulageskoll", tmp_path / "en.pdf", ReportOptions(unit=units[0][1].upper()))
    assert len(PdfReader(one).pages) == 1 and _outline_titles(one) == [units[0][1]]


def test_cancel_mid_export_leaves_no_file(demo, tmp_path):
    calls = []

    def progress(percent, what):
        calls.append(percent)
        return len(calls) < 8  # give up part way through laying out the pages

    out = tmp_path / "ut"
    out.mkdir()
    with pytest.raises(ReportCancelled):
        build_report(demo, "verksamhetsplan", out / "vp.pdf", progress=progress)
    assert list(out.iterdir()) == []


def test_a_report_replaces_an_old_file_only_when_it_is_done(demo, tmp_path):
    target = tmp_path / "vp.pdf"
    target.write_bytes(b"old")
    with pytest.raises(ReportCancelled):
        build_report(demo, "verksamhetsplan", target, progress=lambda p, w: p < 40)
    assert target.read_bytes() == b"old"
    build_report(demo, "verksamhetsplan", target)
    assert target.read_bytes().startswith(b"%PDF")


def test_the_risk_matrix_and_the_chosen_risks(demo, tmp_path):
    risks.create_risk(demo, title="Felaktiga utbetalningar <&>", year=2026, likelihood=4, consequence=4, chosen=True,
                        control="Stickprov", responsible="Ekonomichef", reporting="Direktionen, december")
    text = _text(build_report(demo, "internkontroll", tmp_path / "ik.pdf"))
    assert "Riskmatris" in text and "Sannolikhet" in text and "Konsekvens" in text and "Mycket hög" in text
    assert "Felaktiga utbetalningar <&>" in text and "Stickprov" in text
    assert "16 Mycket hög" in text  # each cell's risk value written beside its band's word


def test_the_follow_up_of_each_control_for_a_period(demo, tmp_path):
    from styrapp.models.services import risks

    period = next(p.id for p in _periods(demo) if p.name == "Årsredovisning")
    chosen = [r.id for r in risks_of(demo) if r.chosen]
    risks.set_control_follow_up(demo, chosen[0], period, outcome="deviations", findings="Två fakturor <utan> attest",
                                actions="Påminnelse & utbildning")
    text = _text(build_report(demo, "internkontroll", tmp_path / "ik.pdf", ReportOptions(period="Årsredovisning")))
    assert "Uppföljning av kontrollerna: Årsredovisning" in text
    assert "3 av 4 kontroller är inte uppföljda än." in text and text.count("○ Inte uppföljd än") == 3
    assert "▲ Genomförd, brister funna" in text and "Två fakturor <utan> attest" in text
    assert "Påminnelse & utbildning" in text
    interim = _text(build_report(demo, "internkontroll", tmp_path / "ik2.pdf", ReportOptions(period="Delårsrapport")))
    assert "Alla kontroller är uppföljda." in interim and "✗ Ej genomförd" in interim and "✓ Genomförd utan anmärkning" in interim
    without = _text(build_report(demo, "internkontroll", tmp_path / "ik3.pdf",
                                 ReportOptions(period="Delårsrapport", sections=frozenset({"others"}))))
    assert "Uppföljning av kontrollerna" not in without and "Riskmatris" in without


def risks_of(plan):
    from styrapp.models.queries.control_rows import risk_analysis

    return risk_analysis(plan, 2026).risks


def test_the_annual_wheel_report_on_a3(demo, tmp_path):
    path = build_report(demo, "arshjul", tmp_path / "hjul.pdf", ReportOptions(size="A3"))
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 1191)
    assert date.today().year  # the report needs no date of its own


@pytest.mark.parametrize("kind", ["verksamhetsplan", "uppfoljning"])
def test_the_contents_and_the_bookmarks_lead_to_the_page_of_each_section(demo, tmp_path, kind):
    import re

    path = build_report(demo, kind, tmp_path / f"{kind}.pdf")
    reader = PdfReader(path)

    def walk(items, depth=0):
        for item in items:
            if isinstance(item, list):
                yield from walk(item, depth + 1)
            else:
                yield item.title, reader.get_destination_page_number(item) + 1, depth

    every = list(walk(reader.outline))
    bookmarks = [(title, page) for title, page, _depth in every]
    assert len({page for _title, page in bookmarks}) > 3  # the sections are spread over the pages
    for title, page in bookmarks:
        on_page = " ".join(reader.pages[page - 1].extract_text().split())
        assert " ".join(title.split())[:30] in on_page, (title, page)
    contents = reader.pages[1].extract_text(extraction_mode="layout")
    listed = [int(number) for number in re.findall(r"\.\s+(\d+)\s*$", contents, re.MULTILINE)]
    assert listed == [page for _title, page, depth in every if depth < 2]  # the contents: the top two levels


@pytest.mark.parametrize("kind", KIND_KEYS)
def test_every_kind_prints_in_english_with_the_plans_own_text_as_written(demo, tmp_path, kind):
    path = build_report(demo, kind, tmp_path / f"{kind}.pdf", ReportOptions(language="en"))
    reader = PdfReader(path)
    text = _text(path)
    english = {"verksamhetsplan": "Operational plan 2026", "uppdragsplan": "Council goal area",
               "uppfoljning": "Summary", "nulageskoll": "Situation review 2026",
               "internkontroll": "Risk matrix", "arshjul": "January",
               "aterrapport": "The plan has no goals from a commissioner."}[kind]
    assert english in text
    assert "Norra Västmanlands Kommunalteknikförbund" in text  # the plan's own text, as written
    if kind != "arshjul":
        assert f"Page {min(2, len(reader.pages))} of {len(reader.pages)}" in text and "Sida " not in text
        assert reader.trailer["/Root"]["/Lang"] == "en"
    for swedish in ("Innehåll", "Utskriven", "Målvärde", "Jämförelsevärde", "Sannolikhet", "Sammanfattning", "januari"):
        assert swedish not in text


def test_the_plan_keeps_the_report_language_and_a_bad_one_is_refused(demo, tmp_path):
    from styrapp.models.queries.plan_settings import get_setting
    from styrapp.models.rules.plan_settings import REPORT_OPTIONS
    from styrapp.models.services.plan_settings import set_setting
    from styrapp.reports.report_settings import with_language

    set_setting(demo, REPORT_OPTIONS, with_language(get_setting(demo, REPORT_OPTIONS), "en"))
    assert "Contents" in _text(build_report(demo, "uppfoljning", tmp_path / "en.pdf"))
    assert "Innehåll" in _text(build_report(demo, "uppfoljning", tmp_path / "sv.pdf", ReportOptions(language="sv")))
    with pytest.raises(InvalidValue, match="Välj bland: sv, en"):
        build_report(demo, "uppfoljning", tmp_path / "de.pdf", ReportOptions(language="de"))
    assert not (tmp_path / "de.pdf").exists()
    set_setting(demo, REPORT_OPTIONS, {"language": "klingon", "accent": "röd"})  # say, from a newer styrapp
    text = _text(build_report(demo, "internkontroll", tmp_path / "ik.pdf"))
    assert "Riskmatris" in text  # Swedish and the standard colour, no error


def test_the_profile_colour_is_on_the_cover_and_a_pale_one_still_gives_legible_headings(demo, tmp_path):
    from reportlab.lib.colors import HexColor
    from reportlab.lib.rl_accel import fp_str

    from styrapp.models.rules.plan_settings import REPORT_OPTIONS
    from styrapp.models.services.plan_settings import set_setting
    from styrapp.reports.report_settings import with_accent
    from styrapp.reports.typography import _contrast_on_white, accent_fill, accent_ink, use_accent

    set_setting(demo, REPORT_OPTIONS, with_accent({}, "#aa1e2d"))
    path = build_report(demo, "internkontroll", tmp_path / "ik.pdf")
    colour = HexColor("#AA1E2D")
    cover = PdfReader(path).pages[0].get_contents().get_data().decode("latin-1")
    assert f"{fp_str(colour.red, colour.green, colour.blue)} rg" in cover
    with use_accent("#FFE680"):  # a pale yellow: kept for the band, darkened for text
        assert accent_fill() == HexColor("#FFE680")
        assert _contrast_on_white(accent_ink()) >= 4.5
    with use_accent("#00587A"):  # dark enough already: unchanged
        assert accent_ink() == HexColor("#00587A")


def test_absurd_titles_and_names_are_cut_visibly_and_never_break_the_layout(demo, tmp_path):
    """A 20,000-character goal title with no space in it, a 2,800-character organisation name, control
    characters and right-to-left text: every report still prints, the cover stays one page, a heading
    and its line in the contents are cut with …, and the analysis beneath splits across pages."""
    from styrapp.models.services import organisation

    word = "Ö" * 20000
    goals = read_tree(demo, "goals").rows
    nodes.update_node(demo, goals[0].id, title=word)
    nodes.update_node(demo, goals[1].id, title="ctrl\x00\x01\x0b\x1b\u200b end", description="مرحبا שלום 中文 " * 50)
    organisation.set_organisation(demo, name=("Kommun " * 400).strip())
    period = next(p.id for p in _periods(demo) if p.name == "Delårsrapport")
    calendar.set_follow_up(demo, goals[0].id, period, status="red", analysis=word * 2)
    for kind in KIND_KEYS:
        path = build_report(demo, kind, tmp_path / f"{kind}.pdf", ReportOptions(period="Delårsrapport"))
        reader = PdfReader(path)
        if kind == "arshjul":
            continue
        page = 0 if kind == "nulageskoll" else 1  # the nulägeskoll has no cover: its head is on its only page
        top = reader.pages[page].extract_text().split("\n")[:4]  # the running header, then the first section
        assert any(line.startswith(("Innehåll", "Sammanfattning", "Riskmatris", "Indikatorer", "Nulägeskoll"))
                   for line in top), top
        text = _text(path)
        if kind in ("verksamhetsplan", "uppfoljning"):
            assert "ÖÖÖ…" in text and "ctrl" in text and " end" in text
            bookmarks = [item.title for item in reader.outline if not isinstance(item, list)]
            assert len(reader.pages) < 80 and bookmarks
    assert _text(tmp_path / "uppfoljning.pdf").count("Ö") >= 40000  # the analysis, whole, over several pages


def test_no_column_heading_is_broken_inside_a_word_in_either_language(demo, tmp_path, monkeypatch):
    """Every word of every table heading fits its column, in Swedish and in English."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from styrapp.reports import blocks
    from styrapp.reports.typography import BOLD, CONTENT_WIDTH, WIDE_CONTENT_WIDTH

    seen = []
    original = blocks.grid

    def recording(header, rows, widths, **kwargs):
        total = WIDE_CONTENT_WIDTH if kwargs.get("wide") else CONTENT_WIDTH
        seen.append((list(header), [total * w / sum(widths) for w in widths]))
        return original(header, rows, widths, **kwargs)

    for module in ("plan_reports", "follow_up_report", "control_report"):
        monkeypatch.setattr(f"styrapp.reports.{module}.grid", recording)
    for language in ("sv", "en"):
        for kind in ("verksamhetsplan", "uppdragsplan", "uppfoljning", "internkontroll"):
            build_report(demo, kind, tmp_path / f"{kind}-{language}.pdf", ReportOptions(language=language))
    assert len(seen) > 10
    broken = [(word, round(width)) for header, widths in seen for text, width in zip(header, widths, strict=True)
              for word in text.replace("\u00ad", " ").split() if stringWidth(word, BOLD, 8) > width - 8]
    assert broken == []


def test_a_report_for_one_unit_has_its_goals_in_their_context_its_work_budget_and_risks(demo, tmp_path):
    """--unit: the goals the unit (or a unit beneath it) owns, with the goals above them for context;
    the work, budget lines and risks it owns; its name on the cover."""
    from styrapp.models.queries import report_rows

    scope = report_rows.unit_scope(demo, "Förvaltningen")
    assert scope.names >= {"Förvaltningen", "Gata och park", "Vatten och avlopp"}
    assert "Förbundsdirektionen" not in scope.names
    park = report_rows.unit_scope(demo, "gata och park")
    goals = report_rows.goal_rows(demo, scope=park)
    titles = [g.node.title for g in goals]
    assert any(t.startswith("Trygghetsvandringar") for t in titles)  # owned by Gata och park
    assert not any(t.startswith("Genomföra kundundersökning") for t in titles)  # Administration och ekonomi's
    assert all(g.node.owner in ("Gata och park", "Förbundsdirektionen") for g in goals)
    assert {g.node.owner for g in goals if g.depth == 0} == {"Förbundsdirektionen"}  # the context above
    assert report_rows.work_rows(demo, park) == []  # the demo's uppdrag belong to other units
    water = [w.title for _d, w, _a in report_rows.work_rows(demo, report_rows.unit_scope(demo, "Vatten och avlopp"))]
    assert water and all(w.owner == "Vatten och avlopp" for _d, w, _a in report_rows.work_rows(
        demo, report_rows.unit_scope(demo, "Vatten och avlopp")))

    path = build_report(demo, "verksamhetsplan", tmp_path / "vp.pdf", ReportOptions(unit="Gata och park"))
    text = _text(path)
    assert "Gata och park" in PdfReader(path).pages[0].extract_text()
    assert "Trygghetsvandringar" in text and "Genomföra kundundersökning" not in text
    path = build_report(demo, "uppfoljning", tmp_path / "uf.pdf", ReportOptions(period="Delårsrapport",
                                                                             unit="Vatten och avlopp"))
    assert "Delårsrapport · Vatten och avlopp" in " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "Långsiktig investeringsplan" in _text(path) and "Matavfallsinsamling" not in _text(path)
    with pytest.raises(InvalidValue, match="Välj bland: Förbundsdirektionen"):
        build_report(demo, "internkontroll", tmp_path / "ik.pdf", ReportOptions(unit="Socialnämnden"))
    one = _text(build_report(demo, "internkontroll", tmp_path / "ik-va.pdf", ReportOptions(unit="Vatten och avlopp")))
    assert "Driftstopp i vattenverket" in one and "Direktupphandlingar" not in one and "Attestordningen" not in one


def test_a_damaged_logo_is_refused_and_one_already_in_a_plan_is_left_off_the_cover(demo, tmp_path):
    from io import BytesIO

    from PIL import Image

    from styrapp.models.rules.pictures import logo_fields
    from styrapp.models.services.organisation import set_organisation

    buffer = BytesIO()
    Image.effect_noise((400, 200), 60).convert("RGB").save(buffer, "PNG")
    picture = buffer.getvalue()
    cut = picture[: len(picture) // 3]  # a PNG that was cut off on its way (starts right, ends nowhere)
    with pytest.raises(InvalidValue, match="skadad eller avklippt"):
        logo_fields(cut)
    set_organisation(demo, logo=cut, logo_mime="image/png")  # as an older styrapp may have stored it
    path = build_report(demo, "internkontroll", tmp_path / "ik.pdf")
    assert not PdfReader(path).pages[0].images and "Norra Västmanlands" in _text(path)
    set_organisation(demo, **logo_fields(picture))
    assert len(PdfReader(build_report(demo, "internkontroll", tmp_path / "ik2.pdf")).pages[0].images) == 1
