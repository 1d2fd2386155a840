"""Mål and Uppdrag: a tree editor with a filter box on the left, the detail form on the right.

Every gesture becomes an undo command run through the plan document; after any change the model
syncs itself, so expanded branches and the selection stay where they were.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...models.changes import Kind
from ...models.enums import Tree
from ...models.errors import StyrappError
from ...views.node_form import NodeForm
from ...views.node_tree_model import NodeTreeModel
from ...views.node_tree_view import NodeTreeView
from ..actions import ActionRegistry
from ..dialogs import confirm_delete
from ..document import PlanDocument
from ..later import Later as _Later

if TYPE_CHECKING:
    from ...models.queries.levels import LevelInfo


node_service = _Later("styrapp.models.services.nodes")
node_clip = _Later("styrapp.models.queries.node_clip")
node_facts = _Later("styrapp.models.queries.node_facts")
level_queries = _Later("styrapp.models.queries.levels")
commands = _Later("styrapp.ui.commands")

EDIT_ACTIONS = ("edit.add_child", "edit.add_sibling", "edit.rename", "edit.delete", "edit.move_up",
                "edit.move_down", "edit.cut", "edit.copy", "edit.paste")
# What Copy puts on the clipboard besides the titles as text: the subtree's data, so that a paste
# in another plan (another window, another styrapp) pastes what was copied.
CLIP_MIME = "application/x-styrapp-nodes+json"


def release_clipboard() -> None:
    """Take our nodes off the system clipboard while Python still runs: Qt deletes what the clipboard
    holds when the program ends, and a QMimeData made in Python deleted after Python has stopped
    crashes the exit (a segmentation fault after the last window closed)."""
    if QGuiApplication.instance() is None:
        return
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.hasFormat(CLIP_MIME):
        clipboard.clear()


TREE_WIDTH, FORM_WIDTH = 650, 430  # at 1280×720 the form has room for its titles and the Agenda 2030 names


class TreePage(QWidget):
    message = Signal(str)  # for the status bar
    indicator_chosen = Signal(int)  # an indicator row double-clicked: show that indicator
    # The Redigera and Visa actions this page carries out, and the methods they call.
    edit_actions = frozenset((*EDIT_ACTIONS, "view.expand", "view.collapse", "view.find"))
    edit_methods = frozenset(("add_child", "add_sibling", "rename_current", "delete_current", "cut_current",
                              "copy_current", "paste", "expand_all", "collapse_all", "move_current"))

    def __init__(self, tree: str, actions: ActionRegistry, parent=None):
        super().__init__(parent)
        self.tree = tree
        self.actions = actions
        self.document: PlanDocument | None = None
        self.model: NodeTreeModel | None = None
        self.view: NodeTreeView | None = None
        self.clipboard: tuple[str, str] | None = None  # ("cut" | "copy", the copied node's uuid) in this plan
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        bar = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        bar.addWidget(self.heading)
        bar.addStretch(1)
        for key in ("edit.add_child", "edit.add_sibling", "edit.delete", "edit.move_up", "edit.move_down"):
            button = QToolButton()
            button.setDefaultAction(actions[key])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon if key.startswith("edit.add")
                                      else Qt.ToolButtonStyle.ToolButtonIconOnly)
            bar.addWidget(button)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search in the tree"))
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(260)
        self.search.textChanged.connect(self._filter)
        bar.addWidget(self.search)
        layout.addLayout(bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName(f"splitter-{tree}")
        self.tree_holder = QWidget()
        QVBoxLayout(self.tree_holder).setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.tree_holder.layout().addWidget(self.empty)
        self.form = NodeForm()
        self.form.setAccessibleName(self.tr("The selected row's details"))
        self.form.field_edited.connect(self._field_edited)
        self.form.links_edited.connect(lambda node_id, ids: self._run(commands.SetNodeLinks(self._what(node_id), node_id, ids)))
        self.form.sdgs_edited.connect(lambda node_id, nums: self._run(commands.SetNodeSdgs(self._what(node_id), node_id, nums)))
        self.form.indicator_linked.connect(lambda node_id, ind: self.link_indicators([ind], node_id))
        self.form.indicator_unlinked.connect(self._unlink_indicator)
        self.form.new_indicator.connect(self._new_indicator)
        self.splitter.addWidget(self.tree_holder)
        self.splitter.addWidget(self.form)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([TREE_WIDTH, FORM_WIDTH])
        layout.addWidget(self.splitter, 1)

    # --- opening a plan --------------------------------------------------------------------------

    def show_preview(self, rows: list) -> None:
        """Show a tree read straight from the file while the plan itself is still being opened:
        read-only (no document, so no edits), replaced by `set_document` a moment later."""
        self._install_view(NodeTreeModel(self.tree, lambda: rows, parent=self))
        self.heading.setText(f"<b style='font-size:14pt'>{self._title()}</b>")
        self.empty.setVisible(not rows)

    def _install_view(self, model: NodeTreeModel) -> None:
        if self.view is not None:
            self.view.setParent(None)
            self.view.deleteLater()
        self.model = model
        self.view = NodeTreeView(model)
        self.view.setObjectName(f"tree-{self.tree}")
        self.view.setAccessibleName(self._title())
        self.tree_holder.layout().insertWidget(0, self.view, 1)
        QWidget.setTabOrder(self.search, self.view)  # reading order: the tree, then its row's form
        QWidget.setTabOrder(self.view, self.form)
        self.view.expandToDepth(0)

    def _title(self) -> str:
        return self.tr("Goals") if self.tree == Tree.GOALS else self.tr("Assignments")

    def set_document(self, document: PlanDocument) -> None:
        from ...models.queries.node_rows import read_tree, read_tree_part

        self.document = document
        self.clipboard = None  # a cut moves within one plan; a copy stays on the system clipboard
        goals = self.tree == Tree.GOALS  # the goal tree shows each goal's indicators beneath it
        self._install_view(NodeTreeModel(
            self.tree, lambda: read_tree(document.plan, self.tree, indicators=goals).rows,
            read_part=lambda ids, parents: read_tree_part(document.plan, self.tree, ids, parents, indicators=goals),
            on_rename=self.rename_node, on_move=self.move_node, on_moves=self.move_nodes, parent=self,
            on_link=self.link_indicators))
        self.view.doubleClicked.connect(self._activated)
        for key in EDIT_ACTIONS:
            self.view.addAction(self.actions[key])
        self.view.current_node_changed.connect(self._show_node)
        self._update_heading()
        self._show_node(None)

    def show_document(self, document: PlanDocument) -> None:
        self.set_document(document)

    def save_state(self, settings) -> None:
        settings.set_splitter(self.splitter.objectName(), self.splitter.saveState())

    def restore_state(self, settings) -> None:
        self.splitter.restoreState(settings.splitter(self.splitter.objectName()))

    def _update_heading(self) -> None:
        levels = level_queries.allowed_child_levels(self.document.plan, None, self.tree)
        count = len(self.model.ids())
        self.heading.setText(f"<b style='font-size:14pt'>{self._title()}</b>")
        self.empty.setVisible(count == 0)
        if not levels and count == 0:
            self.empty.setText(self.tr(
                "This plan's governance model has no levels for this tree yet. Add them under Plan → Governance model…"))
        else:
            self.empty.setText(self.tr("The tree is empty. Press Insert or click “Add beneath” to add the first node."))

    def set_read_only(self, read_only: bool) -> None:
        """A closed plan year in view: the form can be read, not changed."""
        self.form.set_read_only(read_only)

    def concerns(self, changes) -> bool:
        """A tree shows its nodes, their owners, levels, indicator counts and latest status."""
        return changes.touches(Kind.NODE, Kind.UNIT, Kind.LEVEL, Kind.INDICATOR, Kind.FOLLOW_UP, Kind.PERIOD,
                               Kind.SETTING)

    def refresh(self, changes=None) -> None:
        """Bring the tree in step (moves, inserts, changed cells, never a reset); the heading and the
        form only when the changes reach them."""
        if self.model is None:
            return
        was_empty = not self.model.ids()
        # An indicator renamed, moved or called otherwise shows in the goal tree under every goal it is
        # linked to, none of which the change names: the whole tree is read again.
        touched = None if changes is None or changes.touches(Kind.UNIT, Kind.LEVEL, Kind.PERIOD) or (
            self.tree == Tree.GOALS and changes.touches(Kind.INDICATOR, Kind.SETTING)) else changes.ids(Kind.NODE)
        self.model.sync(touched)  # only the nodes the edit touched, when it says which
        if changes is None or changes.touches(Kind.LEVEL) or was_empty != (not self.model.ids()):
            self._update_heading()
        current = self.view.current_id()
        touched = changes.ids(Kind.NODE) if changes is not None else None
        if (touched is None or current is None or current in touched
                or changes.touches(Kind.UNIT, Kind.LEVEL, Kind.INDICATOR)):
            self._show_node(current)

    def _show_node(self, node_id: int | None) -> None:
        from ...models.queries.node_rows import node_details

        details = None
        if node_id is not None and not self.model.is_indicator_row(node_id):
            try:
                details = node_details(self.document.plan, node_id)
            except StyrappError:
                details = None
        self.form.show_details(details)

    def _filter(self, text: str) -> None:
        if self.view is not None:
            self.view.set_filter(text)

    # --- edits --------------------------------------------------------------------------------------

    def _run(self, command) -> bool:
        return self.document is not None and self.document.run(command)

    def _what(self, node_id: int) -> str:
        return self.model.row_data(node_id).level_name.lower()

    def current_id(self) -> int | None:
        return self.view.current_id() if self.view is not None else None

    def _current_node(self) -> int | None:
        """The selected node; for an indicator row, the node it hangs on."""
        current = self.current_id()
        return self.model.parent_of(current) if self.model.is_indicator_row(current) else current

    def link_indicators(self, indicator_ids: list[int], node_id: int) -> None:
        """Indicators dropped on a node: linked to it, one undo step (those linked already are left)."""
        if self.document is None or not indicator_ids:
            return
        what = self.model.row_data(node_id).title
        if self._run(commands.LinkIndicators(what, indicator_ids, node_id)):
            self.message.emit(self.tr("Linked to “%1”.").replace("%1", what))

    def _unlink_indicator(self, node_id: int, indicator_id: int) -> None:
        from ...models.queries.indicator_links import node_indicators

        name = dict(node_indicators(self.document.plan, node_id)).get(indicator_id)
        if name is not None:
            self._run(commands.UnlinkIndicator(name, indicator_id, node_id, self.model.row_data(node_id).title))

    def _new_indicator(self, node_id: int) -> None:
        """New indicator… in a node's form: made and linked to the node at once, one undo step."""
        from .indicators_page import new_indicator, offer_kolada

        def created(command) -> None:
            if command.args.get("kolada_id"):
                self.kolada_run = offer_kolada(self, self.document, command.indicator_id)

        new_indicator(self, self.document, node_id, created)

    def _activated(self, index) -> None:
        ident = self.view.current_id()
        if self.model.is_indicator_row(ident):
            self.indicator_chosen.emit(self.model.indicator_link(ident)[1])

    def _field_edited(self, node_id: int, name: str, value) -> None:
        self._run(commands.UpdateNode(self._what(node_id), node_id, **{name: value}))

    def rename_node(self, node_id: int, title: str) -> None:
        self._run(commands.UpdateNode(self._what(node_id), node_id, title=title))

    def move_node(self, node_id: int, parent_id: int | None, index: int) -> None:
        self._run(commands.MoveNode(self._what(node_id), node_id, parent_id, index))

    def move_nodes(self, moves: list[tuple[int, int | None, int]]) -> None:
        """Several nodes dropped at once: one undo step."""
        text = self.tr("Move %1 nodes").replace("%1", str(len(moves)))
        self._run(commands.Steps(text, [
            lambda plan, m=m: node_service.move_node(plan, *m) for m in moves]))

    def add_child(self, level_id: int | None = None) -> int | None:
        return self._add(self._current_node(), None, level_id)

    def add_sibling(self, level_id: int | None = None) -> int | None:
        current = self._current_node()
        if current is None:
            return self._add(None, None, level_id)
        parent = self.model.parent_of(current)
        return self._add(parent, self.model.node_children(parent).index(current) + 1, level_id)

    def _add(self, parent_id: int | None, index: int | None, level_id: int | None) -> int | None:
        if self.document is None:
            return None
        levels = level_queries.allowed_child_levels(self.document.plan, parent_id, self.tree)
        if level_id is not None:
            levels = [lv for lv in levels if lv.id == level_id]
        if not levels:
            name = self.model.row_data(parent_id).level_name.lower() if parent_id else ""
            self.message.emit(self.tr("The governance model allows nothing beneath a %1.").replace("%1", name) if name
                              else self.tr("The governance model has no level that may stand at the top of this tree."))
            return None
        level = levels[0] if len(levels) == 1 else self._choose_level(levels)
        if level is None:
            return None
        command = commands.CreateNode(level.name.lower(), level_id=level.id, parent_id=parent_id, index=index,
                                      title=level.name)
        if not self._run(command):
            return None
        self.search.clear()
        self.view.select_node(command.node_id)
        self.view.edit(self.view.currentIndex())
        return command.node_id

    def _choose_level(self, levels: list[LevelInfo]) -> LevelInfo | None:
        menu = QMenu(self)
        for level in levels:
            menu.addAction(level.name).setData(level.id)
        rect = self.view.visualRect(self.view.currentIndex())
        chosen: QAction | None = menu.exec(self.view.viewport().mapToGlobal(rect.bottomLeft() if rect.isValid() else QPoint()))
        return next((lv for lv in levels if chosen is not None and lv.id == chosen.data()), None)

    def delete_current(self) -> None:
        node_id = self.current_id()
        if node_id is None:
            return
        if self.model.is_indicator_row(node_id):  # the link goes, the indicator stays
            goal_id, indicator_id = self.model.indicator_link(node_id)
            row = self.model.row_data(node_id)
            goal = self.model.row_data(goal_id).title
            if self._run(commands.UnlinkIndicator(row.title, indicator_id, goal_id, goal)):
                self.view.select_node(goal_id)
                self.message.emit(self.tr("“%1” is no longer linked to “%2”; the indicator itself stays.")
                                  .replace("%1", row.title).replace("%2", goal))
            return
        impact = node_facts.delete_impact(self.document.plan, node_id)
        if not confirm_delete(self, self.tr("Delete"), impact.describe()):
            return
        parent = self.model.parent_of(node_id)
        siblings = self.model.node_children(parent)
        row = siblings.index(node_id)
        if self._run(commands.DeleteNode(self._what(node_id), node_id)):
            rest = self.model.node_children(parent)
            self.view.select_node(rest[min(row, len(rest) - 1)] if rest else parent)

    def rename_current(self) -> None:
        if self.current_id() is not None and not self.model.is_indicator_row(self.current_id()):
            self.view.edit(self.view.currentIndex())

    def move_current(self, step: int) -> None:
        node_id = self.current_id()
        if node_id is None or self.model.is_indicator_row(node_id):
            return
        parent = self.model.parent_of(node_id)
        row = self.model.node_children(parent).index(node_id)
        if 0 <= row + step < len(self.model.node_children(parent)):
            self.move_node(node_id, parent, row + step)
            self.view.select_node(node_id)

    def cut_current(self) -> None:
        self._to_clipboard("cut")

    def copy_current(self) -> None:
        self._to_clipboard("copy")

    def _to_clipboard(self, mode: str) -> None:
        node_id = self.current_id()
        if node_id is None or self.document is None or self.model.is_indicator_row(node_id):
            return
        clip = node_clip.read_clip(self.document.plan, node_id)
        data = QMimeData()
        data.setData(CLIP_MIME, QByteArray(json.dumps(clip, ensure_ascii=False).encode("utf-8")))
        data.setText(node_clip.clip_titles(clip))
        QGuiApplication.clipboard().setMimeData(data)
        self.clipboard = (mode, clip["nodes"][0]["uuid"])
        title = self.model.row_data(node_id).title
        self.message.emit((self.tr("Cut: %1") if mode == "cut" else self.tr("Copied: %1")).replace("%1", title))

    def _clip(self) -> dict[str, Any] | None:
        """The nodes on the clipboard, copied in this plan or another; None when it holds something else."""
        data = QGuiApplication.clipboard().mimeData()
        if data is None or not data.hasFormat(CLIP_MIME):
            return None
        try:
            clip = json.loads(bytes(data.data(CLIP_MIME).data()).decode("utf-8"))
        except ValueError:
            return None
        return clip if node_clip.is_clip(clip) else None

    def paste(self) -> None:
        if self.document is None:
            return
        clip = self._clip()
        if clip is None or clip.get("tree") != self.tree:
            return
        uuid = clip["nodes"][0]["uuid"]
        node_id = node_clip.node_id_of(self.document.plan, uuid)
        if node_id is None or node_id not in self.model.ids():
            self._paste_from_elsewhere(clip)
            return
        mode = "cut" if self.clipboard == ("cut", uuid) else "copy"
        target = self._current_node()
        what = self._what(node_id)

        def command(parent_id, index):
            if mode == "cut":
                return commands.MoveNode(what, node_id, parent_id, index)
            return commands.CopyNode(what, source_id=node_id, parent_id=parent_id, index=index)

        # Beneath the selected node if the styrmodell allows it, else next to it.
        allowed = {lv.id for lv in level_queries.allowed_child_levels(self.document.plan, target, self.tree)}
        level = self.model.row_data(node_id).level_id
        if level in allowed:
            cmd = command(target, None)
        elif target is not None:
            parent = self.model.parent_of(target)
            cmd = command(parent, self.model.node_children(parent).index(target) + 1)
        else:
            self.message.emit(self.tr("The governance model does not allow a %1 at the top of the tree.").replace("%1", what))
            return
        if self._run(cmd):
            self.view.select_node(node_id if mode == "cut" else cmd.node_id)
            if mode == "cut":
                self.clipboard = None

    def _paste_from_elsewhere(self, clip: dict[str, Any]) -> None:
        """Nodes copied in another plan: created here from the clipboard's data, mapped onto this
        plan's styrmodell; beneath the selected node if allowed, else next to it. A refusal (no
        such level here, not allowed there) is shown in the status bar and writes nothing."""
        plan = self.document.plan
        target = self._current_node()
        what = str(clip["nodes"][0]["level"].get("name", "")).lower()
        level = node_clip.root_level_id(plan, clip)
        allowed = {lv.id for lv in level_queries.allowed_child_levels(plan, target, self.tree)}
        if level is not None and level in allowed:
            parent, index = target, None
        elif target is not None:
            parent = self.model.parent_of(target)
            index = self.model.node_children(parent).index(target) + 1
        else:
            parent, index = None, None
        cmd = commands.PasteNodes(what, clip=clip, tree=self.tree, parent_id=parent, index=index)
        if self._run(cmd):
            self.view.select_node(cmd.node_id)

    def expand_all(self) -> None:
        if self.view is not None:
            self.view.expandAll()

    def collapse_all(self) -> None:
        if self.view is not None:
            self.view.collapseAll()

    def select_node(self, node_id: int) -> None:
        self.search.clear()
        self.view.select_node(node_id)
        self.view.setFocus()
