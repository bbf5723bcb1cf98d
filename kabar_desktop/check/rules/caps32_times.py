"""Session 32 of issue 13, K3: a time of day capitalised where no name holds it. EYD V
writes ``pagi``, ``siang``, ``sore``, ``malam`` in lowercase; they take a capital only
inside a name (``Malam Maroba``). Two places the sets mark it: right after a date in
brackets (``Jumat, (12/4) Pagi``, 3 of 3) and after a routine's name that is itself a
common noun (``melanjutkan Apel Pagi dengan``, ``mengikuti Ibadah Pagi bagi WBP``, 5 of 7;
the two left are a regulation's title after ``tentang``, left here too). And ``tanggal``
after a letter's number (``Nomor : IMI.5-GR.03.06-325 Tanggal 5 Agustus 2024``, 4 of 5).
And K8's test of Sunday: ``minggu`` that is no week (session 36).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules.case_reading import in_title

_AFTER_DATE = re.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\.? (Pagi|Siang|Sore|Malam)\b(?! [A-Z])")
_ROUTINE = re.compile(
    r"\b(?!tentang )[a-z]{2,} ((?:Apel|Ibadah|Senam) (?:Pagi|Siang|Sore|Malam))\b(?! [A-Z])"
)

_DATED = re.compile(r"(?<=\d )(Tanggal)(?= \d{1,2} )")
_CODE_CHARS = re.compile(r"[A-Z0-9][\w./-]*")  # the letter's number before it


def capitalised_times(doc: Doc) -> Iterator[tuple[int, int]]:
    """(start, end) of each time of day (with its routine's name) to write in lowercase."""
    for pattern in (_AFTER_DATE, _ROUTINE, _DATED):
        for m in pattern.finditer(doc.text):
            if pattern is _DATED and not _letter_number(doc.text, m.start(1)):
                continue
            i = doc.token_at(m.start(1))
            if i is None or in_title(doc, doc.tokens[i]) or doc.in_quote(m.start(1), m.end(1)):
                continue
            yield m.start(1), m.end(1)


def _letter_number(text: str, at: int) -> bool:
    """The word before 'Tanggal' at ``at`` is a letter's number ('IMI.5-GR.03.06-325'), read
    on that one word (a regular expression over the run before it would take quadratic time
    on a hostile run of digits)."""
    start = text.rfind(" ", 0, at - 1) + 1
    word = text[start : at - 1]
    return (
        _CODE_CHARS.fullmatch(word) is not None
        and word[-1].isdigit()
        and ("." in word[1:] or "-" in word[1:])
    )


_DAY_BEFORE = re.compile(r"(?<!\w)(?:hari|malam) $", re.I)  # "malam minggu": Sunday's eve (s43)
_SUNDAY_AFTER = re.compile(r" (?:pagi|siang|sore|malam)\b")
_SERVICE = re.compile(r"\b(?:ibadah|kebaktian|sekolah) $", re.I)
_THIS_WEEK = re.compile(r" (?:ini|lalu|depan|ke)\b")


def sunday(text: str, start: int, end: int) -> bool:
    """Whether lowercase ``minggu`` at start–end is Sunday, not a week: "hari minggu" (4 of
    4, s31), "minggu pagi" (a week has no morning), "ibadah minggu", "sekolah minggu" (7 of 7
    together, s36; "ibadah minggu ini" is left: it may be this week's)."""
    before = text[max(0, start - 10) : start]
    if _DAY_BEFORE.search(before) or _SUNDAY_AFTER.match(text, end):
        return True
    return bool(_SERVICE.search(before)) and not _THIS_WEEK.match(text, end)
