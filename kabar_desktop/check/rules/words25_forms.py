"""Round 25 of issue 13, W1: 'dibawa' for 'di bawah' before a noun of authority. Session
fifteen adds three forms of a word written apart or cut short: W3's 're-' with a hyphen
('re-integrasi'), S2's '-nya' with a hyphen ('kata-nya') and S1's lone consonant standing as
a word ('hukum d daerah').

'di bawah' + an abstract noun of authority or care is the idiom of being under someone's
charge ('di bawah naungan Kemenkum', 'di bawah koordinasi Kanwil', 'di bawah pengawasan
petugas'). 'dibawa' is the passive of 'bawa' (carried, taken along); its agent may follow it
('dibawa petugas'), but an abstract noun cannot carry anything, so 'dibawa naungan …' is the
preposition typed solid without its final h.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import words
from kabar_desktop.check.rules import N_, Hit

# Abstract nouns of authority, guidance and care: nothing they name can carry a thing.
_AUTHORITY = words(
    """naungan koordinasi pengawasan kepemimpinan kendali komando arahan bimbingan asuhan
    binaan pembinaan supervisi tanggung wewenang kewenangan yurisdiksi lindungan perlindungan
    payung"""
)
_DIBAWA = re.compile(r"(?<![\w-])([Dd])ibawa (?=([a-z]+)\b)")


def dibawa_for_di_bawah(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for m in _DIBAWA.finditer(text):
        if m.group(2) not in _AUTHORITY:
            continue
        if m.group(2) == "tanggung" and not text.startswith(" jawab", m.end() + len("tanggung")):
            continue
        fixed = f"{m.group(1)}i bawah"
        yield Hit(
            m.start(),
            m.start() + len("dibawa"),
            N_("The preposition is written apart: '{word}'."),
            fixed,
            {"word": fixed},
        )


def opens_name(doc: Doc, t: Token) -> bool:
    """A sentence's first word before a capitalised word in running text: the first word of
    a name of several ("Dharma Wanita Persatuan menggelar …"), which keeps its own spelling
    (EYD V: a name is written as its owner writes it). A title capitalises every word."""
    if doc.paras[t.para].kind == "title":
        return False
    i = doc.token_at(t.start)
    toks = doc.tokens
    if i is None or i + 1 >= len(toks) or not doc.adjacent(t, toks[i + 1]):
        return False
    nxt = toks[i + 1].text
    return nxt[:1].isupper() and nxt[1:].islower() and nxt.isalpha()


# EYD V's bound form re- ('reintegrasi', 'reorganisasi') typed with a hyphen: 'Re-Integrasi'.
_RE_HYPHEN = re.compile(r"(?<![\w-])([Rr]e)-([A-Za-z][a-z]{3,})\b(?!-)")


def hyphenated_re(doc: Doc) -> Iterator[Hit]:
    """W3: 're-integrasi' → 'reintegrasi' where the word is one the list knows solid."""
    from kabar_desktop.check.spelling import speller

    check = speller()
    msg = N_("A bound form is written solid with the next word: '{word}'.")
    for m in _RE_HYPHEN.finditer(doc.text):
        solid = m.group(1) + m.group(2).lower()
        if check.known(solid.lower()):
            yield Hit(m.start(), m.end(), msg, solid, {"word": solid})
    for m in _KETIDAK_APART.finditer(doc.text):  # "ketidak cocokan" (probe44): one word
        solid = m.group(1) + m.group(2)
        yield Hit(m.start(), m.end(), msg, solid, {"word": solid})


# ke-tidak-…-an written apart: "ketidak cocokan", "ketidak hadiran" (KBBI: ketidakcocokan).
_KETIDAK_APART = re.compile(r"\b([Kk]etidak) ([a-z]{3,}an)\b")


# S2: -nya written with a hyphen after an Indonesian word ('kata-nya'); EYD V keeps the
# hyphen only after a foreign word or a name in capitals ('online-nya', 'SK-nya').
_HYPHEN_NYA = re.compile(r"(?<![\w-])([a-z]{3,})-nya\b")


def hyphenated_nya(doc: Doc) -> Iterator[Hit]:
    """S2: 'kata-nya' → 'katanya' where the word list knows the word (heldout32)."""
    from kabar_desktop.check.spelling import speller

    check = speller()
    for m in _HYPHEN_NYA.finditer(doc.text):
        if check.known(m.group(1)) and check.known(m.group(1) + "nya"):
            solid = m.group(1) + "nya"
            msg = N_("KBBI writes this as one word: '{word}'.")
            yield Hit(m.start(), m.end(), msg, solid, {"word": solid})


# S1: a lone consonant between two words ('Saumlaki t berkomitmen', 'sadar hukum d daerah'):
# no Indonesian word has one letter but the vowel 'a' of lists; 'd' there is 'di' cut short.
_LONE_LETTER = re.compile(r"(?<=[^\W\d_]{2} )([b-z])(?= [a-z]{2,})")


_ITEM_LETTER = re.compile(r"\b(?:huruf|butir|poin|ayat|angka) $")


def lone_letters(doc: Doc) -> Iterator[Hit]:
    """S1: a single consonant standing as a word in the running text (heldout30, heldout34)."""
    for m in _LONE_LETTER.finditer(doc.text):
        if doc.in_quote(m.start()) or doc.in_frame(m.start(), m.end()):
            continue
        if _ITEM_LETTER.search(doc.text, max(0, m.start() - 8), m.start()):
            continue  # "Pasal 9 huruf c menyatakan": a statute's item (heldout112)
        fix = "di" if m.group(1) == "d" else None
        msg = N_("'{word}' is not in the Indonesian word list.")
        yield Hit(m.start(), m.end(), msg, fix, {"word": m.group(1)})
