"""The ``diva`` command (spec §3).

``diva`` starts the GUI, ``diva FILE`` opens FILE in it; the subcommands work on a
``.diva`` project or a ``.json`` model without Qt. Errors go to standard error as
one readable line per problem; exit status 1 for invalid input, 2 for wrong usage.
No Python traceback reaches the user.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from . import __version__
from .core.errors import DivaError, Problem
from .core.model import Model

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2

COMMANDS: tuple[str, ...] = (
    "check",
    "import",
    "export",
    "analyze",
    "sensitivity",
    "portfolio",
    "goals",
    "report",
    "followup",
)


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def _print_problems(problems: Sequence[Problem], source: str | None = None) -> None:
    for p in problems:
        prefix = f"{source}: " if source else ""
        kind = "warning: " if p.severity == "warning" else "error: "
        print(f"{prefix}{kind}{p.message}", file=sys.stderr)


def load_model(path: str) -> Model:
    """Read a ``.diva`` project or a ``.json`` model (raises DivaError)."""
    from .storage import open_model

    return open_model(Path(path), check=True)


def _write_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n")


# ---------------------------------------------------------------------------
# Subcommands
# ---------------------------------------------------------------------------


def _cmd_check(args: argparse.Namespace) -> int:
    from .core.validation import validate
    from .storage import open_model

    try:
        model = open_model(Path(args.file))
    except DivaError as exc:
        _print_problems(exc.problems, args.file)
        n_errors = sum(p.severity == "error" for p in exc.problems)
        print(f"{args.file}: {n_errors} error(s)", file=sys.stderr)
        return EXIT_INVALID
    problems = list(validate(model))
    if not any(p.severity == "error" for p in problems):
        problems.extend(_feasibility_problems(model))
    _print_problems(problems, args.file)
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    if errors:
        print(f"{args.file}: {errors} error(s), {warnings} warning(s)", file=sys.stderr)
        return EXIT_INVALID
    print(f"{args.file}: OK ({warnings} warning(s))")
    return EXIT_OK


def _feasibility_problems(model: Model) -> list[Problem]:
    """Problems of every node's preference statements (the group's and each participant's)."""
    from dataclasses import replace

    from .core.preferences import local_set

    problems: list[Problem] = []
    owners = [("", model.weights)] + [(f"participants.{p.id}.", p.weights) for p in model.participants]
    for prefix, weights in owners:
        for node in model.internal_nodes():
            pref = weights.get(node.id)
            if pref is None:
                continue
            try:
                local_set(node, pref)
            except DivaError as exc:
                problems.extend(replace(p, location=prefix + p.location) for p in exc.problems)
    return problems


def _cmd_import(args: argparse.Namespace) -> int:
    from .storage import open_model, save_project

    source = Path(args.file)
    if args.into is not None or source.suffix.lower() in _DOCUMENT_SUFFIXES:
        return _import_document(args)  # see "documents and goals" below
    if source.suffix.lower() not in {".json", ".diva", ".xlsx"}:
        raise UsageError(
            f"diva import: cannot import {source.name!r}: give a .json or .xlsx model "
            "(documents: a .pdf, .docx, .txt, .md or .html with --into PROJECT.diva)"
        )
    if args.output is None:
        raise UsageError("diva import: give the project to write with -o PROJECT.diva")
    if source.suffix.lower() == ".xlsx":  # a model workbook (diva export -o MODEL.xlsx)
        from .io.xlsx_model import load_model_xlsx

        model = load_model_xlsx(source, check=True)
    else:
        model = open_model(source, check=True)
    out = Path(args.output)
    save_project(model, out)
    print(f"wrote {out}")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from .io.json_model import save_model_file
    from .storage import open_model

    out = Path(args.output)
    if out.suffix.lower() not in {".json", ".xlsx"}:
        raise UsageError(f"diva export: cannot write {out.name!r}: the output must end in .json or .xlsx")
    if args.snapshot is not None:  # a decided version (see "decisions" below)
        with _open_decisions(args.file) as store:
            info = _find_decision(store.snapshots(), args.snapshot, store.path)
            model = store.snapshot_model(info.id)
    else:
        model = open_model(Path(args.file), check=True)
    try:
        if out.suffix.lower() == ".xlsx":  # the model as an Excel workbook (io.xlsx_model)
            from .io.xlsx_model import save_model_xlsx

            save_model_xlsx(model, out)
        else:
            save_model_file(model, out)
    except OSError as exc:
        print(f"{out}: error: cannot write the file: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_INVALID
    print(f"wrote {out}")
    return EXIT_OK


# ---------------------------------------------------------------------------
# GUI start
# ---------------------------------------------------------------------------


def display_available() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def _start_gui(file: str | None) -> int:
    if not display_available():
        print(
            "No display is available (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open.",
            file=sys.stderr,
        )
        if file is None:
            print("Run 'diva --help' for the command-line analyses.", file=sys.stderr)
            return EXIT_OK
        print(f"Showing the command-line analysis of {file} instead.\n", file=sys.stderr)
        return main(["analyze", file])
    from .app import main as gui_main

    return gui_main([file] if file else [])


# ---------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="diva",
        description="DIVÄ Desktop: decision support for digitalisation investments. "
        "Without a command, starts the application (optionally opening FILE).",
    )
    parser.add_argument("--version", action="version", version=f"diva {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("check", help="validate a model or project and list every problem")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=_cmd_check)

    p = sub.add_parser(
        "import",
        help="import a JSON or Excel model into a project file, or a steering document into a project",
        description="diva import MODEL.json|MODEL.xlsx -o PROJECT.diva | diva import DOCUMENT --into PROJECT.diva "
        "(a .pdf, .docx, .txt, .md or .html steering document; the project is created if missing)",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", metavar="PROJECT.diva", help="the project to write (JSON and Excel models)")
    _add_document_import_options(p)
    p.set_defaults(handler=_cmd_import)

    p = sub.add_parser("export", help="export a project file to a JSON model or an Excel workbook (by suffix)")
    p.add_argument("file", metavar="PROJECT")
    p.add_argument("-o", "--output", required=True, metavar="FILE.json|FILE.xlsx")
    p.add_argument(
        "--snapshot", type=_count, metavar="ID", help="export decided version ID (see diva decisions) instead"
    )
    p.set_defaults(handler=_cmd_export)

    for register in _EXTRA_COMMANDS:
        register(sub)
    return parser


# Subcommands defined further down register themselves here.
_EXTRA_COMMANDS: list[Callable[[Any], None]] = []


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0] not in COMMANDS and not args_list[0].startswith("-")):
        if len(args_list) > 1:
            print(
                f"diva: unknown command {args_list[0]!r}; commands: {', '.join(COMMANDS)}",
                file=sys.stderr,
            )
            return EXIT_USAGE
        file = args_list[0] if args_list else None
        if file is not None and not Path(file).exists():
            print(f"diva: {file}: no such file", file=sys.stderr)
            return EXIT_INVALID
        return _start_gui(file)
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
        if getattr(args, "handler", None) is None:
            parser.print_help()
            return EXIT_USAGE
        result: int = args.handler(args)
        return result
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        print("Run 'diva --help' for usage.", file=sys.stderr)
        return EXIT_USAGE
    except DivaError as exc:
        source = getattr(args, "file", None)
        _print_problems(exc.problems, source)
        return EXIT_INVALID
    except KeyboardInterrupt:
        print("diva: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except MemoryError:
        print("diva: out of memory; try fewer samples (--samples)", file=sys.stderr)
        return EXIT_INVALID
    except Exception as exc:  # never a traceback for the user
        print(
            f"diva: internal error ({type(exc).__name__}: {exc}); please report it with the input file",
            file=sys.stderr,
        )
        if os.environ.get("DIVA_DEBUG"):
            raise
        return 3


# ---------------------------------------------------------------------------
# >>> analyze (spec §4; core: diva_desktop.core.analysis) >>>
# ---------------------------------------------------------------------------


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} must be at least 1")
    return value


def _seed(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} must not be negative")
    return value


def _cmd_analyze(args: argparse.Namespace) -> int:
    from .core.analysis import analyze

    model = load_model(args.file)
    result = analyze(model, samples=args.samples, seed=args.seed)
    if args.json:
        _write_json(result)
    else:
        _print_analysis(model, result, args.file)
    return EXIT_OK


def _print_analysis(model: Model, r: dict[str, Any], source: str) -> None:
    """Readable tables of a ``diva-analysis`` result."""
    names = {a.id: a.name or a.id for a in model.alternatives}
    alts: list[str] = r["alternatives"]
    sm = r["smaa"]
    out: list[str] = []
    out.append(
        f"{source}: {len(alts)} alternatives, {len(r['criteria'])} criteria; "
        f"SMAA {sm['samples']} samples, seed {sm['seed']}"
    )
    width = max([len(names[a]) for a in alts] + [11])
    out += ["", "Alternatives by focal value (V in [0, 1]; interval = least and greatest over all feasible"]
    out.append("weights and scores; rank 1 = SMAA first-rank acceptability)")
    out.append(
        f"  {'#':>2}  {'alternative':<{width}}  {'focal':>6}  {'min':>6}  {'max':>6}  "
        f"{'regret':>6}  {'rank 1':>6}  {'holist.':>7}"
    )
    ranked = sorted(alts, key=lambda a: -r["values"][a]["focal"])
    for i, a in enumerate(ranked, 1):
        v = r["values"][a]
        out.append(
            f"  {i:>2}  {names[a]:<{width}}  {v['focal']:6.3f}  {v['min']:6.3f}  {v['max']:6.3f}  "
            f"{r['max_regret'][a]:6.3f}  {sm['rank_acceptability'][a][0]:6.1%}  {sm['holistic'][a]:7.3f}"
        )
    out += ["", "Dominance (better everywhere on the feasible set, strictly somewhere):"]
    if r["dominance"]:
        out += [f"  {names[a]} dominates {names[b]}" for a, b in r["dominance"]]
    else:
        out.append("  none")
    out += ["", "Decision rules:"]
    labels = {
        "maximax": "greatest max V",
        "maximin": "greatest min V",
        "central_values": "greatest mid-interval V",
        "minimax_regret": "least max regret",
        "focal": "greatest focal V",
    }
    for rule, label in labels.items():
        out.append(f"  {rule:<15} {label:<24} {', '.join(names[a] for a in r['rules'][rule])}")
    m = len(alts)
    out += ["", "Rank acceptabilities (share of samples at each rank):"]
    out.append(f"  {'alternative':<{width}}  " + "  ".join(f"{k:>6}" for k in range(1, m + 1)))
    for a in ranked:
        row = "  ".join(f"{x:6.1%}" for x in sm["rank_acceptability"][a])
        out.append(f"  {names[a]:<{width}}  {row}")
    undecided = [
        (a, b, d["decided_at"])
        for a in alts
        for b, d in r["differences"][a].items()
        if d["focal"] > 0 and d["decided_at"] is not None and d["decided_at"] > 0
    ]
    if undecided:
        out += ["", "Comparisons decided only after contraction (0 = at once, 1 = only at the focal point):"]
        for a, b, t in sorted(undecided, key=lambda x: x[2]):
            out.append(f"  {names[a]} over {names[b]}: decided at {t:.3f}")
    if r["warnings"]:
        out += ["", "Warnings:"] + [f"  {w}" for w in r["warnings"]]
    print("\n".join(out))


def _register_analyze(sub: Any) -> None:
    p = sub.add_parser(
        "analyze",
        help="evaluate the alternatives: value intervals, dominance, rules, contraction, SMAA",
    )
    p.add_argument("file", metavar="FILE", help="a .diva project or a .json model")
    p.add_argument("--samples", type=_count, default=10_000, metavar="K", help="SMAA samples (default 10000)")
    p.add_argument("--seed", type=_seed, default=1, metavar="S", help="SMAA seed (default 1)")
    p.add_argument("--json", action="store_true", help="print one diva-analysis JSON document")
    p.set_defaults(handler=_cmd_analyze)


_EXTRA_COMMANDS.append(_register_analyze)

# <<< analyze <<<

# ---------------------------------------------------------------------------
# >>> documents and goals (diva import DOCUMENT --into, diva goals) >>>
# core: diva_desktop.core.goals, diva_desktop.core.traceability; io: diva_desktop.io.documents
# ---------------------------------------------------------------------------

_DOCUMENT_SUFFIXES = {".pdf", ".docx", ".txt", ".text", ".md", ".markdown", ".htm", ".html", ".xhtml"}


def _add_document_import_options(p: Any) -> None:
    p.add_argument(
        "--into", metavar="PROJECT.diva", help="add the document to this project (created if missing)"
    )
    p.add_argument(
        "--id", dest="document_id", metavar="ID", help="the document's identifier (default: from its title)"
    )
    p.add_argument("--title", help="the document's title (default: from the file)")
    p.add_argument("--kind", help="vision, strategi, program, plan, policy, riktlinje or budget")
    p.add_argument("--decided-by", metavar="BODY", help="who adopted it, e.g. KF")
    p.add_argument("--decision-date", metavar="YYYY-MM-DD")
    p.add_argument("--reference", metavar="REF", help="e.g. 'KS 2024/0871, § 142'")
    p.add_argument(
        "--validity",
        metavar="TEXT",
        help="the period the document applies to, e.g. '2025–2028' or 'tills vidare' (default: guessed from the text)",
    )


def _import_document(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from .core.goals import suggest_goals
    from .core.model import Model
    from .core.validation import validate
    from .io.documents import extract_document
    from .storage import open_model, save_project

    source = Path(args.file)
    if args.into is None:
        raise UsageError(f"diva import: give the project to add {source.name!r} to with --into PROJECT.diva")
    if args.output is not None:
        raise UsageError("diva import: a document goes --into a project; -o is for JSON models")
    into = Path(args.into)
    model = open_model(into) if into.exists() else Model(name=into.stem)
    taken = [d.id for d in model.documents]
    if args.document_id is not None and args.document_id in taken:
        print(
            f"{into}: error: documents.{args.document_id}: a document with this id exists; give another --id",
            file=sys.stderr,
        )
        return EXIT_INVALID
    progress = _stderr_progress(source.name) if sys.stderr.isatty() else None
    extracted = extract_document(source, progress=progress)
    document = extracted.to_document(
        args.document_id,
        taken=taken,
        title=args.title,
        kind=args.kind,
        decided_by=args.decided_by,
        decision_date=args.decision_date,
        reference=args.reference,
        validity=args.validity,
    )
    new = replace(model, documents=(*model.documents, document))
    problems = [p for p in validate(new) if p.location.startswith(f"documents.{document.id}")]
    _print_problems([*extracted.warnings, *problems], str(source))
    if any(p.severity == "error" for p in problems):
        return EXIT_INVALID
    if into.suffix.lower() == ".json":
        from .io.json_model import save_model_file

        save_model_file(new, into)
    else:
        save_project(new, into)
    suggestions = suggest_goals(document, existing=model.goals)
    print(
        f"imported {source.name} into {into} as document {document.id!r}: {len(extracted.pages)} page(s), "
        f"{len(extracted.structure)} heading(s), {len(suggestions)} suggested goal(s) "
        f"(diva goals {into} --suggest)"
    )
    return EXIT_OK


def _stderr_progress(name: str) -> Callable[[float], None]:
    def report(fraction: float) -> None:
        end = "\n" if fraction >= 1.0 else ""
        print(f"\rreading {name}: {fraction:4.0%}", end=end, file=sys.stderr, flush=True)

    return report


def _short_quote(text: str, width: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def goals_report(model: Model, *, suggestions: bool = False) -> dict[str, Any]:
    """The ``diva goals --json`` document ("format": "diva-goals")."""
    from .core.goals import assess, suggest_goals
    from .core.traceability import balance, coverage

    cov = coverage(model)
    goals = []
    for g in model.goals:
        a = assess(g.quote, table_row=" | " in g.quote)
        goals.append(
            {
                "id": g.id,
                "document": g.document,
                "page": g.page,
                "quote": g.quote,
                "paraphrase": g.paraphrase,
                "criteria": list(cov.served_by.get(g.id, ())),
                "leaves": [leaf for leaf, anchors in cov.anchors.items() if g.id in anchors],
                "vague": a.vague,
                "vague_reasons": list(a.vague_reasons),
            }
        )
    report: dict[str, Any] = {
        "format": "diva-goals",
        "version": 1,
        "documents": [
            {"id": d.id, "title": d.title, "kind": d.kind, "pages": len(d.pages)} for d in model.documents
        ],
        "goals": goals,
        "coverage": {
            "goals": len(model.goals),
            "served_goals": len(model.goals) - len(cov.uncovered_goals),
            "leaves": len(model.leaves()),
            "anchored_leaves": len(model.leaves()) - len(cov.unanchored_leaves),
            "uncovered_goals": [g.id for g in cov.uncovered_goals],
            "unanchored_leaves": [c.id for c in cov.unanchored_leaves],
        },
        "balance": [
            {
                "document": b.document,
                "section": b.section,
                "level": b.level,
                "page": b.page,
                "goals": list(b.goals),
                "served": list(b.served),
                "criteria": list(b.criteria),
            }
            for b in balance(model)
        ],
    }
    if suggestions:
        report["suggestions"] = {
            d.id: [
                {
                    "text": s.text,
                    "page": s.page,
                    "score": s.score,
                    "reasons": [{"code": r.code, "detail": r.detail} for r in s.reasons],
                    "vague": s.vague,
                    "vague_reasons": list(s.vague_reasons),
                    "section": s.section,
                }
                for s in suggest_goals(d, existing=model.goals)
            ]
            for d in model.documents
        }
    return report


def _cmd_goals(args: argparse.Namespace) -> int:
    from .core.traceability import trace_rows, trace_table

    model = load_model(args.file)
    if args.trace is not None:
        from .io.tabular import write_table

        out = Path(args.trace)
        if out.suffix.lower() not in {".csv", ".xlsx"}:
            raise UsageError(f"diva goals: cannot write {out.name!r}: --trace takes a .csv or .xlsx file")
        header, rows = trace_table(trace_rows(model))
        try:
            write_table(out, header, rows, sheet="Traceability")
        except OSError as exc:
            print(f"{out}: error: cannot write the file: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_INVALID
        print(f"wrote {out} ({len(rows)} rows)", file=sys.stderr if args.json else sys.stdout)
    report = goals_report(model, suggestions=args.suggest)
    if args.json:
        _write_json(report)
        return EXIT_OK
    _print_goals(model, report)
    return EXIT_OK


def _print_goals(model: Model, r: dict[str, Any]) -> None:
    names = {c.id: c.name for c in model.walk_criteria()}
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for g in r["goals"]:
        by_doc.setdefault(g["document"], []).append(g)
    for d in model.documents:
        meta = ", ".join(x for x in (d.kind, d.decided_by, d.decision_date, d.reference) if x)
        print(f"{d.title} ({d.id}{', ' + meta if meta else ''}; {len(d.pages)} page(s))")
        for g in by_doc.get(d.id, []):
            page = f"p. {g['page']}" if g["page"] is not None else "p. ?"
            vague = (
                "  [vague: " + ", ".join(x.replace("_", " ") for x in g["vague_reasons"]) + "]"
                if g["vague"]
                else ""
            )
            print(f"  {g['id']}  {page}  “{_short_quote(g['quote'])}”{vague}")
            served = ", ".join(names.get(c, c) for c in g["criteria"]) or "(no criterion)"
            print(f"      → {served}")
        print()
    c = r["coverage"]
    print(
        f"Coverage: {c['served_goals']} of {c['goals']} goal(s) served by a criterion; "
        f"{c['anchored_leaves']} of {c['leaves']} leaf criteria anchored in a goal."
    )
    print("Goals no criterion serves: " + (", ".join(c["uncovered_goals"]) or "none"))
    print(
        "Leaf criteria no goal anchors: "
        + (", ".join(names.get(x, x) for x in c["unanchored_leaves"]) or "none")
    )
    if r["balance"]:
        print("\nBalance across the documents' sections (goals / served / criteria):")
        width = max(len(b["section"] or "(before the first heading)") for b in r["balance"])
        for b in r["balance"]:
            title = b["section"] or "(before the first heading)"
            print(
                f"  {b['document']}: {title:<{width}}  {len(b['goals']):>3} {len(b['served']):>3} {len(b['criteria']):>3}"
            )
    for doc_id, items in r.get("suggestions", {}).items():
        print(f"\nSuggested goals in {doc_id} (best first; score, page):")
        for s in items:
            vague = "  [vague]" if s["vague"] else ""
            print(f"  {s['score']:>2}  p. {s['page']}  “{_short_quote(s['text'])}”{vague}")


def _register_goals(sub: Any) -> None:
    p = sub.add_parser("goals", help="list goals, their links to criteria, coverage and balance")
    p.add_argument("file", metavar="FILE", help="a .diva project or a .json model")
    p.add_argument("--json", action="store_true", help="print one diva-goals JSON document")
    p.add_argument("--suggest", action="store_true", help="also list suggested goal statements per document")
    p.add_argument("--trace", metavar="OUT.csv|OUT.xlsx", help="write the traceability matrix")
    p.set_defaults(handler=_cmd_goals)


_EXTRA_COMMANDS.append(_register_goals)

# <<< documents and goals <<<


# ---------------------------------------------------------------------------
# >>> sensitivity (spec §5; core: diva_desktop.core.analysis.sensitivity) >>>
# ---------------------------------------------------------------------------


def _fmt_num(x: Any) -> str:
    return "–" if x is None else (f"{x:.4g}" if isinstance(x, float) else str(x))


def _cmd_sensitivity(args: argparse.Namespace) -> int:
    from .core.analysis.sensitivity import sensitivity

    model = load_model(args.file)
    result = sensitivity(model)
    if args.json:
        _write_json(result)
    else:
        _print_sensitivity(result)
    return EXIT_OK


def _print_sensitivity(r: dict[str, Any]) -> None:
    """Readable tables of a ``diva-sensitivity`` result."""
    out = [f"Focal best alternative: {r['focal_best']}", "", "One-way weight sensitivity:"]
    for e in r["one_way"]:
        lo, hi = e["feasible"]
        s_lo, s_hi = e["stable"]
        out.append(
            f"  {e['node']} / {e['criterion']}: focal {e['focal']:.4f}, feasible [{lo:.4f}, {hi:.4f}], "
            f"stable [{s_lo:.4f}, {s_hi:.4f}]"
        )
        for s in e["switches"]:
            out.append(f"      at {s['weight']:.4f}: {s['best_before']} → {s['best_after']}")
    out += ["", "Tornado (least and greatest value over the feasible weight range):"]
    for t in r["tornado"]:
        out.append(f"  {t['node']} / {t['criterion']}:")
        for a, (lo, hi) in t["values"].items():
            out.append(f"      {a:<20} [{lo:.4f}, {hi:.4f}]")
    out += ["", "Score thresholds (where the focal best alternative changes):"]
    for t in r["score_thresholds"]:
        if (
            t["lower"] is None
            and t["upper"] is None
            and t["value_lower"] is None
            and t["value_upper"] is None
        ):
            continue
        score = "missing" if t["score"] is None else _fmt_num(t["score"])
        parts = []
        if t["lower"] is not None or t["value_lower"] is not None:
            where = _fmt_num(t["lower"]) if t["lower"] is not None else f"value {_fmt_num(t['value_lower'])}"
            parts.append(f"down to {where} → {t['best_lower']}")
        if t["upper"] is not None or t["value_upper"] is not None:
            where = _fmt_num(t["upper"]) if t["upper"] is not None else f"value {_fmt_num(t['value_upper'])}"
            parts.append(f"up to {where} → {t['best_upper']}")
        out.append(f"  {t['alternative']} / {t['criterion']} (score {score}): {'; '.join(parts)}")
    if r["warnings"]:
        out += ["", "Warnings:"] + [f"  {w}" for w in r["warnings"]]
    print("\n".join(out))


def _register_sensitivity(sub: Any) -> None:
    p = sub.add_parser(
        "sensitivity",
        help="one-way sensitivity: switch points and stable intervals of every weight, tornado, score thresholds",
    )
    p.add_argument("file", metavar="FILE", help="a .diva project or a .json model")
    p.add_argument("--json", action="store_true", help="print one diva-sensitivity JSON document")
    p.set_defaults(handler=_cmd_sensitivity)


_EXTRA_COMMANDS.append(_register_sensitivity)

# <<< sensitivity <<<

# ---------------------------------------------------------------------------
# >>> portfolio (spec §6; core: diva_desktop.core.portfolio) >>>
# ---------------------------------------------------------------------------


def _limit(text: str) -> int:
    return _count(text)


def _saved_portfolios(file: str) -> tuple[Model, dict[str, list[str]]]:
    """The model and the portfolios saved in a project's Compare tab (``--compare-saved``).

    Raises DivaError (exit 1) for a JSON model, a project without saved portfolios, a
    damaged setting, and saved portfolios naming alternatives no longer in the model.
    """
    from .core.errors import ModelError
    from .core.portfolio import COMPARE_SETTING, portfolio_reference_problems, saved_portfolios
    from .storage import is_project_file, open_content

    path = Path(file)
    model, settings = open_content(path, check=True)
    if not is_project_file(path):
        raise ModelError(
            Problem(
                "no_saved_portfolios",
                "",
                "a JSON model holds no saved portfolios (they are kept only in a .diva project). Import it into "
                f"a project (diva import {file} -o PROJECT.diva) and make them in the Portfolio step's Compare "
                "tab, or give them here with --compare NAME=ID,ID,...",
            )
        )
    portfolios = saved_portfolios(settings.get(COMPARE_SETTING))
    if not portfolios:
        raise ModelError(
            Problem(
                "no_saved_portfolios",
                "",
                "the project has no saved portfolios. Make them in the Portfolio step's Compare tab and save the "
                "project, or give them here with --compare NAME=ID,ID,...",
            )
        )
    found = portfolio_reference_problems(model, portfolios)
    problems = [p for ps in found.values() for p in ps]
    if problems:
        broken = ", ".join(repr(n) for n, ps in found.items() if ps)
        problems.append(
            Problem(
                "saved_portfolio_outdated",
                "",
                f"the saved portfolios {broken} name alternatives that are no longer projects of the model: "
                "change their projects in the Portfolio step's Compare tab and save the project",
            )
        )
        raise ModelError(problems)
    return model, portfolios


def _cmd_portfolio(args: argparse.Namespace) -> int:
    from .core.portfolio import compare_portfolios, portfolio_analysis

    if args.compare_saved:
        model, saved = _saved_portfolios(args.file)
    else:
        model, saved = load_model(args.file), {}
    if args.compare or args.compare_saved:
        portfolios: dict[str, list[str]] = dict(saved)
        for name, members in args.compare:
            if name in saved:
                raise UsageError(
                    f"diva portfolio: --compare names {name!r}, which is also a portfolio saved in the project; "
                    "give it another name"
                )
            if name in portfolios:
                raise UsageError(
                    f"diva portfolio: --compare names {name!r} twice; give each portfolio its own name"
                )
            portfolios[name] = members
        comparison = compare_portfolios(model, portfolios)
        if args.json:
            _write_json(comparison)
        else:
            _print_comparison(comparison)
        return EXIT_OK
    result = portfolio_analysis(model, limit=args.limit)
    if args.json:
        _write_json(result)
    else:
        _print_portfolio(result)
    return EXIT_OK


def _named_portfolio(text: str) -> tuple[str, list[str]]:
    """``NAME=a,b,c`` (an argparse type): a portfolio the user names, by alternative ids."""
    name, sep, members = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(
            f"{text!r}: write a portfolio as NAME=id,id,... (for example mine=a1,a3)"
        )
    return name.strip(), [m.strip() for m in members.split(",") if m.strip()]


def _print_comparison(r: dict[str, Any]) -> None:
    """Readable tables of a portfolio comparison (``diva portfolio --compare``)."""
    out = ["Portfolios (value: focal [least, greatest] over all feasible weights and scores):"]
    for name, p in r["portfolios"].items():
        state = "feasible" if p["feasible"] else "NOT feasible: " + "; ".join(p["violations"])
        out.append(
            f"  {name:<16} cost {_fmt_num(p['cost']):>12}  value {p['value']:.4f} "
            f"[{p['value_min']:.4f}, {p['value_max']:.4f}]  {', '.join(p['alternatives']) or '(none)'}  {state}"
        )
    out += ["", "Differences V(p) − V(q): focal [least, greatest]:"]
    for p, row in r["differences"].items():
        for q, d in row.items():
            out.append(f"  {p} − {q}: {d['focal']:+.4f} [{d['min']:+.4f}, {d['max']:+.4f}]")
    out += ["", "Dominance: " + (", ".join(f"{p} over {q}" for p, q in r["dominance"]) or "none")]
    if r["warnings"]:
        out += ["", "Warnings:"] + [f"  {w}" for w in r["warnings"]]
    print("\n".join(out))


def _print_portfolio(r: dict[str, Any]) -> None:
    """Readable tables of a ``diva-portfolio`` result."""
    opt = r["focal_optimum"]
    out = [
        f"Focal optimum: {', '.join(opt['alternatives']) or '(none)'}  cost {_fmt_num(opt['cost'])}  "
        f"value {opt['value']:.4f}",
        "",
        f"Non-dominated portfolios: {len(r['non_dominated'])}"
        + (f" (truncated at the limit {r['limit']})" if r["truncated"] else ""),
    ]
    for p in r["non_dominated"][:50]:
        out.append(
            f"  [{p['value_min']:.4f}, {p['value_max']:.4f}] focal {p['value']:.4f}  cost {_fmt_num(p['cost'])}  "
            f"{', '.join(p['alternatives']) or '(none)'}"
        )
    if len(r["non_dominated"]) > 50:
        out.append(f"  … {len(r['non_dominated']) - 50} more (use --json for all)")
    out += ["", "Core index:"]
    for a, x in r["core_index"].items():
        out.append(f"  {a:<20} {x:6.3f}  {r['classification'][a]}")
    out += ["", "Cost–value frontier (focal point):"]
    for p in r["frontier"]:
        out.append(
            f"  cost {_fmt_num(p['cost']):>12}  value {p['value']:.4f}  {', '.join(p['alternatives']) or '(none)'}"
        )
    if r["warnings"]:
        out += ["", "Warnings:"] + [f"  {w}" for w in r["warnings"]]
    print("\n".join(out))


def _register_portfolio(sub: Any) -> None:
    p = sub.add_parser(
        "portfolio",
        help="portfolios: focal optimum, non-dominated portfolios (RPM), core index, cost–value frontier",
    )
    p.add_argument("file", metavar="FILE", help="a .diva project or a .json model")
    p.add_argument(
        "--limit",
        type=_limit,
        default=10_000,
        metavar="N",
        help="keep at most N portfolios (default 10000); the output says when it was reached",
    )
    p.add_argument(
        "--compare",
        type=_named_portfolio,
        action="append",
        default=[],
        metavar="NAME=ID,ID,...",
        help="compare portfolios you define instead (repeat for each): their value intervals, pairwise "
        "differences and dominance, exact over all feasible weights and scores",
    )
    p.add_argument(
        "--compare-saved",
        action="store_true",
        help="compare the portfolios saved in the project (the Portfolio step's Compare tab), first and in "
        "their order; with --compare the portfolios given there are added (the names must differ)",
    )
    p.add_argument(
        "--json",
        action="store_true",
        help="print one JSON document: diva-portfolio, or with --compare or --compare-saved "
        "diva-portfolio-comparison",
    )
    p.set_defaults(handler=_cmd_portfolio)


_EXTRA_COMMANDS.append(_register_portfolio)

# <<< portfolio <<<

# ---------------------------------------------------------------------------
# >>> followup (spec §1.6; core: diva_desktop.core.followup) >>>
# ---------------------------------------------------------------------------


def _iso_date(text: str) -> str:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None
    return text


def _cmd_followup(args: argparse.Namespace) -> int:
    from .core.followup import evaluate_followup

    model = load_model(args.file)
    result = evaluate_followup(model, args.as_of)
    if args.json:
        _write_json(result.to_json())
    else:
        _print_followup(result.to_json())
        _print_problems(result.warnings, args.file)
    return EXIT_OK


def _fmt_share(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.0f} %"


def _print_followup(r: dict[str, Any]) -> None:
    """Readable tables of a ``diva-followup`` result."""
    out = [f"Follow-up as of {r['as_of']}", "", "Indicators:"]
    rows: list[tuple[str, ...]] = [
        (
            "indicator",
            "alternative",
            "criterion",
            "baseline",
            "target",
            "latest",
            "progress",
            "plan",
            "status",
        )
    ]
    for i in r["indicators"]:
        base, target, latest = i["baseline"], i["target"], i["latest"]
        rows.append(
            (
                i["id"],
                i["alternative"] or "–",
                i["criterion"] or "–",
                "–" if base is None else f"{_fmt_num(base['value'])} ({base['date'] or '–'})",
                "–" if target is None else f"{_fmt_num(target['value'])} ({target['date'] or '–'})",
                "–" if latest is None else f"{_fmt_num(latest['value'])} ({latest['date']})",
                _fmt_share(i["progress"]),
                _fmt_share(i["planned_progress"]),
                i["status"].replace("_", " "),
            )
        )
    widths = [max(len(row[k]) for row in rows) for k in range(len(rows[0]))]
    for row in rows:
        out.append("  " + "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    reference = f"against {r['do_nothing']}" if r["do_nothing"] else "realised / expected"
    out += ["", f"Value per alternative (realisation index {reference}):"]
    rows = [("alternative", "expected", "realised", "index", "coverage")]
    for a, v in r["alternatives"].items():
        rows.append(
            (
                a,
                f"{v['expected']:.4f}",
                f"{v['realised']:.4f}",
                "–" if v["realisation_index"] is None else f"{v['realisation_index']:.3f}",
                _fmt_share(v["coverage"]),
            )
        )
    widths = [max(len(row[k]) for row in rows) for k in range(len(rows[0]))]
    for row in rows:
        out.append("  " + "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    print("\n".join(out))


def _register_followup(sub: Any) -> None:
    p = sub.add_parser(
        "followup",
        help="follow-up: indicator progress and status, expected vs realised value, realisation index",
    )
    p.add_argument("file", metavar="FILE", help="a .diva project or a .json model")
    p.add_argument(
        "--as-of",
        dest="as_of",
        type=_iso_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="the date (default: today)",
    )
    p.add_argument("--json", action="store_true", help="print one diva-followup JSON document")
    p.set_defaults(handler=_cmd_followup)


_EXTRA_COMMANDS.append(_register_followup)

# <<< followup <<<


# ---------------------------------------------------------------------------
# >>> decisions (spec §2 snapshots; core: diva_desktop.core.decisions) >>>
# ---------------------------------------------------------------------------

COMMANDS = (*COMMANDS, "decisions")

DECISIONS_FORMAT = "diva-decisions"
DECISIONS_VERSION = 1


def _open_decisions(file: str) -> Any:
    """The project's store, or exit 1 (as DivaError) for a JSON model, which holds no decisions."""
    from .core.errors import ProjectFileError
    from .storage import ProjectStore, is_project_file

    path = Path(file)
    if path.exists() and not is_project_file(path) and path.suffix.lower() != ".diva":
        raise ProjectFileError(
            Problem(
                "no_snapshots",
                "",
                "a JSON model holds no decided versions (decisions are kept only in a .diva project). "
                f"Import it into a project first: diva import {file} -o PROJECT.diva",
            )
        )
    return ProjectStore.open(path)


def _find_decision(infos: Sequence[Any], wanted: int, path: Path) -> Any:
    """The decision ``wanted`` of ``infos``, or a DivaError naming the ids there are (exit 1)."""
    from .core.errors import ProjectFileError

    info = next((i for i in infos if i.id == wanted), None)
    if info is None:
        known = ", ".join(str(i.id) for i in infos) or "none; record one in the Decision step"
        raise ProjectFileError(
            Problem("unknown_snapshot", "", f"there is no decision with id {wanted}; the ids are: {known}")
        )
    return info


def _decision_json(info: Any) -> dict[str, Any]:
    return {
        "id": info.id,
        "label": info.label,
        "decided_by": info.decided_by,
        "decided_on": info.decided_on,
        "reference": info.reference,
        "chosen": None if info.chosen is None else list(info.chosen),
        "note": info.note,
        "created": info.created_at,
    }


def decisions_report(store: Any, compare: int | None = None) -> dict[str, Any]:
    """The ``diva decisions --json`` document ("format": "diva-decisions")."""
    from .core.decisions import compare_models, comparison_to_json

    infos = store.snapshots()
    report: dict[str, Any] = {
        "format": DECISIONS_FORMAT,
        "version": DECISIONS_VERSION,
        "decisions": [_decision_json(i) for i in infos],
    }
    if compare is not None:
        info = _find_decision(infos, compare, store.path)
        decided = store.snapshot_model(info.id)
        current = store.load_model()
        report["comparison"] = {
            "decision": info.id,
            "changes": comparison_to_json(compare_models(decided, current)),
            "portfolio": _status_json(current, info.chosen),
        }
    return report


def _status_json(model: Model, chosen: Sequence[str] | None) -> dict[str, Any] | None:
    from .core.decisions import portfolio_status, status_to_json

    return None if chosen is None else status_to_json(portfolio_status(model, chosen))


def _cmd_decisions(args: argparse.Namespace) -> int:
    with _open_decisions(args.file) as store:
        report = decisions_report(store, args.compare)
        names: dict[str, str] = {}
        if args.compare is not None and not args.json:
            decided = store.snapshot_model(args.compare)
            current = store.load_model()
            for m in (decided, current):
                names.update({a.id: a.name or a.id for a in m.alternatives})
                names.update({c.id: c.name or c.id for c in m.walk_criteria()})
    if args.json:
        _write_json(report)
    else:
        _print_decisions(report, names, args.file)
    return EXIT_OK


def _print_decisions(r: dict[str, Any], names: dict[str, str], source: str) -> None:
    out: list[str] = []
    if not r["decisions"]:
        out.append(f"{source}: no decided versions yet (record one in the Decision step)")
    for d in reversed(r["decisions"]):  # newest first
        head = ", ".join(x for x in (d["decided_by"], d["decided_on"], d["reference"]) if x)
        head = f"  ({head})" if head else ""
        out.append(f"#{d['id']}  {d['label']}{head}  recorded {d['created']}")
        if d["chosen"] is not None:
            out.append("    decided investments: " + (", ".join(d["chosen"]) or "(none)"))
        if d["note"]:
            out.append("    note: " + " ".join(d["note"].split()))
    comparison = r.get("comparison")
    if comparison is not None:
        out += ["", f"Changed since decision #{comparison['decision']}:"]
        out += [f"  {line}" for line in _change_lines(comparison["changes"], names)] or ["  nothing"]
        p = comparison["portfolio"]
        if p is not None:
            out += ["", "The decided portfolio under the current model:"]
            out.append("  feasible" if p["feasible"] else "  NOT feasible: " + "; ".join(p["violations"]))
            if p["error"]:
                out.append(f"  cannot be valued: {p['error']}")
            elif p["still_best"]:
                out.append(f"  still the focal optimum (value {p['value']:.4f})")
            else:
                opt = p["focal_optimum"]
                out.append(
                    f"  no longer the focal optimum: value {p['value']:.4f}, optimum {opt['value']:.4f} "
                    f"({', '.join(opt['alternatives']) or '(none)'})"
                )
    print("\n".join(out))


def _change_lines(c: dict[str, Any], names: dict[str, str]) -> list[str]:
    def n(x: str) -> str:
        return names.get(x, x)

    def score(x: Any) -> str:
        if x is None:
            return "missing"
        return f"{_fmt_num(x[0])}–{_fmt_num(x[1])}" if isinstance(x, list) else _fmt_num(x)

    lines: list[str] = []
    for kind in ("alternatives", "criteria"):
        part = c[kind]
        noun = "alternative" if kind == "alternatives" else "criterion"
        lines += [f"{noun} added: {n(x)}" for x in part["added"]]
        lines += [f"{noun} removed: {n(x)}" for x in part["removed"]]
        lines += [f"renamed: {x['before']} → {x['after']}" for x in part["renamed"]]
    if c["alternatives"]["do_nothing"] is not None:
        d = c["alternatives"]["do_nothing"]
        lines.append(f"do-nothing alternative: {n(d['before'] or '–')} → {n(d['after'] or '–')}")
    moved = c["criteria"]["moved"]
    lines += [f"criterion moved: {n(x['id'])} from {n(x['before'])} to {n(x['after'])}" for x in moved]
    lines += [f"scale changed: {n(x)}" for x in c["criteria"]["scales"]]
    lines += [
        f"score {n(s['alternative'])} / {n(s['criterion'])}: {score(s['before'])} → {score(s['after'])}"
        for s in c["scores"]
    ]
    lines += [
        f"weights of {n(w['node'])}: {w['before'] or 'none'} → {w['after'] or 'none'}" for w in c["weights"]
    ]
    for k in c["costs"]:
        what = "cost" if k["resource"] is None else k["resource"]
        lines.append(f"{what} of {n(k['alternative'])}: {_fmt_num(k['before'])} → {_fmt_num(k['after'])}")
    for k in c["limits"]:
        what = "budget" if k["resource"] is None else f"limit of {k['resource']}"
        lines.append(f"{what}: {_fmt_num(k['before'])} → {_fmt_num(k['after'])}")
    lines += [f"portfolio constraints changed: {k}" for k in c["constraints"]]
    lines += [f"also changed: {p}" for p in c["other"]]
    return lines


def _snapshot_id(text: str) -> int:
    return _count(text)


def _register_decisions(sub: Any) -> None:
    p = sub.add_parser(
        "decisions",
        help="list the decided model versions of a project; with --compare ID what changed since one",
    )
    p.add_argument("file", metavar="PROJECT", help="a .diva project (a .json model has no decisions)")
    p.add_argument(
        "--compare",
        type=_snapshot_id,
        metavar="ID",
        help="compare decision ID with the current model, and check its decided portfolio",
    )
    p.add_argument("--json", action="store_true", help="print one diva-decisions JSON document")
    p.set_defaults(handler=_cmd_decisions)


_EXTRA_COMMANDS.append(_register_decisions)

# <<< decisions <<<

# ---------------------------------------------------------------------------
# >>> report (spec §3; diva_desktop.reports: content, HTML, PDF) >>>
# ---------------------------------------------------------------------------


def _cmd_report(args: argparse.Namespace) -> int:
    from .reports import DEFAULT_AUDIENCE, format_of, write_report
    from .reports.pdf import FontMissingError

    out = Path(args.output)
    if format_of(out) is None:
        raise UsageError(f"diva report: cannot write {out.name!r}: the output must end in .pdf or .html")
    model = load_model(args.file)
    try:
        write_report(
            model, out, audience=args.audience or DEFAULT_AUDIENCE, language=args.lang, date=args.date
        )
    except FontMissingError as exc:
        print(f"{out}: error: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except OSError as exc:
        print(f"{out}: error: cannot write the file: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_INVALID
    print(f"wrote {out}")
    return EXIT_OK


def _register_report(sub: Any) -> None:
    p = sub.add_parser(
        "report",
        help="write a report for residents or decision-makers as PDF or HTML",
        description="diva report FILE -o OUT.pdf|OUT.html [--audience citizens|decision-makers] [--lang sv|en] "
        "[--date YYYY-MM-DD]; "
        "the format follows the suffix of OUT; the file is written atomically",
    )
    p.add_argument("file", metavar="FILE", help="a .diva project or a .json model")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf|OUT.html")
    p.add_argument(
        "--audience",
        choices=("citizens", "decision-makers"),
        default="decision-makers",
        help="citizens: plain language for residents; decision-makers: every result in brief (default)",
    )
    p.add_argument(
        "--lang",
        choices=("sv", "en"),
        default=None,
        help="the report's language (default: the model's language, else sv)",
    )
    p.add_argument(
        "--date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        default=None,
        help="the report's date, on its title page and the date of the follow-up figures (default: today); "
        "the same model and date give the same file",
    )
    p.set_defaults(handler=_cmd_report)


_EXTRA_COMMANDS.append(_register_report)

# <<< report <<<


# ---------------------------------------------------------------------------
# >>> group (spec §1.4 participants; core: diva_desktop.core.group) >>>
# ---------------------------------------------------------------------------

COMMANDS = (*COMMANDS, "group")


def group_report(model: Model, method: str) -> dict[str, Any]:
    """The ``diva-group`` document: combined statements, disagreement, participants' choices."""
    from .core.group import combine, to_json
    from .io.json_model import preference_to_dict

    return to_json(combine(model, method), preference_to_dict)


def _cmd_group(args: argparse.Namespace) -> int:
    model = load_model(args.file)
    result = group_report(model, args.method)
    if args.json:
        _write_json(result)
    else:
        _print_group(model, result, args.file)
    return EXIT_OK


def _describe_preference(d: dict[str, Any]) -> str:
    """A one-line summary of a preference set in the model format's JSON."""
    method = d["method"]
    if method == "interval":
        parts = [f"{c} [{lo:.4g}, {hi:.4g}]" for c, (lo, hi) in d["bounds"].items()]
        text = "interval: " + ", ".join(parts)
    elif method in ("ranking", "car"):
        text = f"{method}: " + json.dumps(d["order"], ensure_ascii=False)
    elif method == "point":
        text = "point: " + ", ".join(f"{c} {w:.4g}" for c, w in d["weights"].items())
    else:
        text = f"{method}: " + json.dumps(d.get("points", {}), ensure_ascii=False)
    if d.get("constraints"):
        text += f" + {len(d['constraints'])} statement(s)"
    return text


def _print_group(model: Model, r: dict[str, Any], source: str) -> None:
    """Readable tables of a ``diva-group`` result."""
    criteria = {c.id: c.name for c in model.walk_criteria()}
    alt_names = {a.id: a.name or a.id for a in model.alternatives}
    people = {p["id"]: p for p in r["participants"]}
    out = [f"{source}: {len(people)} participant(s); method {r['method']}"]
    for n in r["nodes"]:
        node = n["node"]
        title = "top level" if node == "root" else criteria.get(node, node)
        out += ["", f"{title} ({node})"]
        pref = r["weights"].get(node)
        if n["source"] == "group":
            kept = _describe_preference(pref) if pref else "equal weights"
            out.append(f"  no participant has statements here; the group's statements are kept: {kept}")
            continue
        ci = n["conflict_index"]
        ci_text = "– (one participant)" if ci is None else f"{ci:.3f}"
        out.append(f"  participants: {', '.join(n['participants'])}; conflict index {ci_text}")
        out.append(f"  combined: {_describe_preference(pref)}")
        width = max([len(criteria.get(c, c)) for c in n["children"]] + [9])
        cols = n["participants"]
        widths = [max(len(pid), 8) for pid in cols]
        heads = "  ".join(f"{pid:>{w}}" for pid, w in zip(cols, widths, strict=True))
        out.append(f"  {'criterion':<{width}}  {heads}  {'spread':>15}  {'group range':>15}")
        for c in n["children"]:
            vals = "  ".join(
                f"{people[pid]['focal'][node][c]:>{w}.4f}" for pid, w in zip(cols, widths, strict=True)
            )
            lo, hi = n["spread"][c]
            g = n["range"][c]
            out.append(
                f"  {criteria.get(c, c):<{width}}  {vals}  {f'[{lo:.3f}, {hi:.3f}]':>15}  "
                f"{f'[{g[0]:.3f}, {g[1]:.3f}]':>15}"
            )
    out += [
        "",
        "Each participant's focal-best alternative and focal values (their own weights, the same scores):",
    ]
    for p in r["participants"]:
        best = ", ".join(alt_names[a] for a in p["best"]) or "–"
        stated = ", ".join(p["nodes"]) or "no statements (the group's weights)"
        out.append(f"  {p['name']} ({p['id']}): best {best}; statements at {stated}")
        ranked = sorted(p["values"].items(), key=lambda kv: -kv[1])
        width = max([len(alt_names[a]) for a in p["values"]] + [11])
        for a, v in ranked:
            out.append(f"      {alt_names[a]:<{width}}  {v:.4f}")
    print("\n".join(out))


def _register_group(sub: Any) -> None:
    p = sub.add_parser(
        "group",
        help="combine the participants' statements into the group's weights; disagreement per node",
        description="diva group FILE [--method envelope|intersection] [--json]: the combined statements "
        "per node (the model format's weights), the spread of the participants' focal weights, the "
        "conflict index per node, and each participant's focal-best alternative and focal values",
    )
    p.add_argument("file", metavar="FILE", help="a .diva project or a .json model")
    p.add_argument(
        "--method",
        choices=("envelope", "intersection"),
        default="envelope",
        help="envelope: the least interval set containing every participant's feasible weights (default); "
        "intersection: the weights every participant accepts (refused where it misses a participant's "
        "focal weights)",
    )
    p.add_argument("--json", action="store_true", help="print one diva-group JSON document")
    p.set_defaults(handler=_cmd_group)


_EXTRA_COMMANDS.append(_register_group)

# <<< group <<<


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
