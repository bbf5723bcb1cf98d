"""Round 24: a holder's name after an office named by 'setempat' (P33, called from
list_commas.py).

'Setempat' (KBBI: of the place spoken of) stands for the office's place: 'kepala rutan
setempat' is the head of the Rutan the sentence names. It ends the office's name as a place
would, and the holder's name after it is an apposition, set off by commas (house style 4:
`Kepala Rutan Kupang, Budi Santoso, …`): 'kepala rutan setempat Yuliawan Dwi Nugroho,
meninjau …' → 'setempat, Yuliawan Dwi Nugroho,'. Read where a position's word stands at most
four words before 'setempat' with no comma between, one to four capitalised words follow
that are no office's, place's or common word, and a comma, 'yang' or a lowercase predicate
closes them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import POSITIONS
from kabar_desktop.check.rules import N_, Hit

_SETEMPAT = re.compile(
    r"\b((?:[\w-]+ ){1,4})setempat ((?:[A-Z][\w’'-]*\.? ){0,3}[A-Z][\w’'-]*)(,| (?=[a-z]))"
)
_NAMED = N_("The name after the position is set off by commas: '{word}'.")


def local_office_holder(doc: Doc, s: int, e: int) -> Iterator[Hit]:
    """Sentence [s, e): 'kepala rutan setempat Budi Santoso, …' → 'setempat, Budi Santoso,'."""
    from kabar_desktop.check.places import is_place_word
    from kabar_desktop.check.rules.apposition_names import _NOT_PERSON

    text = doc.text
    if "setempat " not in text[s:e]:
        return
    for m in _SETEMPAT.finditer(text, s, e):
        before = m.group(1).lower().split()
        if not any(w in POSITIONS for w in before) or doc.in_quote(m.start()):
            continue
        name = m.group(2).split()
        if any(w.lower().rstrip(".") in _NOT_PERSON or is_place_word(w) for w in name):
            continue
        start = m.start(2) - len("setempat ")
        person = m.group(2)
        closing = "" if m.group(3) == "," else ","
        yield Hit(start, m.end(2), _NAMED, f"setempat, {person}{closing}", {"word": person})
