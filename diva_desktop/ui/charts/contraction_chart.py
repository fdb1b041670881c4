"""Contraction of one comparison: least and greatest V(a) − V(b) as the sets shrink.

Spec §4 ``decided_at``: at contraction level τ every weight set and score
interval is shrunk toward its representative point by the factor 1 − τ. The
chart draws the least and greatest difference against τ (the band between
them shaded), the zero line, and the level at which the band leaves zero — from
there on one alternative is better whatever the remaining uncertainty.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QWidget

from .base import ChartFrame, fmt, fmt_signed
from .palette import BLUE, ORANGE, VERMILLION, lighter


class ContractionChart(ChartFrame):
    """Least and greatest difference against the contraction level (see the module doc)."""

    def __init__(self, title: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(title, caption, parent)
        self._tau = np.zeros(0)
        self._low = np.zeros(0)
        self._high = np.zeros(0)
        self._decided: float | None = None
        self._names = ("", "")
        item = self.plot_item
        item.showGrid(x=True, y=True, alpha=0.2)
        item.setLabel("bottom", self.tr("Contraction level τ"))
        item.setLabel("left", self.tr("Difference in value"))
        self.low_curve = pg.PlotDataItem([], [], pen=pg.mkPen(ORANGE, width=2.5))
        self.high_curve = pg.PlotDataItem([], [], pen=pg.mkPen(BLUE, width=2.5))
        self.band = pg.FillBetweenItem(self.low_curve, self.high_curve, brush=pg.mkBrush(lighter(BLUE, 0.8)))
        self.zero = pg.InfiniteLine(pos=0.0, angle=0, pen=pg.mkPen("#444444", width=1))
        self.decided_line = pg.InfiniteLine(
            pos=0.0, angle=90, pen=pg.mkPen(VERMILLION, width=2, style=Qt.PenStyle.DashLine)
        )
        self.decided_label = pg.TextItem("", anchor=(0.0, 0.0), color=VERMILLION)
        self.current_mark = pg.InfiniteLine(
            pos=0.0, angle=90, pen=pg.mkPen("#777777", width=1, style=Qt.PenStyle.DotLine)
        )
        for it in (
            self.band,
            self.zero,
            self.low_curve,
            self.high_curve,
            self.decided_line,
            self.current_mark,
        ):
            item.addItem(it)
        item.addItem(self.decided_label, ignoreBounds=True)
        self.decided_line.hide()
        self.current_mark.hide()
        self.set_legend(
            [
                (ORANGE, self.tr("least difference")),
                (BLUE, self.tr("greatest difference")),
                (VERMILLION, self.tr("decided at")),
            ]
        )

    def set_data(
        self,
        names: tuple[str, str],
        tau: np.ndarray,
        low: np.ndarray,
        high: np.ndarray,
        decided: float | None,
    ) -> None:
        """Curves over ``tau``; ``decided`` is the level marked (``None``: never, δ_f = 0)."""
        self._names = names
        self._tau = np.asarray(tau, dtype=float)
        self._low = np.asarray(low, dtype=float)
        self._high = np.asarray(high, dtype=float)
        self._decided = decided
        self.low_curve.setData(self._tau, self._low)
        self.high_curve.setData(self._tau, self._high)
        lo = float(min(self._low.min(initial=0.0), 0.0))
        hi = float(max(self._high.max(initial=0.0), 0.0))
        span = (hi - lo) or 1.0
        top = hi + 0.14 * span
        if decided is not None and len(self._tau):
            self.decided_line.setPos(decided)
            self.decided_line.show()
            self.decided_label.setText(self.tr("decided at {tau}").format(tau=fmt(decided, 2)))
            self.decided_label.setPos(min(decided, 0.8) + 0.01, top)  # hangs from the top edge
            self.decided_label.show()
        else:
            self.decided_line.hide()
            self.decided_label.hide()
        self.plot_item.setXRange(0.0, 1.0, padding=0.02)
        self.plot_item.setYRange(lo - 0.05 * span, top, padding=0)
        self.refresh_current()

    def decided(self) -> float | None:
        return self._decided

    def item_count(self) -> int:
        return len(self._tau)

    def item_text(self, i: int) -> str:
        return self.tr("At level {tau}: V({a}) − V({b}) is between {low} and {high}").format(
            tau=fmt(float(self._tau[i]), 2),
            a=self._names[0],
            b=self._names[1],
            low=fmt_signed(float(self._low[i]), 3),
            high=fmt_signed(float(self._high[i]), 3),
        )

    def show_current(self, i: int) -> None:
        if 0 <= i < len(self._tau):
            self.current_mark.setPos(float(self._tau[i]))
            self.current_mark.show()
        else:
            self.current_mark.hide()

    def hover_text(self, scene_pos: QPointF) -> str | None:
        p = self.data_point(scene_pos)
        if p is None or not len(self._tau):
            return None
        i = int(np.argmin(np.abs(self._tau - p.x())))
        return self.item_text(i)


__all__ = ["ContractionChart"]
