"""Atomic file writes: a temporary file in the same folder, flushed and renamed."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path


def target_mode(path: Path) -> int:
    """Permission bits for a file that replaces ``path``: the old file's, else the umask's.

    Temporary files are created 0600; without this a saved file would lose the
    permissions the user gave it (or never get the usual 0644).
    """
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old or the new file, never a mix.

    Raises :class:`OSError` (read-only folder, disk full, …) and leaves the old file
    untouched in that case.
    """
    folder = path.parent if str(path.parent) else Path(".")
    mode = target_mode(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
