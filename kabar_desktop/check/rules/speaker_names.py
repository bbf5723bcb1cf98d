"""The people an article names as speakers, and the apposition commas their names ask for
(P6, read by clauses.py and appositions.py; moved out of commas.py)."""

from __future__ import annotations

import re

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import (
    FUNCTION_WORDS,
    INSTITUTION_KINDS,
    POSITIONS,
    SAYING_VERBS,
)
from kabar_desktop.check.places import is_place_word
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.commas import is_verb

# A person named as a speaker elsewhere: after an attribution verb ("ujar Budi", "kata I Putu
# Suwarsa") or opening a sentence before a verb of saying ("Budi menjelaskan …").
_ATTRIBUTED = re.compile(
    r"\b(?:ujar|kata|ungkap|jelas|tutur|imbuh|terang|papar|tegas|ucap|sebut|tambah|pungkas)"
    r" ((?:[A-Z][\w'’-]*\.? ){0,3}[A-Z][\w'’-]*)"
)
_OPENS_WITH_NAME = re.compile(r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}) ([a-z]+)\b")


def _speaker_words(doc: Doc) -> frozenset[str]:
    """The words of the names the text attributes words or deeds to (no office's)."""
    found = [m.group(1).split() for m in _ATTRIBUTED.finditer(doc.text)]
    for para in doc.prose_paras():
        for s, _e in para.sentences:
            m = _OPENS_WITH_NAME.match(doc.text, s)
            if m and m.group(2) in SAYING_VERBS | {"mengaku", "berharap"}:
                found.append(m.group(1).split())
    offices = POSITIONS | INSTITUTION_KINDS | FUNCTION_WORDS
    return frozenset(w for g in found if not any(x.lower() in offices for x in g) for w in g)


def person_start(doc: Doc, i: int, comma: int) -> int | None:
    """'Kepala Rutan Kelas IIB Klungkung I Putu Suwarsa, menjelaskan': where the name of a
    person the text names elsewhere starts in the position phrase from token ``i`` to the
    comma (None if none does). The comma closes an apposition whose opening comma is missing
    (P6 asks for it); it does not split subject from predicate (no P13)."""
    toks = doc.tokens
    j = i
    while j + 1 < len(toks) and toks[j + 1].start < comma:
        j += 1
    if j - i < 2:
        return None
    speakers = _speaker_words(doc)
    for k in range(max(i + 2, j - 3), j + 1):
        word = doc.text[toks[k].start : comma].split(None, 1)[0]
        if word in speakers and doc.text[toks[k - 1].end : toks[k].start] == " ":
            return k
    return None


def ends_in_person(doc: Doc, i: int, comma: int) -> bool:
    return person_start(doc, i, comma) is not None


_PHRASE_TO_VERB = re.compile(r"[^,.;:!?\"“”\n]{1,120}, ([a-z]+)\b")
_CLASS_WORD = re.compile(r"(?:I{1,3}|IV) ?[AB]?")


def missing_name_comma(doc: Doc, i: int) -> Hit | None:
    """P6 where a sentence opens with a position, its office's place and a person's name, then
    the comma and the verb: 'Kepala Lapas Kelas IIB Tulungagung Ma'ruf, mengatakan …' asks for
    'Tulungagung, Ma'ruf'. Only where the text names the person elsewhere and the word before
    the name is a place or a class ('IIB'), never a name's own word."""
    toks, text = doc.tokens, doc.text
    m = _PHRASE_TO_VERB.match(text, toks[i].start)
    if m is None or not toks[i].initial:
        return None
    if not (m.group(1) in SAYING_VERBS or is_verb(m.group(1))):
        return None
    comma = m.start(1) - 2
    if any(w[0].islower() and w != "dan" for w in text[toks[i].start : comma].split()):
        return None
    k = person_start(doc, i, comma)
    if k is None or is_place_word(toks[k].text):
        return None
    place = toks[k - 1]
    if not (is_place_word(place.text) or _CLASS_WORD.fullmatch(place.text)):
        return None
    return Hit(
        place.start,
        place.end,
        N_("The name after the position is set off by commas: '{word}'."),
        place.text + ",",
        {"word": text[toks[k].start : comma]},
    )
