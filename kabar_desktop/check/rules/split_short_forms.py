"""K21: a known short form split in two ('Kemenkum HAM', 'Kemenkum dan HAM') is one word:
'Kemenkumham'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import ERROR, N_, Hit, rule
from kabar_desktop.check.rules.case_reading import capitalised, in_title


@rule("K21", ERROR, N_("A short form is one word"))
def split_short_forms(doc: Doc) -> Iterator[Hit]:
    from kabar_desktop.check.spelling import speller

    sp = speller()
    short = sp.lists.short_forms
    toks = doc.tokens
    found = [(m.start(), m.end(), "Kemenkumham") for m in _KEMENKUM_DAN_HAM.finditer(doc.text)]
    for a, b in zip(toks, toks[1:], strict=False):
        if not doc.adjacent(a, b) or not capitalised(a) or not capitalised(b):
            continue
        joined = short.get((a.text + b.text).lower())
        if joined is None or len(a.text) < 3 or sp.known(a.text):
            continue  # "Tim Pora": a word and a name, not a short form cut
        if _head_and_office(a.text, b.text, short) or joined == "Kasatpol":
            continue  # "Kakan Kemenag": a head's short form, then the office's; "Kasat Pol
            # PP", as the Satpol PP's head writes it (the sets leave it 5 of 5, session 40)
        if not in_title(doc, a):
            found.append((a.start, b.end, joined))
    for start, end, joined in found:  # and the old ministry's name cut by 'dan'
        msg = N_("A short form is written as one word: '{word}'.")
        yield Hit(start, end, msg, joined, {"word": joined})


# 'Kemenkum dan HAM' (heldout26, 212: 4 of 4 marked): Kemenkumham, the ministry before October
# 2024; 'Kemenkum' alone is the Kementerian Hukum's own short form since then.
_KEMENKUM_DAN_HAM = re.compile(r"\bKemenkum dan HAM\b")


def _head_and_office(a: str, b: str, short: dict[str, str]) -> bool:
    """'Kakan Kemenag', 'Kakanwil Kemenkumham': a position's short form ('Ka-', kepala) and an
    office's, each whole and in its own case: two short forms side by side, as offices write
    them, not one cut in two ('Kemenkum HAM')."""
    return (
        a.lower().startswith("ka")
        and a.lower() in short
        and b[:1].isupper()
        and b[1:].islower()
        and b.lower() in short
    )
