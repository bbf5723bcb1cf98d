"""Round 19 of issue 13, numbers (N1): statistics the house style exempts (tests in
tests/check/test_rules_round19_words.py).

House-style N1 exempts "lists and statistics". Decided for this project (round 19):
- a RANGE of figures is statistics: N1 is silent on both of its ends, whether each end
  carries its own unit (``mulai dari 15 hari hingga 2 bulan``), the second end only
  (``400 sampai dengan 500 deteni``), or the range is held by ``antara … dan …``
  (``antara 3 dan 5 tahun``). The compact small range of one noun (``1-2 kali``, ``8 orang
  sampai 10 orang``) is marked by the older sets (four marks) and keeps its reading in
  numbers.py (``satu sampai dua kali``).
- counts beside counts in a description (``memiliki 13 blok dan enam ruang isolasi``) are
  NOT exempted: the older sets mark them (``86 deteni dan 14 pengungsi``, ``26 penghulu dan
  3 orang``), heldout14 leaves one; a reading "a paragraph of three figures is statistics"
  was tried and lost eight marks of four sets for one false alarm.
"""

from __future__ import annotations

import re

_NUM = r"\d{1,3}(?:\.\d{3})*"
# The words that join the two ends of a range, with a limit word after them.
_JOIN = (
    r"(?:hingga|sampai(?: dengan)?|s\.\s?d\.?|s/d|-|–)"
    r"(?: (?:paling (?:lama|banyak|sedikit)|maksimal|maksimum|sekitar|kurang lebih))?"
)
_RANGE_ENDS = re.compile(
    rf"(?<![\w.,/:-])({_NUM})(?: ([a-z]+))? ?{_JOIN} ?({_NUM})(?: ([a-z]+))?(?![\w,/:-]|\.\d)"
    rf"|\bantara ({_NUM})(?: [a-z]+)? (?:dan|hingga|sampai) ({_NUM})(?![\w,/:-]|\.\d)",
)


def range_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans (first end to last end) of the ranges of figures in ``text[start:end]``."""
    out = []
    for m in _RANGE_ENDS.finditer(text, start, end):
        if m.group(2) and m.group(2) == m.group(4):
            continue  # "8 orang sampai 10 orang": the compact range of one noun, as "8-10 orang"
        out.append((m.start(), m.end()))
    return out
