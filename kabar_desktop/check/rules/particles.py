"""W6's particles written apart (called by standard_forms.nonstandard): EYD V (III.E) joins the
particles -lah, -kah and -tah to the word before them (``tidaklah``, ``apakah``,
``siapakah``, ``bacalah``); typed apart (``tidak lah``, ``apa kah``) they are no words of
their own. "pun" is not here: it stays apart except in KBBI's fixed conjunctions, which
baku.tsv lists (``walaupun``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import N_, Hit

# A word of three letters or more, one space, the particle alone (lowercase: "Kah" may be a
# name's part). A hyphen or a digit on either side is some other token ("lah-lah", "Kah 2").
_APART = re.compile(r"(?<![\w-])([A-Za-z]{3,}) (lah|kah|tah)(?![\w-])")


def particles_apart(doc: Doc) -> Iterator[Hit]:
    """'tidak lah' → 'tidaklah': a particle typed apart from a word the lists know."""
    text = doc.text
    if " lah" not in text and " kah" not in text and " tah" not in text:
        return  # the common case: one scan of the text, no regex
    from kabar_desktop.check.spelling import speller

    check = speller()
    for m in _APART.finditer(text):
        word = m.group(1)
        if not check.known(word.lower()):
            continue  # a name or a foreign word before "lah": not ours to join
        fixed = word + m.group(2)
        yield Hit(
            m.start(),
            m.end(),
            N_("The particle is joined to the word before it: '{word}'."),
            fixed,
            {"word": fixed},
        )
