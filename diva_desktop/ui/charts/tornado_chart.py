"""Tornado chart: how far one alternative's value moves as each weight runs over its feasible range.

Spec §5 ``tornado``: for every criterion (a child of some node) the least and
greatest V(a) while that child's weight moves over its feasible range and its
siblings keep their focal proportions. Rows are sorted by width, widest on
top; the part below the focal value is orange, the part above it blue.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QWidget

from .base import CategoryAxis, ChartFrame, fmt
from .palette import BLUE, ORANGE


class TornadoChart(ChartFrame):
    """Horizontal bars around the focal value (see the module documentation)."""

    def __init__(self, title: str, caption: str, parent: QWidget | None = None) -> None:
        axis = CategoryAxis("left")
        super().__init__(title, caption, parent, scrollable=True, left_axis=axis)
        self.axis = axis
        self._labels: list[str] = []
        self._low = np.zeros(0)
        self._high = np.zeros(0)
        self._base = 0.0
        self._name = ""
        item = self.plot_item
        item.invertY(True)
        item.showGrid(x=True, y=False, alpha=0.2)
        self.set_value_label(self.tr("Value"))
        self.below = pg.BarGraphItem(x0=[], y=[], width=[], height=0.6, brush=ORANGE, pen=None)
        self.above = pg.BarGraphItem(x0=[], y=[], width=[], height=0.6, brush=BLUE, pen=None)
        self.base_line = pg.InfiniteLine(pos=0.0, angle=90, pen=pg.mkPen("#222222", width=1.5))
        self.current_mark = pg.BarGraphItem(
            x0=[],
            y=[],
            width=[],
            height=0.9,
            brush=None,
            pen=pg.mkPen("#444444", width=1.5, style=Qt.PenStyle.DashLine),
        )
        for it in (self.below, self.above, self.base_line, self.current_mark):
            item.addItem(it)

    def set_data(
        self, name: str, labels: Sequence[str], low: np.ndarray, high: np.ndarray, base: float
    ) -> None:
        """Rows (already sorted) with the least and greatest value of alternative ``name``."""
        self._name = name
        self._labels = list(labels)
        self._low = np.asarray(low, dtype=float)
        self._high = np.asarray(high, dtype=float)
        self._base = float(base)
        n = len(self._labels)
        self.reserve_rows(n)
        self.axis.set_categories(self._labels)
        ys = np.arange(n, dtype=float)
        left = np.minimum(self._low, self._base)
        right = np.maximum(self._high, self._base)
        self.below.setOpts(x0=left, y=ys, width=self._base - left, height=0.6)
        self.above.setOpts(x0=np.full(n, self._base), y=ys, width=right - self._base, height=0.6)
        self.base_line.setPos(self._base)
        lo = float(left.min(initial=self._base))
        hi = float(right.max(initial=self._base))
        span = (hi - lo) or 0.1
        self.plot_item.setXRange(lo - 0.05 * span, hi + 0.05 * span, padding=0)
        self.plot_item.setYRange(-0.6, max(n, 1) - 0.4, padding=0)
        self.set_legend(
            [(ORANGE, self.tr("weight lowers the value")), (BLUE, self.tr("weight raises the value"))]
            if n
            else []
        )
        self.refresh_current()

    def item_count(self) -> int:
        return len(self._labels)

    def item_text(self, i: int) -> str:
        return self.tr("{criterion}: {name} between {low} and {high} (now {base})").format(
            criterion=self._labels[i],
            name=self._name,
            low=fmt(float(self._low[i]), 3),
            high=fmt(float(self._high[i]), 3),
            base=fmt(self._base, 3),
        )

    def show_current(self, i: int) -> None:
        if i < 0 or i >= len(self._labels):
            self.current_mark.setOpts(x0=[], y=[], width=[])
            return
        (lo, hi), _ = self.view_box.viewRange()
        self.current_mark.setOpts(x0=[lo], y=[float(i)], width=[hi - lo], height=0.9)

    def hover_text(self, scene_pos: QPointF) -> str | None:
        point = self.view_box.mapSceneToView(scene_pos)
        if self.data_point(scene_pos) is None and self._axis_name_at(scene_pos) is None:
            return None
        i = round(point.y())
        return self.item_text(i) if 0 <= i < len(self._labels) else None


__all__ = ["TornadoChart"]
