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

from kabar_desktop.check.document import Doc, Para
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
    for para, m in _body_matches(doc, _MEMBERS):
        if m.start() == para.start or text[m.start() - 2 : m.start()] in (". ", '" ', "“ "):
            continue  # "Para Hakim …" opening a sentence
        yield Hit(m.start(1), m.end(1), _GENERIC, m.group(1).lower())
    yield from quantified_heads(doc)  # session 24


# Session 24: a head's title after a word that counts its holders ('para Ketua RT', 'seluruh
# Kepala Unit Pelaksana Teknis (UPT) …', '6 Kepala Dusun', 'Salah satu Ketua RT'): the sets
# mark it lowercase 89 times of 101, whatever office follows, unless a holder is named
# (not the short titles 'Kasi', 'Kades': left as often as marked).
_HEADS = re.compile(
    r"\b(?:[Pp]ara|[Ss]eluruh|[Ss]emua|[Ss]etiap|[Tt]iap|[Ss]ejumlah|[Bb]eberapa|[Ss]egenap"
    r"|[Mm]asing-masing|[Ss]alah satu|(?<![\d.,/-])\d{1,3}) "
    r"((?:Kepala|Ketua|Camat|Lurah|Sekretaris|Pejabat)(?: (?:Desa|Dusun|RT|RW"
    r"|Kelurahan|Kampung|Seksi|Bagian|Bidang|Struktural|Madrasah|Sekolah|Kamar|Satker))?)\b"
)
# What names a holder after the title and its office: a comma and a capital, or a title of
# address ('para Kepala Desa, Budi …' is a list's head, not generic).
_HOLDER_AFTER = re.compile(r"(?: [A-Z(][\w()/.-]*)*,? (?:[A-Z][a-z]+ )?(?:[A-Z][a-z]+,|bin )")


def quantified_heads(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for _para, m in _body_matches(doc, _HEADS):
        if text[m.end(1) : m.end(1) + 1] in "/-" or _HOLDER_AFTER.match(text, m.end(1)):
            continue
        if m.group().split()[0] == "1" or _named_offices(text, m.end(1)):
            continue  # "1 Kepala Lapas", "para Kepala Lapas Kupang dan Atambua"
        fixed = " ".join(w if w.isupper() else w.lower() for w in m.group(1).split())
        yield Hit(m.start(1), m.end(1), _GENERIC, fixed)  # 'ketua RT'


def _body_matches(doc: Doc, pattern: re.Pattern[str]) -> Iterator[tuple[Para, re.Match[str]]]:
    """Matches of ``pattern`` outside the title and a headline-like paragraph, with their
    paragraph (group 1 is the title read)."""
    text = doc.text
    for para in doc.paras:
        if para.kind == "title":
            continue
        for m in pattern.finditer(text, para.start, para.end):
            i = doc.token_at(m.start(1))
            if i is not None and not headline(doc, doc.tokens[i].para):
                yield para, m


_OFFICE_RUN = re.compile(r"(?: [A-Z][\w-]*){1,3}")


def _named_offices(text: str, end: int) -> bool:
    """The capitalised words after the title end in a place ('para Kepala Desa Oesao', 'Kepala
    Lapas Kupang dan Atambua'): heads of offices named one by one, not of every such office;
    an office 'se-…' (across a region) stays generic."""
    from kabar_desktop.check.places import is_place_word
    from kabar_desktop.check.wordlists import word_lists

    m = _OFFICE_RUN.match(text, end)
    if m is None or text[m.end() : m.end() + 4] in (" se-", " se "):
        return False
    last = m.group().split()[-1].rstrip("-")
    low = last.lower()
    return not last.isupper() and (is_place_word(low) or low not in word_lists().stems)
