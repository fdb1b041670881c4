"""``diva group``: the JSON equals the core's result; text tables; errors and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import run

from diva_desktop.core.group import combine, to_json
from diva_desktop.io.json_model import load_model_file, preference_to_dict

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "resources" / "examples" / "norrvik.json"
SMALL = ROOT / "tests" / "data" / "small-model.json"


def test_json_equals_the_core() -> None:
    proc = run("group", str(EXAMPLE), "--json")
    assert proc.returncode == 0, proc.stderr
    got = json.loads(proc.stdout)
    core = to_json(combine(load_model_file(EXAMPLE)), preference_to_dict)
    assert got == json.loads(json.dumps(core))
    assert got["format"] == "diva-group" and got["version"] == 1 and got["method"] == "envelope"
    root = got["weights"]["root"]
    assert root["method"] == "interval" and set(root["bounds"]) == set(got["nodes"][0]["children"])
    assert got["nodes"][0]["conflict_index"] > 0
    for c, (lo, hi) in root["bounds"].items():  # the envelope's range is its bounds
        assert got["nodes"][0]["range"][c] == pytest.approx([lo, hi], abs=1e-9)
    assert {p["id"] for p in got["participants"]} == {"ks_ordforande", "tjanstepersoner"}
    for p in got["participants"]:
        assert p["best"] and set(p["values"]) == {
            a["id"] for a in json.loads(EXAMPLE.read_text())["alternatives"]
        }
        assert sum(p["focal"]["root"].values()) == pytest.approx(1.0)


def test_the_combined_weights_are_a_valid_model() -> None:
    """The JSON's weights drop into the model in place of the group's: the model still checks."""
    proc = run("group", str(EXAMPLE), "--json")
    data = json.loads(EXAMPLE.read_text())
    data["weights"] = json.loads(proc.stdout)["weights"]
    from diva_desktop.io.json_model import model_from_dict

    model = model_from_dict(data)
    assert model.weights["root"].method == "interval"


def test_text_tables() -> None:
    proc = run("group", str(EXAMPLE))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "method envelope" in out
    assert "conflict index 0.234" in out
    assert "Invånare och företag i centrum" in out
    assert "Karin Ek (ks_ordforande): best E-tjänsteplattform" in out
    assert "the group's statements are kept" in out


def test_errors_one_line_each_and_exit_codes(tmp_path: Path) -> None:
    proc = run("group", str(EXAMPLE), "--method", "intersection")
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "no weights in common" in lines[0] and "weights.root" in lines[0]
    assert run("group", str(EXAMPLE), "--method", "average").returncode == 2
    assert run("group").returncode == 2
    proc = run("group", str(SMALL))
    assert proc.returncode == 1 and "no participants" in proc.stderr
    data = json.loads(EXAMPLE.read_text())
    data["participants"][0]["weights"]["root"] = {
        "method": "interval",
        "bounds": {"invanare": [0.7, 1], "effektivitet": [0.5, 1]},
    }
    data["participants"][1]["weights"]["sakerhet"] = {
        "method": "ranking",
        "order": [["isms_mognad"], ["dataskydd_risk", "kontinuitet"]],
        "constraints": [{"kind": "bound", "criterion": "kontinuitet", "min": 0.5}],
    }
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    proc = run("group", str(bad), "--json")
    assert proc.returncode == 1 and proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 2
    assert "participants.ks_ordforande.weights.root" in lines[0]
    assert "interval invanare ∈ [0.7, 1] conflicts with interval effektivitet ∈ [0.5, 1]" in lines[0]
    assert "participants.tjanstepersoner.weights.sakerhet" in lines[1]
