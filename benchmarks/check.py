"""House-style checker speed. Prints one figure per line, ``name: value unit``.

Targets (issue: house-style checker): checking the sample ≤ 30 ms and a 3,000-word article
≤ 200 ms, median of repeated checks as the editor re-checks while the writer types (word
lookups cached). The one-off costs are reported too: reading the word lists, loading spylls,
and a first check with empty caches. Issue 13: ``kabar check ARTICLE.txt`` from the command
line within 2× of ``kabar --version`` on the same machine: both are timed here side by side,
median of interleaved runs in fresh processes (bytecode and the word lists' cache written
once, as an installed Kabar has them), and the ratio printed (``--no-cli`` leaves them out).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_TXT = ROOT / "tests" / "data" / "berita-rudenim-kupang-2024-09-25.txt"
SAMPLE_DRAFT = ROOT / "tests" / "data" / "sample.json"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from export import large_content  # noqa: E402

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


def cli_ms(args: list[str], home: str, runs: int) -> list[float]:
    """Wall time of ``python -m kabar_desktop ARGS`` in a fresh process, ``runs`` times."""
    # Compiled bytecode as an installed Kabar has it (pip compiles on install), kept out of
    # the source tree; without it every run would compile each module from source again.
    env = dict(os.environ, KABAR_HOME=home, PYTHONPYCACHEPREFIX=str(Path(home) / "pyc"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "kabar_desktop", *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        out.append((time.perf_counter() - start) * 1000)
    return out


def cli_timings(runs: int = 7) -> None:
    """``kabar --version`` and ``kabar check`` on the sample and on a misspelt article."""
    with tempfile.TemporaryDirectory() as home:
        misspelt = Path(home) / "salah-ketik.txt"
        text = SAMPLE_TXT.read_text(encoding="utf-8")
        misspelt.write_text(
            text.replace("pelaksanaan", "pelaksanan").replace("menyebutkan", "menyebutkn")
            + "\nPetugas melasanakan razia dan mensosialisasikan penegakkan aturan.\n",
            encoding="utf-8",
        )
        # The word lists' cache and the bytecode, written once, as after an install.
        cli_ms(["--version"], home, 1)
        cli_ms(["check", str(SAMPLE_TXT)], home, 1)
        version: list[float] = []
        sample: list[float] = []
        typos: list[float] = []
        for _ in range(runs):  # interleaved: a busy moment slows all three alike
            version += cli_ms(["--version"], home, 1)
            sample += cli_ms(["check", str(SAMPLE_TXT)], home, 1)
            typos += cli_ms(["check", str(misspelt)], home, 1)
    v = statistics.median(version)
    print(f"cli_version: {v:.0f} ms")
    print(f"cli_check_sample: {statistics.median(sample):.0f} ms")
    print(f"cli_check_misspelt: {statistics.median(typos):.0f} ms")
    print(f"cli_check_sample_ratio: {statistics.median(sample) / v:.2f} x")
    print(f"cli_check_misspelt_ratio: {statistics.median(typos) / v:.2f} x")


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
