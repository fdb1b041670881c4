"""The ``diva`` command (spec §3).

``diva`` starts the GUI, ``diva FILE`` opens FILE in it; the subcommands work on a
``.diva`` project or a ``.json`` model without Qt. Errors go to standard error as
one readable line per problem; exit status 1 for invalid input, 2 for wrong usage.
No Python traceback reaches the user.
"""

from __future__ import annotations

import argparse
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

COMMANDS = ("check", "import", "export", "analyze", "sensitivity", "portfolio", "goals", "report")


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
        errors = [p for p in exc.problems if p.severity == "error"]
        _print_problems(exc.problems, args.file)
        print(f"{args.file}: {len(errors)} error(s)", file=sys.stderr)
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
    """Infeasible preference statements of every node (group and participants)."""
    from dataclasses import replace

    from .core.errors import InfeasibleError
    from .core.preferences import node_sets

    problems: list[Problem] = []
    variants: list[tuple[str, Model]] = [("", model)]
    variants += [(f"participants.{p.id}.", replace(model, weights=p.weights)) for p in model.participants]
    for prefix, m in variants:
        for node in m.internal_nodes():
            single = replace(m, weights={k: v for k, v in m.weights.items() if k == node.id})
            try:
                node_sets(single)
            except InfeasibleError as exc:
                for p in exc.problems:
                    problems.append(replace(p, location=f"{prefix}{p.location}" if prefix else p.location))
    return problems


def _cmd_import(args: argparse.Namespace) -> int:
    from .storage import open_model, save_project

    source = Path(args.file)
    if source.suffix.lower() not in {".json", ".diva"}:
        raise UsageError(
            f"diva import: cannot import {source.name!r}: give a .json model "
            "(documents: a .pdf, .docx, .txt, .md or .html with --into PROJECT.diva)"
        )
    model = open_model(source, check=True)
    out = Path(args.output)
    save_project(model, out)
    print(f"wrote {out}")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from .io.json_model import save_model_file
    from .storage import open_model

    model = open_model(Path(args.file), check=True)
    out = Path(args.output)
    if out.suffix.lower() != ".json":
        raise UsageError(f"diva export: cannot write {out.name!r}: the output must end in .json")
    try:
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
            "No display is available (DISPLAY and WAYLAND_DISPLAY are unset), so the window "
            "cannot open.",
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

    p = sub.add_parser("import", help="import a JSON model into a project file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", required=True, metavar="PROJECT.diva")
    p.set_defaults(handler=_cmd_import)

    p = sub.add_parser("export", help="export a project file to a JSON model")
    p.add_argument("file", metavar="PROJECT")
    p.add_argument("-o", "--output", required=True, metavar="FILE.json")
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
