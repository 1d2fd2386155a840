"""The årshjul's edits as undo commands: events created, moved, changed and deleted; rings added,
renamed, recoloured, hidden, reordered and deleted. Each calls `models/services/wheel.py`; undo and
redo revert what it recorded (see `document.py`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..models.services import wheel as service
from .document import PlanCommand


class CreateEvent(PlanCommand):
    def __init__(self, **args: Any):
        super().__init__(QCoreApplication.translate("commands", "Add event"))
        self.args = args
        self.event_id: int | None = None

    def do(self) -> None:
        self.event_id = service.create_event(self.plan, **self.args)


class UpdateEvent(PlanCommand):
    def __init__(self, event_id: int, text: str | None = None, **fields: Any):
        if text is None:
            text = (QCoreApplication.translate("commands", "Move event") if set(fields) <= {"start", "end"}
                    else QCoreApplication.translate("commands", "Edit event"))
        super().__init__(text)
        self.event_id, self.fields = event_id, fields

    def do(self) -> None:
        service.update_event(self.plan, self.event_id, **self.fields)


class DeleteEvents(PlanCommand):
    def __init__(self, event_ids: list[int]):
        super().__init__(QCoreApplication.translate("commands", "Delete event"))
        self.event_ids = list(event_ids)

    def do(self) -> None:
        service.delete_events(self.plan, self.event_ids)


class CreateRing(PlanCommand):
    def __init__(self, **args: Any):
        super().__init__(QCoreApplication.translate("commands", "Add ring"))
        self.args, self.ring_id = args, None

    def do(self) -> None:
        self.ring_id = service.create_ring(self.plan, **self.args)


class UpdateRing(PlanCommand):
    def __init__(self, ring_id: int, **fields: Any):
        texts = {"name": QCoreApplication.translate("commands", "Rename ring"),
                 "visible": QCoreApplication.translate("commands", "Show or hide ring"),
                 "colour": QCoreApplication.translate("commands", "Change ring colour")}
        super().__init__(texts.get(next(iter(fields)), QCoreApplication.translate("commands", "Edit ring")))
        self.ring_id, self.fields = ring_id, fields

    def do(self) -> None:
        service.update_ring(self.plan, self.ring_id, **self.fields)


class MoveRing(PlanCommand):
    def __init__(self, ring_id: int, position: int):
        super().__init__(QCoreApplication.translate("commands", "Move ring"))
        self.ring_id, self.position = ring_id, position

    def do(self) -> None:
        service.move_ring(self.plan, self.ring_id, self.position)


class DeleteRing(PlanCommand):
    def __init__(self, ring_id: int):
        super().__init__(QCoreApplication.translate("commands", "Delete ring"))
        self.ring_id = ring_id

    def do(self) -> None:
        service.delete_ring(self.plan, self.ring_id)
