"""Build real test documents with real tools (used by the tests and by bench/bench_documents.py).

- PDFs from Qt's PDF writer (``QPdfWriter`` + ``QTextDocument``), laid out page by
  page with a running header and a "Sida N av M" footer, in one or two columns;
  a "scanned" PDF whose page is only an image; a long PDF for the benchmark.
- Word documents from python-docx with real heading and list styles, a table,
  page breaks, and a header and footer.
- PDFs from LibreOffice (``soffice --headless --convert-to pdf``) where it is
  installed.
- An encrypted PDF (pypdf), a truncated and a corrupt one.

The Qt functions need a ``QGuiApplication`` (pytest-qt's ``qapp``), on any platform
including ``offscreen``. Every document comes from the sample agenda
``digital-agenda-norrvik.md`` (or repeats of its sections), so å, ä and ö pass
through every step.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
AGENDA_MD = HERE / "digital-agenda-norrvik.md"  # a copy of shared/examples/digital-agenda-norrvik.md

HEADER = "Digital agenda för Norrviks kommun 2025–2028"
FOOTER = "Sida {page} av {pages}"


def agenda_markdown() -> str:
    return AGENDA_MD.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------
# Markdown (the agenda's subset) → HTML for QTextDocument
# ---------------------------------------------------------------------------


def _inline(text: str) -> str:
    text = html.escape(text)
    return re.sub(r"\*([^*]+)\*", r"<i>\1</i>", text)


def markdown_to_html(md: str, *, page_breaks_before: tuple[str, ...] = ()) -> str:
    """Headings, paragraphs, bullet lists and pipe tables of the sample agenda as HTML."""
    out: list[str] = []
    para: list[str] = []
    items: list[str] = []
    rows: list[list[str]] = []

    def flush() -> None:
        nonlocal para, items, rows
        if para:
            out.append(f"<p>{_inline(' '.join(para))}</p>")
        if items:
            out.append("<ul>" + "".join(f"<li>{_inline(i)}</li>" for i in items) + "</ul>")
        if rows:
            cells = "".join(
                "<tr>" + "".join(f"<td>{_inline(c)}</td>" for c in row) + "</tr>" for row in rows
            )
            out.append(f'<table border="1" cellpadding="4" cellspacing="0">{cells}</table>')
        para, items, rows = [], [], []

    for line in md.splitlines():
        s = line.strip()
        if not s:
            flush()
            continue
        m = re.match(r"^(#{1,6})\s+(.*)$", s)
        if m:
            flush()
            level = len(m.group(1))
            style = ' style="page-break-before: always"' if m.group(2).startswith(page_breaks_before) else ""
            out.append(f"<h{level}{style}>{_inline(m.group(2))}</h{level}>")
        elif s.startswith("- "):
            if para:
                flush()
            items.append(s[2:])
        elif s.startswith("|"):
            if re.match(r"^\|[-| ]+\|$", s):
                continue
            rows.append([c.strip() for c in s.strip("|").split("|")])
        elif items:
            items[-1] += " " + s
        else:
            para.append(s)
    flush()
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Qt PDFs
# ---------------------------------------------------------------------------


def _writer(path: Path, title: str) -> object:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 25, 20, 25), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("DIVÄ Desktop tests")
    return writer


def _text_document(html_text: str, device: object, width: float, height: float, point_size: float) -> object:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QFont, QTextDocument

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(QFont("DejaVu Sans", point_size))
    doc.setHtml(html_text)
    doc.setPageSize(QSizeF(width, height))
    return doc


def _draw_margins(painter: object, width: float, height: float, *, page: int, pages: int, resolution: int) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFont

    mm = resolution / 25.4
    painter.save()
    painter.setFont(QFont("DejaVu Sans", 8))
    painter.drawText(QRectF(0, -14 * mm, width, 8 * mm), Qt.AlignmentFlag.AlignLeft, HEADER)
    painter.drawText(
        QRectF(0, height + 8 * mm, width, 8 * mm),
        Qt.AlignmentFlag.AlignRight,
        FOOTER.format(page=page, pages=pages),
    )
    painter.restore()


def qt_pdf(path: Path, html_text: str, *, columns: int = 1, point_size: float = 11, title: str = HEADER) -> int:
    """A PDF of ``html_text`` from Qt's PDF writer; returns the page count.

    Each page has a running header and a "Sida N av M" footer in its margins. With
    ``columns=2`` the text flows down the left column, then the right one.
    """
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    writer = _writer(path, title)
    res = writer.resolution()
    rect = writer.pageLayout().paintRectPixels(res)
    width, height = float(rect.width()), float(rect.height())
    gap = 8 * res / 25.4
    col_width = (width - gap * (columns - 1)) / columns
    doc = _text_document(html_text, writer, col_width, height, point_size)
    col_pages = doc.pageCount()
    pages = (col_pages + columns - 1) // columns
    painter = QPainter(writer)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            _draw_margins(painter, width, height, page=page + 1, pages=pages, resolution=res)
            for col in range(columns):
                k = page * columns + col
                if k >= col_pages:
                    break
                painter.save()
                painter.translate(col * (col_width + gap), -k * height)
                doc.drawContents(painter, QRectF(0, k * height, col_width, height))
                painter.restore()
    finally:
        painter.end()
    del painter, doc, writer
    return pages


def agenda_pdf(path: Path, *, columns: int = 1) -> int:
    """The sample agenda as a multi-page Qt PDF (sections 3 and 4 start new pages)."""
    body = markdown_to_html(agenda_markdown(), page_breaks_before=("3. ", "4. "))
    return qt_pdf(path, body, columns=columns, point_size=12 if columns == 1 else 10)


def long_html(sections: int) -> str:
    """Many repeats of the agenda's goal sections, numbered on: a long steering document."""
    md = agenda_markdown()
    goals = md[md.index("### 3.1") : md.index("## 4.")]
    parts = ["# Översiktlig plan för Norrvik 2025–2040", "Antagen av kommunfullmäktige 2024-11-18, § 99."]
    for n in range(1, sections + 1):
        parts.append(f"## {n}. Område {n}: mål och inriktning")
        parts.append(
            "Området omfattar förvaltningarnas gemensamma arbete med service, digitalisering och "
            "hållbarhet. Texten beskriver bakgrund, nuläge och de mål som kommunen ska nå, med å, ä och ö. "
            + "Uppföljningen sker årligen i samband med delårsrapporten. " * (n % 4)
        )
        parts.append(re.sub(r"### 3\.(\d)", rf"### {n}.\1", goals))
    return markdown_to_html("\n\n".join(parts))


def long_pdf(path: Path, pages: int = 300) -> int:
    """A Qt PDF of about ``pages`` pages (headers, footers, headings, lists)."""
    sections = max(1, round(pages * 1.07))
    return qt_pdf(path, long_html(sections), point_size=11)


def scanned_pdf(path: Path) -> None:
    """A PDF whose only page is an image of text (what a scanner makes): no text layer."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    writer = _writer(path, "Skannad agenda")
    res = writer.resolution()
    rect = writer.pageLayout().paintRectPixels(res)
    image = QImage(827, 1169, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    ip = QPainter(image)
    ip.setFont(QFont("DejaVu Sans", 14))
    ip.drawText(QRectF(60, 60, 700, 1000), Qt.TextFlag.TextWordWrap, agenda_markdown()[:1500])
    ip.end()
    painter = QPainter(writer)
    painter.drawImage(QRectF(0, 0, rect.width(), rect.height()), image)
    painter.end()
    del painter, ip, writer


def blank_pdf(path: Path) -> None:
    """A PDF with one empty page."""
    from PySide6.QtGui import QPainter

    writer = _writer(path, "Tom")
    painter = QPainter(writer)
    painter.end()
    del painter, writer


# ---------------------------------------------------------------------------
# Word documents (python-docx)
# ---------------------------------------------------------------------------


def agenda_docx(path: Path) -> None:
    """The sample agenda as a Word document: Title/Heading styles, bullet lists, a table,
    page breaks before sections 3 and 4, a header and a footer."""
    import docx
    from docx.enum.text import WD_BREAK

    doc = docx.Document()
    doc.core_properties.title = "Digital agenda för Norrviks kommun 2025–2028"
    section = doc.sections[0]
    section.header.paragraphs[0].text = HEADER
    section.footer.paragraphs[0].text = "Norrviks kommun, kommunledningskontoret"
    rows: list[list[str]] = []
    para: list[str] = []
    items: list[str] = []

    def flush() -> None:
        nonlocal para, items, rows
        if para:
            doc.add_paragraph(re.sub(r"\*([^*]+)\*", r"\1", " ".join(para)))
        for item in items:
            doc.add_paragraph(item, style="List Bullet")
        if rows:
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        para, items, rows = [], [], []

    for line in agenda_markdown().splitlines():
        s = line.strip()
        if not s:
            flush()
            continue
        m = re.match(r"^(#{1,6})\s+(.*)$", s)
        if m:
            flush()
            level = len(m.group(1))
            if m.group(2).startswith(("3. ", "4. ")):
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            if level == 1:
                doc.add_heading(m.group(2), 0)
            else:
                doc.add_heading(m.group(2), level - 1)
        elif s.startswith("- "):
            if para:
                flush()
            items.append(s[2:])
        elif s.startswith("|"):
            if not re.match(r"^\|[-| ]+\|$", s):
                rows.append([c.strip() for c in s.strip("|").split("|")])
        elif items:
            items[-1] += " " + s
        else:
            para.append(s)
    flush()
    doc.save(str(path))


def long_docx(path: Path, sections: int) -> None:
    """A long Word document: ``sections`` repeats of the goal sections."""
    import docx

    doc = docx.Document()
    doc.add_heading("Översiktlig plan för Norrvik 2025–2040", 0)
    doc.sections[0].header.paragraphs[0].text = HEADER
    doc.sections[0].footer.paragraphs[0].text = "Norrviks kommun"
    md = agenda_markdown()
    goals = md[md.index("### 3.1") : md.index("## 4.")]
    for n in range(1, sections + 1):
        doc.add_heading(f"{n}. Område {n}: mål och inriktning", 1)
        doc.add_paragraph(
            "Området omfattar förvaltningarnas gemensamma arbete med service, digitalisering och "
            "hållbarhet. Texten beskriver bakgrund, nuläge och de mål som kommunen ska nå, med å, ä och ö. "
            + "Uppföljningen sker årligen i samband med delårsrapporten. " * (n % 4)
        )
        item: list[str] = []
        for line in goals.splitlines():
            s = line.strip()
            if s.startswith("### "):
                doc.add_heading(re.sub(r"^3\.", f"{n}.", s[4:]), 2)
            elif s.startswith("- "):
                if item:
                    doc.add_paragraph(" ".join(item), style="List Bullet")
                item = [s[2:]]
            elif s and item:
                item.append(s)
            elif not s and item:
                doc.add_paragraph(" ".join(item), style="List Bullet")
                item = []
        if item:
            doc.add_paragraph(" ".join(item), style="List Bullet")
    doc.save(str(path))


def empty_docx(path: Path) -> None:
    import docx

    docx.Document().save(str(path))


# ---------------------------------------------------------------------------
# LibreOffice
# ---------------------------------------------------------------------------


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice_pdf(docx_path: Path, out_dir: Path, timeout: float = 180) -> Path:
    """``docx_path`` converted to PDF by LibreOffice (raises if it is not installed or fails)."""
    exe = soffice()
    if exe is None:
        raise FileNotFoundError("LibreOffice (soffice) is not installed")
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        env = {**os.environ, "HOME": profile}
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out_dir),
                str(docx_path),
            ],
            check=True,
            capture_output=True,
            timeout=timeout,
            env=env,
        )
    out = out_dir / (docx_path.stem + ".pdf")
    if not out.exists():
        raise FileNotFoundError(f"LibreOffice wrote no {out.name}")
    return out


# ---------------------------------------------------------------------------
# Damaged and protected files
# ---------------------------------------------------------------------------


def encrypted_pdf(source: Path, path: Path, password: str = "hemligt") -> None:
    """``source`` protected with a user password (pypdf, RC4-128: no extra packages needed)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(source)))
    writer.encrypt(user_password=password, owner_password=password + "-ägare", algorithm="RC4-128")
    with path.open("wb") as fh:
        writer.write(fh)


def owner_only_pdf(source: Path, path: Path) -> None:
    """``source`` with an owner password only: anyone may open and read it."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(source)))
    writer.encrypt(user_password="", owner_password="ägare", algorithm="RC4-128")
    with path.open("wb") as fh:
        writer.write(fh)


def truncated(source: Path, path: Path, fraction: float = 0.6) -> None:
    data = source.read_bytes()
    path.write_bytes(data[: int(len(data) * fraction)])


def corrupt_pdf(path: Path) -> None:
    """Starts like a PDF and ends like one; nothing in between makes sense."""
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\nstartxref\n12345\n%%EOF\n")
