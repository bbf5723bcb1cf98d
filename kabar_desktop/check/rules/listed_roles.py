"""K3: 'Perwakilan' capitalised as an item of a list of those who came ("Kepala Dinas,
Perwakilan Dinas Koperasi Kota Manado, dan Perwakilan dari Dinas Pariwisata") is the common
noun, lowercase before the body it stands for (EYD V: a common noun that names no one; the
sets mark it 28 of 31 in narration, session 42). Not after a name's degree, where it is the
holder's post in apposition ("Yuliyanto, SH MH, Perwakilan Pokmas …").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules.reduplicated_nouns import reduplicated_kinds

_LISTED = re.compile(r"(?:, |\b(?:dan|serta|para|dari) )(Perwakilan)(?= (?:dari )?[A-Z])")
_DEGREE_BEFORE = re.compile(r"\b(?:[A-Z]{1,3}\.?){1,3}(?:\.[A-Za-z]+)*, $")


def listed_representatives(doc: Doc) -> Iterator[tuple[int, int]]:
    """The spans of 'Perwakilan' as a list's item, in the article's prose."""
    text = doc.text
    for para in doc.prose_paras():
        for m in _LISTED.finditer(text, para.start, para.end):
            if _DEGREE_BEFORE.search(text, max(0, m.start(1) - 12), m.start(1)):
                continue
            yield m.start(1), m.end(1)


# K3's readings of session 42, read after the others (rules/common_nouns.py): '320 Ha' was
# session 22's last; a list's 'Perwakilan' and a kind's plural in capitals come after it.
SESSION42_READINGS = (listed_representatives, reduplicated_kinds)
