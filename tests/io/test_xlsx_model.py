"""The model as an Excel workbook: lossless both ways, strict reading with Sheet!Cell places."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from strategies import models

from diva_desktop.core.errors import ModelError
from diva_desktop.core.model import Document, Model, Score
from diva_desktop.io.json_model import dumps_model, load_model_file
from diva_desktop.io.xlsx_model import (
    SHEETS,
    escape_text,
    read_model_xlsx,
    save_model_xlsx,
    unescape_text,
    write_model_xlsx,
)

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "norrvik.json"
SMALL = ROOT / "tests" / "data" / "small-model.json"


def workbook(model: Model) -> Any:
    return openpyxl.load_workbook(io.BytesIO(write_model_xlsx(model)))


def saved(wb: Any) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def problems_of(data: bytes) -> list[str]:
    with pytest.raises(ModelError) as info:
        read_model_xlsx(data)
    return [p.message for p in info.value.problems]


@pytest.mark.parametrize("path", [EXAMPLE, SMALL], ids=["norrvik", "small"])
def test_examples_round_trip_exactly(path: Path, tmp_path: Path) -> None:
    model = load_model_file(path)
    data = write_model_xlsx(model)
    back = read_model_xlsx(data)
    assert back == model
    assert dumps_model(back) == dumps_model(model)
    # from a file too, written atomically
    out = tmp_path / "model.xlsx"
    save_model_xlsx(model, out)
    assert read_model_xlsx(out) == model


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(model=models())
def test_every_model_round_trips(model: Model) -> None:
    back = read_model_xlsx(write_model_xlsx(model))
    assert back == model
    # one spelling per model: writing the read model again reads back the same
    assert dumps_model(read_model_xlsx(write_model_xlsx(back))) == dumps_model(back)


def test_numbers_stay_numbers_bit_for_bit() -> None:
    model = load_model_file(SMALL)
    alt = model.alternatives[0]
    tricky = 0.1 + 0.2  # 0.30000000000000004: 17 significant digits
    model = replace(
        model,
        alternatives=(
            replace(alt, cost=tricky, resources={"huge": 10**30, "tiny": 5e-324}),
            *model.alternatives[1:],
        ),
    )
    wb = workbook(model)
    ws = wb["Alternatives"]
    header = [c.value for c in ws[1]]
    row = {h: c.value for h, c in zip(header, ws[2], strict=False)}
    assert row["cost"] == tricky and isinstance(row["cost"], float)
    assert row["resource: tiny"] == 5e-324
    assert row["resource: huge"] == str(10**30)  # beyond 2**53: digits as text, read back as an integer
    back = read_model_xlsx(write_model_xlsx(model))
    assert back.alternatives[0].cost == tricky
    assert back.alternatives[0].resources["huge"] == 10**30
    assert isinstance(back.alternatives[0].resources["huge"], int)


def test_texts_keep_control_characters_formulas_and_empty_text() -> None:
    model = load_model_file(SMALL)
    alt = model.alternatives[0]
    odd = "=SUM(A1)\f\r\x00 _x000C_ tab\tå"
    model = replace(model, alternatives=(replace(alt, name=odd, description=""), *model.alternatives[1:]))
    back = read_model_xlsx(write_model_xlsx(model))
    assert back.alternatives[0].name == odd
    assert back.alternatives[0].description == ""  # an empty text, not an absent one
    assert back.alternatives[1].description == model.alternatives[1].description
    assert unescape_text(escape_text(odd)) == odd
    # the formula text is stored as text, never as a formula
    assert workbook(model)["Alternatives"]["B2"].data_type == "s"


def test_long_document_pages_are_split_over_rows() -> None:
    model = load_model_file(SMALL)
    page = "Målet är tydligt. " * 5000  # 90,000 characters: three cells
    doc = model.documents[0]
    model = replace(model, documents=(replace(doc, text=page + "\f" + "sida två"), *model.documents[1:]))
    ws = workbook(model)["Document text"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    doc_rows = [r for r in rows if r[0] == doc.id]
    assert [(r[1], r[2]) for r in doc_rows] == [(1, 1), (1, 2), (1, 3), (2, 1)]
    assert all(len(r[3]) <= 32767 for r in doc_rows)
    assert read_model_xlsx(write_model_xlsx(model)).documents[0].text == page + "\fsida två"


def test_too_long_text_outside_documents_is_refused_clearly() -> None:
    model = load_model_file(SMALL)
    alt = model.alternatives[0]
    model = replace(model, alternatives=(replace(alt, description="x" * 40000), *model.alternatives[1:]))
    with pytest.raises(ModelError) as info:
        write_model_xlsx(model)
    msg = info.value.problems[0].message
    assert f"alternatives.{alt.id}" in msg and "32,767" in msg


def test_layout_reads_well() -> None:
    model = load_model_file(EXAMPLE)
    wb = workbook(model)
    assert [ws.title for ws in wb.worksheets] == list(SHEETS)
    assert wb["Criteria"].freeze_panes == "B2"
    assert wb["Scores"].freeze_panes == "C4"
    crit = wb["Criteria"]
    assert [c.value for c in crit[1]] == [
        "id",
        "parent",
        "name",
        "description",
        "unit",
        "scale",
        "worst",
        "best",
        "goals",
    ]
    # tree order, children indented under their parent
    first_leaf = crit[3]
    assert first_leaf[1].value == crit["A2"].value
    assert first_leaf[2].alignment.indent >= 1
    scores = wb["Scores"]
    leaves = model.leaves()
    assert scores["C1"].value == leaves[0].name
    assert scores["C2"].value == leaves[0].id
    assert (scores["C3"].value, scores["D3"].value) == ("score", "to")
    assert "C1:D1" in {str(r) for r in scores.merged_cells.ranges}
    assert crit.column_dimensions["C"].width > 10


def test_interval_and_level_scores_in_two_columns() -> None:
    model = load_model_file(SMALL)
    data = json.loads(SMALL.read_text(encoding="utf-8"))
    ws = workbook(model)["Scores"]
    ids = [c.value for c in ws[2]]
    for row in ws.iter_rows(min_row=4):
        aid = row[0].value
        for col, cid in enumerate(ids):
            if col < 2 or cid is None:
                continue
            s = model.scores[aid].get(cid)
            lo, hi = row[col].value, row[col + 1].value
            if s is None:
                assert lo is None and hi is None
            elif s.is_interval:
                assert (lo, hi) == (s.low, s.high)
            else:
                assert lo == s.low and hi is None
    assert data["scores"]  # the small model has scores to check


def test_bad_cells_are_all_reported_with_their_place() -> None:
    wb = workbook(load_model_file(SMALL))
    wb["Alternatives"]["D2"] = "lots"  # cost as text
    wb["Alternatives"]["Z1"] = "colour"  # unknown column
    wb["Criteria"]["B3"] = "nowhere"  # unknown parent
    wb["Scores"]["C4"] = True  # not a score
    wb["Scores"]["D5"] = None
    wb["Scores"]["C5"] = None
    wb["Scores"]["D5"] = 7  # an interval without its low end
    wb.create_sheet("Notes")
    wb["Weights"]["D2"] = '{"order": [['
    messages = problems_of(saved(wb))
    expected = [
        "Alternatives!D2: expected a number",
        "Alternatives!Z1: unknown column 'colour'",
        "Criteria!B3: unknown parent 'nowhere'",
        "Scores!C4: expected a number or a level label",
        "Scores!C5: an interval needs its low end",
        "Notes: unknown sheet",
        "Weights!D2: expected JSON",
    ]
    for start in expected:
        assert any(m.startswith(start) for m in messages), (start, messages)
    assert len(messages) == len(expected)


def test_missing_sheets_columns_and_formulas() -> None:
    wb = workbook(load_model_file(SMALL))
    del wb["Alternatives"]
    wb["Criteria"]["C1"] = None  # the name column
    wb["Goals"]["C2"] = "=1+1"
    messages = problems_of(saved(wb))
    assert any(m.startswith("Alternatives: the sheet 'Alternatives' is missing") for m in messages)
    assert any(m.startswith("Criteria!1:1: the column 'name' is missing") for m in messages)
    assert any(m.startswith("Goals!C2: a formula") for m in messages)


def test_level_labels_and_validation_after_reading() -> None:
    model = load_model_file(SMALL)
    wb = workbook(model)
    ws = wb["Scores"]
    ids = [c.value for c in ws[2]]
    risk = ids.index("risk") + 1
    ws.cell(row=4, column=risk, value="okänd")  # not a level of the scale
    with pytest.raises(ModelError) as info:
        read_model_xlsx(saved(wb))
    assert any("okänd" in p.message for p in info.value.problems)
    assert read_model_xlsx(saved(wb), check=False).scores[ws.cell(row=4, column=1).value]["risk"] == Score(
        "okänd", "okänd", model.scores[ws.cell(row=4, column=1).value]["risk"].rationale
    )


def test_newer_version_and_not_a_workbook() -> None:
    wb = workbook(load_model_file(SMALL))
    wb["Model"]["B3"] = 99
    assert any("newer than this program reads" in m for m in problems_of(saved(wb)))
    assert any("not an Excel workbook" in m for m in problems_of(b"{}"))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "x")
    assert any("not an Excel workbook" in m for m in problems_of(buf.getvalue()))


def test_no_portfolio_sheet_means_no_portfolio_and_empty_documents() -> None:
    model = Model(name="tom", documents=(Document("d", "Tom"),), portfolio=None)
    wb = workbook(model)
    assert "Portfolio" not in wb.sheetnames
    back = read_model_xlsx(write_model_xlsx(model))
    assert back == model and back.portfolio is None


def test_true_and_false_as_libreoffice_saves_them() -> None:
    """LibreOffice writes TRUE and FALSE as the formulas TRUE() and FALSE(); other formulas are refused."""
    model = load_model_file(SMALL)
    wb = workbook(model)
    ws = wb["Alternatives"]
    for row in range(2, ws.max_row + 1):
        ws.cell(row=row, column=5).value = "=TRUE()" if ws.cell(row=row, column=5).value else "=FALSE()"
    assert ws["E2"].data_type == "f"
    assert read_model_xlsx(saved(wb)) == model
    ws["E2"] = "=1=1"
    assert any(m.startswith("Alternatives!E2: a formula") for m in problems_of(saved(wb)))


def test_dates_typed_in_a_spreadsheet_are_read_as_iso_dates() -> None:
    import datetime as dt

    model = load_model_file(EXAMPLE)
    assert model.followup.measurements
    wb = workbook(model)
    ws = wb["Measurements"]
    first = model.followup.measurements[0]
    ws["B2"] = dt.datetime.fromisoformat(first.date)  # a date cell, as Excel makes of 2025-03-01
    assert read_model_xlsx(saved(wb)) == model


def test_validation_problems_name_the_cell_too() -> None:
    model = load_model_file(EXAMPLE)
    wb = workbook(model)
    first = model.alternatives[0].id
    leaf = model.leaves()[0].id
    wb["Alternatives"]["D2"] = -5
    wb["Scores"]["C4"] = 10**6  # above the high end in D4
    wb["Measurements"]["B3"] = "igår"
    messages = problems_of(saved(wb))
    assert any(m.startswith(f"Alternatives!D2 (alternatives.{first}.cost): ") for m in messages), messages
    assert any(m.startswith(f"Scores!C4 (scores.{wb['Scores']['A4'].value}.{leaf}): ") for m in messages), messages
    assert any(m.startswith("Measurements!B3 (followup.measurements[1].date): ") for m in messages), messages


def test_a_bad_parent_row_is_reported_once() -> None:
    wb = workbook(load_model_file(EXAMPLE))
    wb["Criteria"]["G3"] = 7  # worst on a criterion without a linear scale
    messages = problems_of(saved(wb))
    assert len(messages) == 1 and messages[0].startswith("Criteria!G3: "), messages
