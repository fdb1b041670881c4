"""Ranked value intervals: one row per item, the interval as a bar and the focal value as a mark.

Used for the alternatives' values (spec §4 ``values``: least and greatest V over
S, V at the focal point) and for the values of user-defined portfolios. Rows
come in the order given (the panel ranks them); the first row is at the top.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QWidget

from .base import CategoryAxis, ChartFrame, TextPool, fmt
from .palette import BLUE, ORANGE, SKY_BLUE


@dataclass(frozen=True)
class IntervalRow:
    """One row: ``name`` with ``focal`` in ``[low, high]``; ``note`` is added to its read-out."""

    name: str
    focal: float
    low: float
    high: float
    note: str = ""
    marked: bool = False


class IntervalChart(ChartFrame):
    """Horizontal interval bars with a focal mark per row (see the module documentation)."""

    def __init__(
        self, title: str, caption: str, parent: QWidget | None = None, *, value_label: str = ""
    ) -> None:
        axis = CategoryAxis("left")
        super().__init__(title, caption, parent, scrollable=True, left_axis=axis)
        self.axis = axis
        self._rows: list[IntervalRow] = []
        self._decimals = 2
        item = self.plot_item
        item.invertY(True)
        item.showGrid(x=True, y=False, alpha=0.25)
        if value_label:
            self.set_value_label(value_label)
        self.bars = pg.BarGraphItem(
            x0=[], y=[], width=[], height=0.5, brush=SKY_BLUE, pen=pg.mkPen(BLUE, width=1)
        )
        self.marked = pg.BarGraphItem(
            x0=[], y=[], width=[], height=0.5, brush=ORANGE, pen=pg.mkPen(ORANGE.darker(140))
        )
        self.focal = pg.ScatterPlotItem(
            [], [], symbol="d", size=13, brush=pg.mkBrush(BLUE), pen=pg.mkPen("#ffffff", width=1.2)
        )
        self.focal.setZValue(10)
        self.current_mark = pg.BarGraphItem(
            x0=[],
            y=[],
            width=[],
            height=0.9,
            brush=None,
            pen=pg.mkPen("#444444", width=1.5, style=Qt.PenStyle.DashLine),
        )
        self.zero = pg.InfiniteLine(pos=0.0, angle=90, pen=pg.mkPen("#666666", width=1))
        for it in (self.zero, self.bars, self.marked, self.focal, self.current_mark):
            item.addItem(it)
        self.labels = TextPool(item, anchor=(0.0, 0.5))

    def set_rows(
        self, rows: Sequence[IntervalRow], *, decimals: int = 2, x_range: tuple[float, float] | None = None
    ) -> None:
        """Show ``rows`` (top to bottom); ``x_range`` fixes the value axis (default: fit)."""
        self._rows = list(rows)
        self._decimals = decimals
        n = len(self._rows)
        self.reserve_rows(n)
        self.axis.set_categories([r.name for r in self._rows])
        lows = np.array([r.low for r in self._rows], dtype=float)
        highs = np.array([r.high for r in self._rows], dtype=float)
        focal = np.array([r.focal for r in self._rows], dtype=float)
        ys = np.arange(n, dtype=float)
        plain = np.array([not r.marked for r in self._rows], dtype=bool)
        self.bars.setOpts(x0=lows[plain], y=ys[plain], width=(highs - lows)[plain], height=0.5)
        self.marked.setOpts(x0=lows[~plain], y=ys[~plain], width=(highs - lows)[~plain], height=0.5)
        self.focal.setData(focal, ys)
        if x_range is None:
            lo = float(min(lows.min(initial=0.0), 0.0))
            hi = float(max(highs.max(initial=1.0), 1e-9))
        else:
            lo, hi = x_range
        self.set_value_ticks(lo, hi)
        span = hi - lo or 1.0
        self.labels.set_texts(
            [
                (
                    float(highs[i]) + 0.01 * span,
                    float(i),
                    fmt(float(focal[i]), decimals),
                    self.palette().text().color(),
                )
                for i in range(n)
            ]
        )
        self.plot_item.setXRange(lo, hi + 0.12 * span, padding=0.01)
        self.plot_item.setYRange(-0.6, max(n, 1) - 0.4, padding=0)
        self.zero.setVisible(lo < 0)
        self.refresh_current()

    def rows(self) -> list[IntervalRow]:
        return list(self._rows)

    def item_count(self) -> int:
        return len(self._rows)

    def item_text(self, i: int) -> str:
        r = self._rows[i]
        d = self._decimals
        text = self.tr("{name}: {focal} at the representative point, between {low} and {high}").format(
            name=r.name, focal=fmt(r.focal, d), low=fmt(r.low, d), high=fmt(r.high, d)
        )
        return f"{text}. {r.note}" if r.note else text

    def show_current(self, i: int) -> None:
        if i < 0 or i >= len(self._rows):
            self.current_mark.setOpts(x0=[], y=[], width=[])
            return
        (lo, hi), _ = self.view_box.viewRange()
        self.current_mark.setOpts(x0=[lo], y=[float(i)], width=[hi - lo], height=0.9)

    def hover_text(self, scene_pos: QPointF) -> str | None:
        name = self._axis_name_at(scene_pos)
        if name is not None:
            i = round(self.view_box.mapSceneToView(scene_pos).y())
            return self.item_text(i) if 0 <= i < len(self._rows) else name
        p = self.data_point(scene_pos)
        if p is None:
            return None
        i = round(p.y())
        if 0 <= i < len(self._rows) and abs(p.y() - i) <= 0.4:
            return self.item_text(i)
        return None


__all__ = ["IntervalChart", "IntervalRow"]
