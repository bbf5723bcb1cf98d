"""S1's slips of short forms: a capitalised word one slip from a short form the lists know.

S1 (rules/spelling.py) must never take a name for a typo, yet an office's short form typed
with a letter changed, dropped or swapped ("Kamwil" → "Kanwil", "WPB" beside "WBP",
"Kemenhumkam" → "Kemenkumham") is a slip, not another body. These readings of a word against
the short forms of the lists, and of the text, are apart here so the rule's module keeps to
deciding which words to read; S1 calls them and owns the id.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.spelling import Speller
from kabar_desktop.check.suggest import edits, one_edit, swaps

LONG_SHORT_FORM = 8  # a word this long, a known short form and one letter, is a slip of it


def written_short_form(word: str) -> bool:
    """``word`` is a short form of the lists, written as the offices write it ('Keppres')."""
    from kabar_desktop.check.spelling import speller

    return speller().lists.short_forms.get(word.lower()) == word


def canonical(found: str, check: Speller) -> str:
    """A short form in the case offices write it ("kemenkumhan" → "Kemenkumham")."""
    return check.lists.short_forms.get(found.lower(), found) if found.islower() else found


def _short_slip(typed: str, used: str) -> bool:
    """Two letters swapped ("WPB" for "WBP") or one left out ("KLP" for "KPLP")."""
    if len(used) == len(typed) + 1:  # not a head of it: "TPP" beside "TPPO" is another body
        return len(used) >= 4 and not used.startswith(typed) and one_edit(typed, used)
    return sorted(used) == sorted(typed) and one_edit(typed, used)


def short_form_swaps(doc: Doc, check: Speller) -> Iterator[Hit]:
    """An unknown short form in capitals that is a known one with two letters swapped or one
    left out, when the text uses that one too ("614 WPB anak" beside "WBP", "Ka KLP" beside
    "Kepala KPLP"): a slip, not another body, unless the text spells it out (heldout84)."""
    from kabar_desktop.check.rules.name_readings import spelled_out_before

    short = check.lists.short_forms
    used = {t.text for t in doc.tokens if t.text.isupper() and t.text.lower() in short}
    for t in doc.tokens:
        word = t.text
        if not (word.isupper() and word.isalpha() and 3 <= len(word) <= 6) or word in used:
            continue
        if word.lower() in short or doc.in_frame(t.start, t.end):
            continue
        found = {u for u in used if _short_slip(word, u)}
        if len(found) == 1 and not spelled_out_before(doc.text, word):  # "… kecil (UMK)"
            fix = found.pop()
            msg = N_("'{word}' is no short form Kabar knows; did you mean '{fix}'?")
            yield Hit(t.start, t.end, msg, fix, {"word": word, "fix": fix})


def exchanged_short_form(lower: str, check: Speller) -> bool:
    """A long word that is a known short form with two letters exchanged ("Kemenhumkam"):
    a sure slip even inside a name."""
    if len(lower) < LONG_SHORT_FORM or not lower.isalpha():
        return False
    return _exchange_of(lower, check.lists.short_forms)


@lru_cache(maxsize=4096)
def _exchange_cached(lower: str, short_id: int) -> bool:
    return any(e in _SHORT_FORMS_SEEN[short_id] for e in _exchanges(lower))


_SHORT_FORMS_SEEN: dict[int, dict[str, str]] = {}


def _exchange_of(lower: str, short: dict[str, str]) -> bool:
    _SHORT_FORMS_SEEN.setdefault(id(short), short)
    return _exchange_cached(lower, id(short))


def short_form_slip(word: str, check: Speller) -> str | None:
    """The known short form one slip from ``word`` (Kamwil → Kanwil), if only one is."""
    short = check.lists.short_forms
    if len(word) < 4 or _built_like_a_short_form(word.lower(), short):
        return None
    # A letter changed or missing; one too many only in a long one ("Sarparas" → "Sarpras"):
    # "Kapuas" is no "Kapus".
    least = max(4, len(word) - (len(word) >= LONG_SHORT_FORM))
    lower = word.lower()
    near = edits(lower) | (swaps(lower) if len(lower) >= 6 else set())  # Rudemin → Rudenim
    if len(lower) >= LONG_SHORT_FORM:  # "Kemenhumkam" → "Kemenkumham": two letters exchanged
        near |= _exchanges(lower)
    found = {short[e] for e in near if e in short and len(e) >= least}
    # A letter typed twice is one too many at any length: "Kannwil" → "Kanwil" (heldout538).
    doubled = {lower[:i] + lower[i + 1 :] for i in range(1, len(lower)) if lower[i] == lower[i - 1]}
    found |= {short[e] for e in doubled if e in short and len(e) >= 4}
    return found.pop() if len(found) == 1 else None


def _exchanges(lower: str) -> set[str]:
    """``lower`` with any two of its letters exchanged: in a long short form of syllables
    ('kemen-kum-ham'), the hands swap two syllables' consonants as readily as neighbours."""
    out = set()
    for i in range(len(lower)):
        for j in range(i + 3, len(lower)):
            if lower[i] != lower[j]:
                out.add(lower[:i] + lower[j] + lower[i + 1 : j] + lower[i] + lower[j + 1 :])
    return out


def _built_like_a_short_form(lower: str, short: dict[str, str]) -> bool:
    """A short form joined to the tail of another that the same join makes: "Dirjenpas" is
    built as "Ditjenpas" is (dirjen, ditjen + pas), no slip of it."""
    for i in range(3, len(lower) - 1):
        head, tail = lower[:i], lower[i:]
        if head in short and any(
            k.endswith(tail) and k[: -len(tail)] in short and k[: -len(tail)] != head for k in short
        ):
            return True
    return False
