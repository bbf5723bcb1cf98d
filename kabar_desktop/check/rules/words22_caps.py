"""Round 22 of issue 13: where a capital belongs to a name the capital rules (K14, K24) read
as an ordinary word (a precision probe on fresh, unmarked articles).

- A theme, a title or a motto quoted after the word that announces it (``tema``, ``bertajuk``,
  ``berjudul``, ``slogan``) and written in title case, every content word capitalised: the
  writer gives its title's capitals (EYD V: titles), however long it runs (``mengusung tema
  "Optimalisasi Peran Timpora dalam Menjaga Stabilitas Keamanan Daerah melalui Pengawasan
  Orang Asing"``). Its function words stay K12's.
- A law's short title: the capitalised field after ``UU`` or ``undang-undang`` names the law
  (``UU Pemasyarakatan``, ``undang-undang Keimigrasian``); if anything, ``Undang-Undang``
  wants its capitals (K31's), not the field its lower case.
- A unit named by its field after the people who work in it: ``staf Keamanan dan
  Ketertiban`` (the Seksi Keamanan dan Ketertiban's staff): two capitalised fields joined by
  ``dan``/``serta`` after a staff noun are the unit's name.
- A region's kind before a word that is no place (``Anugerah Kabupaten Informatif``,
  ``predikat Kota Layak Anak``): an award's or a programme's name goes on there; the kind
  opens no region's name, so the word before it is no plain word between lowercase words.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator

from kabar_desktop.check.acronym_forms import spells
from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import FUNCTION_WORDS, POSITIONS, words
from kabar_desktop.check.places import is_place_word
from kabar_desktop.check.rules.case_reading import capitalised
from kabar_desktop.check.rules.kept_capitals import in_acronym_expansion
from kabar_desktop.check.rules.list_names import within_spelled

# The words that announce a quoted title: a theme, a title, a motto.
_ANNOUNCED = re.compile(
    r"(?:\b(?:[Tt]ema(?:nya)?|[Bb]ertema(?:kan)?|[Tt]ajuk(?:nya)?|[Bb]ertajuk|[Jj]udul(?:nya)?"
    r"|[Bb]erjudul|[Ss]logan|[Mm]ott?o|[Tt]agline|[Jj]argon|[Ss]emboyan|[Mm]engusung)"
    r"\s*:?\s*)[\"“‘']$"
)  # single quotes too: "bertajuk ‘Meningkatnya Pemahaman …’" (heldout43)
# A law's short title follows these (any case).
_LAW_HEADS = words("uu undang-undang")
# The people of a unit: the unit's name may follow them.
_STAFF = words("staf staff petugas pegawai anggota personel personil pejabat jajaran regu")
_JOIN = words("dan serta")


# A quoted text of up to 240 characters (a theme runs longer than a slogan).
# "Tema yang diusung … kali ini adalah "Hak Atas Pangan …"": the theme named by 'adalah'.
_THEME_IS = re.compile(r"\b[Tt]ema\b[^.\"“”]{0,90}\b(?:adalah|yaitu|yakni|ialah)\s*:?\s*[\"“‘]$")
_LONG_QUOTE = re.compile(
    r"[\"“]([^\"“”\n]{2,240})[\"”]|‘([^‘’\n]{2,240})’"
    r"|(?<= )'([A-Z][^'\n]{1,239})'(?![^\W\d_])"  # a straight single mark too (probe82)
)


def titled_quote(doc: Doc, start: int) -> bool:
    """The offset ``start`` stands in a quoted title announced by a theme word, its content
    words all capitalised (acronyms and numbers allowed)."""
    para = _para_of(doc, start)
    if para is None:
        return False
    p = doc.paras[para]
    for m in _LONG_QUOTE.finditer(doc.text, p.start, p.end):
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        begin, inner = m.start(group), m.group(group)
        if not begin <= start < begin + len(inner):
            continue
        if not _ANNOUNCED.search(doc.text[max(p.start, begin - 24) : begin]) and not (
            _THEME_IS.search(doc.text[max(p.start, begin - 120) : begin])
        ):
            return False
        parts = re.findall(r"[^\W\d_]+", inner)
        content = [w for w in parts if w.lower() not in FUNCTION_WORDS]
        capitals = sum(w[0].isupper() for w in content)
        # most content words capitalised: the writer's title case ('… yang Unggul, Cerdas,
        # Inovatif dan Kreatif guna bekal …', probe82), not a sentence quoted
        return len(content) >= 2 and content[0][0].isupper() and capitals * 3 >= len(content) * 2
    return False


def _para_of(doc: Doc, start: int) -> int | None:
    k = doc.token_at(start)
    return doc.tokens[k].para if k is not None else None


def name_of_its_own(doc: Doc, start: int) -> bool:
    """The capital at ``start`` belongs to a quoted title, a law's short title or a unit's
    name (the readings above)."""
    i = _token_at(doc, start)
    if i is None:
        return titled_quote(doc, start)
    return (
        titled_quote(doc, start)
        or law_short_title(doc, i)
        or unit_field(doc, i)
        or (i >= 2 and doc.tokens[i - 1].text in _JOIN and unit_field(doc, i - 2))
        or bool(_LISTED_FIELD.search(doc.text, max(0, start - 60), start))
        or bool(_PATRONYM.search(doc.text, max(0, start - 7), start))  # "Muso bin Salim" (p92)
        or bool(_SPELLED_OUT.search(doc.text, max(0, start - 40), start))  # p147
        or within_spelled(doc.text, start)  # "Lahan Sawah yang Dilindungi (LSD)" (h221)
        or _glossed_short_form(doc.text, start)  # "layanan Setia (sedot tinja anda)" (p150)
        or _holder_after_position(doc.text, start)  # "Kepala Rutan …, Urip Dharma Yoga," (p152)
        or bool(_FUNDS.match(doc.text, start))  # "Dana Desa": the fund's name (3 of 68 marked)
        or _regency_name(doc.text, start)  # "Teluk Bintuni, dan Pegunungan Arfak" (p153)
        or in_acronym_expansion(doc.text, start)  # "singkatan dari Berat badan …, Hindari"
        or _person_after(doc, doc.tokens[i].end)  # "Arif, salah satu warga binaan" (h172)
    )


def _regency_name(text: str, start: int) -> bool:
    """The capitalised words at ``start`` are a regency's or a city's whole name."""
    from kabar_desktop.check.places import place_names

    m = re.match(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}", text[start : start + 40])
    words_ = m.group().split() if m else []
    return any(" ".join(words_[:n]) in place_names() for n in range(2, len(words_) + 1))


_FUNDS = re.compile(r"Dana (?:Desa|Kelurahan|Alokasi (?:Khusus|Umum)|Bagi Hasil)\b")


def _holder_after_position(text: str, start: int) -> bool:
    """The capitals at ``start`` are a name set off by commas after the position that opens
    the sentence: "Kepala Rutan Kelas II B Wonogiri, Urip Dharma Yoga, mengatakan"."""
    if text[start - 2 : start] != ", ":
        return False
    m = re.match(r"(?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+,", text[start : start + 60])
    opening = re.split(r"[.!?\n]\s*", text[max(0, start - 100) : start])[-1].split()
    return m is not None and bool(opening) and opening[0].lower() in POSITIONS


def _glossed_short_form(text: str, start: int) -> bool:
    """The word at ``start`` is a short form its bracket spells out after it."""
    m = re.match(r"([A-Z][a-z]+) \(([a-z][a-z ]{4,60})\)", text[start : start + 80])
    return m is not None and spells(m.group(1).lower(), m.group(2))


def _person_after(doc: Doc, end: int) -> bool:
    from kabar_desktop.check.rules.name_readings import PERSON_AFTER

    return PERSON_AFTER.match(doc.text, end) is not None


_PATRONYM = re.compile(r"\b(?:bin|binti) $")  # the father's name after 'bin' is a name's
# An acronym's own name spelled out after it: "GARDA PUSAKA merupakan Gerakan Desa …" (its
# "singkatan dari …" is in_acronym_expansion's).
_SPELLED_OUT = re.compile(r"\b[A-Z]{3,}(?: [A-Z]{3,})? (?:merupakan|adalah|yaitu|yakni) $")
# A unit's fields listed after its head ('Sub Bidang Penyuluhan Hukum, Bantuan Hukum, dan
# JDIH'): the later fields are its name's words too (heldout108).
_LISTED_FIELD = re.compile(r"\b(?:Sub ?[Bb]idang|Subbidang|Bidang|Seksi)(?: [A-Z]\w*)+, $")


def _token_at(doc: Doc, start: int) -> int | None:
    k = doc.token_at(start)
    return k if k is not None and doc.tokens[k].start == start else None


def law_short_title(doc: Doc, i: int) -> bool:
    """Token ``i`` is the capitalised field right after ``UU``/``undang-undang``: the law's
    short title (``undang-undang Pemasyarakatan``)."""
    toks = doc.tokens
    if i < 1 or not capitalised(toks[i]):
        return False
    prev = toks[i - 1]
    return prev.text.lower() in _LAW_HEADS and doc.adjacent(prev, toks[i])


def unit_field(doc: Doc, i: int) -> bool:
    """Token ``i`` opens ``Field dan Field`` right after a staff noun: a unit's name
    (``staf Keamanan dan Ketertiban``)."""
    toks = doc.tokens
    if i < 1 or i + 2 >= len(toks):
        return False
    prev, t, join, other = toks[i - 1], toks[i], toks[i + 1], toks[i + 2]
    return (
        prev.text.lower() in _STAFF
        and doc.adjacent(prev, t)
        and doc.adjacent(t, join)
        and doc.adjacent(join, other)
        and join.text in _JOIN
        and capitalised(t)
        and t.text[1:].islower()
        and capitalised(other)
        and other.text[1:].islower()
    )


def kind_opens_no_place(doc: Doc, k: int) -> bool:
    """Token ``k`` is a region's kind whose next word is a plain capitalised word that no
    place is called (``Kabupaten Informatif``): a name of an award or programme, no
    region's."""
    toks = doc.tokens
    if k + 1 >= len(toks):
        return False
    name = toks[k + 1]
    word = name.text
    if not (word[:1].isupper() and word[1:].islower()) or is_place_word(word):
        return False
    from kabar_desktop.check.spelling import speller

    sp = speller()
    lower = word.lower()
    return lower in sp.lists.stems or bool(sp.lists.flags(lower))


# The heads of a phrase naming a person by role: an apposition after it names the person.
_PEOPLE_HEADS = words(
    """petugas staf staff pegawai anggota personel personil pejabat kepala ketua koordinator
    komandan pembina pendamping penjaga perwakilan warga narapidana tahanan teknisi instruktur
    peserta pelatih kader relawan"""  # "sebagai teknisi bengkel, Jamal," (heldout138)
)
_ITEM_START = words("dan serta atau oleh dengan bersama didampingi satu seorang sebagai")


def apposition_name(doc: Doc, i: int) -> bool:
    """Token ``i`` is one capitalised word after a comma that closes a role phrase, and the
    sentence or the clause ends after it (``serta petugas blok wanita, Titis.``): the
    person's name in apposition, no list's item in capitals."""
    toks = doc.tokens
    t = toks[i]
    if i < 2 or doc.text[toks[i - 1].end : t.start] != ", ":
        return False
    if not (t.text[:1].isupper() and t.text[1:].islower()):
        return False
    after = doc.text[t.end : t.end + 2]
    if not (after[:1] in (".", ",", ";", "") or after == " ("):
        return False
    k = i - 1
    for _ in range(5):
        tok = toks[k]
        if tok.para != t.para or not tok.text.islower():
            return False
        if tok.text in _PEOPLE_HEADS:
            gap = doc.text[toks[k - 1].end : tok.start] if k else ""
            return k == 0 or gap in (", ", "") or toks[k - 1].text in _ITEM_START
        if k == 0 or doc.text[toks[k - 1].end : tok.start] != " ":
            return False
        k -= 1
    return False


MAX_GIVEN_NAME = 9  # a given name is short; a long word before an unknown one is a slip
_PERSONS: weakref.WeakKeyDictionary[Doc, frozenset[str]] = weakref.WeakKeyDictionary()


def person_words(doc: Doc) -> frozenset[str]:
    """The capitalised words the text writes right before a capitalised word no word list
    holds and no place is called (``Antri Astuti``) and also alone, as a short name
    (``Antri menambahkan``): a person's given name, however much it looks like a word. A word
    always followed by the same unknown word is a place's or a shop's name (``Mall
    Robinson``), which keeps no wrong spelling."""
    found = _PERSONS.get(doc)
    if found is not None:
        return found
    from kabar_desktop.check.spelling import speller

    sp = speller()
    toks = doc.tokens
    paired = set()
    for a, b in zip(toks, toks[1:], strict=False):
        if not (_title(a.text) and _title(b.text) and doc.adjacent(a, b)) or len(b.text) < 3:
            continue
        lower = b.text.lower()
        if sp.known(lower) or is_place_word(b.text) or lower in sp.lists.short_forms:
            continue
        if lower in sp.lists.wrong or len(a.text) > MAX_GIVEN_NAME:
            continue  # "Permasyarakatan Klas": two slips, no person's name
        if doc.text[b.end : b.end + 1] in ("’", "'"):
            continue  # "Sholat Jum’at": a word the apostrophe splits is no name (heldout49)
        if doc.paras[a.para].kind == "title":
            continue
        paired.add(a.text)
    alone = set()
    for k, t in enumerate(toks):
        if t.text not in paired:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is None or not doc.adjacent(t, nxt) or not nxt.text[:1].isupper():
            alone.add(t.text)  # "Antri menambahkan", "kata Antri."
    found = frozenset(paired & alone)
    _PERSONS[doc] = found
    return found


def _title(word: str) -> bool:
    return len(word) >= 2 and word[0].isupper() and word[1:].isalpha() and word[1:].islower()


# The provinces' short forms (kabar-id.txt, round 22): one capital, as the provinces write
# them; "SumSel", "JaTeng" are slips of the shift key (K34).
PROVINCE_SHORT_FORMS = words(
    """sumut sumbar sumsel kepri babel jabar jateng jatim kalbar kalteng kalsel kaltim kaltara
    sulut sulteng sulbar sulsel sultra malut"""
)


def province_short_form_case(word: str) -> str | None:
    """``word`` is a province's short form with a capital inside (``SumSel``): its form."""
    if len(word) not in (4, 5, 6, 7) or word.islower():
        return None
    lower = word.lower()
    if lower not in PROVINCE_SHORT_FORMS or word.isupper():
        return None
    return word.capitalize() if any(c.isupper() for c in word[1:]) else None


# Small words that stay lowercase inside a foreign name and take a capital only where they
# open it (``the UN Refugee Agency``, ``The International Organization for Migration``,
# ``Ludwig van Beethoven``): their case differs within one article without a slip (S1).
NAME_PARTICLES = words("the of for and a an in on at to by with de van von der den da del")


# Titles of address before a person's name (English and Indonesian): the capitalised word
# after one is a name, however near a word it stands (``Mr. Sardar`` is no ``Sandar``; ``HM.``
# is 'Haji Muhammad': ``HM. Aqso``, heldout64).
_HONORIFICS = words(
    "mr mrs ms miss sir madam bapak ibu pak bu sdr sdri saudara saudari tuan nyonya hm hj"
    " mbak mbk mas kak bang sy"  # forms of address before a given name (probe83, heldout105)
    " dr drg drh dra drs ir prof"  # a doctor's or a scholar's title ("drg. Gunadi", p148)
    " br boru"  # a Batak woman's clan name after 'br.' ("Hemawati BR. Pandia", heldout270)
) | words("cv pt ud")  # a firm's legal form before its name: "CV. Property" (heldout25)


def after_honorific(doc: Doc, i: int) -> bool:
    """Token ``i`` is capitalised right after a title of address (``Mr. Sardar Ali``) or
    a name's initial (``M. Kosim``, heldout23), or a firm's legal form (``CV. Property``): a
    person's or a firm's name, no office's short form."""
    toks = doc.tokens
    if i < 1 or not toks[i].text[:1].isupper():
        return False
    prev = toks[i - 1]
    gap = doc.text[prev.end : toks[i].start]
    if prev.para != toks[i].para or gap not in (" ", ". "):
        return False
    initial = len(prev.text) == 1 and prev.text.isupper() and gap == ". "
    return initial or prev.text.lower() in _HONORIFICS


# The sphere or the ranks of a body (``di lingkungan Pemerintah Provinsi …``, ``seluruh
# jajaran Kanwil …``): common nouns before the body's name, which alone keeps its capitals
# (EYD V: capitals for names, not for the nouns that point into them).
_SPHERES = words("lingkungan jajaran")
_SPHERE_BEFORE = words("di dari ke dalam seluruh segenap bagi untuk kepada pada antar se")
_BODY_HEADS = words(
    """pemerintah pemerintahan organisasi kementerian kantor kanwil lapas rutan bapas rudenim
    lpka kanim rupbasan dinas badan lembaga balai direktorat sekretariat inspektorat
    pengadilan kejaksaan kepolisian universitas sekolah madrasah kemenkumham kemenag
    kemenimipas ditjenpas ditjenim polri polda polres tni kodim korem satpol"""
)


def sphere_nouns(doc: Doc) -> Iterator[tuple[int, int, str]]:
    """(start, end, lowercase) of a capitalised ``Lingkungan``/``Jajaran`` after a
    lowercase preposition or quantifier and before a body's name (K3)."""
    from kabar_desktop.check.lexicon import INSTITUTIONS

    toks = doc.tokens
    for i in range(1, len(toks) - 1):
        t = toks[i]
        if t.text.lower() not in _SPHERES or not (t.text[:1].isupper() and t.text[1:].islower()):
            continue
        prev, nxt = toks[i - 1], toks[i + 1]
        if not (doc.adjacent(prev, t) and doc.adjacent(t, nxt)) or t.initial:
            continue
        if prev.text not in _SPHERE_BEFORE:
            continue  # "Dinas Lingkungan Hidup": a body's own word
        if i >= 2 and _title(toks[i - 2].text) and doc.adjacent(toks[i - 2], prev):
            continue  # "Rapat Koordinasi Penghulu di Lingkungan Kementerian …": a name's words
        low = nxt.text.lower()
        if not nxt.text[:1].isupper() or not (low in _BODY_HEADS or low in INSTITUTIONS):
            continue
        if doc.paras[t.para].kind == "title" or doc.is_italic(t.start, t.end):
            continue
        yield t.start, t.end, t.text.lower()
