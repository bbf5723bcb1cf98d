"""PySide6's own start-up Python comes from the cache folder from the second start on, and a
PySide6 loaded that way works as one loaded plainly; a damaged cache only means compiling."""

from __future__ import annotations
import __future__

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kabar_desktop.gui.qt import import_cache

# A child Python (this one has PySide6 loaded already): imports PySide6 inside ``qt_import``,
# counts what was compiled meanwhile and what ``re`` compiled, keeps, and uses Qt a little.
CHILD = """
import builtins, json, re, sys
from kabar_desktop.gui.qt.import_cache import qt_import

compiled = []
real = builtins.compile
def counting(source, filename, *args, **kwargs):
    compiled.append(str(filename))
    return real(source, filename, *args, **kwargs)
builtins.compile = counting
from re import _compiler
real_re = _compiler.compile
patterns = []
def counting_re(pattern, flags=0):
    patterns.append(pattern)
    return real_re(pattern, flags)
_compiler.compile = counting_re
with qt_import() as cache:
    from PySide6.QtCore import QObject, QSize, Signal
builtins.compile = real
_compiler.compile = real_re
cache.keep()

class Pinger(QObject):  # Qt's signatures are read by the code the cache gave
    ping = Signal(int)

heard = []
pinger = Pinger()
pinger.ping.connect(heard.append)
pinger.ping.emit(7)
try:
    QSize("a", "b")  # the message lists QSize's signatures: shiboken's parser at work
except TypeError as error:
    told = str(error)
print(json.dumps({
    "shiboken": [name for name in compiled if name.startswith(("shibokensupport", "signature"))],
    "patterns": len(patterns),
    "heard": heard,
    "told": told,
}))
"""


def run_child(home: Path) -> dict:
    env = {**os.environ, "KABAR_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_second_start_compiles_none_of_pyside6s_own_python(tmp_path):
    first = run_child(tmp_path)
    assert len(first["shiboken"]) >= 5  # PySide6 compiles its embedded modules
    assert first["patterns"] > 0
    assert (tmp_path / "cache" / import_cache.CACHE_FILE).is_file()

    second = run_child(tmp_path)
    assert second["shiboken"] == []  # every one came from the cache
    assert second["patterns"] < first["patterns"]  # its patterns too
    assert second["heard"] == first["heard"] == [7]
    assert second["told"] == first["told"]
    assert "QSize.__init__(w: int, h: int" in second["told"]


def test_a_damaged_cache_means_compiling_as_usual(tmp_path):
    cache = tmp_path / "cache" / import_cache.CACHE_FILE
    cache.parent.mkdir(parents=True)
    cache.write_bytes(b"\x00not marshal at all")
    again = run_child(tmp_path)
    assert len(again["shiboken"]) >= 5 and again["heard"] == [7]
    assert run_child(tmp_path)["shiboken"] == []  # written afresh


def test_the_code_is_what_compile_makes_with_the_callers_future_flags():
    """``compile`` passes a caller's ``from __future__`` on to the code: the cache must too."""
    source = "def f(x: Undefined) -> None: pass\nANNOTATIONS = f.__annotations__\n"
    cache = import_cache.qt_import()
    cache.real = compile
    cache.codes = {}
    caller = {"cache": cache, "source": source}
    exec(  # a caller with ``annotations``, as PySide6's importer is
        compile(
            "from __future__ import annotations\n"
            "code = cache._compile(source, 'shibokensupport/x.py', 'exec')\n",
            "caller.py",
            "exec",
        ),
        caller,
    )
    namespace: dict = {}
    exec(caller["code"], namespace)
    assert namespace["ANNOTATIONS"] == {"x": "Undefined", "return": "None"}  # not evaluated
    flag = __future__.annotations.compiler_flag
    assert list(cache.new_codes) == [("shibokensupport/x.py", source, "exec", flag)]
    with pytest.raises(NameError):  # without the caller's flag it is evaluated, as plainly
        exec(cache._compile(source, "shibokensupport/y.py", "exec", 0, True), {})
