"""Round 24: where a reported clause begins, for the rules that read a sentence's opening
phrase (P28's comma splices, comma_splices.py and seams21_fragments.py).

Reported speech (kalimat tidak langsung) sets a whole sentence after a verb of saying and
its comma, or after 'bahwa': 'Kepala Rudenim mengatakan, untuk mendukung pemerintah …,
Rudenim memberlakukan …'. That sentence may open with a phrase or a subordinate clause
closed by its comma, as any sentence may (EYD V, Tanda Koma: a comma after an opening
clause or phrase); the comma is the phrase's, no splice.

And where a new sentence begins after a comma with a position and its holder as subject
(``… disambut Kepala Bapas Palembang Sudirwan, Kakanwil Ilham Djaya lalu meninjau …`` →
``Sudirwan. Kakanwil``; see ``position_subject_splice``).
"""

from __future__ import annotations

from kabar_desktop.check import clause_reader as cr
from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import INSTITUTIONS, POSITIONS, SAYING_VERBS, words


def reported_clause_start(text: str, s: int, end: int) -> int:
    """Where the clause after the last verb of saying and its comma, or after 'bahwa',
    begins in ``text[s:end]``; ``s`` when none stands there."""
    toks = cr.tokens(text, s, end)
    for k in range(len(toks) - 2, -1, -1):
        word = toks[k][1].lower()
        if word == "bahwa" and toks[k + 1][1] != ",":
            return toks[k + 1][0]
        if word in SAYING_VERBS and toks[k + 1][1] == "," and k + 2 < len(toks):
            return toks[k + 2][0]
    return s


def opening_phrase_closed_at(text: str, s: int, comma: int, openers: frozenset[str]) -> bool:
    """The comma at ``comma`` is the first of the (reported) clause that begins at or after
    ``s`` and closes the phrase that opens it with a word of ``openers``."""
    start = reported_clause_start(text, s, comma)
    if start == s or "," in text[start:comma]:
        return False
    first = text[start : start + 20].lstrip('“"').split(" ", 1)[0].lower()
    return first in openers


# A position opening a new sentence after a comma (P28): 'Kakanwil Ilham Djaya lalu
# meninjau …'. The clause before the comma is whole: it opens with its subject (no verb,
# preposition, subordinator or connector first: 'Didampingi Kadiv, Kakanwil …' and 'Usai
# apel, Kakanwil …' open with a phrase the comma closes) and holds its own predicate. After
# the comma, the position and the capitalised words of its office and holder (at most
# seven, no comma among them: an apposition closes with one), then the predicate, maybe
# after an adverb. Not in a speaker's words, nor in a list of those present.
_ADVERBS = words("lalu kemudian juga langsung pun selanjutnya turut segera pula")
_NOT_OPENING = words(
    """hadir turut tampak selain selanjutnya kemudian lalu sementara namun bahkan
    sebelumnya setelah usai seusai sesudah saat ketika dalam pada di dari untuk"""
)


def _bare_name(doc: Doc, j: int) -> bool:
    """Whether the capitalised run that ends at token ``j`` is a person's bare name, with no
    post or office in it ('didampingi Muhamad Fauzan Rizki,'): a post after its comma is his
    apposition, where after 'Kepala Bapas … Sudirwan,' or 'dapur Lapas Kupang,' a post
    and a name open a new sentence."""
    toks = doc.tokens
    while j >= 0 and toks[j].text[:1].isupper():
        if toks[j].text.lower() in POSITIONS or toks[j].text.lower() in INSTITUTIONS:
            return False
        if j == 0 or not doc.adjacent(toks[j - 1], toks[j]):
            return True
        j -= 1
    return True


def position_subject_splice(doc: Doc, i: int) -> bool:
    """Token ``i``, a position after ', ', opens a new sentence (see above)."""
    toks, text = doc.tokens, doc.text
    t = toks[i]
    if i == 0 or t.initial or not t.text[:1].isupper() or doc.in_quote(t.start):
        return False
    para = doc.paras[t.para]
    if para.kind in ("title", "caption", "credit"):
        return False
    sentence = next((a for a, b in para.sentences if a <= t.start < b), None)
    if sentence is None:
        return False
    before = [w for _, w in cr.tokens(text, sentence, t.start - 2)]
    if len(before) < 3 or "," in before or ";" in before or ":" in before:
        return False  # the comma must be the sentence's first: no list, no aside before
    first = before[0].lower()
    if (
        first in cr.SUBORDINATORS
        or first in cr.PREPOSITIONS
        or first in _NOT_OPENING
        or cr.is_predicate(first)
    ):
        return False
    if not any(cr.is_predicate(w) for w in before[1:] if w[:1].islower()):
        return False
    if not before[-1][:1].isupper():
        return False  # the clause before ends with a name: 'disambut … Sudirwan,'
    if _bare_name(doc, i - 1):
        return False  # session 25: 'didampingi … Rizki, Pengelola …': his post, set off
    k = i + 1
    while k < len(toks) and doc.adjacent(toks[k - 1], toks[k]) and toks[k].text[:1].isupper():
        k += 1
        if k - i > 7:
            return False
    if k == i + 1 or k >= len(toks) or not doc.adjacent(toks[k - 1], toks[k]):
        return False  # no holder's name, or a mark after it (an apposition's comma)
    word = toks[k].text
    if word in _ADVERBS and k + 1 < len(toks) and doc.adjacent(toks[k], toks[k + 1]):
        word = toks[k + 1].text
    return word[:1].islower() and word not in ("dan", "serta", "atau") and cr.is_predicate(word)
