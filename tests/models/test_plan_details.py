"""The plan's details as a person changes them: the organisation, the plan's own fields and the värdegrund's
values; the template's sample texts are known as samples until they are replaced; every refusal writes
nothing."""

from __future__ import annotations

from datetime import date

import pytest

from styrapp.models.changes import Kind
from styrapp.models.errors import DomainError
from styrapp.models.file.plan_file import open_plan
from styrapp.models.queries.plan_details import plan_details
from styrapp.models.queries.report_rows import plan_header
from styrapp.models.services import organisation, plan_values
from tests.conftest import dump, make_plan


def test_a_template_brings_its_vision_and_values_marked_as_samples(norrtalje):
    details = plan_details(norrtalje)
    assert details.vision == "Globalt liv, lokal livsstil"
    assert [v.name for v in details.value_rows] == ["Invånaren först", "Allas lika värde", "Höga förväntningar"]
    assert "invånarens behov" in details.value_rows[0].text
    assert details.samples == {"vision", "values", "value_names"}
    organisation.update_plan(norrtalje, vision="Hallstahammar – där Sverige möts")
    assert plan_details(norrtalje).samples == {"values", "value_names"}
    plan_values.update_value(norrtalje, details.value_rows[0].id, name="Medborgaren i centrum")
    assert plan_details(norrtalje).samples == {"values"}


def test_the_demo_plan_has_no_samples_and_names_who_can_decide(demo):
    details = plan_details(demo)
    assert details.samples == frozenset()
    assert "Förbundsdirektionen" in details.deciders or details.deciders


def test_values_are_added_moved_changed_and_removed_in_order(norrtalje):
    first = plan_values.create_value(norrtalje, name="Öppenhet", text="Vi är öppna.", index=0)
    names = [v.name for v in plan_details(norrtalje).value_rows]
    assert names == ["Öppenhet", "Invånaren först", "Allas lika värde", "Höga förväntningar"]
    plan_values.move_value(norrtalje, first, 99)
    assert [v.name for v in plan_details(norrtalje).value_rows][-1] == "Öppenhet"
    plan_values.update_value(norrtalje, first, text="Vi är öppna och tydliga.")
    plan_values.delete_value(norrtalje, plan_details(norrtalje).value_rows[0].id)
    rows = plan_details(norrtalje).value_rows
    assert [v.name for v in rows] == ["Allas lika värde", "Höga förväntningar", "Öppenhet"]
    assert rows[-1].text == "Vi är öppna och tydliga."


def test_a_value_change_is_one_edit_that_reverts_exactly(norrtalje):
    before = dump(norrtalje)
    with norrtalje.recording() as edit:
        plan_values.create_value(norrtalje, name="Mod", index=1)
    assert edit.changes.touches(Kind.PLAN)
    norrtalje.revert(edit)
    assert dump(norrtalje) == before


@pytest.mark.parametrize("call, words", [
    (lambda p: plan_values.create_value(p, name="   "), "måste fyllas i"),
    (lambda p: plan_values.update_value(p, plan_details(p).value_rows[0].id, name=""), "måste fyllas i"),
    (lambda p: plan_values.update_value(p, 9999, name="X"), "9999"),
    (lambda p: organisation.update_plan(p, year=1066), "1066"),
    (lambda p: organisation.update_plan(p, term_start=2027, term_end=2023), ""),
    (lambda p: organisation.update_plan(p, title=""), "måste fyllas i"),
    (lambda p: organisation.set_organisation(p, name=" "), "måste fyllas i"),
    (lambda p: organisation.set_organisation(p, municipality_code="18O"), "18O"),
    (lambda p: organisation.set_organisation(p, kind="stad"), "stad"),
])
def test_refusals_say_why_and_write_nothing(norrtalje, call, words):
    before = dump(norrtalje)
    with pytest.raises(DomainError) as info:
        call(norrtalje)
    assert words in info.value.text("sv")
    assert dump(norrtalje) == before


def test_the_report_header_carries_the_values_in_order(tmp_path):
    with open_plan(make_plan(tmp_path / "h.styrplan")) as plan:
        organisation.set_organisation(plan, name="Hallstahammars kommun")
        organisation.update_plan(plan, decided_by="Kommunfullmäktige", decided_on=date(2026, 11, 24),
                                 term_start=2027, term_end=2030, year=2027)
        header = plan_header(plan)
    assert header.organisation == "Hallstahammars kommun" and header.decided_by == "Kommunfullmäktige"
    assert [name for name, _text in header.value_list] == ["Invånaren först", "Allas lika värde", "Höga förväntningar"]
