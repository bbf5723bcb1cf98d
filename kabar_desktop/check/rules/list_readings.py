"""What a comma before a pair joined by 'dan' closes, for P7 (moved out of clauses.py): an
opening phrase ('Setelah apel, pegawai dan petugas …'), a clause ('Ia melanjutkan, dirinya
dan …'), a verb's object ('…, membawa pesan dan tradisi'); items of one list share their case.
"""

from __future__ import annotations

import re

from kabar_desktop.check.clause_reader import is_predicate
from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import SAYING_VERBS
from kabar_desktop.check.rules.commas import is_verb
from kabar_desktop.check.rules.subject_commas import _OPENERS

# An opening phrase is short: eight words back, "Selain … juga dilakukan perawatan pada tanaman
# terong, sawi dan …" is a clause of its own, and its list is a list (heldout110, session 24).
_OPENER_REACH = 8


_CONDITION = re.compile(r"\b(?:apabila|jika|bila|kalau|seandainya)\b[^,.;]*$")


def closes_condition(text: str, start: int, m: re.Match) -> bool:
    """The list's first comma closes a condition inside the sentence and the list is the
    main clause's subject: "… apabila ada undangan dari kecamatan, kepala kampung dan
    perangkatnya diharapkan …" (heldout163); not "kalau …, tidak ruwet dan tidak …"."""
    goes_on = text[m.end(5) : m.end(5) + 2]
    return (
        _CONDITION.search(text, start, m.start(1)) is not None
        and goes_on[:1] == " "
        and goes_on[1:].islower()
        and m.group(5).lower() not in ("tidak", "tak", "belum", "bukan")
    )


# What lies between two words of one phrase: spaces, or a number ('sekitar 3.000 meter').
_PHRASE_GAP = re.compile(r" (?:\d[\d.,]*(?:%)? )?")


def closes_opener(doc: Doc, i: int) -> bool:
    """Token ``i`` ends a sentence-opening adverbial phrase: 'Setelah apel', 'Dengan luas
    lahan sekitar 3.000 meter persegi' (a number is no token: probe137)."""
    toks = doc.tokens
    k = i
    while (
        k > 0
        and not toks[k].initial
        and toks[k - 1].para == toks[k].para
        and _PHRASE_GAP.fullmatch(doc.text, toks[k - 1].end, toks[k].start)
    ):
        k -= 1
    if toks[k].text.lower() not in _OPENERS or i - k > _OPENER_REACH:
        return False
    if toks[k].initial:
        return True
    # "Bukan hanya itu, pada kunjungan hari biasa, keluarga dan …": a second front phrase,
    # after the sentence's opening one and its comma (probe37)
    gap = doc.text[toks[k - 1].end : toks[k].start] if k > 0 else ""
    return gap == ", " and _opening_phrase_end(doc, k - 1)


def _opening_phrase_end(doc: Doc, i: int) -> bool:
    """Token ``i`` ends the phrase that opens its sentence (up to four words)."""
    toks = doc.tokens
    k = i
    while k > 0 and i - k < 4 and not toks[k].initial and doc.adjacent(toks[k - 1], toks[k]):
        k -= 1
    return toks[k].initial and toks[k].para == toks[i].para


def closes_clause(first: str, items: str, after: str) -> bool:
    """The word before the comma is a verb (or a saying verb) and the pair after it is not:
    the comma ends a clause, and what follows is a two-item pair, not a list's tail."""
    low = first.lower()
    if not (low in SAYING_VERBS or is_verb(low)):
        return False
    return not any(is_verb(w.lower()) for w in [*items.split(), after])


def objects_joined(items: str, after: str) -> bool:
    """The item before 'dan' is a verb and its object, the word after 'dan' no verb: 'dan'
    joins two objects of that verb ("mempererat silaturahmi, membawa pesan dan tradisi"),
    where a list of predicates would go on with a verb ("…, membawa pesan dan menjaga …")."""
    parts = items.split()
    return (
        len(parts) == 2
        and parts[0][:2] in ("me", "di", "be")
        and is_verb(parts[0].lower())
        and not is_verb(after.lower())
        and not is_predicate(after.lower())  # "memperbaiki diri dan tidak mengulangi"
    )


def case_differs(*items: str) -> bool:
    """Items of one list share their case; an initialism ('PKBM') goes with any."""
    cases = {w[0].isupper() for w in items if not (len(w) > 1 and w.isupper())}
    return len(cases) > 1


def range_item(text: str, start: int, end: int) -> bool:
    """The pair ends one item of a range ('Mulai dari alur penempatan klien, pola pembimbingan
    dan pengawasan, hingga sistem pelaporan'; probe55): 'dan' joins inside that item."""
    if not text.startswith((", hingga ", ", sampai ", ", sampai dengan "), end):
        return False
    return re.search(r"\b[Mm]ulai dari\b", text[max(0, start - 120) : start]) is not None
