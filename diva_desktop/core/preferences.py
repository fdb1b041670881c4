"""Imprecise preferences: statements → local feasible sets and focal weights.

Spec ``model-format.md`` §1.3. Every internal node of the criteria tree (the
synthetic ``root`` included) has local weights ``w`` over its children with
``w ≥ 0`` and ``Σ w = 1``. A node's preference set (method plus extra statements)
becomes a :class:`LocalSet`: linear constraints ``A_ub w ≤ b_ub``,
``A_eq w = b_eq`` whose rows keep the label of the statement they come from, and
focal (representative) weights inside the set.

Statements that admit no weights raise :class:`~diva_desktop.core.errors.InfeasibleError`
naming a smallest conflicting subset of statements, found by a deletion filter
over LP feasibility checks (Chinneck & Dravnieks 1991). Bad numbers (NaN,
infinities, non-positive ratios or swing points, …) raise
:class:`~diva_desktop.core.errors.ModelError` naming the node.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

import numpy as np
from numpy.typing import NDArray

from . import polytope
from .errors import InfeasibleError, ModelError, Problem
from .model import (
    SURROGATES,
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

FloatArray = NDArray[np.float64]

SUM_LABEL = "sum of weights = 1"
#: Tolerance for an explicit focal point to count as inside its set.
FOCAL_TOL = 1e-6
#: Tolerance for the method's focal weights to count as satisfying the statements.
STATEMENT_TOL = 1e-9

__all__ = [
    "LocalSet",
    "car_weights",
    "contracted",
    "global_weight_samples",
    "global_weights",
    "local_set",
    "node_sets",
    "optimize",
    "optimize_many",
    "surrogate_weights",
    "tied_surrogate_weights",
    "vertices",
    "weight_bounds",
]


# ---------------------------------------------------------------------------
# The local feasible set
# ---------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class LocalSet:
    """The feasible local weights of one node, and its focal weights.

    ``{w : A_ub w ≤ b_ub, A_eq w = b_eq, w ≥ 0}``; the columns are the node's
    children in tree order; ``A_eq[0]`` is the sum-to-one row. Non-negativity is
    implicit (never a row). ``labels_ub``/``labels_eq`` name the statement of each
    row, e.g. ``"bound citizens ≥ 0.7"``.

    Extra fields (beyond the contract):

    groups
        For ``ranking`` and ``car``: the weak order's groups as column indices,
        most important first. The first ``n_base_ub`` inequality rows and the
        first ``n_base_eq`` equality rows (sum row included) are implied by it;
        the others come from ``constraints``.
    points
        For ``swing``: the (low, high) swing points per column; the first
        ``n_base_ub``/``n_base_eq`` rows are the swing rows. Gives the vertices in
        closed form (normalised corners of the box of points).
    origin, shrink
        For a contracted set (:func:`contracted`): the original set and the factor
        ``1 − τ`` of the map ``x ↦ focal + (1 − τ)(x − focal)``.
    """

    node: str
    children: tuple[str, ...]
    A_ub: FloatArray
    b_ub: FloatArray
    A_eq: FloatArray
    b_eq: FloatArray
    labels_ub: tuple[str, ...]
    labels_eq: tuple[str, ...]
    focal: FloatArray
    focal_note: str | None = None
    method: str = "point"
    groups: tuple[tuple[int, ...], ...] | None = None
    n_base_ub: int = 0
    n_base_eq: int = 1
    points: FloatArray | None = None
    origin: LocalSet | None = None
    shrink: float = 1.0
    _cache: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def n(self) -> int:
        """Number of children (columns)."""
        return len(self.children)

    def contains(self, w: Any, tol: float = STATEMENT_TOL) -> bool:
        """Whether ``w`` satisfies every row and ``w ≥ 0`` within ``tol``."""
        return not self.violated(w, tol)

    def violated(self, w: Any, tol: float = STATEMENT_TOL) -> list[str]:
        """Labels of the statements that ``w`` violates by more than ``tol``."""
        x = np.asarray(w, dtype=float)
        out: list[str] = []
        if (x < -tol).any():
            out.append("weights ≥ 0")
        if self.A_ub.shape[0]:
            r = self.A_ub @ x - self.b_ub
            out.extend(self.labels_ub[i] for i in np.flatnonzero(r > tol))
        if self.A_eq.shape[0]:
            r = np.abs(self.A_eq @ x - self.b_eq)
            out.extend(self.labels_eq[i] for i in np.flatnonzero(r > tol))
        return list(dict.fromkeys(out))


# ---------------------------------------------------------------------------
# Surrogate and CAR weights
# ---------------------------------------------------------------------------


def _surrogate_fractions(n: int, kind: str) -> list[Fraction]:
    if n < 1:
        raise ValueError("n must be at least 1")
    if kind == "roc":
        return [sum((Fraction(1, j) for j in range(i, n + 1)), Fraction(0)) / n for i in range(1, n + 1)]
    if kind == "rs":
        return [Fraction(2 * (n + 1 - i), n * (n + 1)) for i in range(1, n + 1)]
    if kind == "rr":
        h = sum((Fraction(1, j) for j in range(1, n + 1)), Fraction(0))
        return [Fraction(1, i) / h for i in range(1, n + 1)]
    if kind == "sr":
        raw = [Fraction(1, i) + Fraction(n + 1 - i, n) for i in range(1, n + 1)]
        total = sum(raw, Fraction(0))
        return [r / total for r in raw]
    if kind == "ew":
        return [Fraction(1, n)] * n
    raise ValueError(f"unknown surrogate {kind!r}; use one of {', '.join(SURROGATES)}")


def surrogate_weights(n: int, kind: str) -> FloatArray:
    """Surrogate weights of rank positions 1..n (most important first).

    Formulas for position i of n:

    * ROC, rank order centroid (Barron & Barrett 1996): ``w_i = (1/n) Σ_{j=i..n} 1/j``;
    * RS, rank sum (Stillwell, Seaver & Edwards 1981): ``w_i = 2(n + 1 − i)/(n(n + 1))``;
    * RR, rank reciprocal (Stillwell et al. 1981): ``w_i = (1/i) / Σ_{j=1..n} 1/j``;
    * SR, sum-reciprocal (Danielson & Ekenberg 2014): ``w_i ∝ 1/i + (n + 1 − i)/n``;
    * EW, equal weights: ``w_i = 1/n``.

    Computed in exact rational arithmetic, then rounded to floats.

    Parameters
    ----------
    n : number of positions (≥ 1).
    kind : ``"roc"``, ``"rs"``, ``"rr"``, ``"sr"`` or ``"ew"``.
    """
    return np.array([float(x) for x in _surrogate_fractions(n, kind)])


def tied_surrogate_weights(groups: Sequence[int], kind: str) -> FloatArray:
    """Surrogate weights for a ranking with ties.

    ``groups`` are the sizes of the rank groups, most important first. Group g
    covers positions ``S_{g−1} + 1 .. S_g`` (``S`` the cumulative sizes); each of
    its members gets the mean of the surrogate weights (:func:`surrogate_weights`)
    of those positions (spec §1.3). Returns one weight per member, in group order.
    """
    sizes = [int(s) for s in groups]
    if any(s < 1 for s in sizes) or not sizes:
        raise ValueError("every rank group needs at least one member")
    base = _surrogate_fractions(sum(sizes), kind)
    out: list[float] = []
    pos = 0
    for s in sizes:
        mean = sum(base[pos : pos + s], Fraction(0)) / s
        out.extend([float(mean)] * s)
        pos += s
    return np.array(out)


def car_weights(steps: Sequence[int]) -> FloatArray:
    """CAR weights, the cardinal sum-reciprocal method (Danielson & Ekenberg 2016).

    Positions ``p(1) = 1``, ``p(i+1) = p(i) + step_i`` (steps 0–3), ``Q = p(n)``;
    ``w_i ∝ 1/p(i) + (Q + 1 − p(i))/Q``. With every step 1 this is the SR weight;
    with step 0 two neighbours get equal weights. Computed exactly, then rounded.

    Parameters
    ----------
    steps : the n − 1 steps between neighbours, most important first.
    """
    p = [1]
    for s in steps:
        si = int(s)
        if si != s or not 0 <= si <= 3:
            raise ValueError(f"CAR step {s!r} must be 0, 1, 2 or 3")
        p.append(p[-1] + si)
    q = p[-1]
    raw = [Fraction(1, pi) + Fraction(q + 1 - pi, q) for pi in p]
    total = sum(raw, Fraction(0))
    return np.array([float(r / total) for r in raw])


# ---------------------------------------------------------------------------
# Building the rows
# ---------------------------------------------------------------------------


def _fmt(x: float) -> str:
    return f"{x:g}"


class _Rows:
    def __init__(self, children: tuple[str, ...]) -> None:
        self.children = children
        self.index = {c: i for i, c in enumerate(children)}
        n = len(children)
        self.ub: list[tuple[FloatArray, float, str]] = []
        self.eq: list[tuple[FloatArray, float, str]] = [(np.ones(n), 1.0, SUM_LABEL)]

    def row(self, coef: Mapping[str, float]) -> FloatArray:
        r = np.zeros(len(self.children))
        for c, v in coef.items():
            r[self.index[c]] += v
        return r

    def le(self, coef: Mapping[str, float], rhs: float, label: str) -> None:
        self.ub.append((self.row(coef), float(rhs), label))

    def eq_(self, coef: Mapping[str, float], rhs: float, label: str) -> None:
        self.eq.append((self.row(coef), float(rhs), label))

    def arrays(self) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray, tuple[str, ...], tuple[str, ...]]:
        n = len(self.children)
        A_ub = np.array([r for r, _, _ in self.ub]).reshape(-1, n)
        b_ub = np.array([b for _, b, _ in self.ub], dtype=float)
        A_eq = np.array([r for r, _, _ in self.eq]).reshape(-1, n)
        b_eq = np.array([b for _, b, _ in self.eq], dtype=float)
        return A_ub, b_ub, A_eq, b_eq, tuple(x for _, _, x in self.ub), tuple(x for _, _, x in self.eq)


class _Checker:
    """Collects problems of a preference set that would make the rows meaningless."""

    def __init__(self, node: str, children: tuple[str, ...]) -> None:
        self.node = node
        self.loc = f"weights.{node}"
        self.children = children
        self.problems: list[Problem] = []

    def error(self, code: str, where: str, text: str) -> None:
        loc = f"{self.loc}.{where}" if where else self.loc
        self.problems.append(Problem(code, loc, f"node {self.node!r}: {text}", params={"node": self.node}))

    def child(self, name: object, where: str) -> bool:
        if not isinstance(name, str) or name not in self.children:
            self.error(
                "not_a_child",
                where,
                f"{name!r} is not a sub-criterion; its sub-criteria are: {', '.join(self.children)}",
            )
            return False
        return True

    def number(
        self, x: object, where: str, *, low: float | None = None, high: float | None = None, positive: bool = False
    ) -> bool:
        if isinstance(x, bool) or not isinstance(x, int | float) or not math.isfinite(x):
            self.error("not_finite", where, f"{x!r} is not a finite number")
            return False
        if positive and x <= 0:
            self.error("out_of_range", where, f"{_fmt(x)} must be greater than 0")
            return False
        if (low is not None and x < low) or (high is not None and x > high):
            rng = f"[{_fmt(low if low is not None else -math.inf)}, {_fmt(high if high is not None else math.inf)}]"
            self.error("out_of_range", where, f"{_fmt(x)} is outside {rng}")
            return False
        return True

    def pair(self, value: object, where: str) -> tuple[object, object] | None:
        if not isinstance(value, tuple | list) or len(value) != 2:
            self.error("bad_interval", where, f"{value!r} is not a pair [low, high]")
            return None
        return value[0], value[1]

    def order(self, names: list[object], where: str) -> None:
        for nm in names:
            self.child(nm, where)
        seen: set[object] = set()
        for nm in names:
            if nm in seen:
                self.error("repeated_child", where, f"{nm!r} appears more than once in the order")
            seen.add(nm)
        missing = [c for c in self.children if c not in names]
        if missing:
            self.error("omitted_child", where, f"the order omits {', '.join(missing)}; rank every sub-criterion")

    def raise_if_any(self) -> None:
        if self.problems:
            raise ModelError(self.problems)


def _check(node: str, children: tuple[str, ...], pref: PreferenceSet) -> None:
    ck = _Checker(node, children)
    if isinstance(pref, PointWeights):
        total = 0.0
        for ch, w in pref.weights.items():
            if ck.child(ch, "weights") and ck.number(w, f"weights.{ch}", low=0.0):
                total += float(w)
        missing = [c for c in children if c not in pref.weights]
        if missing:
            ck.error("omitted_child", "weights", f"no weight for {', '.join(missing)}")
        elif not ck.problems and total <= 0:
            ck.error("zero_weights", "weights", "the weights sum to 0; give at least one positive weight")
    elif isinstance(pref, RankingWeights):
        if pref.surrogate not in SURROGATES:
            ck.error("unknown_surrogate", "surrogate", f"unknown surrogate {pref.surrogate!r}")
        if any(len(g) == 0 for g in pref.order):
            ck.error("empty_group", "order", "a rank group is empty")
        ck.order([c for g in pref.order for c in g], "order")
    elif isinstance(pref, CarWeights):
        ck.order(list(pref.order), "order")
        if len(pref.steps) != max(len(pref.order) - 1, 0):
            ck.error("wrong_step_count", "steps", f"{len(pref.steps)} steps for {len(pref.order)} criteria")
        for i, s in enumerate(pref.steps):
            if isinstance(s, bool) or not isinstance(s, int) or not 0 <= s <= 3:
                ck.error("bad_step", f"steps[{i}]", f"step {s!r} must be 0, 1, 2 or 3")
    elif isinstance(pref, IntervalWeights):
        for ch, value in pref.bounds.items():
            pr = ck.pair(value, f"bounds.{ch}")
            if not ck.child(ch, "bounds") or pr is None:
                continue
            lo, hi = pr
            ok = ck.number(lo, f"bounds.{ch}[0]", low=0.0, high=1.0)
            ok = ck.number(hi, f"bounds.{ch}[1]", low=0.0, high=1.0) and ok
            if ok and lo > hi:  # type: ignore[operator]
                ck.error("interval_reversed", f"bounds.{ch}", f"[{lo}, {hi}] has low > high")
    elif isinstance(pref, SwingWeights):
        for ch, value in pref.points.items():
            pr = ck.pair(value, f"points.{ch}")
            if not ck.child(ch, "points") or pr is None:
                continue
            lo, hi = pr
            ok = ck.number(lo, f"points.{ch}", positive=True)
            ok = ck.number(hi, f"points.{ch}", positive=True) and ok
            if ok and lo > hi:  # type: ignore[operator]
                ck.error("interval_reversed", f"points.{ch}", f"[{lo}, {hi}] has low > high")
        missing = [c for c in children if c not in pref.points]
        if missing:
            ck.error("omitted_child", "points", f"no swing points for {', '.join(missing)}")
    else:
        ck.error("unknown_method", "method", f"unknown preference method {getattr(pref, 'method', pref)!r}")
        ck.raise_if_any()
    for i, st in enumerate(pref.constraints):
        where = f"constraints[{i}]"
        if isinstance(st, AtLeast):
            ck.child(st.left, f"{where}.left")
            ck.child(st.right, f"{where}.right")
            ck.number(st.margin, f"{where}.margin", low=-1.0, high=1.0)
        elif isinstance(st, Ratio):
            ck.child(st.left, f"{where}.left")
            ck.child(st.right, f"{where}.right")
            if st.left == st.right:
                ck.error("self_ratio", where, "left and right are the same criterion")
            _check_range(ck, st.min, st.max, where, positive=True)
        elif isinstance(st, Bound):
            ck.child(st.criterion, f"{where}.criterion")
            _check_range(ck, st.min, st.max, where, positive=False)
        else:
            ck.error("unknown_statement", where, f"unknown statement {st!r}")
    if pref.focal is not None:
        for ch, w in pref.focal.items():
            if ck.child(ch, "focal"):
                ck.number(w, f"focal.{ch}", low=0.0, high=1.0)
        missing = [c for c in children if c not in pref.focal]
        if missing:
            ck.error("omitted_child", "focal", f"no focal weight for {', '.join(missing)}")
        elif not ck.problems:
            total = float(sum(pref.focal.values()))
            if abs(total - 1.0) > FOCAL_TOL:
                ck.error("focal_sum", "focal", f"the focal weights sum to {_fmt(total)}; they must sum to 1")
    ck.raise_if_any()


def _check_range(ck: _Checker, lo: object, hi: object, where: str, *, positive: bool) -> None:
    ok = True
    for name, x in (("min", lo), ("max", hi)):
        if x is None:
            continue
        if positive:
            ok = ck.number(x, f"{where}.{name}", positive=True) and ok
        else:
            ok = ck.number(x, f"{where}.{name}", low=0.0, high=1.0) and ok
    if lo is None and hi is None:
        ck.error("empty_statement", where, "give min, max or both")
    elif ok and lo is not None and hi is not None and lo > hi:  # type: ignore[operator]
        ck.error("interval_reversed", where, f"min {lo} is greater than max {hi}")


def _weak_order_rows(rows: _Rows, groups: list[list[str]], kind: str) -> None:
    """``w_a = w_b`` within a group, ``w_first(g) ≥ w_first(g+1)`` between groups."""
    for g in groups:
        for other in g[1:]:
            rows.eq_({g[0]: 1.0, other: -1.0}, 0.0, f"{kind}: {g[0]} = {other}")
    for g, nxt in itertools.pairwise(groups):
        rows.le({nxt[0]: 1.0, g[0]: -1.0}, 0.0, f"{kind}: {g[0]} ≥ {nxt[0]}")


def _statement_rows(rows: _Rows, st: Statement) -> None:
    if isinstance(st, AtLeast):
        label = (
            f"at_least {st.left} ≥ {st.right}"
            if st.margin == 0
            else f"at_least {st.left} − {st.right} ≥ {_fmt(st.margin)}"
        )
        rows.le({st.right: 1.0, st.left: -1.0}, -float(st.margin), label)
    elif isinstance(st, Ratio):
        if st.min is not None:
            rows.le({st.left: -1.0, st.right: float(st.min)}, 0.0, f"ratio {st.left}/{st.right} ≥ {_fmt(st.min)}")
        if st.max is not None:
            rows.le({st.left: 1.0, st.right: -float(st.max)}, 0.0, f"ratio {st.left}/{st.right} ≤ {_fmt(st.max)}")
    else:
        if st.min is not None and st.min > 0:
            rows.le({st.criterion: -1.0}, -float(st.min), f"bound {st.criterion} ≥ {_fmt(st.min)}")
        if st.max is not None and st.max < 1:
            rows.le({st.criterion: 1.0}, float(st.max), f"bound {st.criterion} ≤ {_fmt(st.max)}")


# ---------------------------------------------------------------------------
# Infeasibility diagnosis
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _System:
    A_ub: FloatArray
    b_ub: FloatArray
    A_eq: FloatArray
    b_eq: FloatArray
    labels_ub: tuple[str, ...]
    labels_eq: tuple[str, ...]

    def feasible(self, keep: set[str]) -> bool:
        mu = np.array([lab in keep for lab in self.labels_ub], dtype=bool).reshape(-1)
        me = np.array([lab in keep or lab == SUM_LABEL for lab in self.labels_eq], dtype=bool)
        return polytope.lp_feasible(self.A_ub[mu], self.b_ub[mu], self.A_eq[me], self.b_eq[me])


def conflicting_statements(
    A_ub: Any,
    b_ub: Any,
    A_eq: Any,
    b_eq: Any,
    *,
    labels_ub: Sequence[str],
    labels_eq: Sequence[str],
) -> list[str]:
    """A minimal set of statement labels whose rows admit no weights.

    The deletion filter (Chinneck & Dravnieks 1991): go through the statements
    once; drop each one whose removal leaves the rest infeasible. What remains is
    an irreducible infeasible subset: infeasible, and feasible without any one of
    its statements. When it has more than two statements and there are at most 40,
    every pair is tried too, so a two-statement conflict is preferred. Every test
    is an LP (HiGHS) that always includes ``w ≥ 0`` and ``Σ w = 1``; those rows are
    never named. Rows with the same label form one statement. Returns ``[]`` when
    the rows are feasible.
    """
    E = np.asarray(A_eq, dtype=float)
    n = E.shape[1]
    system = _System(
        np.asarray(A_ub, dtype=float).reshape(-1, n),
        np.asarray(b_ub, dtype=float).reshape(-1),
        E,
        np.asarray(b_eq, dtype=float).reshape(-1),
        tuple(labels_ub),
        tuple(labels_eq),
    )
    statements = [s for s in dict.fromkeys([*labels_eq, *labels_ub]) if s != SUM_LABEL]
    if system.feasible(set(statements)):
        return []
    current = list(statements)
    for s in statements:
        trial = [x for x in current if x != s]
        if not system.feasible(set(trial)):
            current = trial
    if len(current) > 2 and len(statements) <= 40:
        for i, a in enumerate(statements):
            for b in statements[i + 1 :]:
                if not system.feasible({a, b}):
                    return [a, b]
    return current


def _conflict_text(conflict: list[str]) -> str:
    if len(conflict) == 1:
        return f"{conflict[0]} cannot hold with weights that are non-negative and sum to 1"
    if len(conflict) == 2:
        return f"{conflict[0]} conflicts with {conflict[1]}"
    return f"{', '.join(conflict[:-1])} and {conflict[-1]} conflict"


def _raise_infeasible(node: str, rows: _Rows) -> None:
    A_ub, b_ub, A_eq, b_eq, labels_ub, labels_eq = rows.arrays()
    conflict = conflicting_statements(A_ub, b_ub, A_eq, b_eq, labels_ub=labels_ub, labels_eq=labels_eq)
    if not conflict:  # numerically borderline: keep every statement in the message
        conflict = [s for s in dict.fromkeys([*labels_eq, *labels_ub]) if s != SUM_LABEL]
    text = f"no weights satisfy the statements of node {node!r}: {_conflict_text(conflict)}"
    problem = Problem(
        "infeasible", f"weights.{node}", text, params={"node": node, "conflict": list(conflict)}
    )
    raise InfeasibleError(node, list(conflict), problem)


# ---------------------------------------------------------------------------
# local_set
# ---------------------------------------------------------------------------


def _equal_point(node: Criterion) -> PointWeights:
    return PointWeights({ch.id: 1.0 for ch in node.children})


def local_set(node: Criterion, pref: PreferenceSet | None) -> LocalSet:
    """The feasible set of ``node``'s local weights and its focal weights (spec §1.3).

    Rows per method (columns = children in tree order; ``w ≥ 0``, ``Σ w = 1``):

    * ``point``: ``w_c = p_c / Σ p`` (equalities); focal = that point.
    * ``ranking``: ``w_a = w_b`` within a group, ``w_a ≥ w_b`` between neighbouring
      groups; focal = :func:`tied_surrogate_weights`.
    * ``car``: ``w_i = w_{i+1}`` where the step is 0, ``w_i ≥ w_{i+1}`` otherwise;
      focal = :func:`car_weights`.
    * ``interval``: ``low_c ≤ w_c ≤ high_c``; focal = centroid of the set.
    * ``swing``: ``low_j w_k ≤ high_k w_j`` for every ordered pair (i.e.
      ``low_j/high_k ≤ w_j/w_k ≤ high_j/low_k``); precise swings become equalities
      ``p_k w_j = p_j w_k``; focal ∝ the midpoints.
    * extra statements: ``at_least``: ``w_l − w_r ≥ d``; ``ratio``:
      ``min·w_r ≤ w_l ≤ max·w_r``; ``bound``: ``min ≤ w_c ≤ max``.

    When the method's focal weights violate a row, the centroid of the set is the
    focal point (:func:`polytope.centroid`, exact when the vertices can be
    enumerated, else estimated from samples: ``focal_note`` says so). An explicit
    ``focal`` must lie in the set.

    Parameters
    ----------
    node : an internal node (``Model.root`` for the top).
    pref : its preference set; ``None`` gives equal point weights.

    Raises
    ------
    ModelError
        for bad input (unknown children, NaN or infinite numbers, non-positive
        ratio bounds or swing points, a focal point outside the set, …).
    InfeasibleError
        when no weights satisfy the statements; names a minimal conflicting
        subset of them.
    """
    children = tuple(ch.id for ch in node.children)
    n = len(children)
    if n == 0:
        raise ModelError(Problem("no_children", f"weights.{node.id}", f"node {node.id!r} has no sub-criteria"))
    if pref is None:
        pref = _equal_point(node)
    try:
        _check(node.id, children, pref)
    except ModelError:
        raise
    except (TypeError, ValueError, AttributeError) as exc:  # malformed objects
        raise ModelError(
            Problem("bad_preferences", f"weights.{node.id}", f"node {node.id!r}: malformed preference set ({exc})")
        ) from exc
    rows = _Rows(children)
    groups_idx: tuple[tuple[int, ...], ...] | None = None
    method_focal: FloatArray | None = None
    method_name = pref.method
    desc = ""
    if isinstance(pref, PointWeights):
        p = np.array([float(pref.weights[c]) for c in children])
        p = p / p.sum()
        for c, v in zip(children, p, strict=True):
            rows.eq_({c: 1.0}, float(v), f"point {c} = {_fmt(float(v))}")
        method_focal, desc = p, "point"
    elif isinstance(pref, RankingWeights | CarWeights):
        if isinstance(pref, RankingWeights):
            groups = [list(g) for g in pref.order]
            sizes = [len(g) for g in groups]
            pos = tied_surrogate_weights(sizes, pref.surrogate)
            desc = f"{pref.surrogate.upper()} weights"
            kind = "ranking"
        else:
            groups = [[pref.order[0]]]
            for s, c in zip(pref.steps, pref.order[1:], strict=True):
                if s == 0:
                    groups[-1].append(c)
                else:
                    groups.append([c])
            pos = car_weights(pref.steps)
            desc = "CAR weights"
            kind = "car"
        flat = [c for g in groups for c in g]
        method_focal = np.zeros(n)
        for c, v in zip(flat, pos, strict=True):
            method_focal[children.index(c)] = v
        _weak_order_rows(rows, groups, kind)
        groups_idx = tuple(tuple(children.index(c) for c in g) for g in groups)
    elif isinstance(pref, IntervalWeights):
        for c in children:
            if c in pref.bounds:
                lo, hi = (float(x) for x in pref.bounds[c])
                label = f"interval {c} ∈ [{_fmt(lo)}, {_fmt(hi)}]"
                if lo > 0:
                    rows.le({c: -1.0}, -lo, label)
                if hi < 1:
                    rows.le({c: 1.0}, hi, label)
        desc = "interval"
    else:
        pts = {c: (float(pref.points[c][0]), float(pref.points[c][1])) for c in children}
        precise = [c for c in children if pts[c][0] == pts[c][1]]
        for a, b in itertools.pairwise(precise):
            pa, pb = pts[a][0], pts[b][0]
            rows.eq_({a: pb, b: -pa}, 0.0, f"swing {a}/{b} = {_fmt(pa)}/{_fmt(pb)}")
        for i, a in enumerate(children):
            for b in children[i + 1 :]:
                if a in precise and b in precise:
                    continue
                (la, ha), (lb, hb) = pts[a], pts[b]
                label = f"swing {a}/{b} ∈ [{_fmt(la / hb)}, {_fmt(ha / lb)}]"
                # la/hb ≤ w_a/w_b  ⇔  la w_b − hb w_a ≤ 0 ;  w_a/w_b ≤ ha/lb ⇔ lb w_a − ha w_b ≤ 0
                rows.le({b: la, a: -hb}, 0.0, label)
                rows.le({a: lb, b: -ha}, 0.0, label)
        mid = np.array([(pts[c][0] + pts[c][1]) / 2.0 for c in children])
        method_focal, desc = mid / mid.sum(), "swing midpoint weights"
    n_base_ub, n_base_eq = len(rows.ub), len(rows.eq)
    for st in pref.constraints:
        _statement_rows(rows, st)
    A_ub, b_ub, A_eq, b_eq, lab_ub, lab_eq = rows.arrays()
    always_feasible = not pref.constraints and not isinstance(pref, IntervalWeights)
    if not always_feasible and not polytope.lp_feasible(A_ub, b_ub, A_eq, b_eq):
        _raise_infeasible(node.id, rows)
    provisional = method_focal if method_focal is not None else np.full(n, 1.0 / n)
    swing_points = (
        np.array([pref.points[c] for c in children], dtype=float).reshape(n, 2)
        if isinstance(pref, SwingWeights)
        else None
    )
    structured = groups_idx is not None or swing_points is not None
    ls = LocalSet(
        node=node.id,
        children=children,
        A_ub=A_ub,
        b_ub=b_ub,
        A_eq=A_eq,
        b_eq=b_eq,
        labels_ub=lab_ub,
        labels_eq=lab_eq,
        focal=provisional,
        focal_note=None,
        method=method_name,
        groups=groups_idx,
        n_base_ub=n_base_ub if structured else 0,
        n_base_eq=n_base_eq if structured else 1,
        points=swing_points,
    )
    focal, note = _choose_focal(ls, pref, method_focal, desc)
    final = LocalSet(
        node=ls.node,
        children=ls.children,
        A_ub=A_ub,
        b_ub=b_ub,
        A_eq=A_eq,
        b_eq=b_eq,
        labels_ub=lab_ub,
        labels_eq=lab_eq,
        focal=focal,
        focal_note=note,
        method=method_name,
        groups=ls.groups,
        n_base_ub=ls.n_base_ub,
        n_base_eq=ls.n_base_eq,
        points=swing_points,
    )
    final._cache.update(ls._cache)
    return final


def _choose_focal(
    ls: LocalSet, pref: PreferenceSet, method_focal: FloatArray | None, desc: str
) -> tuple[FloatArray, str | None]:
    if pref.focal is not None:
        f = np.array([float(pref.focal[c]) for c in ls.children])
        f = f / f.sum()
        bad = ls.violated(f, FOCAL_TOL)
        if bad:
            raise ModelError(
                Problem(
                    "focal_outside",
                    f"weights.{ls.node}.focal",
                    f"node {ls.node!r}: the focal weights are outside the feasible set; "
                    f"they violate {', '.join(bad)}",
                    params={"node": ls.node, "violated": bad},
                )
            )
        return _nudge_inside(ls, f), "focal weights given by the user"
    if method_focal is not None:
        bad = ls.violated(method_focal, STATEMENT_TOL)
        if not bad:
            return method_focal, None
        c, est = polytope.centroid(ls)
        note = f"the {desc} violate {', '.join(bad)}; the centroid of the feasible set is used"
        return _nudge_inside(ls, c), note + ("" if est is None else f" ({est})")
    c, est = polytope.centroid(ls)
    return _nudge_inside(ls, c), est


def _nudge_inside(ls: LocalSet, f: FloatArray) -> FloatArray:
    """Move ``f`` toward the set's interior point just enough to satisfy every row."""
    if not ls.violated(f, 1e-12):
        return f
    red = polytope.reduction(ls)
    x0 = red.x0
    # project onto the affine hull first (equalities), then shrink toward x0
    f = np.maximum(f, 0.0)
    f = f / f.sum()
    G, h = polytope.full_inequalities(ls.A_ub, ls.b_ub, ls.n)
    basis = red.basis
    f = x0 + basis @ (basis.T @ (f - x0))
    s0 = h - G @ x0
    rate = G @ (f - x0)
    with np.errstate(divide="ignore", invalid="ignore"):
        th = np.where(rate > 1e-15, s0 / rate, np.inf).min(initial=np.inf)
    th = min(1.0, float(th) * (1 - 1e-12))
    out = np.maximum(x0 + max(th, 0.0) * (f - x0), 0.0)
    return np.asarray(out / out.sum(), dtype=float)


def node_sets(model: Model) -> dict[str, LocalSet]:
    """:func:`local_set` of every internal node, the root included (key ``"root"``).

    Raises the first :class:`InfeasibleError` or :class:`ModelError` met, in
    depth-first order.
    """
    out: dict[str, LocalSet] = {}
    for node in model.internal_nodes():
        out[node.id] = local_set(node, model.weights.get(node.id))
    return out


# ---------------------------------------------------------------------------
# LP helpers
# ---------------------------------------------------------------------------


def vertices(ls: LocalSet, limit: int = 5000) -> FloatArray | None:
    """The vertices of the feasible set as a ``(v, n)`` array, or ``None`` when more than ``limit``.

    Closed forms: a point set is its point; the unit simplex has the unit
    vectors; a weak order (ranking or CAR without further statements) has the m
    vertices ``v_k`` with weight ``1/S_k`` on the members of the first k groups
    (``S_k`` their number) and 0 elsewhere — for a strict ranking
    ``(1/k, …, 1/k, 0, …, 0)``. Otherwise the double-description method of
    :func:`polytope.enumerate_vertices`, started from the closed form of the
    method's set. A contracted set's vertices are ``f + (1 − τ)(v − f)``. The
    result is cached on the set.
    """
    cached = ls._cache.get("vertices")
    if cached is not None:
        used, V = cached
        if V is not None:
            return None if V.shape[0] > limit else np.asarray(V)
        if limit <= used:
            return None
    V = _compute_vertices(ls, limit)
    ls._cache["vertices"] = (limit, V)
    return V


def _compute_vertices(ls: LocalSet, limit: int) -> FloatArray | None:
    n = ls.n
    if ls.origin is not None:
        Vo = vertices(ls.origin, limit)
        if Vo is None:
            return None
        return np.asarray(ls.focal + ls.shrink * (Vo - ls.focal), dtype=float)
    if ls.A_ub.shape[0] == 0 and ls.A_eq.shape[0] == 1:
        return np.eye(n)
    start: tuple[FloatArray, int, int] | None = None
    if ls.points is not None:
        Vs = _swing_vertices(ls, limit)
        if Vs is not None:
            if ls.A_ub.shape[0] == ls.n_base_ub and ls.A_eq.shape[0] == ls.n_base_eq:
                return Vs
            start = (Vs, ls.n_base_ub, ls.n_base_eq)
    if ls.groups is not None:
        Vg = np.zeros((len(ls.groups), n))
        members: list[int] = []
        for k, g in enumerate(ls.groups):
            members.extend(g)
            Vg[k, members] = 1.0 / len(members)
        if ls.A_ub.shape[0] == ls.n_base_ub and ls.A_eq.shape[0] == ls.n_base_eq:
            return Vg if Vg.shape[0] <= limit else None
        start = (Vg, ls.n_base_ub, ls.n_base_eq)
    return polytope.enumerate_vertices(ls.A_ub, ls.b_ub, ls.A_eq, ls.b_eq, limit=limit, start=start)


def _swing_vertices(ls: LocalSet, limit: int) -> FloatArray | None:
    """Vertices of a swing set ``{w : low_j/high_k ≤ w_j/w_k ≤ high_j/low_k, Σ w = 1}``.

    The pairwise conditions say ``max_k w_k/high_k ≤ min_j w_j/low_j``, i.e. there
    is an ``s > 0`` with ``s·low ≤ w ≤ s·high``: the set is the normalised image
    ``{p/Σp : low ≤ p ≤ high}`` of the box of swing points, a projective image
    of the box. Its vertices are among the normalised box corners; a candidate is
    kept when the rows tight at it have rank n (it is then a vertex). ``None``
    when there are more than ``4·limit`` corners.
    """
    assert ls.points is not None
    lo, hi = ls.points[:, 0], ls.points[:, 1]
    free = np.flatnonzero(hi > lo)
    if 2.0 ** free.size > 4 * limit:
        return None
    bits = (np.arange(2**free.size)[:, None] >> np.arange(free.size)) & 1
    P = np.tile(lo, (bits.shape[0], 1))
    P[:, free] = np.where(bits == 1, hi[free], lo[free])
    W = P / P.sum(axis=1, keepdims=True)
    W = np.unique(np.round(W, 12), axis=0)
    A = np.vstack([ls.A_ub[: ls.n_base_ub], -np.eye(ls.n)])
    b = np.concatenate([ls.b_ub[: ls.n_base_ub], np.zeros(ls.n)])
    E = ls.A_eq[: ls.n_base_eq]
    tight = np.abs(W @ A.T - b) <= 1e-9 * max(1.0, float(np.abs(A).max()))
    stacks = np.concatenate([np.broadcast_to(E, (W.shape[0], *E.shape)), A[None] * tight[:, :, None]], axis=1)
    ranks = np.linalg.matrix_rank(stacks, tol=1e-9)
    V = W[ranks == ls.n]
    return V if V.shape[0] <= limit else None


def optimize(ls: LocalSet, c: Any, maximize: bool = False) -> float:
    """Least (or greatest) ``c · w`` over the node's feasible set.

    A linear function attains its optimum at a vertex, so with the vertices
    ``V`` (:func:`vertices`, cached on the set) this is ``min(V @ c)``
    (``max``); when there are too many vertices, one LP (HiGHS).
    """
    cc = np.asarray(c, dtype=float)
    V = vertices(ls)
    if V is not None:
        vals = V @ cc
        return float(vals.max() if maximize else vals.min())
    value = polytope.lp_optimize(cc, ls.A_ub, ls.b_ub, ls.A_eq, ls.b_eq, maximize=maximize)
    if value is None:  # pragma: no cover - local_set guarantees feasibility
        raise ValueError(f"the feasible set of node {ls.node!r} is empty")
    return value


def optimize_many(ls: LocalSet, C: Any, maximize: bool = False) -> FloatArray:
    """:func:`optimize` for every row of ``C`` (shape ``(p, n)``) at once; returns ``(p,)``."""
    CC = np.asarray(C, dtype=float).reshape(-1, ls.n)
    V = vertices(ls)
    if V is not None:
        vals = CC @ V.T
        return np.asarray(vals.max(axis=1) if maximize else vals.min(axis=1), dtype=float)
    return np.array([optimize(ls, row, maximize) for row in CC])


def weight_bounds(ls: LocalSet) -> tuple[FloatArray, FloatArray]:
    """Least and greatest feasible value of each child's local weight.

    Column minima and maxima of the vertices, or 2n LPs when there are too many
    vertices. Cached on the set.
    """
    cached = ls._cache.get("bounds")
    if cached is not None:
        lo0, hi0 = cached
        return lo0.copy(), hi0.copy()
    V = vertices(ls)
    if V is not None and V.shape[0]:
        lo, hi = V.min(axis=0), V.max(axis=0)
    else:
        eye = np.eye(ls.n)
        lo = np.array([optimize(ls, eye[i]) for i in range(ls.n)])
        hi = np.array([optimize(ls, eye[i], maximize=True) for i in range(ls.n)])
    lo, hi = np.clip(lo, 0.0, 1.0), np.clip(hi, 0.0, 1.0)
    ls._cache["bounds"] = (lo, hi)
    return lo.copy(), hi.copy()


def contracted(ls: LocalSet, tau: float) -> LocalSet:
    """The set shrunk homothetically toward its focal weights by the level ``tau``.

    ``x ↦ f + (1 − τ)(x − f)`` (the Delta method's contraction; Danielson,
    Ekenberg & Larsson). The image of ``{A x ≤ b, E x = d, x ≥ 0}`` is
    ``{A x ≤ (1 − τ) b + τ A f, E x = (1 − τ) d + τ E f, x ≥ τ f}``; the last rows
    (the contracted non-negativity, labelled ``contraction …``) are added as
    inequality rows for children with ``f > 0``. τ = 0 gives the set itself and
    τ = 1 the focal point. Samplers and vertices of the result are the images of
    the original's.
    """
    t = float(tau)
    if not 0.0 <= t <= 1.0 or not math.isfinite(t):
        raise ValueError(f"the contraction level must be in [0, 1], not {tau!r}")
    if t == 0.0:
        return ls
    base = ls.origin if ls.origin is not None else ls
    shrink = ls.shrink * (1.0 - t)
    tt = 1.0 - shrink  # the level relative to the original set
    f = ls.focal
    A_ub = base.A_ub
    b_ub = shrink * base.b_ub + tt * (A_ub @ f)
    b_eq = shrink * base.b_eq + tt * (base.A_eq @ f)
    pos = np.flatnonzero(f > 0) if tt > 0 else np.zeros(0, dtype=np.intp)
    extra = -np.eye(ls.n)[pos]
    labels_extra = tuple(f"contraction {ls.children[i]} ≥ {_fmt(tt * float(f[i]))}" for i in pos)
    return LocalSet(
        node=ls.node,
        children=ls.children,
        A_ub=np.vstack([A_ub, extra]),
        b_ub=np.concatenate([b_ub, -tt * f[pos]]),
        A_eq=base.A_eq,
        b_eq=b_eq,
        labels_ub=base.labels_ub + labels_extra,
        labels_eq=base.labels_eq,
        focal=f.copy(),
        focal_note=ls.focal_note,
        method=ls.method,
        groups=None,
        n_base_ub=0,
        n_base_eq=1,
        origin=base,
        shrink=shrink,
    )


# ---------------------------------------------------------------------------
# Global weights
# ---------------------------------------------------------------------------


def _leaf_paths(model: Model) -> list[tuple[str, list[tuple[str, int]]]]:
    """For each leaf (depth-first): the (node, column) pairs from the root down."""
    out: list[tuple[str, list[tuple[str, int]]]] = []

    def walk(node: Criterion, trail: list[tuple[str, int]]) -> None:
        for j, ch in enumerate(node.children):
            step = [*trail, (node.id, j)]
            if ch.is_leaf:
                out.append((ch.id, step))
            else:
                walk(ch, step)

    walk(model.root, [])
    return out


def global_weights(
    model: Model, sets: Mapping[str, LocalSet], local: Mapping[str, Any] | None = None
) -> dict[str, float]:
    """Global leaf weights: the product of local weights along the path from the root.

    ``W_leaf = Π_{(node, child) on the path} w_node[child]`` (spec §1.3), with the
    local weights ``local[node]`` where given, else the node's focal weights.
    Leaves in depth-first tree order.
    """
    out: dict[str, float] = {}
    for leaf, path in _leaf_paths(model):
        w = 1.0
        for node, j in path:
            vec = local[node] if local is not None and node in local else sets[node].focal
            w *= float(np.asarray(vec, dtype=float)[j])
        out[leaf] = w
    return out


def global_weight_samples(
    model: Model, sets: Mapping[str, LocalSet], local: Mapping[str, Any]
) -> FloatArray:
    """Global leaf weights for sampled local weights, vectorised over samples.

    ``local[node]`` is a ``(k, n_node)`` array (or ``(n_node,)`` for fixed
    weights; nodes not given use their focal weights). Returns ``(k, leaves)``
    with leaves in depth-first order; each row is ``Π w_node[child]`` along the
    leaf's path (spec §1.3).
    """
    k = 1
    for arr in local.values():
        a = np.asarray(arr)
        if a.ndim == 2:
            k = max(k, a.shape[0])
    paths = _leaf_paths(model)
    W = np.ones((k, len(paths)))
    for col, (_, path) in enumerate(paths):
        for node, j in path:
            vec = np.asarray(local[node], dtype=float) if node in local else sets[node].focal
            W[:, col] *= vec[..., j] if vec.ndim == 2 else vec[j]
    return W
