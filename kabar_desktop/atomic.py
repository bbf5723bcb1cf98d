"""Write a file whole or not at all: a temporary file beside the target, then a rename.

The temporary file is made 0600, as ``tempfile.mkstemp`` makes it (whose module, with random
and hashlib, costs every ``kabar export`` ~1.5 ms: the name's random part comes from
``os.urandom`` here); every file Kabar writes this way gets the permissions a plain ``open()``
would give (the old file's, else 0666 less the umask), so an export is as readable as any
other document the user saves.

``durable`` (the default) also flushes the file to the disk before the rename, so that even a
power cut leaves the old file or the new one. Exports and caches pass ``durable=False``: they
are made from what is kept durably (the draft, the bundled files) and can be made again, so
the user does not wait for the disk on every export (a flush takes milliseconds on an SSD,
tens of them on a busy disk or a USB stick); a failed write still leaves no half-written file.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

TYPE_CHECKING = False  # typing costs a bare interpreter ~3 ms (cli.py)
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from typing import BinaryIO

_FLAGS = os.O_RDWR | os.O_CREAT | os.O_EXCL
for _flag in ("O_NOFOLLOW", "O_CLOEXEC", "O_NOINHERIT", "O_BINARY"):  # as mkstemp opens it
    _FLAGS |= getattr(os, _flag, 0)


def _temporary(path: Path) -> tuple[int, str]:
    """A new file beside ``path``, open, named ``.NAME.XXXXXXXX.tmp`` (mkstemp's names)."""
    for _attempt in range(100):
        tmp = os.path.join(path.parent, f".{path.name}.{os.urandom(4).hex()}.tmp")
        try:
            return os.open(tmp, _FLAGS, 0o600), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {path}")


def write_atomic(path: Path, write: Callable[[BinaryIO], None], *, durable: bool = True) -> None:
    """Call ``write`` with a temporary file, then move it over ``path``.

    If ``write`` fails (bad input, a full disk), the temporary file is removed and ``path`` is
    left as it was: a reader never sees half a document.
    """
    path = Path(path)
    fd, tmp = _temporary(path)
    try:
        os.chmod(tmp, _mode_for(path))
        with os.fdopen(fd, "wb") as out:
            write(out)
            out.flush()
            if durable:
                os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` for a writer that wants a file name (Qt's PDF printer).

    When the block ends, the file is given ``path``'s permissions and moved over it. If the
    block fails, the temporary file is removed and ``path`` is left as it was.
    """
    path = Path(path)
    fd, tmp = _temporary(path)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, _mode_for(path))  # after writing: the writer may have made a new file
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _mode_for(path: Path) -> int:
    """The permissions a plain ``open()`` would give: the old file's, else the umask's."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_bytes_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    def write(out: BinaryIO) -> None:
        out.write(data)

    write_atomic(path, write, durable=durable)
