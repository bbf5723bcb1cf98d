"""P29, round 19: fragments opened by a word that only joins a clause or a phrase to another
(Tata Bahasa Baku: a sentence has a subject and a predicate; EYD V: a full stop ends a
sentence, and what has neither is no sentence).

- `Melainkan` is the second half of `bukan/tidak … melainkan …`: it never opens a sentence
  (`… di Rudenim. Melainkan tinggal …` → `Rudenim, melainkan`).
- `Baik` opening a pair (`baik A maupun B`) with no predicate in the whole sentence is the
  pair's half of the sentence before (`… Pemkab. Baik di A ataupun di B.` → `Pemkab, baik`);
  `Baik A maupun B hadir …` has its predicate and stays whole.
- `Seperti` opening examples: verbs or nouns as items of a list (each predicate stands at
  the head of an item, after `Seperti`, a comma or `dan/atau/serta`), with no clause of its
  own (`… di Lapas. Seperti berkelahi dan lain sebagainya.` → `Lapas, seperti`); `Seperti
  diketahui, …`, `Seperti tahun lalu, kegiatan ini diikuti …` are whole. (A verbless
  `Seperti …` is P18's opening_yakni.)
- A verb of place or extent (`Terletak`, `Terbentang`, `Berada`, `Berlokasi` …) and its
  adverbial with nothing else, written as a sentence before the sentence whose subject it
  describes: `Terbentang di atas tanah 4.692 meter persegi. Rudenim … memiliki` →
  `persegi, Rudenim`.
"""

from __future__ import annotations

from kabar_desktop.check import clause_reader as cr
from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import FUNCTION_WORDS, words
from kabar_desktop.check.rules import N_, Hit

_JOINED = N_("'{word}' does not open a sentence: it goes on the sentence before.")
_DESCRIBES = N_(
    "'{word}' has no subject of its own: a comma joins it to the sentence after, whose "
    "subject it describes."
)
# The second half of a pair and the list joiners.
_PAIR_SECONDS = words("maupun ataupun atau")
# Words that open a sentence only as the second half of a pair or an example's opener.
_JOINING_HEADS = frozenset(("Melainkan", "Baik", "Seperti"))
_ITEM_JOINERS = words("dan atau serta maupun ataupun hingga sampai")
# Verbs of place and extent: they describe where or how large their subject is, and the
# subject stands next to them ("Terletak di …, Lapas ini …" / "Lapas ini terletak di …").
_PLACE_VERBS = words(
    """terletak terbentang terhampar berlokasi berada berdiri bertempat berkedudukan
    berdomisili membentang"""
)
_PLACE_PREPOSITIONS = words("di pada sejak dalam seluas sepanjang")
# Prepositions that open a sentence's adverbials of time and place.
_ADVERBIAL_HEADS = frozenset(("Pada", "Di", "Dalam", "Sejak"))


def joined_fragment(doc: Doc, s: int, e: int, para_start: int) -> Hit | None:
    """The fragment at [s, e) opened by 'Melainkan', 'Baik' or 'Seperti', or a verb of place
    before the sentence it describes; None when the sentence is whole."""
    text = doc.text
    head = text[s : s + 12].split(" ", 1)[0]
    if (
        head not in _JOINING_HEADS
        and head.lower() not in _PLACE_VERBS
        and head not in _ADVERBIAL_HEADS
    ):
        return None  # the cheap test first
    if head.lower() in _PLACE_VERBS or head in _ADVERBIAL_HEADS:
        return _place_fragment(doc, s, e, head)
    before = cr.joinable(text, s, para_start)
    if before is None or before[1].lower() in FUNCTION_WORDS:
        return None
    toks = [w for _, w in cr.tokens(text, s + len(head), e)]
    if not toks:
        return None
    if head == "Baik" and not _bare_pair(toks):
        return None
    if head == "Seperti" and not _examples(toks):
        return None
    at, last = before
    return Hit(at, s + len(head), _JOINED, f"{last}, {head.lower()}", {"word": head})


def _predicates(toks: list[str]) -> list[int]:
    """Where a predicate stands among ``toks``: not a relative's ('yang dilakukan')."""
    return [
        k
        for k, w in enumerate(toks)
        if w not in (",", ";", ":") and cr.is_predicate(w) and toks[k - 1 : k] != ["yang"]
    ]


def _bare_pair(toks: list[str]) -> bool:
    """'Baik di A ataupun di B': the pair's second half, and no predicate anywhere."""
    low = [w.lower() for w in toks]
    if low[0] == "," or not any(w in _PAIR_SECONDS for w in low):
        return False
    return not any(cr.is_predicate(w) for w in low if w.isalpha())


def _examples(toks: list[str]) -> bool:
    """'Seperti berkelahi dan lain sebagainya': items of examples, a verb at most at the head
    of each item; no clause (a predicate inside an item, after a subject)."""
    low = [w.lower() for w in toks]
    if low[0] in (",", "yang") or low[0].startswith(("di", "ter")) and cr.is_predicate(low[0]):
        return False  # "Seperti diketahui, …", "Seperti yang disampaikan …": an opener
    found = _predicates(low)
    if not found:
        return False  # no verb at all: P18's opening_yakni reads it
    return all(k == 0 or low[k - 1] in _ITEM_JOINERS or low[k - 1] == "," for k in found)


def _place_fragment(doc: Doc, s: int, e: int, head: str) -> Hit | None:
    """'Terbentang di atas tanah 4.692 meter persegi. Rudenim … memiliki …': the verb of
    place and its adverbial end in a full stop, and the next sentence of the paragraph
    opens with its subject and predicate."""
    text = doc.text
    if doc.in_quote(s):
        return None
    toks = [w for _, w in cr.tokens(text, s + len(head), e)]
    if head in _ADVERBIAL_HEADS:
        # "Pada Jumat (5/7/2024), bertempat di Aula …." : adverbials only, a verb of place
        # among them and no other predicate
        low = [w.lower() for w in toks]
        place = [k for k, w in enumerate(low) if w in _PLACE_VERBS and low[k - 1 : k] == [","]]
        if not place or _predicates([w for w in low if w not in _PLACE_VERBS]):
            return None
    elif len(toks) < 2 or toks[0].lower() not in _PLACE_PREPOSITIONS:
        return None
    elif any(w in (",", ";", ":") for w in toks) or _predicates([w.lower() for w in toks]):
        return None  # "Terletak di …, Lapas ini …": whole
    body = text[s:e].rstrip()
    body_end = s + len(body) - 1  # the full stop
    if not body.endswith(".") or text[body_end : body_end + 2] != ". ":
        return None
    nxt = body_end + 2
    if not text[nxt : nxt + 1].isupper():
        return None
    following = _next_sentence(doc, nxt)
    if following is None:
        return None
    ns, ne = following
    ntoks = [w for _, w in cr.tokens(text, ns, ne)]
    if len(ntoks) < 2 or not ntoks[0][:1].isupper():
        return None
    first = ntoks[0]
    if first.lower() in cr.SUBORDINATORS or first.lower() in cr.PREPOSITIONS:
        return None  # the next sentence opens with a phrase of its own
    if first.lower() in FUNCTION_WORDS or cr.is_predicate(first):
        return None
    if not any(w[:1].islower() and cr.is_predicate(w) for w in ntoks[1:]):
        return None  # the next sentence has no predicate either
    prev = text.rfind(" ", s, body_end) + 1
    last = text[prev:body_end]
    if not last or not last[-1].isalnum():
        return None
    named = len(ntoks) > 1 and ntoks[1][:1].isupper()
    shown = first if named or first.isupper() else first[:1].lower() + first[1:]
    return Hit(prev, ns + len(first), _DESCRIBES, f"{last}, {shown}", {"word": head})


def _next_sentence(doc: Doc, at: int) -> tuple[int, int] | None:
    for para in doc.prose_paras():
        if para.start <= at:
            for ns, ne in para.sentences:
                if ns == at:
                    return ns, ne
    return None
