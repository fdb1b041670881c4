"""Coverage, balance, the traceability matrix, goals per investment, and its CSV/XLSX export."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest

from diva_desktop.core.model import Criterion, Goal, Model, Score
from diva_desktop.core.traceability import (
    TRACE_COLUMNS,
    balance,
    coverage,
    format_score,
    goals_for_alternative,
    trace_rows,
    trace_table,
)
from diva_desktop.io.json_model import load_model_file
from diva_desktop.io.tabular import write_csv, write_table, write_xlsx


@pytest.fixture
def model(example_json_path: Path) -> Model:
    return load_model_file(example_json_path)


def _unlink(model: Model, goal_id: str) -> Model:
    def strip(c: Criterion) -> Criterion:
        return replace(c, goals=tuple(g for g in c.goals if g != goal_id), children=tuple(strip(x) for x in c.children))

    return replace(model, criteria=tuple(strip(c) for c in model.criteria))


def test_coverage_of_the_example_and_its_gaps(model: Model) -> None:
    cov = coverage(model)
    assert cov.complete
    assert set(cov.served_by) == {g.id for g in model.goals}
    # remove every link of one goal: it is uncovered
    gap = _unlink(model, "g_bygglov")
    cov = coverage(gap)
    assert [g.id for g in cov.uncovered_goals] == ["g_bygglov"]
    # a new leaf without goals is unanchored; a goal on its parent anchors it
    new_leaf = Criterion("ny", "Nytt kriterium")
    tree = (*model.criteria[:-1], replace(model.criteria[-1], children=(*model.criteria[-1].children, new_leaf)))
    cov = coverage(replace(model, criteria=tree))
    assert [c.id for c in cov.unanchored_leaves] == (["ny"] if not model.criteria[-1].goals else [])
    parent = replace(tree[-1], goals=(*tree[-1].goals, "g_insyn"))
    cov = coverage(replace(model, criteria=(*tree[:-1], parent)))
    assert "ny" not in [c.id for c in cov.unanchored_leaves]
    assert "g_insyn" in cov.anchors["ny"]


def test_balance_across_sections(model: Model) -> None:
    rows = balance(model)
    assert sum(len(b.goals) for b in rows) == len(model.goals)
    sections = [b.section for b in rows]
    assert sections[:2] == ["1. Inledning", "3.1 Invånare och företag i centrum"]
    assert "3.5 Öppenhet och delaktighet" in sections
    by_section = {b.section: b for b in rows}
    assert by_section["3.1 Invånare och företag i centrum"].goals == (
        "g_dygnet_runt", "g_80_procent", "g_tillganglighet", "g_ingen_utanfor",
    )  # fmt: skip
    assert all(b.share_served == 1.0 for b in rows if b.goals)
    top = balance(model, level=2)
    assert [b.section for b in top] == [
        "1. Inledning", "2. Vision", "3. Strategiska mål", "4. Uppföljning", "5. Prioritering av investeringar",
    ]  # fmt: skip
    assert [len(b.goals) for b in top] == [1, 0, 15, 3, 0]
    gap = balance(_unlink(model, "g_bygglov"))
    effective = next(b for b in gap if b.section.startswith("3.2"))
    assert len(effective.served) == len(effective.goals) - 1


def test_trace_rows_follow_every_goal_to_scores_and_indicators(model: Model) -> None:
    rows = trace_rows(model)
    assert {r.goal for r in rows} == {g.id for g in model.goals}
    assert all(r.document == "agenda" for r in rows)
    for r in rows:
        if r.value is not None:
            assert r.value_low is not None and r.value_high is not None
            assert 0.0 <= r.value_low <= r.value <= r.value_high <= 1.0
    with_indicator = [r for r in rows if r.indicator == "ind_digitala_arenden"]
    assert with_indicator and all(r.alternative == "e_tjansteplattform" for r in with_indicator)
    assert with_indicator[0].leaf == "digitala_arenden"
    assert with_indicator[0].target is not None
    # the same leaf for another investment has no indicator
    other = [r for r in rows if r.leaf == "digitala_arenden" and r.alternative == "ai_kundcenter"]
    assert other and all(r.indicator is None for r in other)
    # a goal no criterion serves still has its row
    gap = trace_rows(_unlink(model, "g_bygglov"))
    lonely = [r for r in gap if r.goal == "g_bygglov"]
    assert len(lonely) == 1 and lonely[0].criterion is None


def test_goal_linked_to_a_node_reaches_its_leaves() -> None:
    model = Model(
        goals=(Goal("g", "d", "Målet är att nå alla."),),
        criteria=(Criterion("c", "Invånare", goals=("g",), children=(Criterion("a", "A"), Criterion("b", "B"))),),
    )
    from diva_desktop.core.model import Document

    model = replace(model, documents=(Document("d", "Dok", text="Målet är att nå alla."),))
    rows = trace_rows(model)
    assert [(r.criterion, r.leaf) for r in rows] == [("c", "a"), ("c", "b")]
    assert rows[0].path == ("Invånare", "A")


def test_goals_for_alternative(model: Model) -> None:
    served = goals_for_alternative(model, "digital_bygglov")
    assert served[0].goal.id == "g_bygglov"
    assert served[0].leaves[0][0] == "handlaggningstid_bygglov"
    assert served[0].document is not None and served[0].document.id == "agenda"
    assert [s.contribution for s in served] == sorted((s.contribution for s in served), reverse=True)
    assert all(s.contribution > 0 for s in served)
    assert goals_for_alternative(model, "finns_inte") == []
    # the reference itself is compared with the worst value
    assert all(c > 0 for s in goals_for_alternative(model, "nollalternativ") for _l, c in s.leaves)


def test_format_score() -> None:
    assert format_score(None) == ""
    assert format_score(Score.point(60.0)) == "60"
    assert format_score(Score(30.0, 40.5)) == "30–40.5"
    assert format_score(Score("låg", "medel")) == "låg–medel"


def test_export_csv_and_xlsx_keep_swedish_text_and_numbers(model: Model, tmp_path: Path) -> None:
    header, table = trace_table(trace_rows(model))
    assert header == [title for _k, title in TRACE_COLUMNS]
    csv_path = tmp_path / "spårbarhet.csv"
    write_csv(csv_path, header, table)
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        back = list(csv.reader(fh, delimiter=";"))
    assert back[0] == header
    assert len(back) == len(table) + 1
    assert any("Digital agenda för Norrviks kommun 2025–2028" in row for row in back)
    assert any(any("å" in cell for cell in row) for row in back[1:])

    from openpyxl import load_workbook

    xlsx_path = tmp_path / "spårbarhet.xlsx"
    write_xlsx(xlsx_path, header, table, sheet="Spårbarhet")
    wb = load_workbook(xlsx_path)
    ws = wb["Spårbarhet"]
    assert [c.value for c in ws[1]] == header
    assert ws.max_row == len(table) + 1
    value_col = header.index("Value") + 1
    numbers = [ws.cell(row=r, column=value_col).value for r in range(2, ws.max_row + 1)]
    assert any(isinstance(v, float) for v in numbers)
    assert ws.freeze_panes == "A2"


def test_export_guards_against_formulas_and_bad_extensions(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    write_table(path, ["a", "b"], [["=SUM(A1)", -3], ["-5", None]])
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[1] == ["'=SUM(A1)", "-3"]
    assert rows[2] == ["-5", ""]
    with pytest.raises(ValueError, match=r"\.txt"):
        write_table(tmp_path / "t.txt", ["a"], [])


def test_cli_goals_gives_the_core_figures(example_json_path: Path, model: Model, tmp_path: Path) -> None:
    import json
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}

    def diva(*args: str) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            [sys.executable, "-m", "diva_desktop", *args], capture_output=True, text=True, env=env, check=False
        )
        assert "Traceback" not in proc.stderr, proc.stderr
        return proc

    proc = diva("goals", str(example_json_path), "--json", "--suggest")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["format"] == "diva-goals"
    cov = coverage(model)
    assert report["coverage"]["uncovered_goals"] == [g.id for g in cov.uncovered_goals]
    assert {g["id"]: g["criteria"] for g in report["goals"]} == {k: list(v) for k, v in cov.served_by.items()}
    assert [b["section"] for b in report["balance"]] == [b.section for b in balance(model)]
    assert report["suggestions"]["agenda"]  # passages not yet quoted
    out = tmp_path / "matris.xlsx"
    proc = diva("goals", str(example_json_path), "--trace", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "Coverage: 19 of 19 goal(s)" in proc.stdout
    from openpyxl import load_workbook

    assert load_workbook(out).active.max_row == len(trace_rows(model)) + 1
    assert diva("goals", str(example_json_path), "--trace", str(tmp_path / "x.txt")).returncode == 2
