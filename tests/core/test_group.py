"""Group weighting (core.group): exact envelopes, containment, consensus, disagreement, commands."""

from __future__ import annotations

import itertools
from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from diva_desktop.core.analysis.values import prepare
from diva_desktop.core.commands import AddParticipant, RemoveParticipant, SetWeights, UpdateParticipant
from diva_desktop.core.errors import DivaError, ModelError
from diva_desktop.core.group import (
    CombineParticipants,
    as_interval_statements,
    combine,
    combine_command,
    conflict_index,
    envelope,
    participant_problems,
    participant_sets,
)
from diva_desktop.core.model import (
    AtLeast,
    Bound,
    CarWeights,
    Criterion,
    IntervalWeights,
    Model,
    Participant,
    PointWeights,
    PreferenceSet,
    RankingWeights,
    Ratio,
    Score,
    SwingWeights,
)
from diva_desktop.core.preferences import local_set, vertices, weight_bounds
from diva_desktop.io.json_model import load_model_file

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "norrvik.json"
TOL = 1e-9


def flat_model(
    n: int, participants: list[tuple[str, PreferenceSet | None]], weights: PreferenceSet | None = None
) -> Model:
    kids = tuple(Criterion(f"c{i}", f"Criterion {i}") for i in range(n))
    alts = ("x", "y", "z")
    from diva_desktop.core.model import Alternative

    return Model(
        name="flat",
        criteria=kids,
        alternatives=tuple(Alternative(a, a.upper()) for a in alts),
        scores={
            a: {f"c{i}": Score.point(float((i * 3 + j * 7) % 11 % 10)) for i in range(n)}
            for j, a in enumerate(alts)
        },
        weights={} if weights is None else {"root": weights},
        participants=tuple(
            Participant(pid, pid.title(), None, {} if pref is None else {"root": pref})
            for pid, pref in participants
        ),
    )


# ---------------------------------------------------------------------------
# Exact cases by hand
# ---------------------------------------------------------------------------


def test_two_rankings_by_hand() -> None:
    """P1: a ≥ b ≥ c; P2: a = b ≥ c. Vertices P1 (1,0,0), (½,½,0), (⅓,⅓,⅓); P2 (½,½,0), (⅓,⅓,⅓).

    P1's bounds: a [⅓, 1], b [0, ½], c [0, ⅓]; P2's: a [⅓, ½], b [⅓, ½], c [0, ⅓].
    Envelope: a [⅓, 1], b [0, ½], c [0, ⅓]. Focal (ROC): P1 (11, 5, 2)/18, P2 (8, 8, 2)/18;
    the group's focal is their mean (19, 13, 4)/36; conflict index ½(3 + 3 + 0)/18 = 1/6.
    """
    model = flat_model(
        3,
        [
            ("p1", RankingWeights((("c0",), ("c1",), ("c2",)))),
            ("p2", RankingWeights((("c0", "c1"), ("c2",)))),
        ],
    )
    r = combine(model)
    root = r.weights["root"]
    assert isinstance(root, IntervalWeights)
    expected = {"c0": (1 / 3, 1.0), "c1": (0.0, 0.5), "c2": (0.0, 1 / 3)}
    for c, (lo, hi) in expected.items():
        assert root.bounds[c] == pytest.approx((lo, hi), abs=1e-12)
    assert root.focal is not None
    assert [root.focal[c] for c in ("c0", "c1", "c2")] == pytest.approx([19 / 36, 13 / 36, 4 / 36], abs=1e-12)
    node = r.node("root")
    assert node.participants == ("p1", "p2")
    assert node.conflict == pytest.approx(1 / 6, abs=1e-12)
    assert node.spread_low == pytest.approx([8 / 18, 5 / 18, 2 / 18])
    assert node.spread_high == pytest.approx([11 / 18, 8 / 18, 2 / 18])
    assert node.focal["p1"] == pytest.approx([11 / 18, 5 / 18, 2 / 18])
    # the envelope's set in the engine: the right bounds, and the explicit focal is kept
    ls = local_set(model.root, root)
    lo, hi = weight_bounds(ls)
    assert lo == pytest.approx([1 / 3, 0, 0], abs=1e-9)
    assert hi == pytest.approx([1, 0.5, 1 / 3], abs=1e-9)
    assert ls.focal == pytest.approx([19 / 36, 13 / 36, 4 / 36], abs=1e-9)


def test_focal_values_and_best_by_hand() -> None:
    model = flat_model(
        2,
        [("p1", PointWeights({"c0": 3, "c1": 1})), ("p2", PointWeights({"c0": 1, "c1": 3}))],
    )
    model = replace(
        model,
        scores={
            "x": {"c0": Score.point(10.0), "c1": Score.point(0.0)},
            "y": {"c0": Score.point(0.0), "c1": Score.point(10.0)},
            "z": {"c0": Score.point(5.0), "c1": Score.point(5.0)},
        },
    )
    r = combine(model)
    assert r.participant("p1").values == pytest.approx({"x": 0.75, "y": 0.25, "z": 0.5})
    assert r.participant("p1").best == ("x",)
    assert r.participant("p2").best == ("y",)
    assert r.node("root").conflict == pytest.approx(0.5)  # ½(|¾−¼| + |¼−¾|)
    assert r.weights["root"] == IntervalWeights(
        {"c0": (0.25, 0.75), "c1": (0.25, 0.75)}, focal={"c0": 0.5, "c1": 0.5}
    )


def test_conflict_index_formula() -> None:
    assert conflict_index([[0.5, 0.5]]) is None
    assert conflict_index([]) is None
    assert conflict_index([[1, 0], [0, 1]]) == 1.0
    assert conflict_index([[0.2, 0.8]] * 3) == 0.0
    # three vectors: pairs ½·0.4, ½·0.8, ½·0.4 → mean 0.8/3
    assert conflict_index([[0.5, 0.5], [0.7, 0.3], [0.3, 0.7]]) == pytest.approx(0.8 / 3)


def test_participant_values_equal_the_analysis_with_their_weights() -> None:
    """Values under a participant's weights = the engine's focal values of a model with those weights."""
    model = load_model_file(EXAMPLE)
    r = combine(model)
    for p in model.participants:
        own = replace(model, weights={**model.weights, **p.weights})
        ev = prepare(own)
        res = r.participant(p.id)
        assert [res.values[a] for a in ev.alternatives] == pytest.approx(list(ev.focal_values), abs=1e-12)
        assert [res.weights[c] for c in ev.leaves] == pytest.approx(list(ev.focal_weights), abs=1e-12)
        best = max(ev.focal_values)
        assert set(res.best) == {
            a for a, v in zip(ev.alternatives, ev.focal_values, strict=True) if v >= best - 1e-9
        }


def test_nodes_without_participants_keep_the_groups_statements() -> None:
    model = load_model_file(EXAMPLE)
    r = combine(model)
    for n in r.nodes:
        if n.node == "root":
            assert n.source == "participants"
            continue
        assert n.source == "group" and n.participants == () and n.conflict is None
        assert r.weights.get(n.node) == model.weights.get(n.node)


def test_participant_without_statements_anywhere_is_left_out() -> None:
    model = flat_model(3, [("p1", RankingWeights((("c0",), ("c1",), ("c2",)))), ("quiet", None)])
    r = combine(model)
    assert r.node("root").participants == ("p1",)
    assert r.participant("quiet").nodes == ()
    # the quiet participant's values use the group's (equal) weights
    ev = prepare(model)
    assert list(r.participant("quiet").values.values()) == pytest.approx(list(ev.focal_values))


def test_no_participants_is_an_error() -> None:
    with pytest.raises(ModelError) as exc:
        combine(flat_model(3, []))
    assert exc.value.problems[0].code == "group_no_participants"
    with pytest.raises(ValueError, match="unknown method"):
        combine(flat_model(3, [("p", None)]), "average")


# ---------------------------------------------------------------------------
# Validation: an infeasible participant is named with the conflict
# ---------------------------------------------------------------------------


def test_infeasible_participant_is_named_with_the_conflicting_statements() -> None:
    bad = IntervalWeights({"c0": (0.7, 1.0), "c1": (0.5, 1.0)})
    model = flat_model(3, [("ok", RankingWeights((("c0",), ("c1",), ("c2",)))), ("karin", bad)])
    problems = participant_problems(model)
    assert len(problems) == 1
    p = problems[0]
    assert p.code == "infeasible"
    assert p.location == "participants.karin.weights.root"
    assert p.params["participant"] == "karin" and p.params["node"] == "root"
    assert sorted(p.params["conflict"]) == ["interval c0 ∈ [0.7, 1]", "interval c1 ∈ [0.5, 1]"]
    assert "karin" in p.message and "conflicts with" in p.message
    with pytest.raises(ModelError) as exc:
        combine(model)
    assert [q.location for q in exc.value.problems] == ["participants.karin.weights.root"]
    with pytest.raises(ModelError):
        participant_sets(model)


def test_invalid_participant_statements_carry_the_participant() -> None:
    # a ranking that omits a child (the model is still checked by the validator first)
    model = flat_model(3, [("p", RankingWeights((("c0",), ("c1",), ("c2",))))])
    broken = replace(
        model,
        participants=(replace(model.participants[0], weights={"root": SwingWeights({"c0": (1.0, 1.0)})}),),
    )
    with pytest.raises(DivaError) as exc:
        combine(broken)
    assert any("participants.p" in q.location for q in exc.value.problems)


# ---------------------------------------------------------------------------
# Intersection (consensus)
# ---------------------------------------------------------------------------


def test_intersection_of_identical_statements_keeps_them() -> None:
    pref = CarWeights(("c1", "c0", "c2"), (2, 1))
    r = combine(flat_model(3, [("a", pref), ("b", pref)]), "intersection")
    assert r.weights["root"] == pref
    assert r.node("root").conflict == 0.0


def test_intersection_when_the_focal_weights_agree() -> None:
    ranking = RankingWeights((("c0",), ("c1",), ("c2",)))
    interval = IntervalWeights({"c0": (0.4, 0.8)})
    model = flat_model(3, [("a", ranking), ("b", interval)])
    r = combine(model, "intersection")
    root = r.weights["root"]
    assert isinstance(root, IntervalWeights)
    common = local_set(model.root, root)
    sa, sb = local_set(model.root, ranking), local_set(model.root, interval)
    # exactly the intersection: random points are in it iff in both sets
    rng = np.random.default_rng(3)
    for w in rng.dirichlet(np.ones(3), 4000):
        assert common.contains(w, 1e-12) == (sa.contains(w, 1e-12) and sb.contains(w, 1e-12))
    for f in (sa.focal, sb.focal):
        assert common.contains(f, 1e-7)


def test_intersection_refuses_when_a_focal_point_is_outside() -> None:
    """Opposite rankings meet only in (⅓, ⅓, ⅓): not empty, but it misses both focal points."""
    model = flat_model(
        3,
        [
            ("a", RankingWeights((("c0",), ("c1",), ("c2",)))),
            ("b", RankingWeights((("c2",), ("c1",), ("c0",)))),
        ],
    )
    with pytest.raises(ModelError) as exc:
        combine(model, "intersection")
    codes = {(p.code, p.params.get("participant")) for p in exc.value.problems}
    assert codes == {("group_focal_outside", "a"), ("group_focal_outside", "b")}
    # the envelope always works
    assert combine(model).node("root").conflict is not None


def test_intersection_refuses_when_empty() -> None:
    model = flat_model(
        3, [("a", IntervalWeights({"c0": (0.7, 1.0)})), ("b", IntervalWeights({"c0": (0.0, 0.3)}))]
    )
    with pytest.raises(ModelError) as exc:
        combine(model, "intersection")
    assert exc.value.problems[0].code == "group_no_consensus"
    assert exc.value.problems[0].params["participants"] == ["a", "b"]
    model2 = flat_model(
        3,
        [
            ("a", IntervalWeights({}, constraints=(AtLeast("c0", "c1", 0.2),))),
            ("b", IntervalWeights({}, constraints=(AtLeast("c1", "c0", 0.2),))),
        ],
    )
    with pytest.raises(ModelError) as exc2:
        combine(model2, "intersection")
    assert exc2.value.problems[0].code == "group_no_consensus"
    assert len(exc2.value.problems[0].params["conflict"]) == 2


def _same_set(node: Criterion, a: PreferenceSet, b: PreferenceSet) -> None:
    sa, sb = local_set(node, a), local_set(node, b)
    va, vb = vertices(sa), vertices(sb)
    assert va is not None and vb is not None
    for v in va:
        assert sb.contains(v, 1e-9), (a, v)
    for v in vb:
        assert sa.contains(v, 1e-9), (b, v)


def test_interval_rewrite_has_the_same_feasible_set() -> None:
    """Every method of the example (and a few more) rewritten as bounds + statements: same polytope."""
    model = load_model_file(EXAMPLE)
    sets = [model.weights, *(p.weights for p in model.participants)]
    checked = 0
    for weights in sets:
        for node_id, pref in weights.items():
            node = model.criterion(node_id)
            assert node is not None
            _same_set(node, pref, as_interval_statements(node, pref))
            checked += 1
    assert checked >= 8
    node = flat_model(4, []).root
    for pref in (
        PointWeights({"c0": 1, "c1": 2, "c2": 3, "c3": 4}),
        CarWeights(("c3", "c1", "c0", "c2"), (0, 3, 2)),
        SwingWeights({"c0": (100, 100), "c1": (50, 50), "c2": (20, 60), "c3": (100, 100)}),
        RankingWeights(
            (("c2", "c0"), ("c1",), ("c3",)),
            constraints=(Ratio("c1", "c3", 1.5, None), Bound("c0", None, 0.4)),
        ),
    ):
        _same_set(node, pref, as_interval_statements(node, pref))


# ---------------------------------------------------------------------------
# Properties of the envelope (hypothesis)
# ---------------------------------------------------------------------------


@st.composite
def statements(draw: st.DrawFn, n: int) -> PreferenceSet:
    kids = [f"c{i}" for i in range(n)]
    if draw(st.booleans()):
        order = draw(st.permutations(kids))
        cuts = draw(st.lists(st.booleans(), min_size=n - 1, max_size=n - 1))
        groups: list[list[str]] = [[order[0]]]
        for tie, c in zip(cuts, order[1:], strict=True):
            if tie:
                groups[-1].append(c)
            else:
                groups.append([c])
        return RankingWeights(tuple(tuple(g) for g in groups))
    bounds = {}
    for c in kids:
        if draw(st.booleans()):
            a = Fraction(draw(st.integers(0, 10)), 10)
            b = Fraction(draw(st.integers(0, 10)), 10)
            lo, hi = min(a, b), max(a, b)
            bounds[c] = (float(lo), float(hi))
    return IntervalWeights(bounds)


@st.composite
def groups_of_participants(draw: st.DrawFn) -> tuple[int, list[PreferenceSet]]:
    n = draw(st.integers(2, 4))
    prefs = draw(st.lists(statements(n), min_size=1, max_size=4))
    return n, prefs


def _feasible(n: int, pref: PreferenceSet) -> bool:
    try:
        local_set(flat_model(n, []).root, pref)
    except DivaError:
        return False
    return True


PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])


@PROPERTY
@given(groups_of_participants())
def test_envelope_contains_every_participants_whole_set(case: tuple[int, list[PreferenceSet]]) -> None:
    n, prefs = case
    assume(all(_feasible(n, p) for p in prefs))
    model = flat_model(n, [(f"p{i}", p) for i, p in enumerate(prefs)])
    r = combine(model)
    group = local_set(model.root, r.weights["root"])
    for p in prefs:
        own = local_set(model.root, p)
        assert group.contains(own.focal, TOL)
        V = vertices(own)
        assert V is not None
        for v in V:  # the polytope is the hull of its vertices: all of it is inside
            assert group.contains(v, TOL)
    # the group's bounds are attained: each is some participant's least or greatest weight
    lo, hi = weight_bounds(group)
    own_bounds = [weight_bounds(local_set(model.root, p)) for p in prefs]
    assert lo == pytest.approx(np.min([b[0] for b in own_bounds], axis=0), abs=1e-9)
    assert hi == pytest.approx(np.max([b[1] for b in own_bounds], axis=0), abs=1e-9)


@PROPERTY
@given(groups_of_participants(), st.randoms(use_true_random=False))
def test_envelope_is_monotone_and_symmetric(case: tuple[int, list[PreferenceSet]], rnd: object) -> None:
    n, prefs = case
    assume(all(_feasible(n, p) for p in prefs))
    people = [(f"p{i}", p) for i, p in enumerate(prefs)]
    full = combine(flat_model(n, people)).weights["root"]
    assert isinstance(full, IntervalWeights)
    # one participant: the bounding box of their set
    first = combine(flat_model(n, people[:1])).weights["root"]
    assert isinstance(first, IntervalWeights)
    lo, hi = weight_bounds(local_set(flat_model(n, []).root, prefs[0]))
    got = [x for i in range(n) for x in first.bounds[f"c{i}"]]
    assert got == pytest.approx([x for pair in zip(lo, hi, strict=True) for x in pair], abs=1e-9)
    # adding participants never narrows
    for k in range(1, len(people)):
        fewer = combine(flat_model(n, people[:k])).weights["root"]
        assert isinstance(fewer, IntervalWeights)
        for c in fewer.bounds:
            assert full.bounds[c][0] <= fewer.bounds[c][0] + 1e-12
            assert full.bounds[c][1] >= fewer.bounds[c][1] - 1e-12
    # permuting the participants changes nothing
    shuffled = list(people)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    r2 = combine(flat_model(n, shuffled))
    again = r2.weights["root"]
    assert isinstance(again, IntervalWeights)
    assert again.bounds == full.bounds
    assert again.focal == pytest.approx(full.focal, abs=1e-12)
    r1 = combine(flat_model(n, people))
    assert r2.node("root").conflict == pytest.approx(r1.node("root").conflict, abs=1e-12)


@PROPERTY
@given(groups_of_participants(), st.integers(2, 4))
def test_identical_participants_have_no_conflict(case: tuple[int, list[PreferenceSet]], k: int) -> None:
    n, prefs = case
    assume(_feasible(n, prefs[0]))
    r = combine(flat_model(n, [(f"p{i}", prefs[0]) for i in range(k)]))
    assert r.node("root").conflict == 0.0
    assert r.node("root").spread_low == r.node("root").spread_high


def test_envelope_of_the_example_contains_the_participants() -> None:
    model = load_model_file(EXAMPLE)
    r = combine(model)
    group = local_set(model.root, r.weights["root"])
    for p in model.participants:
        own = local_set(model.root, p.weights["root"])
        assert group.contains(own.focal, TOL)
        V = vertices(own)
        assert V is not None and all(group.contains(v, TOL) for v in V)


def test_envelope_needs_a_set() -> None:
    with pytest.raises(ValueError):
        envelope(["a"], [])


# ---------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------


def test_combine_command_and_undo() -> None:
    model = load_model_file(EXAMPLE)
    expected = combine(model).weights
    after, inverse = CombineParticipants().apply(model)
    assert after.weights == expected
    assert after.weights["root"] != model.weights["root"]
    assert after.participants == model.participants
    back, redo = inverse.apply(after)
    assert back == model
    again, _ = redo.apply(back)
    assert again.weights == after.weights
    # the combined model analyses: the group now holds every participant's focal weights
    ev = prepare(after)
    assert ev.sets["root"].focal.sum() == pytest.approx(1.0)
    batch = combine_command(model, "envelope")
    assert batch.code == "combine_participants" and batch.params == {"method": "envelope"}
    assert [c.node for c in batch.commands if isinstance(c, SetWeights)] == ["root"]
    cmd = CombineParticipants("intersection")
    assert cmd.code == "combine_participants" and cmd.params == {"method": "intersection"}
    assert cmd.merge(CombineParticipants()) is None
    with pytest.raises(ModelError):
        cmd.apply(model)  # the example's two participants have no weights in common


def test_participant_commands_undo() -> None:
    model = flat_model(3, [("p1", RankingWeights((("c0",), ("c1",), ("c2",))))])
    added, undo_add = AddParticipant(None, Participant("p2", "Per")).apply(model)
    assert [p.id for p in added.participants] == ["p1", "p2"]
    pref = IntervalWeights({"c2": (0.5, 0.9)})
    stated, undo_set = SetWeights(node="root", pref=pref, participant="p2").apply(added)
    assert stated.participants[1].weights == {"root": pref}
    assert stated.weights == model.weights  # the group's weights are untouched
    renamed, undo_rename = UpdateParticipant("p2", name="Per Persson").apply(stated)
    assert renamed.participants[1].name == "Per Persson"
    r = combine(renamed)
    assert r.node("root").participants == ("p1", "p2")
    removed, undo_remove = RemoveParticipant("p2").apply(renamed)
    assert [p.id for p in removed.participants] == ["p1"]
    assert undo_remove.apply(removed)[0] == renamed
    assert undo_rename.apply(renamed)[0] == stated
    assert undo_set.apply(stated)[0] == added
    assert undo_add.apply(added)[0] == model


def test_combining_twice_changes_nothing_more() -> None:
    """After combining, combining again gives the same group statements (idempotent)."""
    model = load_model_file(EXAMPLE)
    once, _ = CombineParticipants().apply(model)
    twice, _ = CombineParticipants().apply(once)
    assert twice.weights == once.weights


def test_every_pair_order_gives_the_same_envelope_on_the_example() -> None:
    model = load_model_file(EXAMPLE)
    base = combine(model).weights["root"]
    for perm in itertools.permutations(model.participants):
        assert combine(replace(model, participants=tuple(perm))).weights["root"] == base


def test_a_participant_at_a_sub_criterion_only() -> None:
    """Stating only under 'effektivitet': that node is combined, the top level keeps the group's."""
    model = load_model_file(EXAMPLE)
    mine = IntervalWeights({"klimat": (0.4, 0.6)})
    new = Participant("miljo", "Miljöstrateg", None, {"effektivitet": mine})
    model = replace(model, participants=(*model.participants, new))
    r = combine(model)
    node = r.node("effektivitet")
    assert node.participants == ("miljo",) and node.conflict is None and node.source == "participants"
    eff = model.criterion("effektivitet")
    assert eff is not None
    lo, hi = weight_bounds(local_set(eff, mine))
    env = r.weights["effektivitet"]
    assert isinstance(env, IntervalWeights)
    got_bounds = [x for c in eff.children for x in env.bounds[c.id]]
    assert got_bounds == pytest.approx([x for pair in zip(lo, hi, strict=True) for x in pair], abs=1e-9)
    # the combined range is the combined set's exact feasible range, for every node
    for n in r.nodes:
        crit = model.criterion(n.node)
        assert crit is not None
        b_lo, b_hi = weight_bounds(local_set(crit, r.weights.get(n.node)))
        assert n.range_low == pytest.approx(list(b_lo)) and n.range_high == pytest.approx(list(b_hi))
    # the top level: the two original participants only; the new one's values use the group's top level
    assert r.node("root").participants == ("ks_ordforande", "tjanstepersoner")
    ev = prepare(replace(model, weights={**model.weights, "effektivitet": mine}))
    got = r.participant("miljo").values
    assert [got[a] for a in ev.alternatives] == pytest.approx(list(ev.focal_values), abs=1e-12)
