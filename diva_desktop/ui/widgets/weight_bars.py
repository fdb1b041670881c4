"""Horizontal bars of a node's weights: the focal weight of every child as a bar and its
feasible range (least to greatest feasible weight) as a band behind it, on [0, 1].

The widget only draws what it is given (:class:`WeightBar` rows); the panel computes
the numbers with the decision engine. Numbers are written in the widget's locale.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget


@dataclass(frozen=True)
class WeightBar:
    """One child's row: ``focal`` weight and feasible ``[low, high]`` (all in [0, 1])."""

    label: str
    focal: float | None
    low: float | None
    high: float | None
    highlighted: bool = False


def format_weight(locale: QLocale, x: float) -> str:
    """A weight with two decimals in the locale (0,42 in Swedish)."""
    return locale.toString(float(x), "f", 2)


class WeightBarsWidget(QWidget):
    """Draws one row per child: label, track with feasible band and focal bar, numbers."""

    FOCAL_COLOUR = QColor("#1f5fa8")
    BAND_COLOUR = QColor("#a9c8ec")
    CONFLICT_COLOUR = QColor("#c62828")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[WeightBar] = []
        self._placeholder = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    # -- data ---------------------------------------------------------------

    def rows(self) -> list[WeightBar]:
        return list(self._rows)

    def placeholder(self) -> str:
        return self._placeholder

    def set_rows(self, rows: Sequence[WeightBar], placeholder: str = "") -> None:
        """Show ``rows``; ``placeholder`` is drawn instead when there are none."""
        self._rows = list(rows)
        self._placeholder = placeholder
        self.setAccessibleDescription(self.summary())
        self.updateGeometry()
        self.update()

    def summary(self) -> str:
        """All rows as one line of text (for screen readers and tooltips)."""
        if not self._rows:
            return self._placeholder
        loc = self.locale()
        parts = []
        for r in self._rows:
            text = r.label
            if r.focal is not None:
                text += f" {format_weight(loc, r.focal)}"
            if r.low is not None and r.high is not None:
                text += f" [{format_weight(loc, r.low)}–{format_weight(loc, r.high)}]"
            parts.append(text)
        return "; ".join(parts)

    # -- geometry -----------------------------------------------------------

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 10

    def _label_width(self) -> int:
        fm = self.fontMetrics()
        return max((fm.horizontalAdvance(r.label) for r in self._rows), default=0) + 8

    def _numbers_text(self, r: WeightBar) -> str:
        loc = self.locale()
        focal = "–" if r.focal is None else format_weight(loc, r.focal)
        if r.low is None or r.high is None:
            return focal
        return f"{focal}  [{format_weight(loc, r.low)}–{format_weight(loc, r.high)}]"

    def _numbers_width(self) -> int:
        fm = self.fontMetrics()
        sample = WeightBar("", 0.88, 0.88, 0.88)
        width = fm.horizontalAdvance(self._numbers_text(sample))
        return max([width, *(fm.horizontalAdvance(self._numbers_text(r)) for r in self._rows)]) + 8

    MIN_TRACK = 140

    def _stacked_at(self, width: int) -> bool:
        """Labels go on a line of their own above the bars when the width is short."""
        return width < self._label_width() + self.MIN_TRACK + self._numbers_width()

    def _stacked(self) -> bool:
        return self._stacked_at(self.width())

    def _slot_height(self, stacked: bool) -> int:
        """The height of one child's row (two lines when stacked)."""
        return self._row_height() * (2 if stacked else 1)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        n = max(1, len(self._rows))
        return n * self._slot_height(self._stacked_at(width)) + 8

    def sizeHint(self) -> QSize:
        n = max(1, len(self._rows))
        return QSize(self._label_width() + 200 + self._numbers_width(), n * self._row_height() + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.MIN_TRACK // 2 + self._numbers_width() + 16, self.heightForWidth(self.width()))

    def _track_rect(self, row: int) -> QRectF:
        h = self._row_height()
        if self._stacked():
            top = 4 + row * 2 * h + h
            left = 12
        else:
            top = 4 + row * h
            left = self._label_width()
        right = self.width() - self._numbers_width()
        return QRectF(left, top + 3, max(10, right - left - 8), h - 6)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometry()

    # -- painting -----------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = self.fontMetrics()
        if not self._rows:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(
                self.rect().adjusted(6, 4, -6, -4),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                self._placeholder,
            )
            p.end()
            return
        h = self._row_height()
        stacked = self._stacked()
        label_w = self.width() - 4 if stacked else self._label_width()
        for i, r in enumerate(self._rows):
            top = 4 + i * self._slot_height(stacked)
            text_colour = self.CONFLICT_COLOUR if r.highlighted else pal.color(QPalette.ColorRole.WindowText)
            p.setPen(text_colour)
            label_rect = QRect(2, top, label_w - 6, h)
            label = fm.elidedText(r.label, Qt.TextElideMode.ElideRight, label_rect.width())
            p.drawText(label_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), label)
            track = self._track_rect(i)
            p.setPen(pal.color(QPalette.ColorRole.Mid))
            p.setBrush(pal.color(QPalette.ColorRole.Base))
            p.drawRect(track)
            if r.low is not None and r.high is not None:
                x0 = track.left() + track.width() * min(max(r.low, 0.0), 1.0)
                x1 = track.left() + track.width() * min(max(r.high, 0.0), 1.0)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(self.BAND_COLOUR)
                p.drawRect(QRectF(x0, track.top() + 1, max(2.0, x1 - x0), track.height() - 2))
            if r.focal is not None:
                xf = track.left() + track.width() * min(max(r.focal, 0.0), 1.0)
                inner = track.height() / 4
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(self.CONFLICT_COLOUR if r.highlighted else self.FOCAL_COLOUR)
                p.drawRect(
                    QRectF(track.left(), track.top() + inner, xf - track.left(), track.height() - 2 * inner)
                )
                p.drawRect(QRectF(xf - 1, track.top(), 2, track.height()))
            p.setPen(text_colour)
            num_rect = QRect(
                int(track.right()) + 8, int(track.top()) - 3, self.width() - int(track.right()) - 10, h
            )
            p.drawText(
                num_rect,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self._numbers_text(r),
            )
        p.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = (event.pos().y() - 4) // self._slot_height(self._stacked())
            if 0 <= row < len(self._rows):
                r = self._rows[row]
                QToolTip.showText(event.globalPos(), f"{r.label}: {self._numbers_text(r)}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
