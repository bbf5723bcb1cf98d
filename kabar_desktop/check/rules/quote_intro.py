"""A whole sentence quoted straight after the writer's words, with no comma (P3, for
punctuation.py): 'memberikan arahan tambahan "Dari total … orang" ujar Kalapas', 'Ketua Komisi
“penguatan kelembagaan ini sangat penting.”'.

A quotation that is a sentence of its own is set off from the words that lead into it by a
comma (EYD V), whatever word comes before: a saying verb (P3's first reading), a noun, a name.
A quoted name or term is no sentence: it is short, or ends with no stop and no attribution,
or capitalises every word, or follows a word that names it ('bertema', 'slogan', 'yaitu').
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc, Para
from kabar_desktop.check.lexicon import SAYING_VERBS, words
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.quote_pairs import is_attribution, mark_roles

# Words after which a quote is a name or a term, not a sentence said.
_NAMING = words(
    "bahwa bertema bertajuk berjudul bernama bertagline bermoto bersemboyan tema tajuk judul "
    "slogan semboyan moto motto tagline jargon istilah julukan sebutan yaitu yakni adalah ialah "
    "sebagai berupa disebut dinamakan dijuluki bertuliskan tulisan berbunyi kata kalimat"
)
_LEAD_IN = re.compile(r"([^\W\d_]{2,}) $")
_STOP_END = re.compile(r"[.!?]\s*$")
_ATTRIBUTION = re.compile(r"[.,]? ?([^\W\d_]+)")


def unset_quotes(doc: Doc, para: Para) -> Iterator[Hit]:
    """Each opening mark of ``para`` against the word before it (one space, no comma) that
    opens a quoted sentence: one of four words or more ending with a stop, or one that its
    attribution follows, or one running to the paragraph's end."""
    text = doc.text
    marks = mark_roles(text, para.start, para.end)
    for k, (i, opening) in enumerate(marks):
        if not opening or i - para.start < 3:
            continue
        word = _LEAD_IN.search(text, max(para.start, i - 40), i)
        if word is None:
            continue
        lead = word.group(1).lower()
        if lead in _NAMING or lead in SAYING_VERBS:
            continue  # a name or term; a saying verb is P3's first reading
        close = marks[k + 1][0] if k + 1 < len(marks) and not marks[k + 1][1] else None
        inner = text[i + 1 : close if close is not None else para.end]
        first = inner[:1]
        said_words = inner.split()
        if not first.isalpha() or len(said_words) < (4 if first.isupper() else 6):
            continue
        if all(w[:1].isupper() or not w[:1].isalpha() for w in said_words):
            continue  # every word capitalised: a theme's or a slogan's name
        if close is None:
            sentence = k + 1 == len(marks)  # it runs to the paragraph's end
        else:
            after = _ATTRIBUTION.match(text, close + 1, min(para.end, close + 30))
            said = after is not None and is_attribution(after.group(1))
            sentence = bool(_STOP_END.search(inner)) or said
        if not sentence:
            continue
        end = i + 1 + len(inner.split()[0])
        fixed = f"{word.group(1)}, {text[i]}{first.upper()}{text[i + 2 : end]}"
        yield Hit(
            word.start(1),
            end,
            N_("A comma separates the introduction from the quote."),
            fixed,
        )
