"""The migration ledger: one small step per schema version, run forward on open.

Each step turns a plan file of version N into version N+1. Steps run in order, each in its own
transaction together with its `user_version` bump, so a failure leaves the file at the last
version that completed, and a backup copy of the original is always made first.

To change the schema: change the tables, bump `header.SCHEMA_VERSION`, add the step here as
`STEPS[old_version] = function`, and add a file of the old version to `tests/data/schema/` (made
with `python tests/data/schema/make_fixture.py`), and record that version's schema as
`old_schemas/vN.py` (one module per format). A test opens every such file and checks that the result
has exactly the schema of a newly created plan.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from ...wording import Phrase
from ..errors import MigrationFailed
from ..tables import new_uuid
from ..tables.wheel import uuid_of_ical_uid
from . import sqlite
from .header import SCHEMA_VERSION

Step = Callable[[sqlite3.Connection], None]

# --- 1 → 2: every record a person makes gets a uuid ---------------------------------------------

# The tables that got a uuid in version 2, written out here (not read from the tables) because a
# step must do the same thing for ever, whatever later versions do to the tables.
V2_UUID_TABLES = (
    "organisation", "plan", "org_unit", "governance_level", "node", "checkpoint", "indicator",
    "reporting_period", "follow_up", "risk", "budget_line", "budget_figure", "governing_document",
    "situation_review", "wheel_ring", "wheel_event",
)
_ID_COLUMN = re.compile(r"CREATE TABLE (\S+) \(\s*id INTEGER NOT NULL, ")


def _v1_to_v2(con: sqlite3.Connection) -> None:
    """Add `uuid VARCHAR(36) NOT NULL` after `id`, a fresh UUID4 in every row, and a unique index on
    it; the tables are rebuilt, so each ends up exactly as a new plan's. A wheel event's iCalendar
    UID that styrapp made (`<uuid>@styrapp`) gives the event its uuid, so a re-export keeps its UID;
    a UID from another calendar stays in `uid` (now optional), for the next import of that calendar."""
    sqlite.add_function(con, "styrapp_new_uuid", new_uuid)
    for table in V2_UUID_TABLES:
        old = sqlite.table_sql(con, table)
        match = _ID_COLUMN.match(old)
        if match is None or "uuid" in sqlite.column_names(con, table):
            error = ValueError(f"the table {table} does not look as in file format 1")
            error.phrase = Phrase("the table {table} does not look as in file format 1", table=table)
            raise error
        new = old[: match.end()] + "\n\tuuid VARCHAR(36) NOT NULL, " + old[match.end():]
        if table == "wheel_event":
            new = new.replace("uid VARCHAR NOT NULL, ", "uid VARCHAR, ", 1)
        columns = sqlite.column_names(con, table)
        sqlite.rebuild_table(con, table, new, [*columns, "uuid"], [*map(sqlite.quote, columns), "styrapp_new_uuid()"])
        con.execute(f"CREATE UNIQUE INDEX ix_{table}_uuid ON {match.group(1)} (uuid)")
    taken: set[str] = set()
    for ident, uid in con.execute("SELECT id, uid FROM wheel_event ORDER BY id").fetchall():
        own = uuid_of_ical_uid(uid)
        if own is not None and own not in taken:
            taken.add(own)
            con.execute("UPDATE wheel_event SET uuid = ?, uid = NULL WHERE id = ?", (own, ident))


# --- 2 → 3: the värdegrund's values, each with its name and text ------------------------------------


def _v2_to_v3(con: sqlite3.Connection) -> None:
    """A table for the values of the värdegrund (written out, as the step must stay the same for ever).
    The plan's `values` text stays as it was: the introduction to the values."""
    con.execute(
        "CREATE TABLE plan_value (\n\tid INTEGER NOT NULL, \n\tuuid VARCHAR(36) NOT NULL, \n\tposition INTEGER NOT NULL, "
        "\n\tname VARCHAR NOT NULL, \n\ttext VARCHAR NOT NULL, \n\tPRIMARY KEY (id)\n)")
    con.execute("CREATE UNIQUE INDEX ix_plan_value_uuid ON plan_value (uuid)")

    # -- issue 16, intern kontroll: a risk's category, its control's method and the reporting period it
    # is reported in; the follow-up of each control per reporting period. Every risk is kept as it was,
    # the new columns empty.
    risk_columns = ["id", "uuid", "year", "unit_id", "process", "title", "description", "likelihood", "consequence",
                    "chosen", "control", "responsible", "frequency", "reporting"]
    sqlite.rebuild_table(
        con, "risk",
        "CREATE TABLE risk (\n\tid INTEGER NOT NULL, \n\tuuid VARCHAR(36) NOT NULL, \n\tyear INTEGER NOT NULL, "
        "\n\tunit_id INTEGER, \n\tprocess VARCHAR NOT NULL, \n\ttitle VARCHAR NOT NULL, \n\tdescription VARCHAR NOT NULL, "
        "\n\tlikelihood INTEGER NOT NULL, \n\tconsequence INTEGER NOT NULL, \n\tchosen BOOLEAN NOT NULL, "
        "\n\tcontrol VARCHAR NOT NULL, \n\tresponsible VARCHAR NOT NULL, \n\tfrequency VARCHAR NOT NULL, "
        "\n\treporting VARCHAR NOT NULL, \n\tcategory VARCHAR NOT NULL, \n\tmethod VARCHAR NOT NULL, "
        "\n\treport_period_id INTEGER, \n\tPRIMARY KEY (id), "
        "\n\tCONSTRAINT ck_risk_likelihood CHECK (likelihood BETWEEN 1 AND 4), "
        "\n\tCONSTRAINT ck_risk_consequence CHECK (consequence BETWEEN 1 AND 4), "
        "\n\tCONSTRAINT ck_frequency_values CHECK (frequency IN ('yearly', 'semiannual', 'tertial', 'quarterly', "
        "'monthly', 'continuous')), \n\tFOREIGN KEY(unit_id) REFERENCES org_unit (id) ON DELETE SET NULL, "
        "\n\tFOREIGN KEY(report_period_id) REFERENCES reporting_period (id) ON DELETE SET NULL\n)",
        [*risk_columns, "category", "method", "report_period_id"], [*map(sqlite.quote, risk_columns), "''", "''", "NULL"])
    con.execute(
        "CREATE TABLE control_follow_up (\n\tid INTEGER NOT NULL, \n\tuuid VARCHAR(36) NOT NULL, "
        "\n\trisk_id INTEGER NOT NULL, \n\tperiod_id INTEGER NOT NULL, \n\toutcome VARCHAR NOT NULL, "
        "\n\tfindings VARCHAR NOT NULL, \n\tactions VARCHAR NOT NULL, \n\tupdated_at DATETIME, \n\tPRIMARY KEY (id), "
        "\n\tCONSTRAINT ck_outcome_values CHECK (outcome IN ('ok', 'deviations', 'not_performed')), "
        "\n\tCONSTRAINT uq_control_follow_up_risk_period UNIQUE (risk_id, period_id), "
        "\n\tFOREIGN KEY(risk_id) REFERENCES risk (id) ON DELETE CASCADE, "
        "\n\tFOREIGN KEY(period_id) REFERENCES reporting_period (id) ON DELETE CASCADE\n)")
    con.execute("CREATE UNIQUE INDEX ix_control_follow_up_uuid ON control_follow_up (uuid)")
    con.execute("CREATE INDEX ix_control_follow_up_period_id ON control_follow_up (period_id)")
    # -- end of issue 16, intern kontroll
    # --- issue 16, ekonomi: amounts in öre (integers), never binary floats ---------------------
    _v2_to_v3_money_in_ore(con)
    # --- issue 17: the styrdokument register (where the document is, the goals it serves) and the
    # nulägeskoll's source lines and key figures. Written out literally; keep this block together.
    document_columns = ["id", "uuid", "title", "kind", "decided_by", "decided_on", "valid_until", "unit_id",
                        "reference", "description"]
    sqlite.rebuild_table(
        con, "governing_document",
        "CREATE TABLE governing_document (\n\tid INTEGER NOT NULL, \n\tuuid VARCHAR(36) NOT NULL, \n\ttitle VARCHAR NOT NULL, "
        "\n\tkind VARCHAR NOT NULL, \n\tdecided_by VARCHAR NOT NULL, \n\tdecided_on DATE, \n\tvalid_until DATE, "
        "\n\tunit_id INTEGER, \n\treference VARCHAR NOT NULL, \n\tdescription VARCHAR NOT NULL, "
        "\n\tlocation VARCHAR NOT NULL, \n\tPRIMARY KEY (id), "
        "\n\tCONSTRAINT ck_kind_values CHECK (kind IN ('strategy', 'plan', 'policy', 'guideline')), "
        "\n\tFOREIGN KEY(unit_id) REFERENCES org_unit (id) ON DELETE SET NULL\n)",
        [*document_columns, "location"], [*map(sqlite.quote, document_columns), "''"])
    review_columns = ["id", "uuid", "unit_id", "year", "mission", "analysis", "needs", "results", "challenges",
                      "key_figures", "trends"]
    sources = ["mission_source", "analysis_source", "needs_source", "results_source", "challenges_source",
               "key_figures_source", "trends_source"]
    sqlite.rebuild_table(
        con, "situation_review",
        "CREATE TABLE situation_review (\n\tid INTEGER NOT NULL, \n\tuuid VARCHAR(36) NOT NULL, "
        "\n\tunit_id INTEGER NOT NULL, \n\tyear INTEGER NOT NULL, \n\tmission VARCHAR NOT NULL, "
        "\n\tanalysis VARCHAR NOT NULL, \n\tneeds VARCHAR NOT NULL, \n\tresults VARCHAR NOT NULL, "
        "\n\tchallenges VARCHAR NOT NULL, \n\tkey_figures VARCHAR NOT NULL, \n\ttrends VARCHAR NOT NULL, "
        "\n\tmission_source VARCHAR NOT NULL, \n\tanalysis_source VARCHAR NOT NULL, \n\tneeds_source VARCHAR NOT NULL, "
        "\n\tresults_source VARCHAR NOT NULL, \n\tchallenges_source VARCHAR NOT NULL, "
        "\n\tkey_figures_source VARCHAR NOT NULL, \n\ttrends_source VARCHAR NOT NULL, \n\tPRIMARY KEY (id), "
        "\n\tCONSTRAINT uq_situation_review_unit_year UNIQUE (unit_id, year), "
        "\n\tFOREIGN KEY(unit_id) REFERENCES org_unit (id) ON DELETE CASCADE\n)",
        [*review_columns, *sources], [*map(sqlite.quote, review_columns), *["''"] * len(sources)])
    con.execute(
        "CREATE TABLE document_node (\n\tdocument_id INTEGER NOT NULL, \n\tnode_id INTEGER NOT NULL, "
        "\n\tPRIMARY KEY (document_id, node_id), "
        "\n\tFOREIGN KEY(document_id) REFERENCES governing_document (id) ON DELETE CASCADE, "
        "\n\tFOREIGN KEY(node_id) REFERENCES node (id) ON DELETE CASCADE\n)")
    con.execute("CREATE INDEX ix_document_node_node_id ON document_node (node_id)")
    con.execute(
        "CREATE TABLE review_indicator (\n\treview_id INTEGER NOT NULL, \n\tindicator_id INTEGER NOT NULL, "
        "\n\tposition INTEGER NOT NULL, \n\tPRIMARY KEY (review_id, indicator_id), "
        "\n\tFOREIGN KEY(review_id) REFERENCES situation_review (id) ON DELETE CASCADE, "
        "\n\tFOREIGN KEY(indicator_id) REFERENCES indicator (id) ON DELETE CASCADE\n)")
    con.execute("CREATE INDEX ix_review_indicator_indicator_id ON review_indicator (indicator_id)")
    # --- end of issue 17's block


# Issue 16 (ekonomi): budget frames, outcomes and forecasts were tkr as FLOAT; they become öre (hundredths
# of a krona) as INTEGER. 1234.5 tkr is 1 234 500 kr exactly: the float's shortest decimal form (what was
# typed) times 100 000, rounded half away from zero. Written out, as the step must stay the same for ever.
_V3_BUDGET_LINE = (
    "CREATE TABLE budget_line (\n\tid INTEGER NOT NULL, \n\tuuid VARCHAR(36) NOT NULL, \n\tunit_id INTEGER, "
    "\n\tyear INTEGER NOT NULL, \n\tkind VARCHAR NOT NULL, \n\tname VARCHAR NOT NULL, \n\tframe_ore INTEGER NOT NULL, "
    "\n\tPRIMARY KEY (id), \n\tCONSTRAINT ck_kind_values CHECK (kind IN ('operating', 'investment')), "
    "\n\tFOREIGN KEY(unit_id) REFERENCES org_unit (id) ON DELETE SET NULL\n)")
_V3_BUDGET_FIGURE = (
    "CREATE TABLE budget_figure (\n\tid INTEGER NOT NULL, \n\tuuid VARCHAR(36) NOT NULL, \n\tline_id INTEGER NOT NULL, "
    "\n\tperiod_id INTEGER NOT NULL, \n\toutcome_ore INTEGER, \n\tforecast_ore INTEGER, \n\tPRIMARY KEY (id), "
    "\n\tCONSTRAINT uq_budget_figure_period UNIQUE (line_id, period_id), "
    "\n\tFOREIGN KEY(line_id) REFERENCES budget_line (id) ON DELETE CASCADE, "
    "\n\tFOREIGN KEY(period_id) REFERENCES reporting_period (id) ON DELETE CASCADE\n)")


def tkr_to_ore(tkr: float | int | None) -> int | None:
    """A stored tkr amount as öre: exact from its decimal form, half away from zero."""
    if tkr is None:
        return None
    return int((Decimal(repr(float(tkr))) * 100_000).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _v2_to_v3_money_in_ore(con: sqlite3.Connection) -> None:
    sqlite.add_function(con, "styrapp_tkr_to_ore", tkr_to_ore, 1)
    sqlite.rebuild_table(con, "budget_line", _V3_BUDGET_LINE,
                         ["id", "uuid", "unit_id", "year", "kind", "name", "frame_ore"],
                         ["id", "uuid", "unit_id", "year", "kind", "name", "styrapp_tkr_to_ore(frame_tkr)"])
    sqlite.rebuild_table(con, "budget_figure", _V3_BUDGET_FIGURE,
                         ["id", "uuid", "line_id", "period_id", "outcome_ore", "forecast_ore"],
                         ["id", "uuid", "line_id", "period_id", "styrapp_tkr_to_ore(outcome_tkr)",
                          "styrapp_tkr_to_ore(forecast_tkr)"])


# --- 3 → 4: several plan years in one file (issue 18) --------------------------------------------
# Every goal, uppdrag and aktivitet gets the plan year it belongs to (the plan's year, for a file of
# version 3, which held one) and a link to the record it was carried over from; periods, årshjul
# events and risks get that link too. The plan's year becomes the file's first plan year, with the
# plan's title. Goals fetched from another plan record their source. Written out literally.

def _v3_to_v4(con: sqlite3.Connection) -> None:
    """Several plan years in one file: see the comment above."""
    year = con.execute("SELECT year FROM plan").fetchone()
    year = year[0] if year else None
    con.execute('CREATE TABLE plan_year (\n\tid INTEGER NOT NULL, \n\tuuid VARCHAR(36) NOT NULL, \n\tyear INTEGER NOT NULL, \n\ttitle VARCHAR NOT NULL, \n\tclosed_on DATE, \n\tPRIMARY KEY (id), \n\tCONSTRAINT ck_plan_year_year CHECK (year BETWEEN 1900 AND 2200), \n\tUNIQUE (year)\n)')
    con.execute("CREATE UNIQUE INDEX ix_plan_year_uuid ON plan_year (uuid)")
    sqlite.add_function(con, "styrapp_new_uuid", new_uuid)
    con.execute("INSERT INTO plan_year (uuid, year, title, closed_on) SELECT styrapp_new_uuid(), year, title, NULL FROM plan")
    sqlite.rebuild_table(con, 'node', "CREATE TABLE node (\n\tid INTEGER NOT NULL, \n\tuuid VARCHAR(36) NOT NULL, \n\tyear INTEGER NOT NULL, \n\tprevious_uuid VARCHAR, \n\tended BOOLEAN NOT NULL, \n\tparent_id INTEGER, \n\tposition INTEGER NOT NULL, \n\tlevel_id INTEGER NOT NULL, \n\ttitle VARCHAR NOT NULL, \n\tdescription VARCHAR NOT NULL, \n\towner_unit_id INTEGER, \n\tresponsible VARCHAR NOT NULL, \n\torigin VARCHAR NOT NULL, \n\tstart DATE, \n\tdue DATE, \n\tprogress VARCHAR NOT NULL, \n\tcolour VARCHAR, \n\thow_measured VARCHAR NOT NULL, \n\tpurpose VARCHAR NOT NULL, \n\tchange VARCHAR NOT NULL, \n\tdesired_level VARCHAR NOT NULL, \n\tassignment_origin VARCHAR, \n\tbudget_impact BOOLEAN NOT NULL, \n\tbudget_amount_tkr FLOAT, \n\tfollow_up_method VARCHAR NOT NULL, \n\tschedule VARCHAR NOT NULL, \n\tPRIMARY KEY (id), \n\tCONSTRAINT ck_origin_values CHECK (origin IN ('own', 'commissioner')), \n\tCONSTRAINT ck_progress_values CHECK (progress IN ('not_started', 'ongoing', 'done', 'postponed', 'cancelled')), \n\tCONSTRAINT ck_assignment_origin_values CHECK (assignment_origin IS NULL OR assignment_origin IN ('indicator', 'initiative', 'programme', 'council', 'other')), \n\tCONSTRAINT ck_node_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id), \n\tCONSTRAINT ck_node_dates CHECK (start IS NULL OR due IS NULL OR start <= due), \n\tCONSTRAINT ck_node_year CHECK (year BETWEEN 1900 AND 2200), \n\tFOREIGN KEY(parent_id) REFERENCES node (id) ON DELETE CASCADE, \n\tFOREIGN KEY(level_id) REFERENCES governance_level (id) ON DELETE RESTRICT, \n\tFOREIGN KEY(owner_unit_id) REFERENCES org_unit (id) ON DELETE SET NULL\n)",
                         ['id', 'uuid', 'year', 'previous_uuid', 'ended', 'parent_id', 'position', 'level_id', 'title', 'description', 'owner_unit_id', 'responsible', 'origin', 'start', 'due', 'progress', 'colour', 'how_measured', 'purpose', 'change', 'desired_level', 'assignment_origin', 'budget_impact', 'budget_amount_tkr', 'follow_up_method', 'schedule'],
                         ['"id"', '"uuid"', str(int(year or 2000)), "NULL", "0", '"parent_id"', '"position"', '"level_id"', '"title"', '"description"', '"owner_unit_id"', '"responsible"', '"origin"', '"start"', '"due"', '"progress"', '"colour"', '"how_measured"', '"purpose"', '"change"', '"desired_level"', '"assignment_origin"', '"budget_impact"', '"budget_amount_tkr"', '"follow_up_method"', '"schedule"'])
    sqlite.rebuild_table(con, 'reporting_period', "CREATE TABLE reporting_period (\n\tid INTEGER NOT NULL, \n\tuuid VARCHAR(36) NOT NULL, \n\tprevious_uuid VARCHAR, \n\tkind VARCHAR NOT NULL, \n\tname VARCHAR NOT NULL, \n\tyear INTEGER NOT NULL, \n\tperiod_end DATE NOT NULL, \n\tdue DATE, \n\tPRIMARY KEY (id), \n\tCONSTRAINT ck_kind_values CHECK (kind IN ('monthly_report', 'tertial_report', 'interim_report', 'interim_accounts', 'annual_report', 'other'))\n)",
                         ['id', 'uuid', 'previous_uuid', 'kind', 'name', 'year', 'period_end', 'due'],
                         ['"id"', '"uuid"', "NULL", '"kind"', '"name"', '"year"', '"period_end"', '"due"'])
    sqlite.rebuild_table(con, 'wheel_event', 'CREATE TABLE wheel_event (\n\tid INTEGER NOT NULL, \n\tuuid VARCHAR(36) NOT NULL, \n\tprevious_uuid VARCHAR, \n\tuid VARCHAR, \n\tring_id INTEGER NOT NULL, \n\ttitle VARCHAR NOT NULL, \n\tdescription VARCHAR NOT NULL, \n\tstart DATE NOT NULL, \n\t"end" DATE NOT NULL, \n\tcolour VARCHAR, \n\tresponsible VARCHAR NOT NULL, \n\trecurring_yearly BOOLEAN NOT NULL, \n\tkind VARCHAR NOT NULL, \n\tperiod_id INTEGER, \n\treport_kind VARCHAR, \n\tPRIMARY KEY (id), \n\tCONSTRAINT ck_kind_values CHECK (kind IN (\'committee_meeting\', \'report\', \'dialogue\', \'decision\', \'budget\', \'other\')), \n\tCONSTRAINT ck_report_kind_values CHECK (report_kind IS NULL OR report_kind IN (\'operational_plan\', \'assignment_plan\', \'follow_up\', \'situation_review\', \'internal_control\', \'annual_wheel\')), \n\tCONSTRAINT ck_event_dates CHECK (start <= end), \n\tFOREIGN KEY(ring_id) REFERENCES wheel_ring (id) ON DELETE CASCADE, \n\tFOREIGN KEY(period_id) REFERENCES reporting_period (id) ON DELETE SET NULL\n)',
                         ['id', 'uuid', 'previous_uuid', 'uid', 'ring_id', 'title', 'description', 'start', 'end', 'colour', 'responsible', 'recurring_yearly', 'kind', 'period_id', 'report_kind'],
                         ['"id"', '"uuid"', "NULL", '"uid"', '"ring_id"', '"title"', '"description"', '"start"', '"end"', '"colour"', '"responsible"', '"recurring_yearly"', '"kind"', '"period_id"', '"report_kind"'])
    sqlite.rebuild_table(con, 'risk', "CREATE TABLE risk (\n\tid INTEGER NOT NULL, \n\tuuid VARCHAR(36) NOT NULL, \n\tprevious_uuid VARCHAR, \n\tyear INTEGER NOT NULL, \n\tunit_id INTEGER, \n\tprocess VARCHAR NOT NULL, \n\ttitle VARCHAR NOT NULL, \n\tdescription VARCHAR NOT NULL, \n\tlikelihood INTEGER NOT NULL, \n\tconsequence INTEGER NOT NULL, \n\tchosen BOOLEAN NOT NULL, \n\tcontrol VARCHAR NOT NULL, \n\tresponsible VARCHAR NOT NULL, \n\tfrequency VARCHAR NOT NULL, \n\treporting VARCHAR NOT NULL, \n\tcategory VARCHAR NOT NULL, \n\tmethod VARCHAR NOT NULL, \n\treport_period_id INTEGER, \n\tPRIMARY KEY (id), \n\tCONSTRAINT ck_risk_likelihood CHECK (likelihood BETWEEN 1 AND 4), \n\tCONSTRAINT ck_risk_consequence CHECK (consequence BETWEEN 1 AND 4), \n\tCONSTRAINT ck_frequency_values CHECK (frequency IN ('yearly', 'semiannual', 'tertial', 'quarterly', 'monthly', 'continuous')), \n\tFOREIGN KEY(unit_id) REFERENCES org_unit (id) ON DELETE SET NULL, \n\tFOREIGN KEY(report_period_id) REFERENCES reporting_period (id) ON DELETE SET NULL\n)",
                         ['id', 'uuid', 'previous_uuid', 'year', 'unit_id', 'process', 'title', 'description', 'likelihood', 'consequence', 'chosen', 'control', 'responsible', 'frequency', 'reporting', 'category', 'method', 'report_period_id'],
                         ['"id"', '"uuid"', "NULL", '"year"', '"unit_id"', '"process"', '"title"', '"description"', '"likelihood"', '"consequence"', '"chosen"', '"control"', '"responsible"', '"frequency"', '"reporting"', '"category"', '"method"', '"report_period_id"'])
    con.execute("CREATE INDEX ix_node_year ON node (year)")
    con.execute("CREATE INDEX ix_node_previous_uuid ON node (previous_uuid)")
    con.execute('CREATE TABLE node_source (\n\tnode_id INTEGER NOT NULL, \n\tsource_uuid VARCHAR NOT NULL, \n\torganisation VARCHAR NOT NULL, \n\tplan_title VARCHAR NOT NULL, \n\tplan_year INTEGER NOT NULL, \n\tplan_uuid VARCHAR NOT NULL, \n\tlevel VARCHAR NOT NULL, \n\tremoved BOOLEAN NOT NULL, \n\tPRIMARY KEY (node_id), \n\tFOREIGN KEY(node_id) REFERENCES node (id) ON DELETE CASCADE\n)')
    con.execute("CREATE INDEX ix_node_source_source_uuid ON node_source (source_uuid)")


# STEPS[n] migrates a file of version n to version n + 1. Version 1 is the first released schema.
STEPS: dict[int, Step] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4}


def backup_path(path: Path, version: int) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.före-uppgradering-v{version}-{stamp}{path.suffix}")


def backup_copy(path: Path, dest: Path) -> None:
    """A consistent copy of an SQLite file through the backup API (safe even if it is in use)."""
    sqlite.backup(path, dest)


def migrate(
    path: Path,
    from_version: int,
    *,
    to_version: int = SCHEMA_VERSION,
    steps: Mapping[int, Step] = STEPS,
) -> Path | None:
    """Bring the file at `path` from `from_version` up to `to_version`. Returns the backup's path."""
    if from_version >= to_version:
        return None
    missing = [v for v in range(from_version, to_version) if v not in steps]
    if missing:
        raise MigrationFailed(path, from_version, Phrase("styrapp has no upgrade from version {version}", version=missing[0]), None)
    backup = backup_path(path, from_version)
    backup_copy(path, backup)
    con = sqlite.connect(path, autocommit=True)
    sqlite.no_cache_spill(con)
    try:
        sqlite.set_foreign_keys(con, False)  # steps may rebuild tables; checked below
        for version in range(from_version, to_version):
            con.execute("BEGIN IMMEDIATE")
            try:
                steps[version](con)
                problems = sqlite.foreign_key_problems(con)
                if problems:
                    error = sqlite3.IntegrityError(f"{len(problems)} broken links after the step")
                    error.phrase = Phrase("{count} broken links after the step", count=len(problems))
                    raise error
                sqlite.set_user_version(con, version + 1)
                con.execute("COMMIT")
            except Exception as exc:
                con.execute("ROLLBACK")
                phrase = getattr(exc, "phrase", None)
                if isinstance(phrase, tuple):
                    phrase = Phrase(phrase[0], **phrase[1])
                raise MigrationFailed(path, version, phrase or str(exc), backup) from exc
    finally:
        con.close()
    return backup
