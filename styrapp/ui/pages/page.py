"""What every page of the window is: the protocol the sidebar, the Visa menu, the shortcuts, the saved
settings and the smoke test rely on. The pages themselves are listed once, in order, in `registry.py`.

A page is a QWidget that can

- `show_document(document)`: a plan was opened; show it (the page keeps the document for its edits);
- `concerns(changes)`: say whether an edit's `Changes` touch what it shows;
- `refresh(changes)`: redraw what those changes touched — called at once while the page is shown,
  and, for a page that was hidden, when it is shown again with everything that happened meanwhile.

Its chapter of the handbook (Hjälp → Hjälp om den här sidan, F1) is named by key in `registry.HELP_CHAPTERS`.

Optional: a `message` signal (a line for the status bar), `edit_actions` (the Redigera actions the page
carries out, by key) with `act(key)`, and `save_state(settings)` / `restore_state(settings)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from ...models.changes import Changes
    from ..document import PlanDocument


@runtime_checkable
class Page(Protocol):
    def show_document(self, document: PlanDocument) -> None: ...

    def concerns(self, changes: Changes) -> bool: ...

    def refresh(self, changes: Changes) -> None: ...
