"""P6, session 24: a holder's name set off by a comma after the office's long name and never
closed before the predicate: 'Kepala Sekolah SMAN 5, Teguh Santoso mengucapkan …', 'Ketua
Panitia kegiatan, Abdul Latip menjelaskan …', 'Kepala Puskesmas Bitung Barat, dr. Angela
Sengke saat diwawancarai …' (EYD V: keterangan aposisi diapit tanda koma).

clauses.py reads the position's phrase as capitals only; here the phrase between the position
and the comma may hold a class number, a bracketed short form and up to two lowercase nouns,
so long as no verb stands in it (a verb would make the name the subject of a new clause:
'Kepala Lapas membuka acara, Budi menyampaikan …' is a splice, not an apposition).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import FUNCTION_WORDS, POSITIONS, SAYING_VERBS, words
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.apposition_names import _KA_TITLES
from kabar_desktop.check.rules.appositions import NOT_NAMES, full_place_names
from kabar_desktop.check.rules.commas import is_verb
from kabar_desktop.check.rules.seams21_names import UNIT_HEADS
from kabar_desktop.check.rules.subject_commas import _FRONTING  # 'Selaku …, Budi menyatakan'

# Titles of address that may stand before a holder's name ('dr.', 'drh', 'H.').
_TITLES = frozenset(("H", "Hj", "Dr", "dr", "drh", "Drs", "Dra", "Ir", "Prof", "Pdt", "Ns"))
# The comma, the holder's name (a title may open it), the first word of the predicate.
_NAME_THEN_WORD = re.compile(
    rf", ((?:(?:{'|'.join(sorted(_TITLES, key=len, reverse=True))})\.? )?"
    r"[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){0,3}) ([a-z]+)\b"
)
# Words that go on the predicate right after a name: a verb by its form, or these.
_PREDICATE_WORDS = words("saat juga telah turut pun beserta serta")
# Words that may stand between a position and the comma in lowercase: the office's nouns.
_PHRASE_NOUNS = words("kegiatan acara panitia pelaksana bidang seksi urusan wilayah tingkat")
_BEFORE_HEAD = words("oleh kepada menurut yakni yaitu")
_PHRASE_TOKEN = re.compile(r"[\w’'.-]+|\(|\)|/|&")
_MESSAGE = N_("The apposition is closed by a comma: '{word}'.")


def open_heads(doc: Doc) -> Iterator[Hit]:
    """The name after '<position's phrase>, ' with its closing comma missing."""
    text = doc.text
    for para in doc.prose_paras():
        for s, e in para.sentences:
            for m in _NAME_THEN_WORD.finditer(text, s, e):
                verb = m.group(2)
                if not (verb in SAYING_VERBS or verb in _PREDICATE_WORDS or is_verb(verb)):
                    continue
                name = m.group(1)
                bare = [w.lower() for w in name.split() if not w.endswith(".")]
                if not bare or any(_not_name(w) for w in bare) or len(max(bare, key=len)) < 3:
                    continue  # a Ka- title, an office's word, a degree ('Lc')
                if any(" ".join(bare[:n]) in full_place_names() for n in (1, 2)):
                    continue  # 'Kecamatan Mijen, Semarang Jawa Tengah melalui' (probe82)
                if doc.in_quote(m.start()) or not _position_phrase(text[s : m.start()]):
                    continue
                yield Hit(m.start(1), m.end(1), _MESSAGE, name + ",", {"word": name})


def opens_sentence(doc: Doc, i: int) -> bool:
    """Token ``i`` opens its sentence, or only a title of address stands before it ('H.
    Fausi, Kepala Kantor Kemenag Lamongan mengatakan', heldout127)."""
    toks = doc.tokens
    if toks[i].initial:
        return True
    prev = toks[i - 1] if i else None
    gap = doc.text[prev.end : toks[i].start] if prev else ""
    return bool(prev and prev.initial and prev.text in _TITLES and gap in (". ", " "))


def _not_name(word: str) -> bool:
    return word in NOT_NAMES or word in UNIT_HEADS or word in _KA_TITLES


def _name_word(word: str) -> bool:
    """A word of an office's name: capitalised or a number or a bracket, not a verb or a
    function word ('Mewakili', 'Sebagai' open the sentence before the phrase)."""
    low = word.lower()
    if word in "()&" or low == "dan" or word[:1].isdigit():
        return True
    return word[:1].isupper() and low not in FUNCTION_WORDS | _FRONTING and not is_verb(low)


def _position_phrase(before: str) -> bool:
    """The clause before the comma ends in a position's phrase: a position word, then only
    capitals, numbers, brackets and up to two office nouns, no verb and no comma."""
    clause = before.rsplit(",", 1)[-1]
    toks = _PHRASE_TOKEN.findall(clause)
    lower = 0
    for k in range(len(toks) - 1, -1, -1):
        w = toks[k]
        low = w.lower()
        if w[:1].isupper() and (low in POSITIONS or low in UNIT_HEADS):
            while k > 0 and _name_word(toks[k - 1]):
                k -= 1  # 'Kepala Binadik …', '… Hukum (Kadiv P3H)': the phrase's start
            # The phrase opens the clause, or is the agent or the one spoken of: after a
            # fronted 'Mewakili …,' 'Didampingi …,' 'Dalam kunjungannya di …,' the name is
            # the subject (heldout72, checker_corpus/33).
            return k == 0 or toks[k - 1].lower() in _BEFORE_HEAD
        if w[:1].isupper() or w[:1].isdigit() or w in "()/&":
            continue
        if low != "dan" and (low in FUNCTION_WORDS or is_verb(low) or low not in _PHRASE_NOUNS):
            return False  # 'dan' joins two fields of the office's name
        lower += 1
        if lower > 2:
            return False
    return False
