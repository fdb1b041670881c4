"""Shared fixtures of the report tests: the example and the spec's small model, analysed once."""

from __future__ import annotations

from pathlib import Path

import pytest

from diva_desktop.core.model import Model
from diva_desktop.io.json_model import load_model_file
from diva_desktop.reports import Results, compute_results

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "norrvik.json"
SMALL = ROOT / "tests" / "data" / "small-model.json"
MODELS = {"norrvik": EXAMPLE, "small": SMALL}
DATE = "2026-11-27"


@pytest.fixture(scope="session")
def models() -> dict[str, Model]:
    return {name: load_model_file(path) for name, path in MODELS.items()}


@pytest.fixture(scope="session")
def results(models: dict[str, Model]) -> dict[str, Results]:
    return {name: compute_results(model) for name, model in models.items()}
