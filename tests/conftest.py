"""Test-wide settings: hypothesis profiles (deterministic on CI) and shared paths."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "dev", deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
settings.load_profile("ci" if os.environ.get("CI") else os.environ.get("HYPOTHESIS_PROFILE", "dev"))

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_JSON = ROOT / "resources" / "examples" / "norrvik.json"
SMALL_MODEL = ROOT / "tests" / "data" / "small-model.json"


@pytest.fixture
def example_json_path() -> Path:
    return EXAMPLE_JSON


@pytest.fixture
def small_model_path() -> Path:
    return SMALL_MODEL
