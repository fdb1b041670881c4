"""A save killed at any moment leaves the old or the new model, never a mix.

Each run starts a child process that saves a big model over a project holding another
one and kills it with SIGKILL, at a random moment of the save or right after its n-th
SQL statement; the file is then opened here and must hold exactly the old or exactly
the new model. Most runs fork the test process (cheap, so there can be many); one
test runs a separate Python program (``project_crash_child.py``).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from project_bigmodel import big_model
from sqlalchemy import Engine, event

from diva_desktop.storage import ProjectStore, load_project, save_project

CHILD = Path(__file__).resolve().parent / "project_crash_child.py"

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")

OLD = big_model("gammal", n_alternatives=24)
NEW = big_model("ny")


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _arm(die_at: str) -> None:
    """In the child: die after the ``die_at``-th SQL statement, or just before the rename."""
    if die_at == "rename":
        real_replace = os.replace

        def replace_then_die(src: Any, dst: Any, **kw: Any) -> None:
            if str(dst).endswith(".diva"):
                _die()
            real_replace(src, dst, **kw)

        os.replace = replace_then_die
        return
    remaining = [int(die_at)]

    def count(*args: Any) -> None:
        remaining[0] -= 1
        if remaining[0] < 0:
            _die()

    event.listen(Engine, "after_cursor_execute", count)


def _run_forked(save: Callable[[], None], *, die_at: str | None = None, kill_after: float | None = None) -> bool:
    """Run ``save`` in a forked child; kill it as asked. True if it was killed before finishing."""
    ready_r, ready_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 1
        try:
            os.close(ready_r)
            if die_at is not None:
                _arm(die_at)
            os.write(ready_w, b"r")
            save()
            os.write(ready_w, b"s")
            code = 0
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(code)
    os.close(ready_w)
    try:
        assert os.read(ready_r, 1) == b"r"
        if kill_after is not None:
            time.sleep(kill_after)
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        finished = os.read(ready_r, 1) == b"s"
    finally:
        os.close(ready_r)
    if os.WIFEXITED(status) and os.WEXITSTATUS(status) != 0:
        pytest.fail("the child's save failed (its traceback is above)")
    return not finished


def _which(path: Path, context: str) -> str:
    loaded = load_project(path)
    if loaded == OLD:
        return "old"
    if loaded == NEW:
        return "new"
    pytest.fail(f"{context}: the file holds neither the old nor the new model ({loaded.name!r})")


_TEMPLATE: list[Path] = []


def _old_project(path: Path) -> None:
    """A project holding OLD at ``path`` (a copy of one saved once)."""
    if not _TEMPLATE or not _TEMPLATE[0].exists():
        template = path.with_name("template.diva")
        save_project(OLD, template)
        _TEMPLATE[:] = [template]
    shutil.copyfile(_TEMPLATE[0], path)


def _inplace(folder: Path) -> tuple[Path, Callable[[], None]]:
    """Saving over an existing project: one transaction in the file."""
    folder.mkdir()
    target = folder / "plan.diva"
    _old_project(target)
    return target, lambda: save_project(NEW, target)


def _save_as(folder: Path) -> tuple[Path, Callable[[], None]]:
    """Save as, over an existing project: a temporary file renamed into place."""
    folder.mkdir()
    source, target = folder / "source.diva", folder / "plan.diva"
    _old_project(source)
    _old_project(target)

    def save() -> None:
        with ProjectStore.open(source) as store:
            store.save_as(NEW, target)

    return target, save


SETUPS = {"inplace": _inplace, "save_as": _save_as}


@pytest.mark.parametrize("mode", sorted(SETUPS))
def test_killing_a_save_at_random_moments(tmp_path: Path, mode: str) -> None:
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    _, save = SETUPS[mode](tmp_path / "calibrate")
    start = time.perf_counter()
    assert not _run_forked(save)
    duration = time.perf_counter() - start
    outcomes = []
    for run in range(8):
        target, save = SETUPS[mode](tmp_path / f"run{run}")
        delay = rng.uniform(0.0, 1.1 * duration)
        killed = _run_forked(save, kill_after=delay)
        state = _which(target, f"{mode} run {run} (seed {seed}), killed after {delay:.3f} s")
        if not killed:
            assert state == "new"
        outcomes.append((round(delay, 3), killed, state))
    # The last project is still usable: it can be saved over and read again.
    save_project(OLD, target)
    assert load_project(target) == OLD
    print(f"{mode}: a save takes {duration:.3f} s; (delay, killed, result): {outcomes}")


@pytest.mark.parametrize("mode", sorted(SETUPS))
@pytest.mark.parametrize("die_at", ["0", "4", "15", "40", "rename"])
def test_killing_a_save_after_a_given_statement(tmp_path: Path, mode: str, die_at: str) -> None:
    """Deterministic kill points inside the transaction, and just before the rename."""
    target, save = SETUPS[mode](tmp_path / "run")
    killed = _run_forked(save, die_at=die_at)
    state = _which(target, f"{mode}, killed at {die_at}")
    if die_at == "rename" and mode == "inplace":
        assert (killed, state) == (False, "new")  # saving over a project renames nothing
    else:
        assert (killed, state) == (True, "old")
    if die_at == "15":  # the interrupted save does not disturb the next one
        save_project(NEW, target)
        assert load_project(target) == NEW


def test_killing_a_separate_program_mid_save(tmp_path: Path) -> None:
    """The same with a real second program, killed from outside at random moments."""
    rng = random.Random()
    results = []
    for run in range(2):
        target, _ = _inplace(tmp_path / f"run{run}")
        proc = subprocess.Popen(
            [sys.executable, str(CHILD), "inplace", str(target), "ny"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=CHILD.parent,
        )
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.strip() == "ready", line + (proc.stderr.read() if proc.stderr else "")
        delay = rng.uniform(0.0, 0.25)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode in (0, -signal.SIGKILL), out + err
        results.append((round(delay, 3), proc.returncode, _which(target, f"program run {run}, {delay:.3f} s")))
    print(results)
