"""House-style checker speed. Prints one figure per line, ``name: value unit``.

Targets (issue: house-style checker): checking the sample ≤ 30 ms and a 3,000-word article
≤ 200 ms, median of repeated checks as the editor re-checks while the writer types (word
lookups cached). The one-off costs are reported too: reading the word lists, loading spylls,
and a first check with empty caches. Issue 13: ``kabar check ARTICLE.txt`` from the command
line within 2× of ``kabar --version`` on the same machine: both are timed here side by side,
run in turns in fresh processes as the .deb's launcher runs Kabar (bytecode, the word lists'
and the patterns' caches written once, as an installed Kabar has them; see export.py), each
ratio of the medians with the range of the rounds' own (``--no-cli`` leaves them out).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_TXT = ROOT / "tests" / "data" / "berita-rudenim-kupang-2024-09-25.txt"
SAMPLE_DRAFT = ROOT / "tests" / "data" / "sample.json"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from export import (  # noqa: E402
    CHILD_ENV,
    bare_python,
    in_turns,
    kabar_launcher,
    large_content,
    print_ratio,
)

from kabar_desktop.check import article_plain_text, check_article, check_text  # noqa: E402
from kabar_desktop.check.spelling import _base_words, speller  # noqa: E402
from kabar_desktop.compose import compose  # noqa: E402
from kabar_desktop.model.draft_file import read_draft  # noqa: E402
from kabar_desktop.model.parse import draft_from_dict  # noqa: E402


def median_ms(fn, runs: int) -> float:
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def once_ms(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def cli_timings(rounds: int = 15) -> None:
    """``kabar --version`` and ``kabar check`` on the sample and on a misspelt article, run in
    turns as the .deb's launcher runs Kabar (export.py's ``kabar_launcher``; the word lists'
    and the patterns' caches and the bytecode written once, as after an install)."""
    with tempfile.TemporaryDirectory() as home:
        misspelt = Path(home) / "salah-ketik.txt"
        text = SAMPLE_TXT.read_text(encoding="utf-8")
        misspelt.write_text(
            text.replace("pelaksanaan", "pelaksanan").replace("menyebutkan", "menyebutkn")
            + "\nPetugas melasanakan razia dan mensosialisasikan penegakkan aturan.\n",
            encoding="utf-8",
        )
        pycache = Path(home) / "pyc"
        env = dict(CHILD_ENV, KABAR_HOME=home, PYTHONPYCACHEPREFIX=str(pycache))
        kabar = kabar_launcher(pycache)
        commands = {
            "python": [*bare_python(pycache), "-c", "pass"],
            "version": [*kabar, "--version"],
            "check_sample": [*kabar, "check", str(SAMPLE_TXT)],
            "check_misspelt": [*kabar, "check", str(misspelt)],
        }
        times = in_turns(commands, rounds, env=env, ok=(0, 1))  # 1: the check found errors
    for name, values in times.items():
        print(f"cli_{name}: {statistics.median(values):.0f} ms")
    print_ratio("cli_check_sample_ratio", times["check_sample"], times["version"])
    print_ratio("cli_check_misspelt_ratio", times["check_misspelt"], times["version"])
    print_ratio("cli_version_vs_python", times["version"], times["python"])


def long_article(words: int = 3000) -> str:
    """The sample's paragraphs, repeated until the article has ``words`` words."""
    paragraphs = SAMPLE_TXT.read_text(encoding="utf-8").splitlines()
    out: list[str] = []
    count = 0
    while count < words:
        p = paragraphs[len(out) % len(paragraphs)]
        out.append(p)
        count += len(p.split())
    return "\n".join(out)


def main() -> None:
    if "--no-cli" not in sys.argv:
        cli_timings()
    sample = SAMPLE_TXT.read_text(encoding="utf-8")
    big = long_article()
    print(f"long_article_words: {len(big.split())} words")
    print(f"load_word_lists: {once_ms(_base_words):.1f} ms")
    # The sample's words are all known without spylls, so its first check does not load it.
    print(f"check_sample_first: {once_ms(lambda: check_text(sample)):.2f} ms")
    print(f"spylls_loads_by_sample: {int(speller()._hunspell is not None)} loads")
    print(f"load_spylls_dictionary: {once_ms(lambda: speller().dictionary()):.1f} ms")
    print(f"check_sample: {median_ms(lambda: check_text(sample), 100):.2f} ms")
    speller()._cache.clear()
    print(f"check_3000_words_first: {once_ms(lambda: check_text(big)):.2f} ms")
    print(f"check_3000_words: {median_ms(lambda: check_text(big), 20):.2f} ms")
    draft = read_draft(SAMPLE_DRAFT)
    article = compose(draft)
    print(f"check_article_sample: {median_ms(lambda: check_article(article, draft), 100):.2f} ms")
    both = median_ms(lambda: check_article(compose(draft), draft), 100)
    print(f"compose_and_check_sample: {both:.2f} ms")
    large = draft_from_dict(large_content())  # export.py's: 10 speakers, 100 paragraphs
    composed = compose(large)
    words = len(article_plain_text(composed).split())
    ms = median_ms(lambda: check_article(composed, large), 10)
    print(f"check_article_large_{words}_words: {ms:.1f} ms")


if __name__ == "__main__":
    main()
