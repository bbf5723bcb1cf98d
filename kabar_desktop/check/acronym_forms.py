"""Whether a phrase is the full form of an acronym ("koseka": koordinator sensus kecamatan).

Indonesian acronyms take a piece of each content word, in order (KBBI akr: "rakor", rapat
koordinasi; "monev", monitoring dan evaluasi; "Timpora", Tim Pengawasan Orang Asing), the
first from the head of the first word, later ones from any syllable ("sajam": senjata tajam,
"apkowil": aparat komando kewilayahan). A text that
writes the full form beside the acronym, in either order, has defined it: the acronym is no
unknown word and no undefined shorthand there.
"""

from __future__ import annotations

from functools import cache

# Function words a full form may hold that give no letter ("pemantauan dan evaluasi").
_GLUE = frozenset({"dan", "di", "ke", "dari", "untuk", "yang", "serta", "atau", "pada", "bagi"})
_PREFIXES = ("ke", "pe", "pem", "pen", "peng", "per", "pel", "ber", "me", "se")


def spells(acronym: str, phrase: str) -> bool:
    """Whether ``phrase`` is a full form of ``acronym``: its letters, in order, fall into
    consecutive pieces, one from the head (or the root's head) of each content word."""
    short = "".join(c for c in acronym.lower() if c.isalnum())
    parts = tuple(w for w in phrase.lower().replace("-", " ").split() if w.isalpha())
    if len(short) < 2 or not 2 <= len(parts) <= 8:
        return False
    return _fits(short, parts, True)


@cache
def _fits(short: str, parts: tuple[str, ...], first: bool) -> bool:
    if not parts:
        return not short
    word, rest = parts[0], parts[1:]
    if not first and word in _GLUE and _fits(short, rest, False):
        return True
    if not short:
        return False
    for start in _heads(word, first):
        for k in range(1, len(short) + 1):
            if _subsequence(short[:k], word[start:]) and _fits(short[k:], rest, False):
                return True
    return False


def _heads(word: str, first: bool) -> list[int]:
    """Where a piece may start: the first word's head; in a later word any letter, since
    a piece may be a later syllable ("sajam": senjata tajam, "tusi": tugas dan fungsi)."""
    if first:
        return [0] + [len(p) for p in _PREFIXES if word.startswith(p) and len(word) > len(p) + 2]
    return list(range(len(word)))


def _subsequence(piece: str, word: str) -> bool:
    """``piece`` starts where ``word`` does and its other letters follow in order."""
    if not word or piece[0] != word[0]:
        return False
    it = iter(word[1:])
    return all(c in it for c in piece[1:])


def defined_in_brackets(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` stands in brackets right after words that spell it: a short
    form the text defines ("kesehatan lingkungan (kesling)"), in any case."""
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    before = text[max(0, start - 120) : start - 1].split()
    return any(spells(text[start:end], " ".join(before[-k:])) for k in range(2, 7))
