"""Tables out to CSV and Excel (XLSX), e.g. the traceability matrix.

CSV
    UTF-8 with a byte order mark and semicolons between fields, so that Excel with
    Swedish regional settings opens it in columns with å, ä and ö intact; quoting
    as RFC 4180. Numbers are written with a decimal point (as Python prints them).
XLSX
    Written with *openpyxl*: a bold, frozen header row, an auto-filter, column
    widths from the content, wrapped long texts; numbers stay numbers.

Both are written atomically: the old file stays until the new one is complete.
"""

from __future__ import annotations

import csv
import importlib
import io
from collections.abc import Sequence
from pathlib import Path

from .atomic import atomic_write_bytes

__all__ = ["Cell", "write_csv", "write_table", "write_xlsx"]

Cell = str | int | float | None

_FORMULA_START = ("=", "+", "-", "@")


def _safe_text(value: str) -> str:
    """Text that a spreadsheet will not run as a formula (CSV injection)."""
    if value.startswith(_FORMULA_START) and not _is_number(value):
        return "'" + value
    return value


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def write_csv(path: str | Path, header: Sequence[str], rows: Sequence[Sequence[Cell]], *, delimiter: str = ";") -> None:
    """Write ``header`` and ``rows`` as CSV (see the module documentation)."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([_safe_text(h) for h in header])
    for row in rows:
        writer.writerow(["" if v is None else _safe_text(v) if isinstance(v, str) else v for v in row])
    atomic_write_bytes(Path(path), ("\ufeff" + buf.getvalue()).encode("utf-8"))


def write_xlsx(
    path: str | Path, header: Sequence[str], rows: Sequence[Sequence[Cell]], *, sheet: str = "Sheet1"
) -> None:
    """Write ``header`` and ``rows`` as one Excel worksheet (see the module documentation)."""
    # openpyxl ships no type information; it is used through an untyped module handle
    openpyxl = importlib.import_module("openpyxl")
    styles = importlib.import_module("openpyxl.styles")
    get_column_letter = importlib.import_module("openpyxl.utils").get_column_letter
    Alignment, Font = styles.Alignment, styles.Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = _sheet_name(sheet)
    ws.append(list(header))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([_safe_text(v) if isinstance(v, str) else v for v in row])
    widths = [len(str(h)) for h in header]
    for row in rows:
        for i, v in enumerate(row[: len(widths)]):
            widths[i] = max(widths[i], min(60, len(str(v)) if v is not None else 0))
    wrap = Alignment(wrap_text=True, vertical="top")
    for i, width in enumerate(widths, start=1):
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = max(8, width + 2)
        if width >= 60:
            for cell in ws[letter][1:]:
                cell.alignment = wrap
    ws.freeze_panes = "A2"
    if rows:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"
    buf = io.BytesIO()
    wb.save(buf)
    atomic_write_bytes(Path(path), buf.getvalue())


def _sheet_name(name: str) -> str:
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in name).strip("'") or "Sheet1"
    return cleaned[:31]


def write_table(
    path: str | Path, header: Sequence[str], rows: Sequence[Sequence[Cell]], *, sheet: str = "Sheet1"
) -> None:
    """CSV or XLSX by the file's extension (``.csv``, ``.xlsx``); ``ValueError`` for others."""
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        write_csv(path, header, rows)
    elif suffix == ".xlsx":
        write_xlsx(path, header, rows, sheet=sheet)
    else:
        raise ValueError(f"cannot write {suffix or 'a file without extension'}: use .csv or .xlsx")
