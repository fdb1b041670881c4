"""Reports for residents and decision-makers, in HTML and PDF, without Qt.

:func:`~.content.build_report` builds a report's content from a model with the
core's analyses; :func:`~.html.render_html` and :func:`~.pdf.render_pdf` render
it; :func:`render` picks the format from a file suffix and :func:`write_report`
writes the file atomically (readers see the old file or the complete new one).
The command ``diva report`` and the GUI's Reports step both use these.
"""

from __future__ import annotations

from pathlib import Path

from ..core.model import Model
from ..core.progress import CancelToken, Progress
from ..io.atomic import atomic_write_bytes
from .content import (
    AUDIENCES,
    DEFAULT_AUDIENCE,
    SAMPLES,
    SEED,
    Results,
    build_report,
    compute_results,
    report_language,
)
from .tree import Report

FORMATS = {".html": "html", ".htm": "html", ".pdf": "pdf"}

__all__ = [
    "AUDIENCES",
    "DEFAULT_AUDIENCE",
    "FORMATS",
    "SAMPLES",
    "SEED",
    "Report",
    "Results",
    "build_report",
    "compute_results",
    "format_of",
    "render",
    "report_language",
    "write_report",
]


def format_of(path: Path | str) -> str | None:
    """``"html"`` or ``"pdf"`` from a file's suffix; ``None`` for any other suffix."""
    return FORMATS.get(Path(path).suffix.lower())


def render(report: Report, fmt: str) -> bytes:
    """The report's bytes in ``fmt`` (``"html"``, UTF-8, or ``"pdf"``)."""
    if fmt == "html":
        from .html import render_html

        return render_html(report).encode("utf-8")
    if fmt == "pdf":
        from .pdf import render_pdf

        return render_pdf(report)
    raise ValueError(f"unknown report format {fmt!r}; choose html or pdf")


def write_report(
    model: Model,
    path: Path,
    *,
    audience: str = DEFAULT_AUDIENCE,
    language: str | None = None,
    date: str | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Report:
    """Build, render (format from ``path``'s suffix) and write a report atomically.

    Nothing is written when building or rendering fails. Raises ``ValueError``
    for a suffix other than .html/.htm/.pdf, the core's ``ModelError`` for an
    invalid model and ``OSError`` when the file cannot be written.
    """
    fmt = format_of(path)
    if fmt is None:
        raise ValueError(f"{path.name}: a report is written as .pdf or .html")
    report = build_report(
        model, audience=audience, language=language, date=date, progress=progress, cancel=cancel
    )
    atomic_write_bytes(path, render(report, fmt))
    return report
