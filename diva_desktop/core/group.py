"""Group weighting: the participants' statements combined into the group's (spec §1.4).

In a workshop every participant (deltagare) states their own imprecise
preferences, node by node, in the model format's weights shape. This module
combines them into group statements that can become the top-level ``weights``,
measures how much the participants disagree, and shows what each participant's
own weights would choose.

Who takes part at a node
------------------------
At each internal node only the participants who have statements there take
part; the others are left out of that node. A node where no participant has
statements keeps the group's own statements unchanged.

Method ``"envelope"`` (the default)
-----------------------------------
Let ``F_1 … F_k`` be the feasible local weight sets of the participants at a
node (spec §1.3). For every child ``c`` the group's bounds are

    ``L_c = min_p min { w_c : w ∈ F_p }``,  ``U_c = max_p max { w_c : w ∈ F_p }``

each an exact linear programme over a participant's polytope
(:func:`~diva_desktop.core.preferences.weight_bounds`: over the set's vertices,
or by LP where there are too many). The group's statements are the ``interval``
set ``{w ≥ 0 : Σ w = 1, L ≤ w ≤ U}`` with every child listed.

*Containment.* Take any participant ``p`` and any ``w ∈ F_p``. Then
``w ≥ 0`` and ``Σ w = 1`` (every feasible set lies on the simplex), and for every
child ``min_{F_p} w_c ≤ w_c ≤ max_{F_p} w_c``, hence ``L_c ≤ w_c ≤ U_c``. So
``w`` lies in the group's set: the envelope contains every participant's whole
feasible set, in particular their focal weights, which lie in their own sets
(§1.3). The set is therefore never empty. It is the smallest interval set with
this property (each bound is attained by some participant), and with one
participant it is the bounding box of that participant's set. Bounds are the
exact optima up to floating-point rounding; values within 1e-12 of a decimal
with ten digits are written as that decimal (``0.3``, not ``0.30000000000000004``),
so containment holds within the engine's tolerance of 1e-9.

The group's focal (representative) weights are given explicitly: the arithmetic
mean of the participants' focal local weights. The set is convex and contains
every participant's focal weights, so it contains their mean.

Method ``"intersection"`` (consensus)
-------------------------------------
The weights every participant accepts: ``F_1 ∩ … ∩ F_k``, written exactly. Every
method's set is rewritten as an ``interval`` set with extra statements that has
the same feasible set (:func:`as_interval_statements`: point weights become
``bound`` min = max, rank orders ``at_least`` and, for ties, ``ratio`` 1–1,
swing points ``ratio`` statements, intervals stay bounds); the intersection is
then the tightest bound per child together with every participant's extra
statements. Where all participants at a node state exactly the same, that
statement set is kept as it is. The focal weights are again the mean of the
participants' focal weights.

The intersection need not contain every participant's focal weights (nor be
non-empty), which the contract requires of a combined set. It is offered, and
refused with an error naming the node and the participants, when the
participants' sets have no common weights (code ``group_no_consensus``) or when
a participant's focal weights fall outside the common set (code
``group_focal_outside``, naming the participant and the statements of the others
that exclude them). Where it succeeds it satisfies the contract and is the
narrowest combination that does.

Disagreement figures
--------------------
* spread: per node and child, the least and greatest focal local weight among
  the participants at the node;
* conflict index (konfliktindex) of a node: the mean over all pairs of
  participants at the node of half the L1 distance between their focal local
  weights, ``(2 / (k(k − 1))) Σ_{p<q} ½ Σ_c |f_p,c − f_q,c|``. Half the L1
  distance of two weight vectors on the simplex is their total-variation
  distance, in [0, 1]: 0 when the two agree, 1 when they put all weight on
  different children. The index is ``None`` with fewer than two participants.
* per participant: their global focal weights (their own focal local weights
  where they have statements, the group's elsewhere), the focal value
  ``V(a) = Σ_leaf W_leaf · v_leaf(a)`` of every alternative at those weights
  and the focal scores (spec §1.2; the same scores for everyone), and their
  focal-best alternatives (ties within 1e-9 all listed).

Validation: a participant whose statements admit no weights at a node is named
with the node and a smallest set of conflicting statements, found by the same
deletion filter as the group's own statements
(:func:`~diva_desktop.core.preferences.conflicting_statements`); the problem has
code ``infeasible`` and location ``participants.<id>.weights.<node>``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .analysis.values import TOLERANCE
from .commands import Batch, Command, SetWeights
from .errors import DivaError, InfeasibleError, ModelError, Problem
from .model import (
    AtLeast,
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
from .preferences import LocalSet, local_set, weight_bounds
from .scales import FloatArray, score_values
from .validation import ensure_valid

FORMAT_NAME = "diva-group"
FORMAT_VERSION = 1
METHODS = ("envelope", "intersection")
DEFAULT_METHOD = "envelope"
#: Tolerance for a participant's focal weights to count as inside the combined set.
CONTAINMENT_TOL = 1e-7

__all__ = [
    "DEFAULT_METHOD",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "METHODS",
    "CombineParticipants",
    "GroupResult",
    "NodeGroup",
    "ParticipantResult",
    "as_interval_statements",
    "combine",
    "combine_command",
    "conflict_index",
    "envelope",
    "intersection",
    "participant_problems",
    "participant_sets",
    "to_json",
]


def _group_problem(code: str, location: str, text: str, **params: Any) -> Problem:
    return Problem(code, location, text, "error", params)


def _snap(x: float) -> float:
    """``x`` clipped to [0, 1], written as a ten-digit decimal when within 1e-12 of one."""
    x = min(1.0, max(0.0, float(x)))
    r = round(x, 10)
    return r if abs(r - x) <= 1e-12 else x


# ---------------------------------------------------------------------------
# The participants' feasible sets
# ---------------------------------------------------------------------------


def participant_sets(model: Model) -> dict[str, dict[str, LocalSet]]:
    """Every participant's local feasible sets at the nodes where they have statements.

    Raises
    ------
    ModelError
        Listing every problem (:func:`participant_problems`) when a participant's
        statements are invalid or admit no weights.
    """
    problems: list[Problem] = []
    out = _participant_sets(model, problems)
    if problems:
        raise ModelError(problems)
    return out


def participant_problems(model: Model) -> list[Problem]:
    """Problems of the participants' statements, each at ``participants.<id>.weights.<node>``.

    An infeasible node gives code ``infeasible`` with params ``node``,
    ``participant`` and ``conflict`` (a smallest set of conflicting statement
    labels, by the deletion filter of the group's own diagnosis).
    """
    problems: list[Problem] = []
    _participant_sets(model, problems)
    return problems


def _participant_sets(model: Model, problems: list[Problem]) -> dict[str, dict[str, LocalSet]]:
    nodes = {n.id: n for n in model.internal_nodes()}
    out: dict[str, dict[str, LocalSet]] = {}
    for p in model.participants:
        sets: dict[str, LocalSet] = {}
        for node_id, pref in p.weights.items():
            node = nodes.get(node_id)
            prefix = f"participants.{p.id}."
            if node is None:
                problems.append(
                    _group_problem(
                        "unknown_criterion",
                        f"{prefix}weights.{node_id}",
                        f"participant {p.id!r}: there is no criterion with sub-criteria {node_id!r}",
                        id=node_id,
                        participant=p.id,
                    )
                )
                continue
            try:
                sets[node_id] = local_set(node, pref)
            except InfeasibleError as exc:
                problems.append(
                    _group_problem(
                        "infeasible",
                        f"{prefix}weights.{node_id}",
                        f"participant {p.id!r}: " + exc.problems[0].text,
                        node=node_id,
                        participant=p.id,
                        conflict=list(exc.conflict),
                    )
                )
            except DivaError as exc:
                for pr in exc.problems:
                    params = {**dict(pr.params), "participant": p.id}
                    problems.append(
                        Problem(
                            pr.code,
                            prefix + pr.location,
                            f"participant {p.id!r}: {pr.text}",
                            pr.severity,
                            params,
                        )
                    )
        out[p.id] = {n: sets[n] for n in nodes if n in sets}  # tree order
    return out


# ---------------------------------------------------------------------------
# Combination at one node
# ---------------------------------------------------------------------------


def envelope(children: Sequence[str], sets: Sequence[LocalSet]) -> IntervalWeights:
    """The envelope of the participants' sets at one node (see the module docs).

    ``bounds[c] = [min_p min_{F_p} w_c, max_p max_{F_p} w_c]`` for every child,
    and ``focal`` the mean of the sets' focal weights.
    """
    if not sets:
        raise ValueError("the envelope of no sets is undefined")
    bounds = [weight_bounds(ls) for ls in sets]
    low = np.min([b[0] for b in bounds], axis=0)
    high = np.max([b[1] for b in bounds], axis=0)
    focal = np.mean([ls.focal for ls in sets], axis=0)
    focal = focal / focal.sum()
    return IntervalWeights(
        bounds={c: (_snap(lo), _snap(hi)) for c, lo, hi in zip(children, low, high, strict=True)},
        focal={c: float(f) for c, f in zip(children, focal, strict=True)},
    )


def _weak_order_statements(groups: Sequence[Sequence[str]]) -> list[Statement]:
    out: list[Statement] = []
    for g in groups:
        out.extend(Ratio(g[0], other, 1.0, 1.0) for other in g[1:])
    for g, nxt in itertools.pairwise(groups):
        out.append(AtLeast(g[0], nxt[0], 0.0))
    return out


def as_interval_statements(node: Criterion, pref: PreferenceSet) -> IntervalWeights:
    """``pref`` rewritten as an ``interval`` set with extra statements and the same feasible set.

    * point: ``bound`` min = max = the normalised weight of each child;
    * ranking and CAR: ``at_least`` between the first members of neighbouring
      groups and ``ratio`` 1–1 within a group (a CAR step 0 is a tie);
    * interval: unchanged bounds;
    * swing: for each pair (j, k) not both precise ``ratio j/k`` in
      ``[low_j/high_k, high_j/low_k]``, and for neighbouring precise children
      ``ratio`` = ``p_j/p_k`` (the rows of spec §1.3, multiplied out);
    * the set's own extra statements are kept. The focal weights are not.

    The rows are those of :func:`~diva_desktop.core.preferences.local_set` up to
    a positive factor per row, so the feasible sets are equal.
    """
    children = [ch.id for ch in node.children]
    statements: list[Statement] = []
    bounds: dict[str, tuple[float, float]] = {}
    if isinstance(pref, PointWeights):
        total = float(sum(float(pref.weights[c]) for c in children))
        for c in children:
            w = float(pref.weights[c]) / total
            bounds[c] = (w, w)
    elif isinstance(pref, RankingWeights):
        statements.extend(_weak_order_statements([list(g) for g in pref.order]))
    elif isinstance(pref, CarWeights):
        groups = [[pref.order[0]]]
        for s, c in zip(pref.steps, pref.order[1:], strict=True):
            if s == 0:
                groups[-1].append(c)
            else:
                groups.append([c])
        statements.extend(_weak_order_statements(groups))
    elif isinstance(pref, IntervalWeights):
        bounds.update({c: (float(lo), float(hi)) for c, (lo, hi) in pref.bounds.items()})
    else:
        assert isinstance(pref, SwingWeights)
        pts = {c: (float(pref.points[c][0]), float(pref.points[c][1])) for c in children}
        precise = [c for c in children if pts[c][0] == pts[c][1]]
        for a, b in itertools.pairwise(precise):
            r = pts[a][0] / pts[b][0]
            statements.append(Ratio(a, b, r, r))
        for i, a in enumerate(children):
            for b in children[i + 1 :]:
                if a in precise and b in precise:
                    continue
                (la, ha), (lb, hb) = pts[a], pts[b]
                statements.append(Ratio(a, b, la / hb, ha / lb))
    statements.extend(pref.constraints)
    return IntervalWeights(bounds=bounds, constraints=tuple(statements))


def intersection(
    node: Criterion,
    prefs: Mapping[str, PreferenceSet],
    sets: Mapping[str, LocalSet],
) -> IntervalWeights | PreferenceSet:
    """The participants' common weights at ``node``, written exactly (see the module docs).

    ``prefs`` and ``sets`` are keyed by participant id. Raises :class:`ModelError`
    (``group_no_consensus`` or ``group_focal_outside``) where the contract's
    containment requirement cannot be met.
    """
    ids = list(prefs)
    if not ids:
        raise ValueError("the intersection of no sets is undefined")
    first = prefs[ids[0]]
    if all(prefs[p] == first for p in ids[1:]):
        return first
    children = [ch.id for ch in node.children]
    low = dict.fromkeys(children, 0.0)
    high = dict.fromkeys(children, 1.0)
    statements: list[Statement] = []
    for p in ids:
        rewritten = as_interval_statements(node, prefs[p])
        for c, (lo, hi) in rewritten.bounds.items():
            low[c] = max(low[c], lo)
            high[c] = min(high[c], hi)
        statements.extend(rewritten.constraints)
    loc = f"weights.{node.id}"
    participants = ", ".join(ids)
    empty = [c for c in children if low[c] > high[c] + 1e-12]
    if empty:
        raise ModelError(
            _group_problem(
                "group_no_consensus",
                loc,
                f"node {node.id!r}: the participants {participants} have no weights in common "
                f"(their bounds on {', '.join(empty)} do not overlap)",
                node=node.id,
                participants=ids,
                conflict=[f"bounds on {c}" for c in empty],
            )
        )
    bounds = {
        c: (_snap(low[c]), _snap(max(low[c], high[c]))) for c in children if (low[c], high[c]) != (0.0, 1.0)
    }
    focal = np.mean([sets[p].focal for p in ids], axis=0)
    focal = focal / focal.sum()
    combined = IntervalWeights(bounds=bounds, constraints=tuple(dict.fromkeys(statements)))
    try:
        common = local_set(node, combined)
    except InfeasibleError as exc:
        raise ModelError(
            _group_problem(
                "group_no_consensus",
                loc,
                f"node {node.id!r}: the participants {participants} have no weights in common; "
                f"conflicting: {', '.join(exc.conflict)}",
                node=node.id,
                participants=ids,
                conflict=list(exc.conflict),
            )
        ) from None
    problems = []
    for p in ids:
        violated = common.violated(sets[p].focal, CONTAINMENT_TOL)
        if violated:
            problems.append(
                _group_problem(
                    "group_focal_outside",
                    f"participants.{p}.weights.{node.id}",
                    f"node {node.id!r}: the focal weights of participant {p!r} are outside the weights "
                    f"all participants accept; they violate {', '.join(violated)}",
                    node=node.id,
                    participant=p,
                    violated=violated,
                )
            )
    if problems:
        raise ModelError(problems)
    return IntervalWeights(
        bounds=combined.bounds,
        constraints=combined.constraints,
        focal={c: float(f) for c, f in zip(children, focal, strict=True)},
    )


def conflict_index(focal: Sequence[Sequence[float]] | FloatArray) -> float | None:
    """Mean pairwise total-variation distance ``½‖f_p − f_q‖₁`` of focal weight vectors.

    In [0, 1]; ``None`` for fewer than two vectors.
    """
    F = np.asarray(focal, dtype=float)
    k = F.shape[0] if F.ndim == 2 else 0
    if k < 2:
        return None
    total = 0.0
    for i, j in itertools.combinations(range(k), 2):
        total += 0.5 * float(np.abs(F[i] - F[j]).sum())
    return min(1.0, max(0.0, total / (k * (k - 1) / 2)))


# ---------------------------------------------------------------------------
# The whole model
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class NodeGroup:
    """The combination and the disagreement at one internal node.

    ``participants`` are those with statements at the node (model order);
    ``focal[p]`` their focal local weights (children in tree order);
    ``spread_low``/``spread_high`` the least and greatest of those per child;
    ``conflict`` the conflict index (``None`` with fewer than two participants);
    ``combined`` the group's statements after combination (``None``: equal
    weights) and ``source`` ``"participants"`` or ``"group"`` (the group's own
    statements kept where no participant has statements); ``range_low`` and
    ``range_high`` the least and greatest feasible local weight of each child
    under ``combined`` (exact, :func:`~diva_desktop.core.preferences.weight_bounds`).
    """

    node: str
    children: tuple[str, ...]
    participants: tuple[str, ...]
    focal: Mapping[str, tuple[float, ...]]
    spread_low: tuple[float, ...]
    spread_high: tuple[float, ...]
    conflict: float | None
    combined: PreferenceSet | None
    source: str
    range_low: tuple[float, ...] = ()
    range_high: tuple[float, ...] = ()


@dataclass(frozen=True)
class ParticipantResult:
    """One participant's view: global focal weights, focal values, focal-best alternatives."""

    id: str
    name: str
    role: str | None
    nodes: tuple[str, ...]
    weights: Mapping[str, float]
    values: Mapping[str, float]
    best: tuple[str, ...]


@dataclass(frozen=True)
class GroupResult:
    """:func:`combine`'s result. ``weights`` are the combined top-level weights."""

    method: str
    nodes: tuple[NodeGroup, ...]
    participants: tuple[ParticipantResult, ...]
    weights: Mapping[str, PreferenceSet]

    def node(self, node_id: str) -> NodeGroup:
        for n in self.nodes:
            if n.node == node_id:
                return n
        raise KeyError(node_id)

    def participant(self, participant_id: str) -> ParticipantResult:
        for p in self.participants:
            if p.id == participant_id:
                return p
        raise KeyError(participant_id)


def _focal_scores(model: Model) -> tuple[list[str], FloatArray]:
    """Leaves (depth-first) and the ``(m, L)`` focal score values (spec §1.2)."""
    leaves = model.leaves()
    F = np.zeros((len(model.alternatives), len(leaves)))
    for a, alt in enumerate(model.alternatives):
        for i, leaf in enumerate(leaves):
            F[a, i] = score_values(
                leaf.effective_scale, model.score(alt.id, leaf.id), f"scores.{alt.id}.{leaf.id}"
            ).focal
    return [c.id for c in leaves], F


def _global_focal(model: Model, local: Mapping[str, FloatArray]) -> dict[str, float]:
    out: dict[str, float] = {}

    def walk(node: Criterion, weight: float) -> None:
        w = local[node.id]
        for j, ch in enumerate(node.children):
            g = weight * float(w[j])
            if ch.is_leaf:
                out[ch.id] = g
            else:
                walk(ch, g)

    if model.criteria:
        walk(model.root, 1.0)
    return out


def combine(model: Model, method: str = DEFAULT_METHOD) -> GroupResult:
    """Combine the participants' statements into the group's and measure the disagreement.

    Parameters
    ----------
    model
        A valid model with participants (validated here).
    method
        ``"envelope"`` (default) or ``"intersection"`` (see the module docs).

    Raises
    ------
    ModelError
        Every problem at once: no participants (``group_no_participants``),
        participants' invalid or infeasible statements, the group's own
        statements infeasible at a node where they are needed, and (for the
        intersection) nodes without consensus.
    ValueError
        For an unknown method.
    """
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; use one of {', '.join(METHODS)}")
    ensure_valid(model)
    if not model.participants:
        raise ModelError(
            _group_problem(
                "group_no_participants",
                "participants",
                "the model has no participants; add participants with their own statements first",
            )
        )
    problems: list[Problem] = []
    psets = _participant_sets(model, problems)
    if problems:
        raise ModelError(problems)
    internal = model.internal_nodes()
    group_sets: dict[str, LocalSet] = {}
    for node in internal:
        try:
            group_sets[node.id] = local_set(node, model.weights.get(node.id))
        except DivaError as exc:
            # needed for the values of participants without statements at the node
            if any(node.id not in psets[p.id] for p in model.participants):
                problems.extend(exc.problems)
    nodes: list[NodeGroup] = []
    weights: dict[str, PreferenceSet] = dict(model.weights)
    for node in internal:
        children = tuple(ch.id for ch in node.children)
        here = [p for p in model.participants if node.id in psets[p.id]]
        focal = {p.id: tuple(float(x) for x in psets[p.id][node.id].focal) for p in here}
        if here:
            F = np.array([focal[p.id] for p in here])
            lo, hi = tuple(float(x) for x in F.min(axis=0)), tuple(float(x) for x in F.max(axis=0))
        else:
            lo = hi = ()
        combined: PreferenceSet | None = model.weights.get(node.id)
        source = "group"
        if here:
            source = "participants"
            try:
                if method == "envelope":
                    combined = envelope(children, [psets[p.id][node.id] for p in here])
                else:
                    combined = intersection(
                        node,
                        {p.id: p.weights[node.id] for p in here},
                        {p.id: psets[p.id][node.id] for p in here},
                    )
            except ModelError as exc:
                problems.extend(exc.problems)
                combined = None
            if combined is not None:
                weights[node.id] = combined
        r_lo: tuple[float, ...] = ()
        r_hi: tuple[float, ...] = ()
        final = group_sets.get(node.id) if source == "group" else None
        if source == "participants" and combined is not None:
            final = local_set(node, combined)
        if final is not None:
            b_lo, b_hi = weight_bounds(final)
            r_lo, r_hi = tuple(float(x) for x in b_lo), tuple(float(x) for x in b_hi)
        nodes.append(
            NodeGroup(
                node=node.id,
                children=children,
                participants=tuple(p.id for p in here),
                focal=focal,
                spread_low=lo,
                spread_high=hi,
                conflict=conflict_index(list(focal.values())),
                combined=combined,
                source=source,
                range_low=r_lo,
                range_high=r_hi,
            )
        )
    if problems:
        raise ModelError(problems)
    leaves, scores = _focal_scores(model)
    alts = [a.id for a in model.alternatives]
    results = []
    for p in model.participants:
        local = {
            n.id: (psets[p.id][n.id] if n.id in psets[p.id] else group_sets[n.id]).focal for n in internal
        }
        w = _global_focal(model, local)
        values = scores @ np.array([w[c] for c in leaves]) if leaves else np.zeros(len(alts))
        best = tuple(alts[i] for i in np.flatnonzero(values >= values.max() - TOLERANCE)) if alts else ()
        results.append(
            ParticipantResult(
                id=p.id,
                name=p.name,
                role=p.role,
                nodes=tuple(psets[p.id]),
                weights=w,
                values={a: float(v) for a, v in zip(alts, values, strict=True)},
                best=best,
            )
        )
    return GroupResult(method=method, nodes=tuple(nodes), participants=tuple(results), weights=weights)


# ---------------------------------------------------------------------------
# The undoable edit
# ---------------------------------------------------------------------------


def combine_command(model: Model, method: str = DEFAULT_METHOD) -> Batch:
    """One undoable step that sets the combined statements as the group's weights.

    Only the nodes where participants have statements change; the inverse
    restores the previous top-level weights exactly.
    """
    result = combine(model, method)
    commands: list[Command] = [
        SetWeights(node=n.node, pref=n.combined) for n in result.nodes if n.source == "participants"
    ]
    return Batch("combine_participants", {"method": method}, tuple(commands))


@dataclass(frozen=True)
class CombineParticipants:
    """Command: combine the participants' statements (``method``) into the group's weights.

    The combination is computed from the model the command is applied to, so redo
    after undo gives the same result. ``apply`` returns the edited model and the
    inverse (a :class:`~diva_desktop.core.commands.Restore` of the weights).
    """

    method: str = DEFAULT_METHOD

    @property
    def code(self) -> str:
        return "combine_participants"

    @property
    def params(self) -> Mapping[str, str]:
        return {"method": self.method}

    def apply(self, model: Model) -> tuple[Model, Command]:
        return combine_command(model, self.method).apply(model)

    def merge(self, other: Command) -> Command | None:
        return None


# ---------------------------------------------------------------------------
# JSON ("format": "diva-group")
# ---------------------------------------------------------------------------


def to_json(
    result: GroupResult, write_preference: Callable[[PreferenceSet], dict[str, Any]]
) -> dict[str, Any]:
    """The ``diva-group`` document of a :class:`GroupResult`.

    ``write_preference`` turns a preference set into the model format's JSON
    (``diva_desktop.io.json_model.preference_to_dict``; the core does not import io).

    Shape::

        {"format": "diva-group", "version": 1, "method": "envelope",
         "weights": {node: <preference set>},          # the combined top-level weights
         "nodes": [{"node", "children", "participants", "source",
                    "spread": {child: [min, max]}, "conflict_index",
                    "range": {child: [min, max]}}],             # feasible range under "weights"
         "participants": [{"id", "name", "role", "nodes",
                           "focal": {node: {child: w}}, "weights": {leaf: W},
                           "values": {alternative: V}, "best": [alternatives]}]}
    """
    focal_by_participant: dict[str, dict[str, dict[str, float]]] = {p.id: {} for p in result.participants}
    nodes = []
    for n in result.nodes:
        for pid, f in n.focal.items():
            focal_by_participant[pid][n.node] = dict(zip(n.children, f, strict=True))
        nodes.append(
            {
                "node": n.node,
                "children": list(n.children),
                "participants": list(n.participants),
                "source": n.source,
                "spread": {
                    c: [lo, hi] for c, lo, hi in zip(n.children, n.spread_low, n.spread_high, strict=True)
                }
                if n.participants
                else {},
                "conflict_index": n.conflict,
                "range": {
                    c: [lo, hi] for c, lo, hi in zip(n.children, n.range_low, n.range_high, strict=True)
                },
            }
        )
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "method": result.method,
        "weights": {node: write_preference(pref) for node, pref in result.weights.items()},
        "nodes": nodes,
        "participants": [
            {
                "id": p.id,
                "name": p.name,
                "role": p.role,
                "nodes": list(p.nodes),
                "focal": focal_by_participant[p.id],
                "weights": dict(p.weights),
                "values": dict(p.values),
                "best": list(p.best),
            }
            for p in result.participants
        ],
    }
