"""Document import with real files: PDFs from Qt's PDF writer and LibreOffice, Word files from
python-docx, HTML, text and Markdown; damaged, protected, scanned and empty files."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the Qt PDF writer needs no display
from pathlib import Path
from types import ModuleType

import pytest

from diva_desktop.core.errors import CancelledError
from diva_desktop.core.goals import find_quote, outline, suggest_goals
from diva_desktop.core.model import Model
from diva_desktop.core.progress import CancelToken
from diva_desktop.core.validation import validate
from diva_desktop.io.documents import (
    CorruptDocumentError,
    DocumentImportError,
    EmptyDocumentError,
    EncryptedDocumentError,
    ExtractedDocument,
    NoTextLayerError,
    UnsupportedDocumentError,
    extract_document,
    guess_metadata,
    sniff_format,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "documents"


def _load_makers() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_documents", DATA / "make_documents.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_documents"] = module
    spec.loader.exec_module(module)
    return module


make = _load_makers()


def _has_pdfium() -> bool:
    return importlib.util.find_spec("pypdfium2") is not None


BACKENDS = ["pypdf", pytest.param(None, marks=pytest.mark.skipif(not _has_pdfium(), reason="pypdfium2 missing"))]


@pytest.fixture(scope="module")
def files(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every test document, made once per module with the real tools."""
    d = tmp_path_factory.mktemp("documents")
    f = {name: d / name for name in (
        "agenda.pdf", "agenda-2col.pdf", "scanned.pdf", "blank.pdf", "agenda.docx", "empty.docx",
        "encrypted.pdf", "owner-only.pdf", "truncated.pdf", "corrupt.pdf", "agenda.md",
    )}  # fmt: skip
    make.agenda_pdf(f["agenda.pdf"])
    make.agenda_pdf(f["agenda-2col.pdf"], columns=2)
    make.scanned_pdf(f["scanned.pdf"])
    make.blank_pdf(f["blank.pdf"])
    make.agenda_docx(f["agenda.docx"])
    make.empty_docx(f["empty.docx"])
    make.encrypted_pdf(f["agenda.pdf"], f["encrypted.pdf"])
    make.owner_only_pdf(f["agenda.pdf"], f["owner-only.pdf"])
    make.truncated(f["agenda.pdf"], f["truncated.pdf"])
    make.corrupt_pdf(f["corrupt.pdf"])
    f["agenda.md"].write_text(make.agenda_markdown(), encoding="utf-8")
    return f


def _all_text(doc: ExtractedDocument) -> str:
    return "\n".join(doc.pages)


def _assert_agenda_content(doc: ExtractedDocument) -> None:
    """What every faithful import of the sample agenda shows."""
    text = " ".join(_all_text(doc).split())
    for passage in (
        "Senast 2027 ska minst 80 procent av kommunens ärendetyper kunna sökas och följas digitalt.",
        "Vi vill minska handläggningstiden för bygglov med 30 procent till 2026.",
        "Arbetsmiljön ska förbättras genom att dubbelregistrering och manuella kontroller tas bort.",
        "Kommunen ska publicera öppna data som kan återanvändas av invånare, företag och forskning.",
    ):
        assert passage in text
    headings = [h.text for h in doc.structure]
    for title in ("1. Inledning", "2. Vision", "3. Strategiska mål", "3.1 Invånare och företag i centrum",
                  "3.5 Öppenhet och delaktighet", "4. Uppföljning"):  # fmt: skip
        assert title in headings, headings
    levels = {h.text: h.level for h in doc.structure}
    assert levels["3. Strategiska mål"] < levels["3.1 Invånare och företag i centrum"]
    assert levels["1. Inledning"] == levels["4. Uppföljning"]
    assert doc.title == "Digital agenda för Norrviks kommun 2025–2028"
    m = doc.metadata
    assert (m.kind, m.decided_by, m.decision_date) == ("strategi", "KF", "2024-11-18")
    assert m.reference == "KS 2024/0871, § 142"
    assert m.validity == "2025–2028"
    top = [s.text for s in suggest_goals(doc.to_document("agenda"))[:2]]
    assert any("80 procent" in t for t in top), top
    assert any("bygglov" in t for t in top), top


# ---------------------------------------------------------------------------
# Formats
# ---------------------------------------------------------------------------


def test_markdown_agenda_is_kept_verbatim(files: dict[str, Path]) -> None:
    doc = extract_document(files["agenda.md"])
    assert doc.format == "markdown"
    assert doc.pages == (make.agenda_markdown().strip("\n"),)
    assert doc.warnings == ()
    _assert_agenda_content(doc)
    assert doc.to_document().id == "agenda"  # from the file name
    document = doc.to_document(taken=["agenda"])
    assert document.id == "agenda_2"
    assert document.source == "agenda.md"
    assert not [p for p in validate(Model(documents=(document,))) if p.severity == "error"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_qt_pdf_pages_headers_footers_and_headings(files: dict[str, Path], backend: str | None) -> None:
    doc = extract_document(files["agenda.pdf"], pdf_backend=backend)
    assert doc.format == "pdf"
    assert len(doc.pages) == 3
    _assert_agenda_content(doc)
    for page in doc.pages:
        assert "Sida " not in page  # the footer
        assert page.count("Digital agenda för Norrviks kommun") <= 1  # the header only as the title
    assert "Digital agenda för Norrviks kommun" in doc.pages[0]
    assert [w.code for w in doc.warnings] == ["headers_removed"]
    assert {h.text: h.page for h in doc.structure}["3. Strategiska mål"] == 2
    assert {h.text: h.page for h in doc.structure}["4. Uppföljning"] == 3
    # paragraphs are separated, table rows keep their cells
    assert "\n\n## 2. Vision\n\n" in doc.pages[0]
    assert "Andel ärendetyper som kan sökas digitalt | 45 % | 80 %" in doc.pages[2]


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_column_pdf_reads_column_by_column(files: dict[str, Path], backend: str | None) -> None:
    doc = extract_document(files["agenda-2col.pdf"], pdf_backend=backend)
    assert len(doc.pages) == 2
    _assert_agenda_content(doc)
    order = [h.text for h in doc.structure]
    assert order.index("1. Inledning") < order.index("2. Vision") < order.index("3. Strategiska mål")
    # a sentence that wraps over several lines of the left column is found whole
    match = find_quote(
        doc.to_document("a"),
        "Norrvik ska vara en öppen, trygg och innovativ kommun där digitala lösningar gör vardagen "
        "enklare för invånare, företag och medarbetare.",
    )
    assert match is not None and match.page == 1


def test_pdf_readers_agree(files: dict[str, Path]) -> None:
    if not _has_pdfium():
        pytest.skip("pypdfium2 missing")
    a = extract_document(files["agenda.pdf"], pdf_backend="pypdf")
    b = extract_document(files["agenda.pdf"])
    assert [h.text for h in a.structure] == [h.text for h in b.structure]
    assert " ".join(a.pages[1].split()) == " ".join(b.pages[1].split())


def test_libreoffice_pdf_from_docx(files: dict[str, Path], tmp_path: Path) -> None:
    if make.soffice() is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    pdf = make.libreoffice_pdf(files["agenda.docx"], tmp_path)
    doc = extract_document(pdf)
    assert len(doc.pages) == 3
    _assert_agenda_content(doc)
    text = _all_text(doc)
    assert "kommunledningskontoret" not in text  # the Word footer, on every page
    assert "- Senast 2027 ska minst 80 procent" in text  # bullets become list items
    assert {w.code for w in doc.warnings} == {"headers_removed"}


def test_docx_headings_lists_tables_and_page_breaks(files: dict[str, Path]) -> None:
    doc = extract_document(files["agenda.docx"])
    assert doc.format == "docx"
    assert len(doc.pages) == 3
    _assert_agenda_content(doc)
    assert doc.pages[0].startswith("# Digital agenda för Norrviks kommun 2025–2028\n\n")
    assert "## 1. Inledning" in doc.pages[0]
    assert "### 3.1 Invånare och företag i centrum" in doc.pages[1]
    assert (
        "- Invånare och företag ska kunna uträtta sina vanligaste ärenden digitalt, dygnet runt, "
        "på ett enkelt och tillgängligt sätt.\n- Senast 2027" in doc.pages[1]
    )
    assert "Indikator | Baslinje 2024 | Mål 2027\nAndel ärendetyper som kan sökas digitalt | 45 % | 80 %" in doc.pages[2]
    assert "kommunledningskontoret" not in _all_text(doc)  # footers are not body text
    assert doc.warnings == ()


def test_html_page(tmp_path: Path) -> None:
    body = make.markdown_to_html(make.agenda_markdown())
    path = tmp_path / "agenda.html"
    path.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Digital agenda för Norrviks kommun "
        "2025–2028</title><style>p{color:red}</style><script>var x = 'ska inte synas';</script></head>"
        "<body><nav><a href='/'>Startsida</a> <a href='/om'>Om kommunen</a></nav>"
        f"<main>{body}</main></body></html>",
        encoding="utf-8",
    )
    doc = extract_document(path)
    assert doc.format == "html"
    _assert_agenda_content(doc)
    text = _all_text(doc)
    assert "Startsida" not in text and "ska inte synas" not in text and "color" not in text
    assert "- Senast 2027 ska minst 80 procent" in text
    assert "Antal publicerade öppna datamängder | 4 | 25" in text


def test_text_pages_and_encodings(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes("Sida ett med å ä ö\r\n\fSida två: Kommunen ska öka andelen till 80 procent senast 2027.\n".encode())
    doc = extract_document(path)
    assert doc.pages == ("Sida ett med å ä ö", "Sida två: Kommunen ska öka andelen till 80 procent senast 2027.")
    assert doc.title == "Sida ett med å ä ö"
    old = tmp_path / "gammal.txt"
    old.write_bytes("Målet är att öka nöjdheten.".encode("cp1252"))
    doc = extract_document(old)
    assert doc.pages == ("Målet är att öka nöjdheten.",)
    assert [w.code for w in doc.warnings] == ["encoding"]


def test_numbered_headings_in_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "agenda.txt"
    path.write_text(make.agenda_markdown().replace("### ", "").replace("## ", "").replace("# ", ""), encoding="utf-8")
    doc = extract_document(path)
    levels = {h.text: h.level for h in doc.structure}
    assert levels["3. Strategiska mål"] == 1
    assert levels["3.1 Invånare och företag i centrum"] == 2


# ---------------------------------------------------------------------------
# Bad input: a clear message and nothing imported
# ---------------------------------------------------------------------------


def test_scanned_pdf_has_no_text_layer(files: dict[str, Path]) -> None:
    with pytest.raises(NoTextLayerError) as info:
        extract_document(files["scanned.pdf"])
    assert info.value.code == "no_text_layer"
    assert "no text layer" in str(info.value) and "OCR" in str(info.value)
    assert info.value.problems[0].params["file"] == "scanned.pdf"


@pytest.mark.parametrize("backend", BACKENDS)
def test_encrypted_pdf_is_refused_but_owner_only_protection_is_read(files: dict[str, Path], backend: str | None) -> None:
    with pytest.raises(EncryptedDocumentError, match="password"):
        extract_document(files["encrypted.pdf"], pdf_backend=backend)
    doc = extract_document(files["owner-only.pdf"], pdf_backend=backend)
    assert len(doc.pages) == 3


@pytest.mark.parametrize("backend", BACKENDS)
def test_truncated_and_corrupt_pdf(files: dict[str, Path], backend: str | None) -> None:
    with pytest.raises(CorruptDocumentError, match="truncated") as info:
        extract_document(files["truncated.pdf"], pdf_backend=backend)
    assert info.value.code == "truncated"
    with pytest.raises(CorruptDocumentError, match="damaged") as info:
        extract_document(files["corrupt.pdf"], pdf_backend=backend)
    assert info.value.code == "corrupt"


def test_empty_documents(files: dict[str, Path], tmp_path: Path) -> None:
    empty = tmp_path / "tom.txt"
    empty.write_bytes(b"")
    with pytest.raises(EmptyDocumentError, match="empty"):
        extract_document(empty)
    blanks = tmp_path / "blanks.md"
    blanks.write_text("\n\n   \n\f\n", encoding="utf-8")
    with pytest.raises(EmptyDocumentError):
        extract_document(blanks)
    with pytest.raises(EmptyDocumentError, match="no text"):
        extract_document(files["empty.docx"])
    with pytest.raises(EmptyDocumentError, match="no text and no images"):
        extract_document(files["blank.pdf"])


def test_docx_that_is_something_else(files: dict[str, Path], tmp_path: Path) -> None:
    as_text = tmp_path / "plan.docx"
    as_text.write_text("Det här är bara text med å ä ö.", encoding="utf-8")
    with pytest.raises(UnsupportedDocumentError, match=r"not a Word document.*plain text") as info:
        extract_document(as_text)
    assert info.value.code == "wrong_content"
    old_doc = tmp_path / "gammal.docx"
    old_doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    with pytest.raises(UnsupportedDocumentError, match="Office 97–2003"):
        extract_document(old_doc)
    broken = tmp_path / "trasig.docx"
    broken.write_bytes(files["agenda.docx"].read_bytes()[:3000])
    with pytest.raises(DocumentImportError):
        extract_document(broken)
    # a PDF that was given the wrong name is read as what it is, with a warning
    renamed = tmp_path / "agenda.docx"
    renamed.write_bytes(files["agenda.pdf"].read_bytes())
    doc = extract_document(renamed)
    assert doc.format == "pdf" and len(doc.pages) == 3
    assert "renamed" in [w.code for w in doc.warnings]


def test_unsupported_and_missing_files(tmp_path: Path) -> None:
    sheet = tmp_path / "budget.xlsx"
    sheet.write_bytes(b"PK\x03\x04" + bytes(100))
    with pytest.raises(UnsupportedDocumentError, match=r"cannot import \.xlsx"):
        extract_document(sheet)
    with pytest.raises(DocumentImportError, match="cannot read the file"):
        extract_document(tmp_path / "finns-inte.pdf")
    binary = tmp_path / "data.txt"
    binary.write_bytes(b"\x00\x01\x02\x03" * 50)
    with pytest.raises(UnsupportedDocumentError, match="not text"):
        extract_document(binary)


def test_sniff_format() -> None:
    assert sniff_format(b"%PDF-1.7\n...") == "pdf"
    assert sniff_format(b"PK\x03\x04rest") == "zip"
    assert sniff_format(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") == "ole"
    assert sniff_format(b"<!DOCTYPE html><html>") == "html"
    assert sniff_format("Vanlig text med å".encode()) == "text"


# ---------------------------------------------------------------------------
# Progress and cancel
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
def test_progress_reaches_one_and_cancel_stops(qapp: object, tmp_path: Path, backend: str | None) -> None:
    path = tmp_path / "long.pdf"
    pages = make.long_pdf(path, pages=25)
    seen: list[float] = []
    doc = extract_document(path, progress=seen.append, pdf_backend=backend)
    assert len(doc.pages) == pages
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen)
    token = CancelToken()

    def cancel_midway(fraction: float) -> None:
        if fraction > 0.2:
            token.cancel()

    with pytest.raises(CancelledError):
        extract_document(path, progress=cancel_midway, cancel=token, pdf_backend=backend)


def test_long_docx_structure(tmp_path: Path) -> None:
    path = tmp_path / "long.docx"
    make.long_docx(path, 20)
    doc = extract_document(path)
    assert sum(h.level == 2 for h in doc.structure) == 20
    texts = [s.text for s in suggest_goals(doc.to_document("lang"))]
    assert len(texts) == len(set(texts))  # the repeated sections are suggested once
    assert texts[0] == "Vi vill minska handläggningstiden för bygglov med 30 procent till 2026."


# ---------------------------------------------------------------------------
# Metadata and the example project's quotes
# ---------------------------------------------------------------------------


def test_guess_metadata_variants() -> None:
    m = guess_metadata(
        "Riktlinjer för informationssäkerhet",
        ["Fastställd av kommunstyrelsen den 3 mars 2023, § 45.\nDiarienummer: KS-2023/112\nGäller till och med 2026-12-31"],
    )
    assert (m.kind, m.decided_by, m.decision_date, m.reference, m.validity) == (
        "riktlinje", "KS", "2023-03-03", "KS-2023/112, § 45", "2026-12-31",
    )  # fmt: skip
    m = guess_metadata("Mål- och resursplan 2025", ["Beslutad av Barn- och utbildningsnämnden 2024-06-10"])
    assert (m.kind, m.decided_by, m.decision_date) == ("budget", "Barn- och utbildningsnämnden", "2024-06-10")
    assert guess_metadata("Anteckningar", ["Inget här."]).kind is None


def test_example_goal_quotes_are_found_on_their_pages(example_json_path: Path) -> None:
    from diva_desktop.io.json_model import load_model_file

    model = load_model_file(example_json_path)
    doc = model.documents[0]
    assert outline(doc)[0].text.startswith("Digital agenda")
    for goal in model.goals:
        match = find_quote(doc, goal.quote, goal.page)
        assert match is not None, goal.id
        assert match.page == goal.page, goal.id


# ---------------------------------------------------------------------------
# diva import DOCUMENT --into PROJECT.diva
# ---------------------------------------------------------------------------


def _diva(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    proc = subprocess.run(
        [sys.executable, "-m", "diva_desktop", *args], capture_output=True, text=True, env=env, check=False, timeout=300
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def test_cli_imports_documents_into_a_project(files: dict[str, Path], tmp_path: Path) -> None:
    import json

    project = tmp_path / "plan.diva"
    proc = _diva("import", str(files["agenda.pdf"]), "--into", str(project))
    assert proc.returncode == 0, proc.stderr
    assert "as document 'agenda'" in proc.stdout and "3 page(s)" in proc.stdout
    assert "removed repeated page headers" in proc.stderr  # warnings go to standard error
    proc = _diva(
        "import", str(files["agenda.docx"]), "--into", str(project), "--id", "word", "--kind", "plan", "--validity", "tills vidare"
    )
    assert proc.returncode == 0, proc.stderr
    before = project.read_bytes()
    proc = _diva("import", str(files["scanned.pdf"]), "--into", str(project))
    assert proc.returncode == 1
    assert "no text layer" in proc.stderr and "Nothing was imported" in proc.stderr
    assert project.read_bytes() == before
    proc = _diva("import", str(files["agenda.docx"]), "--into", str(project), "--id", "word")
    assert proc.returncode == 1 and "exists" in proc.stderr
    assert _diva("import", str(files["agenda.pdf"])).returncode == 2  # --into missing
    proc = _diva("goals", str(project), "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert [(d["id"], d["kind"], d["pages"]) for d in report["documents"]] == [("agenda", "strategi", 3), ("word", "plan", 3)]
    from diva_desktop.storage import open_model

    model = open_model(project)
    assert model.documents[0].text == extract_document(files["agenda.pdf"]).text
    assert model.documents[0].decided_by == "KF" and model.documents[0].reference == "KS 2024/0871, § 142"
    assert model.documents[0].validity == "2025–2028"  # the guess
    assert model.documents[1].validity == "tills vidare"  # --validity
