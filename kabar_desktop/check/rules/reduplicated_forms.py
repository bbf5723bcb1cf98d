"""W7's two further kinds of reduplication (called by word_forms.reduplication): a word
doubled with the digit 2 (``rata2``, ``teman2nya``), chat shorthand for ``rata-rata``; and
KBBI's rhyming and changed-sound reduplications written apart (``sayur mayur``, ``lauk pauk``,
``bolak balik``), which EYD V (III.D) hyphenates like a plain one."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import words
from kabar_desktop.check.rules import N_, Hit, keep_case

# Each a KBBI VI Daring entry written with a hyphen (reduplikasi berubah bunyi). "gotong
# royong" and "tanya jawab" are not here: KBBI writes them apart.
RHYMING = words(
    """sayur-mayur lauk-pauk warna-warni bolak-balik mondar-mandir porak-poranda hiruk-pikuk
    carut-marut kocar-kacir compang-camping simpang-siur seluk-beluk teka-teki serba-serbi
    ramah-tamah sorak-sorai tindak-tanduk asal-usul gerak-gerik lika-liku corat-coret
    pontang-panting tunggang-langgang kerlap-kerlip hingar-bingar kasak-kusuk sebab-musabab
    anak-pinak cerai-berai tumpang-tindih gonta-ganti"""
)
# "rata2", "Teman2nya": a word doubled by a 2 (not "m2", "S2", "B2", "Covid-19").
_DIGIT_TWO = re.compile(r"(?<![\w-])([A-Za-z][a-z]{2,})2(nya)?(?![\w-])")


def _pairs() -> re.Pattern[str]:
    parts = []
    for w in sorted(RHYMING):
        a, b = w.split("-")
        parts.append(f"{a} +{b}")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


_RHYMING_APART = _pairs()


def more_reduplications(doc: Doc) -> Iterator[Hit]:
    """The digit-2 and rhyming reduplications in ``doc`` with their hyphenated form."""
    from kabar_desktop.check.spelling import speller

    message = N_("A reduplicated word takes a hyphen: '{word}'.")
    for m in _DIGIT_TWO.finditer(doc.text):
        word, nya = m.group(1), m.group(2) or ""
        if not speller().known(word.lower()):
            continue
        fixed = f"{word}-{word.lower()}{nya}"
        yield Hit(m.start(), m.end(), message, fixed, {"word": fixed})
    for m in _RHYMING_APART.finditer(doc.text):
        a, b = m.group().split()
        if a[:1].isupper():
            i = doc.token_at(m.start())
            if i is None or not doc.tokens[i].initial:
                continue  # "Lauk Pauk" in a capitalised name or title
        fixed = keep_case(a, f"{a.lower()}-{b.lower()}")
        yield Hit(m.start(), m.end(), message, fixed, {"word": fixed})
