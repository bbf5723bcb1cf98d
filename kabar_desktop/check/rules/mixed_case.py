"""K34: a capital inside an ordinary word ('berInstruktur' → 'berinstruktur', 'KOmunikasi' →
'Komunikasi', 'DIklat' → 'Diklat').

EYD V (huruf kapital) puts a capital on a word's first letter, or writes a short form in
capitals; a word of the word list with a capital after a lowercase prefix, or with its first
two letters capitalised and the rest lowercase, is a slip of the shift key. The reading is
narrow on purpose: the word, set in the case of its first letter, must be a known word and
not a short form ('SKnya', 'HPnya' are short forms with '-nya'; 'KemenPPPA', 'eKTP', 'iPhone'
and brands match neither shape), and what the draft names (speakers, venue) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import ERROR, N_, Hit, rule
from kabar_desktop.check.rules.words22_caps import province_short_form_case

# A lowercase prefix of Indonesian derivation, then the root written with a capital; not
# 'se' ('seIndonesia' is 'se-Indonesia', W4's).
_PREFIX_THEN_CAP = re.compile(
    r"(?:ber|be|memper|mem|meng|meny|men|me|diper|di|ter|ke|peng|peny|pem|pen|per|pe)"
    r"[A-Z][a-z]{2,}"
)
# Two capitals, then lowercase letters only: 'KOmunikasi'; not 'SKnya' (a short form + -nya).
_TWO_CAPS = re.compile(r"[A-Z]{2}[a-z]{3,}")


_GLUED = re.compile(r"([dD]i|[kK]e)([A-Z][a-z]+)")


def _place_glued(word: str) -> str | None:
    """'di'/'ke' typed onto a place's capitalised name: the two words apart."""
    m = _GLUED.fullmatch(word) if word[1:2] in "ieIE" else None
    if m is None:
        return None
    from kabar_desktop.check.places import is_place_word
    from kabar_desktop.check.rules.words22_caps import PROVINCE_SHORT_FORMS

    place = m.group(2)
    if not is_place_word(place) and place.lower() not in PROVINCE_SHORT_FORMS:
        return None
    return f"{m.group(1)} {place}"


# A lowercase head glued to a capitalised word it is written solid with: 'insyaAllah'; a
# word's last letter held with the shift key: 'didampingI' (heldout419).
_SOLID_CAPITAL = re.compile(r"[a-z]{3,}[A-Z][a-z]{3,}|[a-z]{4,}[A-Z]")
# The same, the sentence's first word: 'InsyaAllah' (heldout420, heldout300).
_OPENING_SOLID = re.compile(r"[A-Z][a-z]{3,}[A-Z][a-z]{3,}")


def _mended(word: str) -> str | None:
    if _PREFIX_THEN_CAP.fullmatch(word) or _SOLID_CAPITAL.fullmatch(word):
        return word.lower()  # the second: the whole must be a known word (below)
    if _OPENING_SOLID.fullmatch(word):
        return word[0] + word[1:].lower()  # known as a whole, or K20's two words (below)
    if _TWO_CAPS.fullmatch(word):
        return word[0] + word[1:].lower()
    return None


@rule("K34", ERROR, N_("A capital inside a word"))
def capital_inside_a_word(doc: Doc) -> Iterator[Hit]:
    from kabar_desktop.check.spelling import speller

    sp = speller()
    short = sp.lists.short_forms
    seen: set[str] = set()
    for t in doc.tokens:
        apart = _place_glued(t.text)
        if apart is not None:  # "diSulut", "keJakarta" (probe60): no verb 'disulut'
            msg = N_("The preposition is written apart: '{word}'.")
            yield Hit(t.start, t.end, msg, apart, {"word": apart})
            continue
        fixed = _mended(t.text)
        if fixed is None and (province := province_short_form_case(t.text)):
            if t.text not in doc.given_names:  # "(SumSel)" → "(Sumsel)" (round 22)
                yield Hit(
                    t.start,
                    t.end,
                    N_("Only a word's first letter is a capital: '{word}'."),
                    province,
                    {"word": province},
                )
            continue
        if fixed is None or doc.is_italic(t.start, t.end) or t.text in doc.given_names:
            continue
        lower = fixed.lower()
        if lower in short or t.text.lower() in short:
            continue
        if not sp.known(lower):
            seen = seen or {u.text for u in doc.tokens}
            if fixed not in seen:
                continue  # unless a name the draft writes right elsewhere: 'Lapas CIlegon' (s34)
        yield Hit(
            t.start,
            t.end,
            N_("Only a word's first letter is a capital: '{word}'."),
            fixed,
            {"word": fixed},
        )
