"""Bad JSON models: each gives a clear problem that names its place (spec §1)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from diva_desktop.core.errors import ModelError
from diva_desktop.io.json_model import dumps_model, loads_model, model_from_dict

SMALL = Path(__file__).resolve().parents[1] / "data" / "small-model.json"


def base() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SMALL.read_text(encoding="utf-8"))
    return data


def problems_of(data: Any) -> list[str]:
    with pytest.raises(ModelError) as info:
        model_from_dict(data)
    return [p.message for p in info.value.problems]


def test_small_model_is_valid_and_keeps_unicode() -> None:
    model = model_from_dict(base())
    text = dumps_model(model)
    assert "Genomföranderisk" in text and "låg" in text
    assert loads_model(text) == model


def test_malformed_json_gives_line_and_column() -> None:
    with pytest.raises(ModelError) as info:
        loads_model('{\n  "format": "diva-model",\n  "version": 1,\n  "criteria": [,]\n}')
    msg = info.value.problems[0].message
    assert "line 4, column 16" in msg
    assert "malformed JSON" in msg


def test_nan_is_refused() -> None:
    with pytest.raises(ModelError, match="NaN"):
        loads_model('{"format": "diva-model", "version": 1, "criteria": [], "alternatives": [], "x": NaN}')


def test_unknown_key_is_an_error() -> None:
    data = base()
    data["alternatives"][0]["colour"] = "red"
    assert any("alternatives.e_tjanster.colour" in m and "unknown key" in m for m in problems_of(data))


def test_missing_required_key() -> None:
    data = base()
    del data["criteria"]
    assert any("criteria" in m and "missing" in m for m in problems_of(data))


def test_wrong_type_names_place() -> None:
    data = base()
    data["alternatives"][1]["cost"] = "many"
    msgs = problems_of(data)
    assert any("alternatives.bygglov.cost" in m and "expected a number" in m for m in msgs)


def test_boolean_is_not_a_number() -> None:
    data = base()
    data["alternatives"][1]["cost"] = True
    assert any("alternatives.bygglov.cost" in m for m in problems_of(data))


def test_duplicate_ids() -> None:
    data = base()
    data["alternatives"][1]["id"] = "e_tjanster"
    assert any("duplicate" not in m and "'e_tjanster' is used 2 times" in m for m in problems_of(data))


def test_score_for_unknown_alternative_and_criterion() -> None:
    data = base()
    data["scores"]["ghost"] = {"risk": "låg"}
    data["scores"]["bygglov"]["nonexistent"] = 3
    msgs = problems_of(data)
    assert any("scores.ghost" in m and "unknown alternative" in m for m in msgs)
    assert any("scores.bygglov.nonexistent" in m and "unknown criterion" in m for m in msgs)


def test_score_outside_scale_names_alternative_criterion_and_range() -> None:
    data = base()
    data["scores"]["bygglov"]["digitala_arenden"] = 120
    msgs = problems_of(data)
    assert any(
        "scores.bygglov.digitala_arenden" in m and "[40, 100]" in m and "120" in m for m in msgs
    )


def test_interval_low_above_high() -> None:
    data = base()
    data["scores"]["bygglov"]["handlaggningstid"] = [40, 30]
    assert any("scores.bygglov.handlaggningstid" in m and "low > high" in m for m in problems_of(data))


def test_unknown_level_label() -> None:
    data = base()
    data["scores"]["noll"]["risk"] = "okänd"
    assert any("scores.noll.risk" in m and "'okänd'" in m and "hög, medel, låg" in m for m in problems_of(data))


def test_root_is_reserved() -> None:
    data = base()
    data["criteria"][1]["id"] = "root"
    assert any("reserved" in m for m in problems_of(data))


def test_bad_identifier() -> None:
    data = base()
    data["alternatives"][0]["id"] = "e tjänster"
    assert any("identifier" in m for m in problems_of(data))


def test_unknown_reference_in_goals_and_weights() -> None:
    data = base()
    data["criteria"][0]["children"][0]["goals"] = ["g_missing"]
    data["weights"]["invanare"]["bounds"]["stranger"] = [0, 1]
    msgs = problems_of(data)
    assert any("g_missing" in m for m in msgs)
    assert any("weights.invanare.bounds" in m and "'stranger'" in m for m in msgs)


def test_ranking_that_omits_or_repeats_a_child() -> None:
    data = base()
    data["weights"]["root"] = {"method": "ranking", "order": [["invanare"], ["invanare"]]}
    msgs = problems_of(data)
    assert any("appears 2 times" in m for m in msgs)
    assert any("omits 'risk'" in m for m in msgs)


def test_car_steps_out_of_range() -> None:
    data = base()
    data["weights"]["root"]["steps"] = [4]
    assert any("weights.root.steps[0]" in m for m in problems_of(data))


def test_ratio_with_zero_and_swing_zero() -> None:
    data = base()
    data["weights"]["root"] = {
        "method": "swing",
        "points": {"invanare": 0, "risk": 50},
        "constraints": [{"kind": "ratio", "left": "invanare", "right": "risk", "min": 0}],
    }
    msgs = problems_of(data)
    assert any("weights.root.points.invanare" in m for m in msgs)
    assert any("weights.root.constraints[0].min" in m for m in msgs)


def test_all_problems_reported_at_once() -> None:
    data = base()
    data["alternatives"][0]["cost"] = -5
    data["scores"]["bygglov"]["digitala_arenden"] = 10
    data["criteria"][1]["scale"]["levels"][0]["value"] = 1.5
    msgs = problems_of(data)
    assert len(msgs) >= 3


def test_newer_format_version_refused() -> None:
    data = base()
    data["version"] = 99
    assert any("newer" in m for m in problems_of(data))


def test_deep_copy_roundtrip_unchanged() -> None:
    data = base()
    before = copy.deepcopy(data)
    model_from_dict(data)
    assert data == before


def test_document_validity_is_read_written_and_checked() -> None:
    """``validity`` (an addition to the spec) is free text, written after ``reference``."""
    data = base()
    data["documents"][0]["validity"] = "2025–2028"
    model = model_from_dict(data)
    assert model.documents[0].validity == "2025–2028"
    written = json.loads(dumps_model(model))["documents"][0]
    assert written["validity"] == "2025–2028"
    keys = list(written)
    assert keys.index("validity") == keys.index("reference") + 1
    assert "validity" not in json.loads(dumps_model(model_from_dict(base())))["documents"][0]  # absent when unset
    data["documents"][0]["validity"] = 2028
    assert any("documents.agenda.validity" in m for m in problems_of(data))
