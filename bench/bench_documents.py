"""Benchmark: importing a 300-page steering document (target: under 5 s, with progress, cancellable).

Builds the test documents with real tools (Qt's PDF writer; python-docx; LibreOffice when
installed), then times :func:`diva_desktop.io.documents.extract_document` on them with each PDF
reader, against a straightforward baseline: pypdf's plain ``page.extract_text()`` page by page,
without layout analysis, header and footer removal or headings. It also measures how soon a
cancel takes effect and how often progress is reported.

Run::

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_documents.py [--pages 300] [--repeat 3]

Qt's PDF writer places every glyph on its own (thousands of text operations per page), the
hardest case for a PDF reader; PDFs exported from Word or LibreOffice write whole words.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _makers():  # type: ignore[no-untyped-def]
    path = ROOT / "tests" / "data" / "documents" / "make_documents.py"
    spec = importlib.util.spec_from_file_location("make_documents", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _best(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times), statistics.median(times)


def _baseline(path: Path) -> None:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    for page in reader.pages:
        page.extract_text()


def _cancel_latency(path: Path, backend: str | None) -> float:
    """Seconds from cancel() (at 30 % progress) until extract_document gives up."""
    from diva_desktop.core.errors import CancelledError
    from diva_desktop.core.progress import CancelToken
    from diva_desktop.io.documents import extract_document

    token = CancelToken()
    asked: list[float] = []

    def progress(fraction: float) -> None:
        if fraction >= 0.3 and not asked:
            asked.append(time.perf_counter())
            threading.Thread(target=token.cancel).start()

    try:
        extract_document(path, progress=progress, cancel=token, pdf_backend=backend)
    except CancelledError:
        return time.perf_counter() - asked[0]
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([])
    make = _makers()
    from diva_desktop.io.documents import extract_document

    has_pdfium = importlib.util.find_spec("pypdfium2") is not None
    with tempfile.TemporaryDirectory(prefix="bench-documents-") as tmp:
        d = Path(tmp)
        qt_pdf = d / "qt.pdf"
        t = time.perf_counter()
        pages = make.long_pdf(qt_pdf, pages=args.pages)
        print(
            f"Qt PDF: {pages} pages, {qt_pdf.stat().st_size // 1024} KiB, made in {time.perf_counter() - t:.1f} s"
        )
        docx = d / "plan.docx"
        make.long_docx(docx, sections=round(args.pages * 0.94))
        files: list[tuple[str, Path]] = [("Qt PDF (glyph by glyph)", qt_pdf)]
        if make.soffice() is not None:
            t = time.perf_counter()
            lo_pdf = make.libreoffice_pdf(docx, d)
            from pypdf import PdfReader

            n = len(PdfReader(str(lo_pdf)).pages)
            print(f"LibreOffice PDF: {n} pages from the .docx, made in {time.perf_counter() - t:.1f} s")
            files.append(("LibreOffice PDF (word by word)", lo_pdf))
        else:
            print("LibreOffice is not installed: its PDF is skipped")
        print(f"CPU cores: {os.cpu_count()}; pypdfium2 {'installed' if has_pdfium else 'not installed'}")
        print()
        print(
            f"{'document':34} {'reader':22} {'best s':>7} {'median s':>9} {'s/page':>7} {'progress calls':>15}"
        )
        for label, path in files:
            n_pages = len(extract_document(path, pdf_backend="pypdf" if not has_pdfium else None).pages)
            runs: list[tuple[str, Callable[[], object]]] = [
                ("baseline pypdf text", lambda p=path: _baseline(p))
            ]
            runs.append(("import, pypdf", lambda p=path: extract_document(p, pdf_backend="pypdf")))
            if has_pdfium:
                runs.append(("import, PDFium", lambda p=path: extract_document(p)))
            for name, fn in runs:
                repeat = 1 if "pypdf" in name else args.repeat
                calls: list[float] = []
                if name.startswith("import"):
                    backend = "pypdf" if "pypdf" in name else None
                    extract_document(path, progress=calls.append, pdf_backend=backend)
                best, median = _best(fn, repeat)
                ok = " ✓" if name.startswith("import") and best < 5 else ""
                print(
                    f"{label:34} {name:22} {best:7.2f} {median:9.2f} {best / n_pages:7.3f} "
                    f"{len(calls) if calls else '':>15}{ok}"
                )
        best, median = _best(lambda: extract_document(docx), args.repeat)
        n = len(extract_document(docx).structure)
        print(
            f"{'Word .docx (' + str(n) + ' headings)':34} {'import, python-docx':22} {best:7.2f} {median:9.2f}"
        )
        print()
        for label, path in files:
            for backend, name in (("pypdf", "pypdf"), (None, "PDFium")):
                if backend is None and not has_pdfium:
                    continue
                latency = _cancel_latency(path, backend)
                print(f"cancel at 30 %: {label}, {name}: stopped {latency * 1000:.0f} ms after cancel()")
    del app


if __name__ == "__main__":
    main()
