"""How often a word is used in Indonesian text (``frekuensi-kata.tsv``, from wordfreq), read
once per process, from Kabar's cache when the file has not changed (~3 ms instead of ~25 ms
on the first check that asks).

A word's use ranks suggestions (the likelier one meant of two slips away) and, for S3, tells
a form no one writes from one in use; it never says a word is standard (``apapun`` and
``kerjasama`` are frequent too): no rule reports a word only because it is rare (round 26
measured that)."""

from __future__ import annotations

from functools import cache

from kabar_desktop import paths
from kabar_desktop.check.list_cache import cached_read

FREQUENCY_FILE = "frekuensi-kata.tsv"
CACHE_FILE = "kata-frekuensi.marshal"


def _parse(text: str) -> dict[str, str]:
    rows = (line.split("\t", 1) for line in text.splitlines() if line[:1] != "#")
    return {row[0]: row[1] for row in rows if len(row) == 2}


@cache
def _zipf_table() -> dict[str, str]:
    """word → its figure as written (turned into a number only when asked: 3× faster); no
    file: every word counts as unused, suggestions keep their order."""
    path = paths.resources_dir() / "dictionaries" / FREQUENCY_FILE
    return cached_read(path, CACHE_FILE, _parse, {})


def zipf(word: str) -> float:
    """The word's frequency on the Zipf scale (3: once in a million words); 0 if unlisted."""
    value = _zipf_table().get(word.lower())
    try:
        return float(value) if value else 0.0
    except ValueError:
        return 0.0


def very_common(least: float) -> list[str]:
    """The words of Zipf ``least`` or more (the table lists the most used first)."""
    found = []
    for word, value in _zipf_table().items():
        try:
            if float(value) < least:
                break
        except ValueError:
            continue
        found.append(word)
    return found
