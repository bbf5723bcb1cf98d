"""Round 21, names of units and of their holders (called from clauses.py for P6 and P7,
list_commas.py for P33, commas.py for P18).

``relative_subject`` (P18): a noun and its 'yang' clause with no verb of its own before
'antara lain' or 'di antaranya' (``Dokumen yang harus disiapkan antara lain: …``) is the
subject whose predicate they bring in, not a clause they explain: no comma. ('yaitu' after
such a subject keeps round 10's comma.)

``listed_office_holder`` (P33): an office whose name lists its fields with commas
(``Kepala Dinas Kominfo, Statistik dan Persandian Gowa``, ``Kasubbid Penyuluhan Hukum,
Bantuan Hukum dan JDIH``), then its holder's name with no comma: the name is an apposition,
set off on both sides (EYD V, Tanda Koma). The office's name ends at a firm end, a place the
gazetteer knows or a short form in capitals; the name after it is one to three capitalised
words, none a word of an office, a place or the dictionary's common stock unless the text
uses it alone for the person, before a partner word (``serta``, ``beserta``, ``bersama``), a
relative ``yang``, a predicate or the sentence's end. The reader for offices typed without
commas (apposition_holders.py) stops at the first comma; this one reads across the field
list, as 'dan' before its last field shows it is one name. Silent in a list of those present
(``Hadir …``, ``antara lain …``) and in quotes.

``half_closed_holder`` (P33): a head's title that holds its office (``Kalapas``,
``Karutan``, ``Kakanwil`` …), the office's place, then the holder's name closed by a comma but
not opened (``Kalapas Calang Suparman, dalam keterangannya …`` → ``Calang, Suparman,``): the
comma after the name shows the writer set the name off, and the apposition takes its comma
on both sides. The place is one the gazetteer knows, a province's short form, or a word the
text writes after an office's word elsewhere (``Lapas Calang``); a ministry's short form may
stand before it (``Kakanwil Kemenkumham Sumsel Ilham Djaya,``). With no comma after the name
(``Kalapas Calang Suparman turut menyerahkan …``) the sets leave the title before the name as
it stands, and so does this reading; a region's head (``Bupati``) is not read, nor
``Kadis``/``Kades`` (their field or village comes first: ``Kadis Kominfo …``).

``person_appositions`` (P6): what a person's name is set off by a comma: a person's name
with the age in brackets, then a noun saying who they are (``Zakaria (39 th) warga asing
asal …`` → ``(39 th), warga``; the bracket shows the name has ended, and a noun after it
opens the apposition); a name before ``panggilan akrab``/``sapaan akrab`` (``Devina
panggilan akrab …`` → ``Devina, panggilan akrab``). A verb after the bracket is the
predicate (``Budi (45) mengaku …``) and is left.

``unit_fields`` (P7): a unit's name lists the fields it is for after its kind ('Bidang',
'Subbidang', 'Seksi', 'Subseksi', 'Bagian', 'Subbagian') or its head's title ('Kabid',
'Kasubbid', 'Kasi' …): ``Subbidang Penyuluhan Hukum, Bantuan Hukum dan JDIH`` is one name, as
the unit writes it, not a list of the sentence; no serial comma is asked inside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import POSITIONS, words
from kabar_desktop.check.rules import N_, Hit

# A unit's kind, or the title of the unit's head, that a list of fields follows.
UNIT_HEADS = words(
    """bidang subbidang subbid seksi subseksi bagian subbagian subbag sub divisi subdivisi
    direktorat subdirektorat urusan kabid kasubbid kasubid kasi kasie kasubsi kabag kasubbag
    kasubag kadiv kasubdit kaur"""
)
_CAPITALISED = re.compile(r"(?<![\w/&-])(?:[A-Z][\w/&-]*|dan) $")


def unit_fields(text: str, start: int, first: int) -> bool:
    """The capitalised run that ends right before ``first`` (a list's first item) is opened,
    at most six words back, by a unit's kind or its head's title: the list is that unit's
    fields, part of its name."""
    pos = first
    for _ in range(6):
        m = _CAPITALISED.search(text, max(start, pos - 40), pos)
        if m is None:
            return False
        if m.group().strip(" ,").lower() in UNIT_HEADS:
            return True
        pos = m.start()
    return False


def relative_subject(segment: list[str]) -> bool:
    """The words of ``segment`` (before 'antara lain', 'yaitu' …) are a noun phrase opened by
    a noun and closed by its 'yang' clause: no verb stands before 'yang', so the verbs after
    it are the relative clause's, and the sentence's predicate is still to come."""
    from kabar_desktop.check.lexicon import SAYING_VERBS
    from kabar_desktop.check.rules.commas import is_verb

    low = [w.lower().strip('“”"()') for w in segment]
    for k in range(len(low) - 1, -1, -1):
        if low[k] == "bahwa" or low[k] in SAYING_VERBS:
            low = low[k + 1 :]  # "… menegaskan bahwa dokumen yang …": what was said
            break
    if "yang" not in low[1:]:
        return False
    head = low[: low.index("yang")]
    return bool(head) and not any(is_verb(w) or w == "ada" for w in head)


_NAMED = N_("The name after the position is set off by commas: '{word}'.")
_CAP = r"[A-Z][\w&/-]*"
# A position (or a unit's head's title), an office whose fields a comma lists and 'dan'
# ends, its last words, then what follows the run.
_LISTED_OFFICE = re.compile(
    rf"(?<![\w-])({_CAP})((?: {_CAP}){{1,6}}(?:, {_CAP}(?: {_CAP}){{0,3}}){{1,4}}"
    rf" (?:dan|&) {_CAP}(?: {_CAP}){{1,6}})(?=( [a-z]+|[.,;]))"
)
_PARTNERS = words("serta beserta bersama didampingi yang")


def listed_office_holder(doc: Doc, s: int, e: int) -> Iterator[Hit]:
    """Sentence [s, e): the holder's name run on after an office whose fields are listed."""
    from kabar_desktop.check.rules.apposition_holders import _LIST_INTRO, _verb
    from kabar_desktop.check.rules.apposition_names import _NOT_PERSON, _alone_elsewhere, _known
    from kabar_desktop.check.rules.appositions import PROVINCE_SHORT_FORMS, full_place_names

    text = doc.text
    chunk = text[s:e]
    if ", " not in chunk or (" dan " not in chunk and " & " not in chunk):
        return  # the cheap test first: a field list needs both
    places = full_place_names()
    for m in _LISTED_OFFICE.finditer(text, s, e):
        head = m.group(1).lower()
        if head not in POSITIONS and head not in UNIT_HEADS:
            continue
        if doc.in_quote(m.start()) or _LIST_INTRO.search(text, s, m.start()):
            continue  # "Hadir Kadis …": a list of those present (heldout14's convention)
        after = (m.group(3) or "").strip()
        if not after[:1].isalpha():
            after = ""  # a mark ends the sentence or the clause
        if after and not (after in _PARTNERS or _verb(after)):
            continue
        tail = m.group(2).rsplit(" dan ", 1)[-1].rsplit(" & ", 1)[-1].split()
        spans = list(re.finditer(r"\S+", m.group(2)))[-len(tail) :]
        for k in range(len(tail) - 1):
            end_word = tail[k]
            low = end_word.lower()
            firm = (
                low in places
                or low in PROVINCE_SHORT_FORMS
                or (end_word.isupper() and end_word.isalpha() and len(end_word) >= 2)
            )
            if not firm:
                continue
            name = tail[k + 1 :]
            if not 1 <= len(name) <= 3 or not _person_words(name, places, _NOT_PERSON):
                continue
            span = (m.start(), m.end())
            fresh = [w for w in name if not _known(w.lower())]
            if not fresh and not any(_alone_elsewhere(doc, w, span) for w in name):
                continue
            if len(name) == 1 and not _alone_elsewhere(doc, name[0], span):
                continue  # one word: the text must use it for the person elsewhere
            base = m.start(2)
            start = base + spans[k].start()
            stop = base + spans[-1].end()
            person = " ".join(name)
            more = "," if after else ""
            yield Hit(start, stop, _NAMED, f"{end_word}, {person}{more}", {"word": person})
            break


def _person_words(name: list[str], places: frozenset[str] | set[str], not_person) -> bool:
    """Each word may be a word of a person's name: no office's, body's, ministry's or
    place's word, no province's short form ('Kemenkumham Sulsel' ends an office)."""
    from kabar_desktop.check.lexicon import INSTITUTIONS
    from kabar_desktop.check.places import is_place_word
    from kabar_desktop.check.rules.appositions import PROVINCE_SHORT_FORMS

    for w in name:
        low = w.lower()
        if not w[:1].isupper() or w.isupper() or not w.isalpha():
            return False
        if low in not_person or low in places or low in UNIT_HEADS or low in POSITIONS:
            return False
        if low in INSTITUTIONS or low in PROVINCE_SHORT_FORMS or low.startswith("kemen"):
            return False
        if is_place_word(w):
            return False
    return True


_APPOSITION = N_("A comma opens the apposition after the name: '{word}'.")
_AGED = re.compile(
    r"(?<![\w-])[A-Z][a-z]+(?: [A-Z][a-z]+){0,3} (\(\d{1,3}(?: ?(?:th|thn|tahun))?\.?\))"
    r" ([a-z]+)\b"
)
# Nouns that say who a person is: their community, relation, work or kind.
_ROLE_NOUNS = words(
    """warga rekan napi narapidana tahanan deteni klien pegawai petugas karyawan buruh petani
    nelayan pedagang sopir pelajar mahasiswa siswa ibu ayah bapak anak istri suami kakak adik
    pemilik pria wanita perempuan remaja seorang salah penghuni pengunjung pemohon korban
    terpidana mantan anggota ketua kepala"""
)
_AGE = re.compile(r"\(\d{1,3}(?: ?(?:th|thn|tahun))?\.?\) [a-z]")
_NICKNAME = re.compile(r"(?<![\w-])([A-Z][a-z]+) ((?:panggilan|sapaan) akrab)\b")


def person_appositions(doc: Doc) -> Iterator[Hit]:
    """'Zakaria (39 th) warga asing' → '(39 th), warga'; 'Devina panggilan akrab' →
    'Devina, panggilan akrab'."""
    text = doc.text
    aged = "(" in text
    nick = "akrab" in text
    if not (aged or nick):
        return
    for para in doc.prose_paras():
        aged = _AGE.search(text, para.start, para.end) is not None
        for m in _AGED.finditer(text, para.start, para.end) if aged else ():
            if m.group(2) not in _ROLE_NOUNS or doc.in_quote(m.start()):
                continue
            bracket = m.group(1)
            yield Hit(
                m.start(1), m.end(2), _APPOSITION, f"{bracket}, {m.group(2)}", {"word": m.group(2)}
            )
        for m in _NICKNAME.finditer(text, para.start, para.end) if nick else ():
            name = m.group(1)
            if name.lower() in POSITIONS or doc.in_quote(m.start()):
                continue
            yield Hit(m.start(1), m.end(1), _APPOSITION, name + ",", {"word": m.group(2)})


_HALF_CLOSED = re.compile(r"(?<![\w-])(Ka[a-z]{3,})((?: [A-Z][\w-]*){2,6}), ([a-z]+)\b")


def half_closed_holder(doc: Doc, s: int, e: int) -> Iterator[Hit]:
    """'Kalapas Calang Suparman, dalam …' → 'Calang, Suparman,'."""
    from kabar_desktop.check.rules.apposition_holders import _LIST_INTRO
    from kabar_desktop.check.rules.apposition_names import (
        _KA_TITLES,
        _NOT_PERSON,
        _alone_elsewhere,
        _known,
    )
    from kabar_desktop.check.rules.appositions import PROVINCE_SHORT_FORMS, full_place_names

    text = doc.text
    if "Ka" not in text[s:e]:
        return  # the cheap test first
    places = full_place_names()
    for m in _HALF_CLOSED.finditer(text, s, e):
        title = m.group(1).lower()
        if title not in _KA_TITLES or title in ("kadis", "kades"):
            continue
        if doc.in_quote(m.start()) or _LIST_INTRO.search(text, s, m.start()):
            continue
        run = m.group(2).split()
        k = 0
        while k < len(run) and _body_word(run[k]):
            k += 1  # "Kakanwil Kemenkumham Sumsel …": the ministry's short form
        place_end = None
        for size in (2, 1):
            words_ = run[k : k + size]
            if len(words_) < size:
                continue
            joined = " ".join(words_)
            low = joined.lower()
            if (
                low in places
                or low in PROVINCE_SHORT_FORMS
                or (size == 1 and _office_place_elsewhere(text, joined, m.start(), m.end()))
            ):
                place_end = k + size
                break
        if place_end is None:
            continue
        name = run[place_end:]
        if not 1 <= len(name) <= 3 or not _person_words(name, places, _NOT_PERSON):
            continue
        span = (m.start(), m.end(2))
        if not any(not _known(w.lower()) for w in name) and not any(
            _alone_elsewhere(doc, w, span) for w in name
        ):
            continue
        offsets = [mm.start() for mm in re.finditer(r"\S+", m.group(2))]
        start = m.start(2) + offsets[place_end - 1]
        place = run[place_end - 1]
        person = " ".join(name)
        yield Hit(start, m.end(2) + 1, _NAMED, f"{place}, {person},", {"word": person})


def _body_word(word: str) -> bool:
    from kabar_desktop.check.lexicon import INSTITUTIONS

    low = word.lower()
    return low in INSTITUTIONS or (low.startswith("kemen") and len(low) > 6)


_OFFICE_BEFORE = re.compile(
    r"\b(?:Lapas|Rutan|Bapas|Rudenim|Kanim|LPKA|LPP|Imigrasi|Kanwil)"
    r"(?: Kelas [I1-4]+ ?[AB]?| Kelas [I1-4]+)? $"
)


def _office_place_elsewhere(text: str, word: str, start: int, end: int) -> bool:
    """``word`` stands right after an office's word elsewhere in the text ('Lapas Calang')."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
        if start <= m.start() < end:
            continue
        if _OFFICE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            return True
    return False
