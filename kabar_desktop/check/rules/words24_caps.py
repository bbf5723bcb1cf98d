"""Round 24 (issue 13): a government's name whose head is written in lower case (K10).

``Pemerintah Kabupaten Madiun`` is the name of one body (EYD V, I.B.12: every word of an
institution's name takes a capital), so ``pemerintah`` before a level word in capitals and
its place's name (``kepedulian pemerintah Kabupaten Madiun``) is the name's first word in
lower case. A level alone (``pemerintah kabupaten``, ``pemerintah desa setempat``) names
no body and is left; so is a sentence's first word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.case_reading import in_title

_GOVERNMENT = re.compile(
    r"\bpemerintah (?=(?:Kabupaten|Kota|Provinsi|Kecamatan|Kelurahan|Desa) [A-Z][A-Za-z])"
)


def government_heads(doc: Doc) -> Iterator[Hit]:
    for m in _GOVERNMENT.finditer(doc.text):
        i = doc.token_at(m.start())
        if i is None or in_title(doc, doc.tokens[i]) or doc.in_quote(m.start()):
            continue
        yield Hit(
            m.start(),
            m.start() + len("pemerintah"),
            N_("A name starts each word with a capital letter: '{word}'."),
            "Pemerintah",
            {"word": "Pemerintah"},
        )
