"""``kabar check`` finds from the command line exactly what the checker finds in the window's
process, on real corpus texts and on a draft, whether its caches are being built (a first
run), read (every later run) or damaged (issue 13 #7: what makes the command cheaper must
never change a finding)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATA

from kabar_desktop.check import check_article, check_text
from kabar_desktop.compose import compose
from kabar_desktop.model.draft_file import read_draft

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import check_quality as cq  # noqa: E402

# Every eighth text of the tuned corpus: real articles of several offices, with their errors.
TEXTS = sorted(cq.CORPUS.glob("*.txt"))[::8]


def _kabar_check(path: Path, home: Path) -> list[dict]:
    result = subprocess.run(
        [sys.executable, "-m", "kabar_desktop", "check", str(path), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "KABAR_HOME": str(home), "KABAR_LANG": "en"},
    )
    assert result.returncode in (0, 1), result.stderr[-2000:]
    assert result.stderr == ""
    return json.loads(result.stdout)


def _article(corpus_file: Path, folder: Path) -> tuple[Path, str]:
    """The corpus text without its header and marks, as a writer's ``.txt``."""
    text = cq.parse_corpus_text(corpus_file.read_text(encoding="utf-8"), corpus_file.name).text
    path = folder / corpus_file.name
    path.write_text(text, encoding="utf-8")
    return path, text


def test_the_corpus_is_there_to_compare():
    assert len(TEXTS) >= 6


def test_the_command_line_finds_what_the_checker_finds_on_corpus_texts(tmp_path):
    home = tmp_path / "home"
    for corpus_file in TEXTS:
        path, text = _article(corpus_file, tmp_path)
        expected = [f.to_json() for f in check_text(text)]
        assert expected, corpus_file.name  # each text has findings to compare
        first = _kabar_check(path, home)  # the first text builds the caches
        assert first == expected, corpus_file.name
    assert (home / "cache").is_dir()
    assert _kabar_check(path, home) == expected  # read from the caches


def test_the_command_line_finds_what_the_checker_finds_in_a_draft(tmp_path):
    draft_path = DATA / "sample.json"
    draft = read_draft(draft_path, load_photos=False)
    expected = [f.to_json() for f in check_article(compose(draft), draft)]
    home = tmp_path / "home"
    assert _kabar_check(draft_path, home) == expected
    assert _kabar_check(draft_path, home) == expected


@pytest.mark.parametrize("damage", [b"", b"\x00not a cache" * 100], ids=["empty", "garbage"])
def test_damaged_caches_change_no_finding(tmp_path, damage):
    home = tmp_path / "home"
    path, text = _article(TEXTS[1], tmp_path)
    expected = [f.to_json() for f in check_text(text)]
    assert _kabar_check(path, home) == expected
    kept = sorted((home / "cache").glob("*.marshal"))
    assert kept
    for file in kept:
        file.write_bytes(damage)
    assert _kabar_check(path, home) == expected
    assert _kabar_check(path, home) == expected


# Counts the patterns ``re`` compiles itself during a ``kabar check``, imports included.
COUNT_COMPILES = """
import sys
import re._compiler as c
compiled = []
real = c.compile
c.compile = lambda p, flags=0: compiled.append(p) or real(p, flags)
from kabar_desktop.cli import main
code = main(["check", sys.argv[1], "--format", "json"])
print(len(compiled), file=sys.stderr)
"""


def test_a_second_check_compiles_almost_no_pattern_the_rules_compile_at_first_use(tmp_path):
    """The rules' patterns written inside their functions are kept too, after the first
    run; the imports' own were already (test_pattern_cache.py)."""
    home = tmp_path / "home"
    path, _ = _article(TEXTS[2], tmp_path)

    def compiles() -> int:
        env = {**os.environ, "KABAR_HOME": str(home)}
        done = subprocess.run(
            [sys.executable, "-c", COUNT_COMPILES, str(path)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        return int(done.stderr.split()[-1])

    first = compiles()
    assert first > 100
    # Left: the interpreter's own before Kabar starts, and a rule's pattern built from a
    # table at its first call (kept only when written as it is in the code).
    assert compiles() < first // 20


def test_a_pattern_made_of_the_articles_words_is_never_kept(monkeypatch):
    import re

    from kabar_desktop import paths, pattern_cache
    from kabar_desktop.check import checker

    monkeypatch.setattr(pattern_cache, "_alone", lambda: True)
    monkeypatch.setattr(pattern_cache, "_loaded", None)
    re.purge()
    name = "".join(["Zorb", "akwi"])  # a name read in the article
    with pattern_cache.cached_patterns(literal_only=True):
        re.compile(rf"Rahasia {name} \d+")  # a pattern a rule might build from it
        checker._unmarked("*Kupang*")  # a pattern written in the checker's code
    kept = (paths.cache_dir() / pattern_cache.CACHE_FILE).read_bytes()
    assert b"Zorbakwi" not in kept
    assert rb"(?<![\w*_])[*_]|[*_](?![\w*_])" in kept


def test_where_re_cannot_be_watched_nothing_compiled_during_a_check_is_kept(monkeypatch):
    """Another Python's ``re`` without the hook the watch needs: the check runs as usual and
    keeps no pattern at all, rather than one it cannot tell from the article's words."""
    import re

    from kabar_desktop import paths, pattern_cache
    from kabar_desktop.check import checker

    def no_hook() -> None:
        raise AttributeError("re._compiler.compile")

    monkeypatch.setattr(pattern_cache, "_alone", lambda: True)
    monkeypatch.setattr(pattern_cache, "_loaded", None)
    monkeypatch.setattr(pattern_cache, "_LiteralWatch", no_hook)
    re.purge()
    with pattern_cache.cached_patterns(literal_only=True):
        assert checker._unmarked("*Kupang*") == "Kupang"
    kept = paths.cache_dir() / pattern_cache.CACHE_FILE
    assert not kept.exists() or rb"(?<![\w*_])[*_]|[*_](?![\w*_])" not in kept.read_bytes()


def test_the_check_command_leaves_the_garbage_collector_as_it_found_it(tmp_path, capsys):
    """``run_check`` rests the collector while it loads and checks (a process that exits
    next), and a caller in the same process (a test, a script) gets it back running."""
    import gc

    from kabar_desktop.commands.check_cmd import run_check

    path, _ = _article(TEXTS[0], tmp_path)
    assert gc.isenabled()
    assert run_check(path) in (0, 1)
    assert gc.isenabled()
    assert run_check(tmp_path / "tidak-ada.txt") == 2  # bad input too
    assert gc.isenabled()
    gc.disable()
    try:
        run_check(path)
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()
    capsys.readouterr()
