"""Steering documents (PDF, Word .docx, plain text, Markdown, HTML) → pages of text.

:func:`extract_document` reads a file and returns an :class:`ExtractedDocument`:
the text page by page, the headings found (with level and page), a guessed title
and decision metadata, and warnings. The text is what the project stores
(:attr:`~diva_desktop.core.model.Document.text`, pages separated by form feeds),
so the original file is not needed afterwards.

The stored text is *light Markdown*, the same for every format, so that the
structure survives in the project file without a field of its own:

- a heading is a line ``# Title``, ``## Section``, ``### Subsection`` …;
- a list item is a line ``- item`` (``1. item`` when numbered), nested items
  indented by two spaces per level;
- a table row is a line ``cell | cell | cell``;
- paragraphs are separated by a blank line; a paragraph may span several lines
  (the lines of the printed page, for a PDF).

:func:`diva_desktop.core.goals.outline` reads the headings back from that text.

Per format:

PDF
    The text layer is read with *pypdf*, page by page, with each line's font
    size and position. Page headers and footers are removed: lines in the top or
    bottom 12 % of the page that repeat, with digits ignored, at the same height on
    at least a fifth of the pages, and lone page numbers ("7", "Sida 7 av 40", "– 7 –"). Lines set
    larger than the body text become headings, their level by size. A vertical gap
    larger than 1.6 line heights starts a new paragraph. A PDF without any text is
    refused (a scanned document needs text recognition first); a password-protected,
    damaged or truncated PDF is refused with a message that says which. When the
    *pypdfium2* package (PDFium, the PDF engine of Chromium) is installed it reads
    the PDF instead of pypdf, ten to twenty times faster (see
    ``bench/bench_documents.py``); the lines, sizes and positions it gives go through
    the same steps.
Word (.docx)
    Read with *python-docx*: paragraphs, tables and lists in document order.
    The style *Title* gives a level-1 heading, *Heading n* (also localised names
    such as *Rubrik n*, and paragraphs with an outline level) level n + 1; list
    paragraphs keep their bullet or number and nesting. Pages follow the page breaks
    that Word saved with the file; without them, the hard page breaks. Headers and
    footers live outside the body and are not read. A file that is not really a
    .docx (an old .doc, a PDF, an OpenDocument file …) is named for what it is.
Plain text and Markdown
    Decoded as UTF-8 (with or without a byte order mark), else as Windows-1252
    with a warning. Form feeds separate pages. The text is kept as it is.
HTML
    Read with the standard library's HTML parser: headings, paragraphs, list
    items and table rows become the light Markdown above; scripts, styles and
    navigation are skipped.

Long work takes ``progress`` (a fraction in [0, 1]) and ``cancel`` (a
:class:`~diva_desktop.core.progress.CancelToken`), as all long work in the core.
"""

from __future__ import annotations

import contextlib
import html
import logging
import math
import re
import unicodedata
import warnings
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, NamedTuple

from ..core.errors import DivaError, Problem
from ..core.goals import Heading, outline_of_pages
from ..core.hierarchy import unique_id
from ..core.model import DOCUMENT_KINDS, Document
from ..core.progress import CancelToken, Progress, check, stage, throttled

__all__ = [
    "SUPPORTED_SUFFIXES",
    "CorruptDocumentError",
    "DocumentImportError",
    "DocumentMetadata",
    "EmptyDocumentError",
    "EncryptedDocumentError",
    "ExtractedDocument",
    "Heading",
    "NoTextLayerError",
    "UnsupportedDocumentError",
    "extract_document",
    "guess_metadata",
    "sniff_format",
]

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt", ".text", ".md", ".markdown", ".htm", ".html", ".xhtml")

# ---------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------


class DocumentImportError(DivaError):
    """A document cannot be imported. ``problems[0]`` has the code; its ``params["file"]`` the file name."""

    def __init__(self, code: str, path: Path | str, text: str, **params: object) -> None:
        name = Path(path).name
        super().__init__(Problem(code, "", text, "error", {"file": name, **params}))

    @property
    def code(self) -> str:
        return self.problems[0].code


class NoTextLayerError(DocumentImportError):
    """A PDF without a text layer (a scanned document)."""


class EncryptedDocumentError(DocumentImportError):
    """A password-protected PDF."""


class CorruptDocumentError(DocumentImportError):
    """A damaged or truncated file."""


class EmptyDocumentError(DocumentImportError):
    """A file or document without any text."""


class UnsupportedDocumentError(DocumentImportError):
    """A file type that cannot be imported, or a file that is not what its name says."""


def _warning(code: str, path: Path, text: str, **params: object) -> Problem:
    return Problem(code, "", text, "warning", {"file": path.name, **params})


# ---------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentMetadata:
    """Decision metadata guessed from the first pages (each ``None`` when not found).

    ``validity`` is the period the document says it covers (``"2025–2028"``), or
    the date until which it applies (the model's ``Document.validity``).
    """

    kind: str | None = None
    decided_by: str | None = None
    decision_date: str | None = None
    reference: str | None = None
    validity: str | None = None


@dataclass(frozen=True)
class ExtractedDocument:
    """A document read from a file.

    Attributes
    ----------
    title
        The document's title (file metadata, else its first heading or line, else
        the file name).
    pages
        The text of each page, in light Markdown (see the module documentation).
    structure
        The headings, each with its level (1 = top) and page (1-based).
    warnings
        Problems that did not stop the import (pages without text, a file whose
        name does not match its content …), each with ``severity="warning"``.
    source
        The file name the text came from.
    format
        ``"pdf"``, ``"docx"``, ``"text"``, ``"markdown"`` or ``"html"``.
    metadata
        Decision metadata guessed from the text, for the import dialog to prefill.
    """

    title: str
    pages: tuple[str, ...]
    structure: tuple[Heading, ...] = ()
    warnings: tuple[Problem, ...] = ()
    source: str = ""
    format: str = ""
    metadata: DocumentMetadata = field(default_factory=DocumentMetadata)

    @property
    def text(self) -> str:
        """All pages separated by form feeds (the project's ``Document.text``)."""
        return "\f".join(self.pages)

    def to_document(
        self,
        document_id: str | None = None,
        *,
        taken: Sequence[str] = (),
        title: str | None = None,
        kind: str | None = None,
        decided_by: str | None = None,
        decision_date: str | None = None,
        reference: str | None = None,
        validity: str | None = None,
    ) -> Document:
        """A model :class:`Document` with this text; unset metadata is taken from the guess.

        Without ``document_id`` an identifier is made from the file name (or, when
        that is long or missing, the title), unique among ``taken``.
        """
        final_title = title if title is not None else self.title
        m = self.metadata
        stem = Path(self.source).stem if self.source else ""
        basis = stem if stem and len(stem) <= 40 else " ".join(final_title.split()[:4])
        return Document(
            id=document_id or unique_id(basis, taken, "document"),
            title=final_title,
            kind=kind if kind is not None else m.kind,
            decided_by=decided_by if decided_by is not None else m.decided_by,
            decision_date=decision_date if decision_date is not None else m.decision_date,
            reference=reference if reference is not None else m.reference,
            validity=validity if validity is not None else m.validity,
            source=self.source or None,
            text=self.text,
        )


# ---------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------


def sniff_format(data: bytes) -> str:
    """What the first bytes of a file say it is.

    One of ``"pdf"``, ``"zip"`` (a .docx is a zip package), ``"ole"`` (an old
    Office 97–2003 file such as .doc), ``"rtf"``, ``"html"``, ``"binary"`` or
    ``"text"``.
    """
    head = data[:1024]
    if head.lstrip(b"\x00\t\r\n ")[:5] == b"%PDF-" or b"%PDF-" in head:
        return "pdf"
    if head[:4] == b"PK\x03\x04":
        return "zip"
    if head[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return "ole"
    if head[:5] == b"{\\rtf":
        return "rtf"
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in data[:4096].lower():
        return "html"
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary"
    return "text"


_SUFFIX_FORMATS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".htm": "html",
    ".html": "html",
    ".xhtml": "html",
}

_WHAT = {
    "pdf": "a PDF file",
    "zip": "a zip archive",
    "ole": "an old Office 97–2003 file (such as .doc)",
    "rtf": "a Rich Text (.rtf) file",
    "html": "a web page (HTML)",
    "binary": "a binary file",
    "text": "plain text",
}


def extract_document(
    path: str | Path,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    *,
    pdf_backend: str | None = None,
) -> ExtractedDocument:
    """Read a steering document (see the module documentation for each format).

    Parameters
    ----------
    path
        A .pdf, .docx, .txt, .md or .html file.
    progress
        Called with the fraction done (throttled).
    cancel
        Checked between pages; cancelling raises
        :class:`~diva_desktop.core.errors.CancelledError`.
    pdf_backend
        ``"pypdf"`` to read a PDF's text with pypdf even when PDFium is installed
        (for comparisons); ``None`` prefers PDFium.

    Raises
    ------
    DocumentImportError
        One of its subclasses, with a message that says what is wrong and what to do.
    """
    p = Path(path)
    report = throttled(progress)
    report(0.0)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise DocumentImportError(
            "unreadable", p, f"cannot read the file: {exc.strerror or exc}", reason=str(exc.strerror or exc)
        ) from None
    if not data.strip():
        raise EmptyDocumentError("empty_file", p, "the file is empty: it contains no text")
    fmt, notes = _choose_format(p, data)
    check(cancel)
    if fmt == "pdf":
        result = _extract_pdf(p, data, report, cancel, pdf_backend)
    elif fmt == "docx":
        result = _extract_docx(p, data, report, cancel)
    elif fmt == "html":
        result = _extract_html(p, data)
    else:
        result = _extract_plain(p, data, fmt)
    page_list, title, warns = result
    check(cancel)
    pages = tuple(page_list)
    if not any(page.strip() for page in pages):
        raise EmptyDocumentError("empty_document", p, "the document contains no text")
    structure = tuple(outline_of_pages(pages))
    if not title:
        title = _title_from(structure, pages) or p.stem
    metadata = guess_metadata(title, pages)
    report(1.0)
    return ExtractedDocument(
        title=title,
        pages=pages,
        structure=structure,
        warnings=tuple(notes) + tuple(warns),
        source=p.name,
        format=fmt,
        metadata=metadata,
    )


def _choose_format(p: Path, data: bytes) -> tuple[str, list[Problem]]:
    """The reader to use: by content where it is certain, else by the file name."""
    suffix = p.suffix.lower()
    by_name = _SUFFIX_FORMATS.get(suffix)
    sniffed = sniff_format(data)
    if by_name is None and not (sniffed == "pdf" or (sniffed == "zip" and _is_docx_package(data))):
        raise UnsupportedDocumentError(
            "unsupported",
            p,
            f"cannot import {suffix or 'files without an extension'}: import a PDF, a Word document "
            "(.docx), a text file (.txt), Markdown (.md) or a web page (.html)",
            suffix=suffix,
        )
    if sniffed == "pdf":
        notes = []
        if by_name != "pdf":
            notes.append(
                _warning(
                    "renamed",
                    p,
                    f"the file name ends in {suffix or '(nothing)'} but the file is a PDF; it was read as a PDF",
                    suffix=suffix,
                    actual="pdf",
                )
            )
        return "pdf", notes
    if sniffed == "zip" and _is_docx_package(data):
        notes = []
        if by_name != "docx":
            notes.append(
                _warning(
                    "renamed",
                    p,
                    f"the file name ends in {suffix or '(nothing)'} but the file is a Word document; "
                    "it was read as .docx",
                    suffix=suffix,
                    actual="docx",
                )
            )
        return "docx", notes
    if by_name in ("pdf", "docx"):
        expected = "a PDF" if by_name == "pdf" else "a Word document (.docx)"
        what = _WHAT[sniffed]
        if sniffed == "zip":
            what = _zip_kind(data)
        hint = ""
        if sniffed == "ole":
            hint = "; open it in Word or LibreOffice and save it as .docx or PDF"
        elif sniffed in ("text", "html", "rtf"):
            hint = f"; rename it to {'.html' if sniffed == 'html' else '.txt' if sniffed == 'text' else '.rtf'}" + (
                " and import it again" if sniffed != "rtf" else ", open it in Word and save it as .docx"
            )
        raise UnsupportedDocumentError(
            "wrong_content",
            p,
            f"the file is not {expected}: it is {what}{hint}",
            expected=by_name,
            actual=sniffed,
        )
    if sniffed in ("binary", "ole", "zip", "rtf"):
        raise UnsupportedDocumentError(
            "not_text",
            p,
            f"the file is not text: it is {_WHAT[sniffed] if sniffed != 'zip' else _zip_kind(data)}",
            actual=sniffed,
        )
    assert by_name is not None
    if by_name != "html" and sniffed == "html" and by_name == "text":
        return "html", []
    return by_name, []


def _is_docx_package(data: bytes) -> bool:
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _zip_kind(data: bytes) -> str:
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            if "mimetype" in names:
                mime = z.read("mimetype").decode("ascii", "replace").strip()
                if "opendocument.text" in mime:
                    return "an OpenDocument text (.odt); save it as .docx or PDF"
                return f"an OpenDocument file ({mime})"
            if any(n.startswith("xl/") for n in names):
                return "an Excel workbook"
            if any(n.startswith("ppt/") for n in names):
                return "a PowerPoint presentation"
    except (zipfile.BadZipFile, OSError, ValueError):
        return "a damaged zip archive"
    return "a zip archive"


# ---------------------------------------------------------------------------
# Text clean-up shared by the readers
# ---------------------------------------------------------------------------

_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_BULLETS = "•◦▪▫●○■□‣⁃∙·\uf0b7\uf0a7\uf0d8\uf076\uf0fc\u2022"
_BULLET_LINE = re.compile(rf"^\s*[{re.escape(_BULLETS)}]\s*(?:\|\s*)?")
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")
# control and format characters (soft hyphen, zero-width, byte order mark …), not tab
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")


def _clean_line(text: str) -> str:
    """One line of extracted text: ligatures unfolded, soft hyphens and control characters removed."""
    for lig, plain in _LIGATURES.items():
        if lig in text:
            text = text.replace(lig, plain)
    text = _CONTROL.sub("", text.replace("\ufffe", "-"))  # PDFium marks a line-end hyphen U+FFFE
    text = _SPACES.sub(" ", text).strip()
    m = _BULLET_LINE.match(text)
    if m:
        text = "- " + text[m.end() :]
    return unicodedata.normalize("NFC", text)


def _title_from(structure: Sequence[Heading], pages: Sequence[str]) -> str:
    for h in structure:
        if h.text.strip():
            return h.text.strip()
    for page in pages:
        for raw_line in page.splitlines():
            line = raw_line.strip().lstrip("#").strip()
            if line:
                return line[:120]
    return ""


# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------


class _Line(NamedTuple):
    """One printed line: its text, font size (pt), baseline height and boldness."""

    text: str
    size: float
    y: float
    bold: bool


class _RawPage(NamedTuple):
    lines: list[_Line]
    bottom: float
    top: float
    error: str | None
    images: bool = False


@contextlib.contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf's warnings about repairable oddities are not for the user."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _encrypted(p: Path) -> EncryptedDocumentError:
    return EncryptedDocumentError(
        "encrypted",
        p,
        "the PDF is protected with a password, so its text cannot be read. Save or ask for a copy "
        "without password protection and import that",
    )


def _corrupt(p: Path, exc: BaseException) -> CorruptDocumentError:
    return CorruptDocumentError(
        "corrupt",
        p,
        f"the PDF is damaged and cannot be read ({_short(exc)}). Export it again from the program "
        "that made it, or ask for a new copy",
        detail=_short(exc),
    )


def _open_pdf(p: Path, data: bytes) -> Any:
    """A pypdf reader, or the reason why the PDF cannot be read."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = bool(reader.decrypt(""))
            except (DependencyError, NotImplementedError, PdfReadError):
                ok = False
            if not ok:
                raise _encrypted(p)
        n = len(reader.pages)
    except DocumentImportError:
        raise
    except Exception as exc:  # pypdf raises many kinds on damaged files
        raise _corrupt(p, exc) from None
    if n == 0:
        raise EmptyDocumentError("empty_document", p, "the PDF has no pages")
    return reader


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "…"


def _page_lines(page: Any) -> _RawPage:
    """The printed lines of one pypdf page, with font size, height and boldness."""
    box = page.mediabox
    bottom, top = float(box.bottom), float(box.top)
    lines: list[_Line] = []
    parts: list[str] = []
    weight: dict[tuple[float, bool], int] = {}
    first_y: list[float] = []

    def flush() -> None:
        text = "".join(parts)
        if text.strip():
            (size, bold), _n = max(weight.items(), key=lambda kv: (kv[1], kv[0][0]))
            lines.append(_Line(text, size, first_y[0] if first_y else 0.0, bold))
        parts.clear()
        weight.clear()
        first_y.clear()

    def visit(text: str, cm: Sequence[float], tm: Sequence[float], font: Any, size: float) -> None:
        if not text:
            return
        pieces = text.split("\n")
        for i, piece in enumerate(pieces):
            if i:
                flush()
            if not piece:
                continue
            parts.append(piece)
            visible = len(piece.strip())
            if visible:
                a = tm[0] * cm[0] + tm[1] * cm[2]
                b = tm[0] * cm[1] + tm[1] * cm[3]
                scale = math.hypot(a, b) or 1.0
                eff = round(float(size) * scale * 2) / 2
                name = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
                bold = any(w in name for w in ("Bold", "Black", "Heavy", "Semibold", "SemiBold", ",B"))
                key = (eff, bold)
                weight[key] = weight.get(key, 0) + visible
                if not first_y:
                    first_y.append(float(tm[4] * cm[1] + tm[5] * cm[3] + cm[5]))

    try:
        page.extract_text(visitor_text=visit)
    except Exception as exc:  # one bad page must not lose the others
        flush()
        return _RawPage(lines, bottom, top, _short(exc), _has_images(page))
    flush()
    return _RawPage(_merge_cells(lines), bottom, top, None, not lines and _has_images(page))


def _has_images(page: Any) -> bool:
    """Whether the page draws an image (directly or in a form it uses)."""
    try:
        resources = page.get("/Resources")
        stack = [resources.get_object()] if resources is not None else []
        seen = 0
        while stack and seen < 50:
            res = stack.pop()
            seen += 1
            xobjects = res.get("/XObject") if res is not None else None
            if xobjects is None:
                continue
            for ref in xobjects.get_object().values():
                obj = ref.get_object()
                if obj.get("/Subtype") == "/Image":
                    return True
                if obj.get("/Subtype") == "/Form" and obj.get("/Resources") is not None:
                    stack.append(obj["/Resources"].get_object())
        return b"BI" in page.get_contents().get_data() if page.get_contents() is not None else False
    except Exception:
        return False


def _merge_cells(lines: list[_Line]) -> list[_Line]:
    """Consecutive pieces on one baseline (table cells drawn one by one) as one ``a | b`` line."""
    out: list[_Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and abs(prev.y - line.y) < 0.25 * max(line.size, 1.0):
            out[-1] = _Line(f"{prev.text.rstrip()} | {line.text.lstrip()}", prev.size, prev.y, prev.bold)
        else:
            out.append(line)
    return out


def _pdfium() -> Any:
    """The PDFium bindings when installed (much faster than pypdf on long documents), else ``None``."""
    import importlib

    try:
        module = importlib.import_module("pypdfium2")
        importlib.import_module("pypdfium2.raw")
    except ImportError:
        return None
    return module


_BOLD_NAMES = ("Bold", "Black", "Heavy", "Semibold", "SemiBold", ",B")


def _pdfium_lines(textpage: Any, raw: Any) -> list[_Line]:
    """The printed lines of one PDFium text page.

    PDFium gives the page's text in reading order with ``\\r\\n`` between lines, but it
    joins some lines (and table cells) with a space it generates. A generated space
    where the baseline moves starts a new line; one before a wide horizontal gap on
    the same baseline separates table cells (`` | ``).
    """
    import ctypes

    text = textpage.get_text_range()
    n = len(text)
    box = raw.FS_RECTF()
    matrix = raw.FS_MATRIX()
    x = ctypes.c_double()
    y = ctypes.c_double()
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()

    get_box = raw.FPDFText_GetLooseCharBox
    pieces: list[tuple[int, int, str]] = []  # (start, end, separator before the next piece)
    cur = 0
    for m in _BREAK_CHARS.finditer(text):
        i = m.start()
        if m.group() != " ":
            pieces.append((cur, i, "\n"))
            cur = m.end()
            continue
        if not 0 < i < n - 1:
            continue
        get_box(textpage, i, box)
        if box.right - box.left > 0.01:
            continue  # a real space glyph; PDFium's generated spaces have no width
        right0, base0 = box.left, box.bottom
        get_box(textpage, i + 1, box)
        h = max(box.top - box.bottom, 1.0)
        if abs(box.bottom + 0.2 * h - base0) > 0.5 * h:
            pieces.append((cur, i, "\n"))
            cur = i + 1
        elif box.left - right0 > 0.8 * h:
            pieces.append((cur, i, " | "))
            cur = i + 1
    pieces.append((cur, n, "\n"))
    lines: list[_Line] = []
    joined = ""
    first: int | None = None
    for start, end, sep in pieces:
        piece = text[start:end]
        if first is None:
            k = next((j for j, ch in enumerate(piece) if ch.isalnum()), None)
            if k is not None:
                first = start + k
        joined += piece
        if sep == " | ":
            joined += sep
            continue
        if joined.strip() and first is not None:
            size = raw.FPDFText_GetFontSize(textpage, first)
            raw.FPDFText_GetMatrix(textpage, first, matrix)
            scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5 or 1.0
            raw.FPDFText_GetCharOrigin(textpage, first, x, y)
            got = raw.FPDFText_GetFontInfo(textpage, first, name, len(name), flags)
            font = name.value.decode("latin-1", "replace") if got else ""
            lines.append(
                _Line(joined, round(size * scale * 2) / 2, float(y.value), any(b in font for b in _BOLD_NAMES))
            )
        elif joined.strip():
            lines.append(_Line(joined, 0.0, lines[-1].y if lines else 0.0, False))
        joined = ""
        first = None
    return lines


_BREAK_CHARS = re.compile(r"\r\n|[\r\n\f]| ")


def _read_pages_pdfium(
    pdfium: Any, p: Path, data: bytes, report: Progress, cancel: CancelToken | None
) -> tuple[list[_RawPage], str]:
    """Every page's lines and the title from the metadata, through PDFium."""
    raw = pdfium.raw
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == raw.FPDF_ERR_PASSWORD:
            raise _encrypted(p) from None
        raise _corrupt(p, exc) from None
    try:
        n = len(pdf)
        if n == 0:
            raise EmptyDocumentError("empty_document", p, "the PDF has no pages")
        title = ""
        with contextlib.suppress(Exception):
            title = str(pdf.get_metadata_dict().get("Title") or "").strip()
        pages: list[_RawPage] = []
        for i in range(n):
            check(cancel)
            page = pdf[i]
            try:
                _left, bottom, _right, top = page.get_mediabox()
                textpage = page.get_textpage()
                try:
                    lines = _merge_cells(_pdfium_lines(textpage, raw))
                finally:
                    textpage.close()
                images = not lines and any(True for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE]))
                pages.append(_RawPage(lines, float(bottom), float(top), None, images))
            except Exception as exc:  # one bad page must not lose the others
                pages.append(_RawPage([], 0.0, 0.0, _short(exc)))
            finally:
                page.close()
            report((i + 1) / n)
        return pages, title
    finally:
        pdf.close()


def _read_pages_pypdf(reader: Any, report: Progress, cancel: CancelToken | None) -> list[_RawPage]:
    n = len(reader.pages)
    pages = []
    for i in range(n):
        check(cancel)
        pages.append(_page_lines(reader.pages[i]))
        report((i + 1) / n)
    return pages


_PAGE_NUMBER = re.compile(
    r"^[\s\-–—(]*(?:(?:sida|sid\.|s\.|page|p\.)\s*)?\d{1,4}\s*(?:(?:av|of|/|\()\s*\d{1,4}\)?)?[\s\-–—)]*$",
    re.IGNORECASE,
)
_MARGIN = 0.12
_REPEAT_SHARE = 0.2


def _norm_key(text: str) -> str:
    return re.sub(r"\d+", "#", _SPACES.sub(" ", text).strip().lower())


def _remove_headers_footers(pages: list[_RawPage]) -> tuple[list[list[_Line]], list[str]]:
    """Each page's lines without running headers, footers and page numbers.

    A line is a header or footer when it lies in the top or bottom 12 % of its page
    and the same text (digits ignored) stands at the same height on at least a fifth
    of the pages (at least three; two in a document of two or three pages), or when
    it is only a page number. Lines set larger than the body text are never removed.
    """

    def margin_zone(line: _Line, page: _RawPage) -> str | None:
        height = page.top - page.bottom
        if height <= 0:
            return None
        rel = (line.y - page.bottom) / height
        if rel >= 1 - _MARGIN:
            return "top"
        if rel <= _MARGIN:
            return "bottom"
        return None

    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            sizes[line.size] += len(line.text)
    body = max(sizes.items(), key=lambda kv: (kv[1], -kv[0]))[0] if sizes else 0.0

    def zone(line: _Line, page: _RawPage) -> str | None:
        if line.size > body * 1.05 + 0.5:
            return None  # headings are not running headers
        return margin_zone(line, page)

    counts: Counter[tuple[str, str, int]] = Counter()
    for page in pages:
        seen = set()
        for line in page.lines:
            z = zone(line, page)
            if z is not None:
                seen.add((z, _norm_key(line.text), round(line.y / 3)))
        counts.update(seen)
    need = 2 if len(pages) <= 3 else max(3, math.ceil(_REPEAT_SHARE * len(pages)))
    removed: dict[str, str] = {}
    kept_pages: list[list[_Line]] = []
    for page in pages:
        kept = []
        for line in page.lines:
            z = zone(line, page)
            if z is not None:
                key = (z, _norm_key(line.text), round(line.y / 3))
                repeated = len(pages) > 1 and max(
                    counts[key], counts[(z, key[1], key[2] - 1)], counts[(z, key[1], key[2] + 1)]
                ) >= need
                if repeated or _PAGE_NUMBER.match(_clean_line(line.text)):
                    if repeated:
                        removed.setdefault(key[1], _SPACES.sub(" ", line.text).strip())
                    continue
            kept.append(line)
        kept_pages.append(kept)
    return kept_pages, list(removed.values())


def _heading_levels(pages: list[list[_Line]]) -> tuple[float, dict[float, int]]:
    """The body font size and a heading level for each larger size."""
    chars: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            chars[line.size] += len(line.text.strip())
    if not chars:
        return 0.0, {}
    body = max(chars.items(), key=lambda kv: (kv[1], -kv[0]))[0]
    larger = sorted({s for s in chars if s >= body * 1.05 and s - body >= 0.5}, reverse=True)
    return body, {size: min(6, i + 1) for i, size in enumerate(larger)}


def _is_heading_text(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 24 and len(text) <= 160 and any(ch.isalpha() for ch in text)


def _compose_pdf_page(lines: list[_Line], levels: dict[float, int]) -> str:
    """Light Markdown for one page's lines: headings, paragraphs, list items."""
    out: list[str] = []
    prev: _Line | None = None
    prev_heading_level = 0
    for line in lines:
        text = _clean_line(line.text)
        if not text:
            continue
        gap_break = False
        if prev is not None:
            gap = prev.y - line.y
            gap_break = gap > 1.6 * max(prev.size, line.size, 1.0) or gap < -0.5 * max(line.size, 1.0)
        level = levels.get(line.size, 0)
        continues_heading = level and level == prev_heading_level and not gap_break
        if level and not continues_heading and not _is_heading_text(text):
            level = 0
        if level:
            if continues_heading and out:
                out[-1] = f"{out[-1]} {text}"
            else:
                if out and out[-1] != "":
                    out.append("")
                out.append(f"{'#' * level} {text}")
            prev_heading_level = level
        elif " | " in text:
            if out and out[-1] != "" and " | " not in out[-1]:
                out.append("")
            out.append(text)
            prev_heading_level = 0
        else:
            if (out and (prev_heading_level or gap_break or " | " in out[-1]) and out[-1] != "") or (out and text.startswith("- ") and out[-1] != "" and not out[-1].lstrip().startswith("- ")):
                out.append("")
            out.append(text)
            prev_heading_level = 0
        prev = line
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)


def _extract_pdf(
    p: Path, data: bytes, report: Progress, cancel: CancelToken | None, backend: str | None
) -> tuple[list[str], str, list[Problem]]:
    if b"%%EOF" not in data[-4096:]:
        raise CorruptDocumentError(
            "truncated",
            p,
            "the PDF is incomplete (truncated): the end of the file is missing. Copy or download it again",
        )
    pdfium = _pdfium() if backend != "pypdf" else None
    if pdfium is not None:
        raw, meta_title = _read_pages_pdfium(pdfium, p, data, stage(report, 0.0, 0.95), cancel)
    else:
        with _quiet_pypdf():
            reader = _open_pdf(p, data)
            raw = _read_pages_pypdf(reader, stage(report, 0.0, 0.95), cancel)
            meta_title = ""
            with contextlib.suppress(Exception):
                meta = reader.metadata
                if meta is not None and meta.title:
                    meta_title = str(meta.title).strip()
    check(cancel)
    warns: list[Problem] = []
    if not any(line.text.strip() for page in raw for line in page.lines):
        if not any(page.images for page in raw):
            raise EmptyDocumentError("empty_document", p, "the PDF contains no text and no images: its pages are empty")
        raise NoTextLayerError(
            "no_text_layer",
            p,
            "the PDF has no text layer: its pages are images, probably from a scanner. Run text "
            "recognition (OCR) on it, or ask for the original document, and import again. "
            "Nothing was imported",
            pages=len(raw),
        )
    failed = [i + 1 for i, page in enumerate(raw) if page.error]
    if failed:
        warns.append(
            _warning(
                "pages_unreadable",
                p,
                f"{len(failed)} page(s) could not be read and are empty: {_page_list(failed)}",
                pages=_page_list(failed),
                count=len(failed),
            )
        )
    kept, removed = _remove_headers_footers(raw)
    blank = [i + 1 for i, (page, lines) in enumerate(zip(raw, kept, strict=True)) if not page.error and not page.lines]
    if blank:
        warns.append(
            _warning(
                "pages_without_text",
                p,
                f"{len(blank)} page(s) have no text layer (scanned images?) and are empty: {_page_list(blank)}",
                pages=_page_list(blank),
                count=len(blank),
            )
        )
    if removed:
        shown = "; ".join(f"‘{t}’" for t in removed[:3])
        warns.append(
            _warning(
                "headers_removed",
                p,
                f"removed repeated page headers and footers: {shown}",
                lines=shown,
                count=len(removed),
            )
        )
    _body, levels = _heading_levels(kept)
    pages = [_compose_pdf_page(lines, levels) for lines in kept]
    report(1.0)
    title = meta_title if _plausible_title(meta_title, p) else ""
    return pages, title, warns


def _plausible_title(title: str, p: Path) -> bool:
    t = title.strip()
    if not t or t.lower() in {"untitled", "namnlös", "document", "dokument", "microsoft word"}:
        return False
    if t.lower().startswith("microsoft word - ") or t.lower().endswith((".doc", ".docx", ".pdf")):
        return False
    return t != p.stem


def _page_list(pages: Sequence[int]) -> str:
    """``1–3, 7, 9–10`` for pages 1, 2, 3, 7, 9, 10."""
    out: list[str] = []
    start = prev = None
    for n in [*pages, None]:
        if n is not None and prev is not None and n == prev + 1:
            prev = n
            continue
        if start is not None:
            out.append(str(start) if start == prev else f"{start}–{prev}")
        start = prev = n
    return ", ".join(out)


# ---------------------------------------------------------------------------
# Word .docx
# ---------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^(?:heading|rubrik|überschrift|titre|otsikko|overskrift)\s*(\d)$", re.IGNORECASE)
_TITLE_STYLES = {"title", "rubrik", "titel", "otsikko"}


class _DocxReader:
    """Walks the body XML of a python-docx ``Document`` into light Markdown blocks."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        # style id → (name, base style id, outline level, numbering id)
        self.styles: dict[str, tuple[str, str | None, int | None, str | None]] = {}
        for el in doc.styles.element.findall(f"{_W}style"):
            sid = el.get(f"{_W}styleId")
            if not sid:
                continue
            name_el = el.find(f"{_W}name")
            base_el = el.find(f"{_W}basedOn")
            lvl_el = el.find(f"{_W}pPr/{_W}outlineLvl")
            num_el = el.find(f"{_W}pPr/{_W}numPr/{_W}numId")
            self.styles[sid] = (
                name_el.get(f"{_W}val") if name_el is not None else sid,
                base_el.get(f"{_W}val") if base_el is not None else None,
                _int_attr(lvl_el),
                num_el.get(f"{_W}val") if num_el is not None else None,
            )
        self.num_formats: dict[tuple[str, int], str] = {}
        self._read_numbering()
        self.counters: dict[tuple[str, int], int] = {}
        self.rendered = doc.element.body.find(f".//{_W}lastRenderedPageBreak") is not None

    def _read_numbering(self) -> None:
        try:
            numbering = self.doc.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, str]] = {}
        for an in numbering.findall(f"{_W}abstractNum"):
            levels = {}
            for lvl in an.findall(f"{_W}lvl"):
                ilvl = _int_attr(lvl, "ilvl")
                fmt = lvl.find(f"{_W}numFmt")
                if ilvl is not None:
                    levels[ilvl] = fmt.get(f"{_W}val") if fmt is not None else "decimal"
            abstract[an.get(f"{_W}abstractNumId")] = levels
        for num in numbering.findall(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is not None:
                for ilvl, fmt in abstract.get(ref.get(f"{_W}val"), {}).items():
                    self.num_formats[(num.get(f"{_W}numId"), ilvl)] = fmt

    def _chain(self, sid: str | None) -> Iterator[tuple[str, int | None, str | None]]:
        seen: set[str] = set()
        while sid and sid not in seen and sid in self.styles:
            seen.add(sid)
            name, base, lvl, num = self.styles[sid]
            yield name, lvl, num
            sid = base

    def heading_level(self, p: Any) -> int:
        """1 for *Title*, n + 1 for *Heading n* (or outline level n − 1); 0 for body text."""
        ppr = p.find(f"{_W}pPr")
        sid = None
        if ppr is not None:
            ps = ppr.find(f"{_W}pStyle")
            sid = ps.get(f"{_W}val") if ps is not None else None
            lvl = _int_attr(ppr.find(f"{_W}outlineLvl"))
            if lvl is not None and lvl < 9:
                return min(6, lvl + 2)
        for name, lvl, _num in self._chain(sid):
            low = name.strip().lower()
            if low in _TITLE_STYLES:
                return 1
            m = _HEADING_STYLE.match(low)
            if m:
                return min(6, int(m.group(1)) + 1)
            if lvl is not None and lvl < 9:
                return min(6, lvl + 2)
        return 0

    def list_marker(self, p: Any) -> str | None:
        """``"- "``, ``"3. "`` (indented by level) for a list paragraph; ``None`` otherwise."""
        ppr = p.find(f"{_W}pPr")
        sid = num_id = None
        ilvl = 0
        if ppr is not None:
            ps = ppr.find(f"{_W}pStyle")
            sid = ps.get(f"{_W}val") if ps is not None else None
            npr = ppr.find(f"{_W}numPr")
            if npr is not None:
                ni = npr.find(f"{_W}numId")
                num_id = ni.get(f"{_W}val") if ni is not None else None
                ilvl = _int_attr(npr.find(f"{_W}ilvl")) or 0
        names = []
        for name, _lvl, num in self._chain(sid):
            names.append(name.lower())
            if num_id is None and num is not None:
                num_id = num
        if num_id is None:
            # a list style without a numbering definition (some generators)
            for low in names:
                if low.startswith(("list bullet", "punktlista")):
                    return "- "
                if low.startswith(("list number", "numrerad lista")):
                    return self._count(("style", 0), "decimal")
            return None
        if num_id == "0":
            return None
        fmt = self.num_formats.get((num_id, ilvl), "bullet")
        if fmt in ("bullet", "none"):
            return "  " * ilvl + "- "
        return "  " * ilvl + self._count((num_id, ilvl), fmt)

    def _count(self, key: tuple[str, int], fmt: str) -> str:
        n = self.counters.get(key, 0) + 1
        self.counters[key] = n
        for other in [k for k in self.counters if k[0] == key[0] and k[1] > key[1]]:
            del self.counters[other]  # deeper levels restart
        if fmt in ("lowerLetter", "upperLetter"):
            letter = chr(ord("a") + (n - 1) % 26)
            return (letter.upper() if fmt == "upperLetter" else letter) + ". "
        return f"{n}. "

    def run_text(self, p: Any) -> list[str]:
        """The paragraph's text; a page break inside it starts a new chunk."""
        chunks = [""]
        ppr = p.find(f"{_W}pPr")
        if not self.rendered and ppr is not None and ppr.find(f"{_W}pageBreakBefore") is not None:
            chunks.append("")
        for el in p.iter(*_RUN_TAGS):
            tag = el.tag
            if tag == _T:
                chunks[-1] += el.text or ""
            elif tag == _TAB:
                chunks[-1] += " "
            elif tag in (_BR, _CR):
                kind = el.get(f"{_W}type")
                if kind == "page":
                    if not self.rendered:
                        chunks.append("")
                elif kind != "column":
                    chunks[-1] += "\n"
            elif tag == _RENDERED_BREAK:
                if self.rendered and (chunks[-1].strip() or len(chunks) > 1):
                    chunks.append("")
            elif tag == _NB_HYPHEN:
                chunks[-1] += "-"
        return chunks


_T = f"{_W}t"
_TAB = f"{_W}tab"
_BR = f"{_W}br"
_CR = f"{_W}cr"
_RENDERED_BREAK = f"{_W}lastRenderedPageBreak"
_NB_HYPHEN = f"{_W}noBreakHyphen"
_RUN_TAGS = (_T, _TAB, _BR, _CR, _RENDERED_BREAK, _NB_HYPHEN)


def _int_attr(el: Any, name: str = "val") -> int | None:
    if el is None:
        return None
    try:
        return int(el.get(f"{_W}{name}"))
    except (TypeError, ValueError):
        return None


class _PageBuilder:
    """Collects blocks page by page: a blank line between blocks, none between list items."""

    def __init__(self) -> None:
        self.pages: list[list[tuple[str, str]]] = [[]]

    def add(self, kind: str, text: str) -> None:
        if text.strip():
            self.pages[-1].append((kind, text))

    def new_page(self) -> None:
        self.pages.append([])

    def texts(self) -> list[str]:
        out = []
        for blocks in self.pages:
            parts: list[str] = []
            prev = ""
            for kind, text in blocks:
                if parts:
                    parts.append("\n" if kind == prev == "item" else "\n\n")
                parts.append(text)
                prev = kind
            out.append("".join(parts))
        while len(out) > 1 and not out[-1].strip():
            out.pop()
        return out


def _docx_paragraph(reader: _DocxReader, p: Any, pages: _PageBuilder) -> None:
    chunks = reader.run_text(p)
    level = reader.heading_level(p)
    marker = None if level else reader.list_marker(p)
    kind = "heading" if level else "item" if marker is not None else "para"
    first = True
    for i, chunk in enumerate(chunks):
        if i:
            pages.new_page()
        lines = [_clean_line(x) for x in chunk.split("\n")]
        text = "\n".join(x for x in lines if x)
        if not text:
            continue
        if first:
            if level:
                text = f"{'#' * level} {' '.join(text.split())}"
            elif marker is not None:
                text = marker + text
            first = False
        pages.add(kind, text)


def _docx_table(reader: _DocxReader, tbl: Any, pages: _PageBuilder) -> None:
    rows = []
    for tr in tbl.iterchildren(f"{_W}tr"):
        cells = []
        for tc in tr.iterchildren(f"{_W}tc"):
            texts = []
            for cp in tc.iter(f"{_W}p"):
                for chunk in reader.run_text(cp):
                    clean = " ".join(_clean_line(chunk.replace("\n", " ")).split())
                    if clean:
                        texts.append(clean)
            cells.append(" ".join(texts))
        if any(cells):
            rows.append(" | ".join(cells))
    pages.add("table", "\n".join(rows))


def _extract_docx(
    p: Path, data: bytes, report: Progress, cancel: CancelToken | None
) -> tuple[list[str], str, list[Problem]]:
    import io

    import docx

    try:
        doc = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx, lxml and zipfile raise their own kinds on damaged packages
        raise CorruptDocumentError(
            "corrupt",
            p,
            f"the Word document is damaged and cannot be read ({_short(exc)}). Open it in Word and "
            "save it again",
            detail=_short(exc),
        ) from None
    reader = _DocxReader(doc)
    pages = _PageBuilder()

    def walk(el: Any) -> None:
        if el.tag == f"{_W}p":
            _docx_paragraph(reader, el, pages)
        elif el.tag == f"{_W}tbl":
            _docx_table(reader, el, pages)
        elif el.tag == f"{_W}sdt":
            content = el.find(f"{_W}sdtContent")
            for child in content.iterchildren() if content is not None else ():
                walk(child)

    blocks = list(doc.element.body.iterchildren())
    total = max(1, len(blocks))
    for i, el in enumerate(blocks):
        if i % 50 == 0:
            check(cancel)
            report(0.95 * i / total)
        walk(el)
    title = ""
    with contextlib.suppress(Exception):
        title = (doc.core_properties.title or "").strip()
    return pages.texts(), title if _plausible_title(title, p) else "", []


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre",
    "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "figure", "figcaption",
    "address", "hr", "form", "fieldset", "details", "summary",
}  # fmt: skip
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "nav", "button", "select", "iframe"}


class _HtmlToText(HTMLParser):
    """HTML → light Markdown lines (headings, paragraphs, list items, table rows)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.prefix = ""
        self.skip = 0
        self.title = ""
        self.in_title = False
        self.lists: list[list[int]] = []  # per open list: [ordered?, counter]
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.pre = 0

    def _flush(self, blank: bool = True) -> None:
        text = "".join(self.current)
        self.current = []
        body = text.strip("\n") if self.pre else " ".join(text.split())
        if body:
            self.lines.append(self.prefix + body)
            if blank and not self.prefix.lstrip().startswith(("-", *"0123456789")):
                self.lines.append("")
        self.prefix = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
            return
        if self.skip:
            return
        if tag == "title":
            self.in_title = True
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._flush()
            self.prefix = "#" * int(tag[1]) + " "
        elif tag in ("ul", "ol"):
            self._flush()
            self.lists.append([1 if tag == "ol" else 0, 0])
        elif tag == "li":
            self._flush(blank=False)
            depth = max(0, len(self.lists) - 1)
            if self.lists and self.lists[-1][0]:
                self.lists[-1][1] += 1
                self.prefix = "  " * depth + f"{self.lists[-1][1]}. "
            else:
                self.prefix = "  " * depth + "- "
        elif tag == "tr":
            self._flush()
            self.row = []
        elif tag in ("td", "th"):
            self.cell = []
        elif tag == "br":
            if self.cell is not None:
                self.cell.append(" ")
            else:
                self.current.append("\n" if self.pre else " ")
        elif tag == "pre":
            self._flush()
            self.pre += 1
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if tag == "title":
            self.in_title = False
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._flush()
        elif tag in ("ul", "ol"):
            self._flush(blank=False)
            if self.lists:
                self.lists.pop()
            if not self.lists and self.lines and self.lines[-1] != "":
                self.lines.append("")
        elif tag == "li":
            self._flush(blank=False)
        elif tag in ("td", "th"):
            if self.row is not None and self.cell is not None:
                self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr":
            if self.row is not None and any(self.row):
                self.lines.append(" | ".join(self.row))
            self.row = None
        elif tag == "table":
            if self.lines and self.lines[-1] != "":
                self.lines.append("")
        elif tag == "pre":
            self._flush()
            self.pre = max(0, self.pre - 1)
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
            return
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        else:
            self.current.append(data)

    def text(self) -> str:
        self._flush()
        out = "\n".join(line.rstrip() for line in self.lines)
        return re.sub(r"\n{3,}", "\n\n", out).strip("\n")


def _decode(p: Path, data: bytes, declared: str | None = None) -> tuple[str, list[Problem]]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), []
    for enc in ([declared] if declared else []) + ["utf-8-sig"]:
        try:
            return data.decode(enc), []
        except (UnicodeDecodeError, LookupError):
            continue
    text = data.decode("cp1252", errors="replace")
    return text, [
        _warning(
            "encoding",
            p,
            "the file is not UTF-8; it was read as Windows-1252 (Western European). Check å, ä and ö",
            encoding="cp1252",
        )
    ]


def _extract_html(p: Path, data: bytes) -> tuple[list[str], str, list[Problem]]:
    m = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", data[:4096], re.IGNORECASE)
    declared = m.group(1).decode("ascii") if m else None
    text, warns = _decode(p, data, declared)
    parser = _HtmlToText()
    parser.feed(text)
    parser.close()
    body = parser.text()
    pages = [unicodedata.normalize("NFC", page) for page in body.split("\f")]
    return pages, html.unescape(" ".join(parser.title.split())), warns


# ---------------------------------------------------------------------------
# Plain text and Markdown
# ---------------------------------------------------------------------------


def _extract_plain(p: Path, data: bytes, fmt: str) -> tuple[list[str], str, list[Problem]]:
    text, warns = _decode(p, data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    pages = [page.strip("\n") for page in text.split("\f")]
    while len(pages) > 1 and not pages[-1].strip():
        pages.pop()
    return pages, "", warns


# ---------------------------------------------------------------------------
# Metadata guesses
# ---------------------------------------------------------------------------

_MONTHS = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}  # fmt: skip
_DATE = r"(\d{4}-\d{2}-\d{2}|\d{1,2}\s+(?:" + "|".join(_MONTHS) + r")\s+\d{4})"
_BODIES = {
    "kommunfullmäktige": "KF",
    "kommunfullmäktiges": "KF",
    "kf": "KF",
    "kommunstyrelsen": "KS",
    "kommunstyrelsens": "KS",
    "ks": "KS",
    "regionfullmäktige": "RF",
    "regionstyrelsen": "RS",
}
_DECIDED = re.compile(
    r"\b(?:antag(?:en|et|na)|fastställ(?:d|t|da)|beslutad|beslutat|godkänd|godkänt|adopted|approved)"
    r"\s+(?:av\s+|by\s+(?:the\s+)?)?"
    r"(kommunfullmäktiges?|kommunstyrelsens?|regionfullmäktige|regionstyrelsen|KF|KS|"
    r"(?:[\wåäöÅÄÖ]+-\s+och\s+)?[\wåäöÅÄÖ-]+nämnden)"
    r"(?:[\s,]+(?:den|on|i|på\s+sammanträdet)?\s*" + _DATE + r")?",
    re.IGNORECASE,
)
_ANY_DATE = re.compile(r"\b" + _DATE, re.IGNORECASE)
_DNR = re.compile(r"\b(?:dnr|diarienummer|diarienr)\.?:?\s*([A-ZÅÄÖ]{1,6}[\s-]?\d{2,4}[/.:-]\d{1,6}(?:[.-]\d+)?)", re.IGNORECASE)
_PARAGRAPH = re.compile(r"§\s*(\d{1,4})")
_PERIOD = re.compile(r"\b(20\d{2})\s*[–—-]\s*(20\d{2})\b")
_VALID = re.compile(
    r"\b(?:gäller|giltig|giltigt)\s+(?:till\s+och\s+med|t\.?\s?o\.?\s?m\.?|till|fram\s+till|under)\s+"
    r"(\d{4}-\d{2}-\d{2}|\d{4})",
    re.IGNORECASE,
)
_KIND_WORDS: tuple[tuple[str, str], ...] = (
    ("budget", "budget"),
    ("resursplan", "budget"),
    ("verksamhetsplan", "plan"),
    ("riktlinje", "riktlinje"),
    ("policy", "policy"),
    ("vision", "vision"),
    ("strategi", "strategi"),
    ("agenda", "strategi"),
    ("program", "program"),
    ("plan", "plan"),
    ("guideline", "riktlinje"),
    ("strategy", "strategi"),
    ("programme", "program"),
)


def _iso(date_text: str) -> str | None:
    date_text = " ".join(date_text.split())
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date_text):
        return date_text
    m = re.fullmatch(r"(\d{1,2}) (\w+) (\d{4})", date_text.lower())
    if m and m.group(2) in _MONTHS:
        return f"{int(m.group(3)):04d}-{_MONTHS[m.group(2)]:02d}-{int(m.group(1)):02d}"
    return None


def guess_metadata(title: str, pages: Sequence[str]) -> DocumentMetadata:
    """Decision metadata from the title and the first two pages (Swedish and English phrasing).

    ``"Antagen av kommunfullmäktige 2024-11-18, § 142. Dnr KS 2024/0871."`` gives
    decided by ``KF``, date ``2024-11-18`` and reference ``KS 2024/0871, § 142``;
    the kind comes from the title (*…strategi*, *…plan*, *agenda* → strategi …).
    """
    head = "\n".join(pages[:2])[:6000]
    flat = " ".join(head.split())
    kind = None
    low_title = title.lower()
    for word, k in _KIND_WORDS:
        if word in low_title and k in DOCUMENT_KINDS:
            kind = k
            break
    decided_by = decision_date = None
    m = _DECIDED.search(flat)
    if m:
        body = m.group(1)
        decided_by = _BODIES.get(body.lower(), body[:1].upper() + body[1:])
        if m.group(2):
            decision_date = _iso(m.group(2))
        else:
            after = _ANY_DATE.search(flat, m.end(), m.end() + 60)
            if after:
                decision_date = _iso(after.group(1))
    refs = []
    d = _DNR.search(flat)
    if d:
        refs.append(" ".join(d.group(1).split()))
    par = _PARAGRAPH.search(flat)
    if par:
        refs.append(f"§ {par.group(1)}")
    validity = None
    v = _VALID.search(flat)
    if v:
        validity = v.group(1)
    else:
        per = _PERIOD.search(title) or _PERIOD.search(flat[:400])
        if per:
            validity = f"{per.group(1)}–{per.group(2)}"
    return DocumentMetadata(
        kind=kind,
        decided_by=decided_by,
        decision_date=decision_date,
        reference=", ".join(refs) or None,
        validity=validity,
    )
