"""K13, K14: common words that look like names because they are capitalised.

K13: 'saya', 'kami', 'kita' are pronouns, lowercase in mid-sentence, inside a quote too
("Vonis Saya belum turun"); only 'Anda' takes a capital (EYD V, I.B: kata ganti Anda).

K14: the procedures, documents and people a Lapas, Rutan, Bapas, Rudenim or Kantor Imigrasi
writes about every day are common nouns (KBBI), so EYD V (huruf kapital, I.B.9 and the note
to I.B.11: "huruf kapital tidak dipakai untuk … nama umum") writes them in lowercase unless they
stand in a name: "program Asimilasi", "Cuti Menjelang Bebas (CMB)", "mengurus Paspor di
Kantor Imigrasi". An abbreviation in brackets after the term does not make it a name. The
term must be the whole capitalised run: "ruang Pelayanan Tahanan" (a room's name) and "Seksi
Pelayanan Tahanan" (a unit) are left alone; "warga binaan Rutan Kudus" (of an institution)
is not a name either. K3 (common_nouns.py) reads the genre's ordinary nouns in general; a
span K3 already reports is not reported again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import (
    COUNTRIES,
    INSTITUTION_KINDS,
    INSTITUTIONS,
    POSITION_PARTS,
    POSITIONS,
    words,
)
from kabar_desktop.check.rules import ERROR, N_, Hit, rule
from kabar_desktop.check.rules.caps18_names import document_title
from kabar_desktop.check.rules.case_reading import (
    NAME_LINKS,
    capitalised,
    in_dateline,
    in_slogan,
    in_title,
    initial,
)
from kabar_desktop.check.rules.headline import headline, subheading
from kabar_desktop.check.rules.spelled_names import syllabic_name
from kabar_desktop.check.rules.words22_caps import law_short_title, titled_quote

# (term, kind, why it is a common noun). kind "position": a position, a name when a person or
# an office follows it (EYD V I.B.6); "thing": anything else. Sources: KBBI VI daring (the
# entry, a common noun) and the regulations that define the procedure (UU 22/2022 on
# Pemasyarakatan, UU 6/2011 on Keimigrasian), which write these terms in lowercase themselves.
TERMS: tuple[tuple[str, str, str], ...] = (
    # Pemasyarakatan: people
    ("warga binaan", "thing", "KBBI: binaan; UU 22/2022 writes 'warga binaan'"),
    ("warga binaan pemasyarakatan", "thing", "UU 22/2022 Pasal 1: a kind of person"),
    ("narapidana", "thing", "KBBI: narapidana n"),
    ("tahanan", "thing", "KBBI: tahanan n 'orang yang ditahan'"),
    ("anak binaan", "thing", "UU 22/2022 Pasal 1: a kind of person"),
    ("anak didik pemasyarakatan", "thing", "UU 12/1995: a kind of person"),
    ("klien pemasyarakatan", "thing", "UU 22/2022 Pasal 1: a kind of person"),
    ("deteni", "thing", "KBBI: deteni n 'orang asing penghuni rumah detensi'"),
    ("pembimbing kemasyarakatan", "position", "UU 22/2022: a functional position"),
    ("wali pemasyarakatan", "position", "Permenkumham 35/2018: a duty, not a name"),
    ("pejabat struktural", "position", "KBBI: pejabat n; a rank of posts, no one office"),
    ("pejabat fungsional", "position", "KBBI: pejabat n; a rank of posts, no one office"),
    # Pemasyarakatan: procedures and programmes
    ("pemasyarakatan", "thing", "KBBI: pemasyarakatan n 'proses, cara memasyarakatkan'"),
    ("asimilasi", "thing", "KBBI: asimilasi n; UU 22/2022 writes 'asimilasi'"),
    ("integrasi", "thing", "KBBI: integrasi n"),
    ("remisi", "thing", "KBBI: remisi n 'pengurangan masa hukuman'"),
    ("remisi umum", "thing", "Keppres 174/1999 Pasal 2: a kind of remisi, 'remisi umum'"),
    ("remisi khusus", "thing", "Keppres 174/1999 Pasal 2: a kind of remisi, 'remisi khusus'"),
    ("remisi dasawarsa", "thing", "Keppres 120/1955: a kind of remisi, not a name"),
    ("bebas bersyarat", "thing", "KBBI: bebas; the right UU 22/2022 calls 'pembebasan bersyarat'"),
    ("kelompok masyarakat", "thing", "KBBI: kelompok n, masyarakat n; 'Pokmas Lipas' is a name"),
    ("pembebasan bersyarat", "thing", "UU 22/2022 Pasal 10: a right, 'pembebasan bersyarat'"),
    ("cuti bersyarat", "thing", "UU 22/2022 Pasal 10: a right, 'cuti bersyarat'"),
    ("cuti menjelang bebas", "thing", "UU 22/2022 Pasal 10: a right, 'cuti menjelang bebas'"),
    ("cuti mengunjungi keluarga", "thing", "UU 22/2022 Pasal 10: 'cuti mengunjungi keluarga'"),
    ("penelitian kemasyarakatan", "thing", "UU 22/2022 Pasal 1: 'penelitian kemasyarakatan'"),
    ("litmas", "thing", "EYD V I.B: an acronym of a common noun is lowercase (like 'pemilu')"),
    ("litmas awal", "thing", "a kind of litmas, as above"),
    ("pembinaan kepribadian", "thing", "KBBI: pembinaan n; a kind of programme"),
    ("pembinaan kemandirian", "thing", "KBBI: pembinaan n; a kind of programme"),
    ("insan pemasyarakatan", "thing", "KBBI: insan n; the people of an office, no office"),
    ("pendidikan kesetaraan", "thing", "UU 20/2003 Pasal 26 writes 'pendidikan kesetaraan'"),
    ("ujian akhir semester", "thing", "KBBI: ujian n; a kind of test, no event's name"),
    ("sidang", "thing", "KBBI: sidang n 'pertemuan untuk membicarakan sesuatu'"),
    ("wajib lapor", "thing", "a duty of a client, not a name"),
    ("upacara", "thing", "KBBI: upacara n; 'Upacara Peringatan Hari …' names one, left alone"),
    ("upacara bendera", "thing", "KBBI: upacara bendera n"),
    ("ulang tahun", "thing", "KBBI: ulang tahun n; 'Hari Ulang Tahun …' is an event's name"),
    ("kunjungan kerja", "thing", "KBBI: kunjungan kerja n 'kunjungan dalam rangka tugas'"),
    ("kunjungan tatap muka", "thing", "KBBI: kunjungan, tatap muka"),
    ("kunjungan online", "thing", "KBBI: kunjungan; 'online' is not a name"),
    ("kunjungan daring", "thing", "KBBI: kunjungan, daring"),
    ("penitipan barang", "thing", "KBBI: penitipan n"),
    ("narkotika", "thing", "KBBI: narkotika n; UU 35/2009 writes 'narkotika'"),
    ("narkoba", "thing", "KBBI: narkoba n (an acronym of a common noun, lowercase)"),
    # Keimigrasian
    ("paspor", "thing", "KBBI: paspor n"),
    ("paspor elektronik", "thing", "KBBI: paspor n; UU 6/2011 writes 'paspor elektronik'"),
    ("visa", "thing", "KBBI: visa n"),
    ("izin tinggal", "thing", "UU 6/2011 Pasal 1: 'izin tinggal'"),
    ("izin tinggal terbatas", "thing", "UU 6/2011 Pasal 48: a kind of izin tinggal"),
    ("izin tinggal tetap", "thing", "UU 6/2011 Pasal 48: a kind of izin tinggal"),
    ("izin tinggal kunjungan", "thing", "UU 6/2011 Pasal 48: a kind of izin tinggal"),
    ("orang asing", "thing", "UU 6/2011 Pasal 1: 'orang asing'"),
    ("warga negara asing", "thing", "UU 6/2011: 'warga negara asing'"),
    ("warga negara", "thing", "UU 6/2011: 'warga negara Indonesia' (the country alone)"),
    ("pengawasan orang asing", "thing", "UU 6/2011 Bab VII: 'pengawasan keimigrasian'"),
    ("deportasi", "thing", "KBBI: deportasi n"),
    ("pendeportasian", "thing", "UU 6/2011 Pasal 75: 'pendeportasian'"),
    ("keimigrasian", "thing", "KBBI: keimigrasian n 'hal ihwal imigrasi'"),
    ("pemohon", "thing", "KBBI: pemohon n"),
    ("pemohon paspor", "thing", "KBBI: pemohon, paspor"),
    # Kekayaan intelektual (session seventeen: the sets mark it 7 of 7 after a lowercase word)
    ("kekayaan intelektual", "thing", "UU 28/2014 and UU 20/2016 write 'kekayaan intelektual'"),
    # Humas and offices in general
    ("aparat penegak hukum", "thing", "KBBI: aparat n, penegak hukum n: a kind of official"),
    ("pemerintah setempat", "thing", "KBBI: pemerintah n; 'setempat' names no one government"),
    ("pemerintah daerah", "thing", "UU 23/2014 Pasal 1 writes 'pemerintah daerah'"),
    ("pelayanan", "thing", "KBBI: pelayanan n"),
    ("pelayanan publik", "thing", "UU 25/2009: 'pelayanan publik'"),
    ("layanan", "thing", "KBBI: layanan n"),
    ("kegiatan", "thing", "KBBI: kegiatan n"),
    ("staf", "thing", "KBBI: staf n"),
    ("pegawai", "thing", "KBBI: pegawai n"),
    ("petugas", "thing", "KBBI: petugas n"),
    ("peserta", "thing", "KBBI: peserta n"),
    # Session 20: the community's and health's common nouns the sets mark capitalised after a
    # lowercase word (bakti sosial 8 of 8, kerja bakti 4 of 4, calon pengantin 3 of 4).
    ("bakti sosial", "thing", "KBBI: bakti sosial n"),
    ("bhakti sosial", "thing", "KBBI: bakti sosial n (W6 asks 'bakti')"),
    ("kerja bakti", "thing", "KBBI: kerja bakti n"),
    ("kepala keluarga", "thing", "KBBI: kepala keluarga n, a kind of person, no office"),
    ("hari besar", "thing", "KBBI: hari besar n; 'Hari Besar Islam' names none either"),
    ("protokol kesehatan", "thing", "KBBI: protokol n; the health rules, no name"),
    ("calon pengantin", "thing", "KBBI: calon n, pengantin n; 'catin' is its short form"),
    ("rumah sakit", "thing", "KBBI: rumah sakit n; 'Rumah Sakit Bhayangkara …' names one"),
    ("demam berdarah", "thing", "KBBI: demam berdarah n"),
    ("demam berdarah dengue", "thing", "KBBI: demam berdarah dengue n"),
)
# Round 24: a government named by its level alone ("Pemerintah Desa", "Pemerintah
# Kabupaten/Kota") is a kind of body, no name (EYD V I.B.12: a level word is capitalised as a
# part of a place's name, "Pemerintah Desa Oesao"); a name after it is read by _closes_name.
TERMS += tuple(
    (f"pemerintah {level}", "thing", "EYD V: a level word names a place only with its name")
    for level in ("desa", "kelurahan", "kecamatan", "kabupaten/kota")
)
_TERMS: dict[tuple[str, ...], str] = {tuple(t.split()): kind for t, kind, _ in TERMS}
_LONGEST = max(len(k) for k in _TERMS)


def k14_term(lower_words: tuple[str, ...]) -> bool:
    """Whether K14's list holds the term (K14 reads it, with its own reasons)."""
    return lower_words in _TERMS


# Words that may open a sentence before a term and are no name's head: "Kegiatan Litmas
# terdiri …", "Pelayanan Warga Binaan Pemasyarakatan khususnya …" (not "Balai Pemasyarakatan").
_HEADS = words(
    """kegiatan pelaksanaan penyelenggaraan pelayanan layanan program proses hasil data
    syarat pemberian pengusulan usulan pengajuan pendampingan pemeriksaan pengawasan
    penerbitan pembuatan permohonan vonis"""
)
# Words after which a phrase in title case is the title of a law, a talk or a theme.
_TOPIC_WORDS = words(
    """tentang mengenai menyoroti menjelaskan memaparkan membahas pentingnya materi tema
    bertema bertajuk berjudul topik"""
)
_ENGLISH = words("on of for and the in at to")  # "Visa on Arrival": an English name
# A word of an institution's name after a term: "warga binaan Rutan Kudus".
_OFFICE_WORDS = (
    INSTITUTION_KINDS
    | frozenset(INSTITUTIONS)
    | words("lembaga balai kantor lapas rutan bapas rudenim")
)
# An office named 'Rumah …' after the term: 'Warga Binaan Rumah Tahanan Negara (Rutan)'.
_OFFICE_HOUSE = re.compile(r"Rumah (?:Tahanan|Detensi|Penyimpanan)\b")
# Coordinating links across which a title-case name goes on: 'Kabid Pelayanan dan Pembinaan'.
_AND = words("dan serta atau")
# One-word terms that also end the names of units ('Seksi Penindakan Keimigrasian', 'Divisi
# Pemasyarakatan'): an institution after them does not make them a common noun.
_NAME_TAILS = words("pemasyarakatan keimigrasian pelayanan layanan kegiatan integrasi")
# Lowercase words of a unit's or a position's name before a term that ends it: "divisi
# Pemasyarakatan", "direktur jenderal Pemasyarakatan" (K1 and K16 ask for their capitals).
_UNIT_PARTS = (POSITION_PARTS | POSITIONS | words("jenderal")) - words("dan kegiatan pelayanan")
# A functional position's short form in brackets: it is introduced as the position's name.
_ACRONYM_AFTER = re.compile(r" ?\([A-Z]{2,6}\)")
_GLOSS_THEN_NAME = re.compile(r" ?\([A-Z][A-Za-z]{1,7}\) ([A-Z]\w*)")
_PRONOUNS = words("saya kami kita aku")
# A number after a kind of remisi (its short form in brackets between): the stage it names.
# Not a date's day ('Remisi Umum 17 Agustus': the remisi of that day, still a kind).
_NUMBERED = re.compile(
    r"(?: \([A-Z]{1,5}\))? (?:\d+\b(?! (?:Januari|Februari|Maret|April|Mei|Juni|Juli|"
    r"Agustus|September|Oktober|November|Desember)\b)|[IVX]+\b)"
)


def overlaps_k3(doc: Doc, start: int, end: int) -> bool:
    """Whether K3 reports a span overlapping ``start``–``end`` (its findings are read once
    per document, in common_nouns.py): one finding a word."""
    from kabar_desktop.check.rules.common_nouns import genre_nouns

    return any(h.start < end and start < h.end for h in genre_nouns(doc))


def _skipped(doc: Doc, t: Token) -> bool:
    """Where case follows other rules: the title (K5), the dateline, italics, a given name."""
    return (
        in_title(doc, t)
        or headline(doc, t.para)
        or in_dateline(doc, t)
        or doc.is_italic(t.start, t.end)
        or t.text in getattr(doc, "given_names", ())
        or subheading(doc.para_text(doc.paras[t.para]).rstrip())  # "Proses Deportasi" (probe53)
    )


# A list item's mark before its label: '- ', '• ', '1. ', 'a) '.
_ITEM_MARK = re.compile(r"(?:[-–•*·]|\d{1,2}[.)]|[a-z][.)])?\s*")
# The rest of a label up to its colon: more words in title case ('Wajib Lapor Diri:').
_LABEL_REST = re.compile(r"(?: [A-Z][\w/-]*){0,4}\s?:")


def item_label(doc: Doc, t: Token, end: int) -> bool:
    """The words from token ``t`` to ``end`` open a paragraph or a list item and a colon
    closes them: the item's label, a small heading written in title case like a title
    ('- Wajib Lapor: Klien harus …', round 18)."""
    if not _ITEM_MARK.fullmatch(doc.text[doc.paras[t.para].start : t.start]):
        return False
    return _LABEL_REST.match(doc.text, end) is not None


_OUTLET_PLACE = re.compile(r"[\w.-]+\.[a-z]{2,4}, [A-Z][\w ]{2,25}")


def _starts(doc: Doc, t: Token) -> bool:
    """A sentence may start at ``t``: after a stop the sentence reader took for an
    abbreviation's ('1445 H. Kegiatan …'), after an opening bracket around one word ('(Deteni)':
    a gloss), or after a dash ('Kupang - Petugas …': a dateline the reader did not take for one)."""
    before = doc.text[doc.paras[t.para].start : t.start].rstrip()
    if before.endswith("("):
        return doc.text[t.end : t.end + 1] == ")"  # '(Deteni)', not '(Penelitian Kemas…)'
    if before[-1:] == ":" and _OUTLET_PLACE.fullmatch(before, 0, len(before) - 1):
        return True  # "medcom.id, Denpasar: Petugas …": a dateline closed by a colon (heldout111)
    return initial(doc, t) or not before or before[-1] in ".!?[–—" or before.endswith(" -")


def _match(doc: Doc, i: int) -> int:
    """Index past the longest term starting at token ``i`` (``i`` when none does)."""
    toks = doc.tokens
    best = i
    key: tuple[str, ...] = ()
    for j in range(i, min(len(toks), i + _LONGEST)):
        if j > i and not doc.adjacent(toks[j - 1], toks[j]):
            break
        key += (toks[j].text.lower(),)
        if key in _TERMS:
            best = j + 1
    return best


def _after_name_link(doc: Doc, i: int) -> bool:
    """'… Rangka Peningkatan dan Pelayanan …': a name in title case across a link word."""
    toks = doc.tokens
    if i < 2 or toks[i - 1].text not in NAME_LINKS:
        return False
    before, link = toks[i - 2], toks[i - 1]
    return (
        doc.adjacent(before, link)
        and doc.adjacent(link, toks[i])
        and capitalised(before)
        and not before.text.isupper()  # "Polri, TNI dan Pemerintah setempat": a list
    )


def _opens_name(doc: Doc, i: int) -> bool:
    """What stands before token ``i`` makes it part of a name or a title."""
    toks = doc.tokens
    t = toks[i]
    prev = toks[i - 1] if i and doc.adjacent(toks[i - 1], t) else None
    if prev is not None and capitalised(prev):
        return not (initial(doc, prev) and prev.text.lower() in _HEADS)
    if prev is not None and prev.text.lower() in _TOPIC_WORDS:
        return True
    if prev is not None and prev.text in _UNIT_PARTS:
        return True  # "Direktur jenderal Pemasyarakatan": a unit's name, half in lowercase
    before = doc.text[doc.paras[t.para].start : t.start].rstrip()
    if before.endswith(("“", '"')) and before[:-1].rstrip().lower().endswith(tuple(_TOPIC_WORDS)):
        return True  # bertema "Paspor …": a theme's title
    gloss = re.search(r"(\w+)\s*\([^()]{1,12}\)$", before)
    if gloss and gloss.group(1)[0].isupper():
        return True  # "Kepala Bidang (Kabid) Pelayanan": the name goes on after a gloss
    return _after_name_link(doc, i)


# Round 24: words that open a predicate: a term after a topic word and before one of these
# is the subject of a reported clause ("menjelaskan Keimigrasian adalah hal ihwal …"), no
# talk's title ("menjelaskan Tata Cara Permohonan Paspor").
_PREDICATE_OPENERS = words("adalah merupakan ialah yaitu yakni bukan menjadi")


def _topic_clause(doc: Doc, i: int, j: int) -> bool:
    """The term ``i``..``j`` stands after a topic word and a predicate follows it."""
    toks = doc.tokens
    if not i or j >= len(toks) or toks[i - 1].text.lower() not in _TOPIC_WORDS:
        return False
    return doc.adjacent(toks[j - 1], toks[j]) and toks[j].text in _PREDICATE_OPENERS


def _province_short(word: str) -> bool:
    from kabar_desktop.check.rules.appositions import PROVINCE_SHORT_FORMS

    return word.lower() in PROVINCE_SHORT_FORMS


def _closes_name(doc: Doc, i: int, j: int, kind: str) -> bool:
    """What follows the term (tokens ``i`` to ``j``) makes it part of a name."""
    toks = doc.tokens
    if j >= len(toks) or toks[j].para != toks[j - 1].para:
        return False
    nxt, gap = toks[j], doc.text[toks[j - 1].end : toks[j].start]
    if toks[i].text.lower() == "remisi" and _NUMBERED.match(doc.text, toks[j - 1].end):
        return True  # "Remisi Khusus II", "Remisi Khusus (RK) 1": one of a numbered series
    if gap.strip(" ") == "":
        if nxt.text in _ENGLISH:
            return True
        if nxt.text in _AND and j + 1 < len(toks) and doc.adjacent(nxt, toks[j + 1]):
            return capitalised(toks[j + 1])  # "Pelayanan dan Pembinaan": one name
        if not capitalised(nxt):
            return False
        if toks[i].text.lower() == "pemerintah" and _province_short(nxt.text):
            return True  # "Pemerintah Daerah NTT": the province's own government (probe40)
        if nxt.text.lower() in COUNTRIES and toks[j - 1].text.lower() == "negara":
            return False  # "Warga Negara Myanmar": a nationality, the country its only name
        tail = j - i == 1 and toks[i].text.lower() in _NAME_TAILS
        if _OFFICE_HOUSE.match(doc.text, nxt.start):
            return kind == "position" or tail  # "Warga Binaan Rumah Tahanan Negara" (s44, 6/6)
        return kind == "position" or tail or nxt.text.lower() not in _OFFICE_WORDS
    gloss = _GLOSS_THEN_NAME.match(doc.text, toks[j - 1].end)
    if gloss and gloss.group(1).lower() not in _OFFICE_WORDS:
        return True  # "Lembaga Pemasyarakatan (Lapas) Kelas IIA Jember": the name goes on
        # (not "Warga Binaan (WB) Lembaga …": another office's name starts there)
    if kind == "position" and _ACRONYM_AFTER.match(doc.text, toks[j - 1].end):
        return True  # "Pembimbing Kemasyarakatan (PK)": a functional position introduced
    return kind == "position" and gap.strip() == "," and capitalised(nxt)  # ", Ester": named


# The last of a ministry's fields listed in its name: "Kementerian Koordinator Bidang Hukum,
# Hak Asasi Manusia, Imigrasi, dan Pemasyarakatan" (probe43).
_MINISTRY_LIST = re.compile(
    r"\b(?:Kementerian|Menteri|Kemenko|Menko)(?: (?:[A-Z][\w-]*|dan|&),?)*,? (?:dan|serta|&) $"
)
_INITIALISM_THEN_BRACKET = re.compile(r"\b[A-Z]{3,}\s\($")


def _spells_out_initialism(text: str, start: int) -> bool:
    """The term opens the expansion in brackets of an initialism before it ("PIMPASA
    (Petugas Imigrasi Pembina Desa)"): the name spelled out keeps its capitals (probe30)."""
    return _INITIALISM_THEN_BRACKET.search(text, max(0, start - 16), start) is not None


def _term_hit(doc: Doc, i: int, j: int) -> Hit:
    toks = doc.tokens
    start, end = toks[i].start, toks[j - 1].end
    text = doc.text[start:end]
    fixed = text.lower()
    if _starts(doc, toks[i]):
        fixed = text[0] + fixed[1:]
    return Hit(
        start,
        end,
        _K14_MESSAGE,
        fixed,
        {"word": text.lower()},
    )


# A body's head word, then its fields in capitals joined by commas and 'dan', then its short
# form in brackets: "Kementerian Koordinator Bidang Hukum, Hak Asasi Manusia, Imigrasi, dan
# Pemasyarakatan (Kemenko Kumham Imipas)". Every field is a word of the name.
_BODY_HEAD = (
    r"(?:Kementerian|Kemenko|Badan|Direktorat|Komisi|Lembaga|Dinas|Biro|Dewan|Majelis|Pusat"
    r"|Deputi|Asisten|Staf Ahli|Komite|Satuan Tugas|Satgas|Kantor)"
)
_LISTED_NAME_BEFORE = re.compile(
    _BODY_HEAD + r"(?:[ ,]+(?:[A-Z][\w-]*|dan|serta|&))*[ ,]+(?:dan|serta|&) $"
)
_SHORT_AFTER = re.compile(r" ?\([A-Z][\w .-]{1,40}\)")


def in_listed_name(doc: Doc, para: int, start: int, end: int) -> bool:
    """Is ``start``–``end`` (in paragraph ``para``) the last field of a body's name that lists
    its fields and closes with its short form in brackets (``_LISTED_NAME_BEFORE``)?"""
    if not _SHORT_AFTER.match(doc.text, end):
        return False
    before = doc.text[max(doc.paras[para].start, start - 300) : start]
    return any(
        _LISTED_NAME_BEFORE.fullmatch(before[m.start() :]) for m in _HEAD_RE.finditer(before)
    )


_HEAD_RE = re.compile(_BODY_HEAD)


_K14_MESSAGE = N_("'{word}' is a common noun, not a name: lowercase in running text.")
# The kind of a case after 'kasus' names a crime, a common noun (the sets mark it 11 of 11).
_CRIMES = (
    "Narkotika|Narkoba|Terorisme|Korupsi|Asusila|Pencurian|Penipuan|Pembunuhan|Penganiayaan"
    "|Pencabulan|Perampokan"
)
_CASE_KIND = re.compile(rf"\bkasus ({_CRIMES})\b(?: (?:dan|atau|serta) ({_CRIMES})\b)?")


@rule("K14", ERROR, N_("The office's common nouns (procedures, documents, people) are lowercase"))
def domain_terms(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    i, done = 0, set()
    while i < len(toks):
        j = _match(doc, i)
        if j == i:
            i += 1
            continue
        run = toks[i:j]
        wrong = [
            t for k, t in enumerate(run) if capitalised(t) and not (k == 0 and _starts(doc, t))
        ]
        if wrong and not any(t.text.isupper() for t in run):
            kind = _TERMS[tuple(t.text.lower() for t in run)]
            if not (
                _skipped(doc, run[0])
                or item_label(doc, run[0], run[-1].end)
                or (_opens_name(doc, i) and not _topic_clause(doc, i, j))
                or _closes_name(doc, i, j, kind)
                or in_listed_name(doc, run[0].para, run[0].start, run[-1].end)
                or overlaps_k3(doc, run[0].start, run[-1].end)
                or titled_quote(doc, run[0].start)
                or law_short_title(doc, i)
                or document_title(doc, i)  # "… tentang … Remisi, Asimilasi, Cuti …" (probe 5)
                or _spells_out_initialism(doc.text, run[0].start)
                or syllabic_name(doc, i)  # "Petugas Imigrasi Pembina Desa (Pimpasa)"
                or (i > 0 and toks[i - 1].text.lower() in ("satker", "upt"))  # heldout31
                or _MINISTRY_LIST.search(doc.text, max(0, run[0].start - 120), run[0].start)
            ):
                yield _term_hit(doc, i, j)
                done.add(toks[i].start)
        i = j
    for m in _CASE_KIND.finditer(doc.text):  # "kasus Narkotika dan Terorisme", "kasus Asusila."
        for g in (1, 2):
            if m.group(g) is None or m.start(g) in done:
                continue
            k = doc.token_at(m.start(g))
            if k is not None and not in_title(doc, toks[k]):
                fixed = m.group(g).lower()
                yield Hit(m.start(g), m.end(g), _K14_MESSAGE, fixed, {"word": fixed})


@rule("K13", ERROR, N_("'saya', 'kami', 'kita' are lowercase in mid-sentence"))
def pronouns(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for i, t in enumerate(toks):
        lower = t.text.lower()
        if lower not in _PRONOUNS or not capitalised(t) or t.text.isupper():
            continue
        if initial(doc, t) or _skipped(doc, t) or i == 0 or toks[i - 1].para != t.para:
            continue
        if in_slogan(doc, t):
            continue  # '"Semangat, Melawan, Kami"': a motto
        before = doc.text[doc.paras[t.para].start : t.start].rstrip()
        if not before or before[-1] in "(:\"“'‘[-–—":
            continue  # after a mark that may open a sentence or a title
        if before[-1] in "”’" and before[:-1].rstrip()[-1:] in (".", "!", "?"):
            continue  # "… penting. ” Kami …": a quote mark after a sentence's end opens the next
        prev = toks[i - 1]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if doc.adjacent(prev, t) and capitalised(prev) and not initial(doc, prev):
            continue  # "Rumah Kita": a name
        if nxt is not None and doc.adjacent(t, nxt) and capitalised(nxt):
            continue  # "Kita Bisa": a name or a slogan
        if overlaps_k3(doc, t.start, t.end):
            continue
        yield Hit(
            t.start,
            t.end,
            N_("A pronoun is lowercase in mid-sentence: '{word}' (only 'Anda' is capitalised)."),
            lower,
            {"word": lower},
        )
