"""Goals in steering documents: outline, suggested goal statements, vagueness, quotes.

Pure functions over the document text of the model (pages separated by form
feeds, in the *light Markdown* that :mod:`diva_desktop.io.documents` writes:
``#`` headings, ``-``/``1.`` list items, ``a | b | c`` table rows, blank lines
between paragraphs). Plain text and Markdown written by hand work the same way;
numbered headings such as ``3.1 Invånare i centrum`` are recognised in texts
without ``#`` headings.

Suggestions (:func:`suggest_goals`)
    Every heading, list item, table row and sentence is a candidate. A candidate
    gains points for Swedish and English goal markers (*ska*, *målet är*, *vi
    vill*; *shall*, *the goal is*, *we want* — the strongest marker counts), for a
    date (*senast 2027*, *by 2027*), a measure or target value (*80 procent*,
    *36 dagar*, *minst*, *halvera*), a direction (*öka*, *minska*), for standing
    under a goal-like heading (*Strategiska mål*, *Vision*, *Målområden* …), for
    being a list item there or a row of a table with a target column, and loses
    points when it is very short, very long or a question. Candidates with at
    least :data:`MIN_SCORE` points are returned, best first; ties keep the
    document's order. The ranking is deterministic.

Vagueness (:func:`assess`)
    A goal statement names a *measure* (a share, a number, a time, an index …),
    a *target* (a value to reach: *minst 80 procent*, *36 dagar*, *halvera*) and
    a *date* (*senast 2027*). A goal without a measure or without a target is
    *vague*: it cannot be scored as it stands, and the facilitator should ask for
    an operational criterion. A missing date is reported too but alone does not
    make a goal vague, since a steering document's period of validity often
    dates all its goals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from .hierarchy import slugify
from .model import Document, Goal

__all__ = [
    "MIN_SCORE",
    "Assessment",
    "Block",
    "Heading",
    "QuoteMatch",
    "Reason",
    "Suggestion",
    "assess",
    "blocks_of_page",
    "find_quote",
    "new_goal_id",
    "outline",
    "outline_of_pages",
    "section_of",
    "suggest_goals",
]

MIN_SCORE = 3
"""The least score of a returned suggestion."""


# ---------------------------------------------------------------------------
# Structure: blocks and headings
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    """A heading: its text, level (1 = top), page (1-based) and offset in the page text."""

    text: str
    level: int
    page: int
    start: int = 0


@dataclass(frozen=True)
class Block:
    """A unit of a page's text: ``page_text[start:end]`` is its text without markers.

    ``kind`` is ``"heading"``, ``"item"`` (list item), ``"row"`` (table row),
    ``"header_row"`` (a table's first row) or ``"paragraph"``. ``level`` is the
    heading level (0 for other blocks).
    """

    kind: str
    start: int
    end: int
    level: int = 0


_ATX = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_SETEXT = re.compile(r"^[ \t]*(=+|-{3,})[ \t]*$")
_ITEM = re.compile(r"^[ \t]*(?:[-*+•–]|\d{1,3}[.)]|[a-zA-Z][.)])[ \t]+(?=\S)")
_SEP_ROW = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_NUMBERED = re.compile(r"^[ \t]*(\d{1,2}(?:\.\d{1,2}){0,4})\.?[ \t]+([A-ZÅÄÖÉÜ].*)$")


def _is_row(line: str) -> bool:
    s = line.strip()
    return s.startswith("|") or " | " in s


def _trim(text: str, start: int, end: int, chars: str = " \t") -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each line of ``text`` (without the newline)."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line)
        pos += len(line) + 1


def blocks_of_page(text: str, *, numbered_headings: bool = False) -> list[Block]:
    """The blocks of one page's text, in order (see :class:`Block`).

    With ``numbered_headings`` a stand-alone short line such as ``3.1 Invånare i
    centrum`` (a number, a capital, no closing punctuation) is a heading whose
    level is the count of its numbers.
    """
    blocks: list[Block] = []
    para: list[tuple[int, int]] = []  # lines of the open paragraph or item
    para_kind = ""
    in_table = False

    def close() -> None:
        nonlocal para, para_kind
        if para:
            start, end = para[0][0], para[-1][1]
            if para_kind == "item":
                m = _ITEM.match(text[start:end])
                start = start + m.end() if m else start
            start, end = _trim(text, start, end, " \t\n")
            if start < end:
                blocks.append(Block(para_kind, start, end))
        para = []
        para_kind = ""

    for start, end in _lines(text):
        line = text[start:end]
        if not line.strip():
            close()
            continue
        m = _ATX.match(line)
        if m:
            close()
            in_table = False
            hs = start + m.start(2)
            he = start + m.end(2)
            blocks.append(Block("heading", hs, he, len(m.group(1))))
            continue
        if _SETEXT.match(line) and para_kind == "paragraph" and len(para) == 1:
            s, e = _trim(text, para[0][0], para[0][1])
            blocks.append(Block("heading", s, e, 1 if line.strip().startswith("=") else 2))
            para = []
            para_kind = ""
            continue
        if _is_row(line):
            close()
            if _SEP_ROW.match(line):
                continue
            s, e = _trim(text, start, end, " \t|")
            blocks.append(Block("row" if in_table else "header_row", s, e))
            in_table = True
            continue
        in_table = False
        if _ITEM.match(line) and not (numbered_headings and _numbered_heading(line)):
            close()
            para = [(start, end)]
            para_kind = "item"
            continue
        if para:
            para.append((start, end))
        else:
            para = [(start, end)]
            para_kind = "paragraph"
    close()
    if numbered_headings:
        blocks = [_as_numbered_heading(text, b) for b in blocks]
    return blocks


def _numbered_heading(line: str) -> re.Match[str] | None:
    m = _NUMBERED.match(line)
    if m is None:
        return None
    body = m.group(2).strip()
    if len(body.split()) > 12 or body[-1:] in ".,;:!?" or len(body) < 2:
        return None
    return m


def _as_numbered_heading(text: str, block: Block) -> Block:
    if block.kind not in ("paragraph", "item"):
        return block
    line_start = text.rfind("\n", 0, block.start) + 1
    line = text[line_start : block.end]
    if "\n" in line:
        return block
    m = _numbered_heading(line)
    if m is None:
        return block
    level = m.group(1).count(".") + 1
    s, e = _trim(text, line_start, block.end)
    return Block("heading", s, e, level)


def _has_atx_headings(pages: Sequence[str]) -> bool:
    return any(_ATX.match(line) for page in pages for line in page.split("\n") if line.startswith("#"))


def outline_of_pages(pages: Sequence[str]) -> list[Heading]:
    """The headings of a document given as page texts, in order."""
    numbered = not _has_atx_headings(pages)
    out: list[Heading] = []
    for i, page in enumerate(pages):
        for b in blocks_of_page(page, numbered_headings=numbered):
            if b.kind == "heading":
                out.append(Heading(" ".join(page[b.start : b.end].split()), b.level, i + 1, b.start))
    return out


def outline(document: Document) -> list[Heading]:
    """The headings of a model document."""
    return outline_of_pages(document.pages)


def section_of(headings: Sequence[Heading], page: int, offset: int, level: int) -> Heading | None:
    """The heading of level ≤ ``level`` under which position ``(page, offset)`` lies."""
    found = None
    for h in headings:
        if (h.page, h.start) > (page, offset):
            break
        if h.level <= level:
            found = h
    return found


# ---------------------------------------------------------------------------
# Measures, targets, dates
# ---------------------------------------------------------------------------

_YEAR = r"(?:19|20)\d{2}"
_NUM = r"\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?"
_PERCENT = re.compile(rf"{_NUM}\s*(?:%|procent(?:enheter)?\b|percent\b|per cent\b)", re.IGNORECASE)
_UNIT_NUMBER = re.compile(
    rf"\b{_NUM}\s*(?:kr|kronor|mkr|msek|tkr|miljon(?:er)?|miljard(?:er)?|sek|dagar|dygn|timmar|"
    r"veckor|månader|minuter|sekunder|ton|st|stycken|ärenden|invånare|medarbetare|besök|"
    r"days|hours|weeks|months|minutes|tonnes|tons|million|cases|visits)\b",
    re.IGNORECASE,
)
_MEASURE_WORD = re.compile(
    r"\b(?:andel(?:en|ar)?|antal(?:et)?|nöjd\w*|nki|index\w*|kostnad\w*|\w{3,}tid(?:en|er)?|"
    r"väntetid\w*|nyckeltal\w*|indikator\w*|mätbar\w*|utsläpp\w*|energianvändning\w*|"
    r"share|proportion|number of|rate|index|score|cost|costs|time|satisfaction|emissions)\b",
    re.IGNORECASE,
)
_COMPARATIVE_NUMBER = re.compile(
    rf"\b(?:minst|högst|max(?:imalt)?|under|över|mer än|mindre än|fler än|färre än|till|med|från|"
    rf"at least|at most|below|above|more than|less than|fewer than|to|by|from)\s+(?!{_YEAR}\b){_NUM}",
    re.IGNORECASE,
)
_TARGET_WORD = re.compile(
    r"\b(?:halvera\w*|fördubbla\w*|tredubbla\w*|noll\b|halve\w*|double\w*|zero)\b", re.IGNORECASE
)
_DATE = re.compile(
    rf"\b(?:{_YEAR}-\d{{2}}-\d{{2}}|(?:januari|februari|mars|april|maj|juni|juli|augusti|september|"
    rf"oktober|november|december|january|february|march|may|june|july|august|october)\s+{_YEAR}|{_YEAR})\b",
    re.IGNORECASE,
)
_DEADLINE = re.compile(
    rf"\b(?:senast|till|före|innan|inom|år|under|by|until|before|in)\s+(?:år\s+|utgången av\s+|the end of\s+)?{_YEAR}\b",
    re.IGNORECASE,
)
_BARE_NUMBER = re.compile(rf"(?<![\d.,§/-])\b(?!{_YEAR}\b){_NUM}\b(?![./-]\d)")


@dataclass(frozen=True)
class Assessment:
    """What a goal statement names: each the matched words, or ``None``."""

    measure: str | None
    target: str | None
    date: str | None

    @property
    def vague_reasons(self) -> tuple[str, ...]:
        """``"no_measure"``, ``"no_target"``, ``"no_date"`` for what is missing."""
        missing = []
        if self.measure is None:
            missing.append("no_measure")
        if self.target is None:
            missing.append("no_target")
        if self.date is None:
            missing.append("no_date")
        return tuple(missing)

    @property
    def vague(self) -> bool:
        """True when the statement names no measure or no target (see the module documentation)."""
        return self.measure is None or self.target is None


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    m = pattern.search(text)
    return " ".join(m.group(0).split()) if m else None


def assess(text: str, *, table_row: bool = False, context: str = "") -> Assessment:
    """The measure, target and date a goal statement names.

    ``table_row`` marks a row of a table of indicators, whose numbers are values
    (a baseline and a target); ``context`` is text that dates it (the table's
    header row, e.g. ``Indikator | Baslinje 2024 | Mål 2027``).
    """
    flat = " ".join(text.split())
    percent = _first(_PERCENT, flat)
    unit_number = _first(_UNIT_NUMBER, flat)
    measure = percent or unit_number or _first(_MEASURE_WORD, flat)
    target = (
        _first(_COMPARATIVE_NUMBER, flat)
        if _COMPARATIVE_NUMBER.search(flat) and (percent or unit_number or measure)
        else None
    )
    target = target or percent or unit_number or _first(_TARGET_WORD, flat)
    if table_row:
        number = _first(_BARE_NUMBER, flat)
        target = target or number
        measure = measure or (flat.split("|")[0].strip() or None if number else None)
    date = _first(_DEADLINE, flat) or _first(_DATE, flat)
    if date is None and context:
        date = _first(_DATE, " ".join(context.split()))
    return Assessment(measure, target, date)


# ---------------------------------------------------------------------------
# Suggestions
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Reason:
    """Why a candidate scored: a ``code`` for the UI to translate and the words found.

    Codes: ``marker`` (a goal marker such as *ska*), ``strong_marker`` (*målet
    är*), ``date``, ``measure`` (a value with a unit or a percentage),
    ``direction`` (*öka*, *minska*), ``goal_heading`` (under a goal-like heading),
    ``goal_area`` (a sub-heading under one), ``list_item``, ``target_table`` (a
    row of a table with a target column); penalties ``too_short``, ``too_long``,
    ``question``.
    """

    code: str
    detail: str = ""


@dataclass(frozen=True)
class Suggestion:
    """A candidate goal statement.

    ``text`` is verbatim: ``document.pages[page - 1][start:end]``. ``section`` is
    the nearest heading above it. ``vague`` and ``vague_reasons`` come from
    :func:`assess`.
    """

    text: str
    page: int
    score: int
    reasons: tuple[Reason, ...]
    vague: bool
    vague_reasons: tuple[str, ...]
    start: int = 0
    end: int = 0
    kind: str = "sentence"
    section: str = ""


_GOAL_HEADING = re.compile(
    r"\b(?:mål\w*|delmål\w*|effektmål\w*|målområde\w*|vision\w*|strategi\w*|inriktning\w*|"
    r"prioriterade\w*|prioriteringar|ambition\w*|fokusområde\w*|åtagande\w*|"
    r"goals?|objectives?|targets?|aims?|vision|priorities|ambitions?|commitments?|focus areas?)\b",
    re.IGNORECASE,
)
_STRONG_MARKERS = re.compile(
    r"\b(?:målet är|målet för|vårt mål|målsättningen är|mål är att|ambitionen är|"
    r"the goal is|our goal|the aim is|our aim|the objective is|the target is)\b",
    re.IGNORECASE,
)
_MARKERS = re.compile(
    r"\b(?:ska|skall|vill|kommer att|strävar|eftersträvar|ska verka för|"
    r"shall|will|must|aims? to|we want|seeks? to|strives? to)\b",
    re.IGNORECASE,
)
_DIRECTION = re.compile(
    r"\b(?:öka\w*|minska\w*|höja\w*|sänka\w*|förkorta\w*|förbättra\w*|halvera\w*|fördubbla\w*|"
    r"increase\w*|reduce\w*|decrease\w*|improve\w*|shorten\w*|raise\w*|lower\w*|halve\w*|double\w*)\b",
    re.IGNORECASE,
)
_TARGET_HEADER = re.compile(r"\b(?:mål\w*|målvärde\w*|target\w*|goal\w*)\b", re.IGNORECASE)
_ABBREVIATIONS = (
    "t.ex.", "bl.a.", "m.m.", "d.v.s.", "dvs.", "s.k.", "o.s.v.", "osv.", "ca.", "jfr.", "nr.",
    "kap.", "e.g.", "i.e.", "etc.", "p.g.a.", "pga.", "enl.", "resp.", "st.", "tel.", "fr.o.m.",
    "t.o.m.", "f.d.", "m.fl.", "mr.", "dr.", "no.", "vs.",
)  # fmt: skip
_SENTENCE_END = re.compile(r"[.!?][\"”»)]*(?=\s+[\"“«(]?[A-ZÅÄÖÉÜ0-9])")
_MAX_ITEM_WORDS = 80
_NUMBER_PREFIX = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+")


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each sentence in ``text[start:end]``."""
    s = start
    for m in _SENTENCE_END.finditer(text, start, end):
        before = text[max(s, m.start() - 8) : m.end()].lower()
        last_word = before.split()[-1] if before.split() else ""
        if last_word in _ABBREVIATIONS or re.search(r"(?:^|\s)(?:§|nr|kap)\s*\d+\.$", before):
            continue
        if re.fullmatch(r"\d+\.", last_word) and m.start() - s < 6:
            continue  # "3. …" at the start is a number, not a sentence end
        e = m.end()
        a, b = _trim(text, s, e, " \t\n")
        if a < b:
            yield a, b
        s = e
    a, b = _trim(text, s, end, " \t\n")
    if a < b:
        yield a, b


@dataclass(frozen=True)
class _Candidate:
    page: int
    start: int
    end: int
    kind: str
    headings: tuple[Heading, ...]
    table_header: str = ""


def _document_title(headings: Sequence[Heading]) -> Heading | None:
    """The first heading when it is the only one of the top level (the document's title)."""
    if not headings:
        return None
    top = min(h.level for h in headings)
    first = headings[0]
    if first.level == top and sum(h.level == top for h in headings) == 1:
        return first
    return None


def _candidates(pages: Sequence[str]) -> Iterator[_Candidate]:
    numbered = not _has_atx_headings(pages)
    title = _document_title(outline_of_pages(pages))
    stack: list[Heading] = []
    for i, page in enumerate(pages):
        header = ""
        for b in blocks_of_page(page, numbered_headings=numbered):
            if b.kind == "heading":
                h = Heading(" ".join(page[b.start : b.end].split()), b.level, i + 1, b.start)
                stack = [x for x in stack if x.level < b.level]
                yield _Candidate(i + 1, b.start, b.end, "heading", tuple(stack))
                if h != title:
                    stack.append(h)
                continue
            if b.kind == "header_row":
                header = page[b.start : b.end]
                continue
            if b.kind == "row":
                yield _Candidate(i + 1, b.start, b.end, "row", tuple(stack), header)
                continue
            header = ""
            if b.kind == "item" and len(page[b.start : b.end].split()) <= _MAX_ITEM_WORDS:
                yield _Candidate(i + 1, b.start, b.end, "item", tuple(stack))
                continue
            for s, e in _sentences(page, b.start, b.end):
                yield _Candidate(i + 1, s, e, "sentence", tuple(stack))


def _score(text: str, cand: _Candidate) -> tuple[int, list[Reason]]:
    flat = " ".join(text.split())
    reasons: list[Reason] = []
    score = 0
    goal_heading = next((h for h in reversed(cand.headings) if _GOAL_HEADING.search(h.text)), None)
    if cand.kind == "heading":
        if goal_heading is None or _GOAL_HEADING.search(flat) or len(flat.split()) > 15:
            return 0, []
        return 3, [Reason("goal_area", goal_heading.text)]
    strong = _STRONG_MARKERS.search(flat)
    marker = _MARKERS.search(flat)
    if strong:
        score += 3
        reasons.append(Reason("strong_marker", strong.group(0)))
    elif marker:
        score += 2
        reasons.append(Reason("marker", marker.group(0)))
    deadline = _DEADLINE.search(flat)
    if deadline:
        score += 2
        reasons.append(Reason("date", " ".join(deadline.group(0).split())))
    elif cand.kind != "row" and _DATE.search(flat):
        score += 1
        reasons.append(Reason("date", _DATE.search(flat).group(0)))  # type: ignore[union-attr]
    value = _PERCENT.search(flat) or _UNIT_NUMBER.search(flat)
    if value:
        score += 2
        reasons.append(Reason("measure", " ".join(value.group(0).split())))
    direction = _DIRECTION.search(flat)
    if direction:
        score += 1
        reasons.append(Reason("direction", direction.group(0)))
    if goal_heading is not None:
        score += 2
        reasons.append(Reason("goal_heading", goal_heading.text))
        if cand.kind == "item":
            score += 1
            reasons.append(Reason("list_item"))
    if cand.kind == "row":
        if _TARGET_HEADER.search(cand.table_header) and _BARE_NUMBER.search(flat):
            score += 3
            reasons.append(Reason("target_table", " ".join(cand.table_header.split())))
        elif not reasons:
            return 0, []
    elif not (strong or marker or goal_heading):
        return min(score, MIN_SCORE - 1), reasons  # a fact, not a goal: no marker, no goal section
    words = len(flat.split())
    if words < 4 and cand.kind != "row":
        score -= 2
        reasons.append(Reason("too_short"))
    elif words > 60:
        score -= 1
        reasons.append(Reason("too_long"))
    if flat.endswith("?"):
        score -= 3
        reasons.append(Reason("question"))
    return score, reasons


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def suggest_goals(
    document: Document, *, existing: Iterable[Goal] = (), min_score: int = MIN_SCORE
) -> list[Suggestion]:
    """Candidate goal statements in ``document``, best first (see the module documentation).

    Passages already quoted by one of ``existing`` goals are left out; so are
    repeats of the same text.
    """
    pages = document.pages
    taken = {_norm(g.quote) for g in existing if g.document == document.id}
    seen: set[str] = set()
    found: list[tuple[int, int, int, Suggestion]] = []
    for order, cand in enumerate(_candidates(pages)):
        page_text = pages[cand.page - 1]
        text = page_text[cand.start : cand.end]
        key = _norm(text)
        if not key or key in seen or key in taken:
            continue
        score, reasons = _score(text, cand)
        if score < min_score:
            continue
        seen.add(key)
        a = assess(
            _NUMBER_PREFIX.sub("", text) if cand.kind == "heading" else text,
            table_row=cand.kind == "row",
            context=cand.table_header,
        )
        section = cand.headings[-1].text if cand.headings else ""
        found.append(
            (
                -score,
                order,
                0,
                Suggestion(
                    text=text,
                    page=cand.page,
                    score=score,
                    reasons=tuple(reasons),
                    vague=a.vague,
                    vague_reasons=a.vague_reasons,
                    start=cand.start,
                    end=cand.end,
                    kind=cand.kind,
                    section=section,
                ),
            )
        )
    found.sort(key=lambda t: (t[0], t[1]))
    return [s for *_k, s in found]


# ---------------------------------------------------------------------------
# Quotes and identifiers
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class QuoteMatch:
    """Where a quote stands: ``document.pages[page - 1][start:end]``."""

    page: int
    start: int
    end: int


def _quote_pattern(quote: str) -> re.Pattern[str] | None:
    words = quote.split()
    if not words:
        return None
    # line breaks, indentation, list markers and table bars between words do not matter
    gap = r"(?:\s|\s[-*+•|]\s|\|)+"
    return re.compile(gap.join(re.escape(w) for w in words))


def find_quote(document: Document, quote: str, page: int | None = None) -> QuoteMatch | None:
    """Where ``quote`` stands in ``document`` (whitespace-insensitive), or ``None``.

    The given ``page`` (1-based) is searched first, then the others in order.
    """
    pattern = _quote_pattern(quote)
    if pattern is None:
        return None
    pages = document.pages
    order = list(range(len(pages)))
    if page is not None and 1 <= page <= len(pages):
        order.remove(page - 1)
        order.insert(0, page - 1)
    for i in order:
        m = pattern.search(pages[i])
        if m:
            return QuoteMatch(i + 1, m.start(), m.end())
    return None


def new_goal_id(text: str, taken: Iterable[str]) -> str:
    """A goal identifier from the first words of its text (``g_senast_2027_ska_minst``), unique."""
    words = re.findall(r"\w+", text)[:4]
    base = "g_" + slugify(" ".join(words), "goal")[:30].rstrip("_.-")
    used = set(taken)
    candidate = base
    n = 2
    while candidate in used:
        candidate = f"{base}_{n}"
        n += 1
    return candidate
