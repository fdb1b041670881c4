# ruff: noqa: E402  (BLAS thread count and sys.path must be set before the imports)
"""Benchmarks of the portfolio analysis (spec §6) and one-way sensitivity (spec §5), each beside a baseline.

Run:  .venv/bin/python bench/bench_portfolio.py [--quick]

Measures, on synthetic models built here (seeded, so every run sees the same data):

1. RPM non-dominated portfolios, 30 projects × 5 criteria, interval weights
   (each weight in [f − 0.1, f + 0.1] around a random focal point f), precise
   scores, a do-nothing alternative, budget 40 % of the total cost (target
   ≤ 5 s); also 40 and 50 projects, wider weight intervals and interval scores.
   Baselines: (a) brute force — every subset, exact pairwise dominance over the
   extreme points of the weight set — at 14 projects, where it is feasible, with
   the same answer required; (b) the plain dynamic programme of Liesiö, Mild &
   Salo (2007) — dominance pruning among partial portfolios with no more
   resource use, but no completion bounds — at the same sizes (stopped after
   a time cap, then reported as "> cap"). Also a 30-criterion three-level
   tree, whose weight set has too many extreme points to enumerate (dominance
   is then optimised bottom-up per leaf).
2. Focal optimum, 200 projects, budget + 3 resources, requires and exclusive
   constraints (target ≤ 1 s), by MILP, on 15 seeded instances (their
   difficulty for branch and bound varies; the slowest is held to the target);
   baselines: the same programme through scipy.optimize.milp (SciPy's HiGHS
   with its defaults; same optima required), the greedy value-per-cost
   heuristic (fast, not exact: its value gap is reported) and brute force over
   all 2^20 subsets at 20 projects (same optimum required).
3. Cost–value frontier at the focal point, 50 projects (target ≤ 2 s), budget
   only and with logical constraints; also with 2–3 further resources.
   Baseline: the ε-constraint method with repeated MILPs (maximise value with
   cost ≤ C; then the least cost at that value; C ← that cost − 0.5, exact for
   integer costs), with the same frontier required.
4. One-way sensitivity for every child of every node of a 30-criterion,
   three-level tree with 50 alternatives (target ≤ 0.5 s). Baseline: dense
   evaluation — 2,001 weights per child, global weights rebuilt from the local
   ones, the best alternative by argmax — whose switch points must agree with
   the exact ones to the grid spacing.

BLAS runs with one thread (DESIGN §5). Times are the best of a few runs (wall
clock); the load average is printed, because the machine is shared.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from diva_desktop.core import portfolio as pf
from diva_desktop.core.analysis.sensitivity import one_way_all
from diva_desktop.core.analysis.values import prepare
from diva_desktop.core.errors import CancelledError
from diva_desktop.core.model import (
    Alternative,
    Criterion,
    IntervalWeights,
    Model,
    PortfolioConstraints,
    RankingWeights,
    Score,
)
from diva_desktop.core.preferences import global_weights
from diva_desktop.core.progress import CancelToken

# ---------------------------------------------------------------------------
# Timing
# ---------------------------------------------------------------------------


def best_of(fn: Callable[[], Any], repeat: int = 3) -> tuple[float, Any]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def verdict(t: float, target: float) -> str:
    return f"{t:7.3f} s  (target ≤ {target:g} s: {'met' if t <= target else 'NOT met'})"


# ---------------------------------------------------------------------------
# Models
# ---------------------------------------------------------------------------


def rpm_model(
    n: int, *, leaves: int = 5, width: float = 0.1, interval_scores: float = 0.0, seed: int = 0
) -> Model:
    rng = np.random.default_rng(seed)
    crit = tuple(Criterion(f"c{i}", f"C{i}") for i in range(leaves))
    alts, scores = [], {}
    for i in range(n):
        alts.append(Alternative(f"p{i}", f"P{i}", cost=float(rng.integers(10, 100))))
        row = {}
        for c in crit:
            x = float(np.clip(rng.normal(5, 2), 0, 10))
            if rng.random() < interval_scores:
                row[c.id] = Score(round(max(0.0, x - 1), 2), round(min(10.0, x + 1), 2))
            else:
                row[c.id] = Score.point(round(x, 2))
        scores[f"p{i}"] = row
    alts.append(Alternative("d", "Nothing", cost=0.0, do_nothing=True))
    scores["d"] = {c.id: Score.point(3.0) for c in crit}
    f = rng.dirichlet(np.ones(leaves) * 3)
    w = IntervalWeights(
        bounds={c.id: (float(max(0, f[i] - width)), float(min(1, f[i] + width))) for i, c in enumerate(crit)}
    )
    total = sum(a.cost for a in alts)
    return Model(
        name="rpm",
        criteria=crit,
        alternatives=tuple(alts),
        scores=scores,
        weights={"root": w},
        portfolio=PortfolioConstraints(budget=0.4 * total),
    )


def milp_model(n: int, *, resources: int = 3, logic: bool = True, seed: int = 1) -> Model:
    rng = np.random.default_rng(seed)
    crit = tuple(Criterion(f"c{i}", f"C{i}") for i in range(5))
    alts, scores = [], {}
    for i in range(n):
        res = {f"r{j}": float(rng.integers(0, 20)) * float(rng.random() < 0.5) for j in range(resources)}
        alts.append(Alternative(f"p{i}", f"P{i}", cost=float(rng.integers(10, 100)), resources=res))
        scores[f"p{i}"] = {c.id: Score.point(round(float(np.clip(rng.normal(5, 2), 0, 10)), 2)) for c in crit}
    alts.append(Alternative("d", "Nothing", cost=0.0, do_nothing=True))
    scores["d"] = {c.id: Score.point(3.0) for c in crit}
    ids = [f"p{i}" for i in range(n)]
    requires = tuple((ids[i], ids[i + 1]) for i in range(0, min(n, 40) - 1, 4)) if logic else ()
    exclusive = tuple(tuple(ids[i : i + 3]) for i in range(40, min(n, 100) - 2, 3)) if logic else ()
    total = sum(a.cost for a in alts)
    limits = {f"r{j}": 0.35 * sum(a.resources.get(f"r{j}", 0.0) for a in alts) for j in range(resources)}
    return Model(
        name="milp",
        criteria=crit,
        alternatives=tuple(alts),
        scores=scores,
        weights={"root": RankingWeights(order=tuple((c.id,) for c in crit))},
        portfolio=PortfolioConstraints(
            budget=0.4 * total, resources=limits, requires=requires, exclusive=exclusive
        ),
    )


def tree_model(alternatives: int = 50, seed: int = 2) -> Model:
    """30 leaves in a three-level tree: 3 areas × 2 groups × 5 leaves, interval and ranking weights."""
    rng = np.random.default_rng(seed)
    areas, weights, leaves = [], {}, []
    for a in range(3):
        groups = []
        for g in range(2):
            kids = tuple(Criterion(f"l{a}{g}{k}", f"L{a}{g}{k}") for k in range(5))
            leaves.extend(kids)
            groups.append(Criterion(f"g{a}{g}", f"G{a}{g}", children=kids))
            weights[f"g{a}{g}"] = RankingWeights(
                order=tuple((str(c),) for c in rng.permutation([c.id for c in kids]))
            )
        areas.append(Criterion(f"a{a}", f"A{a}", children=tuple(groups)))
        weights[f"a{a}"] = IntervalWeights(bounds={f"g{a}0": (0.3, 0.7)})
    weights["root"] = IntervalWeights(bounds={"a0": (0.2, 0.5), "a1": (0.2, 0.5)})
    alts = tuple(Alternative(f"x{i}", f"X{i}") for i in range(alternatives))
    scores = {a.id: {c.id: Score.point(round(float(rng.uniform(0, 10)), 2)) for c in leaves} for a in alts}
    return Model(name="tree", criteria=tuple(areas), alternatives=alts, scores=scores, weights=weights)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# 1. RPM
# ---------------------------------------------------------------------------


def brute_force_rpm(model: Model) -> set[frozenset[str]]:
    """Every subset; exact dominance for precise scores over the weight set's extreme points."""
    ev = prepare(model)
    problem = pf.portfolio_problem(model, ev)
    E = pf._extreme_points(ev, 10_000)
    assert E is not None
    n = problem.n
    masks = np.array(list(itertools.product([False, True], repeat=n)), dtype=bool)
    cost = masks @ problem.cost
    masks = masks[cost <= problem.limits[0] + 1e-9]
    d = problem.do_nothing
    vals = (ev.focal[problem.rows] - ev.focal[d]) @ E.T  # (n, K): V(a) − V(d) at each extreme point
    Vp = masks.astype(float) @ vals  # (P, K)
    P = Vp.shape[0]
    dominated = np.zeros(P, dtype=bool)
    for s in range(0, P, 256):
        blk = slice(s, min(P, s + 256))
        ge = (Vp[None, :, :] >= Vp[blk, None, :] - 1e-9).all(axis=2)
        gt = (Vp[None, :, :] > Vp[blk, None, :] + 1e-9).any(axis=2)
        dominated[blk] = (ge & gt).any(axis=1)
    return {frozenset(problem.projects[i] for i in np.flatnonzero(m)) for m in masks[~dominated]}


def plain_dp(problem: pf.PortfolioProblem, cap: float) -> tuple[float, int | None]:
    """The 2007 dynamic programme without completion bounds (our dominance checks), stopped after ``cap`` s."""
    saved = pf._bound_prune, pf._incumbents, pf.RPM_BEAM_FROM
    pf._bound_prune = lambda rpm, parts, Z, k: np.zeros(len(parts), dtype=bool)  # type: ignore[assignment]
    pf._incumbents = pf._empty_parts  # type: ignore[assignment]
    pf.RPM_BEAM_FROM = 10**9
    token = CancelToken()
    timer = threading.Timer(cap, token.cancel)
    timer.start()
    start = time.perf_counter()
    try:
        nd, _ = pf.non_dominated(problem, limit=10**7, cancel=token)
        return time.perf_counter() - start, len(nd)
    except CancelledError:
        return float("inf"), None
    finally:
        timer.cancel()
        pf._bound_prune, pf._incumbents, pf.RPM_BEAM_FROM = saved  # type: ignore[assignment]


def bench_rpm(quick: bool) -> None:
    print("1. RPM: non-dominated portfolios (5 criteria, interval weights, budget 40 %)")
    m14 = rpm_model(14, width=0.15)
    t_bf, bf = best_of(lambda: brute_force_rpm(m14), 1)
    t_ours, nd = best_of(lambda: pf.non_dominated(pf.portfolio_problem(m14))[0])
    same = {frozenset(p.alternatives) for p in nd} == bf
    print(
        f"   14 projects: ours {t_ours:.3f} s, brute force {t_bf:.3f} s; {len(bf)} portfolios; same: {same}"
    )
    cap = 20.0 if quick else 60.0
    cases = [(30, 0.1, 0.0), (40, 0.1, 0.0), (50, 0.1, 0.0)]
    if not quick:
        cases += [(30, 0.15, 0.0), (40, 0.15, 0.0), (30, 0.05, 0.3), (30, 0.1, 0.3)]
    for n, width, iscores in cases:
        problem = pf.portfolio_problem(rpm_model(n, width=width, interval_scores=iscores))
        t, (nd, truncated) = best_of(lambda p=problem: pf.non_dominated(p), 1 if n > 30 or iscores else 3)
        label = f"{n} projects, weights ±{width}" + (
            f", {int(iscores * 100)} % interval scores" if iscores else ""
        )
        line = f"   {label}: {len(nd)} non-dominated{' (truncated)' if truncated else ''}; "
        line += verdict(t, 5.0) if (n, width, iscores) == (30, 0.1, 0.0) else f"{t:7.3f} s"
        t_plain, n_plain = plain_dp(problem, cap)
        line += f"; plain DP {f'> {cap:g} s' if n_plain is None else f'{t_plain:.3f} s'}"
        print(line, flush=True)
    # A deep tree: too many extreme points to enumerate, so weights are optimised per leaf.
    for n in (20,) if quick else (20, 30):
        tree = tree_model(alternatives=n, seed=3)
        rng = np.random.default_rng(0)
        alts = tuple(replace(a, cost=float(rng.integers(10, 100))) for a in tree.alternatives)
        tree = replace(
            tree, alternatives=alts, portfolio=PortfolioConstraints(budget=0.4 * sum(a.cost for a in alts))
        )
        problem = pf.portfolio_problem(tree)
        t, (nd, truncated) = best_of(lambda p=problem: pf.non_dominated(p), 1)
        print(
            f"   {n} projects, 30-criterion three-level tree (leaf space): {len(nd)} non-dominated"
            f"{' (truncated)' if truncated else ''}; {t:7.3f} s",
            flush=True,
        )


# ---------------------------------------------------------------------------
# 2. Focal optimum
# ---------------------------------------------------------------------------


def greedy(problem: pf.PortfolioProblem) -> float:
    """Value per cost, taking a project when it fits and its logic allows (the common heuristic)."""
    x = np.zeros(problem.n, dtype=bool)
    used = np.zeros(problem.limits.size)
    needs: dict[int, list[int]] = {}
    for a, b in problem.requires:
        needs.setdefault(a, []).append(b)
    for i in np.argsort(-problem.value / np.maximum(problem.cost, 1e-12)):
        if problem.value[i] <= 0 or ((used + problem.use[i]) > problem.limits).any():
            continue
        if any(not x[b] for b in needs.get(int(i), ())) or any(
            i in g and x[list(g)].any() for g in problem.exclusive
        ):
            continue
        x[i] = True
        used += problem.use[i]
    return float(problem.value[x].sum())


def brute_force_optimum(problem: pf.PortfolioProblem) -> float:
    n = problem.n
    best = -np.inf
    for chunk in range(0, 2**n, 1 << 16):
        ids = np.arange(chunk, min(2**n, chunk + (1 << 16)), dtype=np.int64)
        X = ((ids[:, None] >> np.arange(n)) & 1).astype(bool)
        ok = (X.astype(float) @ problem.use <= problem.limits + 1e-9).all(axis=1)
        for a, b in problem.requires:
            ok &= ~X[:, a] | X[:, b]
        for g in problem.exclusive:
            ok &= X[:, list(g)].sum(axis=1) <= 1
        if ok.any():
            best = max(best, float((X[ok].astype(float) @ problem.value).max()))
    return best


def scipy_milp(problem: pf.PortfolioProblem) -> float:
    """Baseline: the same 0-1 programme through :func:`scipy.optimize.milp` (SciPy's HiGHS, default options)."""
    n = problem.n
    rows, ub = [problem.use[:, k] for k in range(problem.use.shape[1])], list(problem.limits)
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
    with pf._c_stdout_silenced():  # SciPy's HiGHS 1.12 prints a stray debug line (ERGO-Code/HiGHS#2783)
        res = milp(
            -problem.value,
            integrality=np.ones(n),
            bounds=Bounds(0, 1),
            constraints=[LinearConstraint(np.array(rows), -np.inf, np.array(ub))],
            options={"mip_rel_gap": 0.0},
        )
    return -float(res.fun)


def bench_optimum(quick: bool) -> None:
    print("2. Focal optimum by MILP (budget + 3 resources, requires and exclusive)")
    p20 = pf.portfolio_problem(milp_model(20))
    t_bf, v_bf = best_of(lambda: brute_force_optimum(p20), 1)
    t, opt = best_of(lambda: pf.focal_optimum(p20))
    print(
        f"   20 projects: MILP {t:.3f} s, brute force over 2^20 subsets {t_bf:.3f} s; same optimum: "
        f"{abs(opt.value - v_bf) < 1e-9}"
    )
    times, base, gaps, same = [], [], [], True
    for seed in range(1, 6 if quick else 16):
        p200 = pf.portfolio_problem(milp_model(200, seed=seed))
        t, opt = best_of(lambda p=p200: pf.focal_optimum(p), 1 if quick else 3)
        t_s, v_s = best_of(lambda p=p200: scipy_milp(p), 1 if quick else 3)
        v_g = greedy(p200)
        times.append(t)
        base.append(t_s)
        gaps.append(100 * (opt.value - v_g) / opt.value)
        same &= abs(opt.value - v_s) < 1e-9
        print(
            f"   200 projects, instance {seed:2d}: ours {t:.3f} s; scipy.optimize.milp {t_s:.3f} s; "
            f"greedy baseline value {gaps[-1]:.2f} % below",
            flush=True,
        )
    t_g, _ = best_of(lambda: greedy(p200))
    print(
        f"   200 projects, slowest of {len(times)} instances: ours {verdict(max(times), 1.0)}; "
        f"median {float(np.median(times)):.3f} s"
    )
    print(
        f"   baseline scipy.optimize.milp: slowest {max(base):.3f} s, median {float(np.median(base)):.3f} s; "
        f"same optima: {same}; greedy {t_g * 1000:.1f} ms, {np.mean(gaps):.1f} % below on average"
    )


# ---------------------------------------------------------------------------
# 3. Frontier
# ---------------------------------------------------------------------------


def epsilon_constraint(problem: pf.PortfolioProblem) -> tuple[set[tuple[float, float]], int]:
    """Repeated MILPs: max value with cost ≤ C, then the least cost at that value; C ← cost − 0.5."""
    n = problem.n
    rows, ub = [problem.use[:, k] for k in range(problem.use.shape[1])], list(problem.limits)
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
    A, points, solves = np.array(rows), set(), 0
    cap = float(problem.limits[0])
    while cap >= 0:
        r1 = milp(
            -problem.value,
            integrality=np.ones(n),
            bounds=Bounds(0, 1),
            constraints=[LinearConstraint(np.vstack([A, problem.cost]), -np.inf, np.array([*ub, cap]))],
            options={"mip_rel_gap": 0.0},
        )
        v = -float(r1.fun)
        r2 = milp(
            problem.cost,
            integrality=np.ones(n),
            bounds=Bounds(0, 1),
            constraints=[
                LinearConstraint(
                    np.vstack([A, problem.cost, problem.value]),
                    np.array([*[-np.inf] * len(ub), -np.inf, v - 1e-9]),
                    np.array([*ub, cap, np.inf]),
                )
            ],
            options={"mip_rel_gap": 0.0},
        )
        solves += 2
        c = float(np.round(r2.x) @ problem.cost)
        points.add((round(c, 6), round(float(np.round(r2.x) @ problem.value), 6)))
        cap = c - 0.5
    return points, solves


def bench_frontier(quick: bool) -> None:
    print("3. Cost–value frontier at the focal point, 50 projects")
    for resources, logic in ((0, False), (0, True), (2, True), (3, True)):
        problem = pf.portfolio_problem(milp_model(50, resources=resources, logic=logic))
        t, (fr, truncated) = best_of(lambda p=problem: pf.efficient_frontier(p), 1 if resources else 3)
        ours = {(round(p.cost, 6), round(p.value, 6)) for p in fr}
        label = f"budget{f' + {resources} resources' if resources else ''}{' + logic' if logic else ''}"
        line = f"   {label}: {len(fr)} points{' (truncated)' if truncated else ''}; "
        line += verdict(t, 2.0) if resources == 0 else f"{t:7.3f} s"
        if not quick or resources == 0:
            with pf._c_stdout_silenced():  # SciPy's HiGHS 1.12 prints a stray debug line
                t_eps, (pts, solves) = best_of(lambda p=problem: epsilon_constraint(p), 1)
            line += f"; ε-constraint {t_eps:.2f} s ({solves} MILPs), same: {pts == ours}"
        print(line, flush=True)


# ---------------------------------------------------------------------------
# 4. One-way sensitivity
# ---------------------------------------------------------------------------


def dense_switches(model: Model, ev: Any, node: str, child: str, grid: np.ndarray) -> list[float]:
    ls = ev.sets[node]
    j = ls.children.index(child)
    f = np.asarray(ls.focal)
    others = np.arange(ls.n) != j
    p = f[others] / (1 - f[j]) if 1 - f[j] > 1e-12 else np.full(ls.n - 1, 1 / (ls.n - 1))
    best = []
    for t in grid:
        w = np.empty(ls.n)
        w[j], w[others] = t, (1 - t) * p
        W = np.fromiter(global_weights(model, ev.sets, {node: w}).values(), dtype=float)
        best.append(int(np.argmax(ev.focal @ W)))
    return [float(grid[i]) for i in range(1, grid.size) if best[i] != best[i - 1]]


def bench_sensitivity(quick: bool) -> None:
    print("4. One-way sensitivity, every child of every node: 30 criteria (3 levels), 50 alternatives")
    model = tree_model()
    ev = prepare(model)
    t, lines = best_of(lambda: one_way_all(ev), 5)
    print(f"   {len(lines)} node/child pairs: {verdict(t, 0.5)}")
    grid = np.linspace(0, 1, 2001)
    sample = lines if not quick else lines[:6]
    start = time.perf_counter()
    agree = True
    for ow in sample:
        dense = dense_switches(model, ev, ow.node, ow.criterion, grid)
        exact = [s.weight for s in ow.switches]
        agree &= len(dense) == len(exact) and all(
            abs(a - b) <= 1e-3 for a, b in zip(dense, exact, strict=True)
        )
    t_dense = (time.perf_counter() - start) * len(lines) / len(sample)
    print(
        f"   dense baseline (2,001 weights per child): {t_dense:.2f} s"
        f"{' (extrapolated)' if quick else ''}; switch points agree to the grid: {agree}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="fewer cases and repetitions")
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    bench_sensitivity(args.quick)
    bench_optimum(args.quick)
    bench_frontier(args.quick)
    bench_rpm(args.quick)


if __name__ == "__main__":
    main()
