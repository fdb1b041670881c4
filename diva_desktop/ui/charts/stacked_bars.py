"""Horizontal stacked bars: one row per item, one coloured segment per part.

Used for the contributions of the criteria to an alternative's value (focal
weight × focal value per leaf, coloured by the top-level criterion they belong
to), for central weights (SMAA) and for rank acceptabilities (a segment per
rank). All segments are one ``BarGraphItem`` updated with ``setOpts``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from .base import CategoryAxis, ChartFrame, TextPool, fmt, set_bars

Formatter = Callable[[float], str]


class StackedBarChart(ChartFrame):
    """Stacked horizontal bars (see the module documentation)."""

    def __init__(
        self,
        title: str,
        caption: str,
        parent: QWidget | None = None,
        *,
        value_label: str = "",
        formatter: Formatter | None = None,
        show_totals: bool = True,
    ) -> None:
        axis = CategoryAxis("left")
        super().__init__(title, caption, parent, scrollable=True, left_axis=axis)
        self.axis = axis
        self._rows: list[str] = []
        self._parts: list[str] = []
        self._values = np.zeros((0, 0))
        self._colours: list[QColor] = []
        self._notes: list[str] = []
        self._formatter: Formatter = formatter or (lambda x: fmt(x, 3))
        self._tick_formatter: Formatter | None = formatter
        self._show_totals = show_totals
        self._x_max: float | None = None
        item = self.plot_item
        item.invertY(True)
        item.showGrid(x=True, y=False, alpha=0.2)
        if value_label:
            self.set_value_label(value_label)
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.6, brush=None, pen=None)
        self.current_mark = pg.BarGraphItem(
            x0=[],
            y=[],
            width=[],
            height=0.9,
            brush=None,
            pen=pg.mkPen("#444444", width=1.5, style=Qt.PenStyle.DashLine),
        )
        item.addItem(self.bars)
        item.addItem(self.current_mark)
        self.totals = TextPool(item, anchor=(0.0, 0.5))

    def set_data(
        self,
        rows: Sequence[str],
        parts: Sequence[str],
        values: np.ndarray,
        colours: Sequence[QColor],
        *,
        notes: Sequence[str] | None = None,
        x_max: float | None = None,
    ) -> None:
        """``values[i, j]`` is part ``j`` of row ``i`` (≥ 0); ``colours[j]`` its colour."""
        self._rows = list(rows)
        self._parts = list(parts)
        self._values = np.asarray(values, dtype=float).reshape(len(self._rows), len(self._parts))
        self._colours = [QColor(c) for c in colours]
        self._notes = list(notes) if notes is not None else [""] * len(self._rows)
        self._x_max = x_max
        n, k = self._values.shape
        self.reserve_rows(n)
        self.axis.set_categories(self._rows)
        vals = np.nan_to_num(np.clip(self._values, 0.0, None))
        left = np.cumsum(vals, axis=1) - vals
        ys = np.repeat(np.arange(n, dtype=float), k)
        keep = vals.reshape(-1) > 0
        brushes = [pg.mkBrush(self._colours[j]) for _i in range(n) for j in range(k)]
        edge = pg.mkPen(self.palette().base().color(), width=1)
        set_bars(
            self.bars,
            x0=left.reshape(-1)[keep],
            y=ys[keep],
            width=vals.reshape(-1)[keep],
            height=0.6,
            brushes=[b for b, kept in zip(brushes, keep, strict=True) if kept],
            pens=[edge] * int(keep.sum()),
        )
        totals = vals.sum(axis=1) if k else np.zeros(n)
        top = float(x_max if x_max is not None else max(float(totals.max(initial=0.0)), 1e-9))
        text = self.palette().text().color()
        if self._show_totals:
            self.totals.set_texts(
                [
                    (float(totals[i]) + 0.01 * top, float(i), self._formatter(float(totals[i])), text)
                    for i in range(n)
                ]
            )
        else:
            self.totals.set_texts([])
        self.set_value_ticks(0.0, top, self._tick_formatter)
        self.plot_item.setXRange(0.0, top * (1.13 if self._show_totals else 1.0), padding=0.01)
        self.plot_item.setYRange(-0.6, max(n, 1) - 0.4, padding=0)
        self.refresh_current()

    def rows(self) -> list[str]:
        return list(self._rows)

    def values(self) -> np.ndarray:
        return self._values.copy()

    def item_count(self) -> int:
        return len(self._rows)

    def _segment_texts(self, i: int) -> list[str]:
        return [
            f"{self._parts[j]} {self._formatter(float(v))}"
            for j, v in enumerate(self._values[i])
            if np.isfinite(v) and v > 0
        ]

    def item_text(self, i: int) -> str:
        segments = "; ".join(self._segment_texts(i))
        if self._show_totals:
            total = float(np.nansum(self._values[i]))
            text = self.tr("{name}: {total} in all — {segments}").format(
                name=self._rows[i], total=self._formatter(total), segments=segments
            )
        else:
            text = self.tr("{name}: {segments}").format(name=self._rows[i], segments=segments)
        note = self._notes[i] if i < len(self._notes) else ""
        return f"{text}. {note}" if note else text

    def show_current(self, i: int) -> None:
        if i < 0 or i >= len(self._rows):
            self.current_mark.setOpts(x0=[], y=[], width=[])
            return
        (lo, hi), _ = self.view_box.viewRange()
        self.current_mark.setOpts(x0=[lo], y=[float(i)], width=[hi - lo], height=0.9)

    def segment_at(self, x: float, y: float) -> tuple[int, int] | None:
        """Row and part under data point (x, y), if any."""
        i = round(y)
        if not (0 <= i < len(self._rows)) or abs(y - i) > 0.3:
            return None
        vals = np.nan_to_num(np.clip(self._values[i], 0.0, None))
        edges = np.cumsum(vals)
        j = int(np.searchsorted(edges, x, side="right"))
        if x < 0 or j >= len(vals):
            return None
        return i, j

    def hover_text(self, scene_pos: QPointF) -> str | None:
        name = self._axis_name_at(scene_pos)
        if name is not None:
            i = round(self.view_box.mapSceneToView(scene_pos).y())
            return self.item_text(i) if 0 <= i < len(self._rows) else name
        p = self.data_point(scene_pos)
        if p is None:
            return None
        hit = self.segment_at(p.x(), p.y())
        if hit is None:
            return None
        i, j = hit
        return self.tr("{name} — {part}: {value}").format(
            name=self._rows[i], part=self._parts[j], value=self._formatter(float(self._values[i, j]))
        )


__all__ = ["StackedBarChart"]
