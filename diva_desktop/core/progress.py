"""Progress reporting and cancellation for long core computations.

Long work is a pure function that takes an optional ``progress`` callback (a
fraction in [0, 1]) and an optional ``cancel`` token, in the manner of Orange's
``TaskState`` (``Orange/widgets/utils/concurrent.py``): the function calls
``cancel.check()`` between chunks of work and reports progress through a
throttled callback, so a GUI thread is not flooded with updates. A thin adapter
in the UI runs such a function on a worker thread; the core never imports Qt.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from .errors import CancelledError

Progress = Callable[[float], None]
"""A progress callback: receives the fraction done, in [0, 1]."""

__all__ = ["CancelToken", "CancelledError", "Progress", "Throttled", "check", "stage", "throttled"]


class CancelToken:
    """A thread-safe cancel flag that long work polls.

    ``cancel()`` may be called from any thread; the worker calls ``check()``
    between chunks, which raises :class:`~diva_desktop.core.errors.CancelledError`
    once the token is cancelled.
    """

    __slots__ = ("_event",)

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """True once :meth:`cancel` has been called."""
        return self._event.is_set()

    def check(self) -> None:
        """Raise ``CancelledError`` if cancelled; otherwise return at once."""
        if self._event.is_set():
            raise CancelledError("cancelled")


def check(cancel: CancelToken | None) -> None:
    """``cancel.check()`` when a token is given."""
    if cancel is not None:
        cancel.check()


class Throttled:
    """A progress callback that forwards at most one update per ``interval`` seconds.

    The first call, the final 1.0 and any call after ``interval`` seconds are
    forwarded; values are clamped to [0, 1] and never go backwards.
    """

    __slots__ = ("_callback", "_interval", "_last_time", "_last_value")

    def __init__(self, callback: Progress | None, interval: float = 0.1) -> None:
        self._callback = callback
        self._interval = interval
        self._last_time = -float("inf")
        self._last_value = -1.0

    def __call__(self, fraction: float) -> None:
        if self._callback is None:
            return
        value = min(max(float(fraction), self._last_value, 0.0), 1.0)
        now = time.monotonic()
        if value >= 1.0 > self._last_value or now - self._last_time >= self._interval:
            self._last_time = now
            self._last_value = value
            self._callback(value)


def throttled(progress: Progress | None, interval: float = 0.1) -> Progress:
    """Wrap ``progress`` (possibly ``None``) in a :class:`Throttled` callback."""
    if isinstance(progress, Throttled):
        return progress
    return Throttled(progress, interval)


def stage(progress: Progress | None, start: float, stop: float) -> Progress:
    """A callback that maps its [0, 1] onto ``[start, stop]`` of ``progress``.

    Used to report several stages of one computation through one callback.
    """

    def report(fraction: float) -> None:
        if progress is not None:
            progress(start + (stop - start) * min(max(fraction, 0.0), 1.0))

    return report
