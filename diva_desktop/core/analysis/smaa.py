"""SMAA-2: stochastic multicriteria acceptability analysis (spec §4 ``smaa``).

After Lahdelma & Salminen (2001), "SMAA-2: Stochastic multicriteria acceptability
analysis for group decision making", Operations Research 49(3):444–454, adapted to
a value tree with imprecise local weights:

* each node's local weights are drawn uniformly from its feasible set
  (:func:`~diva_desktop.core.polytope.make_sampler`), independently across nodes;
  global leaf weights are the products along each path;
* each interval score is drawn uniformly from its interval in score units (level
  intervals and missing scores: uniformly on the value interval);
* ``V(a) = Σ_leaf W_leaf v_leaf(a)``; the rank of a is ``1 + #{b : V(b) > V(a)}``
  (values within :data:`RANK_TOLERANCE` = 1e-12 count as tied).

Estimates over K samples:

* rank acceptability ``b_a^r`` = share of samples in which a has rank r;
* central weight vector ``w_a^c`` = mean global leaf weights over the samples in
  which a has rank 1;
* confidence factor ``p_a^c`` = share of score samples in which a has rank 1
  when the weights are fixed at ``w_a^c`` (with precise scores this is exactly
  1 or 0 and is computed in closed form);
* pairwise winning index ``p_ab`` = share of samples with ``V(a) > V(b)``
  (Leskinen et al. 2006);
* holistic acceptability ``a_a^h = Σ_r α_r b_a^r`` with meta-weights
  ``α_r = (m − r)/(m − 1)`` (linear; α_1 = 1 when m = 1).

Implementation: samples are processed in chunks (a few MB each) so that a
million samples stay far inside 1 GiB; the progress callback and the cancel
check run once per chunk. Values are laid out alternatives × samples, and one
pass over the pairs of alternatives counts the pairwise wins and, from them, the
number of strictly better alternatives of each (its rank − 1, exact with ties):
no sort is needed, and the pairwise winning indices come for free.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from ..model import LinearScale, PiecewiseScale
from ..polytope import Sampler, make_sampler
from ..progress import CancelToken, Progress, check, throttled
from ..scales import FloatArray, values
from .values import Differences, Evaluation, IntArray, differences

__all__ = [
    "DEFAULT_SAMPLES",
    "RANK_TOLERANCE",
    "ScoreSampler",
    "SmaaResult",
    "WeightSampler",
    "holistic_weights",
    "smaa",
]

DEFAULT_SAMPLES = 10_000
_CHUNK_ELEMENTS = 1_000_000  # elements of the widest (width × chunk) array
_MAX_CHUNK = 50_000

RANK_TOLERANCE = 1e-12
"""Values closer than this count as equal when ranking (V is in [0, 1]).

Sampled weights carry rounding (a point set's sample may be 0.4999999999999999
instead of ½), which must not turn an exact tie into a strict order. A genuine
difference below 1e-12 has negligible probability under continuous sampling.
"""


@dataclass(frozen=True, eq=False)
class SmaaResult:
    """Results of :func:`smaa`; alternatives and leaves in :class:`Evaluation` order.

    Attributes
    ----------
    samples, seed
        The number of samples K and the seed.
    rank_acceptability
        ``(m, m)``: ``[a, r − 1]`` is the share of samples in which a has rank r.
    central_weights
        ``(m, L)`` global leaf weights; a row of NaN where a never ranks first.
    confidence
        ``(m,)``; NaN where a has no central weights.
    pairwise_winning
        ``(m, m)``: ``[a, b]`` is the share of samples with V(a) > V(b); 0 on the
        diagonal.
    holistic
        ``(m,)`` holistic acceptability indices.
    samplers
        The description of each node's weight sampler (in ``ev.nodes`` order).
    """

    samples: int
    seed: int
    rank_acceptability: FloatArray
    central_weights: FloatArray
    confidence: FloatArray
    pairwise_winning: FloatArray
    holistic: FloatArray
    samplers: tuple[str, ...]


def holistic_weights(m: int) -> FloatArray:
    """Meta-weights ``α_r = (m − r)/(m − 1)``, r = 1..m (``[1.0]`` when m = 1)."""
    if m <= 1:
        return np.ones(m)
    return (m - np.arange(1, m + 1)) / (m - 1.0)


class WeightSampler:
    """Global leaf weights from independent uniform samples of every node's local weights."""

    def __init__(self, ev: Evaluation) -> None:
        self._ev = ev
        self._samplers: list[Sampler] = [make_sampler(ev.sets[n]) for n in ev.nodes]

    @property
    def descriptions(self) -> tuple[str, ...]:
        """How each node's local weights are sampled (exact method or hit-and-run settings)."""
        return tuple(s.description for s in self._samplers)

    def sample(self, rng: np.random.Generator, k: int) -> FloatArray:
        """``(k, L)`` global leaf weights: products of local weights along each path."""
        ev = self._ev
        L = len(ev.leaves)
        if not ev.nodes:
            return np.zeros((k, L))
        if len(ev.nodes) == 1:
            local = np.asarray(self._samplers[0].sample(rng, k), dtype=np.float64)
            W = np.empty((k, L))
            W[:, ev.children[0]] = local
            return W
        W = np.empty((k, L))
        node_weight: list[FloatArray | None] = [None] * len(ev.nodes)
        for q, sampler in enumerate(self._samplers):  # parents before children
            local = np.asarray(sampler.sample(rng, k), dtype=np.float64)
            parent = node_weight[q]
            if parent is not None:
                local *= parent[:, None]
                node_weight[q] = None
            for j, r in enumerate(ev.children[q]):
                if r < L:
                    W[:, r] = local[:, j]
                else:
                    node_weight[int(r) - L] = local[:, j]
        return W


class ScoreSampler:
    """Uniform samples of the imprecise scores, as deviations from the focal values.

    Only cells (a, leaf) whose value interval is not a point are sampled. Numeric
    intervals are uniform in score units; on a linear scale that is uniform
    between the end values, on a piecewise scale the sampled score goes through
    v. Level intervals and missing scores are uniform on the value interval.
    Cells are ordered by alternative, so each alternative's cells are one slice.
    Arrays are laid out cell × sample.
    """

    def __init__(self, ev: Evaluation) -> None:
        alt, leaf = np.nonzero(ev.lo != ev.hi)  # row-major: sorted by alternative
        self.alt: IntArray = alt.astype(np.intp)
        self.leaf: IntArray = leaf.astype(np.intp)
        self.n = alt.size
        self.focal = ev.focal[alt, leaf][:, None]
        lo = ev.lo[alt, leaf].copy()
        span = ev.hi[alt, leaf] - lo
        for c in range(self.n):
            a, i = int(alt[c]), int(leaf[c])
            scale = ev.scales[i]
            if ev.numeric[a, i] and isinstance(scale, LinearScale):
                v0, v1 = float(values(scale, ev.x_lo[a, i])), float(values(scale, ev.x_hi[a, i]))
                lo[c], span[c] = v0, v1 - v0
        self._curve: list[tuple[PiecewiseScale, IntArray, FloatArray, FloatArray]] = []
        for i in np.unique(leaf):
            scale = ev.scales[int(i)]
            if isinstance(scale, PiecewiseScale):
                cells = np.flatnonzero((leaf == i) & ev.numeric[alt, leaf])
                if cells.size:
                    x0 = ev.x_lo[alt[cells], i][:, None]
                    self._curve.append((scale, cells, x0, ev.x_hi[alt[cells], i][:, None] - x0))
        self.span = span[:, None]
        self.offset = lo[:, None] - self.focal
        starts = np.flatnonzero(np.r_[True, alt[1:] != alt[:-1]]) if self.n else alt
        stops = np.r_[starts[1:], self.n] if self.n else alt
        self.segments: list[tuple[int, int, int]] = [
            (int(alt[b]), int(b), int(e)) for b, e in zip(starts, stops, strict=True)
        ]

    def sample(self, rng: np.random.Generator, k: int) -> FloatArray:
        """``(n_cells, k)`` sampled values minus focal values."""
        u = rng.random((self.n, k))
        curves = [(cells, u[cells]) for _, cells, _, _ in self._curve]
        u *= self.span
        u += self.offset  # lo − focal
        for (scale, cells, x0, dx), (_, uc) in zip(self._curve, curves, strict=True):
            u[cells] = values(scale, x0 + uc * dx) - self.focal[cells]
        return u

    def add_values(self, VT: FloatArray, W_cells: FloatArray, dev: FloatArray) -> None:
        """``VT[a] += Σ_{cells c of a} W_cells[c] · dev[c]`` in place (rows alternatives).

        Per-alternative slices summed along the cell axis (``np.add.reduceat`` along
        axis 0 is an order of magnitude slower here).
        """
        if not self.n:
            return
        prod = W_cells * dev
        for a, start, stop in self.segments:
            VT[a] += prod[start:stop].sum(axis=0)


def _chunk(samples: int, width: int, chunk_size: int | None) -> int:
    if chunk_size is not None:
        return max(1, min(chunk_size, samples))
    return max(1, min(samples, _MAX_CHUNK, max(1000, _CHUNK_ELEMENTS // max(1, width))))


def _rank_dtype(m: int) -> type[np.signedinteger[Any]]:
    if m <= np.iinfo(np.int8).max:
        return np.int8
    if m <= np.iinfo(np.int16).max:
        return np.int16
    return np.int32


class _RankCounter:
    """Accumulates rank counts, first-rank weight sums and pairwise wins over chunks.

    One pass over the pairs a < b of a chunk's values ``VT`` (alternatives ×
    samples, rows contiguous) counts ``V(a) > V(b)`` and ``V(b) > V(a)`` and
    adds them to the number of alternatives strictly better than b and a, which
    gives every rank (``rank − 1`` = that number, ties exact) without sorting.

    Pairs whose exact difference interval over S (:func:`differences`) lies
    beyond the tolerance are decided in every sample and need no comparison;
    pairs with ``δ ≡ 0`` are tied in every sample.
    """

    def __init__(self, m: int, L: int, always: npt.NDArray[np.bool_], tied: npt.NDArray[np.bool_]) -> None:
        self.m = m
        self.acc = np.zeros((m, m), dtype=np.int64)
        self.cw_sum = np.zeros((m, L))
        self.wins = np.zeros((m, m), dtype=np.int64)
        self._dtype = _rank_dtype(m)
        self._always = always  # [a, b]: V(a) > V(b) + tolerance in every sample
        self._base_better = always.sum(axis=0).astype(self._dtype)  # per b: always-better a's
        self._compare = [
            (a, b)
            for a in range(m - 1)
            for b in range(a + 1, m)
            if not (always[a, b] or always[b, a] or tied[a, b])
        ]

    def add(self, VT: FloatArray, W: FloatArray) -> None:
        m = self.m
        k = VT.shape[1]
        better = np.empty((m, k), dtype=self._dtype)  # number strictly greater
        better[...] = self._base_better[:, None]
        wins = self.wins
        wins += k * self._always
        raised = VT + RANK_TOLERANCE  # "x > y" is "x > y + tolerance"
        for a, b in self._compare:
            gt = VT[a] > raised[b]
            lt = VT[b] > raised[a]
            wins[a, b] += np.count_nonzero(gt)
            wins[b, a] += np.count_nonzero(lt)
            better[b] += gt
            better[a] += lt
        for a in range(m):
            self.acc[a] += np.bincount(better[a], minlength=m)
        self.cw_sum += (better == 0).astype(np.float64) @ W

    @property
    def first(self) -> npt.NDArray[np.int64]:
        """Number of samples in which each alternative has rank 1."""
        return self.acc[:, 0]


def _pair_classes(
    ev: Evaluation, diff: Differences | None
) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """Pairs decided on all of S: ``always[a, b]`` (δ > 2·tol) and ``tied[a, b]`` (|δ| ≤ tol/2).

    The margins keep the classification valid for sampled values with rounding.
    Without vertices for every node the exact differences would cost one LP per
    pair, so then every pair is compared sample by sample.
    """
    m = ev.m
    if diff is None and all(u is not None for u in ev.node_vertices):
        diff = differences(ev)
    if diff is None:
        none = np.zeros((m, m), dtype=bool)
        return none, none.copy()
    always = diff.min > 2 * RANK_TOLERANCE
    tied = (diff.min >= -0.5 * RANK_TOLERANCE) & (diff.max <= 0.5 * RANK_TOLERANCE)
    np.fill_diagonal(always, False)
    np.fill_diagonal(tied, False)
    return always, tied


def smaa(
    ev: Evaluation,
    *,
    samples: int = DEFAULT_SAMPLES,
    seed: int = 1,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    chunk_size: int | None = None,
    diff: Differences | None = None,
) -> SmaaResult:
    """SMAA-2 over the value tree (spec §4): acceptabilities, central weights, confidence.

    Parameters
    ----------
    ev
        The prepared model.
    samples
        Number of Monte Carlo samples K (weights and scores jointly); the
        confidence factors use K further score samples.
    seed
        Seed of ``numpy.random.SeedSequence``: three independent streams are
        spawned from it (weights, scores, confidence scores), so results are
        reproducible for the same seed, sample count and chunk size.
    progress, cancel
        Called / checked once per chunk.
    diff
        The exact differences (:func:`differences`), if already computed; they
        let pairs that are decided on all of S skip the per-sample comparison.
    chunk_size
        Samples per chunk (default: at most 50,000 and about a million elements in
        the widest array of a chunk).

    Returns
    -------
    SmaaResult
        Estimates as described in the module docstring. The standard error of a
        share p is ``sqrt(p(1 − p)/K)``.
    """
    if samples < 1:
        raise ValueError("samples must be at least 1")
    m, L = ev.m, len(ev.leaves)
    if m == 0:
        empty = np.zeros((0, 0))
        return SmaaResult(samples, seed, empty, np.zeros((0, L)), np.zeros(0), empty, np.zeros(0), ())
    report = throttled(progress)
    w_seq, s_seq, c_seq = np.random.SeedSequence(seed).spawn(3)
    w_rng, s_rng, c_rng = (np.random.default_rng(s) for s in (w_seq, s_seq, c_seq))
    weights = WeightSampler(ev)
    scores = ScoreSampler(ev)
    always, tied = _pair_classes(ev, diff)
    counter = _RankCounter(m, L, always, tied)
    base = ev.focal  # (m, L)
    conf_work = scores.n > 0 and m > 1
    step = _chunk(samples, max(m, L, scores.n, 1), chunk_size)
    total_work = samples * (2 if conf_work else 1)
    done = 0
    report(0.0)
    while done < samples:
        check(cancel)
        k = min(step, samples - done)
        W = weights.sample(w_rng, k)
        VT = base @ W.T
        if scores.n:
            dev = scores.sample(s_rng, k)
            scores.add_values(VT, W.T[scores.leaf], dev)
        counter.add(VT, W)
        done += k
        report(done / total_work)

    K = float(samples)
    acc = counter.acc / K
    central = np.full((m, L), np.nan)
    has = counter.first > 0
    central[has] = counter.cw_sum[has] / counter.first[has, None]
    confidence = _confidence(
        ev,
        scores,
        central,
        has,
        samples=samples,
        rng=c_rng,
        step=step,
        cancel=cancel,
        report=report,
        offset=samples,
        total=total_work,
    )
    wins = counter.wins / K
    np.fill_diagonal(wins, 0.0)
    report(1.0)
    return SmaaResult(
        samples=samples,
        seed=seed,
        rank_acceptability=acc,
        central_weights=central,
        confidence=confidence,
        pairwise_winning=wins,
        holistic=acc @ holistic_weights(m),
        samplers=weights.descriptions,
    )


def _confidence(
    ev: Evaluation,
    scores: ScoreSampler,
    central: FloatArray,
    has: npt.NDArray[np.bool_],
    *,
    samples: int,
    rng: np.random.Generator,
    step: int,
    cancel: CancelToken | None,
    report: Progress,
    offset: int,
    total: int,
) -> FloatArray:
    """Confidence factors: share of score samples with a ranked first under ``w_a^c``.

    Precise scores: V is fixed, so the factor is 1 when no alternative has a
    strictly greater value at the central weights and 0 otherwise.
    """
    m = ev.m
    conf = np.full(m, np.nan)
    owners = np.flatnonzero(has)
    if owners.size == 0:
        return conf
    base = ev.focal @ central[owners].T  # (m, A): V(b) under owner i's central weights
    if scores.n == 0 or m == 1:
        for col, a in enumerate(owners):
            conf[a] = 1.0 if not np.any(base[:, col] > base[a, col] + RANK_TOLERANCE) else 0.0
        return conf
    wins = np.zeros(owners.size, dtype=np.int64)
    done = 0
    sub = max(1, step // max(1, owners.size))
    while done < samples:
        check(cancel)
        k = min(sub, samples - done)
        dev = scores.sample(rng, k)
        for col, a in enumerate(owners):
            VT = np.repeat(base[:, col : col + 1], k, axis=1)
            scores.add_values(VT, central[a, scores.leaf][:, None], dev)
            wins[col] += int(np.count_nonzero(VT[a] + RANK_TOLERANCE >= VT.max(axis=0)))
        done += k
        report((offset + done) / total)
    conf[owners] = wins / float(samples)
    return conf
