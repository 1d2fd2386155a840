"""The tree widget for goals or uppdrag: a QTreeView over a filter proxy, ready for drag and drop."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from ..models.enums import Tree
from .node_tree_model import NodeTreeModel


class NodeFilter(QSortFilterProxyModel):
    """Shows the nodes whose title, owner or responsible person contains the search text, with their
    ancestors (to see where they sit) and their children."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self._needle = ""

    def setFilterFixedString(self, text: str) -> None:  # noqa: N802 - Qt API
        self.beginFilterChange()
        self._needle = text.casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802 - Qt API
        # Straight from the row's values: asking data() for every column of every row costs far more.
        if not self._needle:
            return True
        model = self.sourceModel()
        siblings = model.children_of(model.id_of(source_parent))
        row = model.row_data(siblings[source_row])
        return any(self._needle in text.casefold() for text in (row.title, row.owner, row.responsible))


class NodeTreeView(QTreeView):
    """Shows the model itself, and puts the filter proxy between only while a search is typed: a proxy
    turns every move into a full re-layout, which costs a quarter of a second in a large tree."""

    current_node_changed = Signal(object)  # node id or None

    def __init__(self, model: NodeTreeModel, parent=None):
        super().__init__(parent)
        self.source = model
        self.proxy = NodeFilter(self)
        self.proxy.setSourceModel(model)
        self._expanded_before_search: set[int] = set()
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)  # InternalMove would refuse drops whose QDrag is not ours
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setWordWrap(False)
        self._show(model)

    def _show(self, model) -> None:
        self.setModel(model)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 150), (2, 80), (3, 72), (4, 84), (5, 84)):  # the title has the rest
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        # Indicators hang on goals: the uppdrag tree has no use for the column.
        self.setColumnHidden(self.source.INDICATORS, self.source.tree != Tree.GOALS)
        self.selectionModel().currentChanged.connect(self._current_changed)

    def filtering(self) -> bool:
        return self.model() is self.proxy

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_node_changed.emit(self.current_id())

    def current_id(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        return self.source.id_of(self.proxy.mapToSource(index) if self.filtering() else index)

    def view_index(self, node_id: int | None, column: int = 0) -> QModelIndex:
        index = self.source.index_of(node_id, column)
        return self.proxy.mapFromSource(index) if self.filtering() else index

    def select_node(self, node_id: int | None) -> None:
        index = self.view_index(node_id)
        if not index.isValid():
            self.setCurrentIndex(QModelIndex())
            return
        parent = index.parent()
        while parent.isValid():
            self.expand(parent)
            parent = parent.parent()
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)

    def set_filter(self, text: str) -> None:
        current = self.current_id()
        if text and not self.filtering():
            self._expanded_before_search = self.expanded_ids()
            self.proxy.setFilterFixedString(text)
            self._show(self.proxy)
        elif text:
            self.proxy.setFilterFixedString(text)
        elif self.filtering():
            self._show(self.source)
            self.proxy.setFilterFixedString("")
            for node_id in self._expanded_before_search:
                self.expand(self.view_index(node_id))
        if text:
            self.expandAll()
        if current is not None and self.view_index(current).isValid():
            self.select_node(current)

    def expanded_ids(self) -> set[int]:
        out = set()
        for node_id in self.source.ids():
            index = self.view_index(node_id)
            if index.isValid() and self.isExpanded(index):
                out.add(node_id)
        return out
