"""Slips at the edge of -kan that the list's roots would otherwise license.

- a root ending in k written with one k before -kan: 'menggerakan' parses as meN- + 'gera'
  + -kan, but the list gives 'gera' no -kan and 'gerak' takes it ('menggerakkan'); where both
  roots take -kan ('leta', 'letak'), the doubled form must be the one in use, by far
  (frequency list: 'meletakkan' 4.4 against 'meletakan' 3.3);
- -kah for -kan after meN- or di-: 'membersihkah' (news asks no such thing);
- the noun per-…-an of a root ending in k written with -kan: 'perbaikkan' parses as the
  verb per- + 'baik' + -kan, but no one writes it and 'perbaikan' is in every paper
  (frequency list: 0 against 4.6); 'peruntukkan' (peruntukan 3.0) is left, a verb in use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kabar_desktop.check.frequency import zipf  # the table is read at the first lookup
from kabar_desktop.check.wordlists import pairs

if TYPE_CHECKING:
    from kabar_desktop.check.spelling import Speller

_KAN_FLAGS = frozenset({"Mk", "Dk"})  # the list's meN-…-kan and di-…-kan
_VERBAL = (("meN",), ("di",))


def single_k(sp: Speller, lower: str) -> str | None:
    """The form with the root's k doubled that ``lower`` misspells, or None."""
    for a in sp.readings(lower):
        if a.suffix != "kan" or a.prefixes not in _VERBAL or a.root.endswith("k"):
            continue
        if not pairs(sp.lists.flags(a.root + "k")) & _KAN_FLAGS:
            continue
        doubled = lower[: len(lower) - len(a.clitic) - 3] + "kkan" + a.clitic
        if not pairs(sp.lists.flags(a.root)) & _KAN_FLAGS:
            return doubled
        bare, kk = lower[: len(lower) - len(a.clitic)], doubled[: len(doubled) - len(a.clitic)]
        if zipf(kk) >= zipf(bare) + 0.8:
            return doubled
    return None


def kah_slip(sp: Speller, lower: str) -> bool:
    """A verb with -kah where -kan was meant: 'membersihkah'."""
    if not lower.endswith("kah") or not sp.known(lower[:-1] + "n"):
        return False
    return any(a.prefixes[:1] in _VERBAL for a in sp.readings(lower))


NOUN_IN_USE = 4.0  # the per-…-an noun's figure above which an unused per-…-kan is its slip


def per_kan_slip(sp: Speller, lower: str) -> str | None:
    """The noun per-…-an that ``lower`` (per-…-kkan, never in use) misspells, or None."""
    if not lower.startswith("per") or "kkan" not in lower:
        return None
    for a in sp.readings(lower):
        if a.prefixes != ("per",) or a.suffix != "kan" or not a.root.endswith("k"):
            continue
        bare = lower[: len(lower) - len(a.clitic)]
        noun = bare[:-3] + "an"
        if zipf(bare) == 0 and zipf(noun) >= NOUN_IN_USE:
            return noun + a.clitic
    return None
