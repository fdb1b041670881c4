"""The ``.diva`` project file: SQLAlchemy on SQLite (spec ``model-format.md`` §2).

Callers get and give core objects only; the ORM stays inside this package.

* :func:`save_project` / :func:`load_project`: a model to and from a project file;
* :func:`open_model`: a model from a ``.diva`` project or a ``.json`` model;
  :func:`open_content` / :func:`load_project_content`: the same with the project's
  analysis settings;
* :func:`is_project_file`: whether a file is a DIVÄ project;
* :class:`ProjectStore`: an open project with snapshots of decided versions and
  analysis settings.

Errors: :class:`~diva_desktop.core.errors.ProjectFileError` for a file that cannot be
read or written (its one-line message names the file, the reason and the fix) and
:class:`~diva_desktop.core.errors.ModelError` for a model that is not valid
(``check=True``) or cannot be stored.
"""

from __future__ import annotations

from .orm import APPLICATION_ID, SCHEMA_VERSION
from .project import (
    PROJECT_SUFFIX,
    ProjectStore,
    SnapshotInfo,
    is_project_file,
    load_project,
    load_project_content,
    open_content,
    open_model,
    save_project,
)

__all__ = [
    "APPLICATION_ID",
    "PROJECT_SUFFIX",
    "SCHEMA_VERSION",
    "ProjectStore",
    "SnapshotInfo",
    "is_project_file",
    "load_project",
    "load_project_content",
    "open_content",
    "open_model",
    "save_project",
]
