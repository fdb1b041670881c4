"""Two alternatives side by side, criterion by criterion.

For every leaf criterion two bars: what the criterion adds to alternative A's
value and to B's (focal weight × focal value), in the Okabe–Ito blue and
orange. The read-out gives the weight, both values and the difference, so one
sees where A gains on B and where it loses.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QWidget

from .base import CategoryAxis, ChartFrame, fmt, fmt_signed
from .palette import BLUE, ORANGE


class PairComparisonChart(ChartFrame):
    """Grouped bars per criterion for two alternatives (see the module documentation)."""

    def __init__(
        self, title: str, caption: str, parent: QWidget | None = None, *, value_label: str = ""
    ) -> None:
        axis = CategoryAxis("left")
        super().__init__(title, caption, parent, scrollable=True, left_axis=axis)
        self.axis = axis
        self._criteria: list[str] = []
        self._names = ("", "")
        self._a = np.zeros(0)
        self._b = np.zeros(0)
        self._weights = np.zeros(0)
        self._va = np.zeros(0)
        self._vb = np.zeros(0)
        item = self.plot_item
        item.invertY(True)
        item.showGrid(x=True, y=False, alpha=0.2)
        if value_label:
            self.set_value_label(value_label)
        self.bars_a = pg.BarGraphItem(x0=[], y=[], width=[], height=0.36, brush=BLUE, pen=None)
        self.bars_b = pg.BarGraphItem(x0=[], y=[], width=[], height=0.36, brush=ORANGE, pen=None)
        self.current_mark = pg.BarGraphItem(
            x0=[],
            y=[],
            width=[],
            height=0.95,
            brush=None,
            pen=pg.mkPen("#444444", width=1.5, style=Qt.PenStyle.DashLine),
        )
        for it in (self.bars_a, self.bars_b, self.current_mark):
            item.addItem(it)

    def set_data(
        self,
        criteria: Sequence[str],
        names: tuple[str, str],
        *,
        contribution_a: np.ndarray,
        contribution_b: np.ndarray,
        weights: np.ndarray,
        value_a: np.ndarray,
        value_b: np.ndarray,
    ) -> None:
        """Contributions (weight × value) of every criterion to A and to B, with the parts."""
        self._criteria = list(criteria)
        self._names = names
        self._a = np.asarray(contribution_a, dtype=float)
        self._b = np.asarray(contribution_b, dtype=float)
        self._weights = np.asarray(weights, dtype=float)
        self._va = np.asarray(value_a, dtype=float)
        self._vb = np.asarray(value_b, dtype=float)
        n = len(self._criteria)
        self.reserve_rows(n, extra=80)
        self.axis.set_categories(self._criteria)
        ys = np.arange(n, dtype=float)
        self.bars_a.setOpts(x0=np.zeros(n), y=ys - 0.19, width=self._a, height=0.36)
        self.bars_b.setOpts(x0=np.zeros(n), y=ys + 0.19, width=self._b, height=0.36)
        top = float(max(self._a.max(initial=0.0), self._b.max(initial=0.0), 1e-6))
        self.plot_item.setXRange(0.0, top * 1.05, padding=0.01)
        self.plot_item.setYRange(-0.6, max(n, 1) - 0.4, padding=0)
        self.set_legend([(BLUE, names[0]), (ORANGE, names[1])] if n else [])
        self.refresh_current()

    def item_count(self) -> int:
        return len(self._criteria)

    def item_text(self, i: int) -> str:
        return self.tr(
            "{criterion} (weight {weight}): {a} {va} gives {ca}; {b} {vb} gives {cb}; difference {diff}"
        ).format(
            criterion=self._criteria[i],
            weight=fmt(float(self._weights[i]), 3),
            a=self._names[0],
            va=fmt(float(self._va[i]), 2),
            ca=fmt(float(self._a[i]), 3),
            b=self._names[1],
            vb=fmt(float(self._vb[i]), 2),
            cb=fmt(float(self._b[i]), 3),
            diff=fmt_signed(float(self._a[i] - self._b[i]), 3),
        )

    def show_current(self, i: int) -> None:
        if i < 0 or i >= len(self._criteria):
            self.current_mark.setOpts(x0=[], y=[], width=[])
            return
        (lo, hi), _ = self.view_box.viewRange()
        self.current_mark.setOpts(x0=[lo], y=[float(i)], width=[hi - lo], height=0.95)

    def hover_text(self, scene_pos: QPointF) -> str | None:
        p = self.data_point(scene_pos)
        if p is None:
            point = self.view_box.mapSceneToView(scene_pos)
            if self._axis_name_at(scene_pos) is None:
                return None
        else:
            point = p
        i = round(point.y())
        return self.item_text(i) if 0 <= i < len(self._criteria) else None


__all__ = ["PairComparisonChart"]
