"""K27: 'Bapak', 'Ibu' used to address or refer to the listener in a speaker's words are
capitalised (EYD V, huruf kapital: a kinship term used in addressing or referring):
'“… yang kami berikan kepada bapak selama …”' → 'Bapak', 'saya harapkan bapak-bapak
semuanya' → 'Bapak-Bapak'.

Only inside a direct quote, and only after a word that turns to the listener (a preposition
of address, a verb of asking or hoping): in narration 'bapak itu' is a man, and 'ibu rumah
tangga', 'ibu kota', 'bapak saya' name no listener.
"""

from __future__ import annotations

from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import words
from kabar_desktop.check.rules import ERROR, N_, Hit, rule
from kabar_desktop.check.rules.people_nouns import PEOPLE_NOUNS

_TERMS = words("bapak ibu bapak-bapak ibu-ibu")
# Words after which the term turns to the listener.
_TOWARDS = words(
    """kepada untuk bagi dengan oleh harapkan harap mohon minta meminta mengajak ajak imbau
    mengimbau terima kasih sampaikan ucapkan"""
)
# Words after which the term names someone else or something else.
_NOT_LISTENER = words("saya kami kita mereka rumah kota kandung hamil menyusui angkat tiri kader")


def _capital(term: str) -> str:
    return "/".join("-".join(p.capitalize() for p in w.split("-")) for w in term.split("/"))


@rule("K27", ERROR, N_("'Bapak', 'Ibu' addressing the listener in a quote are capitalised"))
def address_terms(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    text = doc.text
    for i in range(1, len(toks)):
        t, prev = toks[i], toks[i - 1]
        if t.text not in _TERMS or not doc.adjacent(prev, t) or prev.text.lower() not in _TOWARDS:
            continue
        end = t.end
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and text[t.end : nxt.start] == "/" and nxt.text in _TERMS:
            end, nxt = nxt.end, toks[i + 2] if i + 2 < len(toks) else None  # "bapak/ibu"
        if not doc.in_quote(t.start):
            continue
        if nxt is not None and nxt.para == t.para and nxt.text.lower() in _NOT_LISTENER:
            continue
        if nxt is not None and doc.adjacent(t, nxt) and nxt.text in PEOPLE_NOUNS:
            continue  # "kepada ibu-ibu warga binaan": a group named by what they are, no address
        if "-" in t.text and nxt is not None and nxt.text == "yang":
            continue  # "cocok bagi ibu-ibu yang baru belajar": those it suits (probe106)
        fix = _capital(text[t.start : end])
        yield Hit(
            t.start,
            end,
            N_("A term of address for the listener starts with a capital: '{word}'."),
            fix,
            {"word": fix},
        )
