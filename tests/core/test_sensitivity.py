"""One-way sensitivity (spec §5): lines, switch points, stable intervals, tornado, score thresholds.

Lines are checked against the global weights computed directly from modified
local weights (:func:`~diva_desktop.core.preferences.global_weights`); switch
points against a dense evaluation of the lines; score thresholds by moving the
score just past and just short of each threshold and against a dense scan of
the scale's domain.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diva_desktop.core.analysis.sensitivity import (
    focal_best,
    one_way,
    one_way_all,
    score_thresholds,
    sensitivity,
    upper_envelope,
)
from diva_desktop.core.analysis.values import prepare
from diva_desktop.core.model import (
    Alternative,
    Criterion,
    IntervalWeights,
    Level,
    LevelsScale,
    LinearScale,
    Model,
    PiecewiseScale,
    PointWeights,
    RankingWeights,
    Score,
)
from diva_desktop.core.preferences import global_weights
from diva_desktop.core.scales import values as scale_values

# ---------------------------------------------------------------------------
# A hand-computed case
# ---------------------------------------------------------------------------


def _abc(weights: dict[str, float] | None = None) -> Model:
    crit = (Criterion("x", "X"), Criterion("y", "Y"))
    scores = {
        "a": {"x": Score.point(10.0), "y": Score.point(0.0)},
        "b": {"x": Score.point(0.0), "y": Score.point(10.0)},
        "c": {"x": Score.point(6.0), "y": Score.point(6.0)},
    }
    return Model(
        name="abc",
        criteria=crit,
        alternatives=tuple(Alternative(a, a.upper()) for a in "abc"),
        scores=scores,
        weights={"root": PointWeights(weights or {"x": 0.5, "y": 0.5})},
    )


def test_hand_computed_lines_and_switches() -> None:
    # V_a(t) = t, V_b(t) = 1 − t, V_c = 0.6: b best below 0.4, c between, a above 0.6.
    ev = prepare(_abc())
    ow = one_way(ev, "root", "x")
    assert ow.intercept == pytest.approx([0.0, 1.0, 0.6])
    assert ow.slope == pytest.approx([1.0, -1.0, 0.0])
    assert [(s.best_before, s.best_after) for s in ow.switches] == [("b", "c"), ("c", "a")]
    assert [s.weight for s in ow.switches] == pytest.approx([0.4, 0.6])
    assert ow.stable == pytest.approx((0.4, 0.6))
    assert ow.best == "c" and ow.focal == 0.5 and ow.feasible == (0.5, 0.5)
    assert [seg[2] for seg in ow.segments] == [1, 2, 0]
    res = sensitivity(_abc())
    assert res["one_way"][0] == {
        "node": "root",
        "criterion": "x",
        "focal": 0.5,
        "feasible": [0.5, 0.5],
        "switches": [
            {"weight": pytest.approx(0.4), "best_before": "b", "best_after": "c"},
            {"weight": pytest.approx(0.6), "best_before": "c", "best_after": "a"},
        ],
        "stable": [pytest.approx(0.4), pytest.approx(0.6)],
    }
    assert res["tornado"][0]["values"]["a"] == pytest.approx([0.5, 0.5])


def test_focal_weight_one_spreads_the_rest_equally() -> None:
    crit = (Criterion("x", "X"), Criterion("y", "Y"), Criterion("z", "Z"))
    scores = {"a": {"x": Score.point(0.0), "y": Score.point(10.0), "z": Score.point(0.0)}}
    m = Model(
        name="m",
        criteria=crit,
        alternatives=(Alternative("a", "A"),),
        scores=scores,
        weights={"root": PointWeights({"x": 1.0, "y": 0.0, "z": 0.0})},
    )
    ow = one_way(prepare(m), "root", "x")
    # at t = 0 the weight goes half to y and half to z: V = 0.5
    assert ow.values([0.0])[0, 0] == pytest.approx(0.5)
    assert ow.values([1.0])[0, 0] == pytest.approx(0.0)


def test_single_child_node_has_constant_lines() -> None:
    crit = (Criterion("g", "G", children=(Criterion("x", "X"),)), Criterion("y", "Y"))
    scores = {a: {"x": Score.point(s), "y": Score.point(10 - s)} for a, s in (("a", 2.0), ("b", 7.0))}
    m = Model(
        name="m", criteria=crit, alternatives=(Alternative("a", "A"), Alternative("b", "B")), scores=scores
    )
    ev = prepare(m)
    ow = one_way(ev, "g", "x")
    assert np.allclose(ow.slope, 0.0)
    assert ow.intercept == pytest.approx(ev.focal_values)
    assert ow.switches == () and ow.stable == (0.0, 1.0)


def test_unknown_node_or_child() -> None:
    ev = prepare(_abc())
    with pytest.raises(KeyError):
        one_way(ev, "nope", "x")
    with pytest.raises(KeyError):
        one_way(ev, "root", "nope")


def test_upper_envelope_with_identical_and_concurrent_lines() -> None:
    # three lines through (0.5, 0.5); a duplicate of the flat one
    A = np.array([0.0, 0.5, 1.0, 0.5])
    B = np.array([1.0, 0.0, -1.0, 0.0])
    segments, switches = upper_envelope(A, B)
    assert switches == [(pytest.approx(0.5), 2, 0)]
    assert segments[0][2] == 2 and segments[-1][2] == 0


# ---------------------------------------------------------------------------
# Random models: lines against direct weights, switches against dense evaluation
# ---------------------------------------------------------------------------


def random_model(seed: int, m: int, depth2: bool) -> Model:
    rng = np.random.default_rng(seed)
    scales = [
        None,
        LinearScale(10.0, 0.0),
        PiecewiseScale(((0.0, 0.2), (3.0, 1.0), (7.0, 0.0), (10.0, 0.6))),  # not monotone
        LevelsScale((Level("l", 0.0), Level("m", 0.7), Level("h", 1.0))),
    ]
    leaves: list[Criterion] = []
    for i in range(int(rng.integers(2, 6))):
        leaves.append(Criterion(f"c{i}", f"C{i}", scale=scales[int(rng.integers(len(scales)))]))
    if depth2 and len(leaves) >= 3:
        crit: tuple[Criterion, ...] = (Criterion("g", "G", children=tuple(leaves[:2])), *leaves[2:])
    else:
        crit = tuple(leaves)
    weights: dict[str, object] = {}
    top = [c.id for c in crit]
    kind = int(rng.integers(3))
    if kind == 0:
        w = rng.dirichlet(np.ones(len(top)))
        weights["root"] = PointWeights({c: float(x) for c, x in zip(top, w, strict=True)})
    elif kind == 1:
        weights["root"] = RankingWeights(order=tuple((c,) for c in rng.permutation(top).tolist()))
    else:
        f = rng.dirichlet(np.ones(len(top)))
        weights["root"] = IntervalWeights(
            bounds={c: (float(max(0, f[i] - 0.2)), float(min(1, f[i] + 0.2))) for i, c in enumerate(top)}
        )
    if depth2 and len(leaves) >= 3:
        weights["g"] = IntervalWeights(bounds={"c0": (0.2, 0.9)})
    alts = tuple(Alternative(f"a{i}", f"A{i}") for i in range(m))
    scores: dict[str, dict[str, Score]] = {}
    for a in alts:
        row = {}
        for leaf in leaves:
            sc = leaf.effective_scale
            if rng.random() < 0.1:
                continue  # missing score
            if isinstance(sc, LevelsScale):
                i = int(rng.integers(3))
                j = min(2, i + int(rng.random() < 0.3))
                row[leaf.id] = Score(sc.levels[i].label, sc.levels[j].label)
            else:
                x = float(rng.uniform(0, 10))
                y = min(10.0, x + float(rng.uniform(0, 2))) if rng.random() < 0.3 else x
                row[leaf.id] = Score(x, y)
        scores[a.id] = row
    return Model(name="r", criteria=crit, alternatives=alts, scores=scores, weights=weights)  # type: ignore[arg-type]


_SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(seed=st.integers(0, 2**31 - 1), m=st.integers(1, 7), depth2=st.booleans())
def test_lines_match_direct_global_weights(seed: int, m: int, depth2: bool) -> None:
    model = random_model(seed, m, depth2)
    ev = prepare(model)
    for ow in one_way_all(ev):
        ls = ev.sets[ow.node]
        f = np.asarray(ls.focal, dtype=float)
        j = ls.children.index(ow.criterion)
        assert ow.values([ow.focal])[0] == pytest.approx(ev.focal_values, abs=1e-12)
        for t in (0.0, 0.3, 1.0):
            if ls.n == 1:
                continue
            w = np.empty(ls.n)
            rest = 1.0 - f[j]
            others = np.arange(ls.n) != j
            w[others] = (1 - t) * (f[others] / rest if rest > 1e-12 else 1.0 / (ls.n - 1))
            w[j] = t
            W = np.array(list(global_weights(model, ev.sets, {ow.node: w}).values()))
            assert ow.values([t])[0] == pytest.approx(ev.focal @ W, abs=1e-12)


@_SETTINGS
@given(seed=st.integers(0, 2**31 - 1), m=st.integers(2, 8), depth2=st.booleans())
def test_switches_match_dense_evaluation(seed: int, m: int, depth2: bool) -> None:
    ev = prepare(random_model(seed, m, depth2))
    grid = np.linspace(0.0, 1.0, 4001)
    for ow in one_way_all(ev):
        V = ow.values(grid)
        top = V.max(axis=1)
        # the envelope pieces give the maximum at every grid point
        for t0, t1, a in ow.segments:
            inside = (grid >= t0) & (grid <= t1)
            assert np.allclose(V[inside, a], top[inside], atol=1e-12)
        # at each switch the two lines meet; the best changes across it
        ts = [s.weight for s in ow.switches]
        assert ts == sorted(ts) and all(0 < t < 1 for t in ts)
        for s in ow.switches:
            a, b = ev.alternatives.index(s.best_before), ev.alternatives.index(s.best_after)
            va, vb = ow.values([s.weight])[0, [a, b]]
            assert va == pytest.approx(vb, abs=1e-12)
            assert ow.slope[b] > ow.slope[a]
        # between switches the best line does not change: the dense argmax value is one line
        edges = [0.0, *ts, 1.0]
        for lo, hi in itertools.pairwise(edges):
            inside = (grid > lo + 1e-9) & (grid < hi - 1e-9)
            if inside.sum() < 2:
                continue
            best_lines = {int(np.argmax(row)) for row in V[inside]}
            vals = V[inside][:, sorted(best_lines)]
            # every line that is ever best on the piece is best on the whole piece (ties)
            assert np.allclose(vals, top[inside][:, None], atol=1e-12)
        # stable interval: the focal best is best inside it and not just outside
        b = ev.alternatives.index(ow.best)
        lo, hi = ow.stable
        assert lo <= ow.focal <= hi
        inside = (grid >= lo) & (grid <= hi)
        assert np.all(V[inside, b] >= top[inside] - 1e-12)
        for edge, step in ((lo, -1e-6), (hi, 1e-6)):
            t = edge + step
            if 0 <= t <= 1 and 0 < edge < 1:
                row = ow.values([t])[0]
                assert row[b] < row.max()


@_SETTINGS
@given(seed=st.integers(0, 2**31 - 1), m=st.integers(1, 6), depth2=st.booleans())
def test_tornado_is_the_line_at_the_feasible_ends(seed: int, m: int, depth2: bool) -> None:
    model = random_model(seed, m, depth2)
    res = sensitivity(model)
    json.dumps(res)
    ev = prepare(model)
    lines = one_way_all(ev)
    assert len(res["tornado"]) == len(lines) == len(res["one_way"])
    for ow, entry, tor in zip(lines, res["one_way"], res["tornado"], strict=True):
        assert entry["node"] == tor["node"] == ow.node
        lo, hi = entry["feasible"]
        ends = ow.values([lo, hi])
        for k, a in enumerate(ev.alternatives):
            assert tor["values"][a] == pytest.approx([ends[:, k].min(), ends[:, k].max()], abs=1e-12)
        assert entry["stable"][0] <= entry["focal"] <= entry["stable"][1]


# ---------------------------------------------------------------------------
# Score thresholds
# ---------------------------------------------------------------------------


def _best_after_change(ev, a: int, i: int, v_new: float) -> int:  # type: ignore[no-untyped-def]
    values = ev.focal_values.copy()
    values[a] += ev.focal_weights[i] * (v_new - ev.focal[a, i])
    return int(np.flatnonzero(values >= values.max() - 1e-9)[0])


def _value(scale, x):  # type: ignore[no-untyped-def]
    return float(scale_values(scale, x))


@_SETTINGS
@given(seed=st.integers(0, 2**31 - 1), m=st.integers(2, 6), depth2=st.booleans())
def test_score_thresholds_by_perturbation_and_dense_scan(seed: int, m: int, depth2: bool) -> None:
    model = random_model(seed, m, depth2)
    ev = prepare(model)
    b = focal_best(ev)
    for th in score_thresholds(ev, model):
        a, i = ev.alternatives.index(th.alternative), ev.leaves.index(th.criterion)
        scale = ev.scales[i]
        V = ev.focal_values
        gap_ok = (V.max() - np.sort(V)[-2]) > 1e-7  # clear focal winner: no tie ambiguity
        if th.score is None:  # missing score: value units
            for val, name in ((th.value_lower, th.best_lower), (th.value_upper, th.best_upper)):
                if val is not None and gap_ok:
                    step = -1e-7 if val is th.value_lower else 1e-7
                    assert _best_after_change(ev, a, i, val + step) == ev.alternatives.index(name)  # type: ignore[arg-type]
            continue
        if isinstance(scale, LevelsScale):
            labels = [lv.label for lv in scale.levels]
            lo_i = labels.index(th.score if isinstance(th.score, str) else th.score[0])  # type: ignore[index]
            hi_i = labels.index(th.score if isinstance(th.score, str) else th.score[1])  # type: ignore[index]
            changes = [
                j for j in range(len(labels)) if _best_after_change(ev, a, i, scale.levels[j].value) != b
            ]
            if gap_ok:
                down = [j for j in changes if j <= lo_i]
                up = [j for j in changes if j >= hi_i]
                assert th.lower == (labels[max(down)] if down else None)
                assert th.upper == (labels[min(up)] if up else None)
            continue
        assert isinstance(th.score, float)
        x0 = th.score
        dlo, dhi = scale.domain  # type: ignore[union-attr]
        span = dhi - dlo
        delta = 1e-6 * span
        for x, name, direction in ((th.lower, th.best_lower, -1), (th.upper, th.best_upper, 1)):
            if x is not None:
                assert isinstance(x, float) and dlo <= x <= dhi
                assert (x <= x0) if direction < 0 else (x >= x0)
                past = x + direction * delta
                if dlo <= past <= dhi and gap_ok:
                    assert _best_after_change(ev, a, i, _value(scale, past)) == ev.alternatives.index(name)  # type: ignore[arg-type]
                short = x - direction * delta
                if (short - x0) * direction > 0 and gap_ok:
                    assert _best_after_change(ev, a, i, _value(scale, short)) == b
            elif gap_ok:
                # never changes in that direction: dense scan of the domain
                xs = np.linspace(x0, dlo if direction < 0 else dhi, 801)
                for xx in xs:
                    assert _best_after_change(ev, a, i, _value(scale, xx)) == b or (
                        abs(_value(scale, xx) - _crit(ev, a, i, b)) < 1e-6
                    )


def _crit(ev, a: int, i: int, b: int) -> float:  # type: ignore[no-untyped-def]
    V = ev.focal_values
    W = ev.focal_weights[i]
    if a == b:
        return float(ev.focal[a, i] - (V[b] - np.sort(V)[-2]) / W)
    return float(ev.focal[a, i] + (V[b] - V[a]) / W)


def test_thresholds_on_a_non_monotone_piecewise_scale() -> None:
    # v rises to 1 at x = 5 and falls back to 0 at 10; a = 5 is best by 0.1 through one
    # leaf of weight 0.5: a loses the lead where v(x) < 1 − 0.2 = 0.8, i.e. x < 4 or x > 6.
    scale = PiecewiseScale(((0.0, 0.0), (5.0, 1.0), (10.0, 0.0)))
    crit = (Criterion("x", "X", scale=scale), Criterion("y", "Y"))
    scores = {
        "a": {"x": Score.point(5.0), "y": Score.point(0.0)},
        "b": {"x": Score.point(0.0), "y": Score.point(8.0)},
    }
    m = Model(
        name="pw",
        criteria=crit,
        alternatives=(Alternative("a", "A"), Alternative("b", "B")),
        scores=scores,
        weights={"root": PointWeights({"x": 0.5, "y": 0.5})},
    )
    ev = prepare(m)
    th = {(t.alternative, t.criterion): t for t in score_thresholds(ev, m)}
    t = th[("a", "x")]
    assert t.lower == pytest.approx(4.0) and t.upper == pytest.approx(6.0)
    assert t.best_lower == "b" and t.best_upper == "b"
    assert t.value_lower == pytest.approx(0.8)
    # b on y (linear 0–10): b needs 0.5·v > 0.5 → v > 1: never
    t = th[("b", "y")]
    assert t.lower is None and t.upper is None
    # b on x: v_b(x) must exceed 0 + 0.1/0.5 = 0.2: x > 1 (rising side) is the nearest
    t = th[("b", "x")]
    assert t.upper == pytest.approx(1.0) and t.lower is None and t.best_upper == "b"


def test_thresholds_for_levels_and_missing_scores() -> None:
    levels = LevelsScale((Level("low", 0.0), Level("mid", 0.5), Level("high", 1.0)))
    crit = (Criterion("r", "R", scale=levels), Criterion("y", "Y"))
    scores = {
        "a": {"r": Score("mid", "high"), "y": Score.point(6.0)},  # focal value 0.75
        "b": {"y": Score.point(6.5)},  # r missing: focal 0.5
    }
    m = Model(
        name="lv",
        criteria=crit,
        alternatives=(Alternative("a", "A"), Alternative("b", "B")),
        scores=scores,
        weights={"root": PointWeights({"r": 0.5, "y": 0.5})},
    )
    ev = prepare(m)
    # V(a) = 0.375 + 0.3 = 0.675; V(b) = 0.25 + 0.325 = 0.575; a best by 0.1
    th = {(t.alternative, t.criterion): t for t in score_thresholds(ev, m)}
    t = th[("a", "r")]
    assert t.score == ("mid", "high")
    # a falls behind when v < 0.75 − 0.2 = 0.55: "mid" (0.5) already does it
    assert t.lower == "mid" and t.upper is None and t.best_lower == "b"
    t = th[("b", "r")]
    assert t.score is None and t.lower is None and t.upper is None
    assert t.value_upper == pytest.approx(0.7) and t.best_upper == "b"
    res = sensitivity(m)
    assert any("missing" in w for w in res["warnings"])
    json.dumps(res)


def test_zero_weight_leaf_has_no_thresholds() -> None:
    m = _abc({"x": 1.0, "y": 0.0})
    ev = prepare(m)
    for t in score_thresholds(ev, m):
        if t.criterion == "y":
            assert t.lower is None and t.upper is None


def test_example_model_sensitivity() -> None:
    from diva_desktop.io.json_model import load_model_file

    m = load_model_file(Path(__file__).resolve().parents[1] / "data" / "small-model.json")
    res = sensitivity(m)
    assert res["format"] == "diva-sensitivity" and res["version"] == 1
    nodes = [(e["node"], e["criterion"]) for e in res["one_way"]]
    assert nodes == [
        ("root", "invanare"),
        ("root", "risk"),
        ("invanare", "digitala_arenden"),
        ("invanare", "handlaggningstid"),
    ]
    assert len(res["score_thresholds"]) == 3 * 3
    # the same switch in both directions of a two-child node
    a, b = res["one_way"][0], res["one_way"][1]
    assert sorted(1 - s["weight"] for s in a["switches"]) == pytest.approx(
        sorted(s["weight"] for s in b["switches"])
    )


def test_cli_sensitivity(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from diva_desktop.cli import main
    from diva_desktop.io.json_model import dumps_model

    path = tmp_path / "abc.json"
    path.write_text(dumps_model(_abc()), encoding="utf-8")
    assert main(["sensitivity", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "diva-sensitivity"
    assert [s["best_after"] for s in data["one_way"][0]["switches"]] == ["c", "a"]
    assert "score_thresholds" in data
    assert main(["sensitivity", str(path)]) == 0
    assert "b → c" in capsys.readouterr().out
