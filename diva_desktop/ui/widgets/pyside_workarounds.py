"""Workarounds for defects of the Qt binding that the whole GUI must live with.

PySide6 6.12.0 on CPython 3.11: every binding call that returns ``None`` (every
``void`` method such as ``setText``, and every invalid ``QVariant`` such as
``QModelIndex.data()`` of an empty role) hands back ``None`` *without* a new
reference. Each call therefore lowers ``None``'s reference count by one; after a
few thousand calls the interpreter aborts with "Fatal Python error: none_dealloc:
deallocating None". CPython 3.12+ makes ``None`` immortal, which hides the defect.

:func:`pin_none` gives ``None`` a reference count it cannot run out of (as 3.12
does). Call it once, before the first widget is made: in the application's start
and in the test configuration. It does nothing on CPython 3.12 and later.
"""

from __future__ import annotations

import ctypes
import sys

_PIN = 1 << 40


def pin_none() -> None:
    """Make ``None``, ``True`` and ``False`` practically immortal on CPython < 3.12.

    See the module documentation; the booleans are pinned too because the same
    defect was seen to drop references to them (an abort at interpreter exit).
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):
        refcnt = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt: PyObject's first field
        if refcnt.value < _PIN:
            refcnt.value += _PIN
