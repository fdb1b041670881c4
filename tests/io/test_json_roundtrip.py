"""Every valid model survives model → JSON → model unchanged (spec §1)."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from strategies import models

from diva_desktop.core.model import Model
from diva_desktop.core.validation import validate
from diva_desktop.io.json_model import dumps_model, loads_model, model_from_dict, model_to_dict


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(model=models())
def test_model_to_json_to_model_is_equal(model: Model) -> None:
    assert [p for p in validate(model) if p.severity == "error"] == []
    text = dumps_model(model)
    back = loads_model(text)
    assert back == model
    # Writing again gives the same text: the format has one spelling per model.
    assert dumps_model(back) == text
    # The dictionary form agrees with the text.
    assert model_from_dict(json.loads(text)) == model
    assert model_to_dict(back) == json.loads(text)
