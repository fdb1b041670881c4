"""``diva followup`` end to end in a subprocess: the core's figures, readable text, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import run

from diva_desktop.core.followup import evaluate_followup
from diva_desktop.io.json_model import load_model_file

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "resources" / "examples" / "norrvik.json"
PROJECT = ROOT / "resources" / "examples" / "norrvik.diva"


def test_json_equals_the_core() -> None:
    proc = run("followup", str(EXAMPLE), "--as-of", "2026-11-27", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    expected = evaluate_followup(load_model_file(EXAMPLE), "2026-11-27").to_json()
    assert data == json.loads(json.dumps(expected))
    assert data["format"] == "diva-followup" and data["version"] == 1
    assert data["as_of"] == "2026-11-27"
    bygglov = next(i for i in data["indicators"] if i["id"] == "ind_bygglov")
    assert bygglov["latest"]["value"] == 44 and bygglov["progress"] == 0.5
    assert bygglov["status"] in {"on_track", "at_risk", "off_track"}
    assert data["alternatives"]["nollalternativ"]["realisation_index"] is None


def test_project_file_gives_the_same_figures() -> None:
    a = json.loads(run("followup", str(EXAMPLE), "--as-of", "2026-06-30", "--json").stdout)
    b = json.loads(run("followup", str(PROJECT), "--as-of", "2026-06-30", "--json").stdout)
    assert a == b


def test_text_table() -> None:
    proc = run("followup", str(EXAMPLE), "--as-of", "2025-06-30")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith("Follow-up as of 2025-06-30")
    assert "ind_bygglov" in out and "not measured" in out  # nothing measured before 2026
    assert "realisation index against nollalternativ" in out
    r = evaluate_followup(load_model_file(EXAMPLE), "2025-06-30")
    e = r.alternative("e_tjansteplattform")
    assert e is not None
    assert f"{e.expected:.4f}" in out


def test_usage_and_invalid_input(tmp_path: Path) -> None:
    assert run("followup").returncode == 2
    bad = run("followup", str(EXAMPLE), "--as-of", "30/06/2026")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["followup"]["measurements"].append({"indicator": "ind_okand", "date": "2026-01-01", "value": 1})
    data["followup"]["measurements"].append({"indicator": "ind_bygglov", "date": "2026-1-1", "value": 1})
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    proc = run("followup", str(broken), "--json")
    assert proc.returncode == 1
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert any("ind_okand" in line for line in lines)
    assert any("2026-1-1" in line for line in lines)
    assert all(line.startswith(str(broken)) for line in lines)
