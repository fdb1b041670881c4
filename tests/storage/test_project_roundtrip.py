"""Everything in the JSON model round-trips through a ``.diva`` file (spec §2)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from project_helpers import DATA, V1_MODEL, folder_files
from strategies import models

from diva_desktop.core.errors import ModelError
from diva_desktop.core.model import Alternative, Criterion, LinearScale, Model, Score
from diva_desktop.io.json_model import dumps_model, load_model_file, model_to_dict
from diva_desktop.storage import APPLICATION_ID, SCHEMA_VERSION, load_project, save_project

_settings = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@_settings
@given(model=models())
def test_model_to_project_to_model_is_equal(tmp_path: Path, model: Model) -> None:
    path = tmp_path / "p.diva"
    save_project(model, path)
    loaded = load_project(path)
    assert loaded == model
    # JSON → .diva → JSON: the same text, key order and list order included.
    assert dumps_model(loaded) == dumps_model(model)
    assert folder_files(tmp_path) == ["p.diva"]


@settings(_settings, max_examples=20)
@given(first=models(), second=models())
def test_saving_over_a_project_replaces_the_whole_model(tmp_path: Path, first: Model, second: Model) -> None:
    path = tmp_path / "p.diva"
    save_project(first, path)
    save_project(second, path)
    assert load_project(path) == second


@pytest.mark.parametrize("source", [V1_MODEL, DATA / "small-model.json"], ids=lambda p: p.name)
def test_json_files_round_trip_through_a_project(tmp_path: Path, source: Path) -> None:
    model = load_model_file(source)
    path = tmp_path / "p.diva"
    save_project(model, path)
    loaded = load_project(path, check=True)
    assert loaded == model
    assert model_to_dict(loaded) == model_to_dict(model)
    original = json.loads(source.read_text(encoding="utf-8"))
    assert model_to_dict(loaded)["scores"] == model_to_dict(model_from_json(original))["scores"]


def model_from_json(data: object) -> Model:
    from diva_desktop.io.json_model import model_from_dict

    return model_from_dict(data)


def _one_leaf_model(*scores: Score, cost: float = 0) -> Model:
    leaf = Criterion("c", "Kriterium", scale=LinearScale(-(10**30), 10**30))
    alts = tuple(Alternative(f"a{i}", f"Alternativ {i}", cost=cost) for i in range(len(scores)))
    return Model(
        name="tal",
        criteria=(leaf,),
        alternatives=alts,
        scores={a.id: {"c": s} for a, s in zip(alts, scores, strict=True)},
    )


def test_numbers_keep_their_type_and_every_bit(tmp_path: Path) -> None:
    values: list[float] = [60, 60.0, 0.1, -0.0, 1e-300, 2.5e200, 2**53 + 1, 2**63 - 1, 2**63, -(2**64), 10**29]
    model = _one_leaf_model(*(Score(v, v) for v in values), Score(0.1, 2**70), cost=2**80 + 1)
    path = tmp_path / "p.diva"
    save_project(model, path)
    loaded = load_project(path)
    assert loaded == model
    for alt in model.alternatives:
        original, back = model.scores[alt.id]["c"], loaded.scores[alt.id]["c"]
        assert (type(back.low), type(back.high)) == (type(original.low), type(original.high))
        assert repr(back.low) == repr(original.low)
    assert loaded.alternatives[0].cost == 2**80 + 1
    assert '"low_number"' not in dumps_model(loaded)
    assert dumps_model(loaded) == dumps_model(model)


def test_a_model_with_errors_is_stored_as_it_is(tmp_path: Path) -> None:
    """Unfinished work is never refused: only unstorable models are."""
    model = load_model_file(V1_MODEL)
    bad = replace(
        model,
        name="",
        alternatives=(replace(model.alternatives[0], name=" "), *model.alternatives[1:]),
        scores={**model.scores, "do_nothing": {**model.scores["do_nothing"], "digital_share": Score(150, 150)}},
    )
    path = tmp_path / "p.diva"
    save_project(bad, path)
    assert load_project(path) == bad
    with pytest.raises(ModelError) as info:
        load_project(path, check=True)
    assert any("outside the scale" in p.message for p in info.value.problems)


@pytest.mark.parametrize(
    "change",
    [
        lambda m: replace(m, alternatives=(*m.alternatives, m.alternatives[0])),
        lambda m: replace(m, scores={**m.scores, "ghost": {}}),
        lambda m: replace(m, criteria=(*m.criteria, Criterion("root", "Rot"))),
        lambda m: replace(m, alternatives=(replace(m.alternatives[0], cost=float("nan")), *m.alternatives[1:])),
    ],
    ids=["duplicate_id", "unknown_reference", "reserved_id", "not_finite"],
)
def test_an_unstorable_model_is_refused_and_the_file_kept(tmp_path: Path, change: object) -> None:
    model = load_model_file(V1_MODEL)
    path = tmp_path / "p.diva"
    save_project(model, path)
    before = path.read_bytes()
    with pytest.raises(ModelError):
        save_project(change(model), path)  # type: ignore[operator]
    assert path.read_bytes() == before
    assert load_project(path) == model
    with pytest.raises(ModelError):
        save_project(change(model), tmp_path / "new.diva")  # type: ignore[operator]
    assert not (tmp_path / "new.diva").exists()
    assert folder_files(tmp_path) == ["p.diva"]


def test_file_identity_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "p.diva"
    save_project(load_model_file(V1_MODEL), path)
    head = path.read_bytes()[:100]
    assert head[:16] == b"SQLite format 3\x00"
    assert int.from_bytes(head[68:72], "big") == APPLICATION_ID
    assert int.from_bytes(head[60:64], "big") == SCHEMA_VERSION
    assert head[18:20] == b"\x02\x02"  # WAL mode
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"project", "criterion", "score", "preference_set", "snapshot", "setting"} <= tables
        fks = {(r[2], r[6]) for r in con.execute("PRAGMA foreign_key_list(score)")}
        assert fks == {("score_row", "CASCADE"), ("criterion", "CASCADE")}
    finally:
        con.close()
