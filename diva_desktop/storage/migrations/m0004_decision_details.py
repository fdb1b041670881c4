"""Schema 3 → 4: ``snapshot.chosen`` and ``snapshot.note``, what a recorded decision adopted and why.

``chosen`` holds the decided investments as a JSON list of alternative ids and
``note`` the motivation (free text). Snapshots of older files get ``NULL`` in both:
their decisions recorded no chosen investments.
"""

from __future__ import annotations

from sqlalchemy import Connection


def upgrade(conn: Connection) -> None:
    conn.exec_driver_sql("ALTER TABLE snapshot ADD COLUMN chosen TEXT")
    conn.exec_driver_sql("ALTER TABLE snapshot ADD COLUMN note TEXT")
