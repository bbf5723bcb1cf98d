"""Kabar's local store: every draft in one SQLite database, with history and crash recovery.

``DraftStore.open(session=True)`` is what the window uses; the command line opens without a
session (it must not mark the window's session as ended). See docs/storage.md.
"""

from __future__ import annotations

from .database import Database, OpenResult, database_path
from .drafts import STATUS_LABELS, DraftRow, DraftStore, status_label
from .errors import StoreError
from .history import DiffRow, RevisionInfo, diff_drafts, word_diff
from .schema import SCHEMA_VERSION, STATUSES

__all__ = [
    "SCHEMA_VERSION",
    "STATUSES",
    "STATUS_LABELS",
    "Database",
    "DiffRow",
    "DraftRow",
    "DraftStore",
    "OpenResult",
    "RevisionInfo",
    "StoreError",
    "database_path",
    "diff_drafts",
    "status_label",
    "word_diff",
]
