"""Round 23 (P6, for clauses.py): a relative clause set off after a name, left open.

EYD V (Tanda Koma): an explanatory relative clause after a name ('Fitri Yady, yang memimpin
razia itu, …') is an aside, set off by commas on both sides; a person's or an office's name
is one of a kind, so its 'yang' clause can only explain it. When the writer opened the aside
with its comma and went on into the main predicate with none ('Budi Santoso, yang memimpin
razia itu menyatakan bahwa …'), the comma that closes it goes before the predicate.

Read only where the words leave no doubt: the sentence opens with its subject in capitals
(a position, an office, a name: no lowercase word and no predicate before ', yang'); the
relative clause opens with its own verb; the main predicate is a verb of saying, or a verb
before 'bahwa'/'agar', after a word that ends a noun phrase (not after 'yang', a
preposition, a conjunction or an adverb); and no comma before a verb closes the aside
already.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check import clause_reader as cr
from kabar_desktop.check.lexicon import FUNCTION_WORDS, SAYING_VERBS, words
from kabar_desktop.check.rules import N_, Hit

_OPENED = re.compile(r", yang ")
# Words inside a subject in capitals that are not capitalised: "Kepala Rutan Kelas IIB …".
_SUBJECT_GLUE = words("dan kelas")
# Adverbs between 'yang' and the relative's verb, or before a predicate.
_ADVERBS = words("turut langsung juga telah sudah akan sedang pun secara baru")
# What a predicate of saying goes on with: the reported clause.
_REPORTED = words("bahwa agar supaya")
# Words after which a verb goes on the phrase before, not a new predicate.
_NOT_BEFORE_MAIN = (
    FUNCTION_WORDS
    | cr.PREPOSITIONS
    | _ADVERBS
    | words("yang dan atau serta maupun untuk guna agar supaya sambil seraya lalu kemudian tidak")
)


def open_relative(text: str, s: int, e: int) -> Iterator[Hit]:
    """Sentence [s, e): 'Name, yang <verb> … <predicate>' with the aside left open."""
    m = _OPENED.search(text, s, e)
    if m is None or '"' in text[s:e] or "“" in text[s:e]:
        return
    head = cr.tokens(text, s, m.start())
    if len(head) < 2 or not _capitalised_subject([w for _, w in head]):
        return
    rest = cr.tokens(text, m.start() + 2, e)
    if not rest or rest[0][1] != "yang":
        return
    k = 1
    while k < len(rest) and rest[k][1].lower() in _ADVERBS:
        k += 1
    if k >= len(rest) or not cr.is_predicate(rest[k][1]):
        return  # 'Budi, yang juga ketua …': no clause of its own
    for n in range(k + 2, len(rest)):
        at, word = rest[n]
        prev = rest[n - 1][1]
        if word == ",":
            nxt = rest[n + 1][1].lower() if n + 1 < len(rest) else ""
            if cr.is_predicate(nxt) or nxt in _ADVERBS or nxt in SAYING_VERBS:
                return  # the aside is closed: ', menyatakan …'
            continue
        low = word.lower()
        if not _main_predicate(low, rest, n):
            continue
        if prev == "," or prev.lower() in _NOT_BEFORE_MAIN or cr.is_predicate(prev):
            return
        start = rest[n - 1][0]
        yield Hit(
            start,
            at + len(word),
            N_("The apposition is closed by a comma: '{word}'."),
            f"{prev}, {word}",
            {"word": prev},
        )
        return


def _capitalised_subject(ws: list[str]) -> bool:
    """The words before ', yang' are a subject in capitals: a position, an office, a name
    (commas between them, a class's numeral, 'dan' inside an office's name)."""
    if not ws[0][:1].isupper():
        return False
    for w in ws:
        if w == "," or w.lower() in _SUBJECT_GLUE or w[:1].isdigit():
            continue
        if not w[:1].isupper() or cr.is_predicate(w):
            return False
    return True


def _main_predicate(low: str, rest: list[tuple[int, str]], n: int) -> bool:
    """A verb that takes the sentence's subject: one of saying, or one before its reported
    clause ('memastikan bahwa …')."""
    if low in SAYING_VERBS:
        return True
    nxt = rest[n + 1][1].lower() if n + 1 < len(rest) else ""
    return cr.is_predicate(low) and nxt in _REPORTED
