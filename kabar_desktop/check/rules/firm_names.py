"""A firm's name keeps its capitals: the words after its legal form ('PT Dinara Hidroponik
Farm', 'CV Maju Jaya'), wherever the article names the firm again ('Perwakilan Dinara
Hidroponik Farm'), are no common nouns for K3 to lower (probe84).
"""

from __future__ import annotations

import re

from kabar_desktop.check.document import Doc

_FIRM = re.compile(r"\b(?:PT|CV|UD|Koperasi|Yayasan)\.? ((?:[A-Z][\w&'-]*\s?){1,5})")


def firm_word(doc: Doc, start: int, end: int) -> bool:
    """The capitalised words at [start, end) are words of a firm the article names after its
    legal form."""
    words = doc.text[start:end].split()
    if not words or "PT" not in doc.text and "CV" not in doc.text and "UD" not in doc.text:
        return False
    named = {w for m in _FIRM.finditer(doc.text) for w in m.group(1).split()}
    return all(w in named for w in words)
