"""``diva report``: formats from the suffix, defaults, exit codes, atomic writes."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from diva_desktop import cli
from diva_desktop import reports as reports_package

ROOT = Path(__file__).resolve().parents[2]
SMALL = ROOT / "tests" / "data" / "small-model.json"
EXAMPLE = ROOT / "resources" / "examples" / "norrvik.json"


def test_pdf_with_defaults(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "rapport.pdf"
    assert cli.main(["report", str(SMALL), "-o", str(out)]) == 0
    assert f"wrote {out}" in capsys.readouterr().out
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    # default audience: decision-makers; default language: the model's (sv)
    assert "Beslutsunderlag för beslutsfattare" in " ".join(text.split())
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.pdf"]


def test_html_for_residents_in_english(tmp_path: Path) -> None:
    out = tmp_path / "Report.HTML"
    assert cli.main(["report", str(EXAMPLE), "-o", str(out), "--audience", "citizens", "--lang", "en"]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert '<html lang="en"' in text
    assert "What the municipality wants to achieve" in text


@pytest.mark.parametrize("name", ["report.txt", "report", "report.docx"])
def test_other_suffixes_are_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    assert cli.main(["report", str(SMALL), "-o", str(tmp_path / name)]) == 2
    assert "must end in .pdf or .html" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_the_date_option_fixes_the_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b, c = (tmp_path / n for n in ("a.pdf", "b.pdf", "c.pdf"))
    for out in (a, b):
        assert cli.main(["report", str(EXAMPLE), "-o", str(out), "--date", "2026-06-30"]) == 0
    assert a.read_bytes() == b.read_bytes()  # the same model and date give the same file
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(a.read_bytes())).pages).split())
    assert "2026-06-30" in text
    assert cli.main(["report", str(EXAMPLE), "-o", str(c), "--date", "2027-06-30"]) == 0
    assert c.read_bytes() != a.read_bytes()  # later measurements count, the title page moves
    assert cli.main(["report", str(EXAMPLE), "-o", str(c), "--date", "30/06/2026"]) == 2
    assert "'30/06/2026' is not a date written YYYY-MM-DD" in capsys.readouterr().err


def test_bad_options_are_usage_errors(tmp_path: Path) -> None:
    out = str(tmp_path / "r.pdf")
    assert cli.main(["report", str(SMALL), "-o", out, "--audience", "press"]) == 2
    assert cli.main(["report", str(SMALL), "-o", out, "--lang", "de"]) == 2
    assert cli.main(["report", str(SMALL)]) == 2
    assert list(tmp_path.iterdir()) == []


def test_invalid_model_reports_problems_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        SMALL.read_text(encoding="utf-8").replace('"risk": "medel"}', '"risk": "okänd"}'), encoding="utf-8"
    )
    out = tmp_path / "r.pdf"
    assert cli.main(["report", str(bad), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "okänd" in err and "Traceback" not in err
    assert not out.exists()
    missing = tmp_path / "missing.json"
    assert cli.main(["report", str(missing), "-o", str(out)]) == 1
    assert not out.exists()


def test_unwritable_output_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "no-such-folder" / "r.html"
    assert cli.main(["report", str(SMALL), "-o", str(out)]) == 1
    assert "cannot write the file" in capsys.readouterr().err


def test_a_failure_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.pdf"
    out.write_bytes(b"old report")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    assert cli.main(["report", str(SMALL), "-o", str(out)]) == 1
    assert "No space left on device" in capsys.readouterr().err
    assert out.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]  # no temporary file left behind
    monkeypatch.undo()

    def broken_render(report: object, fmt: str) -> bytes:
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(reports_package, "render", broken_render)
    assert cli.main(["report", str(SMALL), "-o", str(out)]) == 3
    assert out.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


def test_the_command_is_listed_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["report", "--help"])
    out = capsys.readouterr().out
    assert "--audience {citizens,decision-makers}" in out and "--lang {sv,en}" in out
