"""The regular expressions of the checker and of the commands come from the cache folder
after the first run (issue 13 #7, issue 15 #8): the findings stay the same with a cache,
without one and with a damaged one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import DATA

from kabar_desktop.pattern_cache import CACHE_FILE

SAMPLE_TXT = DATA / "berita-rudenim-kupang-2024-09-25.txt"
# Counts the patterns ``re`` compiles itself while the checker is imported.
COUNT_COMPILES = """
import re._compiler as c
compiled = []
real = c.compile
c.compile = lambda p, flags=0: compiled.append(p) or real(p, flags)
import kabar_desktop.check.checker
print(len(compiled))
"""


def _child(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "KABAR_HOME": str(home)}
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, timeout=120
    )


def check_json(home: Path) -> str:
    result = _child(home, "-m", "kabar_desktop", "check", str(SAMPLE_TXT), "--format", "json")
    assert result.returncode in (0, 1), result.stderr
    return result.stdout


def test_a_second_process_compiles_almost_none_of_the_rules_patterns(tmp_path):
    first = int(_child(tmp_path, "-c", COUNT_COMPILES).stdout)
    assert (tmp_path / "cache" / CACHE_FILE).is_file()
    second = int(_child(tmp_path, "-c", COUNT_COMPILES).stdout)
    assert first > 100  # the rules' patterns (and the standard library's few)
    assert second < first // 5


def export_docx(home: Path) -> None:
    out = home / "berita.docx"
    result = _child(
        home,
        "-m",
        "kabar_desktop",
        "export",
        str(DATA / "sample.json"),
        "-o",
        str(out),
        "-f",
        "docx",
    )
    assert result.returncode == 0, result.stderr


def test_an_export_and_a_check_share_the_cache_without_losing_each_others(tmp_path):
    export_docx(tmp_path)
    assert (tmp_path / "cache" / CACHE_FILE).is_file()
    first = int(_child(tmp_path, "-c", COUNT_COMPILES).stdout)  # the checker's are added
    export_docx(tmp_path)  # keeps them
    assert int(_child(tmp_path, "-c", COUNT_COMPILES).stdout) < first // 5


def test_findings_are_the_same_without_with_and_with_a_damaged_cache(tmp_path):
    without = check_json(tmp_path)
    cache = tmp_path / "cache" / CACHE_FILE
    assert cache.is_file()
    assert check_json(tmp_path) == without
    cache.write_bytes(b"\x00not a cache" * 100)
    assert check_json(tmp_path) == without
    assert b"not a cache" not in cache.read_bytes()  # rebuilt, silently
    assert check_json(tmp_path) == without


def test_a_cache_folder_that_cannot_be_written_changes_nothing(tmp_path):
    """A cache path that is a file (or a read-only profile): every kept copy is skipped, the
    command works as without caches, silently."""
    expected = check_json(tmp_path / "writable")
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    (blocked / "cache").write_text("not a folder", encoding="utf-8")
    result = _child(blocked, "-m", "kabar_desktop", "check", str(SAMPLE_TXT), "--format", "json")
    assert result.stdout == expected
    assert result.stderr == ""
    export_docx(blocked)


def test_nothing_is_kept_while_another_thread_may_compile_what_the_writer_typed():
    """In the window a search may compile a pattern from the writer's words while the checker
    is imported: no pattern compiled then is written to the cache folder."""
    import re
    import threading

    from kabar_desktop import paths
    from kabar_desktop.pattern_cache import cached_patterns

    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        with cached_patterns():
            re.compile(r"Berita Rahasia \d+ (?:Kanwil)")
    finally:
        stop.set()
        other.join()
    kept = paths.cache_dir() / CACHE_FILE
    assert not kept.exists() or b"Berita Rahasia" not in kept.read_bytes()
