"""The worker runner: results, progress, cancel, no thread left behind, a live event loop."""

from __future__ import annotations

import itertools
import time
from functools import partial

import pytest
from PySide6.QtCore import QTimer

from diva_desktop.core.analysis import analyze
from diva_desktop.core.errors import ModelError, Problem
from diva_desktop.core.model import Model
from diva_desktop.core.progress import CancelToken
from diva_desktop.ui.analysis_runner import (
    AnalysisRunner,
    exact_analysis,
    full_analysis,
    plain_warning,
    stale_parts,
)


def _slow(seconds: float, *, progress=None, cancel: CancelToken | None = None) -> str:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if cancel is not None:
            cancel.check()
        if progress is not None:
            progress(1 - (end - time.monotonic()) / seconds)
        time.sleep(0.005)
    return "done"


def test_a_job_finishes_with_its_result_and_progress(qtbot) -> None:
    runner = AnalysisRunner()
    seen: list[float] = []
    runner.progressed.connect(lambda _k, f: seen.append(f))
    with qtbot.waitSignal(runner.finished, timeout=5000) as blocker:
        runner.run("slow", partial(_slow, 0.3))
    kind, job = blocker.args
    assert kind == "slow" and job.result == "done" and job.state == "done"
    assert seen and seen[-1] == 1.0
    assert runner.wait(2000)
    assert runner.pool.activeThreadCount() == 0
    assert not runner.is_running()


def test_cancel_stops_the_worker_and_leaves_no_thread(qtbot) -> None:
    runner = AnalysisRunner()
    finished = []
    runner.finished.connect(lambda *a: finished.append(a))
    with qtbot.waitSignal(runner.cancelled, timeout=5000):
        runner.run("slow", partial(_slow, 30.0))
        qtbot.wait(50)
        runner.cancel("slow")
    assert runner.wait(2000)
    assert runner.pool.activeThreadCount() == 0
    assert not finished


def test_a_new_job_of_a_kind_supersedes_the_old_one(qtbot) -> None:
    runner = AnalysisRunner()
    results = []
    runner.finished.connect(lambda _k, job: results.append(job.result))
    cancelled = []
    runner.cancelled.connect(cancelled.append)
    runner.run("slow", partial(_slow, 30.0))
    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.run("slow", partial(_slow, 0.05))
    assert runner.wait(2000)
    assert results == ["done"]
    assert cancelled == []  # the superseded job ends quietly
    assert runner.pool.activeThreadCount() == 0


def test_errors_arrive_as_failures(qtbot) -> None:
    runner = AnalysisRunner()

    def bad(*, progress=None, cancel=None):
        raise ModelError(Problem("no_feasible_portfolio", "portfolio", "no portfolio is feasible"))

    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.run("bad", bad)
    _kind, job = blocker.args
    assert isinstance(job.error, ModelError)
    runner.wait(1000)


def test_destroying_the_runner_cancels_and_joins_its_threads(qtbot) -> None:
    runner = AnalysisRunner()
    job = runner.run("slow", partial(_slow, 30.0))
    qtbot.wait(30)
    pool = runner.pool
    started = time.monotonic()
    runner.deleteLater()
    qtbot.waitUntil(job.done.is_set, timeout=3000)
    assert job.token.cancelled
    assert time.monotonic() - started < 3
    del pool


def test_the_event_loop_keeps_turning_while_a_million_samples_run(qtbot, example_model) -> None:
    """A QTimer ticks all through a 1,000,000-sample SMAA on the worker."""
    runner = AnalysisRunner()
    ticks = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    started = time.monotonic()
    with qtbot.waitSignal(runner.finished, timeout=120_000) as blocker:
        runner.run("full", partial(full_analysis, example_model, samples=1_000_000, seed=1))
    elapsed = time.monotonic() - started
    timer.stop()
    _kind, job = blocker.args
    assert job.result.data["smaa"]["samples"] == 1_000_000
    assert elapsed > 0.5
    assert len(ticks) >= 0.4 * elapsed / 0.020  # at least 40 % of the ticks came on time
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert max(gaps) < 0.5  # never frozen for half a second
    assert runner.wait(2000) and runner.pool.activeThreadCount() == 0


def test_a_million_sample_run_can_be_cancelled(qtbot, example_model) -> None:
    runner = AnalysisRunner()
    with qtbot.waitSignal(runner.cancelled, timeout=30_000):
        runner.run("full", partial(full_analysis, example_model, samples=1_000_000, seed=1))
        qtbot.wait(300)
        started = time.monotonic()
        runner.cancel()
    assert time.monotonic() - started < 5
    assert runner.wait(5000)
    assert runner.pool.activeThreadCount() == 0


def test_exact_and_full_analysis_are_the_cli_figures(example_model) -> None:
    full = full_analysis(example_model, samples=2000, seed=3)
    assert full.data == analyze(example_model, samples=2000, seed=3)
    exact = exact_analysis(example_model)
    for key in (
        "alternatives",
        "criteria",
        "weights",
        "values",
        "differences",
        "dominance",
        "max_regret",
        "rules",
    ):
        assert exact.data[key] == full.data[key], key
    assert exact.data["smaa"] is None
    contributions = exact.contributions().sum(axis=1)
    for i, a in enumerate(exact.data["alternatives"]):
        assert contributions[i] == pytest.approx(exact.data["values"][a]["focal"], abs=1e-12)


def test_stale_parts_names_what_changed(example_model) -> None:
    from dataclasses import replace

    changed = replace(example_model, name="Another name")
    assert stale_parts(example_model, changed, "exact") == frozenset()
    changed = replace(example_model, portfolio=None)
    assert stale_parts(example_model, changed, "exact") == frozenset()
    assert stale_parts(example_model, changed, "portfolio") == {"portfolio"}
    assert stale_parts(None, changed, "exact") == frozenset()


def test_warnings_in_plain_words(example_model) -> None:
    text = plain_warning(
        "scores.ai_kundcenter.dataskydd_risk: missing score; treated as the whole scale (value 0–1, focal 0.5)",
        example_model,
    )
    assert "AI-stöd i kundcenter" in text and "missing" in text
    assert plain_warning(
        "weights.root: SMAA weights sampled by hit-and-run (thinning 5)", Model()
    ).startswith("The weights under")
    assert plain_warning("something else", Model()) == "something else"
