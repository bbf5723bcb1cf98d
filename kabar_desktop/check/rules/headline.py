"""A headline the reader does not take for a title: the article's first line in title case
with no closing stop but more than twenty words, read as the lead (document.py takes a first
line of up to twenty words for the title). Capitals rules leave it alone as they leave a
title: titles are in title case.
"""

from __future__ import annotations

from kabar_desktop.check.document import Doc


def headline(doc: Doc, para: int) -> bool:
    """Paragraph ``para`` is the article's first line in title case with no closing stop: a
    title of more than twenty words, which the reader takes for the lead (four in five of
    its longer words capitalised)."""
    p = doc.paras[para]
    if p.kind == "title":
        return True
    if para != 0:
        return False
    text = doc.text[p.start : p.end].rstrip("*_ ")
    if not text or text[-1] in ".?!:\"”":
        return False
    longer = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    return len(longer) >= 4 and sum(w[0].isupper() for w in longer) * 5 >= len(longer) * 4
