"""The dominance relation as a Hasse diagram, in layers from left to right.

Spec §4 ``dominance`` lists the pairs [a, b] where a is at least as good as b
for every allowed weight and score, and better for some. The diagram shows its
*transitive reduction* (an arrow a → b only when no c has a → c → b; the
others follow by transitivity) in a layered drawing after Sugiyama, Tagawa &
Toda (1981): layer 0 holds the alternatives that nothing dominates, an
alternative's layer is one more than the deepest layer of those that dominate
it (longest path), and within a layer the order follows the mean position of
the dominating alternatives (barycentre heuristic, a few sweeps), which keeps
arrows from crossing where it can.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QWidget

from .base import ChartFrame, elide
from .palette import BLUE, ORANGE, lighter

NODE_CHARS = 22


def transitive_reduction(n: int, edges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The arrows of the relation ``edges`` on ``0..n−1`` that its transitive closure does not imply.

    For an acyclic relation: (a, b) stays unless a reaches b through another node.
    """
    if n == 0 or not edges:
        return []
    rel = np.zeros((n, n), dtype=bool)
    for a, b in edges:
        if a != b:
            rel[a, b] = True
    closure = rel.copy()
    for k in range(n):  # Warshall
        closure |= closure[:, k : k + 1] & closure[k : k + 1, :]
    through = (closure.astype(np.int32) @ closure.astype(np.int32)) > 0  # a → c → b for some c
    keep = rel & ~through
    return [(int(a), int(b)) for a, b in zip(*np.nonzero(keep), strict=True)]


def layers(n: int, edges: Sequence[tuple[int, int]], order: Sequence[int] | None = None) -> list[list[int]]:
    """Layered drawing order: nodes by longest-path layer, each layer ordered by barycentres.

    ``order`` gives the preferred order of nodes (e.g. by value) for ties and layer 0.
    """
    if n == 0:
        return []
    rank_of = {v: i for i, v in enumerate(order if order is not None else range(n))}
    parents: list[list[int]] = [[] for _ in range(n)]
    children: list[list[int]] = [[] for _ in range(n)]
    indegree = [0] * n
    for a, b in edges:
        parents[b].append(a)
        children[a].append(b)
        indegree[b] += 1
    depth = [0] * n
    queue = [v for v in range(n) if indegree[v] == 0]
    seen = 0
    while queue:
        v = queue.pop()
        seen += 1
        for c in children[v]:
            depth[c] = max(depth[c], depth[v] + 1)
            indegree[c] -= 1
            if indegree[c] == 0:
                queue.append(c)
    if seen < n:  # a cycle (cannot happen for dominance): fall back to one layer
        depth = [0] * n
    count = max(depth) + 1
    result: list[list[int]] = [
        sorted((v for v in range(n) if depth[v] == d), key=lambda v: rank_of[v]) for d in range(count)
    ]

    def position(layer: list[int]) -> dict[int, float]:
        k = len(layer)
        return {v: j - (k - 1) / 2 for j, v in enumerate(layer)}

    def barycentre(v: int, neighbours: list[int], pos: dict[int, float]) -> tuple[float, int]:
        seen = [pos[u] for u in neighbours if u in pos]
        return (float(np.mean(seen)) if seen else math.inf, rank_of[v])

    for _sweep in range(4):
        for d in range(1, count):
            above = position(result[d - 1])
            result[d].sort(key=lambda v, above=above: barycentre(v, parents[v], above))  # type: ignore[misc]
        for d in range(count - 2, -1, -1):
            below = position(result[d + 1])
            result[d].sort(key=lambda v, below=below: barycentre(v, children[v], below))  # type: ignore[misc]
    return result


class DominanceGraph(ChartFrame):
    """The Hasse diagram of dominance (see the module documentation)."""

    COLUMN_GAP = 44

    def __init__(self, title: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(title, caption, parent, scrollable=True)
        assert self.scroll_area is not None
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        item = self.plot_item
        for side in ("left", "bottom", "top"):
            item.hideAxis(side)
        item.invertY(True)
        self._names: list[str] = []
        self._edges: list[tuple[int, int]] = []
        self._all: list[tuple[int, int]] = []
        self._layers: list[list[int]] = []
        self._pos: dict[int, tuple[float, float]] = {}
        self._walk: list[int] = []
        self._nodes: list[pg.TextItem] = []
        self._arrows: list[pg.ArrowItem] = []
        self.lines = pg.PlotDataItem([], [], connect="pairs", pen=pg.mkPen(QColor("#555555"), width=1.4))
        item.addItem(self.lines)
        self.view_box.sigResized.connect(self._place_edges)

    # -- data --------------------------------------------------------------------

    def set_data(
        self, names: Sequence[str], dominance: Sequence[tuple[int, int]], order: Sequence[int] | None = None
    ) -> None:
        """``names`` of the alternatives; ``dominance`` pairs (a, b): a dominates b."""
        self._names = list(names)
        n = len(self._names)
        self._all = [(int(a), int(b)) for a, b in dominance]
        self._edges = transitive_reduction(n, self._all)
        self._layers = layers(n, self._edges, order)
        self._walk = [v for layer in self._layers for v in layer]
        rows = max((len(layer) for layer in self._layers), default=0)
        self._pos = {}
        for d, layer in enumerate(self._layers):
            offset = (rows - len(layer)) / 2
            for j, v in enumerate(layer):
                self._pos[v] = (float(d), offset + j)
        fm = QFontMetrics(self.font())
        widest = max((fm.horizontalAdvance(elide(s, NODE_CHARS)) for s in self._names), default=60) + 24
        columns = max(len(self._layers), 1)
        self.view.setMinimumWidth(min(columns * (widest + self.COLUMN_GAP), 4000))
        self.view.setMinimumHeight(max(180, rows * 38 + 40))
        while len(self._nodes) < n:
            node = pg.TextItem("", anchor=(0.5, 0.5))
            node.setZValue(10)
            self.plot_item.addItem(node)
            self._nodes.append(node)
        for i, node in enumerate(self._nodes):
            if i < n:
                x, y = self._pos[i]
                node.setPos(x, y)
                node.show()
            else:
                node.hide()
        self._style_nodes()
        self.plot_item.setXRange(-0.5, columns - 0.5, padding=0)
        self.plot_item.setYRange(-0.7, max(rows, 1) - 0.3, padding=0)
        self._place_edges()
        self.refresh_current()

    def _style_nodes(self) -> None:
        text = self.palette().text().color()
        for i, node in enumerate(self._nodes[: len(self._names)]):
            current = self._current >= 0 and self._walk and self._walk[self._current] == i
            fill = lighter(ORANGE, 0.55) if current else lighter(BLUE, 0.82)
            border = pg.mkPen(ORANGE.darker(130) if current else BLUE, width=2 if current else 1)
            node.fill = pg.mkBrush(fill)
            node.border = border
            node.setText(elide(self._names[i], NODE_CHARS), color=text)
            node.update()

    def _place_edges(self) -> None:
        """Edges from the right border of a box to the left border of the next, with heads."""
        if not self._names:
            self.lines.setData([], [])
            for arrow in self._arrows:
                arrow.hide()
            return
        px, py = self.view_box.viewPixelSize()
        if not (math.isfinite(px) and math.isfinite(py) and px > 0 and py > 0):
            px, py = 0.005, 0.02  # not laid out yet: placed again on resize
        xs: list[float] = []
        ys: list[float] = []
        heads: list[tuple[float, float, float]] = []
        for a, b in self._edges:
            (xa, ya), (xb, yb) = self._pos[a], self._pos[b]
            half_a = self._nodes[a].boundingRect().width() / 2 * px
            half_b = self._nodes[b].boundingRect().width() / 2 * px
            x0, x1 = xa + half_a + 2 * px, xb - half_b - 2 * px
            xs += [x0, x1]
            ys += [ya, yb]
            angle = math.degrees(math.atan2((yb - ya) / py, (x1 - x0) / px))
            heads.append((x1, yb, angle))
        self.lines.setData(xs, ys)
        while len(self._arrows) < len(heads):
            arrow = pg.ArrowItem(headLen=11, tipAngle=32, tailLen=0, brush=QColor("#555555"), pen=None)
            arrow.setZValue(5)
            self.plot_item.addItem(arrow)
            self._arrows.append(arrow)
        for arrow, (x, y, angle) in zip(self._arrows, heads, strict=False):
            arrow.setStyle(angle=180 + angle)
            arrow.setPos(x, y)
            arrow.show()
        for arrow in self._arrows[len(heads) :]:
            arrow.hide()

    def reduced_edges(self) -> list[tuple[int, int]]:
        return list(self._edges)

    def layer_of(self) -> dict[int, int]:
        return {v: d for d, layer in enumerate(self._layers) for v in layer}

    def node_texts(self) -> list[str]:
        return [node.toPlainText() for node in self._nodes[: len(self._names)]]

    # -- items ----------------------------------------------------------------------

    def item_count(self) -> int:
        return len(self._walk)

    def item_text(self, i: int) -> str:
        v = self._walk[i]
        better = [self._names[b] for a, b in self._all if a == v]
        worse = [self._names[a] for a, b in self._all if b == v]
        name = self._names[v]
        if not better and not worse:
            return self.tr("{name} neither dominates nor is dominated by any alternative.").format(name=name)
        parts = [name + ":"]
        if better:
            parts.append(
                self.tr("better than {names} whatever the weights and scores.").format(
                    names=", ".join(better)
                )
            )
        if worse:
            parts.append(self.tr("Dominated by {names}.").format(names=", ".join(worse)))
        return " ".join(parts)

    def show_current(self, i: int) -> None:
        self._style_nodes()

    def hover_text(self, scene_pos: QPointF) -> str | None:
        for v, node in enumerate(self._nodes[: len(self._names)]):
            if node.isVisible() and node.sceneBoundingRect().contains(scene_pos):
                return self.item_text(self._walk.index(v))
        return None


__all__ = ["DominanceGraph", "layers", "transitive_reduction"]
