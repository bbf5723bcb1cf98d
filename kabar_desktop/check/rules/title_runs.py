"""K5's findings on a title written in sentence case ("DLH Semarang bagikan ratusan bibit
ajak lestarikan lingkungan"): one finding with the whole run rewritten, not one a word. The
writer fixes the title at once; six findings on one line read as noise (heldout290)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import Hit

_RUN = 3  # words to capitalise before the title counts as written in sentence case


def merged_title_run(doc: Doc, found: Iterable[Hit], message: str) -> Iterator[Hit]:
    """``found`` as they are, or with the lowercase words asking ``message`` made one hit
    from the first to the last of them."""
    hits = list(found)
    lower = [h for h in hits if h.message == message and doc.text[h.start].islower()]
    if len(lower) < _RUN:
        yield from hits
        return
    start, end = lower[0].start, lower[-1].end
    fixed = list(doc.text[start:end])
    for h in lower:
        fixed[h.start - start : h.end - start] = list(h.suggestion or "")
    yield from (h for h in hits if not start <= h.start < end)
    yield Hit(start, end, message, "".join(fixed))
