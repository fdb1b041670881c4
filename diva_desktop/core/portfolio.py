"""Project portfolios: feasibility, the focal optimum, the frontier and RPM (spec §1.5, §6).

Notation (spec §4, §1.5): S is the set of all feasible local weights at every
node together with every score inside its interval; ``V(a) = Σ_leaf W_leaf ·
v_leaf(a)``. The *projects* are the alternatives other than the do-nothing
alternative d. A portfolio p is a set of projects; its value is

    V(p) = Σ_{a ∈ p} (V(a) − V(d))      (V(d) ≡ 0 when the model has no d).

A portfolio is *feasible* when it meets the budget and every resource limit
(``Σ_{a∈p} cost_a ≤ budget``, ``Σ_{a∈p} r_a ≤ limit_r``), contains every
mandatory and no excluded project, contains b whenever it contains a for each
``requires`` pair [a, b], and at most one project of each ``exclusive`` group.

Focal optimum
    ``max Σ_a x_a (V_f(a) − V_f(d))`` over the feasible 0-1 vectors x, a
    mixed-integer programme solved by HiGHS (through its bindings, highspy),
    ``x_a − x_b ≤ 0`` for requires, ``Σ_{a∈G} x_a ≤ 1`` for exclusive groups
    (relative gap 0). Projects that add no focal value are then left out where
    the constraints allow; :func:`portfolio_analysis` reports the cheapest
    optimal portfolio (the frontier's most valuable point, which the MILP's
    value confirms).

Frontier (spec §6)
    The feasible portfolios that no feasible portfolio beats with a focal value
    at least as high for a cost no higher (strictly better in one). Computed
    exactly by dynamic programming over the projects (Nemhauser & Ullmann 1969,
    "Discrete dynamic programming and capital allocation"): after each project
    the partial portfolios that another partial beats in (cost, value) with no
    more of any other resource and no tighter logical obligations are dropped;
    this is valid because any completion of the beaten one is beaten by the same
    completion of the other. Bounds on what a completion can add drop more
    (:func:`efficient_frontier`).

Robust Portfolio Modeling (Liesiö, Mild & Salo 2007, "Preference programming for
robust portfolio modeling and project selection", EJOR 181: incomplete weight
information and interval scores; project interdependencies as linear
constraints: Liesiö, Mild & Salo 2008, "Robust portfolio modeling with
incomplete cost information and project interdependencies", EJOR 190)
    p dominates q when ``min_S (V(p) − V(q)) ≥ 0`` and ``max_S > 0`` (tolerance
    1e-9). ``V(p) − V(q) = Σ_a (1[a∈p] − 1[a∈q]) V(a) − (|p| − |q|) V(d)`` is a
    linear combination of the alternatives' values, so its extremes over S are
    exact: per leaf the scores take the interval end that the sign of their
    coefficient asks for (projects in both portfolios cancel; the do-nothing
    term cancels only when ``|p| = |q|``), then the weights are optimised
    bottom-up over the node sets (:func:`~.analysis.values.value_ranges`).
    When the product of the nodes' vertex counts is small, the global weights'
    extreme points ``E`` (one vertex per node, multiplied along the paths) are
    enumerated once; a multilinear function attains its minimum over a product
    of polytopes at a product of vertices, so ``min_S`` is the least of a few
    dot products (vertex-based exact checks).

    All non-dominated portfolios are found without enumerating the 2^n subsets,
    by the dynamic programme of Liesiö et al. (2007) strengthened with
    branch-and-bound style completion bounds: projects are decided one by one
    and a set of partial portfolios is kept. A partial p is dropped when

    * another partial q uses no more of any limited resource, leaves no fewer
      completions open (logical constraints, below) and dominates p — then
      ``q ∪ r`` is feasible and dominates ``p ∪ r`` for every completion r
      (values are additive, so ``V(q ∪ r) − V(p ∪ r) = V(q) − V(p)``); or
    * a known feasible portfolio z dominates every completion of p: with the
      least value of ``V(z) − V(p)`` and an upper bound of what the remaining
      projects can add (per extreme point or per leaf, a fractional knapsack
      on each resource) ``min_S (V(z) − V(p ∪ r)) ≥ 0`` and the focal-score
      value at one extreme point shows ``> 0`` for every r. Incumbents z come
      from MILPs at the focal point and at a few extreme points, greedy
      portfolios at every extreme point and, with precise scores and more than
      :data:`RPM_BEAM_FROM` projects, a quick first pass of the same programme
      that keeps only the partial portfolios best at some extreme point (a
      beam): its results are near-non-dominated, so the exact pass prunes hard.

    Cheap necessary conditions (values at probe points of S, resource use)
    screen pairs before the exact checks. Logical constraints enter the
    comparison as 0/1 "obligation" coordinates that must be no larger in q:
    for [a, b] with a decided and b open, "a chosen" (b still owed); with b
    decided and a open, "b not chosen" (a barred); for an exclusive group with
    decided and open members, "a decided member chosen".

Core index (Liesiö et al. 2007): the share of non-dominated portfolios that
contain a project; 1 is ``core``, 0 ``exterior``, else ``borderline``.
"""

from __future__ import annotations

import ctypes
import os
import sys
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import highspy
import numpy as np
import numpy.typing as npt
from scipy import sparse
from scipy.optimize import linprog

from .analysis.values import Evaluation, prepare, value_ranges
from .errors import ModelError, Problem
from .model import Model, PortfolioConstraints
from .preferences import optimize_many
from .progress import CancelToken, Progress, check, stage, throttled
from .validation import ensure_valid

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]
BoolArray = npt.NDArray[np.bool_]

FORMAT_NAME = "diva-portfolio"
COMPARISON_FORMAT_NAME = "diva-portfolio-comparison"
FORMAT_VERSION = 1

TOLERANCE = 1e-9
"""Tolerance of dominance and of value ties (spec §4, §6)."""

DEFAULT_LIMIT = 10_000
"""Default cap on the number of portfolios kept and listed."""

POINT_LIMIT = 512
"""Enumerate the global weights' extreme points when there are at most this many."""

INCUMBENT_POINTS = 8
"""At most this many extreme (or probe) points get a MILP incumbent (all get a greedy one)."""

RPM_BEAM = 300
"""Partial portfolios kept per step in the RPM's heuristic first pass."""

RPM_BEAM_FROM = 20
"""The RPM's first pass runs for more free projects than this."""

FRONTIER_WORK_LIMIT = 50_000
"""Partial portfolios the frontier programme may keep (each is small), whatever the listing limit."""

BEAM = 400
"""Partial portfolios kept per step in the frontier's heuristic first pass."""

PROBE_POINTS = 64
"""Probe points of the weight set used for cheap necessary conditions (leaf space)."""

_BLOCK_ELEMENTS = 1 << 22

__all__ = [
    "COMPARE_SETTING",
    "COMPARISON_FORMAT_NAME",
    "DEFAULT_LIMIT",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "TOLERANCE",
    "Portfolio",
    "PortfolioProblem",
    "compare_portfolios",
    "efficient_frontier",
    "feasibility_violations",
    "focal_optimum",
    "non_dominated",
    "portfolio_analysis",
    "portfolio_problem",
    "portfolio_reference_problems",
    "saved_portfolios",
]


# ---------------------------------------------------------------------------
# The problem
# ---------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class PortfolioProblem:
    """A model's portfolio problem in arrays, with mandatory and excluded projects resolved.

    Attributes
    ----------
    ev
        The prepared model (:func:`~.analysis.values.prepare`).
    projects
        Ids of the *free* projects: not the do-nothing alternative, not forced
        in (mandatory, or required by one) and not forced out (excluded, or
        barred by them), in model order. ``n`` of them.
    rows
        ``(n,)`` their rows in ``ev``.
    fixed
        Ids of the projects in every feasible portfolio (the mandatory ones and
        what they require), model order; ``fixed_rows`` their rows.
    out
        Ids of the projects in no feasible portfolio (excluded ones, those that
        require an excluded one, exclusive partners of a fixed one).
    do_nothing
        Row of the do-nothing alternative in ``ev``, or ``-1``.
    cost
        ``(n,)`` the free projects' costs.
    limit_names, use, limits
        The limited resources (``"budget"`` first when there is a budget,
        ``has_budget``):
        ``use`` is ``(n, R)``, ``limits`` ``(R,)`` what is left after the fixed
        projects.
    requires
        ``(a, b)`` index pairs among the free projects: a only with b.
    exclusive
        Index groups among the free projects: at most one of each.
    value
        ``(n,)`` focal values ``V_f(a) − V_f(d)`` of the free projects.
    fixed_cost, fixed_value
        Cost and focal value of the fixed part.
    warnings
        Readable warnings of the model (validation and evaluation).
    """

    ev: Evaluation
    projects: tuple[str, ...]
    rows: IntArray
    fixed: tuple[str, ...]
    fixed_rows: IntArray
    out: tuple[str, ...]
    do_nothing: int
    cost: FloatArray
    limit_names: tuple[str, ...]
    use: FloatArray
    limits: FloatArray
    requires: tuple[tuple[int, int], ...]
    exclusive: tuple[tuple[int, ...], ...]
    value: FloatArray
    fixed_cost: float
    fixed_value: float
    fixed_use: FloatArray
    has_budget: bool
    all_projects: tuple[str, ...]
    all_cost: Mapping[str, float]
    warnings: tuple[str, ...] = field(default=())

    @property
    def n(self) -> int:
        """Number of free projects."""
        return len(self.projects)

    def members(self, mask: BoolArray) -> tuple[str, ...]:
        """Project ids of a portfolio (fixed part included), in model order."""
        chosen = set(self.fixed) | {self.projects[i] for i in np.flatnonzero(mask)}
        return tuple(a for a in self.all_projects if a in chosen)

    def coefficients(self, masks: BoolArray) -> FloatArray:
        """``(P, m)`` coefficient rows of ``V(p)`` (fixed part included) for portfolios ``masks``."""
        masks2 = np.atleast_2d(masks)
        C = np.zeros((masks2.shape[0], self.ev.m))
        C[:, self.rows] = masks2
        if self.fixed_rows.size:
            C[:, self.fixed_rows] = 1.0
        if self.do_nothing >= 0:
            C[:, self.do_nothing] -= C.sum(axis=1)
        return C


@dataclass(frozen=True)
class Portfolio:
    """One portfolio: its projects (model order), cost and values.

    ``value`` is the focal value; ``value_min``/``value_max`` the least and
    greatest value over S (``None`` where not computed).
    """

    alternatives: tuple[str, ...]
    cost: float
    value: float
    value_min: float | None = None
    value_max: float | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"alternatives": list(self.alternatives), "cost": _num(self.cost)}
        if self.value_min is not None and self.value_max is not None:
            out["value_min"] = self.value_min
            out["value_max"] = self.value_max
        out["value"] = self.value
        return out


def _num(x: float) -> float | int:
    """An integral float as int (costs in JSON), else the float."""
    return int(x) if float(x).is_integer() and abs(x) < 2**53 else float(x)


class _Forced:
    """Forced-in and forced-out projects with the reason for each (for error messages)."""

    def __init__(self) -> None:
        self.inside: dict[str, str] = {}
        self.outside: dict[str, str] = {}

    def put_in(self, a: str, why: str) -> bool:
        if a in self.inside:
            return False
        self.inside[a] = why
        return True

    def put_out(self, a: str, why: str) -> bool:
        if a in self.outside:
            return False
        self.outside[a] = why
        return True


def _resolve_forced(pc: PortfolioConstraints, projects: Sequence[str]) -> tuple[_Forced, list[Problem]]:
    """Close mandatory/excluded under requires and exclusive; report conflicts.

    Forward: a fixed and [a, b] → b fixed; a fixed in an exclusive group → the
    others out. Backward: b out and [a, b] → a out. Repeated to a fixed point.
    """
    known = set(projects)
    f = _Forced()
    for a in pc.mandatory:
        if a in known:
            f.put_in(a, "mandatory")
    for a in pc.excluded:
        if a in known:
            f.put_out(a, "excluded")
    changed = True
    while changed:
        changed = False
        for a, b in pc.requires:
            if a not in known or b not in known or a == b:
                continue
            if a in f.inside and f.put_in(b, f"required by {a!r} ({f.inside[a]})"):
                changed = True
            if b in f.outside and f.put_out(a, f"requires {b!r} ({f.outside[b]})"):
                changed = True
        for group in pc.exclusive:
            members = [a for a in dict.fromkeys(group) if a in known]
            for a in members:
                if a in f.inside:
                    for b in members:
                        if b != a and f.put_out(b, f"exclusive with {a!r} ({f.inside[a]})"):
                            changed = True
    problems: list[Problem] = []
    for a in projects:
        if a in f.inside and a in f.outside:
            problems.append(
                Problem(
                    "portfolio_conflict",
                    "portfolio.mandatory",
                    f"{a!r} must be in every portfolio ({f.inside[a]}) but cannot be in any "
                    f"({f.outside[a]}), so no portfolio is feasible",
                    params={"alternative": a},
                )
            )
    return f, problems


def portfolio_problem(model: Model, ev: Evaluation | None = None) -> PortfolioProblem:
    """Validate the portfolio part of a model and turn it into arrays (spec §1.5).

    Parameters
    ----------
    model
        The decision model. Without a ``portfolio`` section every subset of
        the projects is feasible.
    ev
        The prepared model, if already at hand (the model is then assumed
        valid).

    Returns
    -------
    PortfolioProblem

    Raises
    ------
    ModelError
        On invalid input (negative budget or costs, unknown alternatives in
        the constraints, …; see :func:`~.validation.validate`), and when no
        portfolio is feasible: mandatory projects (with what they require) that
        exceed the budget or a resource limit, that are excluded or barred by
        an excluded one, or several of one exclusive group. Each problem names
        its place (``portfolio.budget``, ``portfolio.mandatory``, …).
    """
    warnings: list[str] = []
    if ev is None:
        warnings.extend(p.message for p in ensure_valid(model))
        ev = prepare(model, check_model=False)
    warnings.extend(w for w in ev.warnings if w not in warnings)
    pc = model.portfolio if model.portfolio is not None else PortfolioConstraints()
    alts = {a.id: a for a in model.alternatives}
    row_of = {a: i for i, a in enumerate(ev.alternatives)}
    all_projects = tuple(a.id for a in model.alternatives if not a.do_nothing)
    d = model.do_nothing()
    forced, problems = _resolve_forced(pc, all_projects)

    fixed = tuple(a for a in all_projects if a in forced.inside)
    names: list[str] = []
    limits: list[float] = []
    if pc.budget is not None:
        names.append("budget")
        limits.append(float(pc.budget))
    for r, lim in pc.resources.items():
        names.append(r)
        limits.append(float(lim))

    def amount(a: str, k: int) -> float:
        alt = alts[a]
        if pc.budget is not None and k == 0:
            return float(alt.cost)
        return float(alt.resources.get(names[k], 0.0))

    fixed_use = np.array([sum(amount(a, k) for a in fixed) for k in range(len(names))], dtype=np.float64)
    for k, name in enumerate(names):
        if fixed_use[k] > limits[k] * (1 + 1e-12) + 1e-12:
            is_budget = pc.budget is not None and k == 0
            loc = "portfolio.budget" if is_budget else f"portfolio.resources.{name}"
            amount_text = f"cost {fixed_use[k]:g}" if is_budget else f"use {fixed_use[k]:g} of {name!r}"
            text = (
                f"the mandatory alternatives {', '.join(fixed)} (with what they require) {amount_text} "
                f"together, more than the limit {limits[k]:g}, so no portfolio is feasible"
            )
            problems.append(
                Problem(
                    "mandatory_over_limit", loc, text, params={"alternatives": list(fixed), "limit": name}
                )
            )
    if problems:
        raise ModelError(problems)

    free = tuple(a for a in all_projects if a not in forced.inside and a not in forced.outside)
    out = tuple(a for a in all_projects if a in forced.outside)
    index = {a: i for i, a in enumerate(free)}
    rows = np.array([row_of[a] for a in free], dtype=np.intp)
    fixed_rows = np.array([row_of[a] for a in fixed], dtype=np.intp)
    d_row = row_of[d.id] if d is not None else -1
    fv = ev.focal_values
    base = float(fv[d_row]) if d_row >= 0 else 0.0
    value = np.asarray(fv[rows] - base, dtype=np.float64) if rows.size else np.zeros(0)
    use = np.array([[amount(a, k) for k in range(len(names))] for a in free], dtype=np.float64).reshape(
        len(free), len(names)
    )
    req = tuple(
        dict.fromkeys((index[a], index[b]) for a, b in pc.requires if a in index and b in index and a != b)
    )
    excl: list[tuple[int, ...]] = []
    for group in pc.exclusive:
        members = tuple(dict.fromkeys(index[a] for a in group if a in index))
        if len(members) > 1:
            excl.append(members)
    return PortfolioProblem(
        ev=ev,
        projects=free,
        rows=rows,
        fixed=fixed,
        fixed_rows=fixed_rows,
        out=out,
        do_nothing=d_row,
        cost=np.array([float(alts[a].cost) for a in free], dtype=np.float64),
        limit_names=tuple(names),
        use=use,
        limits=np.asarray(limits, dtype=np.float64) - fixed_use,
        requires=req,
        exclusive=tuple(excl),
        value=value,
        fixed_cost=float(sum(float(alts[a].cost) for a in fixed)),
        fixed_value=float(sum(float(fv[row_of[a]]) - base for a in fixed)),
        fixed_use=fixed_use,
        has_budget=pc.budget is not None,
        all_projects=all_projects,
        all_cost={a: float(alts[a].cost) for a in all_projects},
        warnings=tuple(warnings),
    )


# ---------------------------------------------------------------------------
# Feasibility
# ---------------------------------------------------------------------------


def _tol(limit: FloatArray) -> FloatArray:
    return np.asarray(1e-9 * np.maximum(1.0, np.abs(limit)), dtype=np.float64)


def feasibility_violations(model: Model, alternatives: Sequence[str]) -> list[str]:
    """Readable reasons why a set of alternatives is not a feasible portfolio (empty if it is).

    Checks spec §1.5 directly on the model: the do-nothing alternative, unknown
    ids, budget, resource limits, mandatory, excluded, requires, exclusive.
    """
    pc = model.portfolio if model.portfolio is not None else PortfolioConstraints()
    alts = {a.id: a for a in model.alternatives}
    chosen = list(dict.fromkeys(alternatives))
    out: list[str] = []
    for a in chosen:
        if a not in alts:
            out.append(f"unknown alternative {a!r}")
        elif alts[a].do_nothing:
            out.append(f"{a!r} is the do-nothing alternative, which is never part of a portfolio")
    known = [alts[a] for a in chosen if a in alts]
    if pc.budget is not None:
        total = sum(float(a.cost) for a in known)
        if total > pc.budget + 1e-9 * max(1.0, abs(pc.budget)):
            out.append(f"cost {total:g} exceeds the budget {pc.budget:g}")
    for r, lim in pc.resources.items():
        total = sum(float(a.resources.get(r, 0.0)) for a in known)
        if total > lim + 1e-9 * max(1.0, abs(lim)):
            out.append(f"{r!r} use {total:g} exceeds the limit {lim:g}")
    sel = set(chosen)
    out.extend(f"mandatory {a!r} is missing" for a in pc.mandatory if a not in sel)
    out.extend(f"excluded {a!r} is included" for a in pc.excluded if a in sel)
    out.extend(f"{a!r} requires {b!r}" for a, b in pc.requires if a in sel and b not in sel)
    for group in pc.exclusive:
        hit = [a for a in dict.fromkeys(group) if a in sel]
        if len(hit) > 1:
            out.append(f"at most one of {', '.join(repr(a) for a in group)} may be chosen")
    return out


# ---------------------------------------------------------------------------
# MILP: the focal optimum and incumbents
# ---------------------------------------------------------------------------


_STDOUT_LOCK = threading.Lock()


def _c_flush() -> None:
    """Flush the C library's stdout buffers (where HiGHS's printf output waits)."""
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows
            ctypes.CDLL("ucrtbase").fflush(None)
        else:
            ctypes.CDLL(None).fflush(None)
    except (OSError, AttributeError):  # pragma: no cover - no C runtime to flush
        pass


@contextmanager
def _c_stdout_silenced() -> Iterator[None]:
    """Send file descriptor 1 to the null device while a HiGHS object is made.

    The first ``highspy.Highs()`` of a process prints HiGHS's banner straight
    to the C library's standard output, before any option can switch it off,
    which would corrupt ``diva portfolio --json``. (With ``output_flag`` off,
    solving prints nothing: checked on 90 solves of the benchmark's
    instances.) Python's and C's buffers are flushed before and after, so no
    other output is lost or reordered; a lock keeps concurrent threads from
    interleaving the redirections.
    """
    with _STDOUT_LOCK:
        try:
            sys.stdout.flush()
        except (AttributeError, ValueError):  # pragma: no cover - closed or missing stdout
            pass
        _c_flush()
        try:
            saved = os.dup(1)
        except OSError:  # pragma: no cover - no descriptor 1 (e.g. a windowed app)
            yield
            return
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, 1)
            yield
        finally:
            _c_flush()
            os.dup2(saved, 1)
            os.close(saved)
            os.close(null)


#: HiGHS options for the portfolio MIPs. Measured on 45 seeded 200-project
#: instances (bench/bench_portfolio.py): switching off the RINS and RENS
#: sub-MIP heuristics, restarts and cut separation below the root halves the
#: time to a proven optimum (median 0.39 → 0.19 s, slowest 1.68 → 0.92 s) and
#: changes no optimum. The root reduced-cost heuristic stays on: without it the
#: same instances take twice as long.
_HIGHS_OPTIONS: dict[str, bool | int | float | str] = {
    "output_flag": False,
    "mip_heuristic_run_rins": False,
    "mip_heuristic_run_rens": False,
    "mip_allow_restart": False,
    "mip_allow_cut_separation_at_nodes": False,
}


def _milp(problem: PortfolioProblem, objective: FloatArray, *, exact: bool) -> BoolArray | None:
    """A feasible 0-1 vector maximising ``objective · x`` (HiGHS branch and cut through highspy).

    ``exact`` asks for a proven optimum (relative gap 0, absolute gap 1e-9);
    otherwise HiGHS stops at its default gap (1e-4), which is enough for an
    incumbent. HiGHS is called through its own bindings rather than
    :func:`scipy.optimize.milp` (the same solver), because only they expose the
    options above and SciPy bundles an older HiGHS (1.12 against 1.16); the
    two together make the focal optimum of 200 projects about three times
    faster (README, Benchmarks).
    """
    n = problem.n
    if n == 0:
        return np.zeros(0, dtype=bool)
    rows: list[FloatArray] = [problem.use[:, k] for k in range(problem.use.shape[1])]
    ub: list[float] = [float(x) for x in problem.limits]
    for a, b in problem.requires:
        r = np.zeros(n)
        r[a], r[b] = 1.0, -1.0
        rows.append(r)
        ub.append(0.0)
    for g in problem.exclusive:
        r = np.zeros(n)
        r[list(g)] = 1.0
        rows.append(r)
        ub.append(1.0)
    lp = highspy.HighsLp()
    lp.num_col_ = n
    lp.num_row_ = len(rows)
    lp.sense_ = highspy.ObjSense.kMaximize
    lp.col_cost_ = np.asarray(objective, dtype=np.float64)
    lp.col_lower_ = np.zeros(n)
    lp.col_upper_ = np.ones(n)
    lp.integrality_ = [highspy.HighsVarType.kInteger] * n
    if rows:
        A = sparse.csc_matrix(np.array(rows))
        lp.row_lower_ = np.full(len(rows), -highspy.kHighsInf)
        lp.row_upper_ = np.array(ub)
        lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
        lp.a_matrix_.start_ = A.indptr
        lp.a_matrix_.index_ = A.indices
        lp.a_matrix_.value_ = A.data
    with _c_stdout_silenced():
        h = highspy.Highs()  # type: ignore[no-untyped-call]  # highspy 1.16 leaves __init__ unannotated
    for key, value in _HIGHS_OPTIONS.items():
        h.setOptionValue(key, value)
    if exact:
        h.setOptionValue("mip_rel_gap", 0.0)
        h.setOptionValue("mip_abs_gap", 1e-9)
    h.passModel(lp)
    h.run()  # releases the GIL: a worker thread's solve leaves the GUI responsive
    if h.getModelStatus() not in {highspy.HighsModelStatus.kOptimal}:
        return None
    x = np.asarray(h.getSolution().col_value) > 0.5
    return x if _feasible_mask(problem, x) else None


def _feasible_mask(problem: PortfolioProblem, x: BoolArray) -> bool:
    if problem.use.shape[1] and (problem.use[x].sum(axis=0) > problem.limits + _tol(problem.limits)).any():
        return False
    if any(x[a] and not x[b] for a, b in problem.requires):
        return False
    return all(int(x[list(g)].sum()) <= 1 for g in problem.exclusive)


def focal_optimum(problem: PortfolioProblem) -> Portfolio:
    """The feasible portfolio of greatest focal value (spec §6 ``focal_optimum``).

    ``max Σ_a x_a (V_f(a) − V_f(d))`` subject to spec §1.5 as a 0-1 programme
    (HiGHS branch and cut, relative gap 0; see :func:`_milp`).
    Projects that add no focal value (``≤ 1e-12``) are then left out where no
    chosen project requires them. :func:`portfolio_analysis` further breaks
    ties toward the cheapest optimal portfolio with the exact frontier.
    """
    x = _milp(problem, problem.value, exact=True)
    if x is None:  # pragma: no cover - the problem is feasible by construction
        raise ModelError(Problem("no_feasible_portfolio", "portfolio", "no portfolio is feasible"))
    idle = [i for i in np.argsort(-problem.cost, kind="stable") if x[i] and problem.value[i] <= 1e-12]
    changed = True
    while changed:
        changed = False
        for i in idle:
            if x[i] and not any(x[a] for a, b in problem.requires if b == i):
                x[i] = False
                changed = True
    return _portfolio(problem, x)


def _portfolio(
    problem: PortfolioProblem, x: BoolArray, vmin: float | None = None, vmax: float | None = None
) -> Portfolio:
    return Portfolio(
        alternatives=problem.members(x),
        cost=problem.fixed_cost + float(problem.cost[x].sum()),
        value=problem.fixed_value + float(problem.value[x].sum()),
        value_min=vmin,
        value_max=vmax,
    )


# ---------------------------------------------------------------------------
# The order of the projects and the logical state of partial portfolios
# ---------------------------------------------------------------------------


def _processing_order(problem: PortfolioProblem) -> IntArray:
    """Projects grouped by connected logical constraints, the largest first.

    Keeping linked projects adjacent keeps few obligations open at a time (fewer
    0/1 state coordinates, so more pruning). Deciding the projects that take the
    largest share of a limit first (by |focal value| when nothing is limited)
    spreads the partial portfolios' resource use early, which in our
    benchmarks halves the peak number of partial portfolios against ordering
    by value per cost.
    """
    n = problem.n
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in problem.requires:
        parent[find(a)] = find(b)
    for g in problem.exclusive:
        for a in g[1:]:
            parent[find(a)] = find(g[0])
    if problem.use.shape[1]:
        with np.errstate(divide="ignore", invalid="ignore"):
            share = np.where(
                problem.limits > 0, problem.use / np.where(problem.limits > 0, problem.limits, 1.0), 0.0
            )
        size = share.max(axis=1)
    else:
        size = np.abs(problem.value)
    comps: dict[int, list[int]] = {}
    for i in range(n):
        comps.setdefault(find(i), []).append(i)
    groups = [sorted(members, key=lambda i: -size[i]) for members in comps.values()]
    groups.sort(key=lambda g: -size[g[0]])
    return np.array([i for g in groups for i in g], dtype=np.intp)


class _Logic:
    """Logical constraints in processing positions: feasibility of branches and state bits."""

    def __init__(self, problem: PortfolioProblem, order: IntArray) -> None:
        pos = np.empty(problem.n, dtype=np.intp)
        pos[order] = np.arange(problem.n)
        # In positions (columns of the partial portfolio matrices).
        self.requires = [(int(pos[a]), int(pos[b])) for a, b in problem.requires]
        self.exclusive = [tuple(sorted(int(pos[a]) for a in g)) for g in problem.exclusive]
        self.n = problem.n

    def include_ok(self, M: BoolArray, k: int) -> BoolArray:
        """Rows of M (deciding columns < k) that may take project k."""
        ok = np.ones(M.shape[0], dtype=bool)
        for a, b in self.requires:
            if a == k and b < k:
                ok &= M[:, b]
        for g in self.exclusive:
            if k in g:
                before = [j for j in g if j < k]
                if before:
                    ok &= ~M[:, before].any(axis=1)
        return ok

    def exclude_ok(self, M: BoolArray, k: int) -> BoolArray:
        """Rows of M that may leave project k out."""
        ok = np.ones(M.shape[0], dtype=bool)
        for a, b in self.requires:
            if b == k and a < k:
                ok &= ~M[:, a]
        return ok

    def involved(self, k: int) -> bool:
        """Whether position k takes part in a logical constraint (the state may change)."""
        return any(k in pair for pair in self.requires) or any(k in g for g in self.exclusive)

    def bits(self, M: BoolArray, k: int) -> FloatArray:
        """0/1 obligation coordinates after deciding columns ≤ k (larger = fewer completions)."""
        cols: list[BoolArray] = []
        for a, b in self.requires:
            if a <= k < b:
                cols.append(M[:, a])
            elif b <= k < a:
                cols.append(~M[:, b])
        for g in self.exclusive:
            decided = [j for j in g if j <= k]
            if decided and len(decided) < len(g):
                cols.append(np.asarray(M[:, decided].any(axis=1), dtype=bool))
        if not cols:
            return np.zeros((M.shape[0], 0))
        return np.column_stack(cols).astype(np.float64)


# ---------------------------------------------------------------------------
# Exact optimisation over the weights (vertex products or bottom-up)
# ---------------------------------------------------------------------------


def _extreme_points(ev: Evaluation, limit: int) -> FloatArray | None:
    """Global weight vectors at every product of node vertices, or None if more than ``limit``.

    For node k with vertices U and each vertex u, the subtree's global weights
    are ``u_j`` times child j's (a leaf: ``u_j`` itself), over all combinations
    of the children's points. Rows are deduplicated (a zero weight makes its
    subtree's choice irrelevant).
    """
    L = len(ev.leaves)
    N = len(ev.nodes)
    if N == 0:
        return None
    count = 1
    for U in ev.node_vertices:
        if U is None:
            return None
        count *= U.shape[0]
        if count > limit * 64:
            return None
    pts: list[FloatArray | None] = [None] * N
    for k in range(N - 1, -1, -1):
        U = ev.node_vertices[k]
        assert U is not None
        refs = ev.children[k]
        blocks: list[FloatArray] = []
        for u in U:
            part = np.zeros((1, L))
            for j, r in enumerate(refs):
                wj = float(u[j])
                if wj == 0.0:
                    continue
                if r < L:
                    part[:, r] += wj
                else:
                    X = pts[int(r) - L]
                    assert X is not None
                    part = (part[:, None, :] + wj * X[None, :, :]).reshape(-1, L)
                if part.shape[0] > limit * 8:
                    return None
            blocks.append(part)
        P = np.asarray(np.unique(np.round(np.vstack(blocks), 15), axis=0), dtype=np.float64)
        if P.shape[0] > limit:
            return None
        pts[k] = P
    root = pts[0]
    assert root is not None
    return root


class _Space:
    """Where value functions live: extreme-point space (exact minima by ``min``) or leaf space.

    ``lo``/``hi``/``fo`` are ``(m, D)``: per alternative, the value-interval
    ends and focal values at each extreme weight point (``D = K``), or per leaf
    (``D = L``, minimised bottom-up over the node sets). ``probe``,
    ``probe_lo`` and ``probe_hi`` are ``(m, T)``: values at T weight points with
    every score at its focal value, its low end or its high end — points of S,
    used for cheap necessary conditions.
    """

    def __init__(self, ev: Evaluation, cancel: CancelToken | None) -> None:
        self.ev = ev
        self.cancel = cancel
        E = _extreme_points(ev, POINT_LIMIT)
        L = len(ev.leaves)
        if L == 0:
            E = np.zeros((1, 0))
        self.points = E is not None
        if E is not None:
            self.lo = ev.lo @ E.T
            self.hi = ev.hi @ E.T
            self.fo = ev.focal @ E.T
            self.probe, self.probe_lo, self.probe_hi = self.fo, self.lo, self.hi
        else:
            self.lo, self.hi, self.fo = ev.lo, ev.hi, ev.focal
            W = _probe_weights(ev)
            self.probe = ev.focal @ W.T
            self.probe_lo = ev.lo @ W.T
            self.probe_hi = ev.hi @ W.T

    @property
    def dim(self) -> int:
        return int(self.lo.shape[1])

    def minimum(self, G: FloatArray) -> FloatArray:
        """Exact least of ``g · W`` over the feasible global weights, per row g."""
        if G.shape[0] == 0:
            return np.zeros(0)
        if self.points:
            return np.asarray(G.min(axis=1), dtype=np.float64)
        return _tree_minimum(self.ev, G, self.cancel)

    def maximum(self, G: FloatArray) -> FloatArray:
        return -self.minimum(-G)


def _tree_minimum(ev: Evaluation, G: FloatArray, cancel: CancelToken | None) -> FloatArray:
    """``min_W Σ_leaf W_leaf G[p, leaf]`` bottom-up: a node's least value is
    ``min_{w ∈ S_node} Σ_j w_j m_j`` with ``m_j`` its children's least values
    (local weights are non-negative and nodes independent). Over the node's
    vertices, else by LP (:func:`~.preferences.optimize_many`)."""
    L = len(ev.leaves)
    N = len(ev.nodes)
    P = G.shape[0]
    vals: list[FloatArray | None] = [None] * N
    for k in range(N - 1, -1, -1):
        refs = ev.children[k]
        C = np.empty((P, refs.size))
        for j, r in enumerate(refs):
            if r < L:
                C[:, j] = G[:, r]
            else:
                v = vals[int(r) - L]
                assert v is not None
                C[:, j] = v
        U = ev.node_vertices[k]
        if U is not None:
            step = max(1, _BLOCK_ELEMENTS // max(1, U.shape[0]))
            out = np.empty(P)
            for i in range(0, P, step):
                out[i : i + step] = (C[i : i + step] @ U.T).min(axis=1)
        else:
            check(cancel)
            out = optimize_many(ev.sets[ev.nodes[k]], C)
        vals[k] = out
    root = vals[0]
    assert root is not None
    return root


def _probe_weights(ev: Evaluation) -> FloatArray:
    """Feasible global weight vectors: the focal point and seeded random products of node
    vertices (extreme points of the weight set; at most :data:`PROBE_POINTS`)."""
    N = len(ev.nodes)
    local = [np.asarray(ev.sets[n].focal, dtype=np.float64) for n in ev.nodes]

    def glob(loc: Sequence[FloatArray]) -> FloatArray:
        L = len(ev.leaves)
        out = np.zeros(L)
        nw = np.ones(N)
        for k, refs in enumerate(ev.children):
            for j, r in enumerate(refs):
                g = nw[k] * float(loc[k][j])
                if r < L:
                    out[r] = g
                else:
                    nw[int(r) - L] = g
        return out

    pts = [glob(local)]
    rng = np.random.default_rng(0)
    if all(U is None for U in ev.node_vertices):
        return np.array(pts)
    while len(pts) < PROBE_POINTS:
        loc = list(local)
        for k in range(N):
            U = ev.node_vertices[k]
            if U is not None:
                loc[k] = U[int(rng.integers(U.shape[0]))]
        pts.append(glob(loc))
    return np.unique(np.array(pts[:PROBE_POINTS]), axis=0)


# ---------------------------------------------------------------------------
# Partial portfolios and dominance
# ---------------------------------------------------------------------------


@dataclass
class _Parts:
    """A set of (partial) portfolios as arrays; columns of M are processing positions."""

    M: BoolArray  # (N, n)
    size: IntArray  # (N,)
    use: FloatArray  # (N, R)
    LO: FloatArray  # (N, D) Σ lo over members
    HI: FloatArray  # (N, D)
    F: FloatArray  # (N, T) focal-score values at probe points, do-nothing included
    FV: FloatArray  # (N,) focal value

    def take(self, idx: IntArray | BoolArray) -> _Parts:
        return _Parts(
            self.M[idx], self.size[idx], self.use[idx], self.LO[idx], self.HI[idx], self.F[idx], self.FV[idx]
        )

    @staticmethod
    def concat(a: _Parts, b: _Parts) -> _Parts:
        return _Parts(
            np.vstack([a.M, b.M]),
            np.concatenate([a.size, b.size]),
            np.vstack([a.use, b.use]),
            np.vstack([a.LO, b.LO]),
            np.vstack([a.HI, b.HI]),
            np.vstack([a.F, b.F]),
            np.concatenate([a.FV, b.FV]),
        )

    def __len__(self) -> int:
        return int(self.size.shape[0])


def _screen(  # noqa: PLR0917 - the arrays belong together
    mask: BoolArray,
    S_ge: FloatArray,
    T_ge: FloatArray,
    S_le: FloatArray,
    T_le: FloatArray,
    tol_le: FloatArray,
    dims_ge: Sequence[int],
) -> tuple[IntArray, IntArray]:
    """Pairs (t, s) of ``mask`` with ``S_ge[s] ≥ T_ge[t] − tol`` and ``S_le[s] ≤ T_le[t] + tol_le``.

    Coordinates are tested on the dense ``(targets, sources)`` mask while more
    than 2 % of the pairs survive (``≤`` coordinates first, then ``dims_ge`` in
    order), then on the list of surviving pairs.
    """
    nl = S_le.shape[1]
    order_ge = list(dims_ge)
    done_le, done_ge = 0, 0
    while done_le < nl or done_ge < len(order_ge):
        if done_le < nl:
            j = done_le
            mask &= S_le[None, :, j] <= T_le[:, None, j] + tol_le[j]
            done_le += 1
        else:
            j = order_ge[done_ge]
            mask &= S_ge[None, :, j] >= T_ge[:, None, j] - TOLERANCE
            done_ge += 1
        if done_le + done_ge >= 2 and np.count_nonzero(mask) < 0.02 * mask.size:
            break
    ti, si = np.nonzero(mask)
    rest = np.asarray(order_ge[done_ge:], dtype=np.intp)
    if ti.size and (rest.size or done_le < nl):
        ok = np.ones(ti.size, dtype=bool)
        step = max(1, _BLOCK_ELEMENTS // max(1, rest.size + nl))
        for c0 in range(0, ti.size, step):
            t1, s1 = ti[c0 : c0 + step], si[c0 : c0 + step]
            o = np.ones(t1.size, dtype=bool)
            if rest.size:
                o &= (S_ge[s1][:, rest] >= T_ge[t1][:, rest] - TOLERANCE).all(axis=1)
            if done_le < nl:
                o &= (S_le[s1] <= T_le[t1] + tol_le[None, :]).all(axis=1)
            ok[c0 : c0 + step] = o
        ti, si = ti[ok], si[ok]
    return ti.astype(np.intp), si.astype(np.intp)


class _Rpm:
    """The data of one RPM run in processing order."""

    def __init__(self, problem: PortfolioProblem, cancel: CancelToken | None) -> None:
        self.problem = problem
        self.cancel = cancel
        ev = problem.ev
        self.order = _processing_order(problem)
        self.logic = _Logic(problem, self.order)
        sp = _Space(ev, cancel)
        self.space = sp
        rows = problem.rows[self.order]
        d = problem.do_nothing
        D, T = sp.dim, sp.probe.shape[1]
        self.lo_d = sp.lo[d] if d >= 0 else np.zeros(D)
        self.hi_d = sp.hi[d] if d >= 0 else np.zeros(D)
        self.lo = sp.lo[rows].reshape(len(rows), D)
        self.hi = sp.hi[rows].reshape(len(rows), D)
        self.width = self.hi - self.lo
        self.interval = bool((self.width > 0).any())
        self.d_interval = bool((self.hi_d > self.lo_d).any())
        # Probe values, do-nothing subtracted per project: focal scores first
        # (T columns), then every score at its low end and at its high end.
        blocks = [sp.probe]
        if self.interval or self.d_interval:
            blocks += [sp.probe_lo, sp.probe_hi]
        F1 = []
        for B in blocks:
            ref = B[d] if d >= 0 else np.zeros(T)
            F1.append((B[rows] - ref).reshape(len(rows), T))
        self.F1 = np.hstack(F1)
        self.n_focal_probes = T
        self.FV1 = problem.value[self.order]
        self.use1 = problem.use[self.order]
        self.limits = problem.limits
        self.tol_use = _tol(problem.limits)
        # Exact screening: with precise scores and extreme points the probe
        # values are the whole story.
        self.probe_exact = sp.points and not self.interval and not self.d_interval
        self.ub = _CompletionBounds(self)

    # -- dominance ----------------------------------------------------------

    def dominates(self, A: _Parts, qa: IntArray, B: _Parts, pb: IntArray) -> BoolArray:
        """Exact test, per pair: does A[qa] dominate B[pb]?"""
        out = np.zeros(qa.size, dtype=bool)
        step = max(1, _BLOCK_ELEMENTS // max(1, self.space.dim + self.lo.shape[0]))
        for s in range(0, qa.size, step):
            check(self.cancel)
            q, p = qa[s : s + step], pb[s : s + step]
            ok = self.least_at_least(A, q, B, p, None)
            if ok.any():
                sel = np.flatnonzero(ok)
                _, gmax = self._pair_terms(A, q[sel], B, p[sel])
                ok[sel] = self.space.maximum(gmax) > TOLERANCE
            out[s : s + step] = ok
        return out

    def least_at_least(
        self, A: _Parts, q: IntArray, B: _Parts, p: IntArray, extra: FloatArray | None
    ) -> BoolArray:
        """Per pair: ``min_S (V(A[q]) − V(B[p])) − extra·W ≥ −tol`` (exact).

        First without the projects the two share (their terms ``lo − hi ≤ 0``
        only lower the bound, so passing settles it), then exactly for the rest.
        """
        g = A.LO[q] - B.HI[p]
        c = (A.size[q] - B.size[p]).astype(np.float64)[:, None]
        if self.lo_d.any() or self.hi_d.any():
            g -= np.maximum(c, 0.0) * self.hi_d[None, :] - np.maximum(-c, 0.0) * self.lo_d[None, :]
        if extra is not None:
            g -= extra
        ok = self.space.minimum(g) >= -TOLERANCE
        if self.interval and not ok.all():
            rest = np.flatnonzero(~ok)
            common = (A.M[q[rest]] & B.M[p[rest]]).astype(np.float64) @ self.width
            ok[rest] = self.space.minimum(g[rest] + common) >= -TOLERANCE
        return ok

    def _pair_terms(self, A: _Parts, q: IntArray, B: _Parts, p: IntArray) -> tuple[FloatArray, FloatArray]:
        """Leaf/point terms of min and max of ``V(A[q]) − V(B[p])`` over the scores."""
        gmin = A.LO[q] - B.HI[p]
        gmax = A.HI[q] - B.LO[p]
        if self.interval:
            common = (A.M[q] & B.M[p]).astype(np.float64) @ self.width
            gmin += common
            gmax -= common
        c = (A.size[q] - B.size[p]).astype(np.float64)[:, None]
        if self.lo_d.any() or self.hi_d.any():
            pos = c > 0
            gmin -= c * np.where(pos, self.hi_d[None, :], self.lo_d[None, :])
            gmax -= c * np.where(pos, self.lo_d[None, :], self.hi_d[None, :])
        return gmin, gmax

    def prune(self, parts: _Parts, ext: FloatArray | None, n_old: int | None = None) -> BoolArray:
        """Mask of the rows dominated by another row with ``ext`` no larger (``None``: any).

        With ``n_old``, rows ``[0, n_old)`` are known not to dominate one another
        with ``ext`` no larger, nor rows ``[n_old, N)`` (copies of old rows plus
        one project, the logical state unchanged), so only the pairs between the
        two groups are checked.
        """
        N = len(parts)
        X = ext if ext is not None and ext.shape[1] else np.zeros((N, 0))
        xtol = np.zeros(X.shape[1])
        if X.shape[1]:
            xtol[: self.tol_use.size] = self.tol_use
        allrows = np.arange(N)
        if n_old is None:
            return self._dominated_by(parts, allrows, allrows, X, xtol)
        old, new = allrows[:n_old], allrows[n_old:]
        out = self._dominated_by(parts, new, old, X, xtol)
        out |= self._dominated_by(parts, old, new, X, xtol)
        return out

    def _dominated_by(
        self, parts: _Parts, targets: IntArray, sources: IntArray, X: FloatArray, xtol: FloatArray
    ) -> BoolArray:
        """``(N,)`` mask: targets that some source (≠ itself) dominates with ``X`` no larger.

        Screening (:func:`_screen`): a source can dominate a target only if its
        value is no lower at every probe point of S (the focal point first:
        sources are sorted by decreasing focal value, so only a prefix
        qualifies) and its ``X`` is no larger. The exact test runs last, on the
        surviving pairs, most valuable source first.
        """
        N = len(parts)
        found = np.zeros(N, dtype=bool)
        if targets.size == 0 or sources.size == 0:
            return found
        src = sources[np.argsort(-parts.FV[sources], kind="stable")]
        F = parts.F
        Fs, Xs = F[src], X[src]
        ends = np.searchsorted(-parts.FV[src], -parts.FV[targets] + TOLERANCE, side="right")
        dims = (
            [int(j) for j in np.argsort(-Fs.std(axis=0), kind="stable")]
            if src.size > 1
            else list(range(F.shape[1]))
        )
        step = max(1, _BLOCK_ELEMENTS // (4 * src.size))
        for s0 in range(0, targets.size, step):
            check(self.cancel)
            tb = targets[s0 : s0 + step]
            eb = ends[s0 : s0 + step]
            e = int(eb.max())
            if e == 0:
                continue
            cols = np.arange(e)
            mask = (cols[None, :] < eb[:, None]) & (src[None, :e] != tb[:, None])
            ti, si = _screen(mask, Fs[:e], F[tb], Xs[:e], X[tb], xtol, dims)
            if ti.size == 0:
                continue
            pp, qq = tb[ti], src[si]
            chunk = 1 << 16
            for c0 in range(0, pp.size, chunk):
                p1, q1 = pp[c0 : c0 + chunk], qq[c0 : c0 + chunk]
                keep = ~found[p1]
                p1, q1 = p1[keep], q1[keep]
                if p1.size == 0:
                    continue
                if self.probe_exact:
                    hit = (F[q1] > F[p1] + TOLERANCE).any(axis=1)
                else:
                    hit = self.dominates(parts, q1, parts, p1)
                found[p1[hit]] = True
        return found


class _CompletionBounds:
    """Upper bounds of what the undecided projects can add, per dimension.

    For the projects after position k, each dimension j (an extreme point or a
    leaf) and each limited resource ρ, the fractional knapsack ``max Σ_a u_aj t_a``
    with ``Σ_a use_aρ t_a ≤ cap_ρ``, ``0 ≤ t ≤ 1``: greedy by ``u/use`` (Dantzig
    1957). It bounds the 0-1 knapsack, which bounds any feasible completion
    (other resources and logical constraints only shrink the set), so the least
    bound over the resources is valid. ``u = hi_a − lo_d`` bounds
    ``V(a) − V(d)`` over the scores at every point; ``u = F`` (focal scores)
    bounds the focal-score values at the probe points.
    """

    def __init__(self, rpm: _Rpm) -> None:
        self.rpm = rpm
        self.u_D = rpm.hi - rpm.lo_d[None, :]
        self.u_T = rpm.F1
        self.u_V = rpm.FV1[:, None]

    def _fk(self, u: FloatArray, k: int, caps: FloatArray) -> FloatArray:
        """``(N, J)`` bound for the projects after position k with capacities ``caps (N, R)``."""
        rest = slice(k + 1, None)
        U = u[rest]
        N = caps.shape[0]
        J = u.shape[1]
        pos = np.maximum(U, 0.0)
        total = pos.sum(axis=0)[None, :].repeat(N, axis=0)
        if U.shape[0] == 0:
            return np.zeros((N, J))
        W = self.rpm.use1[rest]
        best = total
        for rho in range(W.shape[1]):
            w = W[:, rho]
            free = w <= 0
            base = pos[free].sum(axis=0)
            paid = ~free
            if not paid.any():
                continue
            up, wp = pos[paid], w[paid]
            ratio = up / wp[:, None]
            o = np.argsort(-ratio, axis=0, kind="stable")  # (n_p, J)
            us = np.take_along_axis(up, o, axis=0)
            ws = wp[o]
            cw = np.vstack([np.zeros((1, J)), np.cumsum(ws, axis=0)])  # (n_p+1, J)
            cu = np.vstack([np.zeros((1, J)), np.cumsum(us, axis=0)])
            rs = np.vstack([np.take_along_axis(ratio, o, axis=0), np.zeros((1, J))])
            cap = np.maximum(caps[:, rho], 0.0)
            out = np.empty((N, J))
            step = max(1, _BLOCK_ELEMENTS // max(1, J * cw.shape[0]))
            for s in range(0, N, step):
                cc = cap[s : s + step]
                idx = (cw[None, :, :] <= cc[:, None, None]).sum(axis=1) - 1  # (b, J)
                jj = np.arange(J)[None, :]
                out[s : s + step] = cu[idx, jj] + (cc[:, None] - cw[idx, jj]) * rs[idx, jj]
            best = np.minimum(best, out + base[None, :])
        return np.asarray(best, dtype=np.float64)

    def bounds(self, parts: _Parts, k: int) -> tuple[FloatArray, FloatArray, FloatArray]:
        caps = self.rpm.limits[None, :] - parts.use
        return self._fk(self.u_D, k, caps), self._fk(self.u_T, k, caps), self._fk(self.u_V, k, caps)[:, 0]


def _parts_from_masks(rpm: _Rpm, M: BoolArray) -> _Parts:
    Mf = M.astype(np.float64)
    return _Parts(
        M=M,
        size=M.sum(axis=1).astype(np.intp),
        use=Mf @ rpm.use1,
        LO=Mf @ rpm.lo,
        HI=Mf @ rpm.hi,
        F=Mf @ rpm.F1,
        FV=Mf @ rpm.FV1,
    )


def _greedy(rpm: _Rpm, value: FloatArray) -> BoolArray:
    """A feasible portfolio by the greedy value-per-resource rule (processing order).

    Projects with positive value are taken by decreasing value per unit of the
    first limited resource when they fit, their required projects are already
    in and no exclusive partner is; two passes.
    """
    n = rpm.problem.n
    x = np.zeros(n, dtype=bool)
    used = np.zeros(rpm.limits.size)
    w = rpm.use1[:, 0] if rpm.use1.shape[1] else np.ones(n)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(w > 0, value / np.where(w > 0, w, 1.0), np.inf)
    cand = [int(i) for i in np.argsort(-ratio, kind="stable") if value[i] > 0]
    needs: dict[int, list[int]] = {}
    for a, b in rpm.logic.requires:
        needs.setdefault(a, []).append(b)
    for _ in range(2):
        for i in cand:
            if x[i] or ((used + rpm.use1[i]) > rpm.limits + rpm.tol_use).any():
                continue
            if any(not x[b] for b in needs.get(i, ())):
                continue
            if any(i in g and x[list(g)].any() for g in rpm.logic.exclusive):
                continue
            x[i] = True
            used += rpm.use1[i]
    return x


def _incumbents(rpm: _Rpm) -> _Parts:
    """Feasible portfolios to bound against: MILP optima at the focal point and at up to
    :data:`INCUMBENT_POINTS` probe points (focal scores), greedy ones at every probe point."""
    problem = rpm.problem
    n = problem.n
    T = rpm.n_focal_probes
    inv = np.empty(n, dtype=np.intp)
    inv[rpm.order] = np.arange(n)
    masks: list[BoolArray] = []
    picks: list[int] = (
        [int(t) for t in np.unique(np.linspace(0, T - 1, min(T, INCUMBENT_POINTS)).round())] if T else []
    )
    for obj in [rpm.FV1, *(rpm.F1[:, t] for t in picks)]:
        check(rpm.cancel)
        x = _milp(problem, np.asarray(obj)[inv], exact=False)  # problem order in, processing order out
        if x is not None:
            masks.append(x[rpm.order])
    masks.extend(_greedy(rpm, rpm.F1[:, t]) for t in range(T))
    M = np.unique(np.array(masks, dtype=bool).reshape(len(masks), n), axis=0)
    return _parts_from_masks(rpm, M)


def _bound_prune(rpm: _Rpm, parts: _Parts, Z: _Parts, k: int) -> BoolArray:
    """Rows all of whose completions (projects after position k) some incumbent dominates.

    For incumbent z and partial p: ``min_S (V(z) − V(p ∪ r)) ≥ min over the
    weights of (g_min(z, p) − U(p))`` where ``g_min`` are the exact score terms
    of ``V(z) − V(p)`` and U bounds what any completion r adds (per extreme
    point or per leaf); and ``max_S (V(z) − V(p ∪ r)) ≥ F(z) − F(p) − U_F(p)``
    at each probe point. Both must show dominance. The probe points screen the
    pairs first (z must beat p plus its completion bound at each of them).
    """
    N = len(parts)
    out = np.zeros(N, dtype=bool)
    nz = len(Z)
    if N == 0 or nz == 0:
        return out
    UD, UT, UV = rpm.ub.bounds(parts, k)
    top = np.column_stack([parts.FV + UV, parts.F + UT])
    ZF = np.column_stack([Z.FV, Z.F])
    dims = [0, *(int(j) + 1 for j in np.argsort(-ZF[:, 1:].std(axis=0), kind="stable"))]
    none = np.zeros((0, 0))
    step = max(1, _BLOCK_ELEMENTS // max(1, 4 * nz))
    for s in range(0, N, step):
        check(rpm.cancel)
        blk = np.arange(s, min(N, s + step))
        mask = np.ones((blk.size, nz), dtype=bool)
        ti, zi = _screen(
            mask, ZF, top[blk], none.reshape(nz, 0), none.reshape(blk.size, 0), np.zeros(0), dims
        )
        if ti.size == 0:
            continue
        p = blk[ti]
        strict = (ZF[zi, 1:] > top[p, 1:] + TOLERANCE).any(axis=1)
        p, zi = p[strict], zi[strict]
        if rpm.probe_exact:
            out[p] = True
            continue
        chunk = 1 << 13
        for c0 in range(0, p.size, chunk):
            pc, zc = p[c0 : c0 + chunk], zi[c0 : c0 + chunk]
            keep = ~out[pc]
            pc, zc = pc[keep], zc[keep]
            if pc.size:
                ok = rpm.least_at_least(Z, zc, parts, pc, UD[pc])
                out[pc[ok]] = True
    return out


def _expand(rpm: _Rpm, parts: _Parts, k: int) -> tuple[_Parts, int]:
    """Decide project k: keep rows that may leave it out, add rows that take it.

    Returns the new set (rows without k first) and the number of rows without k.
    """
    logic = rpm.logic
    M = parts.M
    inc = logic.include_ok(M, k)
    if rpm.limits.size:
        inc &= ((parts.use + rpm.use1[k][None, :]) <= rpm.limits[None, :] + rpm.tol_use[None, :]).all(axis=1)
    exc = logic.exclude_ok(M, k)
    old = parts.take(exc)
    new = parts.take(inc)
    new.M = new.M.copy()
    new.M[:, k] = True
    new.size = new.size + 1
    new.use = new.use + rpm.use1[k][None, :]
    new.LO = new.LO + rpm.lo[k][None, :]
    new.HI = new.HI + rpm.hi[k][None, :]
    new.F = new.F + rpm.F1[k][None, :]
    new.FV = new.FV + rpm.FV1[k]
    return _Parts.concat(old, new), len(old)


def _empty_parts(rpm: _Rpm) -> _Parts:
    return _parts_from_masks(rpm, np.zeros((1, rpm.problem.n), dtype=bool))


def _truncate(rpm: _Rpm, parts: _Parts, k: int, limit: int) -> _Parts:
    """Keep the ``limit`` rows with the greatest optimistic focal value (value + bound)."""
    _, _, UV = rpm.ub.bounds(parts, k)
    keep = np.argsort(-(parts.FV + UV), kind="stable")[:limit]
    return parts.take(np.sort(keep))


def _rpm_beam(rpm: _Rpm, parts: _Parts, k: int, beam: int) -> _Parts:
    """Keep, for each probe point, the few rows with the greatest value plus completion bound."""
    _, UT, UV = rpm.ub.bounds(parts, k)
    top = np.column_stack([parts.FV + UV, parts.F + UT])
    per = max(1, beam // top.shape[1])
    keep = np.zeros(len(parts), dtype=bool)
    for j in range(top.shape[1]):
        keep[np.argsort(-top[:, j], kind="stable")[:per]] = True
    return parts.take(keep)


def _rpm_pass(rpm: _Rpm, Z: _Parts, *, limit: int, beam: int | None, report: Progress) -> tuple[_Parts, bool]:
    """The dynamic programme over the projects; returns the non-dominated rows and truncation.

    With ``beam``, a heuristic pass: at most ``beam`` partial portfolios are kept
    per step (:func:`_rpm_beam`); the result is then a set of good feasible
    portfolios, not necessarily all non-dominated ones.
    """
    n = rpm.problem.n
    parts = _empty_parts(rpm)
    truncated = False
    for k in range(n):
        check(rpm.cancel)
        parts, n_old = _expand(rpm, parts, k)
        # Rows without k do not dominate one another (pruned before), nor do the
        # rows with k unless the logical state changed: check across only.
        cross = not rpm.logic.involved(k)
        if k < n - 1:
            drop = _bound_prune(rpm, parts, Z, k)
            n_old -= int(drop[:n_old].sum())
            parts = parts.take(~drop)
            ext = np.hstack([parts.use, rpm.logic.bits(parts.M, k)])
            parts = parts.take(~rpm.prune(parts, ext, n_old if cross else None))
            if beam is not None and len(parts) > beam:
                parts = _rpm_beam(rpm, parts, k, beam)
            elif len(parts) > limit:
                parts = _truncate(rpm, parts, k, limit)
                truncated = True
        report((k + 1) / max(n, 1) * 0.95)
    parts = parts.take(~rpm.prune(parts, None))
    if len(parts) > limit:
        parts = parts.take(np.argsort(-parts.FV, kind="stable")[:limit])
        truncated = True
    return parts, truncated


def non_dominated(
    problem: PortfolioProblem,
    *,
    limit: int = DEFAULT_LIMIT,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> tuple[list[Portfolio], bool]:
    """All non-dominated feasible portfolios (RPM; algorithm in the module docstring).

    Parameters
    ----------
    problem
        From :func:`portfolio_problem`.
    limit
        At most this many (partial) portfolios are kept. When the set would
        grow beyond it, the ``limit`` partial portfolios with the greatest
        focal value plus completion bound are kept and the result is marked
        truncated: it may then miss non-dominated portfolios, and a listed one
        may be dominated by one not found (no listed one dominates another).
    progress, cancel
        Progress callback (fraction of projects decided) and cancel token.

    Returns
    -------
    (portfolios, truncated)
        Non-dominated portfolios by decreasing focal value, each with its
        exact least and greatest value over S.
    """
    report = throttled(progress)
    rpm = _Rpm(problem, cancel)
    n = problem.n
    Z = _incumbents(rpm) if n else _empty_parts(rpm)
    if n > RPM_BEAM_FROM and rpm.probe_exact:
        # A quick first pass keeping, per step, the partial portfolios that look
        # best at some probe point finds near-non-dominated portfolios: strong
        # incumbents for the exact pass. (With interval scores the bound checks
        # against many incumbents cost more than they save.)
        found, _ = _rpm_pass(rpm, Z, limit=limit, beam=RPM_BEAM, report=stage(report, 0.0, 0.15))
        Z = _Parts.concat(Z, found)
        report = stage(report, 0.15, 1.0)
    parts, truncated = _rpm_pass(rpm, Z, limit=limit, beam=None, report=report)
    order = np.argsort(-parts.FV, kind="stable")
    parts = parts.take(order)
    masks = np.zeros((len(parts), n), dtype=bool)
    masks[:, rpm.order] = parts.M
    lo, hi = (
        value_ranges(problem.ev, problem.coefficients(masks), cancel=cancel)
        if len(parts)
        else (
            np.zeros(0),
            np.zeros(0),
        )
    )
    result = [_portfolio(problem, masks[i], float(lo[i]), float(hi[i])) for i in range(len(parts))]
    report(1.0)
    return result, truncated


# ---------------------------------------------------------------------------
# The frontier
# ---------------------------------------------------------------------------


def _pareto_sweep(cost: FloatArray, value: FloatArray, tc: float) -> BoolArray:
    """Rows beaten by another in (cost ≤, value ≥, strictly in one), within tolerances."""
    N = cost.size
    beaten = np.zeros(N, dtype=bool)
    if N <= 1:
        return beaten
    o = np.argsort(cost, kind="stable")
    cs, vs = cost[o], value[o]
    pm = np.maximum.accumulate(vs)
    hi_idx = np.searchsorted(cs, cs + tc, side="right") - 1  # last with cost ≤ c + tc
    lo_idx = np.searchsorted(cs, cs - tc, side="left") - 1  # last with cost < c − tc
    # strictly more value at no more cost (excluding itself is implied by the strict >)
    b = pm[hi_idx] > vs + TOLERANCE
    has_lo = lo_idx >= 0
    b |= has_lo & (pm[np.maximum(lo_idx, 0)] >= vs - TOLERANCE)
    beaten[o] = b
    return beaten


def _pareto_pairwise(
    cost: FloatArray,
    value: FloatArray,
    ext: FloatArray,
    tc: float,
    xtol: FloatArray,
    *,
    n_old: int | None = None,
    cancel: CancelToken | None = None,
) -> BoolArray:
    """Rows beaten by another row in (cost ≤, value ≥, strictly in one) with ``ext`` no larger.

    Sources are sorted by decreasing value, so a prefix qualifies for each
    target; cost and ``ext`` are screened by :func:`_screen`. With ``n_old``,
    only pairs across ``[0, n_old)`` and ``[n_old, N)`` are checked (see
    :meth:`_Rpm.prune`).
    """
    N = cost.size
    out = np.zeros(N, dtype=bool)
    if N <= 1:
        return out
    rows = np.arange(N)
    groups = [(rows, rows)] if n_old is None else [(rows[n_old:], rows[:n_old]), (rows[:n_old], rows[n_old:])]
    X = np.column_stack([cost, ext])
    xt = np.concatenate([[tc], xtol])
    for targets, sources in groups:
        if targets.size == 0 or sources.size == 0:
            continue
        src = sources[np.argsort(-value[sources], kind="stable")]
        ends = np.searchsorted(-value[src], -value[targets] + TOLERANCE, side="right")
        step = max(1, _BLOCK_ELEMENTS // (4 * src.size))
        for s0 in range(0, targets.size, step):
            check(cancel)
            tb, eb = targets[s0 : s0 + step], ends[s0 : s0 + step]
            e = int(eb.max())
            if e == 0:
                continue
            cols = np.arange(e)
            mask = (cols[None, :] < eb[:, None]) & (src[None, :e] != tb[:, None])
            ti, si = _screen(mask, np.zeros((e, 0)), np.zeros((tb.size, 0)), X[src[:e]], X[tb], xt, [])
            if ti.size == 0:
                continue
            p, q = tb[ti], src[si]
            strict = (cost[q] < cost[p] - tc) | (value[q] > value[p] + TOLERANCE)
            out[p[strict]] = True
    return out


class _ValueBound:
    """``U_s(x)``: the greatest focal value the projects from position s on can add for
    an extra cost of at most x (fractional knapsack, greedy by value per cost;
    Dantzig 1957) — concave, piecewise linear and non-decreasing in x, and an
    upper bound of every feasible completion's value (other limits and logical
    constraints only shrink the set)."""

    def __init__(self, cost: FloatArray, value: FloatArray) -> None:
        n = cost.size
        self.tables: list[tuple[float, FloatArray, FloatArray, FloatArray]] = []
        for s in range(n + 1):
            c, v = cost[s:], np.maximum(value[s:], 0.0)
            free = c <= 0
            base = float(v[free].sum())
            cp, vp = c[~free], v[~free]
            o = np.argsort(-(vp / cp) if cp.size else np.zeros(0), kind="stable")
            cp, vp = cp[o], vp[o]
            cw = np.concatenate([[0.0], np.cumsum(cp)])
            cu = np.concatenate([[0.0], np.cumsum(vp)])
            rs = np.concatenate([vp / cp, [0.0]]) if cp.size else np.zeros(1)
            self.tables.append((base, cw, cu, rs))

    def __call__(self, s: int, x: FloatArray) -> FloatArray:
        base, cw, cu, rs = self.tables[s]
        xx = np.maximum(x, 0.0)
        idx = np.searchsorted(cw, xx, side="right") - 1
        return np.asarray(base + cu[idx] + (xx - cw[idx]) * rs[idx], dtype=np.float64)


class _Frontier:
    """The frontier dynamic programme's data in processing order."""

    def __init__(self, problem: PortfolioProblem) -> None:
        self.problem = problem
        self.order = _processing_order(problem)
        self.logic = _Logic(problem, self.order)
        self.cost1 = problem.cost[self.order]
        self.val1 = problem.value[self.order]
        self.use1 = problem.use[self.order]
        self.limits = problem.limits
        self.tol_use = _tol(problem.limits)
        self.has_budget = problem.has_budget
        self.bound = _ValueBound(self.cost1, self.val1)
        first_other = 1 if self.has_budget else 0
        self.other_bounds = [
            _ValueBound(self.use1[:, r], self.val1) for r in range(first_other, self.limits.size)
        ]
        self.first_other = first_other
        self.lagrangian = self._lagrangian_bounds()
        # Incumbent frontier: feasible (cost, value) points, cost ascending, value increasing.
        self.inc_cost = np.zeros(0)
        self.inc_value = np.zeros(0)
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = np.where(self.cost1 > 0, self.val1 / np.where(self.cost1 > 0, self.cost1, 1.0), np.inf)
        self.greedy_order = np.argsort(-ratio, kind="stable")

    def _lagrangian_bounds(self) -> list[tuple[FloatArray, _ValueBound]]:
        """Budget bounds with the other limits priced in (Lagrangian relaxation).

        For multipliers λ ≥ 0 on the other limits, a completion r with room
        ``room_ρ`` left satisfies ``value(r) ≤ Σ_{a∈r} (v_a − λ·r_a) + λ·room``,
        so ``U_λ(x) + λ·room`` bounds it, with ``U_λ`` the budget knapsack bound
        on the values ``v − λ·r``. The multipliers are the dual prices of the
        other limits in the LP relaxation of the whole problem with 1/8, 1/4,
        1/2 and all of the budget, so the bound is close to the relaxation's
        at small and large extra costs alike.
        """
        other = self.use1[:, self.first_other :]
        if other.shape[1] == 0 or not self.has_budget or self.cost1.size == 0:
            return []
        out: list[tuple[FloatArray, _ValueBound]] = []
        seen: list[FloatArray] = []
        for share in (0.125, 0.25, 0.5, 1.0):
            b_ub = np.maximum(self.limits, 0.0).copy()
            b_ub[0] *= share
            lp = linprog(-self.val1, A_ub=self.use1.T, b_ub=b_ub, bounds=(0.0, 1.0), method="highs")
            if lp.status != 0:
                continue
            duals = np.maximum(-np.asarray(lp.ineqlin.marginals, dtype=np.float64), 0.0)[self.first_other :]
            if not duals.any() or any(np.allclose(duals, d) for d in seen):
                continue
            seen.append(duals)
            out.append((duals, _ValueBound(self.cost1, self.val1 - other @ duals)))
        return out

    def complete_greedily(
        self, M: BoolArray, use: FloatArray, cost: FloatArray, val: FloatArray, k: int
    ) -> None:
        """Add the feasible greedy completions of the rows to the incumbent frontier.

        Open obligations first (required projects), then the remaining projects
        with positive value by decreasing value per cost where they fit.
        """
        M2, use2, c2, v2 = M.copy(), use.copy(), cost.copy(), val.copy()
        lim = self.limits + self.tol_use

        def add(i: int, rows: BoolArray) -> None:
            rows &= ~M2[:, i]
            if self.limits.size:
                rows &= ((use2 + self.use1[i][None, :]) <= lim[None, :]).all(axis=1)
            for a, b in self.logic.requires:
                if a == i:
                    rows &= M2[:, b]
            for g in self.logic.exclusive:
                if i in g:
                    others = [j for j in g if j != i]
                    rows &= ~M2[:, others].any(axis=1)
            M2[rows, i] = True
            use2[rows] += self.use1[i]
            c2[rows] += self.cost1[i]
            v2[rows] += self.val1[i]

        for _ in range(2):
            for a, b in self.logic.requires:
                if b > k:
                    add(b, M2[:, a].copy())
        for i in self.greedy_order:
            if i > k and self.val1[i] > 0:
                add(int(i), np.ones(M2.shape[0], dtype=bool))
        ok = np.ones(M2.shape[0], dtype=bool)
        for a, b in self.logic.requires:
            ok &= ~M2[:, a] | M2[:, b]
        self.add_incumbents(c2[ok], v2[ok])

    def add_incumbents(self, cost: FloatArray, value: FloatArray) -> None:
        c = np.concatenate([self.inc_cost, cost])
        v = np.concatenate([self.inc_value, value])
        o = np.lexsort((-v, c))
        c, v = c[o], v[o]
        keep = v > np.concatenate([[-np.inf], np.maximum.accumulate(v)[:-1]])
        self.inc_cost, self.inc_value = c[keep], v[keep]

    def beaten_by_incumbents(self, cost: FloatArray, val: FloatArray, use: FloatArray, k: int) -> BoolArray:
        """Rows every completion of which an incumbent beats on value at no more cost.

        A completion adding cost x is worth at most ``val + U(x)``; the best
        incumbent with cost ≤ ``cost + x`` is the last step of the incumbent
        staircase at or below it. Over each step's range of x the worst case is
        its right end, so it suffices that each step's value exceeds
        ``val + U`` there (x up to the remaining budget).
        """
        N = cost.size
        C, V = self.inc_cost, self.inc_value
        if N == 0 or C.size == 0:
            return np.zeros(N, dtype=bool)
        room = (self.limits[0] - use[:, 0]) if self.has_budget else np.full(N, np.inf)
        # What the other limits allow a completion to add, whatever its cost.
        cap = np.full(N, np.inf)
        for q, ub in enumerate(self.other_bounds):
            col = self.first_other + q
            cap = np.minimum(cap, ub(k + 1, self.limits[col] - use[:, col]))
        first = np.searchsorted(C, cost, side="right") - 1  # last incumbent with C ≤ cost
        ok = first >= 0
        nxt = np.concatenate([C[1:], [np.inf]])
        S = C.size
        out = np.zeros(N, dtype=bool)
        step = max(1, _BLOCK_ELEMENTS // max(1, S))
        for s0 in range(0, N, step):
            sl = slice(s0, min(N, s0 + step))
            c, v, r, cp = cost[sl], val[sl], room[sl], cap[sl]
            f = first[sl]
            ii = np.arange(S)[None, :]
            relevant = (ii >= f[:, None]) & (C[None, :] - c[:, None] <= r[:, None])
            x_end = np.minimum(nxt[None, :] - c[:, None], r[:, None])
            x_end = np.where(np.isfinite(x_end), x_end, 1e300)
            ub = np.minimum(self.bound(k + 1, x_end), cp[:, None])
            if self.lagrangian:
                room_other = self.limits[self.first_other :][None, :] - use[sl, self.first_other :]
                for lam, bound in self.lagrangian:
                    ub = np.minimum(ub, bound(k + 1, x_end) + (room_other @ lam)[:, None])
            need = v[:, None] + ub + TOLERANCE
            good = ~relevant | (V[None, :] > need)
            out[sl] = ok[sl] & good.all(axis=1)
        return out


def _beam(cost: FloatArray, val: FloatArray, beam: int) -> BoolArray:
    """Keep the most valuable few rows in each of ``beam // 4`` equal cost bands."""
    bands = max(1, beam // 4)
    top = float(cost.max()) if cost.size else 0.0
    band = (
        np.minimum((cost / (top + 1e-300) * bands).astype(np.intp), bands - 1)
        if top > 0
        else np.zeros(cost.size, dtype=np.intp)
    )
    o = np.lexsort((-val, band))
    first = np.searchsorted(band[o], band[o], side="left")
    rank = np.arange(o.size) - first
    keep = np.zeros(cost.size, dtype=bool)
    keep[o[rank < 4]] = True
    return keep


def _frontier_dp(
    fr: _Frontier,
    tc: float,
    *,
    limit: int,
    beam: int | None,
    cancel: CancelToken | None,
    report: Progress,
) -> tuple[BoolArray, FloatArray, FloatArray, bool]:
    """One pass of the frontier programme; with ``beam``, a heuristic pass (few rows per cost band)."""
    problem = fr.problem
    n = problem.n
    logic = fr.logic
    other = slice(1, None) if fr.has_budget else slice(None)
    xtol_use = _tol(problem.limits)[other]
    M = np.zeros((1, n), dtype=bool)
    cost = np.zeros(1)
    val = np.zeros(1)
    use = np.zeros((1, problem.limits.size))
    truncated = False
    for k in range(n):
        check(cancel)
        inc = logic.include_ok(M, k)
        if problem.limits.size:
            inc &= ((use + fr.use1[k][None, :]) <= problem.limits[None, :] + fr.tol_use[None, :]).all(axis=1)
        exc = logic.exclude_ok(M, k)
        M2 = M[inc].copy()
        M2[:, k] = True
        M = np.vstack([M[exc], M2])
        cost = np.concatenate([cost[exc], cost[inc] + fr.cost1[k]])
        val = np.concatenate([val[exc], val[inc] + fr.val1[k]])
        use = np.vstack([use[exc], use[inc] + fr.use1[k][None, :]])
        n_old = int(exc.sum())
        if k < n - 1:
            bits = logic.bits(M, k)
            ext = np.hstack([use[:, other], bits])
            if ext.shape[1] == 0:
                beaten = _pareto_sweep(cost, val, tc)
            else:
                fr.complete_greedily(M, use, cost, val, k)
                beaten = fr.beaten_by_incumbents(cost, val, use, k)
                rest = np.flatnonzero(~beaten)
                n_old -= int(beaten[:n_old].sum())
                xt = np.concatenate([xtol_use, np.zeros(bits.shape[1])])
                cross = None if logic.involved(k) else n_old
                beaten[rest] = _pareto_pairwise(
                    cost[rest], val[rest], ext[rest], tc, xt, n_old=cross, cancel=cancel
                )
            keep = ~beaten
            if beam is not None and int(keep.sum()) > beam:
                idx = np.flatnonzero(keep)
                keep[idx[~_beam(cost[idx], val[idx], beam)]] = False
            elif int(keep.sum()) > limit:
                idx = np.flatnonzero(keep)
                idx = idx[np.argsort(-val[idx], kind="stable")[:limit]]
                keep = np.zeros_like(keep)
                keep[idx] = True
                truncated = True
            M, cost, val, use = M[keep], cost[keep], val[keep], use[keep]
        report((k + 1) / max(n, 1))
    return M, cost, val, truncated


def efficient_frontier(
    problem: PortfolioProblem,
    *,
    limit: int = DEFAULT_LIMIT,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> tuple[list[Portfolio], bool]:
    """The cost–value efficient frontier at the focal point (spec §6 ``frontier``).

    Exact dynamic programme (Nemhauser & Ullmann 1969) with the logical state of
    the module docstring, and bounds: a partial portfolio is dropped when, for
    every extra cost x its completions may add, a known feasible portfolio
    costs no more than it plus x and is worth more than its value plus
    ``min(U(x), U_ρ(room_ρ))`` (:class:`_ValueBound` on the budget and on each
    other limit). Known portfolios are the greedy completions of the partial
    portfolios at every step and, when there are limits besides the budget or
    logical constraints, the results of a quick first pass that keeps a few
    partial portfolios per cost band (:data:`BEAM`). Ties in both cost and value
    are all listed.

    Up to ``max(limit, FRONTIER_WORK_LIMIT)`` partial portfolios are kept while
    computing; beyond that the most valuable are kept and the result is marked
    truncated. At most ``limit`` frontier portfolios are listed.

    Returns
    -------
    (portfolios, truncated)
        Frontier portfolios by increasing cost (then decreasing value).
    """
    report = throttled(progress)
    fr = _Frontier(problem)
    tc = 1e-9 * max(1.0, float(np.abs(problem.cost).sum()))
    if problem.limits.size > int(fr.has_budget) or problem.requires or problem.exclusive:
        # A quick first pass that keeps a few partial portfolios per cost band
        # finds near-frontier feasible portfolios: strong incumbents for the
        # exact pass (without them the partial portfolios multiply).
        M, cost, val, _ = _frontier_dp(
            fr, tc, limit=limit, beam=BEAM, cancel=cancel, report=stage(report, 0, 0.2)
        )
        fr.add_incumbents(cost, val)
        report = stage(report, 0.2, 1.0)
    work = max(limit, FRONTIER_WORK_LIMIT)
    M, cost, val, truncated = _frontier_dp(fr, tc, limit=work, beam=None, cancel=cancel, report=report)
    n = problem.n
    order = fr.order
    keep = ~_pareto_sweep(cost, val, tc)
    M, cost, val = M[keep], cost[keep], val[keep]
    o = np.lexsort((-val, cost))
    if o.size > limit:
        o = o[:limit]
        truncated = True
    masks = np.zeros((o.size, n), dtype=bool)
    masks[:, order] = M[o]
    report(1.0)
    return [_portfolio(problem, masks[i]) for i in range(o.size)], truncated


# ---------------------------------------------------------------------------
# The analysis (spec §6) and comparisons
# ---------------------------------------------------------------------------


def portfolio_analysis(
    model: Model,
    *,
    limit: int = DEFAULT_LIMIT,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> dict[str, Any]:
    """The portfolio analysis of spec §6 (``"format": "diva-portfolio"``).

    Parameters
    ----------
    model
        The decision model.
    limit
        Cap on the number of portfolios kept (non-dominated set and frontier);
        echoed as ``"limit"`` in the result, ``"truncated"`` tells whether it
        was reached.
    progress, cancel
        Progress callback and cancel token (:mod:`~diva_desktop.core.progress`).

    Returns
    -------
    dict
        ``focal_optimum``, ``non_dominated`` (by decreasing focal value; each with
        ``cost``, exact ``value_min``/``value_max`` over S and the focal
        ``value``), ``core_index`` and ``classification`` for every project
        (alternatives except the do-nothing one, model order), ``frontier`` (by
        increasing cost), ``truncated``; added keys: ``limit``, ``budget`` and
        ``warnings``.

    Raises
    ------
    ModelError
        Invalid input or no feasible portfolio (see :func:`portfolio_problem`).
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    report = throttled(progress)
    problem = portfolio_problem(model)
    check(cancel)
    opt = focal_optimum(problem)
    report(0.02)
    nd, trunc_nd = non_dominated(problem, limit=limit, progress=stage(report, 0.02, 0.8), cancel=cancel)
    frontier, trunc_fr = efficient_frontier(
        problem, limit=limit, progress=stage(report, 0.8, 1.0), cancel=cancel
    )
    counts = dict.fromkeys(problem.all_projects, 0)
    for p in nd:
        for a in p.alternatives:
            counts[a] += 1
    total = len(nd)
    core = {a: (c / total if total else 0.0) for a, c in counts.items()}
    classes = {
        a: ("core" if c == total and total else "exterior" if c == 0 else "borderline")
        for a, c in counts.items()
    }
    report(1.0)
    pc = model.portfolio
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "focal_optimum": {"alternatives": list(opt.alternatives), "cost": _num(opt.cost), "value": opt.value},
        "non_dominated": [p.to_json() for p in nd],
        "core_index": core,
        "classification": classes,
        "frontier": [
            {"alternatives": list(p.alternatives), "cost": _num(p.cost), "value": p.value} for p in frontier
        ],
        "truncated": trunc_nd or trunc_fr,
        "limit": limit,
        "budget": None if pc is None or pc.budget is None else _num(pc.budget),
        "warnings": list(problem.warnings),
    }


def compare_portfolios(model: Model, portfolios: Mapping[str, Sequence[str]]) -> dict[str, Any]:
    """Compare portfolios that the user defines (exact over S).

    For each named portfolio: its cost, feasibility (with the reasons when not
    feasible, :func:`feasibility_violations`), focal value and least and
    greatest value over S. For each ordered pair (p, q): the least, greatest and
    focal ``V(p) − V(q)`` (coefficients ``1[a∈p] − 1[a∈q]`` and
    ``−(|p| − |q|)`` for the do-nothing alternative, optimised exactly by
    :func:`~.analysis.values.value_ranges`), and ``dominance``: the pairs with
    ``min ≥ −1e-9`` and ``max > 1e-9``.

    Raises
    ------
    ModelError
        When a portfolio names an unknown alternative or the do-nothing one
        (location ``portfolios.<name>``), or the model is invalid.
    """
    warnings = [p.message for p in ensure_valid(model)]
    ev = prepare(model, check_model=False)
    row = {a: i for i, a in enumerate(ev.alternatives)}
    d = model.do_nothing()
    problems = [p for found in portfolio_reference_problems(model, portfolios).values() for p in found]
    if problems:
        raise ModelError(problems)
    names = list(portfolios)
    C = np.zeros((len(names), ev.m))
    for k, name in enumerate(names):
        for a in dict.fromkeys(portfolios[name]):
            C[k, row[a]] = 1.0
    if d is not None:
        C[:, row[d.id]] = -C.sum(axis=1)
    lo, hi = value_ranges(ev, C) if names else (np.zeros(0), np.zeros(0))
    fv = C @ ev.focal_values if names else np.zeros(0)
    alts = {a.id: a for a in model.alternatives}
    out_p: dict[str, Any] = {}
    for k, name in enumerate(names):
        members = [a for a in ev.alternatives if C[k, row[a]] > 0 and (d is None or a != d.id)]
        out_p[name] = {
            "alternatives": members,
            "cost": _num(sum(float(alts[a].cost) for a in members)),
            "feasible": not feasibility_violations(model, members),
            "violations": feasibility_violations(model, members),
            "value": float(fv[k]),
            "value_min": float(lo[k]),
            "value_max": float(hi[k]),
        }
    pairs = [(i, j) for i in range(len(names)) for j in range(len(names)) if i != j]
    diffs: dict[str, dict[str, dict[str, float]]] = {name: {} for name in names}
    dominance: list[list[str]] = []
    if pairs:
        D = np.array([C[i] - C[j] for i, j in pairs])
        dlo, dhi = value_ranges(ev, D)
        for (i, j), a, b in zip(pairs, dlo, dhi, strict=True):
            diffs[names[i]][names[j]] = {"min": float(a), "max": float(b), "focal": float(fv[i] - fv[j])}
            if a >= -TOLERANCE and b > TOLERANCE:
                dominance.append([names[i], names[j]])
    return {
        "format": COMPARISON_FORMAT_NAME,
        "version": FORMAT_VERSION,
        "portfolios": out_p,
        "differences": diffs,
        "dominance": dominance,
        "warnings": warnings,
    }


# ---------------------------------------------------------------------------
# The user's portfolios kept in a project (the setting ``portfolio.compare``)
# ---------------------------------------------------------------------------

COMPARE_SETTING = "portfolio.compare"
"""The project setting holding the user's portfolios: ``{name: [alternative ids]}``, in order."""


def portfolio_reference_problems(
    model: Model, portfolios: Mapping[str, Sequence[str]]
) -> dict[str, list[Problem]]:
    """Per portfolio, what :func:`compare_portfolios` refuses in it (empty lists when nothing).

    ``unknown_reference`` for an id that is no alternative of ``model`` (for example
    one deleted since the portfolio was made) and ``do_nothing_in_portfolio`` for the
    do-nothing alternative; location ``portfolios.<name>``, the id in ``params['value']``.
    """
    known = {a.id for a in model.alternatives}
    d = model.do_nothing()
    out: dict[str, list[Problem]] = {}
    for name, members in portfolios.items():
        found: list[Problem] = []
        for a in dict.fromkeys(members):
            if a not in known:
                found.append(
                    Problem(
                        "unknown_reference",
                        f"portfolios.{name}",
                        f"unknown alternative {a!r}",
                        params={"value": a},
                    )
                )
            elif d is not None and a == d.id:
                found.append(
                    Problem(
                        "do_nothing_in_portfolio",
                        f"portfolios.{name}",
                        f"{a!r} is the do-nothing alternative, which is never part of a portfolio",
                        params={"value": a},
                    )
                )
        out[name] = found
    return out


def saved_portfolios(value: Any) -> dict[str, list[str]]:
    """The user's portfolios from the value of the project setting :data:`COMPARE_SETTING`.

    ``None`` (no setting) gives ``{}``. The value must be an object of names to lists
    of alternative ids (text); order and names are kept, repeated ids dropped.
    Anything else raises :class:`ModelError` (code ``wrong_type``, location
    ``settings.portfolio.compare``). The ids are not checked against a model here:
    see :func:`portfolio_reference_problems`.
    """
    if value is None:
        return {}
    where = f"settings.{COMPARE_SETTING}"
    if not isinstance(value, dict):
        raise ModelError(
            Problem("wrong_type", where, f"the saved portfolios are not an object of names to ids ({type(value).__name__})")
        )
    out: dict[str, list[str]] = {}
    for name, members in value.items():
        if not isinstance(members, list) or not all(isinstance(a, str) for a in members):
            raise ModelError(
                Problem("wrong_type", f"{where}.{name}", f"the saved portfolio {name!r} is not a list of alternative ids")
            )
        out[str(name)] = list(dict.fromkeys(members))
    return out
