"""A bundled data file read once per installation rather than once per command.

Reading some files costs more than the command's own work: the sentence patterns' TOML is
parsed by ``tomllib`` in Python (~5 ms, and ~2 ms more to import it) at every ``kabar
export`` (issue 15 #8). ``read_kept`` keeps what a reader made of a file as one marshal in the
cache folder (KABAR_HOME honoured), tied to the file's path, size and modification time and
to the Python that wrote it; a damaged copy, one of another file or Python, or a value
marshal cannot hold (a TOML date) means reading the file again, and a folder that cannot be
written means reading it every time.
"""

from __future__ import annotations

import marshal
import sys
from pathlib import Path

from kabar_desktop import paths

TYPE_CHECKING = False  # typing costs a bare interpreter ~3 ms (cli.py)
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

_FORMAT = 1


def read_kept(path: Path, name: str, read: Callable[[bytes], Any]) -> Any:
    """``read(path's bytes)``, from the copy kept as ``name`` in the cache folder if it was
    made of this very file."""
    stat = path.stat()
    key = [_FORMAT, sys.version, str(path), stat.st_size, stat.st_mtime_ns]
    kept_at = paths.cache_dir() / name
    try:
        kept = marshal.loads(kept_at.read_bytes())
        if kept[0] == key:
            return kept[1]
    except (OSError, EOFError, ValueError, TypeError, IndexError):
        pass  # none yet, another file's, or damaged: read the file
    value = read(path.read_bytes())
    try:
        from kabar_desktop.atomic import write_bytes_atomic

        data = marshal.dumps([key, value])
        kept_at.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(kept_at, data)
    except (OSError, ValueError):  # a read-only folder, or a value marshal cannot hold
        pass
    return value
