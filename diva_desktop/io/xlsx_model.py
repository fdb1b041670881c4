"""The decision model as an Excel workbook (``.xlsx``), both ways and lossless.

Officials prepare and review a model in a spreadsheet; :func:`write_model_xlsx` and
:func:`read_model_xlsx` convert between that workbook and the core model, so that
model → workbook → model gives the same model (the same as the JSON format of spec §1
holds). Header labels are English; identifiers are the machine keys.

Sheets (row 1 is the header of every table sheet; the header names are the keys):

``Model``
    ``field`` / ``value`` rows: ``format`` (diva-model), ``version``, ``name``,
    ``description``, ``language``.
``Criteria``
    one row per criterion in tree order (depth first): ``id``, ``parent`` (blank at
    the top level), ``name`` (indented by depth), ``description``, ``unit``,
    ``scale`` (``linear``, ``piecewise``, ``levels``; blank: the default linear 0–10),
    ``worst``, ``best`` (linear scales), ``goals`` (goal ids, separated by commas).
``Scale points``
    the points of piecewise scales and the levels of level scales, in order:
    ``criterion``, ``label`` (levels), ``x`` (piecewise), ``value``.
``Alternatives``
    ``id``, ``name``, ``description``, ``cost``, ``do_nothing`` (TRUE/FALSE), then one
    column per resource headed ``resource: NAME`` (blank: the alternative does not
    draw on it).
``Scores``
    a matrix: row 1 the leaf criteria's names, row 2 their ids (the keys), row 3
    ``score`` / ``to``; from row 4 one row per alternative that has scores (``id``,
    ``name`` shown for reading only). Each leaf has two columns: a precise score is
    written in ``score`` alone (a number, or a level label as text); an interval
    score has its low end in ``score`` and its high end in ``to``. Blank: missing.
``Rationales``
    the same matrix with one column per leaf: the assessor's reason for a score.
``Weights``
    one row per node and owner: ``participant`` (blank: the group's weights),
    ``node``, ``method``, ``details`` (the method's own fields as in the JSON format,
    e.g. ``{"order": [["a"], ["b", "c"]], "surrogate": "rs"}``), ``constraints`` and
    ``focal`` (JSON, blank when none).
``Participants``
    ``id``, ``name``, ``role``.
``Portfolio``
    ``setting``, ``resource``, ``value`` rows: ``budget``; ``resource limit`` (one row
    per resource); ``mandatory``, ``excluded`` (ids separated by commas); one
    ``requires`` row per pair ``a, b`` (a only with b); one ``exclusive`` row per
    group. Without this sheet the model has no portfolio constraints.
``Goals``
    ``id``, ``document``, ``page``, ``quote``, ``paraphrase``.
``Documents`` and ``Document text``
    the documents' metadata; their text one row per page (``document``, ``page``,
    ``part``, ``text``), a long page split into parts because a cell holds at most
    32,767 characters.
``Indicators`` and ``Measurements``
    the follow-up: ``id``, ``name``, ``alternative``, ``criterion``, ``unit``,
    ``owner``, ``source``, ``baseline``, ``baseline_date``, ``target``,
    ``target_date``; and ``indicator``, ``date``, ``value``, ``note``.

Exactness: numbers are spreadsheet numbers written with every digit Python needs to
give the same float back. Integers beyond ±2^53, which a spreadsheet cannot hold
exactly, are written as text digits and read back as integers. Texts keep characters
that XML cannot hold (control characters, form feeds) with the ``_xHHHH_`` escapes
Excel itself uses. A blank cell is an absent text; a cell holding an empty text is an
empty text. The order of mappings inside the model (scores of a row, resources of an
alternative) follows the columns.

Reading is strict: unknown sheets and columns, wrong cell types, formulas and unknown
references are errors naming ``Sheet!Cell`` and the fix; every error is collected,
then the model is validated like a JSON model. The names shown beside ids (the
``name`` column and row 1 of ``Scores`` and ``Rationales``) are for reading and are
not read back. A date typed into a date cell is read as its ISO date, and the
formulas ``TRUE()`` and ``FALSE()`` (as LibreOffice saves TRUE and FALSE) as TRUE and
FALSE.

A workbook saved again by a spreadsheet program is read the same way, but that program
may round: LibreOffice 7.4 keeps 15 significant digits and turns empty texts into
blank cells. The round trip is exact for the workbook as this module writes it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import io
import json
import re
import threading
import zipfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, NoReturn

from ..core.errors import ModelError, Problem
from ..core.model import (
    FORMAT_NAME,
    FORMAT_VERSION,
    Alternative,
    Criterion,
    Document,
    FollowUp,
    Goal,
    Indicator,
    Level,
    LevelsScale,
    LinearScale,
    Measurement,
    Model,
    Observation,
    Participant,
    PiecewiseScale,
    PortfolioConstraints,
    PreferenceSet,
    Scale,
    Score,
)
from ..core.validation import ensure_valid
from .json_model import preference_from_dict, preference_to_dict

__all__ = ["XLSX_SUFFIX", "load_model_xlsx", "read_model_xlsx", "save_model_xlsx", "write_model_xlsx"]

XLSX_SUFFIX = ".xlsx"
CELL_LIMIT = 32767
_PART = 32000  # characters of document text per cell (escapes included)
_EXACT_INT = 2**53
_WIDE = 60  # the widest column, in characters; longer texts wrap

S_MODEL = "Model"
S_CRITERIA = "Criteria"
S_POINTS = "Scale points"
S_ALTERNATIVES = "Alternatives"
S_SCORES = "Scores"
S_RATIONALES = "Rationales"
S_WEIGHTS = "Weights"
S_PARTICIPANTS = "Participants"
S_PORTFOLIO = "Portfolio"
S_GOALS = "Goals"
S_DOCUMENTS = "Documents"
S_TEXT = "Document text"
S_INDICATORS = "Indicators"
S_MEASUREMENTS = "Measurements"

SHEETS = (
    S_MODEL,
    S_CRITERIA,
    S_POINTS,
    S_ALTERNATIVES,
    S_SCORES,
    S_RATIONALES,
    S_WEIGHTS,
    S_PARTICIPANTS,
    S_PORTFOLIO,
    S_GOALS,
    S_DOCUMENTS,
    S_TEXT,
    S_INDICATORS,
    S_MEASUREMENTS,
)
_SHEET_ALIASES = {"Modell": S_MODEL}

COLUMNS: dict[str, tuple[str, ...]] = {
    S_MODEL: ("field", "value"),
    S_CRITERIA: ("id", "parent", "name", "description", "unit", "scale", "worst", "best", "goals"),
    S_POINTS: ("criterion", "label", "x", "value"),
    S_ALTERNATIVES: ("id", "name", "description", "cost", "do_nothing"),
    S_WEIGHTS: ("participant", "node", "method", "details", "constraints", "focal"),
    S_PARTICIPANTS: ("id", "name", "role"),
    S_PORTFOLIO: ("setting", "resource", "value"),
    S_GOALS: ("id", "document", "page", "quote", "paraphrase"),
    S_DOCUMENTS: ("id", "title", "kind", "decided_by", "decision_date", "reference", "validity", "source"),
    S_TEXT: ("document", "page", "part", "text"),
    S_INDICATORS: (
        "id",
        "name",
        "alternative",
        "criterion",
        "unit",
        "owner",
        "source",
        "baseline",
        "baseline_date",
        "target",
        "target_date",
    ),
    S_MEASUREMENTS: ("indicator", "date", "value", "note"),
}
REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    S_MODEL: ("field", "value"),
    S_CRITERIA: ("id", "name"),
    S_POINTS: ("criterion", "value"),
    S_ALTERNATIVES: ("id", "name"),
    S_WEIGHTS: ("node", "method"),
    S_PARTICIPANTS: ("id", "name"),
    S_PORTFOLIO: ("setting", "value"),
    S_GOALS: ("id", "document", "quote"),
    S_DOCUMENTS: ("id", "title"),
    S_TEXT: ("document", "page", "text"),
    S_INDICATORS: ("id", "name"),
    S_MEASUREMENTS: ("indicator", "date", "value"),
}
RESOURCE_PREFIX = "resource: "
MODEL_FIELDS = ("format", "version", "name", "description", "language")
PORTFOLIO_SETTINGS = ("budget", "resource limit", "mandatory", "excluded", "requires", "exclusive")
_WEIGHT_DETAILS = {
    "point": ("weights",),
    "ranking": ("order", "surrogate"),
    "car": ("order", "steps"),
    "interval": ("bounds",),
    "swing": ("points",),
}

# ---------------------------------------------------------------------------
# Text escapes (the ST_Xstring convention of Office Open XML)
# ---------------------------------------------------------------------------

_ESCAPE_RE = re.compile(r"_x[0-9A-Fa-f]{4}_")
_INT_RE = re.compile(r"[+-]?[0-9]+")


def _needs_escape(ch: str) -> bool:
    o = ord(ch)
    return (o < 0x20 and ch not in "\t\n") or o in (0xFFFE, 0xFFFF) or 0xD800 <= o <= 0xDFFF


def escape_text(text: str) -> str:
    """Text a workbook cell can hold: characters XML cannot carry as ``_xHHHH_``."""
    text = _ESCAPE_RE.sub(lambda m: "_x005F" + m.group(0), text)
    if not any(_needs_escape(ch) for ch in text):
        return text
    return "".join(f"_x{ord(ch):04X}_" if _needs_escape(ch) else ch for ch in text)


def unescape_text(text: str) -> str:
    return _ESCAPE_RE.sub(lambda m: chr(int(m.group(0)[2:6], 16)), text)


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------

_SAVE_LOCK = threading.Lock()


def _openpyxl() -> Any:
    # openpyxl ships no type information; it is used through an untyped module handle
    return importlib.import_module("openpyxl")


def _exact_number_text(original: Callable[[Any], str]) -> Callable[[Any], str]:
    def exact(value: Any) -> str:
        if isinstance(value, float):
            return repr(value)
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return original(value)

    return exact


@contextlib.contextmanager
def _exact_numbers() -> Iterator[None]:
    """openpyxl writes numbers with 16 significant digits; floats need up to 17.

    Its cell writer is given Python's shortest exact spelling while the workbook is saved.
    This reaches into an openpyxl internal (3.1's ``openpyxl.cell._writer.safe_string``);
    should a later openpyxl move it, the workbook is still written, with openpyxl's own
    16 digits, and the round-trip tests in tests/io/test_xlsx_model.py say so.
    """
    try:
        writer: Any = importlib.import_module("openpyxl.cell._writer")
    except ImportError:  # pragma: no cover - a future openpyxl
        writer = None
    original = getattr(writer, "safe_string", None)
    if original is None:  # pragma: no cover - a future openpyxl
        yield
        return
    with _SAVE_LOCK:
        writer.safe_string = _exact_number_text(original)
        try:
            yield
        finally:
            writer.safe_string = original


class _TooLong(Exception):
    pass


class _SheetWriter:
    """One sheet: values put exactly, bold headers, widths from the content, wrapped long texts."""

    def __init__(self, wb: Any, title: str, header: Sequence[str] | None = None) -> None:
        self.ws = wb.create_sheet(title)
        self.row = 0
        self.widths: dict[int, int] = {}
        self.header_rows = 0
        # printed: landscape, as wide as the page
        self.ws.page_setup.orientation = "landscape"
        self.ws.page_setup.fitToWidth = 1
        self.ws.page_setup.fitToHeight = 0
        self.ws.sheet_properties.pageSetUpPr.fitToPage = True
        if header is not None:
            self.append(list(header))
            self.bold_row(1)
            self.ws.freeze_panes = "B2"
            self.header_rows = 1

    def set(self, row: int, col: int, value: Any, where: str = "") -> Any:
        cell = self.ws.cell(row=row, column=col)
        put_cell(cell, value, where)
        if row > self.header_rows:
            shown = value if isinstance(value, str) else "" if value is None else repr(value)
            longest = max(len(line) for line in shown.split("\n"))
            self.widths[col] = max(self.widths.get(col, 0), min(_WIDE, longest))
        return cell

    def append(self, values: Sequence[Any], where: str = "") -> int:
        self.row += 1
        for col, v in enumerate(values, start=1):
            if v is not None:
                self.set(self.row, col, v, where)
        return self.row

    def bold_row(self, row: int) -> None:
        font = importlib.import_module("openpyxl.styles").Font(bold=True)
        for cell in self.ws[row]:
            cell.font = font

    def finish(self, wrap_from: int = 40, widths: Mapping[int, int] | None = None) -> None:
        """Column widths (content, header, or ``widths``); long texts wrapped in taller rows."""
        styles = importlib.import_module("openpyxl.styles")
        letter_of = importlib.import_module("openpyxl.utils").get_column_letter
        wrap = styles.Alignment(wrap_text=True, vertical="top")
        top = styles.Alignment(vertical="top")
        final: dict[int, int] = {}
        for col in range(1, self.ws.max_column + 1):
            header = self.ws.cell(row=self.header_rows, column=col).value if self.header_rows else None
            width = max(self.widths.get(col, 0), len(header) if isinstance(header, str) else 0)
            final[col] = (widths or {}).get(col, max(9, width + 2))
            self.ws.column_dimensions[letter_of(col)].width = final[col]
        lines: dict[int, int] = {}
        for row in self.ws.iter_rows(min_row=self.header_rows + 1):
            for cell in row:
                if cell.value is None:
                    continue
                if not isinstance(cell.value, str):
                    cell.alignment = top
                    continue
                col = cell.column
                indent = cell.alignment.indent if cell.alignment is not None else 0
                if self.widths.get(col, 0) >= wrap_from or len(cell.value) > final[col]:
                    if not indent:
                        cell.alignment = wrap
                    per_line = max(1, final[col] - 1)
                    n = sum(max(1, -(-len(part) // per_line)) for part in cell.value.split("\n"))
                    lines[cell.row] = max(lines.get(cell.row, 1), n)
                elif not indent:
                    cell.alignment = top
        for row_no, n in lines.items():
            if n > 1:
                self.ws.row_dimensions[row_no].height = min(409, 15 * n)


def put_cell(cell: Any, value: Any, where: str = "") -> None:
    """Put a value in a cell exactly (texts escaped, never a formula; huge integers as text)."""
    if isinstance(value, bool):
        cell.value = value
    elif isinstance(value, int):
        if abs(value) > _EXACT_INT:
            cell.value = str(value)
            cell.data_type = "s"
        else:
            cell.value = value
    elif isinstance(value, float):
        cell.value = value
    elif isinstance(value, str):
        text = escape_text(value)
        if len(text) > CELL_LIMIT:
            raise _TooLong(where)
        if text == "":
            rich = importlib.import_module("openpyxl.cell.rich_text").CellRichText
            cell.value = rich([""])
        else:
            cell.value = text
            cell.data_type = "s"  # "=…" stays text, never a formula
    elif value is None:
        cell.value = None
    else:  # pragma: no cover - programming error
        raise TypeError(f"cannot write {type(value).__name__} to a cell")


def _ids(values: Sequence[str]) -> str:
    return ", ".join(values)


def _chunks(text: str) -> list[str]:
    """Split a page so that each part, escaped, fits a cell."""
    parts: list[str] = []
    start = 0
    while True:
        end = min(len(text), start + _PART)
        while len(escape_text(text[start:end])) > _PART:
            end = start + max(1, (end - start) * 3 // 4)
        parts.append(text[start:end])
        start = end
        if start >= len(text):
            return parts


def _leaf_scale_text(c: Criterion) -> tuple[str | None, Any, Any]:
    s = c.scale
    if isinstance(s, LinearScale):
        return "linear", s.worst, s.best
    if isinstance(s, PiecewiseScale):
        return "piecewise", None, None
    if isinstance(s, LevelsScale):
        return "levels", None, None
    return None, None, None


def write_model_xlsx(model: Model) -> bytes:
    """The model as an Excel workbook (see the module documentation for the layout).

    Raises :class:`ModelError` if a text is longer than a cell can hold (32,767
    characters; document text is split over rows and is never too long).
    """
    try:
        return _write(model)
    except _TooLong as exc:
        raise ModelError(
            Problem(
                "xlsx_text_too_long",
                str(exc),
                f"the text is longer than the {CELL_LIMIT:,} characters an Excel cell holds; "
                "shorten it or export the model to JSON",
            )
        ) from None


def _write(model: Model) -> bytes:
    openpyxl = _openpyxl()
    styles = importlib.import_module("openpyxl.styles")
    wb = openpyxl.Workbook()
    wb.remove(wb.active)

    # Model
    w = _SheetWriter(wb, S_MODEL, COLUMNS[S_MODEL])
    w.ws.freeze_panes = "A2"
    w.append(["format", FORMAT_NAME])
    w.append(["version", FORMAT_VERSION])
    w.append(["name", model.name], "name")
    w.append(["description", model.description], "description")
    w.append(["language", model.language], "language")
    w.finish(wrap_from=60)

    # Criteria and scale points
    w = _SheetWriter(wb, S_CRITERIA, COLUMNS[S_CRITERIA])
    points = _SheetWriter(wb, S_POINTS, COLUMNS[S_POINTS])

    def criterion_rows(c: Criterion, parent: str | None, depth: int) -> None:
        kind, worst, best = _leaf_scale_text(c)
        loc = f"criteria.{c.id}"
        row = w.append(
            [c.id, parent, c.name, c.description, c.unit, kind, worst, best, _ids(c.goals) or None], loc
        )
        if depth:
            w.ws.cell(row=row, column=3).alignment = styles.Alignment(
                horizontal="left", vertical="top", indent=depth
            )
        if isinstance(c.scale, PiecewiseScale):
            for x, v in c.scale.points:
                points.append([c.id, None, x, v])
        elif isinstance(c.scale, LevelsScale):
            for lv in c.scale.levels:
                points.append([c.id, lv.label, None, lv.value], f"{loc}.scale")
        for ch in c.children:
            criterion_rows(ch, c.id, depth + 1)

    for c in model.criteria:
        criterion_rows(c, None, 0)
    w.finish()
    points.finish()

    # Alternatives
    resources: list[str] = []
    for a in model.alternatives:
        resources.extend(k for k in a.resources if k not in resources)
    w = _SheetWriter(
        wb, S_ALTERNATIVES, [*COLUMNS[S_ALTERNATIVES], *(RESOURCE_PREFIX + k for k in resources)]
    )
    for a in model.alternatives:
        w.append(
            [a.id, a.name, a.description, a.cost, a.do_nothing, *(a.resources.get(k) for k in resources)],
            f"alternatives.{a.id}",
        )
    w.finish()

    # Scores and rationales
    leaves = model.leaves()
    w = _SheetWriter(wb, S_SCORES)
    w.append(["criterion", None, *[x for c in leaves for x in (c.name, None)]])
    w.append(["alternative", "name", *[x for c in leaves for x in (c.id, None)]])
    w.append([None, None, *["score", "to"] * len(leaves)])
    for i in range(len(leaves)):
        col = 3 + 2 * i
        w.ws.merge_cells(start_row=1, start_column=col, end_row=1, end_column=col + 1)
    for r in (1, 2, 3):
        w.bold_row(r)
    w.ws.freeze_panes = "C4"
    names = {a.id: a.name for a in model.alternatives}
    rationales: dict[str, dict[str, str]] = {}
    for aid, row in model.scores.items():
        cells: list[Any] = [aid, names.get(aid)]
        for c in leaves:
            s = row.get(c.id)
            if s is None:
                cells.extend((None, None))
            elif s.low == s.high and type(s.low) is type(s.high):
                cells.extend((s.low, None))
            else:
                cells.extend((s.low, s.high))
            if s is not None and s.rationale is not None:
                rationales.setdefault(aid, {})[c.id] = s.rationale
        w.append(cells, f"scores.{aid}")
    extra = [k for row in model.scores.values() for k in row if k not in {c.id for c in leaves}]
    if extra:
        raise ModelError(
            Problem(
                "xlsx_unknown_score", f"scores.*.{extra[0]}", "a score for a criterion that is not a leaf"
            )
        )
    w.header_rows = 3
    widths: dict[int, int] = {}
    for i, c in enumerate(leaves):
        widths[3 + 2 * i] = min(24, max(10, len(c.id) + 2, w.widths.get(3 + 2 * i, 0) + 2))
        widths[4 + 2 * i] = min(24, max(8, w.widths.get(4 + 2 * i, 0) + 2))
    w.finish(widths=widths)
    _wrap_names(w, {c.name: widths[3 + 2 * i] + widths[4 + 2 * i] for i, c in enumerate(leaves)})

    w = _SheetWriter(wb, S_RATIONALES)
    w.append(["criterion", None, *[c.name for c in leaves]])
    w.append(["alternative", "name", *[c.id for c in leaves]])
    w.bold_row(1)
    w.bold_row(2)
    w.ws.freeze_panes = "C3"
    w.header_rows = 2
    for aid, texts in rationales.items():
        w.append([aid, names.get(aid), *[texts.get(c.id) for c in leaves]], f"scores.{aid}")
    w.finish(widths={3 + i: 40 for i in range(len(leaves))})
    _wrap_names(w, {c.name: 40 for c in leaves})

    # Weights and participants
    w = _SheetWriter(wb, S_WEIGHTS, COLUMNS[S_WEIGHTS])
    owners: list[tuple[str | None, Mapping[str, PreferenceSet]]] = [(None, model.weights)]
    owners.extend((p.id, p.weights) for p in model.participants)
    for owner, weights in owners:
        for node, pref in weights.items():
            d = preference_to_dict(pref)
            method = d.pop("method")
            constraints = d.pop("constraints", None)
            focal = d.pop("focal", None)
            w.append(
                [owner, node, method, _json(d), _json(constraints) if constraints else None, _json(focal)],
                f"weights.{node}",
            )
    w.finish(widths={4: _WIDE, 5: _WIDE, 6: 40})

    w = _SheetWriter(wb, S_PARTICIPANTS, COLUMNS[S_PARTICIPANTS])
    for p in model.participants:
        w.append([p.id, p.name, p.role], f"participants.{p.id}")
    w.finish()

    # Portfolio
    if model.portfolio is not None:
        pf = model.portfolio
        w = _SheetWriter(wb, S_PORTFOLIO, COLUMNS[S_PORTFOLIO])
        if pf.budget is not None:
            w.append(["budget", None, pf.budget])
        for k, v in pf.resources.items():
            w.append(["resource limit", k, v], "portfolio.resources")
        if pf.mandatory:
            w.append(["mandatory", None, _ids(pf.mandatory)])
        if pf.excluded:
            w.append(["excluded", None, _ids(pf.excluded)])
        for first, second in pf.requires:
            w.append(["requires", None, _ids((first, second))])
        for group in pf.exclusive:
            w.append(["exclusive", None, _ids(group)])
        w.finish()

    # Goals and documents
    w = _SheetWriter(wb, S_GOALS, COLUMNS[S_GOALS])
    for g in model.goals:
        w.append([g.id, g.document, g.page, g.quote, g.paraphrase], f"goals.{g.id}")
    w.finish()
    w = _SheetWriter(wb, S_DOCUMENTS, COLUMNS[S_DOCUMENTS])
    for doc in model.documents:
        w.append(
            [
                doc.id,
                doc.title,
                doc.kind,
                doc.decided_by,
                doc.decision_date,
                doc.reference,
                doc.validity,
                doc.source,
            ],
            f"documents.{doc.id}",
        )
    w.finish()
    w = _SheetWriter(wb, S_TEXT, COLUMNS[S_TEXT])
    for doc in model.documents:
        if not doc.text:
            continue
        for page_no, page in enumerate(doc.pages, start=1):
            for part_no, part in enumerate(_chunks(page), start=1):
                w.append([doc.id, page_no, part_no, part])
    w.finish(widths={4: 100})

    # Follow-up
    w = _SheetWriter(wb, S_INDICATORS, COLUMNS[S_INDICATORS])
    for ind in model.followup.indicators:
        base, goal = ind.baseline, ind.target
        w.append(
            [
                ind.id,
                ind.name,
                ind.alternative,
                ind.criterion,
                ind.unit,
                ind.owner,
                ind.source,
                None if base is None else base.value,
                None if base is None else base.date,
                None if goal is None else goal.value,
                None if goal is None else goal.date,
            ],
            f"followup.indicators.{ind.id}",
        )
    w.finish()
    w = _SheetWriter(wb, S_MEASUREMENTS, COLUMNS[S_MEASUREMENTS])
    for i, m in enumerate(model.followup.measurements):
        w.append([m.indicator, m.date, m.value, m.note], f"followup.measurements[{i}]")
    w.finish()

    buf = io.BytesIO()
    with _exact_numbers():
        wb.save(buf)
    return buf.getvalue()


def _wrap_names(w: _SheetWriter, widths: Mapping[str, int]) -> None:
    """Row 1 of a score matrix: the criteria's names wrapped over their columns."""
    wrap = importlib.import_module("openpyxl.styles").Alignment(wrap_text=True, vertical="bottom")
    lines = 1
    for cell in w.ws[1][2:]:
        if isinstance(cell.value, str):
            cell.alignment = wrap
            per_line = max(1, widths.get(unescape_text(cell.value), 20) - 1)
            lines = max(lines, -(-len(cell.value) // per_line))
    w.ws.row_dimensions[1].height = 15 * min(lines, 5)


def _json(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def save_model_xlsx(model: Model, path: str | Path) -> None:
    """Write the model's workbook atomically (raises ModelError or OSError)."""
    from .atomic import atomic_write_bytes

    atomic_write_bytes(Path(path), write_model_xlsx(model))


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------


class _Invalid(Exception):
    pass


@dataclass
class _Cell:
    sheet: str
    coordinate: str
    value: Any

    @property
    def loc(self) -> str:
        return f"{self.sheet}!{self.coordinate}"


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "TRUE/FALSE"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the text {value!r}" if len(value) < 40 else "a text"
    if isinstance(value, dt.datetime | dt.date):
        return "a date"
    return type(value).__name__


class _Reader:
    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.places: dict[str, str] = {}  # a model path (as validation names it) → Sheet!Cell

    def add(self, loc: str, text: str, code: str = "xlsx_bad_cell") -> None:
        self.problems.append(Problem(code, loc, text))

    def fail(self, loc: str, text: str, code: str = "xlsx_bad_cell") -> NoReturn:
        self.add(loc, text, code)
        raise _Invalid

    # cell values -----------------------------------------------------------

    def opt_text(self, c: _Cell) -> str | None:
        v = c.value
        if v is None:
            return None
        if isinstance(v, str):
            return unescape_text(v)
        if isinstance(v, dt.datetime | dt.date):
            return _iso(v)
        self.fail(
            c.loc,
            f"expected text, found {_describe(v)}; write it as text (start it with an apostrophe ')",
            "xlsx_not_text",
        )

    def text(self, c: _Cell, what: str = "a text") -> str:
        v = self.opt_text(c)
        if v is None:
            self.fail(c.loc, f"{what} is required here; the cell is blank", "xlsx_missing_cell")
        return v

    def ident(self, c: _Cell, what: str = "an id") -> str:
        if isinstance(c.value, int | float) and not isinstance(c.value, bool):
            self.fail(
                c.loc,
                f"expected {what}, found {_describe(c.value)}; write the id as text (start it with ')",
                "xlsx_not_text",
            )
        return self.text(c, what)

    def opt_num(self, c: _Cell) -> float | None:
        v = c.value
        if v is None:
            return None
        if isinstance(v, bool) or not isinstance(v, int | float | str):
            self.fail(c.loc, f"expected a number, found {_describe(v)}; type a number", "xlsx_not_number")
        if isinstance(v, str):
            if _INT_RE.fullmatch(v.strip()):
                return int(v)
            self.fail(
                c.loc, f"expected a number, found {_describe(v)}; type a number (not text)", "xlsx_not_number"
            )
        return v

    def num(self, c: _Cell, what: str = "a number") -> float:
        v = self.opt_num(c)
        if v is None:
            self.fail(c.loc, f"{what} is required here; the cell is blank", "xlsx_missing_cell")
        return v

    def opt_whole(self, c: _Cell) -> int | None:
        v = self.opt_num(c)
        if v is None:
            return None
        if isinstance(v, float):
            if not v.is_integer():
                self.fail(c.loc, f"expected a whole number, found {v!r}", "xlsx_not_number")
            return int(v)
        return v

    def whole(self, c: _Cell, what: str = "a whole number") -> int:
        v = self.opt_whole(c)
        if v is None:
            self.fail(c.loc, f"{what} is required here; the cell is blank", "xlsx_missing_cell")
        return v

    def flag(self, c: _Cell) -> bool:
        v = c.value
        if v is None:
            return False
        if isinstance(v, bool):
            return v
        if isinstance(v, int) and v in (0, 1):
            return bool(v)
        self.fail(c.loc, f"expected TRUE or FALSE, found {_describe(v)}", "xlsx_not_flag")

    def id_list(self, c: _Cell) -> tuple[str, ...]:
        text = self.opt_text(c)
        if text is None or not text.strip():
            return ()
        return tuple(part.strip() for part in text.split(","))


def _iso(v: dt.date) -> str:
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time() else v.isoformat()
    return v.isoformat()


@dataclass
class _Row:
    number: int
    cells: dict[str, _Cell]

    def __getitem__(self, key: str) -> _Cell:
        return self.cells[key]


class _Table:
    """A sheet with a header row: its rows as cells keyed by the header names."""

    def __init__(self, r: _Reader, ws: Any, name: str, *, extra_prefix: str | None = None) -> None:
        self.name = name
        self.rows: list[_Row] = []
        self.extra: list[tuple[str, int]] = []  # (name after the prefix, column)
        letter_of = importlib.import_module("openpyxl.utils").get_column_letter
        allowed = COLUMNS[name]
        header: dict[int, str] = {}
        grid = list(ws.iter_rows(values_only=True))
        first = grid[0] if grid else ()
        for col, value in enumerate(first, start=1):
            loc = f"{name}!{letter_of(col)}1"
            if value is None:
                continue
            if not isinstance(value, str):
                r.add(loc, f"a column header must be text, found {_describe(value)}", "xlsx_unknown_column")
                continue
            key = unescape_text(value)
            if extra_prefix is not None and key.startswith(extra_prefix):
                if key[len(extra_prefix) :] in (n for n, _ in self.extra):
                    r.add(loc, f"the column {key!r} appears twice; delete one", "xlsx_unknown_column")
                    continue
                self.extra.append((key[len(extra_prefix) :], col))
                continue
            if key not in allowed:
                hint = f" or '{extra_prefix}NAME'" if extra_prefix else ""
                r.add(
                    loc,
                    f"unknown column {key!r}; the columns of {name} are {', '.join(allowed)}{hint}",
                    "xlsx_unknown_column",
                )
                continue
            if key in header.values():
                r.add(loc, f"the column {key!r} appears twice; delete one", "xlsx_unknown_column")
                continue
            header[col] = key
        missing = [k for k in REQUIRED_COLUMNS[name] if k not in header.values()]
        for k in missing:
            r.add(
                f"{name}!1:1", f"the column {k!r} is missing; add it to the header row", "xlsx_missing_column"
            )
        self.ok = not missing
        by_key = {k: col for col, k in header.items()}
        known_cols = set(header) | {col for _, col in self.extra}
        for i, values in enumerate(grid[1:], start=2):
            if all(v is None for v in values):
                continue
            for col, v in enumerate(values, start=1):
                if v is not None and col not in known_cols:
                    r.add(
                        f"{name}!{letter_of(col)}{i}",
                        "a value in a column without a header; delete it or name the column",
                        "xlsx_unknown_column",
                    )
            cells: dict[str, _Cell] = {}
            for k in allowed:
                at = by_key.get(k)
                if at is None:  # an optional column left out: blank
                    cells[k] = _Cell(name, f"{i}:{i}", None)
                else:
                    cells[k] = _Cell(
                        name, f"{letter_of(at)}{i}", values[at - 1] if at <= len(values) else None
                    )
            for extra_name, col in self.extra:
                cells[extra_prefix + extra_name if extra_prefix else extra_name] = _Cell(
                    name, f"{letter_of(col)}{i}", values[col - 1] if col <= len(values) else None
                )
            self.rows.append(_Row(i, cells))


def _place(r: _Reader, prefix: str, row: _Row, rename: Mapping[str, str] | None = None) -> None:
    """Remember the cells of the row that holds the model item ``prefix``."""
    cells = list(row.cells.items())
    if cells:
        r.places[prefix] = cells[0][1].loc
    for key, cell in cells:
        name = "resources." + key[len(RESOURCE_PREFIX) :] if key.startswith(RESOURCE_PREFIX) else key
        r.places[f"{prefix}.{(rename or {}).get(name, name)}"] = cell.loc


_SHEET_PLACES = {
    "criteria": S_CRITERIA,
    "alternatives": S_ALTERNATIVES,
    "scores": S_SCORES,
    "weights": S_WEIGHTS,
    "participants": S_PARTICIPANTS,
    "portfolio": S_PORTFOLIO,
    "goals": S_GOALS,
    "documents": S_DOCUMENTS,
    "followup.indicators": S_INDICATORS,
    "followup.measurements": S_MEASUREMENTS,
}


def _at_cell(problem: Problem, places: Mapping[str, str]) -> Problem:
    """The problem with the cell that holds its place: ``Alternatives!D2 (alternatives.a.cost)``."""
    loc = problem.location
    best = ""
    for key in places:
        if len(key) > len(best) and (loc == key or loc.startswith((key + ".", key + "["))):
            best = key
    if not best:
        return problem
    return replace(problem, location=f"{places[best]} ({loc})")


def _each(r: _Reader, rows: Sequence[_Row], fn: Callable[[_Row], Any]) -> list[Any]:
    out = []
    for row in rows:
        try:
            out.append(fn(row))
        except _Invalid:
            continue
    return out


def read_model_xlsx(source: bytes | str | Path, *, check: bool = True) -> Model:
    """Read a model workbook (bytes or a path); strict, every problem at once.

    Raises :class:`ModelError` naming ``Sheet!Cell`` for each bad cell; with ``check``
    the model is then validated like a JSON model.
    """
    if isinstance(source, bytes):
        data = source
    else:
        p = Path(source)
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise ModelError(Problem("io", str(p), f"cannot read the file: {exc.strerror or exc}")) from None
    openpyxl = _openpyxl()
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=False, rich_text=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ModelError(
            Problem("xlsx_malformed", "", f"not an Excel workbook (.xlsx) that can be read: {exc}")
        ) from None
    r = _Reader()
    model = None
    try:
        model = _read(r, wb)
    except _Invalid:
        pass
    if r.problems or model is None:
        raise ModelError(r.problems)
    if check:
        places = {**_SHEET_PLACES, **r.places}
        try:
            ensure_valid(model)
        except ModelError as exc:
            raise ModelError([_at_cell(p, places) for p in exc.problems]) from None
    return model


def load_model_xlsx(path: str | Path, *, check: bool = True) -> Model:
    return read_model_xlsx(Path(path), check=check)


_TRUTH_FORMULAS = {"=TRUE()": True, "=FALSE()": False, "=TRUE": True, "=FALSE": False}


def _read(r: _Reader, wb: Any) -> Model:
    sheets: dict[str, Any] = {}
    for ws in wb.worksheets:
        name = _SHEET_ALIASES.get(ws.title, ws.title)
        if name not in SHEETS:
            r.add(
                ws.title,
                f"unknown sheet {ws.title!r}; the sheets of a model are {', '.join(SHEETS)}",
                "xlsx_unknown_sheet",
            )
            continue
        if name in sheets:
            r.add(ws.title, f"the sheet {name!r} appears twice; delete one", "xlsx_unknown_sheet")
            continue
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type != "f":
                    continue
                truth = _TRUTH_FORMULAS.get(str(cell.value).replace(" ", "").upper())
                if truth is not None:  # LibreOffice saves TRUE and FALSE as the formulas TRUE() and FALSE()
                    cell.value = truth
                else:
                    r.add(f"{ws.title}!{cell.coordinate}", "a formula; type the value itself", "xlsx_formula")
        sheets[name] = ws
    for name in (S_MODEL, S_CRITERIA, S_ALTERNATIVES):
        if name not in sheets:
            r.add(name, f"the sheet {name!r} is missing; a model workbook needs it", "xlsx_missing_sheet")

    tables: dict[str, _Table] = {}

    def table(name: str, prefix: str | None = None) -> _Table | None:
        if name not in sheets:
            return None
        if name not in tables:
            tables[name] = _Table(r, sheets[name], name, extra_prefix=prefix)
        return tables[name] if tables[name].ok else None

    name, description, language = _read_model_sheet(r, table(S_MODEL))
    criteria = _read_criteria(r, table(S_CRITERIA), table(S_POINTS))
    alternatives = _read_alternatives(r, table(S_ALTERNATIVES, RESOURCE_PREFIX))
    leaves: dict[str, Scale | None] = {c.id: c.effective_scale for c in _walk(criteria) if c.is_leaf}
    # rows with a bad cell are reported once, not again where other sheets name them
    for cid in _id_cells(table(S_CRITERIA)) - {c.id for c in _walk(criteria)}:
        leaves[cid] = None
    alt_ids = {a.id for a in alternatives} | _id_cells(table(S_ALTERNATIVES, RESOURCE_PREFIX))
    scores = _read_scores(r, sheets.get(S_SCORES), sheets.get(S_RATIONALES), leaves, alt_ids)
    participants = _each(r, _rows(table(S_PARTICIPANTS)), lambda row: _read_participant(r, row))
    weights, by_participant = _read_weights(r, table(S_WEIGHTS), {p.id for p in participants})
    participants = [Participant(p.id, p.name, p.role, by_participant.get(p.id, {})) for p in participants]
    portfolio = None
    if S_PORTFOLIO in sheets:
        portfolio = _read_portfolio(r, table(S_PORTFOLIO))
    goals = _each(r, _rows(table(S_GOALS)), lambda row: _read_goal(r, row))
    documents = _read_documents(r, table(S_DOCUMENTS), table(S_TEXT))
    indicators = _each(r, _rows(table(S_INDICATORS)), lambda row: _read_indicator(r, row))
    measurements = _each(r, _rows(table(S_MEASUREMENTS)), lambda row: _read_measurement(r, row))
    for i, row in enumerate(_rows(table(S_MEASUREMENTS))):
        _place(r, f"followup.measurements[{i}]", row)
    return Model(
        name=name,
        description=description,
        language=language,
        documents=tuple(documents),
        goals=tuple(goals),
        criteria=tuple(criteria),
        alternatives=tuple(alternatives),
        scores=scores,
        weights=weights,
        participants=tuple(participants),
        portfolio=portfolio,
        followup=FollowUp(tuple(indicators), tuple(measurements)),
    )


def _id_cells(t: _Table | None) -> set[str]:
    return {unescape_text(row["id"].value) for row in _rows(t) if isinstance(row["id"].value, str)}


def _rows(t: _Table | None) -> list[_Row]:
    return [] if t is None else t.rows


def _walk(criteria: Sequence[Criterion]) -> Iterator[Criterion]:
    for c in criteria:
        yield from c.walk()


def _read_model_sheet(r: _Reader, t: _Table | None) -> tuple[str, str | None, str | None]:
    values: dict[str, Any] = {}
    seen: dict[str, _Cell] = {}
    for row in _rows(t):
        try:
            key = r.text(row["field"], "a field name")
        except _Invalid:
            continue
        if key not in MODEL_FIELDS:
            r.add(
                row["field"].loc,
                f"unknown field {key!r}; the fields are {', '.join(MODEL_FIELDS)}",
                "xlsx_unknown_field",
            )
            continue
        if key in seen:
            r.add(row["field"].loc, f"the field {key!r} appears twice; delete one row", "xlsx_duplicate")
            continue
        seen[key] = row["value"]
    for key in ("format", "version"):
        if key not in seen:
            r.add(
                f"{S_MODEL}!A:A",
                f"the field {key!r} is missing; add a row {key!r} (see a written workbook)",
                "missing_key",
            )
    try:
        if "format" in seen:
            fmt = r.text(seen["format"])
            if fmt != FORMAT_NAME:
                r.fail(seen["format"].loc, f"expected {FORMAT_NAME!r}, found {fmt!r}", "wrong_format")
        if "version" in seen:
            version = r.whole(seen["version"])
            if version > FORMAT_VERSION:
                r.fail(
                    seen["version"].loc,
                    f"the model is format version {version}, newer than this program reads "
                    f"({FORMAT_VERSION}); update DIVÄ Desktop",
                    "newer_version",
                )
            if version < 1:
                r.fail(seen["version"].loc, f"unknown format version {version}", "wrong_format")
    except _Invalid:
        pass
    for key in ("name", "description", "language"):
        if key in seen:
            r.places[key] = seen[key].loc
            with contextlib.suppress(_Invalid):
                values[key] = r.opt_text(seen[key])
    return values.get("name") or "", values.get("description"), values.get("language")


def _read_criteria(r: _Reader, t: _Table | None, pt: _Table | None) -> list[Criterion]:
    # scale points and levels, by criterion
    points: dict[str, list[_Row]] = {}
    for row in _rows(pt):
        try:
            cid = r.ident(row["criterion"], "the criterion's id")
        except _Invalid:
            continue
        points.setdefault(cid, []).append(row)

    @dataclass
    class Node:
        row: _Row
        crit: Criterion
        parent: str | None

    nodes: list[Node] = []
    ids: dict[str, _Row] = {}
    points_of: dict[str, list[_Row]] = {}
    for row in _rows(t):
        try:
            cid = r.ident(row["id"], "the criterion's id")
            parent = None
            if row["parent"].value is not None:
                parent = r.ident(row["parent"], "the parent's id")
            name = r.text(row["name"], "the criterion's name")
            description = r.opt_text(row["description"])
            unit = r.opt_text(row["unit"])
            goals = r.id_list(row["goals"])
            points_of[cid] = points.pop(cid, []) if cid not in ids else []
            scale = _read_scale(r, row, points_of[cid])
        except _Invalid:
            continue
        if cid in ids:
            r.add(
                row["id"].loc,
                f"the id {cid!r} is already used in row {ids[cid].number}; ids must be unique",
                "xlsx_duplicate",
            )
            continue
        ids[cid] = row
        _place(r, f"criteria.{cid}", row, {"worst": "scale.worst", "best": "scale.best"})
        for i, p in enumerate(points_of.get(cid, [])):
            kind = "points" if isinstance(scale, PiecewiseScale) else "levels"
            r.places[f"criteria.{cid}.scale.{kind}[{i}]"] = p["criterion"].loc
        nodes.append(Node(row, Criterion(cid, name, description, unit, scale, goals), parent))
    for cid, rows in points.items():
        r.add(
            rows[0]["criterion"].loc,
            f"{cid!r} is not a criterion with a piecewise or level scale in {S_CRITERIA}",
            "xlsx_unknown_ref",
        )
    children: dict[str | None, list[Node]] = {}
    for n in nodes:
        if n.parent is not None and n.parent not in ids:
            if n.parent in _id_cells(t):  # the parent's row has a bad cell, reported there
                continue
            r.add(
                n.row["parent"].loc,
                f"unknown parent {n.parent!r}; use the id of a criterion in {S_CRITERIA} or leave it blank",
                "xlsx_unknown_ref",
            )
            continue
        children.setdefault(n.parent, []).append(n)

    built: set[str] = set()

    def build(n: Node, trail: tuple[str, ...]) -> Criterion:
        kids = []
        for ch in children.get(n.crit.id, []):
            if ch.crit.id in trail:
                r.fail(
                    ch.row["parent"].loc,
                    "the criteria's parents form a cycle; a criterion cannot be its own ancestor",
                    "xlsx_cycle",
                )
            kids.append(build(ch, (*trail, ch.crit.id)))
        built.add(n.crit.id)
        c = n.crit
        if kids and c.scale is not None:
            r.add(n.row["scale"].loc, "a criterion with sub-criteria has no scale; leave the scale blank")
        return Criterion(c.id, c.name, c.description, c.unit, c.scale, c.goals, tuple(kids))

    top = []
    for n in children.get(None, []):
        with contextlib.suppress(_Invalid):
            top.append(build(n, (n.crit.id,)))
    for n in nodes:
        if n.crit.id not in built and (n.parent is None or n.parent in ids) and not r.problems:
            r.add(
                n.row["parent"].loc,
                "the criteria's parents form a cycle; a criterion cannot be its own ancestor",
                "xlsx_cycle",
            )
    return top


def _read_scale(r: _Reader, row: _Row, points: list[_Row]) -> Scale | None:
    kind = r.opt_text(row["scale"])
    if kind is None:
        if row["worst"].value is not None or row["best"].value is not None:
            r.fail(
                row["worst"].loc,
                "worst and best belong to a linear scale; write 'linear' in the scale column",
            )
        if points:
            r.fail(
                row["scale"].loc,
                f"the criterion has rows in {S_POINTS}; write piecewise or levels as its scale",
            )
        return None
    if kind != "linear" and (row["worst"].value is not None or row["best"].value is not None):
        r.fail(row["worst"].loc, f"worst and best belong to a linear scale, not {kind!r}; clear them")
    if kind == "linear":
        if points:
            r.fail(points[0]["criterion"].loc, f"a linear scale has no rows in {S_POINTS}; delete them")
        worst = r.opt_num(row["worst"])
        best = r.opt_num(row["best"])
        return LinearScale(0 if worst is None else worst, 10 if best is None else best)
    if kind == "piecewise":
        pts = []
        for p in points:
            if p["label"].value is not None:
                r.fail(p["label"].loc, "a piecewise scale's points have no labels; clear the cell")
            pts.append((r.num(p["x"], "the point's x"), r.num(p["value"], "the point's value")))
        return PiecewiseScale(tuple(pts))
    if kind == "levels":
        levels = []
        for p in points:
            if p["x"].value is not None:
                r.fail(p["x"].loc, "a level has a label, not an x; clear the cell")
            levels.append(
                Level(r.text(p["label"], "the level's label"), r.num(p["value"], "the level's value"))
            )
        return LevelsScale(tuple(levels))
    r.fail(
        row["scale"].loc, f"unknown scale type {kind!r}; use linear, piecewise or levels (blank: linear 0–10)"
    )


def _read_alternatives(r: _Reader, t: _Table | None) -> list[Alternative]:
    if t is None:
        return []
    names = [n for n, _ in t.extra]

    def one(row: _Row) -> Alternative:
        resources: dict[str, float] = {}
        for n in names:
            v = r.opt_num(row[RESOURCE_PREFIX + n])
            if v is not None:
                resources[n] = v
        cost = r.opt_num(row["cost"])
        alt = Alternative(
            id=r.ident(row["id"], "the alternative's id"),
            name=r.text(row["name"], "the alternative's name"),
            description=r.opt_text(row["description"]),
            cost=0 if cost is None else cost,
            resources=resources,
            do_nothing=r.flag(row["do_nothing"]),
        )
        _place(r, f"alternatives.{alt.id}", row)
        return alt

    return _each(r, t.rows, one)


def _read_score_cell(r: _Reader, c: _Cell, scale: Scale | None) -> float | str:
    v = c.value
    if isinstance(v, str):
        text = unescape_text(v)
        if not isinstance(scale, LevelsScale) and _INT_RE.fullmatch(text):
            return int(text)
        return text
    if isinstance(v, bool) or not isinstance(v, int | float):
        r.fail(c.loc, f"expected a number or a level label, found {_describe(v)}")
    return v


def _read_scores(
    r: _Reader, ws: Any, rs: Any, leaves: dict[str, Scale | None], alternatives: set[str]
) -> dict[str, dict[str, Score]]:
    if ws is None:
        if rs is not None:
            r.add(S_RATIONALES, f"rationales need the {S_SCORES} sheet")
        return {}
    letter = importlib.import_module("openpyxl.utils").get_column_letter
    grid = list(ws.iter_rows(values_only=True))

    def at(row: int, col: int) -> Any:
        return grid[row - 1][col - 1] if row <= len(grid) and col <= len(grid[row - 1]) else None

    def cell(row: int, col: int, sheet: str = S_SCORES) -> _Cell:
        return _Cell(sheet, f"{letter(col)}{row}", at(row, col))

    if at(2, 1) != "alternative":
        r.add(
            f"{S_SCORES}!A2",
            "row 2 holds the criteria's ids and starts with 'alternative'; restore the header",
            "xlsx_bad_header",
        )
        return {}
    width = max((len(x) for x in grid), default=0)
    columns: list[tuple[str, int]] = []
    for col in range(3, width + 1, 2):
        key = at(2, col)
        if key is None:
            if any(at(i, col) is not None or at(i, col + 1) is not None for i in range(4, len(grid) + 1)):
                r.add(
                    f"{S_SCORES}!{letter(col)}2",
                    "scores in a column without a criterion id; write the leaf's id in row 2",
                    "xlsx_bad_header",
                )
            continue
        try:
            cid = r.ident(cell(2, col), "a leaf criterion's id")
        except _Invalid:
            continue
        if at(3, col) != "score" or at(3, col + 1) != "to" or at(2, col + 1) is not None:
            r.add(
                f"{S_SCORES}!{letter(col)}3",
                "each criterion has two columns, 'score' and 'to' (row 3), with the id above 'score'; restore the header",
                "xlsx_bad_header",
            )
            continue
        if leaves and cid not in leaves:
            r.add(cell(2, col).loc, f"{cid!r} is not a leaf criterion in {S_CRITERIA}", "xlsx_unknown_ref")
            continue
        if cid in (k for k, _ in columns):
            r.add(
                cell(2, col).loc, f"the criterion {cid!r} has two column pairs; delete one", "xlsx_duplicate"
            )
            continue
        columns.append((cid, col))
    out: dict[str, dict[str, Score]] = {}
    rows_of: dict[str, int] = {}
    for i in range(4, len(grid) + 1):
        if all(v is None for v in grid[i - 1]):
            continue
        try:
            aid = r.ident(cell(i, 1), "the alternative's id")
        except _Invalid:
            continue
        if alternatives and aid not in alternatives:
            r.add(cell(i, 1).loc, f"{aid!r} is not an alternative in {S_ALTERNATIVES}", "xlsx_unknown_ref")
            continue
        if aid in out:
            r.add(
                cell(i, 1).loc,
                f"the alternative {aid!r} already has scores in row {rows_of[aid]}; merge the rows",
                "xlsx_duplicate",
            )
            continue
        rows_of[aid] = i
        r.places[f"scores.{aid}"] = cell(i, 1).loc
        row: dict[str, Score] = {}
        for cid, col in columns:
            lo, hi = cell(i, col), cell(i, col + 1)
            r.places[f"scores.{aid}.{cid}"] = lo.loc
            if lo.value is None and hi.value is None:
                continue
            try:
                if lo.value is None:
                    r.fail(lo.loc, f"an interval needs its low end here (its high end is in {hi.coordinate})")
                scale = leaves.get(cid)
                low = _read_score_cell(r, lo, scale)
                high = low if hi.value is None else _read_score_cell(r, hi, scale)
                if isinstance(low, str) != isinstance(high, str):
                    r.fail(hi.loc, "an interval is two numbers or two level labels; not one of each")
                row[cid] = Score(low, high)
            except _Invalid:
                continue
        out[aid] = row
    if rs is not None:
        _read_rationales(r, rs, out)
    return out


def _read_rationales(r: _Reader, ws: Any, scores: dict[str, dict[str, Score]]) -> None:
    letter = importlib.import_module("openpyxl.utils").get_column_letter
    grid = list(ws.iter_rows(values_only=True))
    if not grid or len(grid) < 2 or grid[1][0] != "alternative":
        if any(any(v is not None for v in row) for row in grid):
            r.add(
                f"{S_RATIONALES}!A2",
                "row 2 holds the criteria's ids and starts with 'alternative'; restore the header",
                "xlsx_bad_header",
            )
        return
    ids: dict[int, str] = {}
    for col in range(3, len(grid[1]) + 1):
        v = grid[1][col - 1]
        if v is None:
            continue
        c = _Cell(S_RATIONALES, f"{letter(col)}2", v)
        with contextlib.suppress(_Invalid):
            ids[col] = r.ident(c, "a leaf criterion's id")
    seen: set[str] = set()
    for i in range(3, len(grid) + 1):
        values = grid[i - 1]
        if all(v is None for v in values):
            continue
        try:
            aid = r.ident(_Cell(S_RATIONALES, f"A{i}", values[0]), "the alternative's id")
        except _Invalid:
            continue
        if aid in seen:
            r.add(
                f"{S_RATIONALES}!A{i}", f"the alternative {aid!r} has two rows; merge them", "xlsx_duplicate"
            )
            continue
        seen.add(aid)
        for col in range(3, len(values) + 1):
            v = values[col - 1]
            if v is None:
                continue
            c = _Cell(S_RATIONALES, f"{letter(col)}{i}", v)
            if col not in ids:
                r.add(
                    c.loc,
                    "a rationale in a column without a criterion id; write the leaf's id in row 2",
                    "xlsx_bad_header",
                )
                continue
            try:
                text = r.opt_text(c)
            except _Invalid:
                continue
            s = scores.get(aid, {}).get(ids[col])
            if s is None:
                r.add(
                    c.loc,
                    f"a rationale without a score: {aid!r} has no score on {ids[col]!r} in {S_SCORES}",
                    "xlsx_unknown_ref",
                )
                continue
            scores[aid][ids[col]] = Score(s.low, s.high, text)


def _json_cell(r: _Reader, c: _Cell) -> Any:
    text = r.opt_text(c)
    if text is None:
        return None
    try:
        return json.loads(text, parse_constant=_refuse)
    except ValueError as exc:
        r.fail(c.loc, f"expected JSON as in the JSON model format: {exc}", "xlsx_bad_json")


def _refuse(name: str) -> NoReturn:
    raise ValueError(f"{name} is not allowed")


def _read_weights(
    r: _Reader, t: _Table | None, participants: set[str]
) -> tuple[dict[str, PreferenceSet], dict[str, dict[str, PreferenceSet]]]:
    group: dict[str, PreferenceSet] = {}
    by: dict[str, dict[str, PreferenceSet]] = {}
    for row in _rows(t):
        try:
            owner = (
                None
                if row["participant"].value is None
                else r.ident(row["participant"], "a participant's id")
            )
            if owner is not None and owner not in participants:
                r.fail(
                    row["participant"].loc,
                    f"{owner!r} is not a participant in {S_PARTICIPANTS}",
                    "xlsx_unknown_ref",
                )
            node = r.ident(row["node"], "the node's id")
            method = r.text(row["method"], "the method")
            if method not in _WEIGHT_DETAILS:
                r.fail(
                    row["method"].loc,
                    f"unknown method {method!r}; use point, ranking, car, interval or swing",
                )
            details = _json_cell(r, row["details"])
            constraints = _json_cell(r, row["constraints"])
            focal = _json_cell(r, row["focal"])
            if details is None:
                details = {}
            if not isinstance(details, dict):
                r.fail(
                    row["details"].loc,
                    'expected a JSON object such as {"order": [["a"], ["b"]]}',
                    "xlsx_bad_json",
                )
            bad = [k for k in details if k not in _WEIGHT_DETAILS[method]]
            if bad:
                r.fail(
                    row["details"].loc,
                    f"unknown key {bad[0]!r} for {method}; allowed here: {', '.join(_WEIGHT_DETAILS[method])}",
                    "xlsx_bad_json",
                )
            d: dict[str, Any] = {"method": method, **details}
            if constraints is not None:
                d["constraints"] = constraints
            if focal is not None:
                d["focal"] = focal
            try:
                pref = preference_from_dict(d, row["details"].loc)
            except ModelError as exc:
                r.problems.extend(exc.problems)
                continue
            target = group if owner is None else by.setdefault(owner, {})
            if node in target:
                r.fail(
                    row["node"].loc, f"{node!r} has two rows for the same owner; delete one", "xlsx_duplicate"
                )
            target[node] = pref
            prefix = "weights" if owner is None else f"participants.{owner}.weights"
            r.places[f"{prefix}.{node}"] = row["details"].loc
        except _Invalid:
            continue
    return group, by


def _read_participant(r: _Reader, row: _Row) -> Participant:
    p = Participant(
        id=r.ident(row["id"], "the participant's id"),
        name=r.text(row["name"], "the participant's name"),
        role=r.opt_text(row["role"]),
    )
    _place(r, f"participants.{p.id}", row)
    return p


def _read_portfolio(r: _Reader, t: _Table | None) -> PortfolioConstraints:
    budget = None
    resources: dict[str, float] = {}
    lists: dict[str, tuple[str, ...]] = {}
    requires: list[tuple[str, str]] = []
    exclusive: list[tuple[str, ...]] = []
    for row in _rows(t):
        try:
            setting = r.text(row["setting"], "the setting")
            if setting not in PORTFOLIO_SETTINGS:
                r.fail(
                    row["setting"].loc, f"unknown setting {setting!r}; use {', '.join(PORTFOLIO_SETTINGS)}"
                )
            if setting != "resource limit" and row["resource"].value is not None:
                r.fail(row["resource"].loc, "only a 'resource limit' row names a resource; clear the cell")
            if setting == "budget":
                if budget is not None:
                    r.fail(row["setting"].loc, "the budget appears twice; delete one row", "xlsx_duplicate")
                budget = r.num(row["value"], "the budget")
                r.places["portfolio.budget"] = row["value"].loc
            elif setting == "resource limit":
                name = r.text(row["resource"], "the resource's name")
                if name in resources:
                    r.fail(
                        row["resource"].loc,
                        f"the resource {name!r} has two limits; delete one row",
                        "xlsx_duplicate",
                    )
                resources[name] = r.num(row["value"], "the limit")
                r.places[f"portfolio.resources.{name}"] = row["value"].loc
            elif setting in ("mandatory", "excluded"):
                if setting in lists:
                    r.fail(
                        row["setting"].loc,
                        f"{setting} appears twice; list every id in one row",
                        "xlsx_duplicate",
                    )
                lists[setting] = r.id_list(row["value"])
                r.places[f"portfolio.{setting}"] = row["value"].loc
            elif setting == "requires":
                ids = r.id_list(row["value"])
                if len(ids) != 2:
                    r.fail(row["value"].loc, "expected a pair 'a, b': a only with b")
                r.places[f"portfolio.requires[{len(requires)}]"] = row["value"].loc
                requires.append((ids[0], ids[1]))
            else:
                r.places[f"portfolio.exclusive[{len(exclusive)}]"] = row["value"].loc
                exclusive.append(r.id_list(row["value"]))
        except _Invalid:
            continue
    return PortfolioConstraints(
        budget=budget,
        resources=resources,
        mandatory=lists.get("mandatory", ()),
        excluded=lists.get("excluded", ()),
        requires=tuple(requires),
        exclusive=tuple(exclusive),
    )


def _read_goal(r: _Reader, row: _Row) -> Goal:
    _place(r, f"goals.{r.opt_text(row['id'])}", row)
    return Goal(
        id=r.ident(row["id"], "the goal's id"),
        document=r.ident(row["document"], "the document's id"),
        quote=r.text(row["quote"], "the quote"),
        page=r.opt_whole(row["page"]),
        paraphrase=r.opt_text(row["paraphrase"]),
    )


def _read_documents(r: _Reader, t: _Table | None, tt: _Table | None) -> list[Document]:
    docs = _each(
        r,
        _rows(t),
        lambda row: Document(
            id=r.ident(row["id"], "the document's id"),
            title=r.text(row["title"], "the title"),
            kind=r.opt_text(row["kind"]),
            decided_by=r.opt_text(row["decided_by"]),
            decision_date=r.opt_text(row["decision_date"]),
            reference=r.opt_text(row["reference"]),
            validity=r.opt_text(row["validity"]),
            source=r.opt_text(row["source"]),
        ),
    )
    for row in _rows(t):
        if isinstance(row["id"].value, str):
            _place(r, f"documents.{unescape_text(row['id'].value)}", row)
    known = {d.id for d in docs} | _id_cells(t)
    pages: dict[str, list[list[str]]] = {}
    for row in _rows(tt):
        try:
            doc = r.ident(row["document"], "the document's id")
            if doc not in known:
                r.fail(row["document"].loc, f"{doc!r} is not a document in {S_DOCUMENTS}", "xlsx_unknown_ref")
            page = r.whole(row["page"], "the page number")
            part = 1 if row["part"].value is None else r.whole(row["part"])
            text = r.opt_text(row["text"]) or ""
            doc_pages = pages.setdefault(doc, [])
            if page == len(doc_pages) + 1 and part == 1:
                doc_pages.append([text])
            elif doc_pages and page == len(doc_pages) and part == len(doc_pages[-1]) + 1:
                doc_pages[-1].append(text)
            else:
                expected = (
                    f"page {len(doc_pages)}, part {len(doc_pages[-1]) + 1}" if doc_pages else "page 1, part 1"
                )
                where = f"page {len(doc_pages) + 1}, part 1"
                r.fail(
                    row["page"].loc,
                    f"the text of {doc!r} must come in order: expected {expected} or {where}, found page {page}, part {part}",
                    "xlsx_text_order",
                )
        except _Invalid:
            continue
    out = []
    for d in docs:
        text = "\f".join("".join(parts) for parts in pages.get(d.id, []))
        out.append(
            Document(
                d.id, d.title, d.kind, d.decided_by, d.decision_date, d.reference, d.validity, d.source, text
            )
        )
    return out


def _observation(r: _Reader, value: _Cell, date: _Cell) -> Observation | None:
    v = r.opt_num(value)
    d = r.opt_text(date)
    if v is None:
        if d is not None:
            r.fail(value.loc, "a date without a value; type the value or clear the date")
        return None
    return Observation(v, d)


def _read_indicator(r: _Reader, row: _Row) -> Indicator:
    _place(
        r,
        f"followup.indicators.{r.opt_text(row['id'])}",
        row,
        {
            "baseline": "baseline.value",
            "baseline_date": "baseline.date",
            "target": "target.value",
            "target_date": "target.date",
        },
    )
    return Indicator(
        id=r.ident(row["id"], "the indicator's id"),
        name=r.text(row["name"], "the indicator's name"),
        alternative=None if row["alternative"].value is None else r.ident(row["alternative"]),
        criterion=None if row["criterion"].value is None else r.ident(row["criterion"]),
        unit=r.opt_text(row["unit"]),
        owner=r.opt_text(row["owner"]),
        source=r.opt_text(row["source"]),
        baseline=_observation(r, row["baseline"], row["baseline_date"]),
        target=_observation(r, row["target"], row["target_date"]),
    )


def _read_measurement(r: _Reader, row: _Row) -> Measurement:
    return Measurement(
        indicator=r.ident(row["indicator"], "the indicator's id"),
        date=r.text(row["date"], "the date"),
        value=r.num(row["value"], "the value"),
        note=r.opt_text(row["note"]),
    )
