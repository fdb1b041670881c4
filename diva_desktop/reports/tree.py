"""The content of a report: a small tree of sections, paragraphs, tables and figures.

:mod:`.content` builds it from a model and the core's results; :mod:`.html` and
:mod:`.pdf` render the same tree. Every text in it is final (translated and
formatted): the renderers add no words of their own except what they are given
in :class:`Report` (title page, labels).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypeAlias


@dataclass(frozen=True)
class Paragraph:
    """A paragraph; ``lead`` is printed in bold before the text. ``kind``: body, summary or note."""

    text: str
    lead: str = ""
    kind: str = "body"


@dataclass(frozen=True)
class Quote:
    """A verbatim passage from a steering document, where it stands, and its plain wording.

    ``text`` is empty where only the plain wording is shown (a row of a table).
    """

    text: str
    source: str
    paraphrase: str = ""


@dataclass(frozen=True)
class Items:
    """A bulleted (or numbered) list."""

    items: tuple[str, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Table:
    """A table with a caption; the first column heads its row.

    ``numeric`` marks right-aligned columns; ``indent`` gives each row's first
    cell an indentation level (criteria trees); ``widths`` are relative column
    widths for the PDF.
    """

    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...] = ()
    indent: tuple[int, ...] = ()
    widths: tuple[float, ...] = ()

    def is_numeric(self, column: int) -> bool:
        return column < len(self.numeric) and self.numeric[column]


@dataclass(frozen=True)
class IntervalRow:
    label: str
    low: float
    focal: float
    high: float


@dataclass(frozen=True)
class BarRow:
    label: str
    value: float
    group: str = ""  # e.g. core / borderline / exterior: picks the colour


@dataclass(frozen=True)
class Figure:
    """A chart with a caption and a text alternative.

    ``kind`` is ``"intervals"`` (``rows`` of :class:`IntervalRow` on a [0, 1]
    axis, focal value marked) or ``"bars"`` (``rows`` of :class:`BarRow`, values
    in [0, 1]); ``axis`` names the axis, ``legend`` maps a bar group to its
    translated name.
    """

    kind: str
    caption: str
    alt: str
    axis: str
    rows: tuple[IntervalRow | BarRow, ...]
    legend: tuple[tuple[str, str], ...] = ()
    percent: bool = False


Block: TypeAlias = Paragraph | Quote | Items | Table | Figure


@dataclass(frozen=True)
class Section:
    title: str
    blocks: tuple[Block, ...] = ()
    subsections: tuple[Section, ...] = ()


@dataclass(frozen=True)
class Report:
    """A complete report.

    ``facts`` holds the key results in machine-readable form (the recommended
    alternative, the portfolio, the seed…) so that tests and scripts can check
    the report against the core without parsing its text.
    """

    language: str
    audience: str
    title: str
    subtitle: str
    date: str
    title_lines: tuple[str, ...]
    sections: tuple[Section, ...]
    labels: dict[str, str] = field(default_factory=dict)
    facts: dict[str, Any] = field(default_factory=dict)
