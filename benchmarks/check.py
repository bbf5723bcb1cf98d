"""House-style checker speed. Prints one figure per line, ``name: value unit``.

Targets (issue: house-style checker): checking the sample ≤ 30 ms and a 3,000-word article
≤ 200 ms, median of repeated checks as the editor re-checks while the writer types (word
lookups cached). The one-off costs are reported too: reading the word lists, loading spylls,
and a first check with empty caches.
"""

from __future__ import annotations

import statistics
import sys
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
