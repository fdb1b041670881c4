"""Exact value intervals, pairwise differences, dominance and decision rules (spec §4).

Notation (spec §4): S is the set of all feasible local weights at every node
together with every score inside its interval; ``V(a) = Σ_leaf W_leaf · v_leaf(a)``
with global leaf weights ``W_leaf`` the products of local weights along the path
from the root; ``δ(a, b) = V(a) − V(b)``.

Exact optimisation over the hierarchy
-------------------------------------
We need the least (and greatest) value over S of a linear combination
``Σ_a c_a · V(a)`` (``c = e_a`` gives V(a), ``c = e_a − e_b`` gives δ(a, b);
the portfolio analysis uses sums). Write it as
``Σ_leaf W_leaf · g_leaf`` with ``g_leaf = Σ_a c_a · v_leaf(a)``. Because

* scores of different (alternative, leaf) cells vary independently, the least
  ``g_leaf`` takes each ``v_leaf(a)`` at its low end where ``c_a > 0`` and at
  its high end where ``c_a < 0``, and since every ``W_leaf ≥ 0`` this is optimal
  whatever the weights;
* the feasible local weight sets of different nodes are independent and every
  local weight is non-negative, the minimum of the multilinear form decomposes
  bottom-up, as in hierarchical preference programming (Salo & Hämäläinen 1995,
  "Preference programming through approximate ratio comparisons", EJOR 82;
  Mustajoki, Hämäläinen & Salo 2005, "Decision support by interval SMART/SWING",
  Decision Sciences 36): the least value of a node is
  ``min { Σ_i w_i · m_i : w ∈ S_node }`` where ``m_i`` is the least value of
  child i (its ``g_leaf`` for a leaf).

Each node problem is a linear programme over the node's polytope; its optimum is
attained at a vertex, so with the node's vertices ``U`` (rows) precomputed the
least values for many objectives ``C`` (rows) at once are
``(C @ U.T).min(axis=1)``. Where a node's vertices are not available (too many),
one LP per distinct objective is solved instead (exact too).

Contraction (spec §4, the Delta method of Danielson, Ekenberg & Larsson): at
level τ each node's set is ``f + (1 − τ)(S − f)``. A linear objective over an
affine image satisfies ``min_{S_τ} c·w = c·f + (1 − τ)(min_S c·w − c·f)``, so
the node vertices are reused for every τ. Score intervals shrink toward the
focal score by the factor ``1 − τ`` in score units (numeric scores) or value units
(levels, missing scores); on a linear scale, or a piecewise scale without a
breakpoint inside the interval, this is the same affine shrink in value units.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from ..errors import ModelError, Problem
from ..model import Model, PiecewiseScale, Scale
from ..preferences import LocalSet, node_sets, optimize, vertices, weight_bounds
from ..progress import CancelToken, check
from ..scales import FloatArray, numeric_value_interval, score_values
from ..validation import ensure_valid

IntArray = npt.NDArray[np.intp]
BoolArray = npt.NDArray[np.bool_]

TOLERANCE = 1e-9
"""Tolerance of dominance and of ties between alternatives (spec §4)."""

VERTEX_LIMIT = 5000
"""Nodes with more vertices than this are optimised by LP instead."""

_BLOCK = 1 << 22  # elements per (objectives × vertices) block

__all__ = [
    "TOLERANCE",
    "Differences",
    "Evaluation",
    "FlatProgram",
    "ValueIntervals",
    "contracted_scores",
    "decision_rules",
    "differences",
    "dominance",
    "flat_program",
    "global_weight_bounds",
    "max_regret",
    "prepare",
    "value_intervals",
    "value_range",
    "value_ranges",
]


@dataclass(frozen=True, eq=False)
class Evaluation:
    """A model prepared for analysis: arrays and node sets, validated once.

    Attributes
    ----------
    alternatives
        Alternative ids, in model order (m of them).
    leaves
        Leaf criterion ids, depth-first in tree order (L of them).
    nodes
        Internal node ids, depth-first in tree order, ``"root"`` first (N of
        them). A child node always comes after its parent.
    sets
        The local feasible weight set of every internal node.
    children
        Per node, the references of its children in order: ``r < L`` is leaf
        ``r``; ``r ≥ L`` is node ``r − L``.
    leaf_parent, leaf_position
        Per leaf, its parent's node index and its position among the parent's
        children.
    node_parent, node_position
        The same per node (``-1`` for the root).
    node_vertices
        Per node, the vertices of its set (rows), or ``None`` where there are
        more than :data:`VERTEX_LIMIT` (then LPs are used).
    lo, hi, focal
        ``(m, L)`` value intervals ``[lo, hi]`` and focal values of the scores.
    numeric
        ``(m, L)`` True where the score is numeric (contracted and sampled in
        score units); False for level scores and missing scores (value units).
    x_lo, x_hi
        ``(m, L)`` the score intervals in score units (NaN where not numeric).
    curved
        ``(m, L)`` True where contraction is not affine in value units (a numeric
        interval on a piecewise scale with a breakpoint strictly inside).
    scales
        The effective scale of each leaf.
    focal_weights
        ``(L,)`` global leaf weights at the focal point (products of local
        focal weights along each path).
    focal_values
        ``(m,)`` V at the focal weights and focal scores.
    warnings
        Readable warnings: missing scores, focal weights that are estimates.
    """

    alternatives: tuple[str, ...]
    leaves: tuple[str, ...]
    nodes: tuple[str, ...]
    sets: Mapping[str, LocalSet]
    children: tuple[IntArray, ...]
    leaf_parent: IntArray
    leaf_position: IntArray
    node_parent: IntArray
    node_position: IntArray
    node_vertices: tuple[FloatArray | None, ...]
    lo: FloatArray
    hi: FloatArray
    focal: FloatArray
    numeric: BoolArray
    x_lo: FloatArray
    x_hi: FloatArray
    curved: BoolArray
    scales: tuple[Scale, ...]
    focal_weights: FloatArray
    focal_values: FloatArray
    warnings: tuple[str, ...] = field(default=())

    @property
    def m(self) -> int:
        """Number of alternatives."""
        return len(self.alternatives)

    @property
    def flat(self) -> bool:
        """True when the tree has one level (every child of the root is a leaf)."""
        return len(self.nodes) <= 1

    @property
    def precise(self) -> BoolArray:
        """``(m, L)`` True where a score's value interval is a single point."""
        return np.asarray(self.lo == self.hi)

    def local_focal(self, k: int) -> FloatArray:
        """Focal local weights of node ``k``."""
        return np.asarray(self.sets[self.nodes[k]].focal, dtype=np.float64)


def _global_from_local(
    ev_children: Sequence[IntArray], n_leaves: int, local: Sequence[FloatArray]
) -> FloatArray:
    """Global leaf weights from local weights (``local[k]`` of node k): products along paths."""
    out = np.zeros(n_leaves, dtype=np.float64)
    if not ev_children:
        return out
    node_weight = np.ones(len(ev_children), dtype=np.float64)
    for k, refs in enumerate(ev_children):  # parents before children
        for j, r in enumerate(refs):
            g = node_weight[k] * float(local[k][j])
            if r < n_leaves:
                out[r] = g
            else:
                node_weight[r - n_leaves] = g
    return out


def prepare(model: Model, *, check_model: bool = True) -> Evaluation:
    """Validate a model once and turn it into the arrays every analysis uses.

    Parameters
    ----------
    model
        The decision model.
    check_model
        Run :func:`~diva_desktop.core.validation.ensure_valid` first (skip only
        for a model that is known to be valid).

    Returns
    -------
    Evaluation
        Alternatives, leaves (depth-first), node sets with their vertices, the
        tree as index arrays, the ``(m, L)`` value intervals and focal values
        (spec §1.2), the global focal weights (spec §1.3: products of the local
        focal weights along the path) and warnings.

    Raises
    ------
    ModelError
        If the model is invalid.
    InfeasibleError
        If a node's preference statements admit no weights.
    """
    if check_model:
        ensure_valid(model)
    alternatives = tuple(a.id for a in model.alternatives)
    leaf_nodes = model.leaves()
    leaves = tuple(c.id for c in leaf_nodes)
    L = len(leaves)
    internal = model.internal_nodes() if L else []
    nodes = tuple(n.id for n in internal)
    leaf_index = {c: i for i, c in enumerate(leaves)}
    node_index = {n: k for k, n in enumerate(nodes)}

    children: list[IntArray] = []
    leaf_parent = np.full(L, -1, dtype=np.intp)
    leaf_position = np.full(L, -1, dtype=np.intp)
    node_parent = np.full(len(nodes), -1, dtype=np.intp)
    node_position = np.full(len(nodes), -1, dtype=np.intp)
    for k, node in enumerate(internal):
        refs = []
        for j, ch in enumerate(node.children):
            if ch.is_leaf:
                i = leaf_index[ch.id]
                refs.append(i)
                leaf_parent[i], leaf_position[i] = k, j
            else:
                q = node_index[ch.id]
                refs.append(L + q)
                node_parent[q], node_position[q] = k, j
        children.append(np.asarray(refs, dtype=np.intp))

    warnings: list[str] = []
    sets: dict[str, LocalSet] = dict(node_sets(model)) if nodes else {}
    verts: list[FloatArray | None] = []
    for n in nodes:
        ls = sets[n]
        if ls.focal_note:
            warnings.append(f"weights.{n}: {ls.focal_note}")
        u = vertices(ls, limit=VERTEX_LIMIT)
        verts.append(None if u is None else np.array(u, dtype=np.float64, order="C"))  # own copy

    m = len(alternatives)
    shape = (m, L)
    lo, hi, foc = np.zeros(shape), np.zeros(shape), np.zeros(shape)
    x_lo, x_hi = np.full(shape, np.nan), np.full(shape, np.nan)
    numeric = np.zeros(shape, dtype=bool)
    curved = np.zeros(shape, dtype=bool)
    scales = tuple(c.effective_scale for c in leaf_nodes)
    problems: list[Problem] = []
    for a, alt in enumerate(alternatives):
        for i, leaf in enumerate(leaves):
            loc = f"scores.{alt}.{leaf}"
            score = model.score(alt, leaf)
            try:
                sv = score_values(scales[i], score, loc)
            except ModelError as exc:
                problems.extend(exc.problems)
                continue
            if sv.missing:
                warnings.append(f"{loc}: missing score; treated as the whole scale (value 0–1, focal 0.5)")
            lo[a, i], hi[a, i], foc[a, i] = sv.low, sv.high, sv.focal
            if sv.numeric:
                numeric[a, i] = True
                x_lo[a, i], x_hi[a, i] = sv.x_low, sv.x_high
                scale = scales[i]
                if isinstance(scale, PiecewiseScale) and sv.x_low < sv.x_high:
                    inner = [x for x, _ in scale.points[1:-1]]
                    curved[a, i] = any(sv.x_low < x < sv.x_high for x in inner)
    if problems:
        raise ModelError(problems)

    local_focal = [np.asarray(sets[n].focal, dtype=np.float64) for n in nodes]
    focal_weights = _global_from_local(children, L, local_focal)
    focal_values = foc @ focal_weights if L else np.zeros(m)
    for arr in (lo, hi, foc, x_lo, x_hi, numeric, curved, focal_weights, focal_values, *children, *verts):
        if arr is not None:
            arr.flags.writeable = False  # shared with worker threads: immutable
    return Evaluation(
        alternatives=alternatives,
        leaves=leaves,
        nodes=nodes,
        sets=sets,
        children=tuple(children),
        leaf_parent=leaf_parent,
        leaf_position=leaf_position,
        node_parent=node_parent,
        node_position=node_position,
        node_vertices=tuple(verts),
        lo=lo,
        hi=hi,
        focal=foc,
        numeric=numeric,
        x_lo=x_lo,
        x_hi=x_hi,
        curved=curved,
        scales=scales,
        focal_weights=focal_weights,
        focal_values=focal_values,
        warnings=tuple(warnings),
    )


# ---------------------------------------------------------------------------
# Contraction of scores
# ---------------------------------------------------------------------------


def _contract_rows(
    ev: Evaluation, rows: IntArray | None, shrink: FloatArray | float
) -> tuple[FloatArray, FloatArray]:
    """Value intervals of the scores of alternatives ``rows`` shrunk by ``shrink = 1 − τ``.

    ``shrink`` is a scalar or one factor per row. Affine cells: ``f + s(lo − f)``,
    ``f + s(hi − f)``; curved cells: the value interval of ``mid ± s·half`` in
    score units.
    """
    sel = slice(None) if rows is None else rows
    lo, hi, f = ev.lo[sel], ev.hi[sel], ev.focal[sel]
    s = np.asarray(shrink, dtype=np.float64)
    s_col = s[:, None] if s.ndim else s
    lo_s = f + s_col * (lo - f)
    hi_s = f + s_col * (hi - f)
    curved = ev.curved[sel]
    if curved.any():
        for i in np.flatnonzero(curved.any(axis=0)):
            mask = curved[:, i]
            scale = ev.scales[i]
            assert isinstance(scale, PiecewiseScale)
            xl, xh = ev.x_lo[sel][mask, i], ev.x_hi[sel][mask, i]
            ss = s[mask] if s.ndim else s
            mid, half = 0.5 * (xl + xh), 0.5 * (xh - xl) * ss
            vmin, vmax = numeric_value_interval(scale, mid - half, mid + half)
            lo_s[mask, i], hi_s[mask, i] = vmin, vmax
    return lo_s, hi_s


def contracted_scores(ev: Evaluation, tau: float) -> tuple[FloatArray, FloatArray]:
    """``(m, L)`` value intervals of every score contracted to level ``tau``.

    Numeric intervals shrink by ``1 − τ`` around their midpoint in score units,
    level intervals and missing scores around their focal value in value units
    (spec §1.2 and §4); the value interval of the shrunk score interval follows
    from the scale (:func:`~diva_desktop.core.scales.numeric_value_interval`).
    """
    if tau <= 0.0:
        return ev.lo, ev.hi
    return _contract_rows(ev, None, 1.0 - min(tau, 1.0))


# ---------------------------------------------------------------------------
# The bottom-up optimiser
# ---------------------------------------------------------------------------


def _min_over_vertices(C: FloatArray, U: FloatArray) -> FloatArray:
    rows = C.shape[0]
    step = max(1, _BLOCK // max(1, U.shape[0]))
    if rows <= step:
        return np.asarray((C @ U.T).min(axis=1))
    out = np.empty(rows)
    for i in range(0, rows, step):
        out[i : i + step] = (C[i : i + step] @ U.T).min(axis=1)
    return out


def _min_by_lp(ls: LocalSet, C: FloatArray, cancel: CancelToken | None) -> FloatArray:
    uniq, inverse = np.unique(C, axis=0, return_inverse=True)
    res = np.empty(uniq.shape[0])
    for i, c in enumerate(uniq):
        if i % 32 == 0:
            check(cancel)
        res[i] = optimize(ls, c, maximize=False)
    return np.asarray(res[np.asarray(inverse).reshape(-1)])


def _node_minimum(ev: Evaluation, k: int, C: FloatArray, cancel: CancelToken | None) -> FloatArray:
    """Least ``c·w`` over node k's set for every row c of C: over its vertices, else by LP."""
    U = ev.node_vertices[k]
    if U is None:
        return _min_by_lp(ev.sets[ev.nodes[k]], C, cancel)
    return _min_over_vertices(C, U)


def _minimize(
    ev: Evaluation,
    leaf_c: FloatArray,
    shrink: FloatArray | float | None = None,
    cancel: CancelToken | None = None,
) -> FloatArray:
    """Least ``Σ_leaf W_leaf · leaf_c[p, leaf]`` over the (contracted) weight sets, per row p.

    ``shrink`` (scalar or one per row) contracts every node set toward its focal
    weights: ``min_{S_τ} c·w = c·f + s(min_S c·w − c·f)`` with ``s = 1 − τ``.
    """
    P = leaf_c.shape[0]
    L = len(ev.leaves)
    N = len(ev.nodes)
    if N == 0:
        return np.zeros(P)
    s: FloatArray | None = None if shrink is None else np.asarray(shrink, dtype=np.float64)
    node_val: list[FloatArray | None] = [None] * N
    for k in range(N - 1, -1, -1):  # children come after their parents
        refs = ev.children[k]
        is_leaf = refs < L
        C = np.empty((P, refs.size))
        C[:, is_leaf] = leaf_c[:, refs[is_leaf]]
        for j in np.flatnonzero(~is_leaf):
            q = int(refs[j]) - L
            val = node_val[q]
            assert val is not None
            C[:, j] = val
            node_val[q] = None
        best = _node_minimum(ev, k, C, cancel)
        if s is not None:
            cf = C @ ev.local_focal(k)
            best = cf + s * (best - cf)
        node_val[k] = best
    root = node_val[0]
    assert root is not None
    return root


def value_ranges(
    ev: Evaluation,
    coefficients: npt.ArrayLike,
    tau: float = 0.0,
    *,
    cancel: CancelToken | None = None,
) -> tuple[FloatArray, FloatArray]:
    """Least and greatest ``Σ_a c_a · V(a)`` over S (contracted to ``tau``), for many c at once.

    Parameters
    ----------
    ev
        The prepared model.
    coefficients
        ``(P, m)`` (or ``(m,)``) coefficient rows c, one per objective.
    tau
        Contraction level in [0, 1] (spec §4): node sets shrink homothetically
        toward their focal weights, score intervals toward their focal scores,
        both by the factor ``1 − τ``.

    Returns
    -------
    (low, high)
        ``(P,)`` arrays of exact optima (P = 1 for a 1-D ``coefficients``).
        Leaf terms ``g = Σ_a c⁺_a lo_a + c⁻_a hi_a`` (least) and
        ``Σ_a c⁺_a hi_a + c⁻_a lo_a`` (greatest), then the bottom-up node
        optimisation described in the module docstring.
    """
    c2 = np.atleast_2d(np.asarray(coefficients, dtype=np.float64))
    tau = float(np.clip(tau, 0.0, 1.0))
    lo, hi = contracted_scores(ev, tau)
    pos, neg = np.maximum(c2, 0.0), np.minimum(c2, 0.0)
    g_min = pos @ lo + neg @ hi
    g_max = pos @ hi + neg @ lo
    shrink = None if tau == 0.0 else 1.0 - tau
    both = _minimize(ev, np.vstack([g_min, -g_max]), shrink, cancel)
    return both[: c2.shape[0]], 0.0 - both[c2.shape[0] :]  # 0 − x: no −0.0


def value_range(ev: Evaluation, coefficients: npt.ArrayLike, tau: float = 0.0) -> tuple[float, float]:
    """Least and greatest ``Σ_a coefficients[a] · V(a)`` over S contracted to ``tau``.

    The general exact optimiser (see :func:`value_ranges`): ``coefficients``
    has one entry per alternative, e.g. ``e_a − e_b`` for δ(a, b), or a
    portfolio's indicator vector minus its size times the do-nothing's.
    """
    low, high = value_ranges(ev, np.asarray(coefficients, dtype=np.float64).reshape(1, -1), tau)
    return float(low[0]), float(high[0])


# ---------------------------------------------------------------------------
# Values, differences, dominance, rules
# ---------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class ValueIntervals:
    """``(m,)`` least, greatest and focal V(a) (spec §4 ``values``)."""

    min: FloatArray
    max: FloatArray
    focal: FloatArray


def value_intervals(ev: Evaluation) -> ValueIntervals:
    """Least and greatest V(a) over S, and V at the focal point, for every alternative.

    ``min V(a)`` is the bottom-up optimum with leaf terms ``lo_a``;
    ``max V(a) = −min(−V(a))`` with leaf terms ``−hi_a``.
    """
    m = ev.m
    both = _minimize(ev, np.vstack([ev.lo, -ev.hi]))
    return ValueIntervals(min=both[:m], max=0.0 - both[m:], focal=ev.focal_values.copy())


@dataclass(frozen=True, eq=False)
class Differences:
    """``(m, m)`` least, greatest and focal ``δ(a, b) = V(a) − V(b)``; row a, column b.

    The diagonal is 0 (an alternative minus itself).
    """

    min: FloatArray
    max: FloatArray
    focal: FloatArray


def differences(ev: Evaluation, *, cancel: CancelToken | None = None) -> Differences:
    """Exact least and greatest δ(a, b) over S for every ordered pair.

    The leaf terms of ``min δ(a, b)`` are ``lo_a − hi_b`` (the two alternatives'
    scores are independent cells); all ``m²`` objectives are stacked and
    optimised together, node by node, over the node vertices. The greatest
    difference follows from ``max δ(a, b) = −min δ(b, a)``.
    """
    m, L = ev.m, len(ev.leaves)
    leaf = (ev.lo[:, None, :] - ev.hi[None, :, :]).reshape(m * m, L)
    mn = _minimize(ev, leaf, None, cancel).reshape(m, m)
    np.fill_diagonal(mn, 0.0)
    fv = ev.focal_values
    return Differences(min=mn, max=0.0 - mn.T, focal=fv[:, None] - fv[None, :])


def dominance(diff: Differences, tol: float = TOLERANCE) -> list[tuple[int, int]]:
    """Pairs (a, b), a ≠ b, with ``δ(a, b) ≥ 0`` on all of S and ``> 0`` somewhere.

    With tolerance ``tol``: ``min δ ≥ −tol`` and ``max δ > tol`` (spec §4).
    """
    m = diff.min.shape[0]
    ok = (diff.min >= -tol) & (diff.max > tol)
    np.fill_diagonal(ok, False)
    return [(int(a), int(b)) for a, b in zip(*np.nonzero(ok), strict=True)] if m else []


def max_regret(diff: Differences) -> FloatArray:
    """``max_regret[a] = max_{b ≠ a} max δ(b, a)`` (0 when there is one alternative)."""
    m = diff.max.shape[0]
    if m <= 1:
        return np.zeros(m)
    reg = diff.max.T.copy()  # reg[a, b] = max δ(b, a)
    np.fill_diagonal(reg, -np.inf)
    return np.asarray(reg.max(axis=1))


def _best(x: FloatArray, tol: float, *, least: bool = False) -> list[int]:
    if x.size == 0:
        return []
    if least:
        return [int(i) for i in np.flatnonzero(x <= x.min() + tol)]
    return [int(i) for i in np.flatnonzero(x >= x.max() - tol)]


def decision_rules(
    values: ValueIntervals, regret: FloatArray, tol: float = TOLERANCE
) -> dict[str, list[int]]:
    """The five decision rules of spec §4, as lists of alternative indices (ties included).

    maximax: greatest max V; maximin: greatest min V; central_values: greatest
    ``(min V + max V)/2``; minimax_regret: least maximum regret; focal: greatest
    focal V. Every alternative within ``tol`` of the best is listed.
    """
    return {
        "maximax": _best(values.max, tol),
        "maximin": _best(values.min, tol),
        "central_values": _best(0.5 * (values.min + values.max), tol),
        "minimax_regret": _best(regret, tol, least=True),
        "focal": _best(values.focal, tol),
    }


@dataclass(frozen=True, eq=False)
class FlatProgram:
    """The hierarchy's feasible global weights as one polytope (for LP/MILP users).

    Variables ``x`` are the global weights of every tree item except the root:
    the L leaves first (columns ``0..L−1``), then internal node q ≥ 1 at column
    ``L + q − 1``. ``A_ub x ≤ b_ub``, ``A_eq x = b_eq``, ``x ≥ 0``.
    """

    A_ub: FloatArray
    b_ub: FloatArray
    A_eq: FloatArray
    b_eq: FloatArray
    n_leaves: int


def flat_program(ev: Evaluation) -> FlatProgram:
    """Linear description of the set of global weight vectors of the value tree.

    With ``W_c = W_node · w_c`` for each child c, a node's local constraints
    ``A w ≤ b``, ``E w = d`` become the homogeneous ``A W_ch − b W_node ≤ 0``,
    ``E W_ch − d W_node = 0`` (``W_root = 1``). Since every local set is bounded
    (``Σ w = 1``, ``w ≥ 0``), ``W_node = 0`` forces its children to 0, so the
    feasible global weights are exactly this polytope and any linear objective
    in the leaf weights is optimised by one LP (the "flattened" problem used as
    the baseline and the independent check of the bottom-up optimiser).
    """
    L, N = len(ev.leaves), len(ev.nodes)
    n = L + max(N - 1, 0)
    ub_rows: list[FloatArray] = []
    ub_rhs: list[float] = []
    eq_rows: list[FloatArray] = []
    eq_rhs: list[float] = []

    def column(r: int) -> int:
        return r if r < L else L + (r - L) - 1

    for k, node in enumerate(ev.nodes):
        ls = ev.sets[node]
        cols = [column(int(r)) for r in ev.children[k]]
        for A, b, rows, rhs in ((ls.A_ub, ls.b_ub, ub_rows, ub_rhs), (ls.A_eq, ls.b_eq, eq_rows, eq_rhs)):
            for i in range(np.asarray(A).shape[0]):
                row = np.zeros(n)
                row[cols] = A[i]
                if k == 0:
                    rhs.append(float(b[i]))
                else:
                    row[L + k - 1] -= float(b[i])
                    rhs.append(0.0)
                rows.append(row)
    return FlatProgram(
        A_ub=np.array(ub_rows).reshape(-1, n),
        b_ub=np.array(ub_rhs),
        A_eq=np.array(eq_rows).reshape(-1, n),
        b_eq=np.array(eq_rhs),
        n_leaves=L,
    )


def global_weight_bounds(ev: Evaluation) -> tuple[FloatArray, FloatArray]:
    """``(L,)`` least and greatest feasible global leaf weights.

    Nodes are independent and local weights non-negative, so the least (greatest)
    global weight is the product of the least (greatest) local weights along the
    path from the root.
    """
    L = len(ev.leaves)
    if not ev.nodes:
        return np.zeros(L), np.zeros(L)
    los, his = [], []
    for n in ev.nodes:
        lo, hi = weight_bounds(ev.sets[n])
        los.append(np.asarray(lo, dtype=np.float64))
        his.append(np.asarray(hi, dtype=np.float64))
    return _global_from_local(ev.children, L, los), _global_from_local(ev.children, L, his)
