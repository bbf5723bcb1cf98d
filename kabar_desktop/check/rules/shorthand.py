"""W10: informal office shorthand is spelled out (house style): chat contractions ("yg",
"tsb", "dgn") always, an office's spoken acronym ("rakor", "monev", "tusi") until the text
defines it. EYD V lets an acronym stand once its full form has been written with the
acronym in brackets ("Rapat Koordinasi (Rakor)"), as published government news does."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.acronym_forms import spells
from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import words
from kabar_desktop.check.rules import N_, WARNING, Hit, keep_case, rule
from kabar_desktop.check.rules.form_contexts import giat_as_noun, giat_before_verb
from kabar_desktop.check.rules.words17_forms import titled_giat
from kabar_desktop.check.tables import GIAT_NEIGHBOURS, SHORTHAND

# Acronyms KBBI lists as words of their own (KBBI: sidak, akr inspeksi mendadak; raker, akr
# rapat kerja; rakor, akr rapat koordinasi; monev, akr monitoring dan evaluasi; juklak,
# juknis): ordinary words, not office shorthand. An event's name is built on them ("Rakor
# Penghulu", "Monev Layanan"), and unseen texts used them as words four times in five.
# Round 25: bimtek (bimbingan teknis) is read as such a word too (not checked in KBBI): the
# sets never mark it (0 of 13, in four articles, defined in brackets or not).
_KBBI_ACRONYMS = words("sidak raker rakor monev juklak juknis bimtek")


# An acronym one says as a word ("rakor", "monev", "tusi") is defined once the text writes
# it in brackets after its full form (EYD V: "Rapat Koordinasi (Rakor)"); a chat contraction
# of dropped letters ("yg", "tsb", "dgn") is never defined: it is always written out.
_DEFINED_ACRONYM = re.compile(r"\((\w{4,})\)")
_EXPANDED_ACRONYM = re.compile(r"\b(\w{4,}) \(([^()\n]{5,80})\)")
_VOWELS = frozenset("aeiou")


def _defined_acronyms(text: str) -> frozenset[str]:
    """The spoken acronyms ``text`` defines in brackets, lowercase: after the full form, or
    before a full form in brackets ("monev (monitoring dan evaluasi)"). Only the brackets
    define one: a full form written elsewhere does not ("… tugas dan fungsi … tusi" is still
    informal, house-style.md's sample)."""
    after = (m.group(1).lower() for m in _DEFINED_ACRONYM.finditer(text))
    before = (m.group(1).lower() for m in _EXPANDED_ACRONYM.finditer(text) if spells(*m.groups()))
    return frozenset(low for low in (*after, *before) if low in SHORTHAND and _VOWELS & set(low))


# Verbs that hold or join an event: "giat" after them is the event ("menggelar giat
# penyuluhan"), not the adjective ("bekerja giat").
_HOLDING = words(
    "menggelar melaksanakan mengadakan mengikuti menghadiri membuka menutup melakukan dilakukan"
    " adanya"
)  # "melakukan giat rutin senam", "dengan adanya giat lomba" (session 42)


def _titled_short(doc: Doc, t: Token, full: str) -> bool:
    """A short form in the title whose full form the article writes: titles are short."""
    para = doc.paras[t.para]
    if para.kind != "title":
        return False
    return full.lower() in doc.text[para.end :].lower()


@rule("W10", WARNING, N_("Office shorthand is spelled out"))
def shorthand(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    toks = doc.tokens
    message = N_("Write the shorthand out: '{word}'.")
    defined = _defined_acronyms(text)
    for i, t in enumerate(toks):
        low = t.text.lower()
        if text[t.start - 1 : t.start] == "(" and text[t.end : t.end + 1] == ")":
            continue  # "(Rakor)": the short form defined after the full one
        if text[t.start - 1 : t.start] in (".", "/", "@"):
            continue  # "lembaga.org": part of an address, no word
        if low in defined:
            continue  # "Rapat Koordinasi (Rakor) …": from then on a defined acronym
        right = None if low in _KBBI_ACRONYMS else SHORTHAND.get(low)
        if right is not None and _titled_short(doc, t, right):
            continue  # "Rakor di Kupang" over a lead that says "rapat koordinasi": a title's
        if right is not None and (len(low) > 3 or t.text.islower()):
            yield Hit(t.start, t.end, message, keep_case(t.text, right), {"word": right})
        elif low == "giat" and t.text.islower():
            near = [toks[k].text.lower() for k in (i - 1, i + 1) if 0 <= k < len(toks)]
            before = near[0] if i > 0 else ""
            if (
                any(w in GIAT_NEIGHBOURS for w in near)
                or before in _HOLDING
                or giat_as_noun(doc, i)
            ) and not giat_before_verb(doc, i):  # "itu giat membersihkan" (probe156)
                yield Hit(t.start, t.end, message, "kegiatan", {"word": "kegiatan"})
        elif t.text == "Giat" and titled_giat(doc, i):
            yield Hit(t.start, t.end, message, "Kegiatan", {"word": "kegiatan"})
        elif low == "gol" and re.match(r"\.? darah\b", text[t.end : t.end + 7]):
            fixed = "Golongan" if t.initial else "golongan"  # "Gol darah A" (4 of 4 marked)
            yield Hit(t.start, t.end + (text[t.end] == "."), message, fixed, {"word": "golongan"})
    yield from _short_form_unbracketed(text)


# "Lembaga Pemasyarakatan Lapas Kelas …": the name and its short form side by side, the
# short form not in brackets (heldout231, heldout232: 2 of 2 marked).
_NAME_THEN_SHORT = re.compile(
    r"\b(Lembaga Pemasyarakatan|Rumah Tahanan(?: Negara)?|Balai Pemasyarakatan|Rumah Detensi"
    r" Imigrasi|Lembaga Pembinaan Khusus Anak) (Lapas|Rutan|Bapas|Rudenim|LPKA)\b"
)


def _short_form_unbracketed(text: str) -> Iterator[Hit]:
    for m in _NAME_THEN_SHORT.finditer(text):
        fixed = f"{m.group(1)} ({m.group(2)})"
        yield Hit(
            m.start(),
            m.end(),
            N_("The short form after the name goes in brackets: '{word}'."),
            fixed,
            {"word": fixed},
        )
