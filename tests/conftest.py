"""Shared fixtures: plans in temporary files, written once per session and copied per test."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from styrapp.models.content.demo import write_demo
from styrapp.models.content.templates import apply_template
from styrapp.models.file.plan_file import create_plan, open_plan

# Real files made by others (Kolada), copied from ../shared/realdata with their sources: see SOURCES.md there.
REALDATA = Path(__file__).resolve().parent / "data" / "realdata"


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory) -> Path:
    return write_demo(tmp_path_factory.mktemp("master") / "demo.styrplan")


@pytest.fixture
def demo_path(demo_master, tmp_path) -> Path:
    """A fresh copy of the demo plan, for one test to change as it likes."""
    path = tmp_path / "demo.styrplan"
    shutil.copyfile(demo_master, path)
    return path


@pytest.fixture
def demo(demo_path):
    with open_plan(demo_path) as plan:
        yield plan


def holidays_in(year: int, folder: Path) -> Path:
    """The real holiday calendar `ics/valid/icalendar__example.ics` (2022) moved to `year`: the annual
    wheel takes only the events of its plan year."""
    path = folder / f"helgdagar-{year}.ics"
    source = REALDATA / "ics" / "valid" / "icalendar__example.ics"
    path.write_bytes(source.read_bytes().replace(b"2022", str(year).encode()))
    return path


def dump(plan_or_path) -> list[str]:
    """Every row of a plan file (an open plan or its path), in a stable order: two equal dumps are the same plan."""
    con = sqlite3.connect(getattr(plan_or_path, "path", plan_or_path))
    try:
        return list(con.iterdump())
    finally:
        con.close()


def make_plan(path: Path, template: str = "norrtalje", year: int = 2027) -> Path:
    return create_plan(path, lambda p: apply_template(p, template, organisation_name="Testkommun", year=year))


@pytest.fixture
def norrtalje(tmp_path):
    """An empty plan on Norrtälje's styrmodell: målområde → inriktningsmål → resultatmål; uppdrag → åtgärd → aktivitet."""
    with open_plan(make_plan(tmp_path / "norrtalje.styrplan")) as plan:
        yield plan


def add_plan_year(plan, year: int, titles: list[str]) -> None:
    """A newer plan year made by hand (the turn of the year has its own tests): its row and some goals, at the top
    of the goal tree; the plan views it afterwards."""
    from sqlalchemy import insert, select

    from styrapp.models.tables import Node, Plan, PlanYear

    with plan.transaction() as session:
        level = session.execute(select(Node.level_id).where(Node.parent_id.is_(None))).scalars().first()
        session.execute(insert(PlanYear).values(uuid=f"00000000-0000-4000-8000-{year:012d}", year=year,
                                                title=f"Verksamhetsplan {year}"))
        session.execute(insert(Node), [{"uuid": f"00000000-0000-4000-8000-{year * 100 + i:012d}", "year": year,
                                        "title": t, "level_id": level, "position": i, "ended": False,
                                        "description": "", "responsible": "", "origin": "own",
                                        "progress": "not_started", "how_measured": "", "purpose": "", "change": "",
                                        "desired_level": "", "budget_impact": False, "follow_up_method": "",
                                        "schedule": ""} for i, t in enumerate(titles)])
        row = session.get(Plan, 1)
        row.year, row.title = year, f"Verksamhetsplan {year}"
    plan.year = None
