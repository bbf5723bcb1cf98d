"""Write ``resources/dictionaries/kata-inggris.txt``: English words Indonesian does not have.

The checker's W9 (foreign words in roman type) reads it for a lowercase word that no
Indonesian list knows (``kabar_desktop/check/rules/english_words.py``): "resettlement",
"band", "mobile" are English, and S1 must not offer an Indonesian neighbour for them
("banda", "mobil").
The words come from wordfreq (Robyn Speer; data CC BY-SA 4.0), a library needed only to run
this script, never by Kabar itself: the file it writes is committed.

    python3 -m pip install wordfreq==3.1.1 && python3 packaging/make_english_words.py
"""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "resources" / "dictionaries" / "kata-inggris.txt"
WORD = re.compile(r"[a-z]{3,}")
MIN_ZIPF = 3.0  # once in a million English words or more
# Lowercase forms that stand for something else in Indonesian text: name particles, bound
# forms W4 reads, month short forms, pieces of web addresses, Roman numerals, an editor's
# "(red)", "corona", which the press writes for KBBI's korona, and "covid", the disease's
# short name.
NOT_ENGLISH = frozenset(
    """van von der den del des dos las los bin binti ibn sub anti multi inter pro non pre
    post semi mini mega super ultra co jan feb mar apr jun jul aug agu sep sept okt oct nov
    des dec http https www com org net iii vii viii xii red corona covid""".split()  # noqa: SIM905
)
HEADER = """\
# English words that Indonesian does not have: every lowercase word of three letters or more
# used at least once in a million words of English (Zipf {zipf} or more) in the list "en"
# (small) of wordfreq {version} by Robyn Speer (https://github.com/rspeer/wordfreq), drawn
# from Wikipedia, subtitles, news and web text, less the words Kabar's Indonesian lists know
# (hunspell-id, kabar-id.txt, baku.tsv and the checker's tables) and a few forms that stand
# for something else in Indonesian text (name particles, bound forms, month short forms).
# Licence of the data: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this
# file is a derivative under the same licence.
# Written by packaging/make_english_words.py; do not edit by hand.
"""


def rows() -> list[str]:
    import wordfreq  # a build-time tool only: not one of Kabar's dependencies

    from kabar_desktop.check.rules.english_words import indonesian_knows

    out = []
    for word, freq in wordfreq.get_frequency_dict("en", wordlist="small").items():
        if not WORD.fullmatch(word) or word in NOT_ENGLISH:
            continue
        if math.log10(freq) + 9 < MIN_ZIPF or indonesian_knows(word):
            continue
        out.append(word)
    return sorted(out)


def main() -> int:
    from importlib.metadata import version as installed

    found = rows()
    text = HEADER.format(zipf=MIN_ZIPF, version=installed("wordfreq"))
    text += "".join(f"{word}\n" for word in found)
    tmp = OUT.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(OUT)
    print(f"{OUT.relative_to(ROOT)}: {len(found)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
