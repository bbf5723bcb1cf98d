"""PySide6's own Python, compiled once per installation rather than at every start.

Importing PySide6 runs 14 Python modules of its own (shiboken's signature support), which it
carries as source text and compiles at every start (~25 ms), and those compile a few large
regular expressions (~20 ms): together about a third of what a bare PySide6 window takes to
appear. Around that import (``qt_import``), ``compile`` takes the code compiled from the very
same source from a marshal in the cache folder, and the patterns are put in ``re``'s own cache
from the codes ``_sre.compile`` needs (as pattern_cache.py does for Kabar's). What the file
lacks is compiled as usual; ``keep`` writes it after the window's first paint.

Kept safe: the whole source, its file name and the compile flags are the key (the same source
compiles to the same code), the file is tied to the exact Python (``sys.version``, the
bytecode's tag, ``-O``, ``_sre.MAGIC``), each pattern is checked equal to what ``re``
compiled before it is kept, and only what the import compiled is kept, before the window
exists and while no other thread runs (no text a writer typed can be among it). Anything
unexpected (a damaged file, another Python's ``re``, a PySide6 that compiles otherwise) means
compiling as usual; nothing here imports Qt.
"""

import __future__

import builtins
import marshal
import os
import re
import sys
from typing import Any

from kabar_desktop import paths

CACHE_FILE = "qt_import.marshal"
_FORMAT = 1
MAX_KEPT = 200  # PySide6 compiles ~15 modules and ~20 patterns: an upgrade or two
_FUTURE = 0  # the compile flags a caller's ``from __future__`` passes on to ``compile``
for _name in __future__.all_feature_names:
    _FUTURE |= getattr(__future__, _name).compiler_flag


def _key() -> list[Any]:
    import _sre  # type: ignore[import-not-found]  # re's own engine, loaded with re

    return [
        _FORMAT,
        sys.version,
        sys.implementation.cache_tag,
        sys.flags.optimize,
        _sre.MAGIC,
        getattr(_sre, "CODESIZE", 0),
    ]


def _load() -> tuple[dict, dict]:
    """The kept code objects and pattern codes; empty ones if there is no usable file."""
    try:
        kept = marshal.loads((paths.cache_dir() / CACHE_FILE).read_bytes())
        if kept[0] == _key() and isinstance(kept[1], dict) and isinstance(kept[2], dict):
            return kept[1], kept[2]
    except Exception:  # noqa: BLE001 - none yet, another Python's, a damaged one: compiled afresh
        pass
    return {}, {}


def _alone() -> bool:
    threading = sys.modules.get("threading")
    return threading is None or threading.active_count() == 1


class qt_import:  # noqa: N801 - used as a function: ``with qt_import():``
    """Around the first import of PySide6; ``keep`` afterwards writes what was new."""

    def __init__(self) -> None:
        self.codes: dict = {}
        self.patterns: dict = {}
        self.new_codes: dict = {}
        self.new_patterns: dict[tuple[str, int], re.Pattern] = {}
        self.active = False

    def __enter__(self) -> "qt_import":
        self.active = _alone() and "PySide6" not in sys.modules
        if not self.active:
            return self
        self.codes, self.patterns = _load()
        self.real = builtins.compile
        builtins.compile = self._compile
        self.cache = getattr(re, "_cache", None)
        if isinstance(self.cache, dict):
            try:
                self._preload(self.cache)
            except Exception:  # noqa: BLE001 - a cache must never stop Kabar: compile instead
                self.patterns = {}
            self.before = set(self.cache)
        return self

    def __exit__(self, kind: object, *_exc: object) -> None:
        if not self.active:
            return
        builtins.compile = self.real
        if kind is not None or not _alone():
            self.new_codes = {}
            return
        if isinstance(self.cache, dict):
            self.new_patterns = {
                (key[1], key[2]): compiled
                for key, compiled in list(self.cache.items())
                if key not in self.before and key[0] is str and isinstance(compiled, re.Pattern)
            }

    def _compile(
        self,
        source: Any,
        filename: Any,
        mode: str,
        flags: int = 0,
        dont_inherit: bool = False,
        optimize: int = -1,
        **more: Any,
    ) -> Any:
        """``compile`` as PySide6's importer calls it: the same code, from the cache if kept.
        Only code compiled from text under a name that is no file's path (PySide6's own
        modules) is kept; what a ``from __future__`` of the caller passes on is in the key."""
        if not dont_inherit:
            flags |= sys._getframe(1).f_code.co_flags & _FUTURE
        if (
            more
            or optimize != -1
            or flags & ~_FUTURE  # an AST asked for, top-level await: not plain code
            or not isinstance(source, str | bytes)
            or not isinstance(filename, str)
            or os.path.isabs(filename)
        ):
            return self.real(source, filename, mode, flags, True, optimize, **more)
        key = (filename, source, mode, flags)
        code = self.codes.get(key)
        if code is None:
            code = self.new_codes[key] = self.real(source, filename, mode, flags, True)
        return code

    def _preload(self, cache: dict) -> None:
        import _sre

        limit = getattr(re, "_MAXCACHE", 512) - 1
        for (pattern, flags), (final, code, groups, index, names) in self.patterns.items():
            if (str, pattern, flags) not in cache and len(cache) < limit:
                cache[str, pattern, flags] = _sre.compile(
                    pattern, final, code, groups, index, names
                )

    def keep(self) -> None:
        """Write what the import compiled that the file lacked (once; a folder that cannot be
        written means compiling again next time)."""
        if not (self.new_codes or self.new_patterns):
            return
        codes, patterns = dict(self.codes), dict(self.patterns)
        if len(codes) + len(patterns) + len(self.new_codes) + len(self.new_patterns) > MAX_KEPT:
            codes, patterns = {}, {}
        codes.update(self.new_codes)
        for (pattern, flags), compiled in self.new_patterns.items():
            entry = _pattern_codes(pattern, flags, compiled)
            if entry is not None:
                patterns[pattern, flags] = entry
        self.new_codes, self.new_patterns = {}, {}
        try:
            from kabar_desktop.atomic import write_bytes_atomic

            path = paths.cache_dir() / CACHE_FILE
            path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(path, marshal.dumps([_key(), codes, patterns]))
        except Exception:  # noqa: BLE001 - a cache must never stop Kabar
            return


def _pattern_codes(pattern: str, flags: int, compiled: re.Pattern) -> tuple | None:
    """What ``_sre.compile`` needs to build ``compiled`` again, if it builds it equal."""
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, flags)
        code = [int(c) for c in _compiler._code(parsed, flags)]  # named opcodes are ints
        index = dict(parsed.state.groupdict)
        names: list[str | None] = [None] * parsed.state.groups
        for name, i in index.items():
            names[i] = name
        entry = (flags | parsed.state.flags, code, parsed.state.groups - 1, index, tuple(names))
        return entry if _sre.compile(pattern, *entry) == compiled else None
    except Exception:  # noqa: BLE001 - another Python's re: not kept
        return None
