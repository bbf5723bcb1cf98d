"""The methods ``@dataclass`` (and ``namedtuple``) write, compiled once per installation.

For each dataclass, ``dataclasses`` writes ``__init__``, ``__repr__``, ``__eq__`` … as Python
source and compiles it when the class is defined: about 0.15 ms a method, more than 10 ms of
every ``kabar check`` for the ~100 methods of the classes it imports (issue 13 #7). While
``kept_methods`` is active, the ``exec`` that ``dataclasses`` calls (a name it looks up in its
own module before the builtins) takes the code compiled from the very same source from a
marshal in the cache folder, and compiles what the marshal lacks as ``exec`` would;
``namedtuple``'s ``eval`` of its ``__new__`` likewise. The classes themselves are unchanged:
``dataclasses`` and ``collections`` do all the rest as usual.

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


def _code(source: str, mode: str) -> CodeType:
    """The code compiled from ``source``, from the cache if it holds it (``dont_inherit``:
    compiled as the caller's own ``exec`` or ``eval`` compiles it)."""
    key = source if mode == "exec" else f"{mode}:{source}"
    code = _load().get(key) or _new.get(key)
    if code is None:
        code = _new[key] = compile(source, "<string>", mode, dont_inherit=True)
    return code


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:  # noqa: A002
    """``exec`` as ``dataclasses`` calls it, with the code for a source read from the cache."""
    builtins.exec(_code(source, "exec") if isinstance(source, str) else source, globals, locals)


def _eval(source: Any, globals: Any = None, locals: Any = None, /) -> Any:  # noqa: A002
    """``eval`` as ``namedtuple`` calls it (its ``__new__``), the code from the cache."""
    return builtins.eval(
        _code(source, "eval") if isinstance(source, str) else source, globals, locals
    )


class kept_methods:  # noqa: N801 - used as a function: ``with kept_methods():``
    """Around imports: the dataclasses they define get their methods' code from the cache,
    and what it lacked is added afterwards when ``keep`` says so (the imports succeeded, no
    other thread ran: ``pattern_cache.cached_patterns`` decides)."""

    def __enter__(self) -> None:
        import collections
        import dataclasses

        # The names each module looks up before the builtins; nested: the outer one's, put
        # back when this one ends.
        self.patched = [(dataclasses, "exec", _exec), (collections, "eval", _eval)]
        self.before = [vars(module).get(name) for module, name, _ in self.patched]
        for module, name, ours in self.patched:
            setattr(module, name, ours)

    def __exit__(self, *_exc: object) -> None:
        for (module, name, _), before in zip(self.patched, self.before, strict=True):
            if before is None:
                vars(module).pop(name, None)
            else:
                setattr(module, name, before)

    def keep(self) -> None:
        """Write what this process compiled to the cache file (once: then nothing is new);
        a folder that cannot be written means compiling again next time."""
        if not _new or self.before[0] is not None:  # the outermost one writes
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
