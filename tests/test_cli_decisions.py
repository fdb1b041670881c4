"""``diva decisions`` and ``diva export --snapshot``: the JSON shape, the comparison, exit codes."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from test_cli import run

from diva_desktop.cli import main
from diva_desktop.core.commands import SetScore, UpdateAlternative
from diva_desktop.core.decisions import compare_models, comparison_to_json, focal_portfolio
from diva_desktop.core.model import Model, Score
from diva_desktop.io.json_model import load_model_file
from diva_desktop.storage import ProjectStore

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE_JSON = ROOT / "resources" / "examples" / "norrvik.json"
EXAMPLE = ROOT / "resources" / "examples" / "norrvik.diva"


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Model, Model]:
    """The example with one decision on the focal optimum, then edited (a rename, a score, the budget)."""
    path = tmp_path / "norrvik.diva"
    shutil.copyfile(EXAMPLE, path)
    with ProjectStore.open(path) as store:
        decided = store.load_model()
        store.add_snapshot(decided, label="Utan val", decided_by="KS", decided_on="2026-01-12")
        store.add_snapshot(
            decided,
            label="Investeringsbeslut 2026",
            decided_by="KF",
            decided_on="2026-03-16",
            reference="KS 2026/0123, § 45",
            chosen=focal_portfolio(decided),
            note="Enligt förslaget.",
        )
        current, _ = UpdateAlternative("rpa_ekonomi", name="RPA i ekonomin", cost=2_000_000).apply(decided)
        current, _ = SetScore("isms", "klimat", Score(5, 10)).apply(current)
        assert current.portfolio is not None
        current = replace(current, portfolio=replace(current.portfolio, budget=8_000_000))
        store.save_model(current)
    return path, decided, current


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_list_of_decisions(
    project: tuple[Path, Model, Model], capsys: pytest.CaptureFixture[str]
) -> None:
    path, decided, _ = project
    data = _json(capsys, "decisions", str(path))
    assert (data["format"], data["version"]) == ("diva-decisions", 1)
    assert "comparison" not in data
    first, second = data["decisions"]
    assert set(second) == {
        "id",
        "label",
        "decided_by",
        "decided_on",
        "reference",
        "chosen",
        "note",
        "created",
    }
    assert (second["id"], second["label"], second["decided_by"], second["decided_on"]) == (
        2,
        "Investeringsbeslut 2026",
        "KF",
        "2026-03-16",
    )
    assert second["reference"] == "KS 2026/0123, § 45" and second["note"] == "Enligt förslaget."
    assert second["chosen"] == list(focal_portfolio(decided))
    assert first["chosen"] is None and first["note"] is None and first["reference"] is None
    assert second["created"].endswith("+00:00")


def test_compare_gives_the_cores_comparison(
    project: tuple[Path, Model, Model], capsys: pytest.CaptureFixture[str]
) -> None:
    path, decided, current = project
    data = _json(capsys, "decisions", str(path), "--compare", "2")
    comparison = data["comparison"]
    assert comparison["decision"] == 2
    assert comparison["changes"] == comparison_to_json(compare_models(decided, current))
    changes = comparison["changes"]
    assert changes["alternatives"]["renamed"] == [
        {"id": "rpa_ekonomi", "before": "RPA för ekonomiadministration", "after": "RPA i ekonomin"}
    ]
    assert changes["limits"] == [{"resource": None, "before": 7_500_000, "after": 8_000_000}]
    assert [s["alternative"] for s in changes["scores"]] == ["isms"]
    portfolio = comparison["portfolio"]
    assert portfolio["chosen"] == list(focal_portfolio(decided))
    # RPA now costs 2 million: the decided portfolio costs 8.55 million, over the new budget.
    assert portfolio["feasible"] is False and portfolio["still_best"] is False
    assert portfolio["violations"] == ["cost 8.55e+06 exceeds the budget 8e+06"]
    assert portfolio["focal_optimum"]["alternatives"] == list(focal_portfolio(current))
    # A decision without chosen investments has no portfolio to check.
    assert _json(capsys, "decisions", str(path), "--compare", "1")["comparison"]["portfolio"] is None


def test_the_readable_listing_is_newest_first_with_the_changes(
    project: tuple[Path, Model, Model], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _, _ = project
    assert main(["decisions", str(path), "--compare", "2"]) == 0
    out = capsys.readouterr().out
    assert out.index("#2  Investeringsbeslut 2026  (KF, 2026-03-16, KS 2026/0123, § 45)") < out.index(
        "#1  Utan val"
    )
    assert "renamed: RPA för ekonomiadministration → RPA i ekonomin" in out
    assert "budget: 7500000 → 8000000" in out
    assert "score Informationssäkerhetsprogram (ISMS) / " in out
    assert "NOT feasible: cost 8.55e+06 exceeds the budget 8e+06" in out


def test_an_unchanged_project_reports_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plan.diva"
    shutil.copyfile(EXAMPLE, path)
    with ProjectStore.open(path) as store:
        model = store.load_model()
        store.add_snapshot(model, label="Beslut", chosen=focal_portfolio(model))
    data = _json(capsys, "decisions", str(path), "--compare", "1")
    assert data["comparison"]["changes"]["unchanged"] is True
    assert data["comparison"]["portfolio"]["still_best"] is True
    assert main(["decisions", str(path), "--compare", "1"]) == 0
    out = capsys.readouterr().out
    assert "Changed since decision #1:\n  nothing" in out and "still the focal optimum" in out


def test_export_of_a_decided_version(project: tuple[Path, Model, Model], tmp_path: Path) -> None:
    path, decided, current = project
    out = tmp_path / "beslut.json"
    assert main(["export", str(path), "--snapshot", "2", "-o", str(out)]) == 0
    assert load_model_file(out) == decided
    assert main(["export", str(path), "-o", str(out)]) == 0
    assert load_model_file(out) == current


def test_exit_codes_and_messages(project: tuple[Path, Model, Model], tmp_path: Path) -> None:
    path, _, _ = project
    proc = run("decisions", str(EXAMPLE_JSON))
    assert proc.returncode == 1 and proc.stdout == ""
    assert "a JSON model holds no decided versions" in proc.stderr
    assert f"diva import {EXAMPLE_JSON} -o PROJECT.diva" in proc.stderr  # the fix
    proc = run("decisions", str(path), "--compare", "7", "--json")
    assert proc.returncode == 1 and proc.stdout == ""
    assert "there is no decision with id 7; the ids are: 1, 2" in proc.stderr
    proc = run("export", str(EXAMPLE_JSON), "--snapshot", "1", "-o", str(tmp_path / "x.json"))
    assert proc.returncode == 1 and "Import it into a project first" in proc.stderr
    assert not (tmp_path / "x.json").exists()
    assert run("decisions", str(path), "--compare", "zwei").returncode == 2
    assert run("decisions").returncode == 2
    missing = run("decisions", str(tmp_path / "nowhere.diva"))
    assert missing.returncode == 1 and "does not exist" in missing.stderr
    listed = run("decisions", str(path))
    assert listed.returncode == 0 and "#2  Investeringsbeslut 2026" in listed.stdout
