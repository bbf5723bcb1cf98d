"""Round 18 of issue 13, K31: a document cited by its kind, its issuer and its year is a
document's name though it gives no number ('merujuk pada surat edaran Dirjen
Pemasyarakatan Tahun 2022 tentang …' → 'Surat Edaran'): EYD V capitalises every word of a
document's name but its function words, and the issuer written in capitals and the year
after it show the writer names one document, not a kind of letter ('surat edaran dari
dirjen' stays common).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.case_reading import cap

# A document's kind in lowercase, its issuer in capitals (a position or a body, maybe with
# 'dan'), then the year it was issued.
_NAMED_DOCUMENT = re.compile(
    r"(?<![\w-])(?P<kind>surat edaran(?: bersama)?|surat keputusan|peraturan|keputusan|"
    r"instruksi|maklumat)"
    r"(?P<issuer>(?: (?:[A-Z][\w.&/-]*|dan)){1,8}?) (?=[Tt]ahun \d{4}\b)"
)


def named_documents(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    if "ahun " not in text:
        return
    for m in _NAMED_DOCUMENT.finditer(text):
        issuer = m.group("issuer").split()
        if issuer[0] == "dan" or issuer[-1] == "dan" or _in_title(doc, m.start()):
            continue
        kind = m.group("kind")
        fix = " ".join(cap(w) for w in kind.split())
        yield Hit(
            m.start("kind"),
            m.end("kind"),
            N_("A regulation's name capitalises each word except function words: '{word}'."),
            fix,
            {"word": fix},
        )


def _in_title(doc: Doc, pos: int) -> bool:
    for p in doc.paras:
        if p.start <= pos < p.end:
            return p.kind == "title"
    return False
