"""Ranking by dragging: items in ordered groups (a group holds ties), most important first.

Pure operations on an order (a tuple of groups of ids) are module functions so that
they can be tested without widgets. :class:`RankGroupsWidget` shows the groups as a
two-level tree ("Rank 1" with its members, …) where members are dragged

* onto a group, or onto/next to a member: they join that group (a tie);
* onto the line above a group's title or below its last member: a new group there;
* onto the empty space below: a new last group.

Keyboard: Ctrl+Up / Ctrl+Down move the current member one step: out of a shared group
into a new group of its own just above (below) it, or from a group of its own into
the group above (below), tied.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

Order = tuple[tuple[str, ...], ...]

ID_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2  # index of the group (on group items)


def _clean(groups: Iterable[Iterable[str]]) -> Order:
    return tuple(tuple(g) for g in (tuple(x) for x in groups) if g)


def group_of(order: Order, item: str) -> int:
    for i, g in enumerate(order):
        if item in g:
            return i
    raise KeyError(item)


def join_group(order: Order, items: Sequence[str], target: int) -> Order:
    """Move ``items`` into group ``target`` (an index into ``order``), tied with it."""
    moving = [x for g in order for x in g if x in set(items)]
    groups = [[x for x in g if x not in set(items)] for g in order]
    groups[target].extend(moving)
    return _clean(groups)


def new_group(order: Order, items: Sequence[str], position: int) -> Order:
    """Move ``items`` into a new group inserted before group ``position`` (0 … len)."""
    moving = [x for g in order for x in g if x in set(items)]
    groups: list[list[str]] = [[x for x in g if x not in set(items)] for g in order]
    groups.insert(position, moving)
    return _clean(groups)


def move_up(order: Order, item: str) -> Order:
    """One step more important (see the module documentation)."""
    i = group_of(order, item)
    if len(order[i]) > 1:
        return new_group(order, [item], i)
    if i == 0:
        return order
    return join_group(order, [item], i - 1)


def move_down(order: Order, item: str) -> Order:
    """One step less important (see the module documentation)."""
    i = group_of(order, item)
    if len(order[i]) > 1:
        return new_group(order, [item], i + 1)
    if i == len(order) - 1:
        return order
    return join_group(order, [item], i + 1)


class RankGroupsWidget(QTreeWidget):
    """Ordered groups of ties, edited by dragging or with Ctrl+Up/Down."""

    order_changed = Signal(object)  # Order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._order: Order = ()
        self._names: dict[str, str] = {}
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setToolTip(
            self.tr(
                "Drag a criterion onto a rank to tie it with that rank, or between ranks for a new rank. "
                "Ctrl+Up / Ctrl+Down move the selected criterion."
            )
        )

    # -- data ---------------------------------------------------------------

    def order(self) -> Order:
        return self._order

    def set_order(self, order: Order, names: Mapping[str, str]) -> None:
        """Show ``order`` (ids) with display ``names``; keeps the current member."""
        current = self.current_item_id()
        selected = self.selected_ids()
        self._order = _clean(order)
        self._names = dict(names)
        self.blockSignals(True)
        self.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        current_item: QTreeWidgetItem | None = None
        for gi, group in enumerate(self._order):
            title = (
                self.tr("Rank {rank}").format(rank=gi + 1)
                if len(group) == 1
                else self.tr("Rank {rank} (tied: {count})").format(rank=gi + 1, count=len(group))
            )
            g_item = QTreeWidgetItem(self, [title])
            g_item.setData(0, GROUP_ROLE, gi)
            g_item.setData(0, ID_ROLE, "")  # never None: see ui.models.scores_model.cell_data
            g_item.setFont(0, bold)
            g_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled)
            for member in group:
                m_item = QTreeWidgetItem(g_item, [self._names.get(member, member)])
                m_item.setData(0, ID_ROLE, member)
                m_item.setData(0, GROUP_ROLE, gi)
                m_item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsDragEnabled
                    | Qt.ItemFlag.ItemIsDropEnabled
                )
                if member in selected:
                    m_item.setSelected(True)
                if member == current:
                    current_item = m_item
        self.expandAll()
        if current_item is not None:
            self.setCurrentItem(current_item, 0, self.selectionModel().SelectionFlag.NoUpdate)
        self.blockSignals(False)

    def member_item(self, item_id: str) -> QTreeWidgetItem | None:
        for gi in range(self.topLevelItemCount()):
            g = self.topLevelItem(gi)
            if g is None:
                continue
            for k in range(g.childCount()):
                child = g.child(k)
                if child is not None and child.data(0, ID_ROLE) == item_id:
                    return child
        return None

    def group_item(self, index: int) -> QTreeWidgetItem | None:
        return self.topLevelItem(index) if 0 <= index < self.topLevelItemCount() else None

    def current_item_id(self) -> str | None:
        item = self.currentItem()
        if item is None:
            return None
        value = item.data(0, ID_ROLE)
        return str(value) if value else None

    def selected_ids(self) -> list[str]:
        return [str(v) for v in (i.data(0, ID_ROLE) for i in self.selectedItems()) if v]

    def _change(self, order: Order) -> None:
        order = _clean(order)
        if order != self._order:
            self.set_order(order, self._names)
            self.order_changed.emit(order)

    # -- keyboard -----------------------------------------------------------

    def move_current(self, step: int) -> None:
        item = self.current_item_id()
        if item is None:
            return
        new = move_up(self._order, item) if step < 0 else move_down(self._order, item)
        self._change(new)
        found = self.member_item(item)
        if found is not None:
            self.setCurrentItem(found)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    # -- dragging -----------------------------------------------------------

    def drop_target(self, pos: QPoint) -> tuple[str, int]:
        """Where a drop at ``pos`` goes: ``("join", group)`` or ``("new", position)``."""
        item = self.itemAt(pos)
        if item is None:
            return ("new", len(self._order))
        rect = self.visualItemRect(item)
        margin = max(2, min(round(rect.height() / 5.5), 12))
        above = pos.y() - rect.top() < margin
        below = rect.bottom() - pos.y() < margin
        parent = item.parent()
        if parent is None:  # a group's title
            gi = self.indexOfTopLevelItem(item)
            return ("new", gi) if above else ("join", gi)
        gi = self.indexOfTopLevelItem(parent)
        if below and parent.indexOfChild(item) == parent.childCount() - 1:
            return ("new", gi + 1)
        return ("join", gi)

    def drop_items(self, items: Sequence[str], target: tuple[str, int]) -> None:
        kind, where = target
        items = [x for x in items if any(x in g for g in self._order)]
        if not items:
            return
        if kind == "join":
            self._change(join_group(self._order, items, where))
        else:
            self._change(new_group(self._order, items, where))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.source() is self:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.source() is not self:
            event.ignore()
            return
        super().dragMoveEvent(event)
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        source = event.source()
        if source is not None and source is not self:
            event.ignore()
            return
        target = self.drop_target(event.position().toPoint())
        items = self.selected_ids()
        # the view rebuilds its items itself: tell Qt not to remove the dragged ones
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.drop_items(items, target)
