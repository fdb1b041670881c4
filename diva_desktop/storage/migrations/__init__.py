"""Schema migrations of the ``.diva`` file, one step per schema version.

``STEPS[n]`` upgrades a file from schema version ``n`` to ``n + 1``. A step is frozen
once released: it spells out its own SQL and never imports the current ORM classes,
because those describe the newest schema, not the one the step starts from. The
caller (:mod:`..fileformat`) backs the file up first and runs every step and the new
``PRAGMA user_version`` in one transaction, so a failed upgrade leaves the file as it
was.

To change the schema: edit :mod:`..orm`, raise ``SCHEMA_VERSION`` there, add a module
``mNNNN_what.py`` with an ``upgrade(conn)`` function and register it below; the test
``tests/storage/test_project_migrations.py`` then checks that migrated files of every
older version in ``tests/data`` have exactly the schema of a new file. Build a fixture
of the version being replaced before changing the ORM (``tests/data/make_project_v*.py``).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

from . import m0002_snapshot, m0003_document_validity, m0004_decision_details

Step = Callable[[Connection], None]

STEPS: dict[int, Step] = {
    1: m0002_snapshot.upgrade,
    2: m0003_document_validity.upgrade,
    3: m0004_decision_details.upgrade,
}


def migrate(conn: Connection, from_version: int, to_version: int) -> None:
    """Run the steps from ``from_version`` up to ``to_version`` inside the caller's transaction."""
    for version in range(from_version, to_version):
        step = STEPS.get(version)
        if step is None:
            raise LookupError(f"no migration from schema version {version} to {version + 1}")
        step(conn)
