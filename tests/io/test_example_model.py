"""The bundled example model ``resources/examples/norrvik.json``.

The example is built on the (fictional) digital agenda of Norrvik and is what the
GUI's panels and the user guide show, so it must stay valid, traceable (every goal
a verbatim quote of the agenda) and cover the features of spec §1.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from scipy.optimize import linprog

from diva_desktop.core.model import (
    AtLeast,
    Bound,
    CarWeights,
    Criterion,
    IntervalWeights,
    LevelsScale,
    LinearScale,
    Model,
    PiecewiseScale,
    PointWeights,
    PreferenceSet,
    RankingWeights,
    Ratio,
    SwingWeights,
)
from diva_desktop.core.validation import errors_of, validate
from diva_desktop.io.json_model import dumps_model, load_model_file, loads_model, model_to_dict

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "norrvik.json"


@pytest.fixture(scope="module")
def model() -> Model:
    return load_model_file(EXAMPLE)


def _depth(c: Criterion) -> int:
    return 1 + max((_depth(ch) for ch in c.children), default=0)


def test_valid_with_exactly_one_missing_score(model: Model) -> None:
    problems = validate(model)
    assert errors_of(problems) == []
    assert [(p.severity, p.code) for p in problems] == [("warning", "missing_score")]
    missing = [
        (a.id, leaf.id)
        for a in model.alternatives
        for leaf in model.leaves()
        if model.score(a.id, leaf.id) is None
    ]
    assert len(missing) == 1
    assert problems[0].location == f"scores.{missing[0][0]}.{missing[0][1]}"


def test_document_has_pages_and_metadata(model: Model) -> None:
    (doc,) = model.documents
    assert doc.id == "agenda"
    assert (doc.kind, doc.decided_by, doc.decision_date) == ("strategi", "KF", "2024-11-18")
    assert doc.reference == "KS 2024/0871, § 142"
    assert doc.source == "digital-agenda-norrvik.md"
    assert 3 <= len(doc.pages) <= 4
    # Pages break at section boundaries: each one starts at a Markdown heading.
    assert all(page.startswith("#") for page in doc.pages)


def test_goal_quotes_are_verbatim_on_their_page(model: Model) -> None:
    assert len(model.goals) >= 10
    assert any(g.paraphrase for g in model.goals)
    for g in model.goals:
        doc = model.document(g.document)
        assert doc is not None, g.id
        assert g.page is not None, g.id
        assert g.quote in doc.pages[g.page - 1], f"{g.id}: quote not on page {g.page}"


def test_goals_and_criteria_are_linked(model: Model) -> None:
    for leaf in model.leaves():
        assert leaf.goals, f"leaf {leaf.id} links no goal"
    used = {g for c in model.walk_criteria() for g in c.goals}
    assert used == {g.id for g in model.goals}


def test_tree_shape_and_scales(model: Model) -> None:
    assert 4 <= len(model.criteria) <= 5
    assert max(_depth(c) for c in model.criteria) == 3
    leaves = model.leaves()
    assert 10 <= len(leaves) <= 14
    scales = [leaf.scale for leaf in leaves]
    assert any(isinstance(s, PiecewiseScale) for s in scales)
    assert any(isinstance(s, LevelsScale) for s in scales)
    linear = [s for s in scales if isinstance(s, LinearScale)]
    assert any(s.worst > s.best for s in linear), "no lower-is-better linear scale"


def test_alternatives(model: Model) -> None:
    assert 8 <= len(model.alternatives) <= 12
    nothing = [a for a in model.alternatives if a.do_nothing]
    assert len(nothing) == 1
    assert nothing[0].cost == 0


def test_scores_include_intervals_and_rationales(model: Model) -> None:
    all_scores = [s for row in model.scores.values() for s in row.values()]
    assert any(s.is_interval and not s.is_level for s in all_scores)
    assert any(s.is_interval and s.is_level for s in all_scores)
    assert any(s.rationale for s in all_scores)


def test_at_least_three_weight_methods(model: Model) -> None:
    methods = {p.method for p in model.weights.values()}
    assert len(methods) >= 3
    assert any(p.constraints for p in model.weights.values())
    assert len(model.participants) == 2
    assert all("root" in p.weights for p in model.participants)


def _feasible(pref: PreferenceSet, children: list[str]) -> bool:
    """Whether a node's statements admit local weights (w ≥ 0, Σ w = 1), by LP.

    A local stand-in for the engine's feasibility check, written from spec §1.3.
    """
    if isinstance(pref, PointWeights):
        return sum(pref.weights.values()) > 0
    ix = {c: i for i, c in enumerate(children)}
    n = len(children)
    rows: list[np.ndarray] = []  # each row r means r · w ≤ 0 (after moving constants)
    rhs: list[float] = []
    eq_rows: list[np.ndarray] = [np.ones(n)]
    eq_rhs: list[float] = [1.0]

    def le(coef: dict[str, float], b: float = 0.0) -> None:
        r = np.zeros(n)
        for k, v in coef.items():
            r[ix[k]] += v
        rows.append(r)
        rhs.append(b)

    def eq(a: str, b: str) -> None:
        r = np.zeros(n)
        r[ix[a]], r[ix[b]] = 1.0, -1.0
        eq_rows.append(r)
        eq_rhs.append(0.0)

    if isinstance(pref, RankingWeights):
        for group in pref.order:
            for x in group[1:]:
                eq(group[0], x)
        for upper, lower in zip(pref.order, pref.order[1:], strict=False):
            le({lower[0]: 1.0, upper[0]: -1.0})
    elif isinstance(pref, CarWeights):
        for (a, b), step in zip(zip(pref.order, pref.order[1:], strict=False), pref.steps, strict=True):
            if step == 0:
                eq(a, b)
            else:
                le({b: 1.0, a: -1.0})
    elif isinstance(pref, IntervalWeights):
        for c, (lo, hi) in pref.bounds.items():
            le({c: -1.0}, -lo)
            le({c: 1.0}, hi)
    elif isinstance(pref, SwingWeights):
        for j, (lo_j, hi_j) in pref.points.items():
            for k, (lo_k, hi_k) in pref.points.items():
                if j != k:
                    le({j: -1.0, k: lo_j / hi_k})  # w_j ≥ (lo_j/hi_k) w_k
                    le({j: 1.0, k: -hi_j / lo_k})  # w_j ≤ (hi_j/lo_k) w_k
    for st in pref.constraints:
        if isinstance(st, AtLeast):
            le({st.right: 1.0, st.left: -1.0}, -st.margin)
        elif isinstance(st, Ratio):
            if st.min is not None:
                le({st.left: -1.0, st.right: st.min})
            if st.max is not None:
                le({st.left: 1.0, st.right: -st.max})
        elif isinstance(st, Bound):
            if st.min is not None:
                le({st.criterion: -1.0}, -st.min)
            if st.max is not None:
                le({st.criterion: 1.0}, st.max)
    res = linprog(
        np.zeros(n),
        A_ub=np.array(rows) if rows else None,
        b_ub=np.array(rhs) if rows else None,
        A_eq=np.array(eq_rows),
        b_eq=np.array(eq_rhs),
        bounds=[(0, 1)] * n,
        method="highs",
    )
    return bool(res.status == 0)


def test_all_weight_statements_are_feasible(model: Model) -> None:
    sets = [("weights", model.weights)] + [(f"participants.{p.id}", p.weights) for p in model.participants]
    for where, weights in sets:
        for node_id, pref in weights.items():
            node = model.criterion(node_id)
            assert node is not None
            children = [c.id for c in node.children]
            assert _feasible(pref, children), f"{where}.{node_id} admits no weights"


def test_portfolio_and_followup(model: Model) -> None:
    pf = model.portfolio
    assert pf is not None and pf.budget is not None
    total = sum(a.cost for a in model.alternatives)
    assert 0.35 <= pf.budget / total <= 0.45
    assert pf.resources and pf.requires and pf.exclusive
    for name in pf.resources:
        assert any(name in a.resources for a in model.alternatives)
    indicators = model.followup.indicators
    assert 3 <= len(indicators) <= 5
    for ind in indicators:
        assert ind.alternative is not None and ind.criterion is not None
        assert ind.baseline is not None and ind.baseline.date is not None
        assert ind.baseline.date.startswith("2024")
        assert ind.target is not None and ind.target.date is not None
        assert ind.target.date.startswith("2027")
        n = sum(1 for m in model.followup.measurements if m.indicator == ind.id)
        assert 2 <= n <= 4, ind.id


def test_do_nothing_scores_match_the_agenda_baselines(model: Model) -> None:
    nothing = model.do_nothing()
    assert nothing is not None
    for ind in model.followup.indicators:
        assert ind.baseline is not None and ind.criterion is not None
        score = model.score(nothing.id, ind.criterion)
        assert score is not None and score.low == score.high == ind.baseline.value, ind.id


def test_round_trip_through_json_is_lossless(model: Model) -> None:
    original = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert model_to_dict(model) == original
    assert loads_model(dumps_model(model)) == model
