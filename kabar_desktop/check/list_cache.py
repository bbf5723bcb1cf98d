"""A word list read once per installation rather than once per process: what ``parse`` made
of a file is kept in Kabar's cache folder (marshal) and read back while the file is
unchanged (same path, size and time, same Python). A missing, damaged or stale cache means
reading the file again and writing the cache afresh; a read-only cache folder means reading
the file each time. ``kata-inggris.txt`` and ``frekuensi-kata.tsv``: ~5 ms each instead of
~15 ms on the first check that asks (issue 13 #7)."""

from __future__ import annotations

import marshal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from kabar_desktop import paths

T = TypeVar("T")
_FORMAT = 1


def cached_read(path: Path, cache_name: str, parse: Callable[[str], T], empty: T) -> T:
    """``parse(text of path)``, from the cache ``cache_name`` when it is current; ``empty``
    when the file cannot be read."""
    try:
        stat = path.stat()
    except OSError:
        return empty
    key = [_FORMAT, list(sys.version_info[:2]), str(path), stat.st_size, stat.st_mtime_ns]
    kept_at = paths.cache_dir() / cache_name
    try:
        kept = marshal.loads(kept_at.read_bytes())
        if kept[0] == key:
            return kept[1]
    except (OSError, EOFError, ValueError, TypeError, IndexError):
        pass
    try:
        made = parse(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return empty
    try:
        from kabar_desktop.atomic import write_bytes_atomic

        kept_at.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(kept_at, marshal.dumps([key, made]))
    except (OSError, ValueError):  # a read-only folder, or nothing marshal can keep
        pass
    return made
