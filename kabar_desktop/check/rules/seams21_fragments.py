"""Round 21: fragments and splices at a clause's seam (P29 from fragments.py, P28 from
comma_splices.py).

Tata Bahasa Baku: a sentence has a subject and a predicate; EYD V: a full stop ends a
sentence, a comma does not join two.

- P29 ``Seperti yang`` + its verb opening a sentence is a clause of comparison ('as
  happened …'): it needs the main clause it compares to. Where no comma closes it and no
  predicate stands outside its 'yang' clauses, the sentence is that clause alone and joins
  the sentence before (``… Lapas tersebut. Seperti yang terjadi pada lomba …`` →
  ``tersebut, seperti``). ``Seperti yang diketahui, …`` and ``Seperti yang diharapkan
  kegiatan berjalan lancar`` have their main clause and are left.
- P29 ``Sekaligus`` is an adverb of the predicate ('at the same time'): a sentence it opens
  before a verb has no subject and goes on the sentence before (``… di Diskominfo Gowa.
  Sekaligus melihat …`` → ``Gowa, sekaligus``), in a speaker's words as well.
- P28 a person's name already named in the sentence, repeated after a comma and followed by
  its own clause (``… adalah Zakaria (39) asal Kuala Lumpur, Malaysia, Zakaria yang
  menjalani … mengaku …``): the name opens a new sentence about the same person; no list or
  apposition repeats the name it is about.
"""

from __future__ import annotations

import re

from kabar_desktop.check import clause_reader as cr
from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import FUNCTION_WORDS, POSITIONS, SAYING_VERBS, words
from kabar_desktop.check.rules import N_, Hit

_JOINED = N_("'{word}' does not open a sentence: it goes on the sentence before.")
_NO_MAIN = N_(
    "'{word}' opens a clause that no main clause follows: drop it or join the "
    "sentence to the one before."
)
_NO_SUBJECT = N_("'{word}' needs its subject: the sentence has none.")
_NOT_OWN = words("yang karena sehingga agar supaya untuk bahwa")
# Prepositions whose noun phrase a ber-/ter- word may close ('di atas kolam berlumpur').
_PHRASE_PREPOSITIONS = cr.PREPOSITIONS | words("diatas dibawah dikalangan didalam antara")


def comparison_fragment(doc: Doc, s: int, e: int, para_start: int) -> Hit | None:
    """'… tersebut. Seperti yang terjadi pada lomba …' → 'tersebut, seperti'."""
    text = doc.text
    if text.startswith("Sekaligus ", s):
        return _sekaligus(doc, s, e, para_start)
    if text.startswith("Hingga ", s):
        from kabar_desktop.check.rules.seams22_fragments import result_fragment

        return result_fragment(doc, s, e, para_start)
    if not text.startswith("Seperti yang ", s):
        return None
    body = text[s:e]
    if any(mark in body for mark in ',;:“”"'):
        return None  # a comma closes the clause of comparison: a main clause follows
    toks = [w.lower() for _, w in cr.tokens(text, s + len("Seperti yang "), e)]
    if not toks or not cr.is_predicate(toks[0]):
        return None
    for k in range(1, len(toks)):
        w = toks[k]
        if not cr.is_predicate(w) or w in ("ada",):
            continue
        # a predicate of its own: not right after 'yang' or an adverb after 'yang'
        prev = toks[k - 1]
        if prev in _NOT_OWN or (k >= 2 and toks[k - 2] == "yang"):
            continue
        if w.startswith(("ber", "ter")) and _in_phrase(toks, k):
            continue  # "diatas kolam air berlumpur": a state that describes the noun before
        return None
    before = cr.joinable(text, s, para_start)
    if before is None or before[1].lower() in FUNCTION_WORDS:
        # the paragraph's first sentence: nothing to join; the clause wants a main clause
        return Hit(s, s + len("Seperti yang"), _NO_MAIN, None, {"word": "seperti yang"})
    at, last = before
    return Hit(at, s + len("Seperti"), _JOINED, f"{last}, seperti", {"word": "Seperti"})


def _in_phrase(toks: list[str], k: int) -> bool:
    """The ber-/ter- word at ``k`` closes the noun phrase of a preposition that stands after
    the last predicate before it, with only nouns between: it describes that noun."""
    for j in range(k - 1, 0, -1):
        if toks[j] in _PHRASE_PREPOSITIONS:
            return True
        if cr.is_predicate(toks[j]) or toks[j] in (",", "yang"):
            return False
    return False


def _sekaligus(doc: Doc, s: int, e: int, para_start: int) -> Hit | None:
    text = doc.text
    toks = [w for _, w in cr.tokens(text, s + len("Sekaligus "), e)]
    if not toks or not toks[0].islower():
        return None
    first = toks[0] if toks[0] not in ("juga", "pula") or len(toks) < 2 else toks[1]
    if not cr.is_predicate(first) or first in ("ada", "adalah", "merupakan"):
        return None
    before = cr.joinable(text, s, para_start)
    if before is None or before[1].lower() in FUNCTION_WORDS:
        # the paragraph's first sentence: nothing to join it to; it lacks its subject
        return Hit(s, s + len("Sekaligus"), _NO_SUBJECT, None, {"word": "Sekaligus"})
    at, last = before
    word = "Sekaligus"
    return Hit(at, s + len(word), _JOINED, f"{last}, sekaligus", {"word": word})


_SPLICE = N_("A comma does not join two sentences: end the first with a full stop.")
_REPEATED = re.compile(r"(?<=[\w)]), ([A-Z][a-z]{2,})(?= ([a-z]+)\b)")
_NAME_BEFORE = r"(?<![\w-]){name}(?![\w-])"


def repeated_name_splice(doc: Doc, s: int, e: int) -> list[Hit]:
    """'… adalah Zakaria (39 th) …, Zakaria yang menjalani …' → '. Zakaria'."""
    from kabar_desktop.check.places import is_place_word

    text = doc.text
    out: list[Hit] = []
    for m in _REPEATED.finditer(text, s, e):
        name = m.group(1)
        low = name.lower()
        if low in POSITIONS or low in FUNCTION_WORDS or is_place_word(name):
            continue
        if doc.in_quote(m.start()) or _opened(text, s):
            continue
        said = text[max(s, m.start() - 30) : m.start()].split()
        if said and said[-1].rstrip(",").lower() in SAYING_VERBS:
            continue  # "… mengatakan, Rudenim merupakan …": what was said (probe 5)
        if _reported_opened(text, s, m.start()):
            continue  # round 24: 'mengatakan, untuk mendukung …, Rudenim memberlakukan
        earlier = re.search(_NAME_BEFORE.format(name=name), text[s : m.start()])
        if earlier is None:
            continue
        # the clause before the comma has its own predicate (a whole sentence ends there)
        before = [w.lower() for _, w in cr.tokens(text, s, m.start())]
        if not any(cr.is_predicate(w) or w in ("adalah", "merupakan") for w in before):
            continue
        if _BAHWA_INSERT.search(text, s, m.start() + 1):
            continue  # "mengatakan bahwa, sebagai garda …, Imigrasi mempunyai": what was said
        # after the name, a clause of its own: a predicate follows within the sentence
        after = [w.lower() for _, w in cr.tokens(text, m.end(1), e)]
        if not any(cr.is_predicate(w) for w in after if w not in (",",)):
            continue
        out.append(Hit(m.start(), m.end(1), _SPLICE, ". " + name))
    return out


# 'bahwa' and an insert set off by commas just before the name (probe54).
_BAHWA_INSERT = re.compile(r"\bbahwa, [^,]{3,60},$")


def _opened(text: str, s: int) -> bool:
    """The sentence opens with a subordinate clause or a phrase ('Saat Budi tiba, Budi …'):
    the comma closes it, and the name after it is the main clause's subject."""
    first = text[s : s + 20].split(" ", 1)[0].strip('“"').lower()
    return first in cr.SUBORDINATORS or first in cr.PREPOSITIONS or first in _OPENERS


_OPENERS = words("menurut bagi untuk selain setelah sesudah sebelum usai seusai saat ketika")


def _reported_opened(text: str, s: int, comma: int) -> bool:
    """Round 24: the comma closes the phrase that opens a reported clause (after a verb of
    saying and its comma, or 'bahwa'), as ``_opened`` reads a sentence's opening."""
    from kabar_desktop.check.rules.seams24_clauses import opening_phrase_closed_at

    openers = frozenset(cr.SUBORDINATORS) | cr.PREPOSITIONS | _OPENERS
    return opening_phrase_closed_at(text, s, comma, openers)
