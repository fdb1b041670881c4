"""The consequence table as a Qt item model: alternatives (rows) × leaf criteria (columns).

:class:`ScoresTableModel` wraps ``document.model``; it never copies scores and never
keeps a ``QModelIndex``. Rows and columns map to the model's alternatives and leaves
(depth-first in tree order); every ``data()`` call reads the document's current model.

Editing goes through the document: a valid edit becomes a ``SetScore`` (one cell) or
``SetScores`` (a pasted block) command, so it can be undone. Text that does not make a
valid score leaves the model unchanged; it is kept as *pending input* of its cell
(shown in red with the reason) until it is corrected or discarded (Esc).

Text input (see :func:`parse_score_text`): a number (``30``, ``30,5`` in Swedish), a
numeric interval (``30–40``, ``30-40``, ``30,5–40``), a level label (``medel``) or a
level interval (``medel–låg``); empty text removes the score (missing).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from diva_desktop.core.errors import DivaError, Problem
from diva_desktop.core.model import (
    Alternative,
    Criterion,
    LevelsScale,
    LinearScale,
    Model,
    PiecewiseScale,
    Scale,
    Score,
)
from diva_desktop.core.validation import errors_of, validate_score

Index = QModelIndex | QPersistentModelIndex

# -- custom roles -------------------------------------------------------------

SCORE_ROLE = Qt.ItemDataRole.UserRole + 1  # Score | None of the model (not the pending text)
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # "ok" | "missing" | "invalid" | "pending"
PROBLEMS_ROLE = Qt.ItemDataRole.UserRole + 3  # list[str]: translated reasons
PENDING_ROLE = Qt.ItemDataRole.UserRole + 4  # str | None: pending (invalid) input
LEVELS_ROLE = Qt.ItemDataRole.UserRole + 5  # list[str] | None: level labels of the column
RATIONALE_ROLE = Qt.ItemDataRole.UserRole + 6  # str: the cell's rationale ("" if none)
VALUE_ROLE = Qt.ItemDataRole.UserRole + 7  # (low, high, focal) on the 0–1 scale, or None
GROUP_ROLE = Qt.ItemDataRole.UserRole + 8  # header: the leaf's ancestors [(id, name)], top first
ID_ROLE = Qt.ItemDataRole.UserRole + 9  # header: the alternative / criterion id

STATUS_OK = "ok"
STATUS_MISSING = "missing"
STATUS_INVALID = "invalid"
STATUS_PENDING = "pending"

INVALID_BACKGROUND = QColor("#f9d2d2")
INVALID_FOREGROUND = QColor("#9a0000")
MISSING_BACKGROUND = QColor("#fff4cc")

# interval separators: en dash, em dash, hyphen-minus, horizontal ellipsis, two dots
_SEPARATORS = ("–", "—", "-", "…", "..")
_NUMBER_CHARS = r"[+\-−]?[0-9][0-9\s.,'\u00a0\u202f]*(?:[eE][+\-−]?[0-9]+)?"
_INTERVAL_RE = re.compile(
    rf"^\s*\[?\s*(?P<low>{_NUMBER_CHARS})\s*(?:–|—|-|…|\.\.|;)\s*(?P<high>{_NUMBER_CHARS})\s*\]?\s*$"
)
_NUMBER_RE = re.compile(rf"^\s*(?P<x>{_NUMBER_CHARS})\s*$")


# -- numbers in the locale ------------------------------------------------------


def format_number(x: float, locale: QLocale) -> str:
    """A score number in the locale, without trailing zeros or group separators."""
    if not math.isfinite(x):
        return str(x)
    s = f"{x:.12g}"
    if "e" in s:
        return locale.toString(float(x), "g", 12)
    decimals = len(s.split(".")[1]) if "." in s else 0
    loc = QLocale(locale)
    loc.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return loc.toString(float(x), "f", decimals)


def parse_number(text: str, locale: QLocale) -> float | None:
    """A number typed in the locale (``30,5`` in Swedish); ``None`` if it is not one.

    Group separators that are spaces are ignored. Where the locale neither uses a
    dot as group separator nor as decimal point, a dot is also read as the
    decimal point (``30.5`` pasted from an English source).
    """
    s = text.strip().replace("\u2212", "-")
    group = locale.groupSeparator()
    s = "".join(ch for ch in s if not ch.isspace())
    if not s:
        return None
    value, ok = locale.toDouble(s)
    if not ok and group not in (".",) and locale.decimalPoint() != ".":
        value, ok = QLocale.c().toDouble(s)
    if not ok or not math.isfinite(value):
        return None
    return float(value)


# -- score text ----------------------------------------------------------------


def format_score(score: Score | None, locale: QLocale) -> str:
    """The text of a score as the table shows it and as the editor starts from."""
    if score is None:
        return ""

    def one(x: object) -> str:
        if isinstance(x, str):
            return x
        if isinstance(x, int | float) and not isinstance(x, bool):
            return format_number(float(x), locale)
        return str(x)

    if score.low == score.high:
        return one(score.low)
    return f"{one(score.low)}–{one(score.high)}"


@dataclass(frozen=True)
class ParsedScore:
    """The outcome of reading a cell's text: a score (``None`` = missing) or problems."""

    score: Score | None
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def _parse_levels(text: str, scale: LevelsScale, loc: str) -> ParsedScore:
    s = text.strip()
    labels = [lv.label for lv in scale.levels]
    folded = {lab.casefold(): lab for lab in labels}
    if s in labels:
        return ParsedScore(Score.point(s))
    if s.casefold() in folded:
        return ParsedScore(Score.point(folded[s.casefold()]))
    # a level interval: try every occurrence of every separator
    for sep in _SEPARATORS:
        start = 0
        while (i := s.find(sep, start)) >= 0:
            left, right = s[:i].strip(), s[i + len(sep) :].strip()
            lo, hi = folded.get(left.casefold()), folded.get(right.casefold())
            if lo is not None and hi is not None:
                score = Score(lo, hi)
                return ParsedScore(score, tuple(errors_of(validate_score(score, scale, loc))))
            start = i + 1
    if _NUMBER_RE.match(s) or _INTERVAL_RE.match(s):
        return ParsedScore(
            None,
            (Problem("level_expected", loc, "a number where a level is expected", params={"value": s}),),
        )
    return ParsedScore(None, (Problem("unknown_level", loc, f"unknown level {s!r}", params={"value": s}),))


def parse_score_text(text: str, scale: Scale, locale: QLocale, loc: str = "score") -> ParsedScore:
    """Read a cell's text as a score on ``scale``.

    Empty text is a missing score. Numbers are read in ``locale``; an interval is
    two numbers (or two levels) joined by ``–``, ``-``, ``—``, ``…`` or ``..``. The
    result is checked with :func:`~diva_desktop.core.validation.validate_score`,
    whose problems are returned unchanged (code and params for the UI's sentence).
    """
    s = text.strip()
    if not s:
        return ParsedScore(None)
    if isinstance(scale, LevelsScale):
        return _parse_levels(s, scale, loc)
    m = _NUMBER_RE.match(s)
    if m:
        x = parse_number(m.group("x"), locale)
        if x is not None:
            score = Score.point(x)
            return ParsedScore(score, tuple(errors_of(validate_score(score, scale, loc))))
    m = _INTERVAL_RE.match(s)
    if m:
        lo = parse_number(m.group("low"), locale)
        hi = parse_number(m.group("high"), locale)
        if lo is not None and hi is not None:
            score = Score(lo, hi)
            return ParsedScore(score, tuple(errors_of(validate_score(score, scale, loc))))
    return ParsedScore(
        None, (Problem("not_a_number", loc, f"{s!r} is not a number or an interval", params={"value": s}),)
    )


def parse_table_text(text: str) -> list[list[str]]:
    """A block copied from a spreadsheet: rows on newlines, cells on tabs.

    Cells the spreadsheet quoted (``"…"``, because they hold a tab, a newline or a
    quote, doubled inside) are unquoted. A final newline ends the last row.
    """
    rows: list[list[str]] = []
    row: list[str] = []
    cell: list[str] = []
    i, n = 0, len(text)
    at_start = True
    while i < n:
        ch = text[i]
        if at_start and ch == '"':
            close = i + 1
            buf: list[str] = []
            while close < n:
                if text[close] == '"':
                    if close + 1 < n and text[close + 1] == '"':
                        buf.append('"')
                        close += 2
                        continue
                    break
                buf.append(text[close])
                close += 1
            after = close + 1
            if close < n and (after >= n or text[after] in "\t\r\n"):
                cell.extend(buf)
                i = after
                at_start = False
                continue
        if ch == "\t":
            row.append("".join(cell))
            cell, at_start = [], True
        elif ch in "\r\n":
            row.append("".join(cell))
            rows.append(row)
            row, cell, at_start = [], [], True
            if ch == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 1
        else:
            cell.append(ch)
            at_start = False
        i += 1
    if cell or row:
        row.append("".join(cell))
        rows.append(row)
    return rows


def _value_interval(scale: Scale, score: Score | None) -> tuple[float, float, float] | None:
    """(low, high, focal) on the 0–1 scale, or ``None`` for an invalid score."""
    from diva_desktop.core.scales import score_values

    try:
        v = score_values(scale, score)
    except DivaError:
        return None
    return (v.low, v.high, v.focal)


class ScoresTableModel(QAbstractTableModel):
    """Alternatives × leaf criteria of ``document.model``, editable through commands.

    Parameters
    ----------
    document
        The open project (``ProjectDocument``): ``model``, ``execute(command)``,
        ``model_changed`` and ``error`` signals.
    """

    def __init__(self, document: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._pending: dict[tuple[str, str], tuple[str, tuple[Problem, ...]]] = {}
        self._last_refused: list[Problem] = []
        self._structure = self._structure_of(document.model)
        document.model_changed.connect(self._on_document_model_changed)
        document.error.connect(self._on_document_error)

    # -- structure ----------------------------------------------------------

    @property
    def document(self) -> Any:
        return self._document

    @property
    def _model(self) -> Model:
        model: Model = self._document.model
        return model

    @staticmethod
    def _structure_of(model: Model) -> tuple[tuple[str, ...], tuple[str, ...]]:
        return (tuple(a.id for a in model.alternatives), tuple(c.id for c in model.leaves()))

    def _leaves(self) -> list[Criterion]:
        leaves = {c.id: c for c in self._model.leaves()}
        return [leaves[i] for i in self._structure[1] if i in leaves]

    def alternative_at(self, row: int) -> Alternative | None:
        ids = self._structure[0]
        if not 0 <= row < len(ids):
            return None
        return self._model.alternative(ids[row])

    def criterion_at(self, column: int) -> Criterion | None:
        ids = self._structure[1]
        if not 0 <= column < len(ids):
            return None
        return self._model.criterion(ids[column])

    def row_of(self, alternative_id: str) -> int:
        try:
            return self._structure[0].index(alternative_id)
        except ValueError:
            return -1

    def column_of(self, criterion_id: str) -> int:
        try:
            return self._structure[1].index(criterion_id)
        except ValueError:
            return -1

    def cell_ids(self, index: Index) -> tuple[str, str] | None:
        """(alternative id, criterion id) of a cell, or ``None`` for an invalid index."""
        if not index.isValid() or index.model() is not self:
            return None
        alts, crits = self._structure
        r, c = index.row(), index.column()
        if not (0 <= r < len(alts) and 0 <= c < len(crits)):
            return None
        return (alts[r], crits[c])

    # -- Qt model API -------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._structure[0])

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._structure[1])

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        ids = self.cell_ids(index)
        if ids is None:
            return None
        alt_id, crit_id = ids
        crit = self._model.criterion(crit_id)
        if crit is None:
            return None
        scale = crit.effective_scale
        score = self._model.score(alt_id, crit_id)
        pending = self._pending.get(ids)
        locale = QLocale()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return pending[0] if pending is not None else format_score(score, locale)
        if role == SCORE_ROLE:
            return score
        if role == PENDING_ROLE:
            return None if pending is None else pending[0]
        if role == LEVELS_ROLE:
            return [lv.label for lv in scale.levels] if isinstance(scale, LevelsScale) else None
        if role == RATIONALE_ROLE:
            return (score.rationale or "") if score is not None else ""
        if role == STATUS_ROLE:
            return self._status(ids, scale, score)
        if role == PROBLEMS_ROLE:
            return self._problem_texts(ids, scale, score)
        if role == VALUE_ROLE:
            return _value_interval(scale, score)
        if role == Qt.ItemDataRole.BackgroundRole:
            status = self._status(ids, scale, score)
            if status in (STATUS_INVALID, STATUS_PENDING):
                return QBrush(INVALID_BACKGROUND)
            if status == STATUS_MISSING:
                return QBrush(MISSING_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._status(ids, scale, score) in (STATUS_INVALID, STATUS_PENDING):
                return QBrush(INVALID_FOREGROUND)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if isinstance(scale, LevelsScale):
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(ids, scale, score)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = pending[0] if pending is not None else format_score(score, locale)
            return text or self.tr("missing")
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self._tooltip(ids, scale, score)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            crit = self.criterion_at(section)
            if crit is None:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{crit.name} ({crit.unit})" if crit.unit else crit.name
            if role == GROUP_ROLE:
                path = self._model.path_to(crit.id)[1:-1]  # without the root and the leaf
                return [(n.id, n.name) for n in path]
            if role == ID_ROLE:
                return crit.id
            if role == Qt.ItemDataRole.ToolTipRole:
                names = [n.name for n in self._model.path_to(crit.id)[1:]]
                return "\n".join([" › ".join(names), self.describe_scale(crit.effective_scale, crit.unit)])
            return None
        alt = self.alternative_at(section)
        if alt is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return alt.name
        if role == ID_ROLE:
            return alt.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if alt.do_nothing:
                return self.tr("{name} (do-nothing alternative)").format(name=alt.name)
            return alt.description or alt.name
        if role == Qt.ItemDataRole.FontRole and alt.do_nothing:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        ids = self.cell_ids(index)
        if ids is None:
            return False
        crit = self._model.criterion(ids[1])
        if crit is None:
            return False
        score = self._model.score(*ids)
        if role == Qt.ItemDataRole.EditRole:
            text = "" if value is None else str(value)
            parsed = parse_score_text(text, crit.effective_scale, QLocale(), f"scores.{ids[0]}.{ids[1]}")
            if not parsed.ok:
                self._set_pending(ids, text, parsed.problems)
                return False
            new = parsed.score
            if new is not None and score is not None and score.rationale:
                new = replace(new, rationale=score.rationale)
            return self._commit_cell(ids, text, new, score)
        if role == SCORE_ROLE:
            if value is not None and not isinstance(value, Score):
                return False
            new = value
            if new is not None and new.rationale is None and score is not None and score.rationale:
                new = replace(new, rationale=score.rationale)
            problems = (
                tuple(errors_of(validate_score(new, crit.effective_scale, f"scores.{ids[0]}.{ids[1]}")))
                if new is not None
                else ()
            )
            if problems:
                self._set_pending(ids, format_score(new, QLocale()), problems)
                return False
            return self._commit_cell(ids, format_score(new, QLocale()), new, score)
        if role == RATIONALE_ROLE:
            if score is None:
                return False
            rationale = str(value or "").strip() or None
            if rationale == score.rationale:
                return True
            return self._execute(self._set_score_command(ids, replace(score, rationale=rationale)))
        return False

    # -- pending input ------------------------------------------------------

    def pending_cells(self) -> dict[tuple[str, str], str]:
        """(alternative, criterion) → the invalid text kept for that cell."""
        return {k: v[0] for k, v in self._pending.items()}

    def discard_pending(self, index: Index) -> bool:
        """Forget the pending input of a cell (the user pressed Esc)."""
        ids = self.cell_ids(index)
        if ids is None or ids not in self._pending:
            return False
        del self._pending[ids]
        self.dataChanged.emit(index, index)
        return True

    def _set_pending(self, ids: tuple[str, str], text: str, problems: Sequence[Problem]) -> None:
        self._pending[ids] = (text, tuple(problems))
        self._emit_cell_changed(ids)

    def _emit_cell_changed(self, ids: tuple[str, str]) -> None:
        r, c = self.row_of(ids[0]), self.column_of(ids[1])
        if r >= 0 and c >= 0:
            ix = self.index(r, c)
            self.dataChanged.emit(ix, ix)

    # -- commands -----------------------------------------------------------

    def _commit_cell(self, ids: tuple[str, str], text: str, new: Score | None, old: Score | None) -> bool:
        if new == old:
            if ids in self._pending:
                del self._pending[ids]
                self._emit_cell_changed(ids)
            return True
        ok = self._execute(self._set_score_command(ids, new))
        if not ok:
            self._set_pending(ids, text, self._last_refused)
            return False
        if ids in self._pending:
            del self._pending[ids]
            self._emit_cell_changed(ids)
        return True

    @staticmethod
    def _set_score_command(ids: tuple[str, str], score: Score | None) -> Any:
        from diva_desktop.core.commands import SetScore

        return discrete(SetScore(alternative=ids[0], criterion=ids[1], score=score))

    def _execute(self, command: Any) -> bool:
        self._last_refused = []
        return bool(self._document.execute(command))

    def set_block(self, row: int, column: int, texts: Sequence[Sequence[str]]) -> tuple[int, int]:
        """Enter a block of texts with its top-left cell at (row, column), as one command.

        Cells outside the table are ignored. Valid cells go into one ``SetScores``
        (one undo step); invalid ones become pending input with their reasons.
        Returns (number of cells changed, number of invalid cells).
        """
        block: dict[tuple[str, str], Score | None] = {}
        invalid: dict[tuple[str, str], tuple[str, tuple[Problem, ...]]] = {}
        cleared: list[tuple[str, str]] = []
        locale = QLocale()
        for dr, line in enumerate(texts):
            alt = self.alternative_at(row + dr)
            if alt is None:
                break
            for dc, text in enumerate(line):
                crit = self.criterion_at(column + dc)
                if crit is None:
                    break
                ids = (alt.id, crit.id)
                parsed = parse_score_text(text, crit.effective_scale, locale, f"scores.{ids[0]}.{ids[1]}")
                if not parsed.ok:
                    invalid[ids] = (text, parsed.problems)
                    continue
                old = self._model.score(*ids)
                new = parsed.score
                if new is not None and old is not None and old.rationale:
                    new = replace(new, rationale=old.rationale)
                cleared.append(ids)
                if new != old:
                    block[ids] = new
        changed = 0
        if block:
            from diva_desktop.core.commands import SetScores

            if self._execute(discrete(SetScores(block=block))):
                changed = len(block)
            else:
                for ids, score in block.items():
                    text = format_score(score, locale)
                    invalid[ids] = (text, tuple(self._last_refused))
                cleared = [ids for ids in cleared if ids not in block]
        for ids in cleared:
            if ids in self._pending:
                del self._pending[ids]
                self._emit_cell_changed(ids)
        for ids, (text, problems) in invalid.items():
            self._set_pending(ids, text, problems)
        return changed, len(invalid)

    # -- status and texts ---------------------------------------------------

    def _score_problems(self, ids: tuple[str, str], scale: Scale, score: Score | None) -> tuple[Problem, ...]:
        if score is None:
            return ()
        return tuple(errors_of(validate_score(score, scale, f"scores.{ids[0]}.{ids[1]}")))

    def _status(self, ids: tuple[str, str], scale: Scale, score: Score | None) -> str:
        if ids in self._pending:
            return STATUS_PENDING
        if self._score_problems(ids, scale, score):
            return STATUS_INVALID
        if score is None:
            return STATUS_MISSING
        return STATUS_OK

    def _problem_texts(self, ids: tuple[str, str], scale: Scale, score: Score | None) -> list[str]:
        pending = self._pending.get(ids)
        problems = pending[1] if pending is not None else self._score_problems(ids, scale, score)
        return [self.describe_problem(p, scale) for p in problems]

    def _tooltip(self, ids: tuple[str, str], scale: Scale, score: Score | None) -> str:
        locale = QLocale()
        lines: list[str] = []
        pending = self._pending.get(ids)
        if pending is not None:
            lines.append(self.tr("Not accepted: “{text}”").format(text=pending[0]))
            lines.extend(self.describe_problem(p, scale) for p in pending[1])
            lines.append(
                self.tr("The model keeps: {score}").format(
                    score=format_score(score, locale) if score is not None else self.tr("missing")
                )
            )
            lines.append(self.tr("Correct the text, or press Esc to discard it."))
            return "\n".join(lines)
        problems = self._score_problems(ids, scale, score)
        if problems:
            lines.append(self.tr("Invalid score:"))
            lines.extend(self.describe_problem(p, scale) for p in problems)
            return "\n".join(lines)
        v = _value_interval(scale, score)
        if score is None:
            lines.append(self.tr("Missing score: treated as the whole scale (value 0–1)."))
        elif v is not None:
            low, high, focal = v
            if abs(high - low) < 1e-12:
                lines.append(self.tr("Value on the 0–1 scale: {value}").format(value=_fmt_value(low, locale)))
            else:
                lines.append(
                    self.tr("Value on the 0–1 scale: {low}–{high} (focal {focal})").format(
                        low=_fmt_value(low, locale),
                        high=_fmt_value(high, locale),
                        focal=_fmt_value(focal, locale),
                    )
                )
        if score is not None and score.rationale:
            lines.append(self.tr("Rationale: {text}").format(text=score.rationale))
        return "\n".join(lines)

    def describe_problem(self, problem: Problem, scale: Scale) -> str:
        """A translated sentence for a score problem (core codes and the parser's)."""
        locale = QLocale()
        p: Mapping[str, Any] = problem.params
        levels = ", ".join(lv.label for lv in scale.levels) if isinstance(scale, LevelsScale) else ""
        code = problem.code
        if code == "not_a_number":
            return self.tr("“{text}” is not a number or an interval; write e.g. 30 or 30–40.").format(
                text=p.get("value", "")
            )
        if code == "score_out_of_scale":
            return self.tr("{value} is outside the scale; allowed range {low}–{high}.").format(
                value=format_number(float(p.get("value", math.nan)), locale),
                low=format_number(float(p.get("low", math.nan)), locale),
                high=format_number(float(p.get("high", math.nan)), locale),
            )
        if code == "unknown_level":
            return self.tr("“{text}” is not a level of this scale; the levels are: {levels}.").format(
                text=p.get("value", ""), levels=levels
            )
        if code == "level_expected":
            return self.tr("This criterion is scored with levels: {levels}.").format(levels=levels)
        if code == "number_expected":
            return self.tr("This criterion takes numbers, e.g. 30 or 30–40.")
        if code == "interval_reversed":
            return self.tr("The interval is reversed; write the lower end first.")
        if code == "not_finite":
            return self.tr("Not a finite number.")
        from diva_desktop.ui.messages import problem_text

        return problem_text(problem, self._model)

    def describe_scale(self, scale: Scale, unit: str | None = None) -> str:
        """A translated one-line description of a scale (header tooltip, side editor)."""
        locale = QLocale()
        u = f" {unit}" if unit else ""
        if isinstance(scale, LinearScale):
            return self.tr("Linear scale: worst {worst}, best {best}").format(
                worst=format_number(scale.worst, locale) + u, best=format_number(scale.best, locale) + u
            )
        if isinstance(scale, PiecewiseScale):
            pts = "; ".join(
                f"{format_number(x, locale)}{u} → {_fmt_value(v, locale)}" for x, v in scale.points
            )
            return self.tr("Piecewise scale: {points}").format(points=pts)
        levels = ", ".join(f"{lv.label} ({_fmt_value(lv.value, locale)})" for lv in scale.levels)
        return self.tr("Levels: {levels}").format(levels=levels)

    # -- document signals ---------------------------------------------------

    def _on_document_error(self, problems: list[Problem]) -> None:
        self._last_refused = list(problems)

    def _on_document_model_changed(self, changes: Any) -> None:
        if not _affects(changes, ("scores", "criteria", "alternatives")):
            return
        structure = self._structure_of(self._model)
        if structure != self._structure:
            self.beginResetModel()
            self._structure = structure
            alts, crits = set(structure[0]), set(structure[1])
            self._pending = {k: v for k, v in self._pending.items() if k[0] in alts and k[1] in crits}
            self.endResetModel()
            return
        rows, cols = len(structure[0]), len(structure[1])
        if rows and cols:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, cols - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, cols - 1)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, rows - 1)


def cell_data(index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    """``index``'s data for ``role``, asked of its model directly.

    Do not use ``QModelIndex.data()`` from Python here: PySide6 6.12 (CPython 3.11)
    returns an invalid QVariant as ``None`` without taking a reference, so every
    such call lowers ``None``'s reference count until the interpreter aborts
    ("deallocating None"). Calling the Python model's ``data()`` avoids the
    conversion.
    """
    model = index.model()
    if model is None:
        return None
    return model.data(index, role)


def discrete(command: Any) -> Any:
    """``command`` as an undo step of its own, never merged with the one before.

    The core merges consecutive commands on the same target (``SetScore`` on one
    cell, ``SetWeights`` on one node) because it cannot tell typing or dragging from
    separate edits. A committed cell or a released slider is a separate edit: it is
    wrapped in a one-command :class:`~diva_desktop.core.commands.Batch` with the same
    code and params (so the same undo label), which does not merge.
    """
    from diva_desktop.core.commands import Batch

    return Batch(command.code, dict(command.params), (command,))


def _fmt_value(v: float, locale: QLocale) -> str:
    return locale.toString(float(v), "f", 2)


def _affects(changes: Any, parts: Sequence[str]) -> bool:
    """Whether a document ChangeSet names one of ``parts`` (unknown shapes: assume yes)."""
    if changes is None:
        return True
    for part in parts:
        flag = getattr(changes, part, None)
        if flag:
            return True
    return all(not hasattr(changes, part) for part in parts)
