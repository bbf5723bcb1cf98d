"""The comma before a connector of explanation or example inside a sentence (P18; round 17,
called from commas.py).

EYD V (Tanda Koma): a comma goes before the words that open an explanation or an example of
what the clause before it said: 'yaitu', 'yakni', 'termasuk', 'khususnya', 'terutama' ("Para
napi antusias mengikutinya, termasuk napi terorisme.", "… tiga daerah di Sulteng, yakni
Parigi Moutong …", "… membekali anak bangsa, khususnya pengelola media."); and so does a
verb of composition or number that describes what the clause before named ("Jumlah penghuni
kini mencapai 696, terdiri atas …", "Ada 121 warga binaan, terdiri dari …"). They follow a
whole clause: the words since the sentence's start or its last comma hold a predicate (not a
relative's: 'Pembinaan yang diberikan terdiri atas …'), and the word before the connector
ends the clause's complement (a noun, a name, a verb with its clitic), not a subject. Silent
where the word is a predicate itself ('Lapas ini termasuk salah satu …', '… bahwa remisi
termasuk hak …', 'Hal itu terutama disebabkan …'), after a function word, an adverb or a
demonstrative, and in a speaker's words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check import clause_reader as cr
from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import FUNCTION_WORDS, SAYING_VERBS, words
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.seams25_titles import governed_verb

_CONNECTOR = re.compile(
    r"(?:(?<=\w)|(?<=\))) (termasuk|khususnya|terutama|(?:yaitu|yakni)(?= [A-Z])"
    r"|terdiri(?= (?:atas|dari))|berjumlah)\b(?!,)"
)
# Words before which the connector is a predicate or an adverb of the clause, no seam.
_NOT_BEFORE = FUNCTION_WORDS | words(
    """ini itu tersebut yang juga pun tidak tak belum bukan masih tetap sudah telah akan
    harus bisa dapat adalah merupakan ialah yakni yaitu menjadi sebagai lebih paling sangat
    hanya serta sendiri diantaranya antaranya"""
)  # 'sendiri', 'diantaranya': "Untuk gudang tertutup sendiri terdiri dari …" (probe76)
# After 'termasuk' these make it the predicate ("termasuk dalam kategori …", "stan mereka
# termasuk paling diminati", heldout112).
_PREDICATE_AFTER = words("dalam ke kategori golongan kelompok jenis salah paling")
# A complement clause after a verb of saying or 'bahwa': its own subject may stand before
# the connector ("… mengatakan remisi termasuk hak …").
_CLAUSE_VERBS = SAYING_VERBS | words(
    "bahwa menilai menganggap menyebut menyebutkan mengakui berharap meminta menurut"
)


_COUNTS = words(
    """dua tiga empat lima enam tujuh delapan sembilan sepuluh beberapa berbagai sejumlah
    kedua ketiga keempat"""
)


def _spells_out(before: list[str], after: str) -> bool:
    """The names after 'yaitu'/'yakni' spell out a count of the clause ('tiga daerah … yakni
    A, B dan C') or are a list of their own: an explanation, not one name in apposition."""
    counted = any(w in _COUNTS or w.isdigit() for w in before)
    listed = re.match(r"[^.;]*?(?:, | dan | serta )[A-Z]", after) is not None
    return counted or listed


def _focus_in_object(text: str, m: re.Match[str], e: int) -> bool:
    """After a verb of saying, 'khususnya'/'terutama' explains its object, not the subject
    of a complement clause, where no predicate follows the phrase it opens ('… menjangkau
    masyarakat yang lebih luas terutama konten keagamaan yang …'; not '… mengingatkan para
    pimpinan khususnya kepala lapas harus siaga': the clause's own subject; round 18)."""
    if m.group(1) not in ("khususnya", "terutama"):
        return False
    stop = text.find(",", m.end(1), e)
    rest = text[m.end(1) : e if stop < 0 else stop].split()
    return not any(
        w.isalpha() and w.islower() and cr.is_predicate(w) and rest[k - 1 : k] != ["yang"]
        for k, w in enumerate(rest)
    )


def closed_complement(low: list[str]) -> bool:
    """Round 20: the clause before is whole: its predicate, then a preposition's phrase
    that closes its complement ("… menghadapi tantangan di bidang keimigrasian",
    "memberikan kemudahan bagi masyarakat"). 'terutama'/'khususnya' after it explains that
    phrase (EYD V: koma sebelum keterangan tambahan), a speaker's words too, even before
    a verb of its own ("…, terutama menghadapi …")."""
    verb = next(
        (
            k
            for k, w in enumerate(low)
            if w.isalpha()
            and low[k - 1 : k] != ["yang"]
            and cr.is_predicate(w)
            and w not in cr.PREPOSITIONS
        ),
        None,
    )
    if verb is None:
        return False
    for j in range(len(low) - 2, verb, -1):  # the last phrase's preposition
        if low[j] in _CLOSING_PREPOSITIONS:
            rest = low[j + 1 :]
            return all(
                w.isalpha() and w not in FUNCTION_WORDS and not cr.is_predicate(w) for w in rest
            )
    return False


_CLOSING_PREPOSITIONS = frozenset(("di", "bagi", "kepada", "terhadap", "untuk", "pada"))


# Round 24: a conjunction that opens a clause of its own ('maka', 'sehingga', 'karena' …):
# the clause before the connector begins after it ("Karena ada penambahan penyuluh, maka
# sekarang jumlah penyuluh di Kankemenag berjumlah 24 orang": 'berjumlah' is the predicate of
# the clause 'maka' opens, no seam). Time words are prepositions too ('hingga 24 orang'):
# not read here.
_CLAUSE_OPENERS = frozenset(
    w for w, kind in cr.SUBORDINATORS.items() if kind not in ("time", "while")
) | words("maka bahwa sedangkan namun tetapi")


def _main_clause_start(low: list[str]) -> int:
    """The index after the last word of ``low`` that opens a clause (0 when none does)."""
    for k in range(len(low) - 1, -1, -1):
        if low[k] in _CLAUSE_OPENERS:
            return k + 1
    return 0


def explanation_commas(doc: Doc, s: int, e: int) -> Iterator[Hit]:
    """Sentence [s, e): each connector of explanation run on after a whole clause."""
    text = doc.text
    for m in _CONNECTOR.finditer(text, s, e):
        quoted = doc.in_quote(m.start())
        if quoted and m.group(1) not in ("khususnya", "terutama"):
            continue
        start = max(s, text.rfind(",", s, m.start()) + 1)
        segment = text[start : m.start()].split()
        if len(segment) < 3:
            continue
        last = segment[-1].strip('“”"')
        low = [w.lower().strip('“”"()') for w in segment]
        if low[-1] in _NOT_BEFORE or not (last.isalnum() or last.endswith(")")):
            continue
        if m.group(1) in ("terdiri", "berjumlah") and "yang" in low[-3:]:
            continue  # "… Orang Asing yang anggotanya terdiri atas …": a relative's predicate
        if m.group(1) == "berjumlah" and ("yang" in low or low[-1] in ("tercatat", "terdata")):
            continue  # "… yang mendapatkan bantuan benih ikan berjumlah 82 kelompok", "tercatat
            # berjumlah": the count is the predicate (the sets: 0 of 4, session 28)
        if any(w in _CLAUSE_VERBS for w in low) and not _focus_in_object(text, m, e):
            continue
        # the clause's own predicate, not a relative's; its last word may be its verb
        # ("Jumlah pengunjung meningkat terutama …", "… antusias mengikutinya termasuk …")
        # round 25: nor a verb a preposition governs ('Untuk diketahui bangunan …')
        opened = _main_clause_start(low)  # round 24: 'ada … maka jumlah X berjumlah'
        own = [
            w.strip('“”"()')
            for k, w in enumerate(segment)
            if k >= opened
            and low[k - 1 : k] != ["yang"]
            and not governed_verb(low, k, cr.PREPOSITIONS)
        ]
        if len(own) < 2:
            continue
        if not any(w.isalpha() and w.islower() and cr.is_predicate(w) for w in own):
            continue  # no clause before: the connector is the subject's predicate
        word = m.group(1)
        after = text[m.end(1) :].split(None, 1)[:1]
        nxt = after[0].lower().strip(",.") if after else ""
        if word in ("yaitu", "yakni") and not _spells_out(low, text[m.end(1) : e]):
            continue  # "acara besar yaitu KTT ASEAN": one name, maybe a plain apposition
        if word == "termasuk" and (nxt in _PREDICATE_AFTER or nxt in cr.PREPOSITIONS):
            continue
        closed = closed_complement(low)  # round 20
        if quoted and not closed:
            continue  # a speaker's run of words, unless its clause is plainly whole
        if word in ("khususnya", "terutama") and nxt and cr.is_predicate(nxt) and not closed:
            continue  # "terutama disebabkan …": an adverb of the predicate
        if word == "khususnya" and nxt == "dan":
            continue  # "bagi warga X khususnya dan warga Y pada umumnya": a pair (probe91)
        yield Hit(
            m.start() - len(segment[-1]),
            m.end(1),
            N_("A comma goes before '{word}' after a clause."),
            f"{segment[-1]}, {word}",
            {"word": word},
        )
