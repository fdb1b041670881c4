"""Comparing a decided model with the current one, and the decided portfolio's status."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import models

from diva_desktop.core.commands import (
    AddAlternative,
    RemoveCriterion,
    SetPortfolio,
    SetScore,
    UpdateAlternative,
    UpdateCriterion,
)
from diva_desktop.core.decisions import (
    CostChange,
    Moved,
    Renamed,
    ScoreChange,
    WeightChange,
    compare_models,
    comparison_to_json,
    focal_portfolio,
    portfolio_status,
    status_to_json,
)
from diva_desktop.core.model import (
    Alternative,
    Criterion,
    Model,
    PortfolioConstraints,
    RankingWeights,
    Score,
)
from diva_desktop.core.portfolio import feasibility_violations, portfolio_analysis
from diva_desktop.io.json_model import load_model_file

SMALL = Path(__file__).resolve().parents[1] / "data" / "small-model.json"


@pytest.fixture
def small() -> Model:
    return load_model_file(SMALL)


def _apply(model: Model, *commands: object) -> Model:
    for command in commands:
        model, _inverse = command.apply(model)  # type: ignore[attr-defined]
    return model


def test_a_model_compared_with_itself_is_unchanged(small: Model) -> None:
    cmp = compare_models(small, small)
    assert cmp.unchanged and cmp.count() == 0
    assert comparison_to_json(cmp)["unchanged"] is True


def test_renaming_is_a_rename_not_a_removal_and_an_addition(small: Model) -> None:
    after = _apply(
        small,
        UpdateAlternative("bygglov", name="Bygglov på nätet"),
        UpdateCriterion("risk", name="Risk i genomförandet"),
    )
    cmp = compare_models(small, after)
    assert cmp.alternatives_renamed == (Renamed("bygglov", "Digital bygglovsprocess", "Bygglov på nätet"),)
    assert cmp.criteria_renamed == (Renamed("risk", "Genomföranderisk", "Risk i genomförandet"),)
    assert cmp.alternatives_added == cmp.alternatives_removed == ()
    assert cmp.criteria_added == cmp.criteria_removed == ()
    assert cmp.scores_changed == () and cmp.weights_changed == ()
    assert cmp.count() == 2 and not cmp.unchanged


def test_exact_differences_of_every_kind(small: Model) -> None:
    after = _apply(
        small,
        AddAlternative(3, Alternative("e_arkiv", "E-arkiv", cost=900_000)),
        SetScore("bygglov", "digitala_arenden", Score(55, 60)),
        SetScore("e_tjanster", "risk", Score.point("låg", rationale="ny bedömning")),
        UpdateAlternative("e_tjanster", cost=2_600_000, resources={"it_timmar": 400}),
        SetPortfolio(PortfolioConstraints(budget=3_500_000, mandatory=("bygglov",))),
        RemoveCriterion("handlaggningstid"),
    )
    after = replace(
        after, weights={**after.weights, "root": RankingWeights(order=(("risk",), ("invanare",)))}
    )
    cmp = compare_models(small, after)
    assert cmp.alternatives_added == ("e_arkiv",)
    assert cmp.criteria_removed == ("handlaggningstid",)
    assert cmp.scores_changed == (
        ScoreChange("e_tjanster", "risk", ("medel", "medel"), ("låg", "låg")),
        ScoreChange("bygglov", "digitala_arenden", (50, 50), (55, 60)),
    )
    assert WeightChange("root", "car", "ranking") in cmp.weights_changed
    assert cmp.costs_changed == (
        CostChange("e_tjanster", None, 2_400_000, 2_600_000),
        CostChange("e_tjanster", "it_timmar", None, 400),
    )
    assert cmp.limits == (CostChange("", None, 3_000_000, 3_500_000),)
    assert cmp.constraints == ("mandatory",)
    data = comparison_to_json(cmp)
    assert data["scores"][1] == {
        "alternative": "bygglov",
        "criterion": "digitala_arenden",
        "before": 50,
        "after": [55, 60],
    }
    assert data["limits"] == [{"resource": None, "before": 3_000_000, "after": 3_500_000}]
    assert data["alternatives"]["added"] == ["e_arkiv"]


def test_a_moved_criterion_a_changed_scale_and_other_parts(small: Model) -> None:
    risk = small.criterion("risk")
    assert risk is not None
    invanare = small.criteria[0]
    moved = replace(invanare, children=(*invanare.children, risk))
    after = replace(small, criteria=(moved,), name="Nytt namn", weights={})
    cmp = compare_models(small, after)
    assert cmp.criteria_moved == (Moved("risk", "root", "invanare"),)
    assert cmp.other_parts == ("info",)
    assert {w.node for w in cmp.weights_changed} == {"root", "invanare"}
    scaled = _apply(small, UpdateCriterion("digitala_arenden", unit="procent"))
    only_unit = compare_models(small, scaled)
    assert only_unit.scales_changed == () and only_unit.other_parts == ("criteria",)  # not "unchanged"
    assert not only_unit.unchanged


def test_a_rationale_alone_is_named_as_a_change_of_the_scores(small: Model) -> None:
    after = _apply(
        small, SetScore("bygglov", "digitala_arenden", Score.point(50, rationale="källa: statistik"))
    )
    cmp = compare_models(small, after)
    assert cmp.scores_changed == ()
    assert cmp.other_parts == ("scores",)


def test_status_of_the_focal_optimum_and_of_a_portfolio_that_lost_its_footing(small: Model) -> None:
    best = focal_portfolio(small)
    assert best == tuple(portfolio_analysis(small)["focal_optimum"]["alternatives"])
    status = portfolio_status(small, best)
    assert status.feasible and status.still_best and status.missing == ()
    assert status.value == pytest.approx(portfolio_analysis(small)["focal_optimum"]["value"])
    # Both investments cost 3.5 million; the budget is 3 million.
    both = portfolio_status(small, ["e_tjanster", "bygglov"])
    assert not both.feasible and both.still_best is False
    assert [v.code for v in both.violations] == ["over_budget"]
    assert both.violations[0].params == {"total": 3_500_000.0, "limit": 3_000_000.0}
    assert both.messages == ("cost 3.5e+06 exceeds the budget 3e+06",)
    # The decided portfolio's investment was removed from the model since.
    gone = replace(small, alternatives=tuple(a for a in small.alternatives if a.id != best[0]))
    later = portfolio_status(gone, best)
    assert later.missing == (best[0],) and [v.code for v in later.violations] == ["unknown_alternative"]
    data = status_to_json(later)
    assert data["feasible"] is False and data["missing"] == [best[0]]


def test_status_when_the_current_model_cannot_be_evaluated(small: Model) -> None:
    broken = replace(small, portfolio=PortfolioConstraints(budget=1, mandatory=("e_tjanster",)))
    status = portfolio_status(broken, ["e_tjanster"])
    assert status.value is None and status.still_best is None and status.error
    assert [v.code for v in status.violations] == ["over_budget"]
    assert focal_portfolio(broken) == ()


def test_a_better_portfolio_appears_when_the_budget_grows(small: Model) -> None:
    decided = focal_portfolio(small)
    richer = replace(small, portfolio=PortfolioConstraints(budget=10_000_000))
    status = portfolio_status(richer, decided)
    assert status.feasible
    assert status.optimum == ("e_tjanster", "bygglov")
    assert status.still_best is (set(decided) == {"e_tjanster", "bygglov"})
    assert status.optimum_value is not None and status.value is not None
    assert status.optimum_value > status.value


@settings(max_examples=40)
@given(models())
def test_comparing_any_model_with_itself_reports_no_change(model: Model) -> None:
    assert compare_models(model, model).unchanged
    assert compare_models(model, replace(model)).unchanged  # an equal copy


@settings(max_examples=40)
@given(models(), st.data())
def test_renaming_any_alternative_or_criterion_is_only_a_rename(model: Model, data: st.DataObject) -> None:
    after = model
    renamed_alts, renamed_crit = set(), set()
    for a in model.alternatives:
        if data.draw(st.booleans()):
            after = _apply(after, UpdateAlternative(a.id, name=a.name + " (ny)"))
            renamed_alts.add(a.id)
    for c in model.walk_criteria():
        if data.draw(st.booleans()):
            after = _apply(after, UpdateCriterion(c.id, name=c.name + " (ny)"))
            renamed_crit.add(c.id)
    cmp = compare_models(model, after)
    assert {r.id for r in cmp.alternatives_renamed} == renamed_alts
    assert {r.id for r in cmp.criteria_renamed} == renamed_crit
    assert cmp.count() == len(renamed_alts) + len(renamed_crit)
    assert not (
        cmp.alternatives_added or cmp.alternatives_removed or cmp.criteria_added or cmp.criteria_removed
    )


@settings(max_examples=60)
@given(models(), st.data())
def test_structured_violations_match_the_portfolio_module(model: Model, data: st.DataObject) -> None:
    ids = [a.id for a in model.alternatives] + ["okand"]
    chosen = data.draw(st.lists(st.sampled_from(ids), max_size=len(ids)))
    status = portfolio_status(model, chosen)
    assert list(status.messages) == feasibility_violations(model, chosen)
    assert len(status.violations) == len(status.messages)


def test_criteria_identity_is_by_id_in_every_position() -> None:
    a = Criterion("a", "A")
    b = Criterion("b", "B")
    before = Model(criteria=(a, b), alternatives=(Alternative("x", "X"),))
    after = Model(criteria=(b, a), alternatives=(Alternative("x", "X"),))
    cmp = compare_models(before, after)
    assert cmp.criteria_added == cmp.criteria_removed == cmp.criteria_renamed == ()
    assert cmp.other_parts == ("criteria",)  # the order changed, nothing else
