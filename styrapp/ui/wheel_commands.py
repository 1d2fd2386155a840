"""The årshjul's edits as undo commands: events created, moved, changed and deleted; rings added,
renamed, recoloured, hidden, reordered and deleted. Each calls `models/services/wheel.py`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..models.services import wheel as service
from .document import WHEEL, PlanCommand


class WheelCommand(PlanCommand):
    topics = (WHEEL,)


class CreateEvent(WheelCommand):
    def __init__(self, **args: Any):
        super().__init__(QCoreApplication.translate("commands", "Add event"))
        self.args = args
        self.event_id: int | None = None
        self.rows: list[dict[str, Any]] = []

    def do(self) -> None:
        self.event_id = service.create_event(self.plan, **self.args)

    def undo_it(self) -> None:
        self.rows = service.delete_events(self.plan, [self.event_id])

    def redo_it(self) -> None:
        service.restore_events(self.plan, self.rows)


class UpdateEvent(WheelCommand):
    def __init__(self, event_id: int, text: str | None = None, **fields: Any):
        if text is None:
            text = (QCoreApplication.translate("commands", "Move event") if set(fields) <= {"start", "end"}
                    else QCoreApplication.translate("commands", "Edit event"))
        super().__init__(text)
        self.event_id, self.fields, self.old = event_id, fields, {}

    def do(self) -> None:
        self.old = service.update_event(self.plan, self.event_id, **self.fields)

    def undo_it(self) -> None:
        service.update_event(self.plan, self.event_id, **self.old)


class DeleteEvents(WheelCommand):
    def __init__(self, event_ids: list[int]):
        super().__init__(QCoreApplication.translate("commands", "Delete event"))
        self.event_ids, self.rows = list(event_ids), []

    def do(self) -> None:
        self.rows = service.delete_events(self.plan, self.event_ids)

    def undo_it(self) -> None:
        service.restore_events(self.plan, self.rows)


class CreateRing(WheelCommand):
    def __init__(self, **args: Any):
        super().__init__(QCoreApplication.translate("commands", "Add ring"))
        self.args, self.ring_id, self.snapshot = args, None, None

    def do(self) -> None:
        self.ring_id = service.create_ring(self.plan, **self.args)

    def undo_it(self) -> None:
        self.snapshot = service.delete_ring(self.plan, self.ring_id)

    def redo_it(self) -> None:
        service.restore_ring(self.plan, self.snapshot)


class UpdateRing(WheelCommand):
    def __init__(self, ring_id: int, **fields: Any):
        texts = {"name": QCoreApplication.translate("commands", "Rename ring"),
                 "visible": QCoreApplication.translate("commands", "Show or hide ring"),
                 "colour": QCoreApplication.translate("commands", "Change ring colour")}
        super().__init__(texts.get(next(iter(fields)), QCoreApplication.translate("commands", "Edit ring")))
        self.ring_id, self.fields, self.old = ring_id, fields, {}

    def do(self) -> None:
        self.old = service.update_ring(self.plan, self.ring_id, **self.fields)

    def undo_it(self) -> None:
        service.update_ring(self.plan, self.ring_id, **self.old)


class MoveRing(WheelCommand):
    def __init__(self, ring_id: int, position: int):
        super().__init__(QCoreApplication.translate("commands", "Move ring"))
        self.ring_id, self.position, self.old = ring_id, position, 0

    def do(self) -> None:
        self.old = service.move_ring(self.plan, self.ring_id, self.position)

    def undo_it(self) -> None:
        service.move_ring(self.plan, self.ring_id, self.old)


class DeleteRing(WheelCommand):
    def __init__(self, ring_id: int):
        super().__init__(QCoreApplication.translate("commands", "Delete ring"))
        self.ring_id, self.snapshot = ring_id, None

    def do(self) -> None:
        self.snapshot = service.delete_ring(self.plan, self.ring_id)

    def undo_it(self) -> None:
        service.restore_ring(self.plan, self.snapshot)
