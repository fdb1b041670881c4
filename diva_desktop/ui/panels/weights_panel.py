"""The Weights step: preference statements per node of the criteria tree.

Left: the criteria nodes that have sub-criteria (the top level first). Centre: the
method of the selected node and its editor, and the node's extra statements. Right:
the focal weight of every sub-criterion as a bar and its feasible range as a band,
computed live by the decision engine (:mod:`diva_desktop.core.preferences`). When the
statements admit no weights, the conflicting ones are marked in red where they are
edited and the engine's explanation is shown.

Methods (spec §1.3): equal weights (no statements), point weights, ranking (drag
sub-criteria into ordered groups; a group holds ties), CAR (order and a step =, >, >>,
>>> between neighbours), interval bounds (spin boxes and a range slider) and swing
points. Extra statements (at least, ratio, bound) are added, changed and removed in
the list below the method.

Every change is one ``SetWeights`` command through ``document.execute`` (undoable);
while a slider is dragged the bars follow it and the edit is made once, on release.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diva_desktop.core.errors import DivaError, InfeasibleError, Problem
from diva_desktop.core.model import (
    ROOT_ID,
    AtLeast,
    Bound,
    CarWeights,
    Criterion,
    IntervalWeights,
    Model,
    PointWeights,
    PreferenceSet,
    RankingWeights,
    Ratio,
    Statement,
    SwingWeights,
)
from diva_desktop.ui.models.scores_model import discrete
from diva_desktop.ui.widgets.range_slider import RangeSlider
from diva_desktop.ui.widgets.rank_groups import Order, RankGroupsWidget
from diva_desktop.ui.widgets.weight_bars import WeightBar, WeightBarsWidget

CONFLICT_COLOUR = QColor("#c62828")
CONFLICT_BACKGROUND = QColor("#f9d2d2")

METHOD_NONE = "none"
METHOD_KEYS = (METHOD_NONE, "point", "ranking", "car", "interval", "swing")
SURROGATE_KEYS = ("roc", "rs", "rr", "sr", "ew")
CAR_SYMBOLS = ("=", ">", ">>", ">>>")

Children = Sequence[tuple[str, str]]  # (id, name) in tree order


# ---------------------------------------------------------------------------
# Pure helpers: switching methods
# ---------------------------------------------------------------------------


def _floor2(x: float) -> float:
    return max(0.0, math.floor(x * 100 + 1e-9) / 100)


def _ceil2(x: float) -> float:
    return min(1.0, math.ceil(x * 100 - 1e-9) / 100)


def convert_preference(
    pref: PreferenceSet | None,
    method: str,
    children: Sequence[str],
    focal: Sequence[float] | None,
    *,
    low: Sequence[float] | None = None,
    high: Sequence[float] | None = None,
) -> PreferenceSet | None:
    """A starting point for ``method`` that keeps what the node says now.

    The order of the current focal weights becomes a ranking or a CAR order (equal
    focal weights tie); the feasible ranges become interval bounds; the focal
    weights become point weights or swing points (the largest 100). Extra
    statements are kept (point weights take none). ``None`` for equal weights.
    """
    n = len(children)
    if method == METHOD_NONE or n == 0:
        return None
    f = list(focal) if focal is not None and len(focal) == n else [1.0 / n] * n
    constraints: tuple[Statement, ...] = () if pref is None else pref.constraints
    if pref is not None and pref.method == method:
        return pref
    if method == "point":
        return PointWeights({c: round(w, 3) for c, w in zip(children, f, strict=True)})
    ranked = sorted(range(n), key=lambda i: -f[i])
    if method == "ranking":
        groups: list[list[str]] = []
        last: float | None = None
        for i in ranked:
            if last is not None and abs(f[i] - last) <= 1e-9:
                groups[-1].append(children[i])
            else:
                groups.append([children[i]])
            last = f[i]
        return RankingWeights(tuple(tuple(g) for g in groups), constraints=constraints)
    if method == "car":
        order = tuple(children[i] for i in ranked)
        steps = tuple(0 if abs(f[a] - f[b]) <= 1e-9 else 1 for a, b in itertools.pairwise(ranked))
        return CarWeights(order, steps, constraints=constraints)
    if method == "interval":
        lo = list(low) if low is not None and len(low) == n else [0.0] * n
        hi = list(high) if high is not None and len(high) == n else [1.0] * n
        bounds = {
            c: (_floor2(a), _ceil2(b))
            for c, a, b in zip(children, lo, hi, strict=True)
            if (_floor2(a), _ceil2(b)) != (0.0, 1.0)
        }
        return IntervalWeights(bounds, constraints=constraints)
    if method == "swing":
        top = max(f) if max(f) > 0 else 1.0
        points: dict[str, tuple[float, float]] = {}
        for c, w in zip(children, f, strict=True):
            p = max(0.1, round(100 * w / top, 1))
            points[c] = (p, p)
        return SwingWeights(points, constraints=constraints)
    raise ValueError(f"unknown method {method!r}")


def _label_tokens(label: str) -> set[str]:
    return set(re.split(r"[\s/:,\[\]∈=≥≤−]+", label))


# ---------------------------------------------------------------------------
# Small widgets
# ---------------------------------------------------------------------------


def _spin(parent: QWidget, low: float, high: float, decimals: int, step: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setSingleStep(step)
    spin.setKeyboardTracking(False)
    spin.setAccelerated(True)
    spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
    return spin


def _set_spin(spin: QDoubleSpinBox, value: float) -> None:
    if abs(spin.value() - value) > 10 ** (-spin.decimals()) / 2:
        with QSignalBlocker(spin):
            spin.setValue(value)


def _mark(label: QLabel, conflict: bool, tooltip: str = "") -> None:
    label.setStyleSheet(f"color: {CONFLICT_COLOUR.name()}; font-weight: bold;" if conflict else "")
    label.setToolTip(tooltip if conflict else "")
    label.setProperty("conflict", conflict)


class MethodEditor(QWidget):
    """Base of the method editors: ``edited`` commits, ``previewed`` shows a drag."""

    edited = Signal(object)  # PreferenceSet | None
    previewed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._children: list[tuple[str, str]] = []
        self._pref: PreferenceSet | None = None

    def set_node(self, children: Children, pref: PreferenceSet | None) -> None:
        raise NotImplementedError

    def set_conflicts(self, children: set[str], tooltip: str) -> None:
        """Mark the rows of ``children`` as part of a conflict."""

    def _ids(self) -> list[str]:
        return [c for c, _ in self._children]


class EqualEditor(MethodEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.info = QLabel(
            self.tr(
                "No statements: every sub-criterion gets the same weight. "
                "Choose a method above to state what matters more."
            ),
            self,
        )
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        layout.addStretch(1)

    def set_node(self, children: Children, pref: PreferenceSet | None) -> None:
        self._children = list(children)
        self._pref = pref


class PointEditor(MethodEditor):
    """A number per sub-criterion, normalised by their sum."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        info = QLabel(self.tr("Precise weights; they are divided by their sum."), self)
        info.setWordWrap(True)
        outer.addWidget(info)
        self.grid = QGridLayout()
        outer.addLayout(self.grid)
        outer.addStretch(1)
        self.names: list[QLabel] = []
        self.spins: list[QDoubleSpinBox] = []
        self.shares: list[QLabel] = []

    def _build(self) -> None:
        for w in [*self.names, *self.spins, *self.shares]:
            self.grid.removeWidget(w)
            w.deleteLater()
        self.names, self.spins, self.shares = [], [], []
        for i, (cid, name) in enumerate(self._children):
            label = QLabel(name, self)
            spin = _spin(self, 0.0, 1000.0, 3, 0.05)
            spin.setAccessibleName(self.tr("Weight of {name}").format(name=name))
            label.setBuddy(spin)
            share = QLabel(self)
            share.setMinimumWidth(share.fontMetrics().horizontalAdvance("= 100 %") + 4)
            spin.valueChanged.connect(lambda _v, c=cid: self._on_spin_value_changed(c))
            self.grid.addWidget(label, i, 0)
            self.grid.addWidget(spin, i, 1)
            self.grid.addWidget(share, i, 2)
            self.names.append(label)
            self.spins.append(spin)
            self.shares.append(share)
        self.grid.setColumnStretch(0, 1)

    def set_node(self, children: Children, pref: PreferenceSet | None) -> None:
        rebuild = [c for c, _ in children] != self._ids() or [n for _, n in children] != [
            n for _, n in self._children
        ]
        self._children = list(children)
        self._pref = pref
        if rebuild:
            self._build()
        weights = pref.weights if isinstance(pref, PointWeights) else {}
        for spin, (cid, _n) in zip(self.spins, self._children, strict=True):
            _set_spin(spin, float(weights.get(cid, 1.0)))
        self._update_shares()

    def _update_shares(self) -> None:
        total = sum(s.value() for s in self.spins)
        loc = self.locale()
        for spin, share in zip(self.spins, self.shares, strict=True):
            share.setText(
                "= " + (loc.toString(100 * spin.value() / total, "f", 0) + " %" if total > 0 else "–")
            )

    def weights(self) -> dict[str, float]:
        return {cid: spin.value() for (cid, _n), spin in zip(self._children, self.spins, strict=True)}

    def _on_spin_value_changed(self, _cid: str) -> None:
        self._update_shares()
        self.edited.emit(PointWeights(self.weights(), focal=None))


class RankingEditor(MethodEditor):
    """Drag sub-criteria into ordered groups of ties; choose the surrogate weights."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        info = QLabel(
            self.tr(
                "Most important first. Drag a sub-criterion onto a rank to tie it with that rank, "
                "or between ranks to give it a rank of its own (Ctrl+Up / Ctrl+Down with the keyboard)."
            ),
            self,
        )
        info.setWordWrap(True)
        layout.addWidget(info)
        row = QHBoxLayout()
        self.groups = RankGroupsWidget(self)
        self.groups.setAccessibleName(self.tr("Ranking of the sub-criteria"))
        self.groups.order_changed.connect(self._on_groups_order_changed)
        row.addWidget(self.groups, 1)
        buttons = QVBoxLayout()
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.up_button.setToolTip(
            self.tr("More important: out of a tie, or tied with the rank above (Ctrl+Up)")
        )
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton(self.tr("Move &down"), self)
        self.down_button.setToolTip(
            self.tr("Less important: out of a tie, or tied with the rank below (Ctrl+Down)")
        )
        self.down_button.clicked.connect(lambda: self._move(1))
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        layout.addLayout(row, 1)
        form = QFormLayout()
        self.surrogate = QComboBox(self)
        for key, text in (
            ("roc", self.tr("Rank order centroid (ROC)")),
            ("rs", self.tr("Rank sum (RS)")),
            ("rr", self.tr("Rank reciprocal (RR)")),
            ("sr", self.tr("Sum-reciprocal (SR)")),
            ("ew", self.tr("Equal weights (EW)")),
        ):
            self.surrogate.addItem(text, key)
        self.surrogate.setAccessibleName(self.tr("Surrogate weights"))
        self.surrogate.currentIndexChanged.connect(self._on_surrogate_changed)
        form.addRow(self.tr("&Representative weights:"), self.surrogate)
        layout.addLayout(form)

    def set_node(self, children: Children, pref: PreferenceSet | None) -> None:
        self._children = list(children)
        self._pref = pref
        names = dict(children)
        order: Order = pref.order if isinstance(pref, RankingWeights) else tuple((c,) for c, _ in children)
        self.groups.set_order(order, names)
        surrogate = pref.surrogate if isinstance(pref, RankingWeights) else "roc"
        with QSignalBlocker(self.surrogate):
            self.surrogate.setCurrentIndex(max(0, self.surrogate.findData(surrogate)))

    def current(self) -> RankingWeights:
        base = self._pref if isinstance(self._pref, RankingWeights) else RankingWeights(())
        return replace(base, order=self.groups.order(), surrogate=str(self.surrogate.currentData()))

    def _move(self, step: int) -> None:
        self.groups.setFocus()
        self.groups.move_current(step)

    def _on_groups_order_changed(self, order: Order) -> None:
        self.edited.emit(self.current())

    def _on_surrogate_changed(self, _i: int) -> None:
        self.edited.emit(self.current())

    def set_conflicts(self, children: set[str], tooltip: str) -> None:
        for cid, _n in self._children:
            item = self.groups.member_item(cid)
            if item is None:
                continue
            bad = cid in children
            item.setForeground(0, QBrush(CONFLICT_COLOUR) if bad else QBrush())
            item.setBackground(0, QBrush(CONFLICT_BACKGROUND) if bad else QBrush())
            item.setToolTip(0, tooltip if bad else "")


class CarEditor(MethodEditor):
    """An order (Up/Down) with a step =, >, >>, >>> between neighbours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        info = QLabel(
            self.tr(
                "Most important first; between neighbours choose how much more important the upper one is."
            ),
            self,
        )
        info.setWordWrap(True)
        layout.addWidget(info)
        self.grid = QGridLayout()
        self.grid.setVerticalSpacing(2)
        layout.addLayout(self.grid)
        legend = QLabel(
            self.tr("=  equally important   >  slightly more   >>  clearly more   >>>  much more important"),
            self,
        )
        legend.setWordWrap(True)
        layout.addWidget(legend)
        layout.addStretch(1)
        self._order: list[str] = []
        self._steps: list[int] = []
        self.rank_labels: list[QLabel] = []
        self.name_labels: list[QLabel] = []
        self.up_buttons: list[QToolButton] = []
        self.down_buttons: list[QToolButton] = []
        self.step_combos: list[QComboBox] = []
        self._widgets: list[QWidget] = []

    def _step_texts(self) -> list[str]:
        return [
            self.tr("equally important"),
            self.tr("slightly more important"),
            self.tr("clearly more important"),
            self.tr("much more important"),
        ]

    def _build(self, n: int) -> None:
        for w in self._widgets:
            self.grid.removeWidget(w)
            w.deleteLater()
        self._widgets = []
        self.rank_labels, self.name_labels, self.up_buttons, self.down_buttons, self.step_combos = (
            [],
            [],
            [],
            [],
            [],
        )
        texts = self._step_texts()
        for i in range(n):
            row = 2 * i
            rank = QLabel(f"{i + 1}.", self)
            name = QLabel(self)
            up = QToolButton(self)
            up.setArrowType(Qt.ArrowType.UpArrow)
            up.setEnabled(i > 0)
            up.clicked.connect(lambda _c=False, k=i: self._swap(k - 1, focus=("up", k - 1)))
            down = QToolButton(self)
            down.setArrowType(Qt.ArrowType.DownArrow)
            down.setEnabled(i < n - 1)
            down.clicked.connect(lambda _c=False, k=i: self._swap(k, focus=("down", k + 1)))
            self.grid.addWidget(rank, row, 0)
            self.grid.addWidget(name, row, 1, 1, 2)
            self.grid.addWidget(up, row, 3)
            self.grid.addWidget(down, row, 4)
            self.rank_labels.append(rank)
            self.name_labels.append(name)
            self.up_buttons.append(up)
            self.down_buttons.append(down)
            self._widgets += [rank, name, up, down]
            if i < n - 1:
                combo = QComboBox(self)
                for k, sym in enumerate(CAR_SYMBOLS):
                    combo.addItem(sym, k)
                    combo.setItemData(k, texts[k], Qt.ItemDataRole.ToolTipRole)
                combo.currentIndexChanged.connect(lambda _v, k=i: self._on_step_changed(k))
                self.grid.addWidget(combo, row + 1, 1)
                self.step_combos.append(combo)
                self._widgets.append(combo)
        self.grid.setColumnStretch(2, 1)

    def set_node(self, children: Children, pref: PreferenceSet | None) -> None:
        self._children = list(children)
        self._pref = pref
        if isinstance(pref, CarWeights):
            order, steps = list(pref.order), list(pref.steps)
        else:
            order, steps = [c for c, _ in children], [1] * max(len(children) - 1, 0)
        if len(self.name_labels) != len(order):
            self._build(len(order))
        self._order, self._steps = order, steps
        self._show()

    def _show(self) -> None:
        names = dict(self._children)
        for i, cid in enumerate(self._order):
            name = names.get(cid, cid)
            self.name_labels[i].setText(name)
            self.up_buttons[i].setAccessibleName(self.tr("Move {name} up").format(name=name))
            self.up_buttons[i].setToolTip(self.tr("Move {name} up").format(name=name))
            self.down_buttons[i].setAccessibleName(self.tr("Move {name} down").format(name=name))
            self.down_buttons[i].setToolTip(self.tr("Move {name} down").format(name=name))
        for i, combo in enumerate(self.step_combos):
            with QSignalBlocker(combo):
                combo.setCurrentIndex(self._steps[i] if i < len(self._steps) else 1)
            upper, lower = names.get(self._order[i], ""), names.get(self._order[i + 1], "")
            combo.setAccessibleName(
                self.tr("Step between {upper} and {lower}").format(upper=upper, lower=lower)
            )
            sentences = (
                self.tr("{upper} and {lower} are equally important"),
                self.tr("{upper} is slightly more important than {lower}"),
                self.tr("{upper} is clearly more important than {lower}"),
                self.tr("{upper} is much more important than {lower}"),
            )
            combo.setToolTip(sentences[max(0, combo.currentIndex())].format(upper=upper, lower=lower))

    def current(self) -> CarWeights:
        base = self._pref if isinstance(self._pref, CarWeights) else CarWeights((), ())
        return replace(base, order=tuple(self._order), steps=tuple(self._steps))

    def move_item(self, position: int, step: int) -> None:
        """Move the sub-criterion at ``position`` up (``step`` −1) or down (+1)."""
        other = position + step
        if 0 <= other < len(self._order):
            self._swap(min(position, other), focus=None)

    def _swap(self, i: int, focus: tuple[str, int] | None) -> None:
        if not 0 <= i < len(self._order) - 1:
            return
        self._order[i], self._order[i + 1] = self._order[i + 1], self._order[i]
        self._show()
        if focus is not None:
            kind, k = focus
            buttons = self.up_buttons if kind == "up" else self.down_buttons
            if 0 <= k < len(buttons):
                target = (
                    buttons[k]
                    if buttons[k].isEnabled()
                    else (self.down_buttons if kind == "up" else self.up_buttons)[k]
                )
                target.setFocus()
        self.edited.emit(self.current())

    def _on_step_changed(self, i: int) -> None:
        self._steps[i] = int(self.step_combos[i].currentData())
        self._show()
        self.edited.emit(self.current())

    def set_conflicts(self, children: set[str], tooltip: str) -> None:
        for i, cid in enumerate(self._order):
            if i < len(self.name_labels):
                _mark(self.name_labels[i], cid in children, tooltip)


class _RangeRows(MethodEditor):
    """Rows of [name | low spin | range slider | high spin] (intervals and swing)."""

    SCALE = 100  # slider units per unit of value
    LOW, HIGH, DECIMALS, STEP = 0.0, 1.0, 2, 0.05

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        info = QLabel(self._info_text(), self)
        info.setWordWrap(True)
        outer.addWidget(info)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(2, 1)
        outer.addLayout(self.grid)
        outer.addStretch(1)
        self.names: list[QLabel] = []
        self.lows: list[QDoubleSpinBox] = []
        self.highs: list[QDoubleSpinBox] = []
        self.sliders: list[RangeSlider] = []
        self._widgets: list[QWidget] = []
        self._dragging = False

    def _info_text(self) -> str:
        raise NotImplementedError

    def _values(self, pref: PreferenceSet | None) -> dict[str, tuple[float, float]]:
        raise NotImplementedError

    def _pref_from(self, values: Mapping[str, tuple[float, float]]) -> PreferenceSet:
        raise NotImplementedError

    def _accessible(self, name: str) -> tuple[str, str, str]:
        raise NotImplementedError

    def _build(self) -> None:
        for w in self._widgets:
            self.grid.removeWidget(w)
            w.deleteLater()
        self._widgets, self.names, self.lows, self.highs, self.sliders = [], [], [], [], []
        for i, (_cid, name) in enumerate(self._children):
            label = QLabel(name, self)
            low = _spin(self, self.LOW, self.HIGH, self.DECIMALS, self.STEP)
            high = _spin(self, self.LOW, self.HIGH, self.DECIMALS, self.STEP)
            slider = RangeSlider(self)
            slider.setRange(round(self.LOW * self.SCALE), round(self.HIGH * self.SCALE))
            slider.setPageStep(round(self.STEP * self.SCALE * 2))
            acc_low, acc_slider, acc_high = self._accessible(name)
            low.setAccessibleName(acc_low)
            high.setAccessibleName(acc_high)
            slider.setAccessibleName(acc_slider)
            slider.setToolTip(acc_slider)
            label.setBuddy(low)
            low.valueChanged.connect(lambda _v, k=i: self._on_low_changed(k))
            high.valueChanged.connect(lambda _v, k=i: self._on_high_changed(k))
            slider.range_changed.connect(lambda a, b, k=i: self._on_slider_changed(k, a, b))
            slider.slider_pressed.connect(self._on_slider_pressed)
            slider.slider_released.connect(self._on_slider_released)
            self.grid.addWidget(label, i, 0)
            self.grid.addWidget(low, i, 1)
            self.grid.addWidget(slider, i, 2)
            self.grid.addWidget(high, i, 3)
            self.names.append(label)
            self.lows.append(low)
            self.highs.append(high)
            self.sliders.append(slider)
            self._widgets += [label, low, slider, high]
        for a, b in zip(self._widgets, self._widgets[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def set_node(self, children: Children, pref: PreferenceSet | None) -> None:
        rebuild = list(children) != self._children
        self._children = list(children)
        self._pref = pref
        if rebuild:
            self._build()
        values = self._values(pref)
        for i, (cid, _n) in enumerate(self._children):
            lo, hi = values.get(cid, (self.LOW, self.HIGH))
            self._show_row(i, lo, hi)

    def _show_row(self, i: int, lo: float, hi: float) -> None:
        _set_spin(self.lows[i], lo)
        _set_spin(self.highs[i], hi)
        if not self.sliders[i].isSliderDown():
            self.sliders[i].setValues(round(lo * self.SCALE), round(hi * self.SCALE))

    def values(self) -> dict[str, tuple[float, float]]:
        return {
            cid: (self.lows[i].value(), self.highs[i].value()) for i, (cid, _n) in enumerate(self._children)
        }

    def _emit(self) -> None:
        pref = self._pref_from(self.values())
        if self._dragging:
            self.previewed.emit(pref)
        else:
            self.edited.emit(pref)

    def _on_low_changed(self, i: int) -> None:
        lo = self.lows[i].value()
        if self.highs[i].value() < lo:
            _set_spin(self.highs[i], lo)
        self._show_row(i, lo, self.highs[i].value())
        self._emit()

    def _on_high_changed(self, i: int) -> None:
        hi = self.highs[i].value()
        if self.lows[i].value() > hi:
            _set_spin(self.lows[i], hi)
        self._show_row(i, self.lows[i].value(), hi)
        self._emit()

    def _on_slider_changed(self, i: int, a: int, b: int) -> None:
        _set_spin(self.lows[i], a / self.SCALE)
        _set_spin(self.highs[i], b / self.SCALE)
        self._emit()

    def _on_slider_pressed(self) -> None:
        self._dragging = True

    def _on_slider_released(self) -> None:
        self._dragging = False
        self.edited.emit(self._pref_from(self.values()))

    def set_conflicts(self, children: set[str], tooltip: str) -> None:
        for i, (cid, _n) in enumerate(self._children):
            bad = cid in children
            _mark(self.names[i], bad, tooltip)
            self.sliders[i].setInvalid(bad)


class IntervalEditor(_RangeRows):
    """Lower and upper bound of every sub-criterion's weight."""

    def _info_text(self) -> str:
        return self.tr("The least and the greatest weight of each sub-criterion (0–1).")

    def _accessible(self, name: str) -> tuple[str, str, str]:
        return (
            self.tr("Lower bound of {name}").format(name=name),
            self.tr("Weight interval of {name}").format(name=name),
            self.tr("Upper bound of {name}").format(name=name),
        )

    def _values(self, pref: PreferenceSet | None) -> dict[str, tuple[float, float]]:
        if isinstance(pref, IntervalWeights):
            return {c: (float(lo), float(hi)) for c, (lo, hi) in pref.bounds.items()}
        return {}

    def _pref_from(self, values: Mapping[str, tuple[float, float]]) -> PreferenceSet:
        base = self._pref if isinstance(self._pref, IntervalWeights) else IntervalWeights({})
        bounds = {c: (round(lo, 4), round(hi, 4)) for c, (lo, hi) in values.items() if (lo, hi) != (0.0, 1.0)}
        return replace(base, bounds=bounds)


class SwingEditor(_RangeRows):
    """Swing points of every sub-criterion (a precise number or an interval)."""

    SCALE = 10
    LOW, HIGH, DECIMALS, STEP = 0.1, 100.0, 1, 5.0

    def _info_text(self) -> str:
        return self.tr(
            "Give the swing from worst to best that matters most 100 points and the others "
            "points relative to it. A different low and high gives an interval."
        )

    def _accessible(self, name: str) -> tuple[str, str, str]:
        return (
            self.tr("Swing points of {name} (low)").format(name=name),
            self.tr("Swing points of {name}").format(name=name),
            self.tr("Swing points of {name} (high)").format(name=name),
        )

    def _values(self, pref: PreferenceSet | None) -> dict[str, tuple[float, float]]:
        if isinstance(pref, SwingWeights):
            return {c: (float(lo), float(hi)) for c, (lo, hi) in pref.points.items()}
        return {c: (100.0, 100.0) for c, _n in self._children}

    def _pref_from(self, values: Mapping[str, tuple[float, float]]) -> PreferenceSet:
        base = self._pref if isinstance(self._pref, SwingWeights) else SwingWeights({})
        return replace(base, points={c: (round(lo, 3), round(hi, 3)) for c, (lo, hi) in values.items()})


# ---------------------------------------------------------------------------
# Extra statements
# ---------------------------------------------------------------------------


class StatementsEditor(QWidget):
    """A list of extra statements with a form to add, change and remove them."""

    constraints_changed = Signal(object)  # tuple[Statement, ...]

    KINDS = ("at_least", "ratio", "bound")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._children: list[tuple[str, str]] = []
        self._statements: tuple[Statement, ...] = ()
        self._conflicts: set[int] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Extra statements"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.list.setMinimumHeight(self.list.fontMetrics().height() * 3 + 12)
        layout.addWidget(self.list, 1)

        form = QGridLayout()
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("At least (difference)"), "at_least")
        self.kind.addItem(self.tr("Ratio"), "ratio")
        self.kind.addItem(self.tr("Bound"), "bound")
        self.kind.setAccessibleName(self.tr("Kind of statement"))
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.left = QComboBox(self)
        self.left.setAccessibleName(self.tr("First sub-criterion"))
        self.relation = QLabel(self)
        self.right = QComboBox(self)
        self.right.setAccessibleName(self.tr("Second sub-criterion"))
        self.margin = _spin(self, -1.0, 1.0, 2, 0.05)
        self.margin.setAccessibleName(self.tr("Margin"))
        self.margin_label = QLabel(self.tr("Mar&gin:"), self)
        self.margin_label.setBuddy(self.margin)
        self.use_min = QCheckBox(self.tr("Mi&n:"), self)
        self.use_min.setAccessibleName(self.tr("Use a minimum"))
        self.min = _spin(self, 0.0, 100.0, 2, 0.05)
        self.min.setAccessibleName(self.tr("Minimum"))
        self.use_max = QCheckBox(self.tr("Ma&x:"), self)
        self.use_max.setAccessibleName(self.tr("Use a maximum"))
        self.max = _spin(self, 0.0, 100.0, 2, 0.05)
        self.max.setAccessibleName(self.tr("Maximum"))
        self.use_min.toggled.connect(self.min.setEnabled)
        self.use_max.toggled.connect(self.max.setEnabled)
        for w in (
            self.use_min,
            self.use_max,
            self.min,
            self.max,
            self.left,
            self.right,
            self.margin,
            self.kind,
        ):
            sig = (
                w.toggled
                if isinstance(w, QCheckBox)
                else (w.currentIndexChanged if isinstance(w, QComboBox) else w.valueChanged)
            )
            sig.connect(self._update_buttons)
        for combo in (self.left, self.right):
            # as wide as the longest name: criteria names are never cut off
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # one criterion per row, so that two long names fit in a narrow column
        form.addWidget(self.left, 1, 1, Qt.AlignmentFlag.AlignLeft)
        form.addWidget(self.relation, 2, 0, Qt.AlignmentFlag.AlignRight)
        form.addWidget(self.right, 2, 1, Qt.AlignmentFlag.AlignLeft)
        form.setColumnStretch(1, 1)
        values = QHBoxLayout()
        values.addWidget(self.kind)
        values.addWidget(self.margin_label)
        values.addWidget(self.margin)
        values.addWidget(self.use_min)
        values.addWidget(self.min)
        values.addWidget(self.use_max)
        values.addWidget(self.max)
        values.addStretch(1)
        form.addLayout(values, 0, 0, 1, 2)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setAccessibleName(self.tr("Add statement"))
        self.add_button.clicked.connect(self.add_statement)
        self.replace_button = QPushButton(self.tr("C&hange"), self)
        self.replace_button.setAccessibleName(self.tr("Change the selected statement"))
        self.replace_button.clicked.connect(self.replace_statement)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected statement"))
        self.remove_button.clicked.connect(self.remove_statement)
        self.form_hint = QLabel(self)
        self.form_hint.setWordWrap(True)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.replace_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.form_hint, 1)
        layout.addLayout(buttons)
        self._on_kind_changed(0)

    # -- texts ----------------------------------------------------------------

    def _name(self, cid: str) -> str:
        return dict(self._children).get(cid, cid)

    def describe(self, st: Statement) -> str:
        """A statement as a sentence with the criteria's names and locale numbers."""
        loc = self.locale()

        def num(x: float) -> str:
            return loc.toString(float(x), "g", 6)

        if isinstance(st, AtLeast):
            if st.margin == 0:
                return self.tr("{left} weighs at least as much as {right}").format(
                    left=self._name(st.left), right=self._name(st.right)
                )
            return self.tr("{left} weighs at least {margin} more than {right}").format(
                left=self._name(st.left), right=self._name(st.right), margin=num(st.margin)
            )
        if isinstance(st, Ratio):
            left, right = self._name(st.left), self._name(st.right)
            if st.min is not None and st.max is not None:
                return self.tr("{left} weighs {min}–{max} times as much as {right}").format(
                    left=left, right=right, min=num(st.min), max=num(st.max)
                )
            if st.min is not None:
                return self.tr("{left} weighs at least {min} times as much as {right}").format(
                    left=left, right=right, min=num(st.min)
                )
            return self.tr("{left} weighs at most {max} times as much as {right}").format(
                left=left, right=right, max=num(st.max if st.max is not None else math.nan)
            )
        name = self._name(st.criterion)
        if st.min is not None and st.max is not None:
            return self.tr("The weight of {name} is between {min} and {max}").format(
                name=name, min=num(st.min), max=num(st.max)
            )
        if st.min is not None:
            return self.tr("The weight of {name} is at least {min}").format(name=name, min=num(st.min))
        return self.tr("The weight of {name} is at most {max}").format(
            name=name, max=num(st.max if st.max is not None else math.nan)
        )

    # -- data -------------------------------------------------------------------

    def statements(self) -> tuple[Statement, ...]:
        return self._statements

    def set_node(self, children: Children, statements: Sequence[Statement]) -> None:
        if list(children) != self._children:
            self._children = list(children)
            for combo in (self.left, self.right):
                with QSignalBlocker(combo):
                    combo.clear()
                    for cid, name in self._children:
                        combo.addItem(name, cid)
            with QSignalBlocker(self.right):
                self.right.setCurrentIndex(min(1, self.right.count() - 1))
        self._statements = tuple(statements)
        row = self.list.currentRow()
        with QSignalBlocker(self.list):
            self.list.clear()
            for st in self._statements:
                QListWidgetItem(self.describe(st), self.list)
            if 0 <= row < self.list.count():
                self.list.setCurrentRow(row)
        self._paint_conflicts("")
        self._update_buttons()

    def set_conflicts(self, indices: set[int], tooltip: str) -> None:
        self._conflicts = set(indices)
        self._paint_conflicts(tooltip)

    def conflicts(self) -> set[int]:
        return set(self._conflicts)

    def _paint_conflicts(self, tooltip: str) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            bad = i in self._conflicts
            item.setForeground(QBrush(CONFLICT_COLOUR) if bad else QBrush())
            item.setBackground(QBrush(CONFLICT_BACKGROUND) if bad else QBrush())
            font = item.font()
            font.setBold(bad)
            item.setFont(font)
            item.setToolTip(tooltip if bad else "")

    # -- the form -----------------------------------------------------------------

    def form_statement(self) -> Statement | None:
        """The statement the form describes, or ``None`` when it is incomplete."""
        kind = self.kind.currentData()
        if self.left.count() == 0 or self.right.count() == 0:
            return None
        left, right = self.left.currentData(), self.right.currentData()
        lo = self.min.value() if self.use_min.isChecked() else None
        hi = self.max.value() if self.use_max.isChecked() else None
        if kind == "at_least":
            if right is None or left == right:
                return None
            return AtLeast(str(left), str(right), float(self.margin.value()))
        if kind == "ratio":
            if right is None or left == right or (lo is None and hi is None):
                return None
            if (
                (lo is not None and lo <= 0)
                or (hi is not None and hi <= 0)
                or (lo is not None and hi is not None and lo > hi)
            ):
                return None
            return Ratio(str(left), str(right), lo, hi)
        if lo is None and hi is None:
            return None
        if lo is not None and hi is not None and lo > hi:
            return None
        return Bound(str(left), lo, hi)

    def load_form(self, st: Statement) -> None:
        """Show ``st`` in the form (for changing it)."""
        with QSignalBlocker(self.kind):
            self.kind.setCurrentIndex(self.KINDS.index(st.kind))
        self._on_kind_changed(self.kind.currentIndex())
        if isinstance(st, Bound):
            self.left.setCurrentIndex(max(0, self.left.findData(st.criterion)))
        else:
            self.left.setCurrentIndex(max(0, self.left.findData(st.left)))
            self.right.setCurrentIndex(max(0, self.right.findData(st.right)))
        if isinstance(st, AtLeast):
            self.margin.setValue(st.margin)
        else:
            self.use_min.setChecked(st.min is not None)
            self.use_max.setChecked(st.max is not None)
            if st.min is not None:
                self.min.setValue(st.min)
            if st.max is not None:
                self.max.setValue(st.max)
        self._update_buttons()

    def _on_kind_changed(self, _i: int) -> None:
        kind = self.kind.currentData()
        pair = kind in ("at_least", "ratio")
        self.right.setVisible(pair)
        self.relation.setVisible(pair)
        self.relation.setText(self.tr("minus") if kind == "at_least" else self.tr("divided by"))
        self.margin.setVisible(kind == "at_least")
        self.margin_label.setVisible(kind == "at_least")
        for w in (self.use_min, self.min, self.use_max, self.max):
            w.setVisible(kind != "at_least")
        if kind == "ratio":
            self.min.setRange(0.01, 100.0)
            self.max.setRange(0.01, 100.0)
            self.left.setAccessibleName(self.tr("Numerator sub-criterion"))
            self.right.setAccessibleName(self.tr("Denominator sub-criterion"))
        elif kind == "bound":
            self.min.setRange(0.0, 1.0)
            self.max.setRange(0.0, 1.0)
            self.left.setAccessibleName(self.tr("Sub-criterion"))
        else:
            self.left.setAccessibleName(self.tr("First sub-criterion"))
            self.right.setAccessibleName(self.tr("Second sub-criterion"))
        self.min.setEnabled(self.use_min.isChecked())
        self.max.setEnabled(self.use_max.isChecked())
        self._update_buttons()

    def _update_buttons(self, *_: Any) -> None:
        st = self.form_statement()
        row = self.list.currentRow()
        self.add_button.setEnabled(st is not None and self.isEnabled())
        self.replace_button.setEnabled(st is not None and 0 <= row < len(self._statements))
        self.remove_button.setEnabled(0 <= row < len(self._statements))
        if st is None and self.left.count():
            kind = self.kind.currentData()
            if kind != "bound" and self.left.currentIndex() == self.right.currentIndex():
                self.form_hint.setText(self.tr("Choose two different sub-criteria."))
            elif kind != "at_least" and not (self.use_min.isChecked() or self.use_max.isChecked()):
                self.form_hint.setText(self.tr("Tick a minimum, a maximum or both."))
            else:
                self.form_hint.setText(self.tr("The minimum must not exceed the maximum."))
        else:
            self.form_hint.setText("")

    def _on_list_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._statements):
            self.load_form(self._statements[row])
        self._update_buttons()

    # -- edits ----------------------------------------------------------------------

    def add_statement(self) -> None:
        st = self.form_statement()
        if st is None:
            return
        self._statements = (*self._statements, st)
        self.constraints_changed.emit(self._statements)
        self.list.setCurrentRow(len(self._statements) - 1)

    def replace_statement(self) -> None:
        st = self.form_statement()
        row = self.list.currentRow()
        if st is None or not 0 <= row < len(self._statements):
            return
        items = list(self._statements)
        items[row] = st
        self._statements = tuple(items)
        self.constraints_changed.emit(self._statements)

    def remove_statement(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._statements):
            return
        self._statements = self._statements[:row] + self._statements[row + 1 :]
        self.constraints_changed.emit(self._statements)


# ---------------------------------------------------------------------------
# The panel
# ---------------------------------------------------------------------------


class WeightsPanel(QWidget):
    """Preference statements of every node of ``document``'s criteria tree."""

    def __init__(self, document: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._node_id = ROOT_ID
        self._children: list[tuple[str, str]] = []
        self._focal: list[float] | None = None
        self._low: list[float] | None = None
        self._high: list[float] | None = None
        self._conflict: list[str] = []
        self._executing = False
        self._participant: str | None = None  # whose statements are shown: None = the group's
        self._participants_dialog: QWidget | None = None

        # top: whose statements the editors show (the group's or a participant's)
        self.owner_combo = QComboBox(self)
        self.owner_combo.setAccessibleName(self.tr("Statements of"))
        self.owner_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.owner_combo.activated.connect(self._on_owner_combo_activated)
        owner_label = QLabel(self.tr("&Statements of:"), self)
        owner_label.setBuddy(self.owner_combo)
        self.participants_button = QPushButton(self.tr("&Participants and group weighting…"), self)
        self.participants_button.clicked.connect(self.show_participants)
        owner_row = QHBoxLayout()
        owner_row.addWidget(owner_label)
        owner_row.addWidget(self.owner_combo)
        owner_row.addWidget(self.participants_button)
        owner_row.addStretch(1)

        # left: the nodes
        self.node_tree = QTreeWidget(self)
        self.node_tree.setColumnCount(1)
        self.node_tree.setHeaderLabels([self.tr("Criteria with sub-criteria")])
        self.node_tree.setAccessibleName(self.tr("Criteria with sub-criteria"))
        self.node_tree.setRootIsDecorated(True)
        self.node_tree.setIndentation(14)
        self.node_tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.node_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.node_tree.header().setStretchLastSection(False)
        self.node_tree.setUniformRowHeights(True)
        self.node_tree.currentItemChanged.connect(self._on_node_tree_current_changed)

        # centre: method and its editor, then statements
        self.node_title = QLabel(self)
        title_font = QFont(self.node_title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.node_title.setFont(title_font)
        self.node_title.setWordWrap(True)
        self.method_combo = QComboBox(self)
        self.method_combo.setAccessibleName(self.tr("Weighting method"))
        for key, text in zip(METHOD_KEYS, self._method_names(), strict=True):
            self.method_combo.addItem(text, key)
        self.method_combo.activated.connect(self._on_method_combo_activated)
        method_label = QLabel(self.tr("&Method:"), self)
        method_label.setBuddy(self.method_combo)

        self.editors: dict[str, MethodEditor] = {
            METHOD_NONE: EqualEditor(self),
            "point": PointEditor(self),
            "ranking": RankingEditor(self),
            "car": CarEditor(self),
            "interval": IntervalEditor(self),
            "swing": SwingEditor(self),
        }
        self.stack = QStackedWidget(self)
        for key in METHOD_KEYS:
            editor = self.editors[key]
            editor.edited.connect(self._on_editor_edited)
            editor.previewed.connect(self._on_editor_previewed)
            self.stack.addWidget(editor)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.stack)
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        method_box = QWidget(self)
        mb = QVBoxLayout(method_box)
        mb.setContentsMargins(0, 0, 0, 0)
        mb.addWidget(self.node_title)
        row = QHBoxLayout()
        row.addWidget(method_label)
        row.addWidget(self.method_combo, 1)
        mb.addLayout(row)
        mb.addWidget(scroll, 1)

        self.statements_box = QGroupBox(self.tr("Extra statements"), self)
        self.statements = StatementsEditor(self.statements_box)
        self.statements.constraints_changed.connect(self._on_statements_constraints_changed)
        self.statements_hint = QLabel(self.statements_box)
        self.statements_hint.setWordWrap(True)
        sb = QVBoxLayout(self.statements_box)
        sb.addWidget(self.statements_hint)
        sb.addWidget(self.statements, 1)

        centre = QSplitter(Qt.Orientation.Vertical, self)
        centre.addWidget(method_box)
        centre.addWidget(self.statements_box)
        centre.setStretchFactor(0, 3)
        centre.setStretchFactor(1, 2)
        centre.setChildrenCollapsible(False)

        # right: results
        self.results_box = QGroupBox(self.tr("Weights of the sub-criteria"), self)
        self.bars = WeightBarsWidget(self.results_box)
        self.bars.setAccessibleName(self.tr("Focal weights and feasible ranges"))
        legend = QLabel(
            self.tr("Bar: representative (focal) weight. Band: the least to the greatest feasible weight."),
            self.results_box,
        )
        legend.setWordWrap(True)
        self.conflict_label = QLabel(self.results_box)
        self.conflict_label.setWordWrap(True)
        self.conflict_label.setTextFormat(Qt.TextFormat.RichText)
        self.conflict_label.setAccessibleName(self.tr("Conflict"))
        self.conflict_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.note_label = QLabel(self.results_box)
        self.note_label.setWordWrap(True)
        self.message_label = QLabel(self.results_box)
        self.message_label.setWordWrap(True)
        pal = self.conflict_label.palette()
        pal.setColor(QPalette.ColorRole.WindowText, CONFLICT_COLOUR)
        self.conflict_label.setPalette(pal)
        self.message_label.setPalette(pal)
        rb = QVBoxLayout(self.results_box)
        rb.addWidget(self.bars)
        rb.addWidget(legend)
        rb.addWidget(self.conflict_label)
        rb.addWidget(self.note_label)
        rb.addWidget(self.message_label)
        rb.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.node_tree)
        splitter.addWidget(centre)
        splitter.addWidget(self.results_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 4)
        splitter.setSizes([260, 600, 480])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(owner_row)
        layout.addWidget(splitter, 1)

        document.model_changed.connect(self._on_document_model_changed)
        document.error.connect(self._on_document_error)
        self._fill_owner_combo()
        self._fill_node_tree()
        self._load_node()

    # -- whose statements: the group's or a participant's ---------------------------------

    def statements_owner(self) -> str | None:
        """The participant whose statements the editors show and edit (``None``: the group's)."""
        return self._participant

    def set_statements_owner(self, participant: str | None) -> None:
        """Show and edit ``participant``'s statements (``None``: the group's top-level weights)."""
        if participant is not None and participant not in {p.id for p in self._model.participants}:
            participant = None
        self._participant = participant
        self._fill_owner_combo()
        self.message_label.setText("")
        self._update_node_statuses()
        self._load_node()

    def _owner_weights(self) -> Mapping[str, PreferenceSet]:
        for p in self._model.participants:
            if p.id == self._participant:
                return p.weights
        return self._model.weights

    def _fill_owner_combo(self) -> None:
        model = self._model
        if self._participant not in {p.id for p in model.participants}:
            self._participant = None
        with QSignalBlocker(self.owner_combo):
            self.owner_combo.clear()
            self.owner_combo.addItem(self.tr("The group (the weights the analyses use)"), None)
            for p in model.participants:
                self.owner_combo.addItem(p.name or p.id, p.id)
                if p.role:
                    self.owner_combo.setItemData(
                        self.owner_combo.count() - 1, p.role, Qt.ItemDataRole.ToolTipRole
                    )
            self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(self._participant)))

    def _on_owner_combo_activated(self, index: int) -> None:
        data = self.owner_combo.itemData(index)
        self.set_statements_owner(None if data is None else str(data))

    def show_participants(self) -> QWidget:
        """Open (or raise) the participants view; its "Edit their statements" sets the chooser."""
        from diva_desktop.ui.panels.participants_panel import ParticipantsDialog

        if self._participants_dialog is None:
            dialog = ParticipantsDialog(self._document, self)
            dialog.panel.statements_owner_requested.connect(self.set_statements_owner)
            self._participants_dialog = dialog
        if self._participants_dialog.isVisible():
            self._participants_dialog.raise_()
            self._participants_dialog.activateWindow()
        else:
            self._participants_dialog.show()
        return self._participants_dialog

    # -- texts ----------------------------------------------------------------

    def _method_names(self) -> list[str]:
        return [
            self.tr("Equal weights (no statements)"),
            self.tr("Point weights"),
            self.tr("Ranking"),
            self.tr("CAR: ranking with steps"),
            self.tr("Interval weights"),
            self.tr("Swing weighting"),
        ]

    def _method_name(self, pref: PreferenceSet | None) -> str:
        key = METHOD_NONE if pref is None else pref.method
        return self._method_names()[METHOD_KEYS.index(key)]

    def _node_name(self, node: Criterion) -> str:
        return self.tr("Top level") if node.id == ROOT_ID else node.name

    @property
    def _model(self) -> Model:
        model: Model = self._document.model
        return model

    # -- the node tree --------------------------------------------------------------

    def node_id(self) -> str:
        return self._node_id

    def select_node(self, node_id: str) -> None:
        item = self._find_node_item(node_id)
        if item is not None:
            self.node_tree.setCurrentItem(item)

    def _find_node_item(self, node_id: str) -> QTreeWidgetItem | None:
        stack = [self.node_tree.topLevelItem(i) for i in range(self.node_tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is None:
                continue
            if item.data(0, Qt.ItemDataRole.UserRole) == node_id:
                return item
            stack.extend(item.child(k) for k in range(item.childCount()))
        return None

    def _fill_node_tree(self) -> None:
        model = self._model
        with QSignalBlocker(self.node_tree):
            self.node_tree.clear()
            if not model.criteria:
                return

            def add(parent: QTreeWidget | QTreeWidgetItem, node: Criterion) -> None:
                item = QTreeWidgetItem(parent, [self._node_name(node)])
                item.setData(0, Qt.ItemDataRole.UserRole, node.id)
                for ch in node.children:
                    if not ch.is_leaf:
                        add(item, ch)

            add(self.node_tree, model.root)
            self.node_tree.expandAll()
        self._fit_node_tree()
        self._update_node_statuses()
        item = self._find_node_item(self._node_id) or self._find_node_item(ROOT_ID)
        if item is not None:
            with QSignalBlocker(self.node_tree):
                self.node_tree.setCurrentItem(item)

    def _fit_node_tree(self) -> None:
        """Wide enough for every node's full name (names are never cut off)."""
        fm = self.node_tree.fontMetrics()
        indent = self.node_tree.indentation()
        widest = 0
        stack = [(self.node_tree.topLevelItem(i), 1) for i in range(self.node_tree.topLevelItemCount())]
        while stack:
            item, depth = stack.pop()
            if item is None:
                continue
            widest = max(widest, fm.horizontalAdvance(item.text(0)) + depth * indent)
            stack.extend((item.child(k), depth + 1) for k in range(item.childCount()))
        frame = 2 * self.node_tree.frameWidth() + 16
        self.node_tree.setMinimumWidth(min(widest + frame, 420))

    def _update_node_statuses(self) -> None:
        from diva_desktop.core.preferences import local_set

        model = self._model
        for node in model.internal_nodes():
            item = self._find_node_item(node.id)
            if item is None:
                continue
            pref = self._owner_weights().get(node.id)
            problem = ""
            try:
                local_set(node, pref)
            except InfeasibleError:
                problem = self.tr("The statements conflict: no weights satisfy them all.")
            except DivaError as exc:
                problem = "\n".join(self._problem_text(p) for p in exc.problems)
            method = self.tr("Method: {method}").format(method=self._method_name(pref))
            item.setForeground(0, QBrush(CONFLICT_COLOUR) if problem else QBrush())
            item.setToolTip(0, method + ("\n" + problem if problem else ""))
            item.setData(
                0, Qt.ItemDataRole.AccessibleDescriptionRole, method + (". " + problem if problem else "")
            )

    def _on_node_tree_current_changed(self, current: QTreeWidgetItem | None, _previous: Any) -> None:
        if current is None:
            return
        self._node_id = str(current.data(0, Qt.ItemDataRole.UserRole))
        self.message_label.setText("")
        self._load_node()

    # -- loading a node ----------------------------------------------------------------

    def _node(self) -> Criterion | None:
        node = self._model.criterion(self._node_id)
        if node is None or node.is_leaf:
            node = self._model.root if self._model.criteria else None
            self._node_id = ROOT_ID
        return node

    def current_pref(self) -> PreferenceSet | None:
        return self._owner_weights().get(self._node_id)

    def current_editor(self) -> MethodEditor:
        return self.editors[str(self.method_combo.currentData())]

    def _load_node(self) -> None:
        node = self._node()
        if node is None:
            self.node_title.setText(self.tr("The criteria tree is empty: add criteria first."))
            self.setEnabled(False)
            return
        self.setEnabled(True)
        self._children = [(ch.id, ch.name) for ch in node.children]
        pref = self.current_pref()
        key = METHOD_NONE if pref is None else pref.method
        self.node_title.setText(
            self.tr("Weights under “{node}”").format(node=self._node_name(node))
            if node.id != ROOT_ID
            else self.tr("Weights of the top-level criteria")
        )
        with QSignalBlocker(self.method_combo):
            self.method_combo.setCurrentIndex(METHOD_KEYS.index(key))
        editor = self.editors[key]
        editor.set_node(self._children, pref)
        self.stack.setCurrentWidget(editor)
        takes_statements = key not in (METHOD_NONE, "point")
        self.statements.setEnabled(takes_statements)
        self.statements.set_node(self._children, pref.constraints if pref is not None else ())
        self.statements_hint.setText(
            ""
            if takes_statements
            else self.tr(
                "Extra statements narrow a ranking, CAR, interval or swing set; choose one of those methods to add them."
            )
        )
        self.statements_hint.setVisible(not takes_statements)
        self._update_results(node, pref)
        if self._participant is not None and pref is None:
            self.note_label.setText(
                self.tr(
                    "This participant has no statements here, so they are left out of this criterion when the "
                    "group's weights are combined."
                )
            )

    # -- results --------------------------------------------------------------------------

    def _update_results(self, node: Criterion, pref: PreferenceSet | None) -> None:
        from diva_desktop.core.preferences import local_set, weight_bounds

        names = dict(self._children)
        self._conflict = []
        self.note_label.setText("")
        conflict_children: set[str] = set()
        conflict_statements: set[int] = set()
        try:
            ls = local_set(node, pref)
            lo, hi = weight_bounds(ls)
        except InfeasibleError as exc:
            self._conflict = list(exc.conflict)
            conflict_statements = self._statements_in_conflict(node, pref, exc.conflict)
            own = self._statement_labels(node, pref, conflict_statements)
            for label in exc.conflict:
                if label not in own:
                    conflict_children |= _label_tokens(label) & set(names)
            self._focal = self._low = self._high = None
            explanation = self._explain_conflict(node, pref, exc.conflict)
            self.conflict_label.setText(explanation)
            self.bars.set_rows(
                [WeightBar(names[c], None, None, None, c in conflict_children) for c in names],
                self.tr("No weights satisfy these statements."),
            )
            tooltip = self.tr("Part of the conflict: {text}").format(text=_plain(explanation))
            self.current_editor().set_conflicts(conflict_children, tooltip)
            self.statements.set_conflicts(conflict_statements, tooltip)
            return
        except DivaError as exc:
            self._focal = self._low = self._high = None
            self.conflict_label.setText(_html_lines([self._problem_text(p) for p in exc.problems]))
            self.bars.set_rows([], self.tr("The statements are incomplete or invalid."))
            self.current_editor().set_conflicts(set(), "")
            self.statements.set_conflicts(set(), "")
            return
        self._focal = [float(x) for x in ls.focal]
        self._low = [float(x) for x in lo]
        self._high = [float(x) for x in hi]
        self.conflict_label.setText("")
        self.bars.set_rows(
            [
                WeightBar(names.get(c, c), f, a, b)
                for c, f, a, b in zip(ls.children, self._focal, self._low, self._high, strict=True)
            ]
        )
        if ls.focal_note and pref is not None and pref.focal is None:
            self.note_label.setText(
                self.tr(
                    "The method's representative weights break an extra statement; the centre of the feasible weights is used instead."
                )
            )
        self.current_editor().set_conflicts(set(), "")
        self.statements.set_conflicts(set(), "")

    def _statement_labels(self, node: Criterion, pref: PreferenceSet | None, indices: set[int]) -> set[str]:
        if pref is None:
            return set()
        out: set[str] = set()
        for i in indices:
            out |= self._labels_of(node, pref.constraints[i])
        return out

    @staticmethod
    def _labels_of(node: Criterion, st: Statement) -> set[str]:
        """The engine's row labels of one statement (built alone over the node)."""
        from diva_desktop.core.preferences import local_set

        try:
            ls = local_set(node, IntervalWeights({}, constraints=(st,)))
        except InfeasibleError as exc:
            return set(exc.conflict)
        except DivaError:
            return set()
        return set(ls.labels_ub) | set(ls.labels_eq[1:])

    def _statements_in_conflict(
        self, node: Criterion, pref: PreferenceSet | None, conflict: Sequence[str]
    ) -> set[int]:
        if pref is None:
            return set()
        wanted = set(conflict)
        return {i for i, st in enumerate(pref.constraints) if self._labels_of(node, st) & wanted}

    def conflict(self) -> list[str]:
        """The engine's labels of the conflicting statements (empty when feasible)."""
        return list(self._conflict)

    def _explain_conflict(self, node: Criterion, pref: PreferenceSet | None, conflict: Sequence[str]) -> str:
        lines = []
        described: set[int] = set()
        for label in conflict:
            index = None
            if pref is not None:
                for i, st in enumerate(pref.constraints):
                    if label in self._labels_of(node, st):
                        index = i
                        break
            if index is not None:
                if index not in described:
                    described.add(index)
                    lines.append(self.statements.describe(pref.constraints[index]))  # type: ignore[union-attr]
            else:
                lines.append(self.describe_label(label))
        head = self.tr("No weights satisfy these statements together; change or remove one of them:")
        return f"<b>{_esc(head)}</b>" + _html_lines(lines, bullets=True)

    def describe_label(self, label: str) -> str:
        """One of the engine's statement labels as a sentence with names."""
        names = dict(self._children)
        loc = self.locale()

        def n(cid: str) -> str:
            return names.get(cid, cid)

        def num(text: str) -> str:
            try:
                return loc.toString(float(text), "g", 6)
            except ValueError:
                return text

        m = re.fullmatch(r"interval (\S+) ∈ \[(\S+), (\S+)\]", label)
        if m:
            return self.tr("The weight of {name} is between {low} and {high}").format(
                name=n(m[1]), low=num(m[2]), high=num(m[3])
            )
        m = re.fullmatch(r"(?:ranking|car): (\S+) ≥ (\S+)", label)
        if m:
            return self.tr("{upper} is at least as important as {lower}").format(upper=n(m[1]), lower=n(m[2]))
        m = re.fullmatch(r"(?:ranking|car): (\S+) = (\S+)", label)
        if m:
            return self.tr("{upper} and {lower} are equally important").format(upper=n(m[1]), lower=n(m[2]))
        m = re.fullmatch(r"swing (\S+)/(\S+) = (\S+)/(\S+)", label)
        if m:
            return self.tr("Swing: {a} has {pa} points and {b} has {pb} points").format(
                a=n(m[1]), b=n(m[2]), pa=num(m[3]), pb=num(m[4])
            )
        m = re.fullmatch(r"swing (\S+)/(\S+) ∈ \[(\S+), (\S+)\]", label)
        if m:
            return self.tr("Swing: {a} weighs {low}–{high} times as much as {b}").format(
                a=n(m[1]), b=n(m[2]), low=num(m[3]), high=num(m[4])
            )
        m = re.fullmatch(r"point (\S+) = (\S+)", label)
        if m:
            return self.tr("The weight of {name} is {value}").format(name=n(m[1]), value=num(m[2]))
        text = label
        for cid, name in names.items():
            text = re.sub(rf"(?<![\w.-]){re.escape(cid)}(?![\w.-])", name, text)
        return text

    def _problem_text(self, problem: Problem) -> str:
        from diva_desktop.ui.messages import problem_text

        return problem_text(problem, self._model)

    # -- edits --------------------------------------------------------------------------------

    def _commit(self, pref: PreferenceSet | None) -> bool:
        from diva_desktop.core.commands import SetWeights

        self.message_label.setText("")
        self._executing = True
        try:
            command = SetWeights(node=self._node_id, pref=pref, participant=self._participant)
            ok = bool(self._document.execute(discrete(command)))
        finally:
            self._executing = False
        if not ok:
            self._load_node()  # show the model's statements again
        return ok

    def _on_editor_edited(self, pref: PreferenceSet | None) -> None:
        if self.sender() is not self.current_editor():
            return
        if pref == self.current_pref():
            node = self._node()
            if node is not None:
                self._update_results(node, pref)
            return
        self._commit(pref)

    def _on_editor_previewed(self, pref: PreferenceSet | None) -> None:
        node = self._node()
        if node is not None and self.sender() is self.current_editor():
            self._update_results(node, pref)

    def _on_method_combo_activated(self, index: int) -> None:
        key = METHOD_KEYS[index]
        old = self.current_pref()
        if (old is None and key == METHOD_NONE) or (old is not None and old.method == key):
            return
        ids = [c for c, _ in self._children]
        new = convert_preference(old, key, ids, self._focal, low=self._low, high=self._high)
        if not self._commit(new):
            with QSignalBlocker(self.method_combo):
                self.method_combo.setCurrentIndex(
                    METHOD_KEYS.index(METHOD_NONE if old is None else old.method)
                )

    def _on_statements_constraints_changed(self, constraints: tuple[Statement, ...]) -> None:
        pref = self.current_pref()
        if pref is None or isinstance(pref, PointWeights):
            return
        self._commit(replace(pref, constraints=tuple(constraints)))

    # -- document signals -------------------------------------------------------------------

    def _on_document_error(self, problems: list[Problem]) -> None:
        if self._executing:
            self.message_label.setText(_html_lines([self._problem_text(p) for p in problems]))

    def _on_document_model_changed(self, changes: Any) -> None:
        criteria = getattr(changes, "criteria", True)
        weights = getattr(changes, "weights", True)
        if getattr(changes, "participants", True):
            self._fill_owner_combo()
        if criteria:
            self._fill_node_tree()
        elif weights:
            self._update_node_statuses()
        if criteria or weights:
            self._load_node()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _html_lines(lines: Sequence[str], *, bullets: bool = False) -> str:
    if not lines:
        return ""
    if bullets:
        return (
            "<ul style='margin-left:12px; -qt-list-indent:0'>"
            + "".join(f"<li>{_esc(x)}</li>" for x in lines)
            + "</ul>"
        )
    return "<br>".join(_esc(x) for x in lines)


def _plain(html: str) -> str:
    text = re.sub(r"</li>", "; ", html)
    text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return re.sub(r"\s+", " ", text).strip(" ;")


__all__ = [
    "CarEditor",
    "IntervalEditor",
    "PointEditor",
    "RankingEditor",
    "StatementsEditor",
    "SwingEditor",
    "WeightsPanel",
    "convert_preference",
]
