"""Convex polytopes of local weights: LP helpers, vertices, centroids, samplers.

A node's feasible set of local weights (spec ``model-format.md`` §1.3) is the
polytope ``P = {w : A_ub w ≤ b_ub, A_eq w = b_eq, w ≥ 0}`` with ``Σ w = 1`` among
the equalities. This module works on those bare arrays (and, for samplers and
centroids, on :class:`~diva_desktop.core.preferences.LocalSet` objects); it
never imports Qt or storage code.

Contents
--------
* linear programming with scipy's HiGHS (:func:`lp_feasible`, :func:`lp_optimize`,
  :func:`interior_point`);
* the affine hull of ``P``: implied equalities and a reduced parametrisation
  (:func:`reduce_polytope`);
* vertex enumeration by the double-description method with the combinatorial
  adjacency test (Motzkin et al. 1953; Fukuda & Prodon 1996),
  :func:`enumerate_vertices`;
* triangulations and exact centroids by cone decomposition of the convex hull
  (:func:`triangulate`, :func:`centroid_of_vertices`) and :func:`centroid` of a
  local set;
* uniform samplers (:func:`make_sampler`): exact Dirichlet(1) on the simplex, an
  exact weak-order sampler for rankings and CAR orders, an exact swing sampler,
  exact sampling from a triangulation, rejection from an exact sampler of a set
  that contains the node's set, and vectorised hit-and-run (Smith 1984)
  otherwise. Every sampler takes a ``numpy.random.Generator`` and a count
  ``k`` and returns a ``(k, n)`` array; call it repeatedly for chunks.

Numeric kernels run faster with one BLAS thread (``threadpoolctl``) when other
work shares the machine.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np
from numpy.typing import NDArray
from scipy.optimize import linprog
from scipy.spatial import ConvexHull, QhullError

if TYPE_CHECKING:
    from .preferences import LocalSet

FloatArray = NDArray[np.float64]

#: Tolerance within which every sample satisfies its node's statements.
FEASIBILITY_TOL = 1e-9
#: Slack below which an inequality counts as tight (vertices, implied equalities).
TIGHT_TOL = 1e-9
#: Sample count and seed of an estimated centroid.
CENTROID_SAMPLES = 20_000
CENTROID_SEED = 0
#: Largest vertex count for which an exact centroid is computed.
CENTROID_MAX_VERTICES = 2_000
#: Least acceptance rate at which rejection sampling is preferred to hit-and-run.
#: A proposal costs about 0.1–0.3 µs (10 weights), a hit-and-run sample about
#: 0.2–0.8 µs per step (by the number of rows) times its thinning (50 steps in
#: 9 dimensions), so rejection stays cheaper down to an acceptance of about 1 %.
MIN_ACCEPTANCE = 0.01


# ---------------------------------------------------------------------------
# Linear programming
# ---------------------------------------------------------------------------


def _as2d(a: Any, n: int) -> FloatArray:
    arr = np.asarray(a, dtype=float)
    return arr.reshape(-1, n) if arr.size else np.zeros((0, n))


def _as1d(a: Any) -> FloatArray:
    return np.asarray(a, dtype=float).reshape(-1)


def _lp(
    c: FloatArray,
    A_ub: FloatArray,
    b_ub: FloatArray,
    A_eq: FloatArray,
    b_eq: FloatArray,
    *,
    bounds: Any,
) -> Any:
    return linprog(
        c,
        A_ub=A_ub if A_ub.shape[0] else None,
        b_ub=b_ub if A_ub.shape[0] else None,
        A_eq=A_eq if A_eq.shape[0] else None,
        b_eq=b_eq if A_eq.shape[0] else None,
        bounds=bounds,
        method="highs",
    )


def lp_feasible(A_ub: Any, b_ub: Any, A_eq: Any, b_eq: Any) -> bool:
    """Whether ``{w ≥ 0 : A_ub w ≤ b_ub, A_eq w = b_eq}`` is non-empty.

    One LP with a zero objective, solved by HiGHS (``scipy.optimize.linprog``,
    ``method="highs"``).
    """
    A_eq2 = np.asarray(A_eq, dtype=float)
    n = A_eq2.shape[1] if A_eq2.ndim == 2 else np.asarray(A_ub).shape[1]
    res = _lp(np.zeros(n), _as2d(A_ub, n), _as1d(b_ub), _as2d(A_eq, n), _as1d(b_eq), bounds=(0, None))
    return bool(res.status == 0)


def lp_optimize(
    c: Any, A_ub: Any, b_ub: Any, A_eq: Any, b_eq: Any, *, maximize: bool = False
) -> float | None:
    """Least (or greatest) ``c · w`` over ``{w ≥ 0 : A_ub w ≤ b_ub, A_eq w = b_eq}``.

    Solved by HiGHS; returns ``None`` when the set is empty.
    """
    cc = _as1d(c)
    n = cc.size
    res = _lp(
        -cc if maximize else cc, _as2d(A_ub, n), _as1d(b_ub), _as2d(A_eq, n), _as1d(b_eq), bounds=(0, None)
    )
    if res.status != 0:
        return None
    value = float(res.fun)
    return -value if maximize else value


def full_inequalities(A_ub: FloatArray, b_ub: FloatArray, n: int) -> tuple[FloatArray, FloatArray]:
    """All inequalities, ``[A_ub; −I] w ≤ [b_ub; 0]``: the statements plus non-negativity."""
    return np.vstack([A_ub, -np.eye(n)]), np.concatenate([b_ub, np.zeros(n)])


def _null_space(E: FloatArray, n: int) -> FloatArray:
    """Orthonormal basis (n, d) of ``{x : E x = 0}``."""
    if E.shape[0] == 0:
        return np.eye(n)
    _, s, vt = np.linalg.svd(E)
    tol = max(E.shape) * np.finfo(float).eps * (s[0] if s.size else 0.0) * 1e3
    rank = int(np.sum(s > max(tol, 1e-12)))
    return np.ascontiguousarray(vt[rank:].T)


@dataclass(frozen=True)
class AffineReduction:
    """The affine hull of a polytope and its relative interior.

    The polytope ``{w ≥ 0 : A_ub w ≤ b_ub, A_eq w = b_eq}`` equals
    ``{x0 + basis @ y : G @ y ≤ h}``; ``x0`` is a point of maximal slack (a
    Chebyshev centre inside the affine hull), so ``h > 0``.

    Attributes
    ----------
    x0 : (n,) interior point (relative interior).
    basis : (n, d) orthonormal directions of the affine hull.
    G, h : the inequalities that are not implied equalities, in reduced
        coordinates (rows constant on the hull are dropped).
    implied : indices into the full inequality system ``[A_ub; −I]`` of the
        rows that hold with equality everywhere on the set.
    radius : the maximal slack (Chebyshev radius); 0 for a single point.
    """

    x0: FloatArray
    basis: FloatArray
    G: FloatArray
    h: FloatArray
    implied: tuple[int, ...]
    radius: float

    @property
    def dim(self) -> int:
        return int(self.basis.shape[1])


def _implied_equalities(
    G: FloatArray, h: FloatArray, E: FloatArray, d: FloatArray
) -> tuple[list[int], FloatArray] | None:
    """Rows of ``G w ≤ h`` that hold with equality on all of ``{G w ≤ h, E w = d}``.

    Repeatedly maximises ``Σ z_i`` subject to ``G w + z ≤ h`` (z only on the
    undecided rows), ``0 ≤ z ≤ 1``: every row with a positive slack in a solution
    is loose; when the optimum is 0 every undecided row is an implied equality
    (if one could be slack, its z could be positive). Returns the implied rows and
    a feasible point, or ``None`` when the set is empty.
    """
    m, n = G.shape
    undecided = np.ones(m, dtype=bool)
    point: FloatArray | None = None
    while True:
        idx = np.flatnonzero(undecided)
        k = idx.size
        c = np.concatenate([np.zeros(n), -np.ones(k)])
        Z = np.zeros((m, k))
        Z[idx, np.arange(k)] = 1.0
        A_ub = np.hstack([G, Z])
        A_eq = np.hstack([E, np.zeros((E.shape[0], k))])
        bounds = [(None, None)] * n + [(0.0, 1.0)] * k
        res = _lp(c, A_ub, h, A_eq, d, bounds=bounds)
        if res.status != 0:
            if res.status == 2 or point is None:
                return None
            break
        w = np.asarray(res.x[:n], dtype=float)
        point = w
        slack = h - G @ w
        loose = slack > TIGHT_TOL
        newly = undecided & loose
        if k == 0 or not newly.any():
            break
        undecided &= ~loose
        if not undecided.any():
            break
    assert point is not None
    return [int(i) for i in np.flatnonzero(undecided)], point


def reduce_polytope(A_ub: Any, b_ub: Any, A_eq: Any, b_eq: Any) -> AffineReduction | None:
    """Implied equalities, affine hull and a maximal-slack interior point.

    Implied equalities are found with LPs (a row whose greatest slack is 0 is an
    equality); the affine hull ``{x : E' x = d'}`` (explicit and implied
    equalities) is parametrised by an orthonormal null-space basis of ``E'`` (SVD);
    the interior point maximises the least row slack scaled by the row's norm in
    the hull (a Chebyshev-centre LP). ``w ≥ 0`` is always part of the system.

    Returns ``None`` when the set is empty.
    """
    A_eq2 = np.asarray(A_eq, dtype=float)
    n = int(A_eq2.shape[1])
    Au, bu = _as2d(A_ub, n), _as1d(b_ub)
    E, d = _as2d(A_eq, n), _as1d(b_eq)
    G, h = full_inequalities(Au, bu, n)
    found = _implied_equalities(G, h, E, d)
    if found is None:
        return None
    implied, point = found
    loose = np.ones(G.shape[0], dtype=bool)
    loose[implied] = False
    E2 = np.vstack([E, G[implied]])
    d2 = np.concatenate([d, h[implied]])
    basis = _null_space(E2, n)
    Gl, hl = G[loose], h[loose]
    if basis.shape[1] == 0:
        x0 = np.linalg.lstsq(E2, d2, rcond=None)[0]
        x0 = np.maximum(x0, 0.0)
        return AffineReduction(x0, basis, np.zeros((0, 0)), np.zeros(0), tuple(implied), 0.0)
    norms = np.linalg.norm(Gl @ basis, axis=1)
    keep = norms > 1e-12
    Gk, hk, nk = Gl[keep], hl[keep], norms[keep]
    # Chebyshev centre: max t  s.t.  G w + t ||G_row basis|| ≤ h,  E' w = d',  t ≤ 1.
    c = np.zeros(n + 1)
    c[-1] = -1.0
    res = _lp(
        c,
        np.hstack([Gk, nk[:, None]]),
        hk,
        np.hstack([E2, np.zeros((E2.shape[0], 1))]),
        d2,
        bounds=[(None, None)] * n + [(0.0, 1.0)],
    )
    if res.status == 0 and float(res.x[-1]) > 0:
        x0 = np.asarray(res.x[:n], dtype=float)
        radius = float(res.x[-1])
    else:  # numerically flat set: fall back on the feasible point
        x0, radius = point, 0.0
    # Put x0 exactly on the affine hull.
    x0 = x0 - np.linalg.lstsq(E2, E2 @ x0 - d2, rcond=None)[0]
    Gr = Gk @ basis
    hr = hk - Gk @ x0
    return AffineReduction(x0, basis, Gr, hr, tuple(implied), radius)


def interior_point(
    A_ub: Any, b_ub: Any, A_eq: Any, b_eq: Any
) -> tuple[FloatArray, float] | None:
    """A point of maximal slack of ``{w ≥ 0 : A_ub w ≤ b_ub, A_eq w = b_eq}``.

    The Chebyshev centre within the affine hull after implied equalities are
    removed (see :func:`reduce_polytope`); returns ``(point, radius)`` or
    ``None`` for an empty set. The radius is 0 for a single point.
    """
    red = reduce_polytope(A_ub, b_ub, A_eq, b_eq)
    if red is None:
        return None
    return red.x0.copy(), red.radius


# ---------------------------------------------------------------------------
# Vertices
# ---------------------------------------------------------------------------


def enumerate_vertices(
    A_ub: Any,
    b_ub: Any,
    A_eq: Any,
    b_eq: Any,
    *,
    limit: int = 5000,
    start: tuple[FloatArray, int, int] | None = None,
    max_pairs: int = 4_000_000,
    max_work: float = 1e10,
) -> FloatArray | None:
    """Vertices of ``{w ≥ 0 : A_ub w ≤ b_ub, A_eq w = b_eq}`` with ``Σ w = 1`` in ``A_eq``.

    The double-description method (Motzkin, Raiffa, Thompson & Thrall 1953;
    Fukuda & Prodon 1996): starting from the vertices of a known polytope (the
    unit simplex, or ``start = (V, k_ub, k_eq)``: the vertices of the set cut by
    the non-negativity rows, the first ``k_ub`` rows of ``A_ub`` and the first
    ``k_eq`` rows of ``A_eq``), the remaining rows are added one at a time. A new
    vertex is the crossing of an edge ``[u, v]`` with the new hyperplane, where
    ``u`` and ``v`` are adjacent by the combinatorial test: no third vertex is
    tight on every row tight at both.

    Returns a ``(v, n)`` array (empty when the set is), or ``None`` when more than
    ``limit`` vertices arise, or the adjacency tests would exceed ``max_pairs``
    candidate edges in one step or ``max_work`` operations in all (about a
    second): the caller then falls back on linear programming.
    """
    A_eq2 = np.asarray(A_eq, dtype=float)
    n = int(A_eq2.shape[1])
    Au, bu = _as2d(A_ub, n), _as1d(b_ub)
    E, d = _as2d(A_eq, n), _as1d(b_eq)
    G, h = np.vstack([-np.eye(n), Au]), np.concatenate([np.zeros(n), bu])
    if start is None:
        V = np.eye(n)
        done_ub, done_eq = n, 1
    else:
        V = np.array(start[0], dtype=float)
        done_ub, done_eq = n + start[1], start[2]
    Z = np.abs(V @ G[:done_ub].T - h[:done_ub]) <= TIGHT_TOL  # (p, r) tight rows
    eq_rows = E[:done_eq]
    rank_eq = int(np.linalg.matrix_rank(eq_rows)) if done_eq else 0
    steps: list[tuple[FloatArray, float, bool]] = [(E[i], float(d[i]), True) for i in range(done_eq, E.shape[0])]
    steps += [(G[i], float(h[i]), False) for i in range(done_ub, G.shape[0])]
    work = 0.0
    for g, hi, is_eq in steps:
        if V.shape[0] == 0:
            return V
        dim = n - rank_eq
        s = V @ g - hi
        scale = TIGHT_TOL * max(1.0, float(np.abs(g).max()))
        plus, minus = s > scale, s < -scale
        zero = ~(plus | minus)
        if is_eq:
            eq_rows = np.vstack([eq_rows, g])
            new_rank = int(np.linalg.matrix_rank(eq_rows))
        if not plus.any() and not (is_eq and minus.any()):
            if is_eq:
                rank_eq = new_rank
            else:
                Z = np.hstack([Z, zero[:, None]])
            continue
        if is_eq:
            keep = zero
            pos, neg = (plus, minus)
        else:
            keep = zero | minus
            pos, neg = (plus, minus)
        ip, im = np.flatnonzero(pos), np.flatnonzero(neg)
        new_v: list[FloatArray] = []
        new_z: list[NDArray[np.bool_]] = []
        Zf = Z.astype(np.float32)
        # 0/1 products are exact in float32; some OpenBLAS builds raise a spurious
        # FE_INVALID flag in sgemm (numpy issue 24067), so that flag is silenced.
        with np.errstate(invalid="ignore"):
            common = Zf[im] @ Zf[ip].T  # (pm, pp): rows tight at both ends
        cu, cv = np.nonzero(common >= dim - 1 - 0.5)
        work += float(cu.size) * Z.shape[0] * Z.shape[1]
        if cu.size > max_pairs or work > max_work:
            return None
        ZfT = np.ascontiguousarray(Zf.T)
        block = max(1, 4_000_000 // max(1, Z.shape[0]))
        for b0 in range(0, cu.size, block):
            u, v = im[cu[b0 : b0 + block]], ip[cv[b0 : b0 + block]]
            C = Z[u] & Z[v]  # (pairs, r)
            with np.errstate(invalid="ignore"):
                counts = C.astype(np.float32) @ ZfT  # (pairs, p): common rows tight at each vertex
            need = common[cu[b0 : b0 + block], cv[b0 : b0 + block]][:, None] - 0.5
            adj = (counts >= need).sum(axis=1) == 2
            if not adj.any():
                continue
            u, v = u[adj], v[adj]
            su, sv = s[u], s[v]
            t = su / (su - sv)
            new_v.append(V[u] + t[:, None] * (V[v] - V[u]))
            new_z.append(C[adj])
            if sum(x.shape[0] for x in new_v) > limit:
                return None
        count = int(keep.sum()) + sum(x.shape[0] for x in new_v)
        if count > limit:
            return None
        Vn = np.vstack([V[keep], *new_v]) if new_v else V[keep]
        Zn = np.vstack([Z[keep], *new_z]) if new_z else Z[keep]
        if is_eq:
            rank_eq = new_rank
            V, Z = Vn, Zn
        else:
            col = np.concatenate([zero[keep], np.ones(Vn.shape[0] - int(keep.sum()), dtype=bool)])
            V, Z = Vn, np.hstack([Zn, col[:, None]])
    return _clean_vertices(V)


def _clean_vertices(V: FloatArray) -> FloatArray:
    if V.shape[0] == 0:
        return V
    V = np.where(np.abs(V) < 1e-13, 0.0, V)
    V = np.maximum(V, 0.0)
    sums = V.sum(axis=1, keepdims=True)
    V = V / np.where(sums > 0, sums, 1.0)
    _, idx = np.unique(np.round(V, 10), axis=0, return_index=True)
    return np.ascontiguousarray(V[np.sort(idx)])


# ---------------------------------------------------------------------------
# Triangulations and centroids
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Triangulation:
    """A polytope split into simplices (full-space coordinates).

    ``simplices[j]`` holds the ``dim + 1`` vertices of simplex j (shape
    ``(f, dim + 1, n)``), ``volumes[j]`` its relative volume (they sum to 1).
    """

    simplices: FloatArray
    volumes: FloatArray
    dim: int

    @property
    def centroid(self) -> FloatArray:
        """Volume-weighted mean of the simplex centroids (the polytope's centre of mass)."""
        cent = self.simplices.mean(axis=1)
        return np.asarray(self.volumes @ cent, dtype=float)


def _affine_coordinates(V: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Vertex mean ``c0``, an orthonormal basis (dim, n) of the affine hull, and ``V`` in it."""
    c0 = V.mean(axis=0)
    X = V - c0
    _, s, vt = np.linalg.svd(X, full_matrices=False)
    dim = int(np.sum(s > 1e-10 * max(1.0, float(s[0]) if s.size else 1.0)))
    return c0, vt[:dim], X @ vt[:dim].T


def triangulable(dim: int, count: int) -> bool:
    """Whether Qhull triangulates a hull of ``count`` points in ``dim`` dimensions quickly.

    Measured: up to 6 dimensions a hull of a few hundred vertices takes well
    under 0.1 s; in 7 dimensions 250 vertices take a second, in 9 dimensions
    800 vertices take minutes. So: any simplex, dimension ≤ 6, or dimension 7
    with at most 100 vertices.
    """
    return count == dim + 1 or dim <= 6 or (dim == 7 and count <= 100)


def triangulate(V: FloatArray, *, max_simplices: int = 50_000) -> Triangulation | None:
    """Split the convex hull of the points ``V`` into simplices.

    In the affine hull (dimension d, from an SVD): d + 1 points form one
    simplex; otherwise cones from the vertex mean ``c0`` over Qhull's
    triangulated facets (``scipy.spatial.ConvexHull``): each cone is the simplex
    ``{c0} ∪ F`` with volume ``|det(F − c0)|/d!``. Returns ``None`` when the hull
    is too large to triangulate quickly (:func:`triangulable`) or has more than
    ``max_simplices`` facets.
    """
    V = np.asarray(V, dtype=float)
    if V.shape[0] == 0:
        return None
    c0, basis, Y = _affine_coordinates(V)
    dim = basis.shape[0]
    if dim == 0:
        return Triangulation(V[:1][None], np.ones(1), 0)
    if dim == 1:
        lo, hi = int(np.argmin(Y[:, 0])), int(np.argmax(Y[:, 0]))
        return Triangulation(V[[lo, hi]][None], np.ones(1), 1)
    if V.shape[0] == dim + 1:
        return Triangulation(V[None], np.ones(1), dim)
    if not triangulable(dim, V.shape[0]):
        return None
    try:
        hull = ConvexHull(Y)
    except (QhullError, ValueError):
        return None
    if hull.simplices.shape[0] > max_simplices:
        return None
    vol = np.abs(np.linalg.det(Y[hull.simplices]))  # cone apex at the origin (= c0)
    keep = vol > vol.max() * 1e-14
    facets = V[hull.simplices[keep]]  # (f, dim, n)
    apex = np.broadcast_to(c0, (facets.shape[0], 1, V.shape[1]))
    simplices = np.ascontiguousarray(np.concatenate([apex, facets], axis=1))
    vol = vol[keep]
    return Triangulation(simplices, vol / vol.sum(), dim)


def centroid_of_vertices(V: FloatArray) -> FloatArray | None:
    """Exact centroid (centre of mass) of the convex hull of the points ``V``.

    The volume-weighted mean of the centroids of a triangulation
    (:func:`triangulate`): a simplex's centroid is the mean of its vertices, so
    a d-simplex needs no triangulation and a weak order's centroid is the mean
    of its vertices. Returns ``None`` when the hull cannot be triangulated
    quickly.
    """
    tri = triangulate(V)
    return None if tri is None else tri.centroid


def centroid(ls: LocalSet) -> tuple[FloatArray, str | None]:
    """Centroid of a node's feasible set, and a note when it is estimated.

    Exact (:func:`centroid_of_vertices`) when the vertices can be enumerated
    (at most ``CENTROID_MAX_VERTICES``) and triangulated; otherwise the mean of
    ``CENTROID_SAMPLES`` uniform samples (:func:`make_sampler`) drawn with seed
    ``CENTROID_SEED``, and the note names the sample count, seed and sampler.
    The estimate is a mean of feasible points, hence feasible.
    """
    tri = _triangulation(ls)
    if tri is not None:
        return _renormalise(tri.centroid), None
    sampler = make_sampler(ls)
    rng = np.random.default_rng(CENTROID_SEED)
    W = sampler.sample(rng, CENTROID_SAMPLES)
    note = (
        f"centroid estimated from {CENTROID_SAMPLES} uniform samples, seed {CENTROID_SEED} "
        f"({sampler.description})"
    )
    return _renormalise(W.mean(axis=0)), note


def _renormalise(w: FloatArray) -> FloatArray:
    w = np.maximum(np.asarray(w, dtype=float), 0.0)
    return np.asarray(w / w.sum(), dtype=float)


def _triangulation(ls: LocalSet) -> Triangulation | None:
    if "triangulation" not in ls._cache:
        from .preferences import vertices

        V = vertices(ls, limit=CENTROID_MAX_VERTICES)
        ls._cache["triangulation"] = None if V is None or V.shape[0] == 0 else triangulate(V)
    tri = ls._cache["triangulation"]
    assert tri is None or isinstance(tri, Triangulation)
    return tri


# ---------------------------------------------------------------------------
# Samplers
# ---------------------------------------------------------------------------


class Sampler(Protocol):
    """Draws uniform samples of a node's local weights, chunk by chunk."""

    description: str

    def sample(self, rng: np.random.Generator, k: int) -> FloatArray:
        """``k`` samples as a ``(k, n)`` array."""
        ...


def dirichlet1(rng: np.random.Generator, k: int, m: int) -> FloatArray:
    """``k`` uniform points of the unit (m − 1)-simplex: Dirichlet(1, …, 1).

    Normalised standard exponentials: if ``E_i ~ Exp(1)`` independently then
    ``E / ΣE`` is uniform on the simplex (Devroye 1986, ch. V.2).
    """
    E = rng.standard_exponential((k, m))
    E *= (1.0 / E.sum(axis=1))[:, None]
    return E


@dataclass
class PointSampler:
    """The feasible set is a single point; every sample is that point."""

    point: FloatArray
    description: str = "exact (single point)"

    def sample(self, rng: np.random.Generator, k: int) -> FloatArray:
        return np.tile(self.point, (k, 1))


@dataclass
class SimplexSampler:
    """Uniform on the simplex ``{offset + scale · u : u ∈ unit simplex}``.

    ``offset = 0, scale = 1``: the unit simplex, ``Dirichlet(1)``.
    ``offset = lower, scale = 1 − Σ lower``: ``{w ≥ lower, Σ w = 1}``.
    ``offset = upper, scale = −(Σ upper − 1)``: ``{w ≤ upper, Σ w = 1}``.
    The map is affine, so it carries the uniform distribution of the unit
    simplex to the uniform distribution of its image.
    """

    offset: FloatArray
    scale: float = 1.0
    description: str = "exact (Dirichlet(1))"

    def sample(self, rng: np.random.Generator, k: int) -> FloatArray:
        W = dirichlet1(rng, k, self.offset.size)
        if self.scale != 1.0:
            W *= self.scale
        if self.offset.any():
            W += self.offset
        return W


@dataclass
class WeakOrderSampler:
    """Uniform on a weak order: equal weights within groups, ordered between them.

    Derivation. Let groups ``G_1, …, G_m`` (most important first) have sizes
    ``s_g`` and cumulative sizes ``S_k = s_1 + … + s_k``. The set
    ``P = {w : w constant (= x_g) on each group, x_1 ≥ … ≥ x_m ≥ 0, Σ_g s_g x_g = 1}``
    has the m vertices ``v_k`` (weight ``1/S_k`` on the members of groups 1..k,
    0 elsewhere), and every point has exactly one representation
    ``w = Σ_k λ_k v_k`` with ``λ`` in the standard (m − 1)-simplex, namely
    ``λ_k = S_k (x_k − x_{k+1})`` (``x_{m+1} = 0``). So ``λ ↦ w`` is an affine
    bijection of the standard simplex onto ``P``: ``P`` is an (m − 1)-simplex and
    the uniform distribution on it is the image of ``λ ~ Dirichlet(1)`` (an
    affine bijection has a constant Jacobian). In coordinates
    ``x_g = Σ_{k ≥ g} λ_k / S_k``. For a strict ranking this is the law of a
    sorted uniform simplex point (the ordered part of the simplex is this
    simplex, and the uniform law restricted to it stays uniform); its mean
    ``(1/m) Σ_{k ≥ g} 1/S_k`` is the ROC weight (Barron & Barrett 1996).

    With ``shift = c > 0`` the sampler is uniform on ``{w ∈ P-shape, w ≥ c}``:
    ``w = c + (1 − n c) · p`` with ``p`` uniform on ``P`` (again affine).

    Implementation: one product ``E @ M`` of standard exponentials with a fixed
    matrix gives both ``Σ_k E_k M_{k,i}`` and the normaliser ``Σ E``.
    """

    groups: tuple[tuple[int, ...], ...]
    n: int
    shift: float = 0.0
    description: str = "exact (weak-order simplex image of Dirichlet(1))"

    def __post_init__(self) -> None:
        sizes = np.array([len(g) for g in self.groups], dtype=float)
        inv_cum = 1.0 / np.cumsum(sizes)
        m = len(self.groups)
        col_group = np.empty(self.n, dtype=np.intp)
        for gi, g in enumerate(self.groups):
            col_group[list(g)] = gi
        # w_i = Σ_k E_k M[k, i] / Σ_k E_k with M[k, i] = 1/S_k for k ≥ group(i); last column 1.
        M = np.zeros((m, self.n + 1))
        for i in range(self.n):
            M[col_group[i] :, i] = inv_cum[col_group[i] :]
        M[:, : self.n] *= 1.0 - self.n * self.shift
        M[:, self.n] = 1.0
        self._M = M

    def sample(self, rng: np.random.Generator, k: int) -> FloatArray:
        m = len(self.groups)
        P = rng.standard_exponential((k, m)) @ self._M
        W = P[:, : self.n]
        W *= (1.0 / P[:, self.n])[:, None]
        if self.shift:
            W += self.shift
        return np.ascontiguousarray(W)


@dataclass
class TriangulationSampler:
    """Exact uniform sampling from a triangulation.

    Pick simplex j with probability equal to its share of the volume, then a
    uniform point of it: ``Σ_i λ_i v_i`` with ``λ ~ Dirichlet(1)`` (an affine
    image of the unit simplex). The mixture is uniform on the union because each
    simplex's share equals its volume share. Works in chunks of 20,000 samples
    to bound memory.
    """

    tri: Triangulation
    description: str = ""

    def __post_init__(self) -> None:
        f = self.tri.simplices.shape[0]
        if not self.description:
            self.description = (
                "exact (uniform point of a simplex)"
                if f == 1
                else f"exact (triangulation into {f} simplices)"
            )
        self._cum = np.cumsum(self.tri.volumes)
        self._cum[-1] = 1.0

    def sample(self, rng: np.random.Generator, k: int) -> FloatArray:
        S = self.tri.simplices
        f, m, n = S.shape
        out = np.empty((k, n))
        chunk = 20_000
        for a in range(0, k, chunk):
            b = min(k, a + chunk)
            lam = dirichlet1(rng, b - a, m)
            if f == 1:
                out[a:b] = lam @ S[0]
            else:
                j = np.searchsorted(self._cum, rng.random(b - a), side="right")
                j = np.minimum(j, f - 1)
                out[a:b] = np.matmul(lam[:, None, :], S[j])[:, 0, :]
        np.maximum(out, 0.0, out=out)
        return out


@dataclass
class SwingSampler:
    """Exact uniform sampling of a swing set with at least one precise child.

    Derivation. Let child r have the precise swing ``p_r`` and write
    ``v_j = w_j / w_r``. The pairwise conditions with r say
    ``v_j ∈ [low_j/p_r, high_j/p_r]`` (a box B), and they imply all the other
    pairwise conditions (``v_j/v_k ≥ low_j/high_k``). So the set is the image
    of B (with ``v_r = 1``) under the central projection ``ψ(v) = v / Σv``, a
    bijection. Projecting from the plane ``w_r = 1`` onto ``Σ w = 1`` scales
    (n − 1)-dimensional volume by ``t^{n−1}`` (``t = 1/Σv``) times the ratio of
    the cosines between the ray and the two normals, which is proportional to
    ``t``: the Jacobian is proportional to ``(Σv)^{−n}``. Hence ``w`` is uniform
    on the set when ``v`` has density ``∝ (Σv)^{−n}`` on B.

    That density is sampled by rejection from the product of truncated
    exponentials ``∝ exp(−λ Σv)`` on B (exact by inverse CDF), with
    ``λ = n/x̄`` the slope of ``n log x`` at the middle ``x̄`` of the range of
    ``x = Σv``: the acceptance probability is ``exp(h(x) − max h)`` with
    ``h(x) = −n log x + λ x``, convex, so its maximum over ``[Σ low, Σ high]``
    is at an end.
    """

    ref: int
    low: FloatArray  # (n,) v-box, 1 at ref
    high: FloatArray
    description: str = "exact (swing box, central projection)"

    def __post_init__(self) -> None:
        n = self.low.size
        a, b = float(self.low.sum()), float(self.high.sum())
        self._lam = n / ((a + b) / 2.0)
        self._hmax = max(self._h(a), self._h(b))
        self._width = self.high - self.low
        self._free = np.flatnonzero(self._width > 0)
        self._rate = 0.5

    def _h(self, x: Any) -> Any:
        return -self.low.size * np.log(x) + self._lam * x

    def _proposals(self, rng: np.random.Generator, k: int) -> FloatArray:
        V = np.tile(self.low, (k, 1))
        lam, wd = self._lam, self._width[self._free]
        U = rng.random((k, self._free.size))
        # inverse CDF of the exponential with rate λ truncated to [0, width]
        V[:, self._free] += -np.log1p(-U * (-np.expm1(-lam * wd))) / lam
        return V

    def sample(self, rng: np.random.Generator, k: int) -> FloatArray:
        out: list[FloatArray] = []
        need = k
        while need > 0:
            batch = min(int(need / self._rate * 1.1) + 64, 250_000)
            V = self._proposals(rng, batch)
            x = V.sum(axis=1)
            ok = np.log(rng.random(batch)) <= self._h(x) - self._hmax
            self._rate = max(float(ok.mean()), 1e-3)
            got = V[ok][:need]
            out.append(got / got.sum(axis=1, keepdims=True))
            need -= got.shape[0]
        return np.vstack(out) if len(out) > 1 else out[0]


@dataclass
class BoxSampler:
    """Uniform on ``{lower ≤ w ≤ upper, Σ w = 1}`` (a box cut by the simplex).

    Dropping coordinate m (the one with the widest range) is an affine
    bijection of the set onto ``{u ∈ Π_{j≠m} [lower_j, upper_j] :
    1 − upper_m ≤ Σ u ≤ 1 − lower_m}``, a box cut by a slab; so uniform points
    of the box that fall in the slab, completed by ``w_m = 1 − Σ u``, are
    uniform on the set.
    """

    lower: FloatArray
    upper: FloatArray
    description: str = "exact (box of least and greatest feasible weights)"

    def __post_init__(self) -> None:
        self._m = int(np.argmax(self.upper - self.lower))
        self._rest = np.array([j for j in range(self.lower.size) if j != self._m], dtype=np.intp)
        self._rate = 0.5

    def sample(self, rng: np.random.Generator, k: int) -> FloatArray:
        n, m, rest = self.lower.size, self._m, self._rest
        lo, width = self.lower[rest], (self.upper - self.lower)[rest]
        out: list[FloatArray] = []
        need = k
        while need > 0:
            batch = min(int(need / self._rate * 1.1) + 64, 250_000)
            U = rng.random((batch, rest.size))
            U *= width
            U += lo
            last = 1.0 - U.sum(axis=1)
            ok = (last >= self.lower[m]) & (last <= self.upper[m])
            self._rate = max(float(ok.mean()), 1e-4)
            got = int(min(ok.sum(), need))
            W = np.empty((got, n))
            W[:, rest] = U[ok][:got]
            W[:, m] = last[ok][:got]
            out.append(W)
            need -= got
        return np.vstack(out) if len(out) > 1 else out[0]


def _violation(W: FloatArray, A_ub: FloatArray, b_ub: FloatArray, A_eq: FloatArray, b_eq: FloatArray) -> FloatArray:
    """Greatest violation per sample of the rows and of ``w ≥ 0``."""
    v = np.maximum(-W.min(axis=1), 0.0)
    if A_ub.shape[0]:
        v = np.maximum(v, (W @ A_ub.T - b_ub).max(axis=1))
    if A_eq.shape[0] > 1:  # the sum row is exact by construction
        v = np.maximum(v, np.abs(W @ A_eq[1:].T - b_eq[1:]).max(axis=1))
    return np.asarray(v, dtype=float)


@dataclass
class RejectionSampler:
    """Samples of an exact sampler of a superset, kept when they satisfy every row.

    Accepted samples are uniform on the feasible set because the proposal is
    uniform on a superset (von Neumann 1951). Rows are checked with tolerance
    1e-12; proposals are drawn in batches sized from the acceptance rate.
    """

    base: Sampler
    A_ub: FloatArray
    b_ub: FloatArray
    A_eq: FloatArray
    b_eq: FloatArray
    acceptance: float
    description: str = ""

    def __post_init__(self) -> None:
        if not self.description:
            self.description = f"rejection from {self.base.description}, acceptance ≈ {self.acceptance:.1%}"

    def _accept(self, W: FloatArray) -> NDArray[np.bool_]:
        """Rows (and ``w ≥ 0``, equalities beyond the sum) hold within 1e-12."""
        ok: NDArray[np.bool_] = W.min(axis=1) >= -1e-12
        if self.A_ub.shape[0]:
            X = W @ self.A_ub.T
            X -= self.b_ub
            ok &= X.max(axis=1) <= 1e-12
        if self.A_eq.shape[0] > 1:
            X = W @ self.A_eq[1:].T
            X -= self.b_eq[1:]
            ok &= np.abs(X).max(axis=1) <= 1e-12
        return ok

    def sample(self, rng: np.random.Generator, k: int) -> FloatArray:
        out: list[FloatArray] = []
        need = k
        rate = max(self.acceptance, 1e-3)
        while need > 0:
            batch = min(int(need / rate * 1.1) + 64, 250_000)
            W = self.base.sample(rng, batch)
            ok = self._accept(W)
            got = W[ok][:need]
            out.append(got)
            need -= got.shape[0]
        W = np.vstack(out) if len(out) > 1 else out[0]
        np.maximum(W, 0.0, out=W)
        return W


@dataclass
class HitAndRunSampler:
    """Hit-and-run (Smith 1984) on the reduced polytope, vectorised over chains.

    In the affine-hull coordinates ``w = x0 + B y`` the set is ``{G y ≤ h}``
    (:func:`reduce_polytope`). One step of every chain draws a direction
    ``u = L ξ`` with ``ξ`` uniform on the cube ``[−½, ½]^d``, finds the chord
    ``{y + a u}`` inside the polytope from the row slacks ``S = h − G y``
    (``a ∈ [1/min_i(q_i/S_i), 1/max_i(q_i/S_i)]`` with ``q = G u``) and moves to a
    uniform point of the chord. Any direction law that is symmetric under
    ``u ↦ −u`` and spans the space keeps the uniform distribution invariant (the
    kernel is symmetric in the two end points), and a fixed linear map ``L``
    only changes coordinates, in which uniformity is preserved.

    Rounding: ``L`` is the Cholesky factor of a covariance of the set — of its
    vertices when they are known (for a simplex this is proportional to the
    covariance of the uniform law), else of the chains after two pilot runs of
    ``20 d`` steps each. Chains start at random convex combinations of the
    vertices (or at the maximal-slack point ``x0``).

    Burn-in: two pilot runs of ``pilot`` steps (default ``20 d``) then
    ``burn_in`` steps (default ``50 d``): ``90 d`` steps in all.
    Thinning: every ``thinning``-th state of each chain is output (default
    ``5 d + 5``, 50 steps in 9 dimensions). Measured lag autocorrelation of the
    output (largest over the weights, 9 dimensions): about 0.05–0.1 for box-like
    sets (intervals, swings) and up to 0.4 for sets with sharp corners (simplex,
    rank orders — which are sampled exactly anyway); R's ``hitandrun`` default
    (⌈log(d+1)/4 · d³⌉ = 420 steps) costs 8× more. Rows that are slack at every
    vertex (redundant) are dropped first. Chains keep their states between
    calls, so chunk-wise callers pay the burn-in once; reuse the sampler.
    ``tests/core/test_polytope.py`` checks these settings against exact rejection
    sampling (means and Kolmogorov–Smirnov tests of the marginals).
    """

    red: AffineReduction
    check: tuple[FloatArray, FloatArray, FloatArray, FloatArray]
    vertices: FloatArray | None = None
    chains: int = 1024
    pilot: int = -1
    burn_in: int = -1
    thinning: int = -1
    description: str = ""
    _Y: FloatArray | None = field(default=None, repr=False)
    _S: FloatArray | None = field(default=None, repr=False)
    _L: FloatArray | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        d = self.red.dim
        if self.vertices is not None and self.vertices.shape[0] and self.red.G.shape[0]:
            Yv = (self.vertices - self.red.x0) @ self.red.basis
            slack = self.red.h - Yv @ self.red.G.T  # (v, r)
            needed = (slack <= 1e-9 * max(1.0, float(np.abs(self.red.h).max()))).any(axis=0)
            if needed.any():
                self.red = AffineReduction(
                    self.red.x0, self.red.basis, self.red.G[needed], self.red.h[needed],
                    self.red.implied, self.red.radius,
                )
        if self.pilot < 0:
            self.pilot = 20 * d
        if self.burn_in < 0:
            self.burn_in = 50 * d
        if self.thinning < 0:
            self.thinning = 5 * d + 5
        if not self.description:
            self.description = (
                f"hit-and-run: dimension {d}, burn-in {self.burn_in + 2 * self.pilot}, "
                f"thinning {self.thinning}, {self.chains} chains"
            )

    def _steps(self, rng: np.random.Generator, steps: int, collect: int = 0) -> FloatArray | None:
        """Run ``steps`` steps; when ``collect`` > 0, keep every ``collect``-th state."""
        assert self._Y is not None and self._S is not None and self._L is not None
        Y, S, L = self._Y, self._S, self._L
        G, h = self.red.G, self.red.h
        C, d = Y.shape
        # One product gives the direction (first d columns) and each row's rate
        # of change along it (the others): u = L ξ, q = G u.
        M = np.ascontiguousarray(np.hstack([L.T, (G @ L).T]))
        kept: list[FloatArray] = []
        tiny = 1e-300
        r = G.shape[0]
        P = np.empty((C, d + r))
        R = np.empty((C, r))
        for step in range(1, steps + 1):
            xi = rng.random((C, d))
            xi -= 0.5
            np.matmul(xi, M, out=P)
            q = P[:, d:]
            np.divide(q, S, out=R)  # S > 0 and the set is bounded, so max R > 0 > min R
            hi = np.fmax.reduce(R, axis=1)
            lo = np.fmin.reduce(R, axis=1)
            np.reciprocal(hi, out=hi)
            np.reciprocal(lo, out=lo)
            a = rng.random(C)
            a *= hi - lo
            a += lo
            a = a[:, None]
            Y += a * P[:, :d]
            np.multiply(q, a, out=R)
            S -= R
            if step % 50 == 0:  # no drift: recompute the slacks
                np.subtract(h, Y @ G.T, out=S)
                np.maximum(S, tiny, out=S)
            if collect and step % collect == 0:
                kept.append(Y.copy())
        np.subtract(h, Y @ G.T, out=S)
        np.maximum(S, tiny, out=S)
        if collect:
            return np.stack(kept, axis=1).reshape(-1, d) if kept else np.zeros((0, d))
        return None

    def _set_rounding(self, cov: FloatArray) -> None:
        d = self.red.dim
        cov = np.asarray(cov, dtype=float).reshape(d, d)
        scale = float(np.trace(cov)) / d if d else 1.0
        try:
            self._L = np.asarray(np.linalg.cholesky(cov + 1e-10 * max(scale, 1e-300) * np.eye(d)), dtype=float)
        except np.linalg.LinAlgError:
            self._L = np.eye(d)

    def _start(self, rng: np.random.Generator) -> None:
        d, C = self.red.dim, self.chains
        self._L = np.eye(d)
        if self.vertices is not None and self.vertices.shape[0] > d:
            Yv = (self.vertices - self.red.x0) @ self.red.basis
            self._set_rounding(np.cov(Yv, rowvar=False))
            # Random convex combinations of the vertices, pulled halfway to x0 (strictly interior).
            self._Y = 0.5 * (dirichlet1(rng, C, Yv.shape[0]) @ Yv)
        else:
            self._Y = np.zeros((C, d))
        self._S = np.maximum(self.red.h - self._Y @ self.red.G.T, 1e-300)
        for _ in range(2):  # pilot runs: round by the chains' covariance
            self._steps(rng, self.pilot)
            self._set_rounding(np.cov(self._Y, rowvar=False))
        self._steps(rng, self.burn_in)

    def sample(self, rng: np.random.Generator, k: int) -> FloatArray:
        if self._Y is None:
            self._start(rng)
        rounds = max(1, math.ceil(k / self.chains))
        Ys = self._steps(rng, rounds * self.thinning, collect=self.thinning)
        assert Ys is not None
        # Ys is ordered (chain, round); interleave chains so that a short request mixes chains.
        Ys = Ys.reshape(self.chains, rounds, -1).transpose(1, 0, 2).reshape(-1, self.red.dim)[:k]
        W = self.red.x0 + Ys @ self.red.basis.T
        return _pull_inside(W, self.red.x0, self.check)


def _pull_inside(
    W: FloatArray, x0: FloatArray, check: tuple[FloatArray, FloatArray, FloatArray, FloatArray]
) -> FloatArray:
    """Clip tiny negatives; move any sample that still violates a row toward ``x0``."""
    W = np.where(W < 0.0, 0.0, W)
    W *= (1.0 / W.sum(axis=1))[:, None]
    bad = _violation(W, *check) > FEASIBILITY_TOL / 10
    if bad.any():
        Gf, hf = full_inequalities(check[0], check[1], W.shape[1])
        Wb = W[bad]
        # x0 + θ (w − x0) stays feasible for θ ≤ min over rows of slack(x0)/(G(w − x0)).
        s0 = hf - Gf @ x0
        rate = (Wb - x0) @ Gf.T
        with np.errstate(divide="ignore", invalid="ignore"):
            th = np.where(rate > 0, (s0 * (1 - 1e-9)) / rate, np.inf).min(axis=1)
        th = np.clip(th, 0.0, 1.0)
        W[bad] = np.maximum(x0 + th[:, None] * (Wb - x0), 0.0)
    return W


@dataclass
class AffineSampler:
    """Image of another sampler under ``x ↦ f + s (x − f)`` (contraction, s = 1 − τ).

    An affine bijection carries the uniform law of a set to the uniform law of
    its image.
    """

    base: Sampler
    focal: FloatArray
    shrink: float
    description: str = ""

    def __post_init__(self) -> None:
        if not self.description:
            self.description = f"{self.base.description}, contracted by {self.shrink:g} toward the focal point"

    def sample(self, rng: np.random.Generator, k: int) -> FloatArray:
        W = self.base.sample(rng, k)
        W -= self.focal
        W *= self.shrink
        W += self.focal
        np.maximum(W, 0.0, out=W)
        return W


def _acceptance(
    base: Sampler,
    rng: np.random.Generator,
    check: tuple[FloatArray, FloatArray, FloatArray, FloatArray],
    pilot: int,
) -> tuple[float, float]:
    """Share of ``pilot`` proposals that satisfy every row, and that share times
    the proposal's own acceptance rate (a box or swing proposal rejects too), so
    that proposals of unequal cost can be compared."""
    W = base.sample(rng, pilot)
    acc = float((_violation(W, *check) <= 1e-12).mean())
    inner = float(getattr(base, "_rate", 1.0))
    return acc, acc * inner


def _superset_samplers(ls: LocalSet, red: AffineReduction) -> list[Sampler]:
    """Exact samplers of simplices that contain the set (proposals for rejection)."""
    from .preferences import weight_bounds

    n = len(ls.children)
    out: list[Sampler] = []
    swing = swing_sampler(ls)
    if swing is not None and red.dim == n - 1 - (ls.n_base_eq - 1):
        out.append(swing)
    lower, upper = weight_bounds(ls)
    if ls.groups is not None and red.dim == len(ls.groups) - 1:
        out.append(WeakOrderSampler(ls.groups, n))
        c = float(lower.min())
        if c > 0 and n * c < 1:
            out.append(
                WeakOrderSampler(
                    ls.groups, n, shift=c, description=f"exact (weak order with every weight ≥ {c:.4g})"
                )
            )
    if red.dim == n - 1:
        if lower.sum() < 1.0 < upper.sum():
            out.append(BoxSampler(lower.copy(), upper.copy()))
        if lower.sum() < 1.0:
            desc = "exact (Dirichlet(1) on w ≥ least feasible weights)" if lower.any() else "exact (Dirichlet(1))"
            out.append(SimplexSampler(lower.copy(), 1.0 - float(lower.sum()), desc))
        if upper.sum() > 1.0 and (upper < 1.0).any():
            out.append(
                SimplexSampler(
                    upper.copy(), 1.0 - float(upper.sum()), "exact (Dirichlet(1) on w ≤ greatest feasible weights)"
                )
            )
    return out


def swing_sampler(ls: LocalSet) -> SwingSampler | None:
    """:class:`SwingSampler` for a swing set's base (the swing statements).

    With a precise child r it is exact for the base set. Without one, r is the
    child with the narrowest ratio ``high_r/low_r`` and the box is
    ``v_j ∈ [low_j/high_r, high_j/low_r]`` (the conditions against r only): its
    image contains the set, so the sampler serves as a rejection proposal.
    """
    if ls.points is None:
        return None
    lo, hi = ls.points[:, 0], ls.points[:, 1]
    precise = np.flatnonzero(lo == hi)
    r = int(precise[0]) if precise.size else int(np.argmin(hi / lo))
    low, high = lo / hi[r], hi / lo[r]
    low[r] = high[r] = 1.0
    desc = "exact (swing box, central projection)"
    if not precise.size:
        desc = f"exact (swing box relative to {ls.children[r]}, central projection)"
    return SwingSampler(r, low, high, desc)


def make_sampler(ls: LocalSet, *, pilot: int = 4000) -> Sampler:
    """A uniform sampler of a node's feasible set, exact wherever it can be.

    In order of preference:

    * a contracted set: the image of the original set's sampler (:class:`AffineSampler`);
    * a ranking or CAR order without further statements: :class:`WeakOrderSampler`;
    * the whole simplex: Dirichlet(1) (:class:`SimplexSampler`);
    * a swing set with a precise child, without further statements:
      :class:`SwingSampler`;
    * a single point (also after implied equalities): :class:`PointSampler`;
    * a simplex, or a set whose vertices can be enumerated and triangulated
      quickly (dimension ≤ 6, see :func:`triangulable`): :class:`TriangulationSampler`;
    * rejection from the exact sampler of a set containing it (the swing set,
      the weak order, the weak order with every weight ≥ the least feasible
      weight, the box of least and greatest feasible weights, or the simplices
      ``{w ≥ least feasible weights}`` and ``{w ≤ greatest feasible weights}``)
      when a pilot of ``pilot`` proposals (fixed seed, so the choice
      is reproducible) accepts at least ``MIN_ACCEPTANCE`` of them (counting
      the proposal's own rejections; the most efficient proposal is used);
    * otherwise :class:`HitAndRunSampler`.

    The choice of proposal is cached on the set; every call returns a fresh
    sampler (with fresh chains for hit-and-run).
    """
    from .preferences import vertices

    n = len(ls.children)
    if ls.origin is not None:
        return AffineSampler(make_sampler(ls.origin, pilot=pilot), ls.focal.copy(), ls.shrink)
    if ls.groups is not None and ls.A_ub.shape[0] == ls.n_base_ub and ls.A_eq.shape[0] == ls.n_base_eq:
        return WeakOrderSampler(ls.groups, n)
    if ls.groups is None and ls.A_ub.shape[0] == 0 and ls.A_eq.shape[0] == 1:
        return SimplexSampler(np.zeros(n))
    if ls.A_ub.shape[0] == ls.n_base_ub and ls.A_eq.shape[0] == ls.n_base_eq and ls.points is not None:
        swing = swing_sampler(ls)
        if swing is not None and (ls.points[:, 0] == ls.points[:, 1]).any():
            return swing
    red = reduction(ls)
    if red.dim == 0:
        return PointSampler(_renormalise(red.x0))
    tri = _triangulation(ls)
    if tri is not None:
        return TriangulationSampler(tri)
    check = (ls.A_ub, ls.b_ub, ls.A_eq, ls.b_eq)
    candidates = _superset_samplers(ls, red)
    choice = ls._cache.get("sampler_choice")
    if choice is None:
        choice = (-1, 0.0, 0.0)
        prng = np.random.default_rng(12345)
        for i, cand in enumerate(candidates):
            acc, efficiency = _acceptance(cand, prng, check, pilot)
            if efficiency > choice[2]:
                choice = (i, acc, efficiency)
        ls._cache["sampler_choice"] = choice
    index, acceptance, efficiency = choice
    if index >= 0 and efficiency >= MIN_ACCEPTANCE:
        base = candidates[index]
        if hasattr(base, "_rate"):  # same start state whether or not the pilot ran here
            base._rate = max(efficiency / max(acceptance, 1e-12), 1e-4)
        return RejectionSampler(base, *check, acceptance=acceptance)
    return HitAndRunSampler(red, check, vertices=vertices(ls))


def reduction(ls: LocalSet) -> AffineReduction:
    """:func:`reduce_polytope` of a local set, cached on it (raises ``ValueError`` when empty)."""
    red = ls._cache.get("reduction")
    if red is None:
        red = reduce_polytope(ls.A_ub, ls.b_ub, ls.A_eq, ls.b_eq)
        if red is None:
            raise ValueError(f"the feasible set of node {ls.node!r} is empty")
        ls._cache["reduction"] = red
    assert isinstance(red, AffineReduction)
    return red
