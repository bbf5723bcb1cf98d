"""K2's readings of round 17: a position that names no one office's holder (EYD V, I.B: a
title not followed by a name, used generically, is lowercase).

- A position before a lowercase kind of office with no name after it: ``hingga Sekretaris
  desa/kelurahan`` → ``sekretaris``, the secretary of every village, no one's title. With a
  name after the kind (``Kepala desa Oesao``, ``Kepala dinas Kominfo``) the position is one
  office's and the kind is the name's (K1, K16).
- A position before a list of kinds of office: ``kepada Kepala Lapas, LPKA, dan Rutan di
  Sumatera Selatan`` → ``kepala``, the heads of many offices, no one's title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import INSTITUTION_KINDS, POSITIONS
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.case_reading import capitalised, in_title, initial
from kabar_desktop.check.rules.headline import headline

_MESSAGE = N_("A position used generically is written in lowercase.")
# After a kind of office: a name ('Oesao', ', Budi') goes on the title; these end it.
_NAME_NEXT = re.compile(r",? *[A-Z]")


def _position(doc: Doc, t: Token) -> bool:
    return (
        t.text.lower() in POSITIONS
        and t.text[0].isupper()
        and t.text[1:].islower()
        and not initial(doc, t)
        and not in_title(doc, t)
        and not headline(doc, t.para)
        and not doc.in_quote(t.start, t.end)
    )


def _bare_kind(doc: Doc, toks: list[Token], i: int) -> int | None:
    """Position at ``i`` before a lowercase kind of office ('desa', 'kelurahan', joined by
    '/'), no name after it: the index after the kinds, else None."""
    k = i + 1
    while k < len(toks) and toks[k].text in INSTITUTION_KINDS and toks[k].text.islower():
        gap = doc.text[toks[k - 1].end : toks[k].start]
        if gap not in (" ", "/") or (k == i + 1 and gap != " "):
            break
        k += 1
    if k == i + 1:
        return None
    return None if _NAME_NEXT.match(doc.text, toks[k - 1].end) else k


def _listed_kinds(doc: Doc, toks: list[Token], i: int) -> bool:
    """Position at ``i`` before a list of capitalised kinds of office ('Lapas, LPKA, dan
    Rutan'), each bare: no place or name after any of them."""
    text = doc.text
    k, kinds = i + 1, 0
    while k < len(toks) and toks[k].text.lower() in INSTITUTION_KINDS and capitalised(toks[k]):
        kinds += 1
        after = text[toks[k].end : toks[k].end + 6]
        if after.startswith((", dan ", " dan ", ", serta ", " serta ")):
            k += 2  # the kind and the 'dan'
            continue
        if after.startswith(", "):
            k += 1
            continue
        return kinds >= 2 and not re.match(r" *[A-Z(]", text[toks[k].end : toks[k].end + 2])
    return False


def generic_heads(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for i, t in enumerate(toks[:-1]):
        if not _position(doc, t) or not doc.adjacent(t, toks[i + 1]):
            continue
        prev = toks[i - 1] if i else None
        if prev is not None and doc.adjacent(prev, t) and capitalised(prev):
            continue  # "Wakil Ketua desa": a title's inner word
        if _bare_kind(doc, toks, i) is not None or _listed_kinds(doc, toks, i):
            yield Hit(t.start, t.end, _MESSAGE, t.text.lower())
