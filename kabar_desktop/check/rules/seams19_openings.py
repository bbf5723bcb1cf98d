"""Round 19: the comma that closes an opening phrase of the sentence (P8, called from
connector_commas.py), where the grammar shows both of the phrase's edges.

EYD V (Tanda Koma): a phrase set before the main clause is closed by a comma. Two openings
whose end the words show plainly:

- a verb phrase of movement or occasion (a meN- verb and its object: ``Memasuki ruangan
  depan``, ``Mengawali kegiatan``) before an inverted predicate, a ter- verb of being seen
  or found or a di- passive, whose subject comes after it (``Memasuki ruangan depan
  terpampang tulisan …`` → ``depan,``); silent where the verb phrase is the subject
  (``Menjaga kebersihan diwajibkan bagi …``: the passive goes on with a preposition) or
  where the passive's agent follows (``… dilakukan oleh …``);
- a participle of place (``Bertempat di``, ``Berlokasi di``, ``Berada di``) and its place,
  however long the address, then the subject: a position or a group of persons acting at
  the head of the last run of capitals, and its predicate (``Bertempat di Aula Desa …, Kab.
  Asahan Penyuluh Hukum Kanwil Sumut bekerja sama …`` → ``Asahan,``).
"""

from __future__ import annotations

import re

from kabar_desktop.check import clause_reader as cr
from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import FUNCTION_WORDS, POSITIONS, words
from kabar_desktop.check.rules import N_, Hit

_MESSAGE = N_("A comma follows '{word}' at the start of a sentence.")
_WORD = re.compile(r"[\w’'-]+")
# A predicate that stands before its subject: ter- verbs of being seen, found or placed.
_INVERTED = words(
    """terpampang terlihat tampak terdapat terpasang tersedia terdengar tersaji terbentang
    terhampar tertulis tertera terpajang"""
)
# After a di- passive, these go on with the verb phrase as subject or name the agent.
_NOT_INVERTED_AFTER = cr.PREPOSITIONS | words("secara setiap sejak sekali juga pula")
# meN- words that are prepositions or connectors, no verb phrase.
_NOT_VERBS = words("menurut mengenai melalui menuju menjelang mengingat menyangkut")
_PLACE_OPENING = re.compile(r"(?:Bertempat|Berlokasi|Berada) (?:di|pada) ")
# Groups of persons that act as a subject, beside the positions.
_ACTORS = POSITIONS | words("penyuluh pembimbing petugas tim rombongan panitia jajaran")


def opening_phrase_comma(doc: Doc, s: int, e: int) -> Hit | None:
    """The comma missing after an opening verb phrase or a participle of place."""
    text = doc.text
    if text.startswith("Me", s):
        return _verb_phrase(text, s, e)
    if _PLACE_OPENING.match(text, s, e):
        return _place_phrase(text, s, e)
    return None


def _verb_phrase(text: str, s: int, e: int) -> Hit | None:
    ws = [(m.start(), m.group()) for m in _WORD.finditer(text, s, min(e, s + 200))]
    if len(ws) < 4 or ws[0][0] != s:
        return None
    verb = ws[0][1].lower()
    if verb in _NOT_VERBS or not verb.startswith("me") or not cr.is_predicate(verb):
        return None
    for k in range(1, min(6, len(ws) - 1)):
        at, w = ws[k]
        between = text[ws[k - 1][0] + len(ws[k - 1][1]) : at]
        if between != " " or not w.islower():
            return None  # a mark or a name: no plain object
        if k >= 2 and _inverted_at(ws, k):
            last_at, last = ws[k - 1]
            return Hit(last_at, last_at + len(last), _MESSAGE, last + ",", {"word": last})
        if w in FUNCTION_WORDS or w in ("yang", "dan", "atau") or cr.is_predicate(w):
            return None
    return None


def _inverted_at(ws: list[tuple[int, str]], k: int) -> bool:
    """An inverted predicate at ``k``, its subject (a lowercase noun) right after it."""
    w = ws[k][1]
    nxt = ws[k + 1][1] if k + 1 < len(ws) else ""
    if not nxt.isalpha() or nxt in FUNCTION_WORDS or nxt in _NOT_INVERTED_AFTER:
        return False
    if cr.is_predicate(nxt) and nxt not in ("tulisan",):
        return False
    if w in _INVERTED:
        return True
    return w.startswith("di") and not w.endswith("nya") and cr.is_predicate(w)


def _place_phrase(text: str, s: int, e: int) -> Hit | None:
    toks = cr.tokens(text, s, e)
    words_ = [w for _, w in toks]
    first = next(
        (
            k
            for k, w in enumerate(words_)
            if k > 2 and w.islower() and cr.is_predicate(w) and words_[k - 1] != "yang"
        ),
        None,
    )
    if first is None:
        return None
    j = first
    while j > 0 and (words_[j - 1][:1].isupper() or words_[j - 1][:1].isdigit()):
        j -= 1
    if j < 2 or j == first:
        return None
    actor = next(
        (i for i in range(first - 1, j, -1) if words_[i].lower() in _ACTORS),
        None,
    )
    if actor is None:
        return None
    while actor - 1 > j and words_[actor - 1].lower() in _ACTORS:
        actor -= 1  # "Wakil Kepala …": the position's first word
    if words_[actor - 1].lower() in _ACTORS:
        return None
    at, word = toks[actor - 1]
    end = at + len(word)
    if text[end : toks[actor][0]] not in (" ", ". "):
        return None
    if text[end : end + 1] == ".":
        word += "."
        end += 1  # "Kab. Asahan Penyuluh": the short form's stop stays
    return Hit(at, end, _MESSAGE, word + ",", {"word": word})
