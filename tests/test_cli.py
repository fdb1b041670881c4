"""The ``diva`` command end to end in a subprocess: outputs, exit codes, no tracebacks."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from cli_helpers import run

from diva_desktop import __version__

ROOT = Path(__file__).resolve().parents[1]
SMALL = ROOT / "tests" / "data" / "small-model.json"
EXAMPLE = ROOT / "resources" / "examples" / "norrvik.json"


def test_version() -> None:
    proc = run("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"diva {__version__}"


def test_usage_errors_exit_2() -> None:
    assert run("check").returncode == 2
    assert run("export", str(SMALL)).returncode == 2  # -o missing
    assert run("frobnicate", "x", "y").returncode == 2


def test_check_valid_model_and_example() -> None:
    proc = run("check", str(SMALL))
    assert proc.returncode == 0, proc.stderr
    assert "OK" in proc.stdout
    proc = run("check", str(EXAMPLE))
    assert proc.returncode == 0, proc.stderr
    assert "missing score" in proc.stderr  # the example's one missing score is a warning


def test_import_export_roundtrip(tmp_path: Path) -> None:
    project = tmp_path / "norrvik.diva"
    out = tmp_path / "back.json"
    assert run("import", str(EXAMPLE), "-o", str(project)).returncode == 0
    assert run("check", str(project)).returncode == 0
    proc = run("export", str(project), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    original = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    back = json.loads(out.read_text(encoding="utf-8"))
    from diva_desktop.io.json_model import model_from_dict

    assert model_from_dict(back) == model_from_dict(original)
    assert "Norrvik" in out.read_text(encoding="utf-8")


def bad_model(tmp_path: Path, edit: str) -> Path:
    data = json.loads(SMALL.read_text(encoding="utf-8"))
    exec(edit, {"d": data})
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        ("d['alternatives'][0]['cost'] = 'x'", "alternatives.e_tjanster.cost: expected a number"),
        ("d['alternatives'][1]['id'] = 'e_tjanster'", "is used 2 times"),
        ("d['scores']['ghost'] = {}", "scores.ghost: unknown alternative 'ghost'"),
        ("d['scores']['noll']['nothing'] = 1", "scores.noll.nothing: unknown criterion"),
        ("d['scores']['noll']['digitala_arenden'] = 5", "allowed range [40, 100]"),
        ("d['scores']['noll']['digitala_arenden'] = [60, 50]", "low > high"),
        ("d['scores']['noll']['risk'] = 'extrem'", "unknown level 'extrem'"),
        ("d['criteria'][1]['id'] = 'root'", "reserved"),
    ],
)
def test_check_reports_bad_input_one_line_each(tmp_path: Path, edit: str, expected: str) -> None:
    path = bad_model(tmp_path, edit)
    proc = run("check", str(path))
    assert proc.returncode == 1
    assert expected in proc.stderr
    for line in proc.stderr.strip().splitlines():
        assert line.startswith(str(path))


def test_malformed_json_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "diva-model",\n "version": 1\n "criteria": []}', encoding="utf-8")
    proc = run("check", str(path))
    assert proc.returncode == 1
    assert "line 3, column 2" in proc.stderr


def test_import_refuses_invalid_model_and_writes_nothing(tmp_path: Path) -> None:
    path = bad_model(tmp_path, "d['scores']['noll']['risk'] = 'extrem'")
    out = tmp_path / "out.diva"
    proc = run("import", str(path), "-o", str(out))
    assert proc.returncode == 1
    assert not out.exists()


def test_not_sqlite_and_truncated_project(tmp_path: Path) -> None:
    fake = tmp_path / "fake.diva"
    fake.write_text("this is not a database", encoding="utf-8")
    proc = run("check", str(fake))
    assert proc.returncode == 1
    assert "fake.diva" in proc.stderr

    good = tmp_path / "good.diva"
    assert run("import", str(SMALL), "-o", str(good)).returncode == 0
    truncated = tmp_path / "truncated.diva"
    data = good.read_bytes()
    truncated.write_bytes(data[: len(data) // 3])
    proc = run("export", str(truncated), "-o", str(tmp_path / "x.json"))
    assert proc.returncode == 1
    assert "truncated.diva" in proc.stderr
    assert not (tmp_path / "x.json").exists()


def test_newer_project_refused(tmp_path: Path) -> None:
    project = tmp_path / "new.diva"
    assert run("import", str(SMALL), "-o", str(project)).returncode == 0
    con = sqlite3.connect(project)
    con.execute("PRAGMA user_version = 999")
    con.commit()
    con.close()
    proc = run("check", str(project))
    assert proc.returncode == 1
    assert "newer" in proc.stderr


def test_export_to_read_only_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Root ignores folder permissions, so the refusal is simulated where the file is created."""
    import errno
    import tempfile

    from diva_desktop.cli import main

    target = tmp_path / "x.json"
    target.write_text("old", encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> object:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    assert main(["export", str(SMALL), "-o", str(target)]) == 1
    assert "cannot write the file: Permission denied" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "old"


def test_gui_without_display_prints_analysis_of_file(tmp_path: Path) -> None:
    shutil.copy(SMALL, tmp_path / "m.json")
    proc = run(str(tmp_path / "m.json"))
    assert "No display" in proc.stderr
    assert proc.returncode == 0, proc.stderr
    assert "E-tjänsteplattform" in proc.stdout or "e_tjanster" in proc.stdout


def test_missing_file() -> None:
    proc = run("check", "does-not-exist.json")
    assert proc.returncode == 1
    assert "does-not-exist.json" in proc.stderr


def test_saved_files_get_normal_permissions(tmp_path: Path) -> None:
    project = tmp_path / "p.diva"
    out = tmp_path / "p.json"
    assert run("import", str(SMALL), "-o", str(project)).returncode == 0
    assert run("export", str(project), "-o", str(out)).returncode == 0
    mask = os.umask(0)
    os.umask(mask)
    for f in (project, out):
        assert f.stat().st_mode & 0o777 == 0o666 & ~mask


def test_check_names_conflicting_statements(tmp_path: Path) -> None:
    path = bad_model(
        tmp_path,
        "d['weights']['invanare'] = {'method': 'interval', 'bounds': "
        "{'digitala_arenden': [0.7, 0.9], 'handlaggningstid': [0.4, 0.6]}}",
    )
    for command in ("check", "analyze"):
        proc = run(command, str(path))
        assert proc.returncode == 1
        assert "weights.invanare" in proc.stderr
        assert (
            "digitala_arenden ∈ [0.7, 0.9] conflicts with interval handlaggningstid ∈ [0.4, 0.6]"
            in proc.stderr
        )
