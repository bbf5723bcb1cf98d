"""Clauses that open after the sentence's start (P8, for connector_commas.py; round 12).

EYD V puts a comma after a clause of condition or time that comes before its main clause,
also when a conjunction joins the pair to what went before: "Diversi diberikan sekali, tapi
kalau sudah sering, maka diversi tidak diberikan". And an attribution with '-nya' set after
a connector ("Selain itu, sambungnya, …") is an aside, not the connector's adverb.
"""

from __future__ import annotations

import re

# The short verbs of an attribution with the speaker's '-nya': "sambungnya", "ujarnya".
ATTRIBUTION_NYA = (
    r"(?:kata|ujar|ucap|tutur|imbuh|tambah|ungkap|tegas|terang|jelas|sambung|papar|tandas"
    r"|beber|lanjut|sebut|pungkas|tukas|urai|terang)nya"
)
# ", tapi kalau …", "; namun jika …": a conjunction after a comma opens the clause pair.
_OPENED = re.compile(
    r", (?:tapi|tetapi|namun|dan|sedangkan|sementara) "
    r"(?:kalau|jika|apabila|bila|bilamana|seandainya) ([^,;:.!?\"“”]{3,80}?) (maka)\b"
)


def maka_after_conjunction(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The span of 'maka' with no comma before it, closing a clause of condition that a
    conjunction opened after a comma inside the sentence [s, e)."""
    if " maka " not in text[s:e]:
        return None
    m = _OPENED.search(text, s, e)
    return (m.start(2) - 1, m.end(2)) if m else None  # from the space before it, as _MAKA
