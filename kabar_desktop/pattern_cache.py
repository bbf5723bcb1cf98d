"""Regular expressions compiled once per installation rather than once per process.

Importing the checker's rules compiles about 190 patterns: ~30 ms of every ``kabar check``,
more than the check of an article takes (issue 13 #7); a ``kabar export`` compiles about 50
(composition, the draft reader, argparse, gettext). Python's ``re`` turns a pattern into a
list of codes in Python code (the slow part) and hands it to ``_sre.compile`` (fast, in C):
this module keeps those codes in the cache folder and, before the modules are imported, puts
the patterns built from them into ``re``'s own cache, where ``re.compile`` finds them. The
modules themselves are unchanged: they still call ``re.compile``. Only patterns compiled
inside ``cached_patterns()`` are kept: the modules' own, not ones built from a text.

Kept safe: the cache is tied to the exact Python (``sys.version``, ``_sre.MAGIC``); each
entry was checked equal (``==`` compares the pattern, flags and codes) to what ``re``
compiled before it was kept; anything unexpected (another Python's ``re``, a damaged or
unreadable file) means plain compiling, and a pattern the cache lacks is compiled as usual
and added for the next process.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # re's own engine, loaded with re
import marshal
import re
import sys

from kabar_desktop import paths
from kabar_desktop.method_cache import kept_methods

TYPE_CHECKING = False  # typing costs a bare interpreter ~3 ms (cli.py)
if TYPE_CHECKING:
    from types import FrameType
    from typing import Any

CACHE_FILE = "patterns.marshal"
_FORMAT = 1
MAX_KEPT = 2000  # a bound on what an edited checkout's cache can grow to


def _key() -> list[Any]:
    return [_FORMAT, sys.version, _sre.MAGIC, getattr(_sre, "CODESIZE", 0)]


def _re_cache() -> dict | None:
    cache = getattr(re, "_cache", None)
    return cache if isinstance(cache, dict) else None


_loaded: dict[tuple[str, int], tuple] | None = None  # the file, read once per process


def _load() -> dict[tuple[str, int], tuple]:
    global _loaded
    if _loaded is None:
        _loaded = {}
        try:
            kept = marshal.loads((paths.cache_dir() / CACHE_FILE).read_bytes())
            if kept[0] == _key():
                _loaded = kept[1]
        except (OSError, EOFError, ValueError, TypeError, IndexError, KeyError):
            pass  # no cache yet, another Python's or a damaged one: compiled afresh
    return _loaded


def _make_room() -> None:
    """Let ``re``'s cache hold every kept pattern: its default (512 in Python 3.11) is fewer
    than the rules compile, and a full cache drops the oldest, compiled again at each use."""
    if isinstance(limit := getattr(re, "_MAXCACHE", None), int) and limit < MAX_KEPT + 512:
        re._MAXCACHE = MAX_KEPT + 512  # type: ignore[attr-defined]


def _preload(entries: dict[tuple[str, int], tuple], cache: dict) -> None:
    _make_room()
    for (pattern, flags), (final_flags, code, groups, groupindex, indexgroup) in entries.items():
        key = (str, pattern, flags)
        if key not in cache and len(cache) < getattr(re, "_MAXCACHE", 512) - 1:
            cache[key] = _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)


def _codes(pattern: str, flags: int, compiled: re.Pattern) -> tuple | None:
    """What ``_sre.compile`` needs to build ``compiled`` again, if it builds it equal."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(parsed, flags)]  # named opcodes are ints
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    groups = parsed.state.groups - 1
    entry = (flags | parsed.state.flags, code, groups, groupindex, tuple(indexgroup))
    return entry if _sre.compile(pattern, *entry) == compiled else None


def _keep(entries: dict[tuple[str, int], tuple], new: dict[tuple[str, int], re.Pattern]) -> None:
    from kabar_desktop.atomic import write_bytes_atomic

    kept = dict(entries) if len(entries) + len(new) <= MAX_KEPT else {}
    for (pattern, flags), compiled in new.items():
        entry = _codes(pattern, flags, compiled)
        if entry is not None:
            kept[pattern, flags] = entry
    path = paths.cache_dir() / CACHE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(path, marshal.dumps([_key(), kept]))
    global _loaded
    _loaded = kept


class _LiteralWatch:
    """While active, notes each pattern ``re`` compiles that the code asking for it holds as
    a constant (``re.finditer(r"…", text)`` in a rule): those are Kabar's, not the text's."""

    def __init__(self) -> None:
        from re import _compiler  # type: ignore[attr-defined]

        self.module = _compiler
        self.real = _compiler.compile
        self.literal: set[tuple[str, int]] = set()

        def compile(pattern: Any, flags: int = 0) -> Any:  # noqa: A001 - as re names it
            if isinstance(pattern, str) and _written_in_caller(pattern):
                self.literal.add((pattern, int(flags)))
            return self.real(pattern, flags)

        _compiler.compile = compile

    def stop(self) -> None:
        self.module.compile = self.real


def _written_in_caller(pattern: str) -> bool:
    """Whether the first code outside ``re`` (or the code that called it) has ``pattern`` as
    one of its constants."""
    frame: FrameType | None = sys._getframe(2)
    while frame is not None and frame.f_globals.get("__name__", "").partition(".")[0] == "re":
        frame = frame.f_back
    for _ in range(2):
        if frame is None:
            return False
        if pattern in frame.f_code.co_consts:
            return True
        frame = frame.f_back
    return False


def _alone() -> bool:
    """Whether this is the only thread running Python, and no window: then every pattern
    compiled meanwhile is the imports' own. In the window another thread may compile one
    built from what the writer typed (a search), which must never reach a file."""
    threading = sys.modules.get("threading")
    alone = threading is None or threading.active_count() == 1
    return alone and "PySide6" not in sys.modules


class cached_patterns:  # noqa: N801 - used as a function: ``with cached_patterns():``
    """Around imports: the patterns they compile come from the cache, and those it lacked
    are added to it afterwards (not when the imports fail, nor in the window: see
    ``_alone``; the window still reads what the command line kept). The methods of the
    dataclasses they define come from the cache too (method_cache.py).

    With ``literal_only``, around code that may build patterns from what it reads (``kabar
    check`` of an article): only the patterns written as they are in the code that compiles
    them are kept (``_LiteralWatch``), never one made of the article's words."""

    def __init__(self, *, literal_only: bool = False) -> None:
        self.literal_only = literal_only

    def __enter__(self) -> None:
        self.alone = _alone()
        self.methods = kept_methods()
        self.methods.__enter__()
        self.cache = _re_cache()
        if self.cache is None:  # another Python's re: compile as usual
            return
        try:
            _preload(_load(), self.cache)
        except Exception:  # noqa: BLE001 - a cache must never stop Kabar: compile instead
            global _loaded
            _loaded = {}  # damaged inside: written afresh
        self.before = set(self.cache)
        self.watch: _LiteralWatch | None = None
        if self.literal_only:
            try:
                self.watch = _LiteralWatch()
            except Exception:  # noqa: BLE001 - another Python's re: nothing is kept (below)
                self.watch = None

    def __exit__(self, kind: object, *_exc: object) -> None:
        self.methods.__exit__()
        watch = getattr(self, "watch", None)
        if watch is not None:
            watch.stop()
        if kind is not None or not (self.alone and _alone()):
            return
        self.methods.keep()
        if self.cache is None or (self.literal_only and watch is None):
            return
        new = {
            (key[1], key[2]): compiled
            for key, compiled in list(self.cache.items())
            if key not in self.before and key[0] is str and isinstance(compiled, re.Pattern)
        }
        try:
            if watch is not None:
                new = {key: p for key, p in new.items() if key in watch.literal}
            if new:
                _keep(_load(), new)  # what a nested one kept meanwhile too
        except Exception:  # noqa: BLE001 - a read-only folder, another re: next time again
            return
