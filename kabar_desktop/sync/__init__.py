"""Sync of drafts with the regional office through a shared folder or a WebDAV server.

No Qt here. ``SyncEngine(store, open_target(...), office).run()`` does one sync; the window
runs it in a worker thread with its own ``DraftStore``, a progress callback and a
cancellation event. See docs/sync.md.
"""

from __future__ import annotations

from pathlib import Path

from kabar_desktop.model.problems import N_
from kabar_desktop.paths import data_dir

from .engine import SyncEngine
from .folder import FolderTarget
from .outcome import SyncQuestion, SyncReport
from .target import Cancelled, Retry, Target, TargetError, TransientError
from .webdav import WebDAVTarget

__all__ = [
    "Cancelled",
    "FolderTarget",
    "Retry",
    "SyncEngine",
    "SyncQuestion",
    "SyncReport",
    "Target",
    "TargetError",
    "TransientError",
    "WebDAVTarget",
    "is_url",
    "open_target",
]


def is_url(where: str) -> bool:
    return where.startswith(("http://", "https://"))


def open_target(
    where: str, user: str = "", password: str = "", *, ca_file: str | None = None
) -> Target:
    """The target ``where`` names: an http(s) address, or a folder (never Kabar's own)."""
    if is_url(where):
        return WebDAVTarget(where, user, password, ca_file=ca_file)
    folder = Path(where).expanduser().resolve()
    data = data_dir().resolve()
    if folder == data or data in folder.parents or folder in data.parents:
        raise TargetError(
            "refused",
            N_("the folder holds Kabar's own data, so it cannot be a sync target: choose another"),
        )
    return FolderTarget(folder)
