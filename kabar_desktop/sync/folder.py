"""A folder target: a network share, a USB disk, or a folder a cloud client keeps in sync.

Kabar writes ``kabar-sync/`` inside the chosen folder, which must exist already (a missing
USB disk is an error, not an empty new folder). A cloud client may deliver files in any
order, so a folder is never trusted to be ``ordered``: each sync lists the drafts folder.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from kabar_desktop.model.problems import N_

from .bundle import GONE
from .bundle_read import MAX_BUNDLE_BYTES, MAX_META_BYTES, Refused, read_file
from .target import DRAFTS, STAMPS, NotFound, TargetError, TransientError

ROOT = "kabar-sync"


class FolderTarget:
    ordered = False

    def __init__(self, folder: Path):
        self.folder = Path(folder).expanduser().absolute()
        self.root = self.folder / ROOT
        self.key = str(self.folder)
        self.display = str(self.folder)

    def prepare(self) -> None:
        if not self.folder.is_dir():
            raise TargetError(
                "missing",
                N_("the folder {folder} is not there (is the disk plugged in?)"),
                folder=str(self.folder),
            )
        for sub in (DRAFTS, STAMPS):
            self._os(lambda s=sub: (self.root / s).mkdir(parents=True, exist_ok=True))

    def list(self, folder: str) -> dict[str, str]:
        def scan() -> dict[str, str]:
            with os.scandir(self.root / folder) as it:
                return {e.name: "" for e in it}

        return self._os(scan)

    def read(self, folder: str, name: str) -> bytes:
        """A bundle's bytes; a link, FIFO, device, folder or oversized file is refused
        (``DraftError`` naming it: the sync sets it aside) before anything is read."""
        try:
            cap = MAX_META_BYTES if name.endswith(GONE) else MAX_BUNDLE_BYTES  # metadata alone
            return self._os(lambda: read_file(self.root / folder / name, cap))
        except Refused as exc:
            raise exc.error(name) from None
        except TargetError as exc:
            if exc.kind == "missing":
                raise NotFound(name) from None
            raise

    def write(self, folder: str, name: str, data: bytes, temp: str) -> None:
        def write() -> None:
            tmp = self.root / folder / temp
            try:
                with open(tmp, "wb") as out:
                    out.write(data)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(tmp, self.root / folder / name)
            except BaseException:
                with contextlib.suppress(OSError):
                    tmp.unlink()
                raise

        self._os(write)

    def delete(self, folder: str, name: str) -> None:
        self._os(lambda: (self.root / folder / name).unlink(missing_ok=True))

    def close(self) -> None:
        pass

    def _os(self, fn):
        try:
            return fn()
        except FileNotFoundError:
            raise TargetError("missing", N_("a file or folder vanished from the target")) from None
        except OSError as exc:
            raise _error(exc, self.folder) from None


def _error(exc: OSError, folder: Path) -> TargetError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return TargetError("full", N_("the folder {folder} is full"), folder=str(folder))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return TargetError(
            "refused", N_("Kabar may not write in the folder {folder}"), folder=str(folder)
        )
    if exc.errno in (errno.EAGAIN, errno.EBUSY, errno.ETIMEDOUT, errno.EIO):
        return TransientError(
            "unreachable", N_("the folder {folder} did not answer"), folder=str(folder)
        )
    return TargetError(
        "other", N_("the folder {folder} cannot be used: {reason}"), folder=str(folder), reason=exc
    )
