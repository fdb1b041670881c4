"""The bundled example project (.diva) holds exactly the bundled example model (.json)."""

from __future__ import annotations

from pathlib import Path

from diva_desktop.io.json_model import load_model_file
from diva_desktop.storage import SCHEMA_VERSION, ProjectStore, load_project

EXAMPLES = Path(__file__).resolve().parents[1] / "resources" / "examples"


def test_example_project_equals_example_model() -> None:
    """If this fails, regenerate: diva import resources/examples/norrvik.json -o resources/examples/norrvik.diva"""
    model = load_model_file(EXAMPLES / "norrvik.json")
    assert load_project(EXAMPLES / "norrvik.diva") == model


def test_example_project_has_current_schema() -> None:
    with ProjectStore.open(EXAMPLES / "norrvik.diva") as store:
        assert store.schema_version == SCHEMA_VERSION
