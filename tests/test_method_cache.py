"""The methods ``@dataclass`` writes come from the cache folder after the first run (issue 13
#7): a second ``kabar check`` compiles none of them, and a class defined with the cache, or
with a damaged one, behaves as one defined without it."""

from __future__ import annotations

import collections
import dataclasses
import inspect
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kabar_desktop import method_cache
from kabar_desktop.method_cache import CACHE_FILE, kept_methods

# Counts the sources compiled while the checker is imported (``dataclasses`` hands them to
# ``exec``, ``namedtuple`` to ``eval``; the cache compiles what it lacks with ``compile``).
COUNT_COMPILES = """
import builtins
import dataclasses  # the standard library's own named tuples (inspect, dis) come before
from kabar_desktop.pattern_cache import cached_patterns
compiled = []
def made(source):
    # what dataclasses writes, and namedtuple's __new__
    if isinstance(source, str) and ("__create_fn__" in source or "lambda _cls" in source):
        compiled.append(source)
real_exec, real_eval, real_compile = builtins.exec, builtins.eval, builtins.compile
builtins.exec = lambda s, *a: made(s) or real_exec(s, *a)
builtins.eval = lambda s, *a: made(s) or real_eval(s, *a)
builtins.compile = lambda s, *a, **k: made(s) or real_compile(s, *a, **k)
with cached_patterns():
    import kabar_desktop.commands.check_cmd
import kabar_desktop.check.checker
builtins.exec, builtins.eval, builtins.compile = real_exec, real_eval, real_compile
print(len(compiled))
"""


def _child(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "KABAR_HOME": str(home)}
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_a_second_process_compiles_none_of_the_checkers_methods(tmp_path):
    first = _child(tmp_path, "-c", COUNT_COMPILES)
    assert first.returncode == 0, first.stderr
    assert (tmp_path / "cache" / CACHE_FILE).is_file()
    second = _child(tmp_path, "-c", COUNT_COMPILES)
    assert int(first.stdout) > 50  # __init__, __eq__, __repr__ … of the checker's classes
    assert int(second.stdout) == 0


def test_a_damaged_cache_is_compiled_afresh_and_rewritten(tmp_path):
    _child(tmp_path, "-c", COUNT_COMPILES)
    cache = tmp_path / "cache" / CACHE_FILE
    cache.write_bytes(b"\x00not a cache" * 100)
    again = _child(tmp_path, "-c", COUNT_COMPILES)
    assert again.returncode == 0 and again.stderr == ""
    assert int(again.stdout) > 50
    assert b"not a cache" not in cache.read_bytes()
    assert int(_child(tmp_path, "-c", COUNT_COMPILES).stdout) == 0


def _define() -> type:
    @dataclasses.dataclass(order=True, frozen=True)
    class Pejabat:
        nama: str
        jabatan: str = "Kepala"
        gelar: list[str] = dataclasses.field(default_factory=list, compare=False)
        _: dataclasses.KW_ONLY
        urutan: int = 0

    return Pejabat


def _behaviour(cls: type) -> list[object]:
    a, b = cls("Ana", urutan=2), cls("Budi", "Kasubag", ["S.H."])
    try:
        a.nama = "X"
        frozen = False
    except dataclasses.FrozenInstanceError:
        frozen = True
    return [
        str(inspect.signature(cls)),
        cls.__init__.__annotations__,
        repr(a),
        repr(b),
        a == cls("Ana", urutan=2),
        a < b,
        hash(a) == hash(cls("Ana", urutan=2)),
        a.gelar is not cls("Ana").gelar,  # a fresh default each time
        frozen,
        cls.__doc__,
    ]


@pytest.fixture
def fresh_cache(monkeypatch):
    """The process's view of the cache forgotten, so that the file is read again."""
    monkeypatch.setattr(method_cache, "_kept", None)
    monkeypatch.setattr(method_cache, "_new", {})


def test_a_class_made_from_the_cache_behaves_as_one_made_without(fresh_cache, monkeypatch):
    plain = _behaviour(_define())
    kept = kept_methods()
    with kept:  # compiles
        first = _behaviour(_define())
    kept.keep()
    assert (method_cache.paths.cache_dir() / CACHE_FILE).is_file()
    monkeypatch.setattr(method_cache, "_kept", None)
    compiled = []
    real = compile
    monkeypatch.setattr("builtins.compile", lambda *a, **k: compiled.append(a[0]) or real(*a, **k))
    with kept_methods():  # from the file
        cached = _behaviour(_define())
    assert not any("Pejabat" in str(s) or "nama" in str(s) for s in compiled)
    assert plain == first == cached
    assert "exec" not in vars(dataclasses)  # dataclasses as it was


def test_nested_uses_restore_dataclasses_and_collections_as_they_were(fresh_cache):
    with kept_methods():
        with kept_methods():
            assert vars(dataclasses)["exec"] is method_cache._exec
            assert vars(collections)["eval"] is method_cache._eval
        assert vars(dataclasses)["exec"] is method_cache._exec
    assert "exec" not in vars(dataclasses)
    assert "eval" not in vars(collections)


def _named() -> list[object]:
    Hit = collections.namedtuple("Hit", "start end message suggestion", defaults=(None,))
    a, b = Hit(1, 5, "Tulis {x}."), Hit(start=2, end=3, message="m", suggestion="s")
    return [
        str(inspect.signature(Hit)),
        repr(a),
        a == (1, 5, "Tulis {x}.", None),
        b._replace(end=9),
        Hit._fields,
        Hit.__new__.__doc__,
        a.start + b.end,
    ]


def test_a_named_tuple_made_from_the_cache_behaves_as_one_made_without(fresh_cache):
    plain = _named()
    kept = kept_methods()
    with kept:
        first = _named()
    kept.keep()
    method_cache._kept = None
    with kept_methods():
        cached = _named()
    assert any(key.startswith("eval:lambda _cls") for key in method_cache._load())
    assert plain == first == cached
