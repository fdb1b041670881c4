"""Every command's inverse restores the model exactly; invalid edits change nothing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diva_desktop.core import hierarchy
from diva_desktop.core.commands import (
    AddAlternative,
    AddCriterion,
    AddDocument,
    AddGoal,
    AddIndicator,
    AddMeasurement,
    AddParticipant,
    Batch,
    ChangeSet,
    Command,
    MoveAlternative,
    MoveCriterion,
    RemoveAlternative,
    RemoveCriterion,
    RemoveDocument,
    RemoveGoal,
    RemoveIndicator,
    RemoveMeasurement,
    RemoveParticipant,
    SetModelInfo,
    SetPortfolio,
    SetScore,
    SetScores,
    SetWeights,
    UpdateAlternative,
    UpdateCriterion,
    UpdateDocument,
    UpdateGoal,
    UpdateIndicator,
    UpdateMeasurement,
    UpdateParticipant,
    changes,
    repair,
    repair_preference,
)
from diva_desktop.core.errors import ModelError
from diva_desktop.core.model import (
    ROOT_ID,
    Alternative,
    AtLeast,
    Bound,
    CarWeights,
    Criterion,
    Document,
    Goal,
    Indicator,
    IntervalWeights,
    Level,
    LevelsScale,
    LinearScale,
    Measurement,
    Model,
    Participant,
    PiecewiseScale,
    PointWeights,
    PortfolioConstraints,
    RankingWeights,
    Score,
    SwingWeights,
)
from diva_desktop.core.validation import errors_of, validate
from diva_desktop.io.json_model import load_model_file

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "norrvik.json"


@pytest.fixture(scope="module")
def norrvik() -> Model:
    return load_model_file(EXAMPLE)


def _roundtrip(model: Model, command: Command) -> Model:
    new, inverse = command.apply(model)
    assert not errors_of(validate(new)), command
    back, redo = inverse.apply(new)
    assert back == model, command
    again, _ = redo.apply(back)
    assert again == new, command
    return new


# -- single commands on the example -------------------------------------------


def test_rename_criterion_label_and_inverse(norrvik: Model) -> None:
    cmd = UpdateCriterion("tillganglighet", name="Tillgänglighet")
    assert cmd.code == "rename_criterion"
    assert cmd.params == {"criterion": "tillganglighet", "name": "Tillgänglighet"}
    new = _roundtrip(norrvik, cmd)
    node = new.criterion("tillganglighet")
    assert node is not None
    assert node.name == "Tillgänglighet"
    assert changes(norrvik, new) == ChangeSet(frozenset({"criteria"}))


def test_remove_criterion_removes_and_restores_everything(norrvik: Model) -> None:
    new = _roundtrip(norrvik, RemoveCriterion("digital_service"))
    ids = {c.id for c in new.walk_criteria()}
    assert "digital_service" not in ids
    assert "digitala_arenden" not in ids
    assert all("digitala_arenden" not in row for row in new.scores.values())
    assert "digital_service" not in new.weights
    # the parent's statements no longer mention it
    from diva_desktop.core.model import mentioned_children

    parent = new.weights.get("invanare")
    assert parent is None or "digital_service" not in mentioned_children(parent)
    for p in new.participants:
        for pref in p.weights.values():
            assert "digital_service" not in mentioned_children(pref)
    for ind in new.followup.indicators:
        assert ind.criterion not in {"digital_service", "digitala_arenden", "nki"}


def test_remove_last_child_makes_parent_a_leaf_without_weights() -> None:
    model = Model(
        criteria=(Criterion("a", "A", children=(Criterion("b", "B"),)), Criterion("c", "C")),
        weights={"a": RankingWeights((("b",),)), ROOT_ID: RankingWeights((("a",), ("c",)))},
    )
    new = _roundtrip(model, RemoveCriterion("b"))
    assert new.criteria[0].is_leaf
    assert "a" not in new.weights
    assert new.weights[ROOT_ID] == model.weights[ROOT_ID]


def test_add_under_scored_leaf_drops_its_scale_and_scores(norrvik: Model) -> None:
    new = _roundtrip(norrvik, AddCriterion("klimat", 0, Criterion("resor", "Resor")))
    klimat = new.criterion("klimat")
    assert klimat is not None
    assert klimat.scale is None
    assert [c.id for c in klimat.children] == ["resor"]
    assert all("klimat" not in row for row in new.scores.values())


def test_add_under_node_with_ranking_drops_incomplete_set() -> None:
    model = Model(
        criteria=(Criterion("a", "A"), Criterion("b", "B")),
        weights={ROOT_ID: RankingWeights((("a",), ("b",)))},
    )
    new = _roundtrip(model, AddCriterion(ROOT_ID, None, Criterion("c", "C")))
    assert ROOT_ID not in new.weights
    # an interval set stays (unlisted children are in [0, 1]); its focal goes
    model2 = replace(model, weights={ROOT_ID: IntervalWeights({"a": (0.2, 0.6)}, focal={"a": 0.5, "b": 0.5})})
    new2 = _roundtrip(model2, AddCriterion(ROOT_ID, None, Criterion("c", "C")))
    assert new2.weights[ROOT_ID] == IntervalWeights({"a": (0.2, 0.6)})


def test_move_criterion_between_parents_and_back(norrvik: Model) -> None:
    new = _roundtrip(norrvik, MoveCriterion("klimat", "oppenhet", 0))
    assert next(c.id for c in new.criterion("oppenhet").children) == "klimat"  # type: ignore[union-attr]
    back = _roundtrip(new, MoveCriterion("klimat", "effektivitet", 2))
    assert back.criteria == norrvik.criteria


def test_move_within_parent_keeps_weights(norrvik: Model) -> None:
    new = _roundtrip(norrvik, MoveCriterion("oppenhet", ROOT_ID, 0))
    assert new.criteria[0].id == "oppenhet"
    assert new.weights == norrvik.weights


def test_move_into_own_subtree_is_refused(norrvik: Model) -> None:
    with pytest.raises(ModelError) as exc:
        MoveCriterion("invanare", "digital_service", 0).apply(norrvik)
    assert exc.value.problems[0].code == "move_into_itself"
    with pytest.raises(ModelError):
        MoveCriterion("invanare", "invanare", 0).apply(norrvik)


def test_remove_alternative_restores_scores_and_portfolio(norrvik: Model) -> None:
    new = _roundtrip(norrvik, RemoveAlternative("e_arkiv"))
    assert "e_arkiv" not in new.scores
    assert new.portfolio is not None
    assert all("e_arkiv" not in g for g in new.portfolio.exclusive)
    new2 = _roundtrip(norrvik, RemoveAlternative("e_tjansteplattform"))
    assert new2.portfolio is not None
    assert new2.portfolio.requires == ()


def test_do_nothing_moves_from_one_alternative_to_another(norrvik: Model) -> None:
    new = _roundtrip(norrvik, UpdateAlternative("rpa_ekonomi", do_nothing=True))
    assert [a.id for a in new.alternatives if a.do_nothing] == ["rpa_ekonomi"]


@pytest.mark.parametrize("bad", ["abc", None, float("nan"), -5.0, True])
def test_non_numeric_or_negative_cost_is_refused(norrvik: Model, bad: object) -> None:
    with pytest.raises(ModelError):
        UpdateAlternative("rpa_ekonomi", cost=bad).apply(norrvik)


def test_scale_change_that_invalidates_scores_is_refused(norrvik: Model) -> None:
    with pytest.raises(ModelError) as exc:
        UpdateCriterion("digitala_arenden", scale=LinearScale(0, 10)).apply(norrvik)
    assert {p.code for p in exc.value.problems} == {"score_out_of_scale"}
    # clearing the scores first in one batch works
    block = {(a, "digitala_arenden"): None for a in norrvik.scores}
    batch = Batch(
        "change_scale_and_clear_scores",
        {"criterion": "digitala_arenden", "count": str(len(block))},
        (SetScores(block), UpdateCriterion("digitala_arenden", scale=LinearScale(0, 10))),
    )
    _roundtrip(norrvik, batch)


def test_invalid_edits(norrvik: Model) -> None:
    bad: list[Command] = [
        AddCriterion("nope", 0, Criterion("x", "X")),
        AddCriterion(ROOT_ID, 99, Criterion("x", "X")),
        AddCriterion(ROOT_ID, 0, Criterion("invanare", "dup")),
        AddCriterion(ROOT_ID, 0, Criterion("root", "reserved")),
        AddCriterion(ROOT_ID, 0, Criterion("bad id", "X")),
        AddCriterion(ROOT_ID, 0, Criterion("x", "  ")),
        RemoveCriterion("nope"),
        UpdateCriterion("invanare", scale=LinearScale(0, 1)),
        UpdateCriterion("klimat", scale=LinearScale(1, 1)),
        UpdateCriterion("klimat", name=""),
        AddAlternative(0, Alternative("rpa_ekonomi", "dup")),
        RemoveAlternative("nope"),
        MoveAlternative("rpa_ekonomi", 99),
        SetScore("rpa_ekonomi", "invanare", Score.point(3)),
        SetScore("rpa_ekonomi", "klimat", Score.point(300)),
        SetScore("rpa_ekonomi", "tillganglighet", Score.point("okänd")),
        SetScore("nope", "klimat", Score.point(3)),
        SetWeights("klimat", PointWeights({})),
        SetWeights(ROOT_ID, RankingWeights((("invanare",),))),
        SetPortfolio(PortfolioConstraints(budget=-1)),
        AddGoal(0, Goal("g_new", "no_such_document", "quote")),
        RemoveMeasurement(999),
    ]
    for cmd in bad:
        with pytest.raises(ModelError):
            cmd.apply(norrvik)


def test_update_requires_known_fields() -> None:
    with pytest.raises(TypeError):
        UpdateCriterion("a", colour="red")
    with pytest.raises(TypeError):
        UpdateAlternative("a")


def test_merge_of_consecutive_edits() -> None:
    a = UpdateCriterion("x", name="A")
    b = UpdateCriterion("x", name="AB")
    assert a.merge(b) == b
    assert a.merge(UpdateCriterion("y", name="AB")) is None
    assert a.merge(UpdateCriterion("x", unit="kr")) is None
    s1 = SetWeights("root", PointWeights({"a": 1.0}))
    s2 = SetWeights("root", PointWeights({"a": 2.0}))
    assert s1.merge(s2) == s2
    assert MoveCriterion("a", "root", 0).merge(MoveCriterion("a", "root", 1)) is None


def test_commands_on_other_lists(norrvik: Model) -> None:
    doc = Document("budget2026", "Budget 2026", kind="budget", text="sida 1\fsida 2")
    cmds: list[Command] = [
        SetModelInfo(name="Ny portfölj"),
        SetModelInfo(description=None, language="en"),
        AddDocument(None, doc),
        UpdateDocument(norrvik.documents[0].id, title="Ny titel"),
        RemoveDocument(norrvik.documents[0].id),
        AddGoal(0, Goal("g_new", norrvik.documents[0].id, "Ett citat", page=1)),
        UpdateGoal(norrvik.goals[0].id, paraphrase="Kortare"),
        RemoveGoal(norrvik.goals[0].id),
        AddParticipant(None, Participant("p_new", "Ny deltagare")),
        UpdateParticipant(norrvik.participants[0].id, role="KS"),
        RemoveParticipant(norrvik.participants[0].id),
        SetWeights(ROOT_ID, None, participant=norrvik.participants[0].id),
        AddIndicator(None, Indicator("ind_new", "Ny indikator", criterion="klimat")),
        UpdateIndicator(norrvik.followup.indicators[0].id, unit="st"),
        RemoveIndicator(norrvik.followup.indicators[0].id),
        AddMeasurement(Measurement(norrvik.followup.indicators[0].id, "2026-06-30", 12.0)),
        SetPortfolio(None),
        SetPortfolio(PortfolioConstraints(budget=1e6)),
        SetScores({("rpa_ekonomi", "klimat"): Score(1, 3), ("isms", "klimat"): None}),
    ]
    if norrvik.followup.measurements:
        cmds += [RemoveMeasurement(0), UpdateMeasurement(0, note="rättad")]
    for cmd in cmds:
        _roundtrip(norrvik, cmd)
    # removing a document removes its goals and the links to them
    new = _roundtrip(norrvik, RemoveDocument(norrvik.documents[0].id))
    gone = {g.id for g in norrvik.goals if g.document == norrvik.documents[0].id}
    assert not any(set(c.goals) & gone for c in new.walk_criteria())


def test_repair_preference_car_joins_steps() -> None:
    pref = CarWeights(("a", "b", "c", "d"), (1, 2, 3))
    assert repair_preference(pref, ("a", "c", "d")) == CarWeights(("a", "c", "d"), (3, 3))
    assert repair_preference(pref, ("b", "c", "d")) == CarWeights(("b", "c", "d"), (2, 3))
    assert repair_preference(pref, ("a", "b", "c")) == CarWeights(("a", "b", "c"), (1, 2))
    swing = SwingWeights({"a": (100, 100), "b": (50, 70)}, constraints=(AtLeast("a", "b"), Bound("b", 0.1)))
    assert repair_preference(swing, ("a",)) == SwingWeights({"a": (100, 100)})
    assert repair_preference(swing, ("a", "b", "c")) is None
    assert repair_preference(swing, ("a", "b")) is swing


def test_repair_is_identity_on_valid_model(norrvik: Model) -> None:
    assert repair(norrvik) is norrvik


# -- random sequences of edits (hypothesis) -----------------------------------

SCALES = [
    LinearScale(0, 10),
    LinearScale(100, 0),
    PiecewiseScale(((0, 0.0), (5, 0.8), (10, 1.0))),
    LevelsScale((Level("låg", 0.0), Level("hög", 1.0))),
]


def _candidate_commands(model: Model, draw: st.DrawFn) -> Command:
    crit_ids = [c.id for c in model.walk_criteria()]
    parents = [ROOT_ID, *crit_ids]
    alt_ids = model.alternative_ids()
    leaves = [c.id for c in model.leaves()]
    fresh = hierarchy.unique_id(draw(st.sampled_from(["Ny", "Tillgänglighet", "Kostnad", "Risk"])), crit_ids)
    options: list[Command] = [
        AddCriterion(draw(st.sampled_from(parents)), None, Criterion(fresh, "Nytt kriterium")),
        AddAlternative(
            draw(st.integers(0, len(alt_ids))),
            Alternative(hierarchy.unique_id("alt", alt_ids), "Nytt alternativ", cost=draw(st.floats(0, 1e7))),
        ),
        SetModelInfo(name=draw(st.text(max_size=20))),
    ]
    if crit_ids:
        cid = draw(st.sampled_from(crit_ids))
        options += [
            RemoveCriterion(cid),
            UpdateCriterion(cid, name=draw(st.text(min_size=1, max_size=20).filter(str.strip))),
            UpdateCriterion(cid, description=draw(st.none() | st.text(max_size=30))),
            MoveCriterion(cid, draw(st.sampled_from(parents)), draw(st.integers(0, 3))),
        ]
    if leaves:
        leaf = draw(st.sampled_from(leaves))
        options.append(UpdateCriterion(leaf, scale=draw(st.sampled_from(SCALES)), unit="st"))
        if alt_ids:
            alt = draw(st.sampled_from(alt_ids))
            node = model.criterion(leaf)
            assert node is not None
            scale = node.effective_scale
            if isinstance(scale, LevelsScale):
                score = Score.point(draw(st.sampled_from([lv.label for lv in scale.levels])))
            else:
                lo, hi = scale.domain
                x = draw(st.floats(lo, hi))
                score = Score(x, draw(st.floats(x, hi)))
            options += [SetScore(alt, leaf, score), SetScore(alt, leaf, None)]
    if alt_ids:
        aid = draw(st.sampled_from(alt_ids))
        options += [
            RemoveAlternative(aid),
            UpdateAlternative(aid, cost=draw(st.floats(0, 1e7)), resources={"h": draw(st.floats(0, 100))}),
            UpdateAlternative(aid, do_nothing=draw(st.booleans())),
            MoveAlternative(aid, draw(st.integers(0, len(alt_ids) - 1))),
        ]
    nodes = list(model.internal_nodes())
    if nodes:
        node = draw(st.sampled_from(nodes))
        kids = [c.id for c in node.children]
        order = draw(st.permutations(kids))
        options += [
            SetWeights(node.id, RankingWeights(tuple((k,) for k in order))),
            SetWeights(node.id, CarWeights(tuple(order), tuple(1 for _ in order[1:]))),
            SetWeights(node.id, None),
        ]
    return draw(st.sampled_from(options))


@st.composite
def edit_sequences(draw: st.DrawFn) -> tuple[Model, list[tuple[Command, Model, Command]]]:
    start = draw(st.sampled_from([Model(), load_model_file(EXAMPLE)]))
    model = start
    steps = []
    for _ in range(draw(st.integers(1, 12))):
        cmd = _candidate_commands(model, draw)
        try:
            new, inverse = cmd.apply(model)
        except ModelError:
            continue
        steps.append((cmd, new, inverse))
        model = new
    return start, steps


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edit_sequences())
def test_random_edit_sequences_undo_exactly(data: tuple[Model, list[tuple[Command, Model, Command]]]) -> None:
    start, steps = data
    models = [start] + [new for _, new, _ in steps]
    for m in models:
        assert not errors_of(validate(m))
    # undo all the way back, checking each intermediate state
    current = models[-1]
    redos = []
    for i in range(len(steps) - 1, -1, -1):
        _cmd, _new, inverse = steps[i]
        current, redo = inverse.apply(current)
        assert current == models[i]
        redos.append(redo)
    assert current == start
    # redo all the way forward by re-applying the commands
    for i, (cmd, _new, _inv) in enumerate(steps):
        current, _ = cmd.apply(current)
        assert current == models[i + 1]
