# ruff: noqa: E402  (BLAS thread count and sys.path must be set before the imports)
"""Benchmarks of the decision engine's analyses (spec §4), each beside a baseline.

Run:  .venv/bin/python bench/bench_analysis.py [--quick]

Measures, on synthetic models built here:

1. exact pairwise differences, 50 alternatives × 30 criteria in a three-level
   tree (target ≤ 1 s), against the straightforward baseline: one LP per
   ordered pair (scipy ``linprog``/HiGHS) on the flattened problem
   (:func:`~diva_desktop.core.analysis.values.flat_program`);
2. contraction levels for all pairs of 20 alternatives (target ≤ 2 s), flat with
   precise scores (closed form) and three-level with interval scores
   (bisection), against per-pair bisection with one LP per step (timed on a few
   pairs and extrapolated);
3. SMAA-2, 20 alternatives × 10 criteria × 100,000 samples with a ranking
   (target ≤ 0.5 s and ≤ 3× the floor) and with interval and ratio statements
   (target ≤ 1 s). The floor is one matrix product of the same sampled weights
   with the value matrix plus an ``argsort`` ranking. Second baseline: a
   textbook per-sample loop SMAA written here (no installable Python package
   implements additive-value SMAA-2; ``objective-weighting`` has a VIKOR-based
   SMAA with a per-sample loop: ``pip install objective-weighting`` to time it
   too — its aggregation differs, so only its speed is comparable);
4. peak memory of 1,000,000 SMAA samples (limit 1 GiB).

BLAS runs with one thread (``OPENBLAS_NUM_THREADS=1`` unless set otherwise;
threadpoolctl is not a dependency): on a busy 2-core machine two BLAS threads
make small products erratic (DESIGN §5).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import tracemalloc
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

# One BLAS thread (as DESIGN §5 recommends for sampling kernels); must precede numpy.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import numpy as np
from scipy.optimize import linprog

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from diva_desktop.core.analysis import differences, prepare, smaa
from diva_desktop.core.analysis.contraction import decided_at
from diva_desktop.core.analysis.smaa import WeightSampler
from diva_desktop.core.analysis.values import Evaluation, flat_program
from diva_desktop.core.model import (
    Alternative,
    Bound,
    Criterion,
    IntervalWeights,
    LinearScale,
    Model,
    PreferenceSet,
    RankingWeights,
    Ratio,
    Score,
)
from diva_desktop.core.preferences import contracted

# ---------------------------------------------------------------------------
# Synthetic models
# ---------------------------------------------------------------------------


def synthetic_model(
    m: int,
    shape: tuple[int, ...],
    *,
    weights: str = "mixed",
    interval_share: float = 0.0,
    seed: int = 0,
) -> Model:
    """A model with ``m`` alternatives and a tree of the given branching ``shape``.

    ``shape=(10,)`` is a flat model with 10 criteria; ``(3, 2, 5)`` a three-level
    tree with 30 leaves. ``weights``: ``"ranking"`` (a strict ranking at every
    node), ``"interval_ratio"`` (interval bounds and two ratio statements per
    node) or ``"mixed"`` (ranking at the root, intervals below, ranking with a
    bound at the lowest nodes). Scores on linear 0–100 scales, a share of them
    intervals.
    """
    rng = np.random.default_rng(seed)
    counter = iter(range(10**6))
    prefs: dict[str, PreferenceSet] = {}

    def build(level: int) -> tuple[Criterion, ...]:
        kids: list[Criterion] = []
        for _ in range(shape[level]):
            i = next(counter)
            if level == len(shape) - 1:
                kids.append(Criterion(id=f"c{i}", name=f"C{i}", scale=LinearScale(0, 100)))
            else:
                node = Criterion(id=f"n{i}", name=f"N{i}", children=build(level + 1))
                kids.append(node)
        return tuple(kids)

    def set_for(node_id: str, children: tuple[str, ...], level: int) -> PreferenceSet:
        n = len(children)
        kind = weights
        if weights == "mixed":
            kind = "ranking" if level == 0 else ("interval" if level < len(shape) - 1 else "ranking_bound")
        order = tuple((c,) for c in rng.permutation(list(children)))
        if kind == "ranking":
            return RankingWeights(order=order)
        if kind == "ranking_bound":
            return RankingWeights(order=order, constraints=(Bound(order[-1][0], min=0.02),))
        hi = min(1.0, 2.5 / n)
        bounds = dict.fromkeys(children, (0.02, hi))
        if kind == "interval":
            return IntervalWeights(bounds=bounds)
        cons = (
            Ratio(children[0], children[1], min=1.0, max=3.0),
            Ratio(children[2 % n], children[3 % n], min=0.5, max=2.0),
        )
        return IntervalWeights(bounds=bounds, constraints=cons)

    top = build(0)
    root = Criterion(id="root", name="", children=top)
    for level_nodes in _levels(root):
        for level, node in level_nodes:
            if node.children:
                prefs[node.id] = set_for(node.id, tuple(ch.id for ch in node.children), level)
    leaves = [c for c in root.walk() if c.is_leaf]
    alternatives = tuple(Alternative(id=f"a{i}", name=f"A{i}") for i in range(m))
    scores: dict[str, dict[str, Score]] = {}
    for a in alternatives:
        row: dict[str, Score] = {}
        for leaf in leaves:
            x = float(rng.uniform(0, 100))
            if rng.random() < interval_share:
                lo, hi = sorted((x, float(np.clip(x + rng.uniform(-20, 20), 0, 100))))
                row[leaf.id] = Score(lo, hi)
            else:
                row[leaf.id] = Score.point(x)
        scores[a.id] = row
    return Model(name="bench", criteria=top, alternatives=alternatives, scores=scores, weights=prefs)


def _levels(root: Criterion) -> list[list[tuple[int, Criterion]]]:
    out: list[list[tuple[int, Criterion]]] = []

    def walk(node: Criterion, level: int) -> None:
        out.append([(level, node)])
        for ch in node.children:
            walk(ch, level + 1)

    walk(root, 0)
    return out


# ---------------------------------------------------------------------------
# Timing helpers
# ---------------------------------------------------------------------------


def best_of(fn: Callable[[], Any], repeat: int = 3) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


ROWS: list[tuple[str, str, str, str, str]] = []


def row(task: str, ours: float, target: str, baseline: str, note: str = "") -> None:
    ROWS.append((task, f"{ours:.3f} s", target, baseline, note))
    print(f"  {task}: {ours:.3f} s  (target {target}; baseline {baseline}) {note}", flush=True)


# ---------------------------------------------------------------------------
# 1. Differences
# ---------------------------------------------------------------------------


def lp_differences(ev: Evaluation, pairs: list[tuple[int, int]]) -> np.ndarray:
    """Baseline: ``min δ(a, b)`` by one HiGHS LP per pair on the flattened problem."""
    fp = flat_program(ev)
    n = fp.A_ub.shape[1] if fp.A_ub.size else fp.A_eq.shape[1]
    L = fp.n_leaves
    out = np.empty(len(pairs))
    for i, (a, b) in enumerate(pairs):
        c = np.zeros(n)
        c[:L] = ev.lo[a] - ev.hi[b]
        res = linprog(
            c,
            A_ub=fp.A_ub if fp.A_ub.shape[0] else None,
            b_ub=fp.b_ub if fp.A_ub.shape[0] else None,
            A_eq=fp.A_eq,
            b_eq=fp.b_eq,
            bounds=(0, None),
            method="highs",
        )
        out[i] = res.fun
    return out


def bench_differences(quick: bool) -> None:
    print("1. exact pairwise differences, 50 alternatives × 30 criteria, three-level tree", flush=True)
    model = synthetic_model(50, (3, 2, 5), weights="mixed", interval_share=0.3, seed=1)
    t_prep, ev = best_of(lambda: prepare(model), 3)  # fresh node sets each time (no cache)
    t_diff, diff = best_of(lambda: differences(ev), 3)
    m = ev.m
    pairs = [(a, b) for a in range(m) for b in range(m) if a != b]
    sample = pairs[:: max(1, len(pairs) // (100 if quick else 400))]
    t0 = time.perf_counter()
    ref = lp_differences(ev, sample)
    t_lp = (time.perf_counter() - t0) / len(sample) * len(pairs)
    err = float(np.max(np.abs(ref - np.array([diff.min[a, b] for a, b in sample]))))
    row(
        "differences m=50, L=30 (prepare + all pairs)",
        t_prep + t_diff,
        "≤ 1 s",
        f"LP per pair {t_lp:.2f} s (extrapolated from {len(sample)} pairs)",
        f"prepare {t_prep:.3f} s, optimiser {t_diff:.4f} s; max |ours − LP| = {err:.1e}",
    )


# ---------------------------------------------------------------------------
# 2. Contraction
# ---------------------------------------------------------------------------


def lp_decided_at(ev: Evaluation, a: int, b: int, steps: int = 17) -> float:
    """Baseline: bisection on τ with one flattened LP per step (contracted sets, scores)."""
    from diva_desktop.core.analysis.values import contracted_scores

    lo_t, hi_t = 0.0, 1.0
    for _ in range(steps):
        mid = 0.5 * (lo_t + hi_t)
        sets = {n: contracted(ev.sets[n], mid) for n in ev.nodes}
        ev_t = Evaluation(**{**ev.__dict__, "sets": sets})
        lo, hi = contracted_scores(ev, mid)
        fp = flat_program(ev_t)
        n = fp.A_eq.shape[1]
        c = np.zeros(n)
        c[: fp.n_leaves] = lo[a] - hi[b]
        res = linprog(
            c,
            A_ub=fp.A_ub if fp.A_ub.shape[0] else None,
            b_ub=fp.b_ub if fp.A_ub.shape[0] else None,
            A_eq=fp.A_eq,
            b_eq=fp.b_eq,
            bounds=(0, None),
            method="highs",
        )
        if res.fun >= 0:
            hi_t = mid
        else:
            lo_t = mid
    return hi_t


def bench_contraction(quick: bool) -> None:
    print("2. contraction levels, all pairs of 20 alternatives", flush=True)
    cases = [
        (
            "flat 10 criteria, precise scores (closed form)",
            synthetic_model(20, (10,), weights="ranking", seed=2),
        ),
        (
            "three-level 30 criteria, 30 % interval scores (bisection)",
            synthetic_model(20, (3, 2, 5), weights="mixed", interval_share=0.3, seed=3),
        ),
    ]
    for label, model in cases:
        ev = prepare(model)
        diff = differences(ev)
        t, levels = best_of(partial(decided_at, ev, diff), 3)
        m = ev.m
        pairs = [(a, b) for a in range(m) for b in range(m) if diff.focal[a, b] > 1e-9]
        undecided = [(a, b) for a, b in pairs if diff.min[a, b] < -1e-9]
        few = undecided[: 3 if quick else 8]
        t0 = time.perf_counter()
        ref = [lp_decided_at(ev, a, b) for a, b in few]
        per = (time.perf_counter() - t0) / max(1, len(few))
        err = max((abs(r - levels[a, b]) for r, (a, b) in zip(ref, few, strict=True)), default=0.0)
        row(
            f"decided_at {label}",
            t,
            "≤ 2 s",
            f"LP bisection {per * len(undecided):.1f} s (extrapolated from {len(few)} pairs)",
            f"{len(undecided)} undecided pairs; max |ours − LP| = {err:.1e}",
        )


# ---------------------------------------------------------------------------
# 3. SMAA
# ---------------------------------------------------------------------------


def floor_kernel(W: np.ndarray, X: np.ndarray) -> np.ndarray:
    """The floor: one product of the sampled weights with the value matrix, then argsort."""
    return np.argsort(-(W @ X.T), axis=1)


def textbook_smaa(W: np.ndarray, X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A per-sample loop SMAA-2 (rank acceptabilities and central weights)."""
    K, _ = W.shape
    m = X.shape[0]
    acc = np.zeros((m, m))
    cw = np.zeros((m, W.shape[1]))
    for k in range(K):
        v = X @ W[k]
        for a in range(m):
            r = int(np.sum(v > v[a]))
            acc[a, r] += 1
            if r == 0:
                cw[a] += W[k]
    first = np.maximum(acc[:, 0], 1)
    return acc / K, cw / first[:, None]


def bench_smaa(quick: bool) -> None:
    K = 100_000
    print(f"3. SMAA-2, 20 alternatives × 10 criteria × {K:,} samples", flush=True)
    for label, kind, target in (
        ("ranking", "ranking", "≤ 0.5 s, ≤ 3× floor"),
        ("interval + ratio", "interval_ratio", "≤ 1 s"),
    ):
        model = synthetic_model(20, (10,), weights=kind, seed=4)
        ev = prepare(model)
        smaa(ev, samples=1000, seed=0)  # warm-up (sampler set-up is per call anyway)
        W = WeightSampler(ev).sample(np.random.default_rng(1), K)
        X = ev.focal
        # alternate the two measurements so that both see the same machine load
        t, t_floor, res = float("inf"), float("inf"), None
        for _ in range(5):
            t_f, _ = best_of(partial(floor_kernel, W, X), 1)
            t_s, res = best_of(partial(smaa, ev, samples=K, seed=1), 1)
            t, t_floor = min(t, t_s), min(t_floor, t_f)
        assert res is not None
        t_sampling, _ = best_of(partial(WeightSampler(ev).sample, np.random.default_rng(2), K), 3)
        n_loop = 5_000 if quick else 20_000
        t0 = time.perf_counter()
        textbook_smaa(W[:n_loop], X)
        t_tb = (time.perf_counter() - t0) / n_loop * K
        row(
            f"SMAA {label}",
            t,
            target,
            f"floor {t_floor:.3f} s (×{t / t_floor:.1f}); per-sample loop {t_tb:.1f} s (×{t_tb / t:.0f} slower)",
            f"weight sampling alone {t_sampling:.3f} s; sampler: {res.samplers[0]}",
        )
        try:
            from objective_weighting.mcda_methods import VIKOR_SMAA  # type: ignore[import-not-found]
        except ImportError:
            if kind == "ranking":
                print(
                    "  (objective-weighting not installed; `pip install objective-weighting` to time its VIKOR_SMAA)"
                )
        else:
            if kind == "ranking":
                n_ow = 2_000 if quick else 5_000
                types = np.ones(X.shape[1])
                t0 = time.perf_counter()
                VIKOR_SMAA()(X, W[:n_ow], types)
                t_ow = (time.perf_counter() - t0) / n_ow * K
                row(
                    "objective-weighting VIKOR_SMAA (other aggregation)",
                    t_ow,
                    "—",
                    f"extrapolated from {n_ow} samples",
                    f"×{t_ow / t:.0f} slower than ours",
                )

    print("4. memory: 1,000,000 samples, 20 alternatives × 10 criteria, 30 % interval scores", flush=True)
    model = synthetic_model(20, (10,), weights="ranking", interval_share=0.3, seed=5)
    ev = prepare(model)
    tracemalloc.start()
    t0 = time.perf_counter()
    smaa(ev, samples=200_000 if quick else 1_000_000, seed=1)
    t = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    row(
        f"SMAA {200_000 if quick else 1_000_000:,} samples",
        t,
        "≤ 1 GiB",
        "—",
        f"peak traced memory {peak / 2**20:.0f} MiB",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="fewer baseline samples")
    args = parser.parse_args(argv)
    bench_differences(args.quick)
    bench_contraction(args.quick)
    bench_smaa(args.quick)
    print()
    header = ("task", "ours", "target", "baseline", "note")
    widths = [max(len(str(r[i])) for r in [header, *ROWS]) for i in range(5)]
    for r in [header, *ROWS]:
        print("  ".join(str(x).ljust(w) for x, w in zip(r, widths, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
