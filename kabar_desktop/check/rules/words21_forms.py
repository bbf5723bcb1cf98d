"""Round 21 of issue 13, words (tests in tests/check/test_rules_round21_words.py).

- S3: di-per- and memper- without a suffix make a verb only of a root that takes per-
  (KBBI: memperoleh, diperoleh; memperbaiki needs -i): the lists' affix flags say which roots
  do (``DR``/``MR``: diperoleh, memperkuat). On a root that takes none (``olah``: mengolah,
  diolah, never *diperolah*) the form is a slip: the same affixes on the one root a letter
  away that takes per- and makes an attested word (``diperolah`` → ``diperoleh``).
- W9: English glue words (``of``, ``for``, ``on``, ``and``, ``the``) written in lowercase
  between capitalised words join them into one English phrase (``Memorandum of
  Understanding (MoU)``): the words around a glue word are English with it (an Indonesian
  name has no ``of``), so round 19's run of capitalised English words goes on across it,
  and the glue word alone shows the phrase English, with no word of W9's lists in it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kabar_desktop.check import morphology as m
from kabar_desktop.check.wordlists import pairs

if TYPE_CHECKING:
    from kabar_desktop.check.document import Doc

# English function words that stand in lowercase inside a capitalised English phrase.
ENGLISH_GLUE = frozenset(("of", "for", "on", "and", "the", "in", "to", "with", "by"))


def _glued(doc: Doc, a: int, glue: int, b: int) -> bool:
    toks = doc.tokens
    return (
        0 <= a < len(toks)
        and 0 <= b < len(toks)
        and toks[glue].text in ENGLISH_GLUE
        and doc.adjacent(toks[min(a, b)], toks[glue])
        and doc.adjacent(toks[glue], toks[max(a, b)])
        and toks[a].text[:1].isupper()
        and toks[a].text[1:].islower()
        and toks[a].text.isalpha()
    )


def glued_run(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """The run of tokens ``first``..``last`` widened across English glue words to the
    capitalised words beyond them: 'Memorandum of Understanding'."""
    while first >= 2 and _glued(doc, first - 2, first - 1, first):
        first -= 2
    while _glued(doc, last + 2, last + 1, last):
        last += 2
    return first, last


_PER_VERBS = (("di", "per"), ("meN", "per"))


def _takes_per(flags: set[str]) -> bool:
    return any(f[0] in "DM" and f[1] == "R" for f in flags)


@lru_cache(maxsize=4096)
def per_verb_slip(lower: str) -> str | None:
    """The di-per-/memper- verb one letter away that a form on a root taking no per- stands
    for: the same affixes on a root one slip away that takes them (``diperolah``:
    ``oleh``)."""
    from kabar_desktop.check.spelling import speller
    from kabar_desktop.check.suggest import edits

    check = speller()
    if len(lower) < 8 or not lower.isalpha() or check._listed(lower):
        return None
    readings = [a for a in check.readings(lower) if len(a.root) >= 3]
    if not readings:
        return None
    for a in readings:
        if a.prefixes not in _PER_VERBS or a.suffix or a.clitic:
            return None  # another reading may be the word meant ('diperlukan' is per-lu-kan)
        flags = pairs(check.lists.flags(a.root))
        if not flags or _takes_per(flags):
            return None  # no flags to read, or the root takes per-: meant as written
        if check.attested(m.spell(m.Analysis(("per",), a.root, "", ""))):
            return None  # "memperekat": memper- on the noun 'perekat' (heldout24)
    found: set[str] = set()
    for a in readings:
        for root in edits(a.root):
            if root == a.root or not _takes_per(pairs(check.lists.flags(root))):
                continue
            form = m.spell(m.Analysis(a.prefixes, root, "", ""))
            if form != lower and check.attested(form):
                found.add(form)
    return found.pop() if len(found) == 1 else None


def per_for_pe(lower: str) -> str | None:
    """A per- form no one writes whose pe- form is a word in use: 'perternakan' →
    'peternakan', 'pertugas' → 'petugas', 'perlipur' → 'pelipur' (session 44: 6 of 6
    marked, none left). The affix rules read per- on the root, so S1 is silent."""
    from kabar_desktop.check.frequency import zipf
    from kabar_desktop.check.spelling import speller

    if len(lower) < 7 or not lower.startswith("per") or not lower.isalpha() or zipf(lower) > 0:
        return None
    meant = "pe" + lower[3:]
    if zipf(meant) < 3 or speller().attested(lower):
        return None
    return meant
