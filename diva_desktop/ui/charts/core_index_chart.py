"""Core index bars (spec §6): the share of non-dominated portfolios that contain each project.

Colour and words both give the class: core (in every non-dominated portfolio,
bluish green), borderline (in some, orange) and exterior (in none, grey).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtWidgets import QWidget

from .base import CategoryAxis, ChartFrame, TextPool, fmt_percent, set_bars
from .palette import BORDERLINE, CORE, EXTERIOR

CLASS_COLOURS = {"core": CORE, "borderline": BORDERLINE, "exterior": EXTERIOR}


def class_name(kind: str) -> str:
    """The translated name of a core index class."""
    names = {
        "core": QCoreApplication.translate("CoreIndexChart", "core"),
        "borderline": QCoreApplication.translate("CoreIndexChart", "borderline"),
        "exterior": QCoreApplication.translate("CoreIndexChart", "exterior"),
    }
    return names.get(kind, kind)


class CoreIndexChart(ChartFrame):
    """One bar per project, coloured by class (see the module documentation)."""

    def __init__(self, title: str, caption: str, parent: QWidget | None = None) -> None:
        axis = CategoryAxis("left")
        super().__init__(title, caption, parent, scrollable=True, left_axis=axis)
        self.axis = axis
        self._names: list[str] = []
        self._index = np.zeros(0)
        self._classes: list[str] = []
        item = self.plot_item
        item.invertY(True)
        item.showGrid(x=True, y=False, alpha=0.2)
        self.set_value_label(self.tr("Share of non-dominated portfolios"))
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
        self.labels = TextPool(item, anchor=(0.0, 0.5))
        self.set_legend([(c, class_name(k)) for k, c in CLASS_COLOURS.items()])

    def set_data(self, names: Sequence[str], index: Sequence[float], classes: Sequence[str]) -> None:
        self._names = list(names)
        self._index = np.asarray(index, dtype=float)
        self._classes = list(classes)
        n = len(self._names)
        self.reserve_rows(n)
        self.axis.set_categories(self._names)
        ys = np.arange(n, dtype=float)
        width = np.maximum(self._index, 0.004)  # an exterior project still shows a sliver
        set_bars(
            self.bars,
            x0=np.zeros(n),
            y=ys,
            width=width,
            height=0.6,
            brushes=[pg.mkBrush(CLASS_COLOURS.get(k, EXTERIOR)) for k in self._classes],
            pens=[pg.mkPen(None)] * n,
        )
        text = self.palette().text().color()
        self.labels.set_texts(
            [
                (
                    float(width[i]) + 0.01,
                    float(i),
                    f"{fmt_percent(self._index[i])} · {class_name(self._classes[i])}",
                    text,
                )
                for i in range(n)
            ]
        )
        self.set_value_ticks(0.0, 1.0, fmt_percent)
        self.plot_item.setXRange(0.0, 1.3, padding=0.01)
        self.plot_item.setYRange(-0.6, max(n, 1) - 0.4, padding=0)
        self.refresh_current()

    def item_count(self) -> int:
        return len(self._names)

    def item_text(self, i: int) -> str:
        return self.tr("{name}: in {share} of the non-dominated portfolios ({kind})").format(
            name=self._names[i], share=fmt_percent(self._index[i]), kind=class_name(self._classes[i])
        )

    def show_current(self, i: int) -> None:
        if i < 0 or i >= len(self._names):
            self.current_mark.setOpts(x0=[], y=[], width=[])
            return
        (lo, hi), _ = self.view_box.viewRange()
        self.current_mark.setOpts(x0=[lo], y=[float(i)], width=[hi - lo], height=0.9)

    def hover_text(self, scene_pos: QPointF) -> str | None:
        if self.data_point(scene_pos) is None and self._axis_name_at(scene_pos) is None:
            return None
        i = round(self.view_box.mapSceneToView(scene_pos).y())
        return self.item_text(i) if 0 <= i < len(self._names) else None


__all__ = ["CLASS_COLOURS", "CoreIndexChart", "class_name"]
