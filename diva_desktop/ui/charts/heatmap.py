"""A square heat map of a pairwise quantity (rows against columns), e.g. SMAA pairwise winning.

Cell (i, j) is coloured from orange (0) through white (½) to blue (1) and, when
there is room, carries its number. Rows are named on the left ("1. Name");
columns carry the same numbers at the bottom, so thirty alternatives still fit;
the read-out and tooltip name both alternatives in full.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QWidget

from .base import CategoryAxis, ChartFrame, LocaleAxis, TextPool, fmt, fmt_percent, set_bars
from .palette import diverging, text_on

CELL_TEXT_LIMIT = 12
"""Numbers (per cent, without the sign) are written in the cells up to this many rows."""


class _NumberAxis(LocaleAxis):
    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [str(round(v) + 1) if abs(v - round(v)) < 1e-6 else "" for v in values]


class HeatMapChart(ChartFrame):
    """Square heat map (see the module documentation)."""

    def __init__(
        self,
        title: str,
        caption: str,
        parent: QWidget | None = None,
        *,
        describe: Callable[[str, str, float], str] | None = None,
    ) -> None:
        axis = CategoryAxis("left")
        bottom = _NumberAxis("top")
        super().__init__(title, caption, parent, scrollable=True, left_axis=axis, bottom_axis=bottom)
        self.axis = axis
        self.bottom = bottom
        self._names: list[str] = []
        self._matrix = np.zeros((0, 0))
        self._describe = describe or (lambda a, b, x: f"{a} – {b}: {fmt_percent(x)}")
        item = self.plot_item
        item.invertY(True)
        self.cells = pg.BarGraphItem(x0=[], y=[], width=[], height=1.0, brush=None, pen=None)
        self.current_mark = pg.BarGraphItem(
            x0=[],
            y=[],
            width=[],
            height=1.0,
            brush=None,
            pen=pg.mkPen("#000000", width=2.5, style=Qt.PenStyle.SolidLine),
        )
        self.current_mark.setZValue(15)
        item.addItem(self.cells)
        item.addItem(self.current_mark)
        self.numbers = TextPool(item, anchor=(0.5, 0.5))

    def set_data(self, names: Sequence[str], matrix: np.ndarray) -> None:
        """``matrix[i, j]`` in [0, 1] (NaN on the diagonal is left blank)."""
        self._names = list(names)
        n = len(self._names)
        self._matrix = np.asarray(matrix, dtype=float).reshape(n, n)
        self.reserve_rows(n, extra=90)
        self.axis.set_categories([f"{i + 1}. {s}" for i, s in enumerate(self._names)])
        self.bottom.setTicks([[(float(j), str(j + 1)) for j in range(n)], []])
        cells = [(i, j) for i in range(n) for j in range(n) if i != j and np.isfinite(self._matrix[i, j])]
        colours = [diverging(2.0 * self._matrix[i, j] - 1.0) for i, j in cells]
        edge = pg.mkPen(self.palette().base().color(), width=1)
        set_bars(
            self.cells,
            x0=[j - 0.5 for _i, j in cells],
            y=[float(i) for i, _j in cells],
            width=[1.0] * len(cells),
            height=1.0,
            brushes=[pg.mkBrush(c) for c in colours],
            pens=[edge] * len(cells),
        )
        if n <= CELL_TEXT_LIMIT:
            self.numbers.set_texts(
                [
                    (float(j), float(i), fmt(100.0 * self._matrix[i, j], 0), text_on(c))
                    for (i, j), c in zip(cells, colours, strict=True)
                ]
            )
        else:
            self.numbers.set_texts([])
        self.plot_item.setXRange(-0.5, max(n, 1) - 0.5, padding=0)
        self.plot_item.setYRange(-0.5, max(n, 1) - 0.5, padding=0)
        self.refresh_current()

    def matrix(self) -> np.ndarray:
        return self._matrix.copy()

    def cell_texts(self) -> list[str]:
        return self.numbers.texts()

    def _cell(self, k: int) -> tuple[int, int]:
        n = len(self._names)
        return divmod(k, n)

    def item_count(self) -> int:
        return len(self._names) ** 2

    def item_text(self, k: int) -> str:
        i, j = self._cell(k)
        if i == j:
            return self._names[i]
        return self._describe(self._names[i], self._names[j], float(self._matrix[i, j]))

    def show_current(self, k: int) -> None:
        if k < 0 or not self._names:
            self.current_mark.setOpts(x0=[], y=[], width=[])
            return
        i, j = self._cell(k)
        self.current_mark.setOpts(x0=[j - 0.5], y=[float(i)], width=[1.0], height=1.0)

    def key_pressed(self, event) -> bool:  # type: ignore[no-untyped-def]
        n = len(self._names)
        key = event.key()
        if n and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            k = max(self._current, 0)
            i, j = divmod(k, n)
            i = max(i - 1, 0) if key == Qt.Key.Key_Up else min(i + 1, n - 1)
            self.set_current(i * n + j)
            return True
        return super().key_pressed(event)

    def hover_text(self, scene_pos: QPointF) -> str | None:
        name = self._axis_name_at(scene_pos)
        if name is not None:
            return name
        p = self.data_point(scene_pos)
        if p is None:
            return None
        i, j = round(p.y()), round(p.x())
        n = len(self._names)
        if 0 <= i < n and 0 <= j < n:
            return self.item_text(i * n + j)
        return None


__all__ = ["HeatMapChart"]
