"""Report kinds are declared once, and a report reads the plan once: the engine, the CLI's choices, the
Rapporter page and the stored settings all follow `reports/kinds.py`."""

from __future__ import annotations

import pytest

from styrapp.cli.main import build_parser
from styrapp.models.errors import InvalidValue
from styrapp.reports import kinds
from styrapp.reports.engine import ReportOptions, build_report
from styrapp.reports.report_settings import all_sections, chosen_sections, with_sections


def test_the_cli_offers_exactly_the_declared_kinds():
    parser = build_parser()
    report = parser._subparsers._group_actions[0].choices["report"]
    kind = next(a for a in report._actions if a.dest == "kind")
    assert tuple(kind.choices) == kinds.KEYS == (
        "verksamhetsplan", "uppdragsplan", "uppfoljning", "nulageskoll", "internkontroll", "aterrapport", "arshjul")


def test_the_stored_sections_are_those_a_kind_declares():
    assert all_sections("uppfoljning") == {"summary", "charts", "work", "economy"}
    assert all_sections("nulageskoll") == frozenset()
    saved = with_sections({}, "verksamhetsplan", frozenset({"goals", "wheel", "nonsense"}))
    assert chosen_sections(saved, "verksamhetsplan") == {"goals", "wheel"}


def test_an_unknown_kind_names_the_declared_ones(demo, tmp_path):
    with pytest.raises(InvalidValue) as refused:
        build_report(demo, "budgetplan", tmp_path / "x.pdf")
    assert "budgetplan" in refused.value.message and "internkontroll" in refused.value.message
    assert not (tmp_path / "x.pdf").exists()


def test_a_follow_up_report_reads_the_status_rule_once(demo, tmp_path, monkeypatch):
    from styrapp.models.queries import indicator_series, listings, plan_status, report_context

    calls = []
    real = plan_status.thresholds

    def counted(plan):
        calls.append(1)
        return real(plan)

    for module in (plan_status, listings, indicator_series, report_context):
        monkeypatch.setattr(module, "thresholds", counted)
    build_report(demo, "uppfoljning", tmp_path / "f.pdf", ReportOptions(period="Delårsrapport"))
    assert calls == [1]


def test_every_builder_lays_out_its_context_and_never_reads_the_plan():
    """The builders take (context, options, step); the plan file is not theirs to open."""
    import ast
    import inspect

    for kind in kinds.KINDS:
        builder = kind.build()
        assert list(inspect.signature(builder).parameters)[0] == "context", kind.key
        module = inspect.getmodule(builder)  # the engine itself opens the plan; its wheel builder does not
        source = inspect.getsource(builder if module.__name__.endswith(".engine") else module)
        names = {n.id for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Name)}
        assert "plan" not in names, f"{kind.key}'s module reads the plan"
