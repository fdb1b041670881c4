"""Build ``project_v1.diva``: a project file of schema version 1 (kept in git).

Schema 1 is the schema of today's ORM without the ``snapshot`` table (added by schema
2). This script was run once, at the commit that introduced schema 2; with later code
it no longer builds a version-1 file, which is why the file itself is in git. It holds
the model of ``project_v1.json`` and two analysis settings.

    .venv/bin/python tests/data/make_project_v1.py
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from diva_desktop.io.json_model import load_model_file
from diva_desktop.storage import fileformat as ff
from diva_desktop.storage.mapping import model_to_rows
from diva_desktop.storage.orm import APPLICATION_ID, MODEL_TABLES, Base, SettingRow

HERE = Path(__file__).resolve().parent


def main() -> None:
    target = HERE / "project_v1.diva"
    target.unlink(missing_ok=True)
    target.touch()
    rows = model_to_rows(load_model_file(HERE / "project_v1.json"))
    engine = ff.make_engine(target)
    v1_tables = [t for t in Base.metadata.sorted_tables if t.name != "snapshot"]
    with engine.begin() as conn:
        Base.metadata.create_all(conn, tables=v1_tables)
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.exec_driver_sql("PRAGMA user_version = 1")
    with Session(engine) as session, session.begin():
        for cls in MODEL_TABLES:
            if rows.get(cls):
                session.execute(cls.__table__.insert(), rows[cls])
        session.add_all([SettingRow(key="samples", value=10000), SettingRow(key="seed", value=1)])
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
