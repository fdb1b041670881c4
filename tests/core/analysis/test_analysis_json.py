"""``analyze()`` returns exactly the ``diva-analysis`` shape of spec §4; the CLI prints it."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from analysis_helpers import leaf, model

from diva_desktop.core.analysis import analyze
from diva_desktop.core.errors import CancelledError
from diva_desktop.core.model import IntervalWeights
from diva_desktop.core.progress import CancelToken
from diva_desktop.io.json_model import load_model_file, model_to_dict

# the spec's small example (shared/examples/small-model.json), kept with the tests
SMALL = Path(__file__).resolve().parents[2] / "data" / "small-model.json"

TOP_KEYS = [
    "format",
    "version",
    "alternatives",
    "criteria",
    "weights",
    "values",
    "differences",
    "dominance",
    "max_regret",
    "rules",
    "smaa",
    "warnings",
]


def _is_float(x: object) -> bool:
    return isinstance(x, float) and math.isfinite(x)


def test_shape_of_the_small_example() -> None:
    r = analyze(load_model_file(SMALL), samples=2000, seed=4)
    assert list(r) == TOP_KEYS
    assert r["format"] == "diva-analysis" and r["version"] == 1
    alts, crit = r["alternatives"], r["criteria"]
    assert alts == ["e_tjanster", "bygglov", "noll"]
    assert crit == ["digitala_arenden", "handlaggningstid", "risk"]  # leaves, depth-first
    assert set(r["weights"]) == {"focal", "min", "max"}
    for part in r["weights"].values():
        assert list(part) == crit and all(_is_float(x) for x in part.values())
    assert sum(r["weights"]["focal"].values()) == pytest.approx(1)
    for a in alts:
        assert list(r["values"][a]) == ["focal", "min", "max"]
        assert all(_is_float(x) for x in r["values"][a].values())
        assert set(r["differences"][a]) == set(alts) - {a}
        for d in r["differences"][a].values():
            assert list(d) == ["min", "max", "focal", "decided_at"]
            assert d["decided_at"] is None or 0 <= d["decided_at"] <= 1
    assert r["values"]["e_tjanster"]["min"] == pytest.approx(0.38)
    assert r["values"]["e_tjanster"]["max"] == pytest.approx(0.615)
    assert all(isinstance(p, list) and len(p) == 2 for p in r["dominance"])
    assert set(r["max_regret"]) == set(alts)
    assert list(r["rules"]) == ["maximax", "maximin", "central_values", "minimax_regret", "focal"]
    assert r["rules"]["maximin"] == ["e_tjanster"] and r["rules"]["focal"] == ["bygglov"]
    sm = r["smaa"]
    assert list(sm) == [
        "samples",
        "seed",
        "rank_acceptability",
        "central_weights",
        "confidence",
        "pairwise_winning",
        "holistic",
    ]
    assert sm["samples"] == 2000 and sm["seed"] == 4
    for a in alts:
        assert len(sm["rank_acceptability"][a]) == 3
        assert sum(sm["rank_acceptability"][a]) == pytest.approx(1)
        cw = sm["central_weights"][a]
        assert cw is None or list(cw) == crit
        assert set(sm["pairwise_winning"][a]) == set(alts) - {a}
    assert r["warnings"] == []
    # strict JSON: no NaN, no infinities, only plain types
    text = json.dumps(r, allow_nan=False)
    assert json.loads(text) == r


def test_nulls_and_warnings() -> None:
    m = model(
        [leaf("c1"), leaf("c2")],
        {"a": {"c1": 1, "c2": 0}, "b": {"c1": 0, "c2": 1}, "c": {"c1": 0}},
        {"root": IntervalWeights(bounds={})},
    )
    r = analyze(m, samples=500, seed=1)
    assert r["differences"]["a"]["b"]["decided_at"] is None  # δ_f = 0
    assert r["smaa"]["central_weights"]["c"] is None  # c = (0, [0, 1]) never ranks first…
    assert r["smaa"]["confidence"]["c"] is None
    assert any("scores.c.c2" in w for w in r["warnings"])
    json.dumps(r, allow_nan=False)


def test_progress_reaches_one_and_cancel_stops() -> None:
    m = load_model_file(SMALL)
    seen: list[float] = []
    analyze(m, samples=1000, progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen)
    token = CancelToken()
    token.cancel()
    with pytest.raises(CancelledError):
        analyze(m, samples=1000, cancel=token)


# ---------------------------------------------------------------------------
# The command line
# ---------------------------------------------------------------------------


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    from diva_desktop.cli import main

    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_json_is_one_document(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["analyze", str(SMALL), "--json", "--samples", "800", "--seed", "3"], capsys)
    assert code == 0 and err == ""
    doc = json.loads(out)
    assert doc["format"] == "diva-analysis" and doc["smaa"]["samples"] == 800 and doc["smaa"]["seed"] == 3
    assert doc == analyze(load_model_file(SMALL), samples=800, seed=3)


def test_cli_tables(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["analyze", str(SMALL), "--samples", "500"], capsys)
    assert code == 0
    for text in (
        "E-tjänsteplattform",
        "Dominance",
        "Decision rules",
        "minimax_regret",
        "Rank acceptabilities",
    ):
        assert text in out


def test_cli_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["analyze", str(SMALL), "--samples", "0"], capsys)
    assert code == 2 and "--samples" in err
    code, _, err = run(["analyze", str(SMALL), "--seed", "x"], capsys)
    assert code == 2
    data = model_to_dict(load_model_file(SMALL))
    data["weights"]["invanare"] = {
        "method": "interval",
        "bounds": {"digitala_arenden": [0.8, 1.0], "handlaggningstid": [0.5, 1.0]},
    }
    bad = tmp_path / "infeasible.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(["analyze", str(bad), "--json"], capsys)
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert lines and all("Traceback" not in ln for ln in lines)
    assert any("invanare" in ln for ln in lines)
    data["scores"]["noll"]["digitala_arenden"] = 200
    bad.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run(["analyze", str(bad)], capsys)
    assert code == 1 and "scores.noll.digitala_arenden" in err
