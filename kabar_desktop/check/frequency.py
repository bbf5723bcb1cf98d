"""How often a word is used in Indonesian text (``frekuensi-kata.tsv``, from wordfreq): read
only when a suggestion has rivals to rank, once per process.

A word's use says it is the likelier one meant of two slips away, never that it is standard
(``apapun`` and ``kerjasama`` are frequent too): no rule decides with it whether a word is
wrong (round 26 measured that)."""

from __future__ import annotations

from functools import cache

from kabar_desktop import paths

FREQUENCY_FILE = "frekuensi-kata.tsv"


@cache
def _zipf_table() -> dict[str, str]:
    """word → its figure as written (turned into a number only when asked: 3× faster)."""
    path = paths.resources_dir() / "dictionaries" / FREQUENCY_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}  # no file: every word counts as unused, suggestions keep their order
    rows = (line.split("\t", 1) for line in text.splitlines() if line[:1] != "#")
    return {row[0]: row[1] for row in rows if len(row) == 2}


def zipf(word: str) -> float:
    """The word's frequency on the Zipf scale (3: once in a million words); 0 if unlisted."""
    value = _zipf_table().get(word.lower())
    try:
        return float(value) if value else 0.0
    except ValueError:
        return 0.0
