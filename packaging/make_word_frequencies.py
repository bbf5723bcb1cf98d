"""Write ``resources/dictionaries/frekuensi-kata.tsv``: how often each Indonesian word is used.

The checker ranks its spelling suggestions with it (``kabar_desktop/check/frequency.py``):
of two words one slip from a typo, the one in use is the likelier meant ("lburan": liburan,
not leburan). The figures come from wordfreq (Robyn Speer; data CC BY-SA 4.0), a library
needed only to run this script, never by Kabar itself: the file it writes is committed.

    python3 -m pip install wordfreq==3.1.1 && python3 packaging/make_word_frequencies.py
"""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "dictionaries" / "frekuensi-kata.tsv"
WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
HEADER = """\
# Indonesian words with their frequency on the Zipf scale (log10 of uses per billion words;
# 3 is once in a million words), most used first: the list "id" (small) of wordfreq {version}
# by Robyn Speer (https://github.com/rspeer/wordfreq), drawn from Wikipedia, subtitles, news
# and web text. Licence of the data: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/);
# this file is a derivative under the same licence. Only lowercase words of letters (and
# hyphens) are kept. A word in use is not a standard word: non-standard forms are frequent too.
# Written by packaging/make_word_frequencies.py; do not edit by hand.
"""


def rows() -> list[tuple[str, float]]:
    import wordfreq  # a build-time tool only: not one of Kabar's dependencies

    out = []
    for word, freq in wordfreq.get_frequency_dict("id", wordlist="small").items():
        if WORD.fullmatch(word):
            out.append((word, round(math.log10(freq) + 9, 2)))
    out.sort(key=lambda row: (-row[1], row[0]))
    return out


def main() -> int:
    from importlib.metadata import version as installed

    version = installed("wordfreq")
    lines = [HEADER.format(version=version)]
    lines += [f"{word}\t{zipf:.2f}\n" for word, zipf in rows()]
    tmp = OUT.with_suffix(".tmp")
    tmp.write_text("".join(lines), encoding="utf-8")
    tmp.replace(OUT)
    print(f"{OUT.relative_to(ROOT)}: {len(lines) - 1} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
