"""Round 19, K2: a functional position (jabatan fungsional) before an office's name with no
holder named is a profession many hold, a common noun (EYD V, I.A: a title is capitalised
before a name or when it stands for one office's post).

``… didampingi Pembimbing Kemasyarakatan Balai Pemasyarakatan Kelas I Kupang.`` is one of the
office's many counsellors → ``pembimbing kemasyarakatan``; ``Kepala Balai …`` is one post (K1
keeps it), and ``Pembimbing Kemasyarakatan Bapas Kupang, Budi Santoso, …`` names its holder.
The office's name must be read whole: its words are office words, its class, its short form
in brackets and a place; anything else (a person's name) ends the reading silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import INSTITUTIONS, words
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.case_reading import in_title
from kabar_desktop.check.rules.headline import headline

# Functional positions: professions a body employs many of, each by its whole title.
_FUNCTIONAL = re.compile(
    r"\b(?:Asisten )?(?:Pembimbing Kemasyarakatan|Penyuluh Hukum|Penyuluh Antikorupsi"
    r"|Pranata Komputer|Pranata Humas|Perancang Peraturan Perundang-undangan|Arsiparis"
    r"|Analis Keimigrasian|Analis Hukum|Pemeriksa Keimigrasian|Penyidik Pegawai Negeri Sipil)\b"
)
# Words of an office's name besides the institutions' short forms.
_OFFICE_NAME_WORDS = words(
    """balai lembaga rumah tahanan negara kantor wilayah pemasyarakatan imigrasi detensi
    kelas khusus pusat tpi non perempuan anak narkotika kementerian hukum direktorat jenderal
    divisi bidang seksi kabupaten kota provinsi"""
)
_ROMAN = re.compile(r"(?:I{1,3}|IV|V)[AB]?")
_WORD = re.compile(r" (\([^()\n]{1,20}\)|[A-Z][\w-]*)")
_GENERIC = N_("A position used generically is written in lowercase.")


def functional_before_office(doc: Doc) -> Iterator[Hit]:
    """K2: a functional position, lowercase word before it, an office's whole name after it
    and the sentence going on in lowercase or ending: no holder is named."""
    text = doc.text
    for para in doc.paras:
        if para.kind == "title":
            continue
        for m in _FUNCTIONAL.finditer(text, para.start, para.end):
            before = text[para.start : m.start()].rstrip()
            if not before or not re.search(r"\b[a-z]+$", before):
                continue  # a sentence's opening, or after a capitalised word: a name's
            i = doc.token_at(m.start())
            if i is None or in_title(doc, doc.tokens[i]) or headline(doc, doc.tokens[i].para):
                continue
            end = _office_name_end(doc, m.end(), para.end)
            if end is None:
                continue
            rest = text[end : end + 3]
            if rest[:1] == "," and re.match(r", ?[A-Z]", rest):
                continue  # ", Budi Santoso": the holder named after the office
            yield Hit(m.start(), m.end(), _GENERIC, m.group().lower())


def _office_name_end(doc: Doc, pos: int, end: int) -> int | None:
    """Where the office's name after ``pos`` ends, if one stands there and holds only an
    office's words, its class, a short form and a place; None otherwise."""
    from kabar_desktop.check.rules.appositions import full_place_names

    text = doc.text
    words_seen: list[str] = []
    place = False
    while (m := _WORD.match(text, pos, end)) is not None:
        w = m.group(1)
        low = w.lower()
        if w.startswith("("):
            pass
        elif low in _OFFICE_NAME_WORDS or low in INSTITUTIONS or _ROMAN.fullmatch(w):
            if place:
                return None  # "… Kupang Budi …": something after the place
        elif low in full_place_names() or " ".join([*words_seen[-1:], low]) in full_place_names():
            place = True
        else:
            return None  # a word no office's name holds: a person's name, a programme's
        words_seen.append(low)
        pos = m.end()
    if not words_seen or not place or words_seen[0] not in _OFFICE_NAME_WORDS | set(INSTITUTIONS):
        return None
    nxt = text[pos : pos + 2]
    if nxt[:1] in (".", ",", ";", ")") or re.match(r" [a-z]", nxt) or nxt == "":
        return pos
    return None


# A count of holders, then a title many hold: "sejumlah Komisioner Komisi Informasi",
# "beberapa Hakim Pengadilan Negeri", "para Penyuluh Hukum". Plural, so generic.
_MANY = r"(?:para|seluruh|semua|setiap|tiap|sejumlah|beberapa|segenap|\d+|dua|tiga|empat|lima)"
_MEMBERS = re.compile(
    rf"\b{_MANY} ((?:Komisioner|Anggota|Hakim|Jaksa|Auditor|Widyaiswara|Penyuluh Hukum"
    r"|Penyuluh|Pembimbing Kemasyarakatan|Analis|Penyidik))\b(?!(?: [A-Z][a-z]+)* ?\()"
)


def counted_members(doc: Doc) -> Iterator[Hit]:
    """K2: a title many hold after a count of its holders ('sejumlah Komisioner Komisi …');
    not before its short form in brackets ('seluruh Pembimbing Kemasyarakatan (PK)'), which
    introduces the title as a term."""
    text = doc.text
    for para in doc.paras:
        if para.kind == "title":
            continue
        for m in _MEMBERS.finditer(text, para.start, para.end):
            i = doc.token_at(m.start(1))
            if i is None or in_title(doc, doc.tokens[i]) or headline(doc, doc.tokens[i].para):
                continue
            if m.start() == para.start or text[m.start() - 2 : m.start()] in (". ", '" ', "“ "):
                continue  # "Para Hakim …" opening a sentence
            yield Hit(m.start(1), m.end(1), _GENERIC, m.group(1).lower())
