"""A horizontal header that shows the criteria tree above the leaf columns.

The model answers ``headerData(section, Horizontal, group_role)`` with the leaf's
ancestors (without the root) as a list of ``(id, name)`` pairs, top first. The header
draws one band per tree level: a parent's name spans all the adjacent columns below
it; a leaf's own name fills the bands from its depth down to the bottom. Names wrap at
word boundaries; the header grows to fit them at the current column widths.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

_TEXT_FLAGS = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
_PAD = 6


class GroupedHeaderView(QHeaderView):
    """Multi-band header of tree-grouped columns (see module docstring)."""

    def __init__(self, group_role: int, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._group_role = group_role
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sectionResized.connect(self._on_section_resized)

    # -- structure ----------------------------------------------------------

    def _groups(self, section: int) -> list[tuple[str, str]]:
        model = self.model()
        if model is None:
            return []
        value: Any = model.headerData(section, Qt.Orientation.Horizontal, self._group_role)
        if not value:
            return []
        return [(str(i), str(n)) for i, n in value]

    def _label(self, section: int) -> str:
        model = self.model()
        if model is None:
            return ""
        value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        return "" if value is None else str(value)

    def _depth(self) -> int:
        return max((len(self._groups(s)) for s in range(self.count())), default=0)

    def _span(self, section: int, band: int) -> tuple[int, int]:
        """First and last logical section that share ``section``'s group at ``band``."""
        key = self._groups(section)[: band + 1]
        first = last = section
        vis = self.visualIndex(section)
        v = vis - 1
        while v >= 0:
            s = self.logicalIndex(v)
            if self._groups(s)[: band + 1] != key:
                break
            first = s
            v -= 1
        v = vis + 1
        while v < self.count():
            s = self.logicalIndex(v)
            if self._groups(s)[: band + 1] != key:
                break
            last = s
            v += 1
        return first, last

    def _span_width(self, first: int, last: int) -> int:
        return sum(
            self.sectionSize(self.logicalIndex(v))
            for v in range(self.visualIndex(first), self.visualIndex(last) + 1)
        )

    # -- sizes --------------------------------------------------------------

    def _text_height(self, fm: QFontMetrics, text: str, width: int) -> int:
        r = fm.boundingRect(QRect(0, 0, max(10, width - 2 * _PAD), 10000), _TEXT_FLAGS, text)
        return r.height() + 2 * _PAD

    def _band_heights(self) -> list[int]:
        """Height of each group band; the last entry is the leaf band."""
        fm = self.fontMetrics()
        depth = self._depth()
        line = fm.height() + 2 * _PAD
        heights = [line] * depth
        leaf_needs: list[tuple[int, int]] = []  # (start band, height needed)
        for s in range(self.count()):
            groups = self._groups(s)
            for b in range(len(groups)):
                first, last = self._span(s, b)
                if s != first:
                    continue
                heights[b] = max(
                    heights[b], self._text_height(fm, groups[b][1], self._span_width(first, last))
                )
            leaf_needs.append((len(groups), self._text_height(fm, self._label(s), self.sectionSize(s))))
        leaf_band = line
        for start, need in leaf_needs:
            above = sum(heights[start:depth])
            leaf_band = max(leaf_band, need - above)
        return [*heights, leaf_band]

    def sizeHint(self) -> QSize:
        base = super().sizeHint()
        return QSize(base.width(), sum(self._band_heights()))

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        fm = self.fontMetrics()
        label = self._label(logicalIndex)
        words = label.split()
        longest = max((fm.horizontalAdvance(w) for w in words), default=0)
        natural = fm.horizontalAdvance(label)
        width = max(longest, min(natural, 96)) + 2 * _PAD + 2
        groups = self._groups(logicalIndex)
        for b, (_gid, name) in enumerate(groups):
            first, last = self._span(logicalIndex, b)
            n = self.visualIndex(last) - self.visualIndex(first) + 1
            g_words = max((fm.horizontalAdvance(w) for w in name.split()), default=0)
            width = max(width, (g_words + 2 * _PAD) // n + 1)
        return QSize(width, sum(self._band_heights()))

    def _on_section_resized(self, *_: int) -> None:
        self.updateGeometry()
        self.viewport().update()

    # -- painting -----------------------------------------------------------

    def _paint_cell(self, painter: QPainter, rect: QRect, text: str, section: int | None) -> None:
        opt = QStyleOptionHeader()
        self.initStyleOption(opt)
        opt.rect = rect
        opt.section = section if section is not None else 0
        opt.text = ""
        opt.position = QStyleOptionHeader.SectionPosition.Middle
        opt.textAlignment = Qt.AlignmentFlag.AlignCenter
        selection = self.selectionModel()
        if (
            section is not None
            and selection is not None
            and self.highlightSections()
            and selection.isColumnSelected(section, self.rootIndex())
        ):
            opt.state |= QStyle.StateFlag.State_On
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_HeaderSection, opt, painter, self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect.adjusted(_PAD, _PAD // 2, -_PAD, -_PAD // 2), _TEXT_FLAGS, text)
        painter.restore()

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        if not rect.isValid():
            return
        heights = self._band_heights()
        groups = self._groups(logicalIndex)
        top = rect.top()
        for b, (_gid, name) in enumerate(groups):
            first, last = self._span(logicalIndex, b)
            x0 = self.sectionViewportPosition(first)
            width = self._span_width(first, last)
            self._paint_cell(painter, QRect(x0, top, width, heights[b]), name, None)
            top += heights[b]
        leaf_rect = QRect(rect.left(), top, rect.width(), rect.bottom() - top + 1)
        self._paint_cell(painter, leaf_rect, self._label(logicalIndex), logicalIndex)

    def group_texts(self, section: int) -> Sequence[str]:
        """The parent names drawn above ``section`` (top first); for tests and tooltips."""
        return [n for _i, n in self._groups(section)]
