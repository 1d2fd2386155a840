"""The nulägeskoll and the styrdokument, as undo commands (see `commands.py` for how a command is run, recorded and undone)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from .document import PlanCommand


class SetSituationReview(PlanCommand):
    """A section (or its source line) of a unit's nulägeskoll for a year."""

    def __init__(self, unit_name: str, unit_id: int, year: int, **fields: Any):
        super().__init__(QCoreApplication.translate("commands", "Edit the situation review of %1").replace("%1", unit_name))
        self.unit_id, self.year, self.fields = unit_id, year, fields

    def do(self) -> None:
        from ..models.services.control import set_situation_review

        set_situation_review(self.plan, self.unit_id, self.year, **self.fields)


class SetReviewKeyFigures(PlanCommand):
    def __init__(self, unit_name: str, unit_id: int, year: int, indicator_ids: list[int]):
        super().__init__(QCoreApplication.translate("commands", "Choose the key figures of %1").replace("%1", unit_name))
        self.unit_id, self.year, self.indicator_ids = unit_id, year, indicator_ids

    def do(self) -> None:
        from ..models.services.documents import set_review_key_figures

        set_review_key_figures(self.plan, self.unit_id, self.year, self.indicator_ids)


class CreateDocument(PlanCommand):
    def __init__(self, goal_ids: list[int] | None = None, **fields: Any):
        super().__init__(QCoreApplication.translate("commands", "Add governing document"))
        self.fields, self.goal_ids = fields, goal_ids or []
        self.document_id: int | None = None

    def do(self) -> None:
        from ..models.services.control import create_document
        from ..models.services.documents import set_document_goals

        self.document_id = create_document(self.plan, **self.fields)
        if self.goal_ids:
            set_document_goals(self.plan, self.document_id, self.goal_ids)


class UpdateDocument(PlanCommand):
    """A document's fields and, when given, the goals it is linked to: one undo step."""

    def __init__(self, what: str, document_id: int, goal_ids: list[int] | None = None, **fields: Any):
        super().__init__(QCoreApplication.translate("commands", "Edit %1").replace("%1", what))
        self.document_id, self.goal_ids, self.fields = document_id, goal_ids, fields

    def do(self) -> None:
        from ..models.services.documents import set_document_goals, update_document

        if self.fields:
            update_document(self.plan, self.document_id, **self.fields)
        if self.goal_ids is not None:
            set_document_goals(self.plan, self.document_id, self.goal_ids)


class DeleteDocument(PlanCommand):
    def __init__(self, title: str, document_id: int):
        super().__init__(QCoreApplication.translate("commands", "Delete %1").replace("%1", title))
        self.document_id = document_id

    def do(self) -> None:
        from ..models.services.documents import delete_document

        delete_document(self.plan, self.document_id)
