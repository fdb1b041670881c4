"""``diva import MODEL.xlsx -o PROJECT.diva`` and ``diva export PROJECT.diva -o MODEL.xlsx``."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
from cli_helpers import run

from diva_desktop.io.json_model import load_model_file
from diva_desktop.io.xlsx_model import read_model_xlsx, save_model_xlsx
from diva_desktop.storage import open_model

ROOT = Path(__file__).resolve().parents[1]
SMALL = ROOT / "tests" / "data" / "small-model.json"
EXAMPLE = ROOT / "resources" / "examples" / "norrvik.json"


def test_export_and_import_an_excel_model(tmp_path: Path) -> None:
    project = tmp_path / "norrvik.diva"
    assert run("import", str(EXAMPLE), "-o", str(project)).returncode == 0
    book = tmp_path / "norrvik.xlsx"
    proc = run("export", str(project), "-o", str(book))
    assert proc.returncode == 0, proc.stderr
    assert f"wrote {book}" in proc.stdout
    model = load_model_file(EXAMPLE)
    assert read_model_xlsx(book) == model

    again = tmp_path / "again.diva"
    proc = run("import", str(book), "-o", str(again))
    assert proc.returncode == 0, proc.stderr
    assert open_model(again) == model
    assert run("check", str(again)).returncode == 0


def test_import_of_a_bad_workbook_names_the_cells_and_writes_nothing(tmp_path: Path) -> None:
    book = tmp_path / "bad.xlsx"
    save_model_xlsx(load_model_file(SMALL), book)
    wb = openpyxl.load_workbook(book)
    wb["Alternatives"]["D2"] = "lots"
    wb["Criteria"]["B3"] = "nowhere"
    buf = io.BytesIO()
    wb.save(buf)
    book.write_bytes(buf.getvalue())
    out = tmp_path / "out.diva"
    proc = run("import", str(book), "-o", str(out))
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert any(line.startswith(f"{book}: error: Alternatives!D2: expected a number") for line in lines), lines
    assert any(line.startswith(f"{book}: error: Criteria!B3: unknown parent") for line in lines), lines
    assert not out.exists()


def test_import_of_an_invalid_model_in_a_workbook(tmp_path: Path) -> None:
    book = tmp_path / "invalid.xlsx"
    save_model_xlsx(load_model_file(SMALL), book)
    wb = openpyxl.load_workbook(book)
    wb["Alternatives"]["D2"] = -5  # a negative cost: valid cell, invalid model
    wb.save(book)
    proc = run("import", str(book), "-o", str(tmp_path / "out.diva"))
    assert proc.returncode == 1
    assert "Alternatives!D2 (alternatives." in proc.stderr and "cost" in proc.stderr


def test_not_a_workbook_and_wrong_suffixes(tmp_path: Path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook", encoding="utf-8")
    proc = run("import", str(fake), "-o", str(tmp_path / "x.diva"))
    assert proc.returncode == 1
    assert "not an Excel workbook" in proc.stderr
    proc = run("export", str(SMALL), "-o", str(tmp_path / "x.csv"))
    assert proc.returncode == 2
    assert ".json or .xlsx" in proc.stderr
    proc = run("import", str(tmp_path / "model.ods"), "-o", str(tmp_path / "x.diva"))
    assert proc.returncode == 2


def test_export_to_a_folder_that_cannot_be_written_fails_cleanly(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x", encoding="utf-8")
    proc = run("export", str(SMALL), "-o", str(not_a_folder / "m.xlsx"))
    assert proc.returncode == 1
    assert "cannot write the file" in proc.stderr


def test_every_subcommand_reads_a_workbook(tmp_path: Path) -> None:
    import json

    book = tmp_path / "small.xlsx"
    save_model_xlsx(load_model_file(SMALL), book)
    for command in (["check"], ["analyze", "--json", "--samples", "2000"], ["portfolio", "--json"]):
        from_json = run(command[0], str(SMALL), *command[1:])
        from_book = run(command[0], str(book), *command[1:])
        assert from_book.returncode == from_json.returncode == 0, from_book.stderr
        if "--json" in command:
            assert json.loads(from_book.stdout) == json.loads(from_json.stdout)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    proc = run("check", str(broken))
    assert proc.returncode == 1 and "broken.xlsx" in proc.stderr
