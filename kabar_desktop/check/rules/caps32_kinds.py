"""Session 32 of issue 13: kinds and heads against their names.

K10: a kind of place or unit in lowercase right before its own name (``waduk Waru``,
``seksi Bimbingan Masyarakat Islam``). EYD V capitalises every word of a name, the kind that
opens it too; the sets mark these 16 times of 17 (the one left a unit's short form after
``petugas``). K2: the head of a kind of school, hamlet or region capitalised with no name
after it (below)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.case_reading import in_title

_KIND_BEFORE_NAME = re.compile(
    r"(?<=[a-z,] )(waduk|seksi|(?:[Tt]aman )?makam pahlawan) (?=[A-Z][a-z]{2,})"
)  # session 33: 'taman makam pahlawan Santiago' (3 of 3)


def kinds_before_names(doc: Doc) -> Iterator[Hit]:
    for m in _KIND_BEFORE_NAME.finditer(doc.text):
        i = doc.token_at(m.start(1))
        if i is None or in_title(doc, doc.tokens[i]) or doc.in_quote(m.start(1), m.end(1)):
            continue
        fixed = " ".join(w.capitalize() for w in m.group(1).split())
        msg = N_("A name starts each word with a capital letter: '{word}'.")
        yield Hit(m.start(1), m.end(1), msg, fixed, {"word": fixed})


# K2: the head of a kind of school, hamlet or region with no name after it ('paparan dari
# Kepala Madrasah tentang …', 'pelantikan Kepala Dusun'): every holder of the post, not one
# office's; the sets lowercase it 31 times of 32 after a lowercase word (not after 'selaku'
# or 'sebagai', where the writer speaks of one person's post).
_GENERIC_HEAD = re.compile(
    r"\b(?!selaku\b|sebagai\b)[a-z]{2,},? (Kepala (?:Madrasah|Sekolah|Dusun|Daerah))\b(?! [A-Z(])"
)


def school_heads(doc: Doc) -> Iterator[Hit]:
    for m in _GENERIC_HEAD.finditer(doc.text):
        i = doc.token_at(m.start(1))
        if i is None or in_title(doc, doc.tokens[i]):
            continue
        fixed = m.group(1).lower()
        msg = N_("A position used generically is written in lowercase.")
        yield Hit(m.start(1), m.end(1), msg, fixed)
