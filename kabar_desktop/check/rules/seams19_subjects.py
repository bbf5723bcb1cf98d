"""Round 19, P13 (called from clauses.py): a comma between an office named as the subject and
its predicate, after an opening phrase that has its own comma.

Tata Bahasa Baku: no comma parts a subject from its predicate. An office's name (``Rumah
Detensi Imigrasi (Rudenim) Pusat Tanjungpinang``, ``Lapas Kelas IIB Sragen``) is no person:
no apposition of a name ends at the comma after it. So after an opening phrase closed by its
comma (a participle ``Berdiri sejak 2008 …,``, a preposition's phrase ``Dalam rangka …,``),
an office run on to ``, telah menindak …`` has one comma too many: ``Tanjungpinang, telah``
→ ``Tanjungpinang telah``. Silent where the run holds a position (``Kepala Lapas Sragen
Budi, mengatakan``: the comma may close an apposition), where the word after the comma is
an aside of attribution, and in quotes.
"""

from __future__ import annotations

import re

from kabar_desktop.check import clause_reader as cr
from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import INSTITUTION_KINDS, POSITIONS, words
from kabar_desktop.check.rules import N_, Hit

_OFFICE_HEADS = INSTITUTION_KINDS | words(
    "rumah lembaga balai kantor pemerintah pemkab pemkot pemprov badan direktorat"
)
_ASPECT = words("telah sudah akan sedang masih terus tetap berhasil juga")
_RUN_WORD = r"(?:[A-Z][\w’'.-]*|\([A-Z][\w-]*\)|[IV]+[AB]?)"
_RUN = re.compile(rf"{_RUN_WORD}(?: {_RUN_WORD})*")
_AFTER = re.compile(r", ([a-z]+) ([a-z]+)")
_OPENING_WORDS = cr.PREPOSITIONS | words("dalam pada saat setelah sesudah sebelum usai seusai")


def office_subject_comma(doc: Doc, s: int, e: int) -> Hit | None:
    text = doc.text
    if doc.in_quote(s):
        return None
    first_comma = text.find(", ", s, e)
    if first_comma == -1:
        return None
    head = text[s:first_comma].split(" ", 1)[0]
    low = head.lower()
    opening = low in _OPENING_WORDS or (
        head[:1].isupper() and low.startswith(("ber", "ter", "me")) and cr.is_predicate(low)
    )
    if not opening or " yang " in text[s:first_comma]:
        return None
    run = _RUN.match(text, first_comma + 2, e)
    if run is None:
        return None
    names = re.findall(r"[^\W\d_]+", run.group())
    if not names or names[0].lower() not in _OFFICE_HEADS or len(names) < 2:
        return None
    if any(w.lower() in POSITIONS for w in names):
        return None
    after = _AFTER.match(text, run.end(), e)
    if after is None:
        return None
    word, nxt = after.group(1), after.group(2)
    if word in _ASPECT:
        if not cr.is_predicate(nxt):
            return None
    elif not (word.startswith(("me", "ber")) and cr.is_predicate(word)):
        return None
    return Hit(
        run.end(),
        run.end() + 1,
        N_("No comma between the subject and its predicate '{word}'."),
        "",
        {"word": word},
    )
