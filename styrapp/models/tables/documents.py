"""Styrdokument (Norrtälje's four kinds) and the nulägeskoll page per unit and year (Västerås)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from ..enums import DocumentKind
from ._columns import one_of, uuid_field


class GoverningDocument(SQLModel, table=True):
    __tablename__ = "governing_document"
    __table_args__ = (one_of("kind", DocumentKind),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = uuid_field()
    title: str
    kind: str = DocumentKind.POLICY.value
    decided_by: str = ""  # KF, KS, nämnd, förvaltningschef
    decided_on: date | None = None
    valid_until: date | None = None
    unit_id: int | None = Field(default=None, foreign_key="org_unit.id", ondelete="SET NULL")
    reference: str = ""  # diarienummer or address
    description: str = ""
    location: str = ""  # where the document itself is: a web address or a file's path


class DocumentNode(SQLModel, table=True):
    """A styrdokument's link to a goal it serves or regulates."""

    __tablename__ = "document_node"

    document_id: int = Field(foreign_key="governing_document.id", primary_key=True, ondelete="CASCADE")
    node_id: int = Field(foreign_key="node.id", primary_key=True, ondelete="CASCADE", index=True)


class SituationReview(SQLModel, table=True):
    """Nulägeskoll: on one A4 page, a unit's uppdrag, analysis, needs, results, challenges, key
    figures and trends."""

    __tablename__ = "situation_review"
    __table_args__ = (UniqueConstraint("unit_id", "year", name="uq_situation_review_unit_year"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = uuid_field()
    unit_id: int = Field(foreign_key="org_unit.id", ondelete="CASCADE")
    year: int
    mission: str = ""  # nämndens uppdrag
    analysis: str = ""  # samlad analys av nuläget
    needs: str = ""  # behoven hos dem vi finns till för
    results: str = ""  # verksamhetens resultat
    challenges: str = ""  # största utmaningar
    key_figures: str = ""  # nyckeltal
    trends: str = ""  # trender och deras konsekvenser
    # Where each section's facts come from (Norrtälje: a nulägeskarta from documented sources).
    mission_source: str = ""
    analysis_source: str = ""
    needs_source: str = ""
    results_source: str = ""
    challenges_source: str = ""
    key_figures_source: str = ""
    trends_source: str = ""


class ReviewIndicator(SQLModel, table=True):
    """A key figure of a nulägeskoll: one of the plan's indicators, in the order they are printed."""

    __tablename__ = "review_indicator"

    review_id: int = Field(foreign_key="situation_review.id", primary_key=True, ondelete="CASCADE")
    indicator_id: int = Field(foreign_key="indicator.id", primary_key=True, ondelete="CASCADE", index=True)
    position: int = 0
