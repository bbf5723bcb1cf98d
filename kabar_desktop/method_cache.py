"""The methods ``@dataclass`` writes, compiled once per installation rather than once per process.

For each dataclass, ``dataclasses`` writes ``__init__``, ``__repr__``, ``__eq__`` … as Python
source and compiles it when the class is defined: about 0.15 ms a method, more than 10 ms of
every ``kabar check`` for the ~100 methods of the classes it imports (issue 13 #7). While
``kept_methods`` is active, the ``exec`` that ``dataclasses`` calls (a name it looks up in its
own module before the builtins) takes the code compiled from the very same source from a
marshal in the cache folder, and compiles what the marshal lacks as ``exec`` would. The
classes themselves are unchanged: ``dataclasses`` does all the rest as usual.

Kept safe: the source is the whole key (the same source compiles to the same code), and the
file is tied to the exact Python (``sys.version``, the bytecode's tag and the ``-O`` level); a
damaged or unreadable file means plain compiling. The source holds class and field names only
(defaults are passed by reference), never what a user typed, and as with the patterns
(pattern_cache.py) nothing is kept while another thread runs Python.
"""

from __future__ import annotations

import builtins
import marshal
import sys

from kabar_desktop import paths

TYPE_CHECKING = False  # typing costs a bare interpreter ~3 ms (cli.py)
if TYPE_CHECKING:
    from types import CodeType
    from typing import Any

CACHE_FILE = "methods.marshal"
_FORMAT = 1
MAX_KEPT = 2000  # a bound on what an edited checkout's cache can grow to

_kept: dict[str, CodeType] | None = None  # read once per process
_new: dict[str, CodeType] = {}  # compiled in this process, not yet in the file


def _key() -> list[Any]:
    return [_FORMAT, sys.version, sys.implementation.cache_tag, sys.flags.optimize]


def _load() -> dict[str, CodeType]:
    global _kept
    if _kept is None:
        _kept = {}
        try:
            kept = marshal.loads((paths.cache_dir() / CACHE_FILE).read_bytes())
            if kept[0] == _key() and isinstance(kept[1], dict):
                _kept = kept[1]
        except (OSError, EOFError, ValueError, TypeError, IndexError, KeyError):
            pass  # no cache yet, another Python's or a damaged one: compiled afresh
    return _kept


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:  # noqa: A002
    """``exec`` as ``dataclasses`` calls it, with the code for a source read from the cache."""
    if isinstance(source, str):
        code = _load().get(source) or _new.get(source)
        if code is None:  # dont_inherit: compiled as dataclasses' own exec compiles it
            code = _new[source] = compile(source, "<string>", "exec", dont_inherit=True)
        source = code
    builtins.exec(source, globals, locals)


class kept_methods:  # noqa: N801 - used as a function: ``with kept_methods():``
    """Around imports: the dataclasses they define get their methods' code from the cache,
    and what it lacked is added afterwards when ``keep`` says so (the imports succeeded, no
    other thread ran: ``pattern_cache.cached_patterns`` decides)."""

    def __enter__(self) -> None:
        import dataclasses

        self.module = dataclasses
        self.before = dataclasses.__dict__.get("exec")  # nested: the outer one's, restored
        dataclasses.exec = _exec  # type: ignore[attr-defined]

    def __exit__(self, *_exc: object) -> None:
        if self.before is None:
            self.module.__dict__.pop("exec", None)
        else:
            self.module.exec = self.before  # type: ignore[attr-defined]

    def keep(self) -> None:
        """Write what this process compiled to the cache file (once: then nothing is new);
        a folder that cannot be written means compiling again next time."""
        if not _new or self.before is not None:  # the outermost one writes
            return
        kept = _load()
        merged = dict(kept) if len(kept) + len(_new) <= MAX_KEPT else {}
        merged.update(_new)
        try:
            from kabar_desktop.atomic import write_bytes_atomic

            path = paths.cache_dir() / CACHE_FILE
            path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(path, marshal.dumps([_key(), merged]))
        except Exception:  # noqa: BLE001 - a cache must never stop Kabar
            return
        kept.update(_new)
        _new.clear()
