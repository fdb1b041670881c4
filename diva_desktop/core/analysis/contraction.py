"""Contraction levels at which pairwise comparisons are decided (spec §4 ``decided_at``).

After the contraction analysis of the Delta method (Danielson, Ekenberg &
Larsson 2007, "Distribution of expected utility in decision trees"; Danielson &
Ekenberg 2007, "Computing upper and lower bounds in interval decision trees"):
at level τ ∈ [0, 1] every node's feasible local weight set is shrunk
homothetically toward its focal weights, ``w ↦ f + (1 − τ)(w − f)``, and every
score interval toward its focal score by the factor ``1 − τ``. The sets are
nested (each contains the smaller ones, all contain the focal point), so
``min δ(a, b; τ)`` is non-decreasing and ``max δ(a, b; τ)`` non-increasing in τ,
and both reach ``δ_f = δ(a, b)`` at the focal point when τ = 1.

``decided_at(a, b)`` is the least τ at which ``[min δ(τ), max δ(τ)]`` no longer
contains 0 in its interior: ``None`` when ``δ_f = 0``; 0 when the interval never
did; otherwise, for ``δ_f > 0``, the least τ with ``min δ(τ) ≥ 0`` (and by
symmetry ``decided_at(a, b) = decided_at(b, a)``).

Closed form. In a one-level model where both alternatives' scores are precise,
δ is linear in the root weights and the contracted set is an affine image of
the set, so ``min δ(τ) = δ_f + (1 − τ)(min δ − δ_f)`` and
``τ* = −min δ / (δ_f − min δ)``. Otherwise ``min δ(τ)`` is a polynomial in τ
(weights and scores shrink together) and τ* is found by bisection on the exact
optimiser, for all pairs at once, to within 1e-6.
"""

from __future__ import annotations

import numpy as np

from ..progress import CancelToken, Progress, check
from ..scales import FloatArray
from .values import TOLERANCE, Differences, Evaluation, IntArray, _contract_rows, _minimize

__all__ = ["BISECTION_TOLERANCE", "decided_at", "min_difference_at"]

BISECTION_TOLERANCE = 1e-6
"""Width of the final bisection bracket in τ (the spec asks for 1e-4)."""


def min_difference_at(ev: Evaluation, a: IntArray, b: IntArray, tau: FloatArray) -> FloatArray:
    """Exact least ``δ(a_p, b_p)`` over S contracted to ``tau_p``, for every pair p.

    Vectorised over pairs: scores of ``a_p`` and ``b_p`` are contracted with their
    own level (leaf terms ``lo_τ(a) − hi_τ(b)``), node sets through
    ``min_{S_τ} c·w = c·f + (1 − τ)(min_S c·w − c·f)``.
    """
    shrink = 1.0 - np.clip(np.asarray(tau, dtype=np.float64), 0.0, 1.0)
    lo_a, _ = _contract_rows(ev, a, shrink)
    _, hi_b = _contract_rows(ev, b, shrink)
    return _minimize(ev, lo_a - hi_b, shrink)


def decided_at(
    ev: Evaluation,
    diff: Differences,
    *,
    tol: float = TOLERANCE,
    precision: float = BISECTION_TOLERANCE,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> FloatArray:
    """``(m, m)`` contraction level at which each comparison is decided (NaN for null).

    Parameters
    ----------
    ev, diff
        The prepared model and its exact differences (:func:`differences`).
    tol
        ``|δ_f| ≤ tol`` counts as δ at the focal point being 0 (→ NaN, i.e.
        null); ``min δ ≥ −tol`` (or ``max δ ≤ tol``) at τ = 0 counts as never
        undecided (→ 0).
    precision
        Width of the final bisection bracket; the upper end (a level at which the
        comparison is certainly decided) is returned.

    Returns
    -------
    ndarray
        Symmetric ``(m, m)``; the diagonal is NaN.
    """
    m = ev.m
    out = np.full((m, m), np.nan)
    if m < 2:
        return out
    df = diff.focal
    # Work on the ordered pairs with δ_f > tol; the mirrored pair has the same level.
    a_idx, b_idx = np.nonzero(df > tol)
    out_pairs = np.zeros(a_idx.size)
    mn0 = diff.min[a_idx, b_idx]
    open_ = mn0 < -tol
    if ev.flat:
        precise_alt = np.all(ev.precise, axis=1)
        closed = open_ & precise_alt[a_idx] & precise_alt[b_idx]
        d = df[a_idx, b_idx]
        out_pairs[closed] = -mn0[closed] / (d[closed] - mn0[closed])
        open_ &= ~closed
    todo = np.flatnonzero(open_)
    if todo.size:
        lo_t = np.zeros(todo.size)
        hi_t = np.ones(todo.size)
        a_t, b_t = a_idx[todo], b_idx[todo]
        steps = max(1, int(np.ceil(np.log2(1.0 / precision))))
        for it in range(steps):
            check(cancel)
            mid = 0.5 * (lo_t + hi_t)
            decided = min_difference_at(ev, a_t, b_t, mid) >= 0.0
            hi_t = np.where(decided, mid, hi_t)
            lo_t = np.where(decided, lo_t, mid)
            if progress is not None:
                progress((it + 1) / steps)
        out_pairs[todo] = hi_t
    out[a_idx, b_idx] = out_pairs
    out[b_idx, a_idx] = out_pairs
    return out
