"""Names of laws, regulations and decrees, and of places and kinds, in the right case
(issue 13, round 8).

K31: a regulation cited by its kind, number and year is a name (EYD V, huruf kapital: every
word of a document's name is capitalised but its function words): 'perpres nomor 125 tahun
2016' → 'Perpres Nomor 125 Tahun 2016', 'keputusan Dirjen … No. 5 tahun 2022, tentang' →
'Keputusan Dirjen … No. 5 Tahun 2022 tentang' (no comma before the title's 'tentang').

K32: a place's kind before its own name is part of the name (EYD V, nama geografi and
buildings): 'di lapangan Gasibu' → 'Lapangan Gasibu', 'taman Sumekar' → 'Taman Sumekar';
but 'aula Lapas', 'gedung KUA' (the building of an office), 'lapangan tenis'. So is 'bapak'
or 'ibu' referring to the person titled or named after it: 'pesan bapak Presiden' → 'Bapak'.

K33: a word that names no one, capitalised mid-sentence: a phrase before 'lainnya'
names a kind, not one (no name has 'others': 'serta Aparat Keamanan lainnya' → 'aparat
keamanan lainnya'); 'hari' before a weekday and 'bulan' before a month are common nouns
(EYD V writes 'hari Senin', 'bulan Agustus'; but 'Hari Bhayangkara' is a name); and a
word that brings in examples after a comma opens no name (', Seperti Revitalisasi KUA').
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import (
    COUNTRIES,
    FUNCTION_WORDS,
    INSTITUTION_KINDS,
    INSTITUTIONS,
    MONTHS,
    POSITION_PARTS,
    POSITIONS,
    WEEKDAYS,
    words,
)
from kabar_desktop.check.loan_letters import common_respelling
from kabar_desktop.check.places import is_place_word
from kabar_desktop.check.rules import ERROR, N_, Hit, rule
from kabar_desktop.check.rules.caps18_documents import named_documents
from kabar_desktop.check.rules.case_reading import cap, in_title
from kabar_desktop.check.rules.clause_capitals import lowercase_title
from kabar_desktop.check.rules.lowercase_names import _DOCUMENT
from kabar_desktop.check.rules.names import _HEADS as K10_HEADS
from kabar_desktop.check.rules.place_names import one_word_places
from kabar_desktop.check.rules.words21_caps import article_numbers
from kabar_desktop.check.wordlists import dictionary_base, word_lists

# --- K31 -------------------------------------------------------------------------------
# A regulation's kind, in full or short ('UU', 'Perpres', 'Permenkumham'), in any case.
_KINDS = (
    r"undang-undang|uu|perppu|pp|perpres|keppres|kepres|inpres|permen[a-z]*|kepmen[a-z]*|"
    r"perda|pergub|perbup|perwal|perwali|sk|surat edaran|surat keputusan|peraturan|"
    r"keputusan|instruksi|pma|kma"
)
# Kind, up to nine words of the issuer, 'Nomor'/'No.', the number, then maybe the year
# and the title's 'tentang'. The issuer's words hold no digit and no clause word; the
# kind's short form may stand in brackets among them ('Peraturan Menteri Agama (PMA) No. 22').
_REGULATION = re.compile(
    rf"(?<![\w-])(?P<kind>{_KINDS})"
    r"(?P<issuer>(?: (?:[A-Za-z][\w.&/-]*|\([A-Z][A-Za-z]{1,9}\))){0,9}?)"
    r" (?P<nomor>nomor|no\.?)(?::)?(?: |(?<=\.))(?P<number>[\w./-]*\d[\w./-]*)"
    r"(?:(?P<comma1>,)? (?P<tahun>tahun) (?P<year>\d{4})"
    r"(?:(?P<comma2>,)? (?P<tentang>tentang)\b)?)?",
    re.IGNORECASE,
)
# Short kinds written all in capitals; the rest take one capital.
_UPPER_KINDS = words("uu pp sk")
# Words that end the issuer: a clause, not a name ('peraturan yang berlaku nomor …').
_NOT_ISSUER = (FUNCTION_WORDS - words("dan")) | words(
    "ini itu tersebut baru lama lain adalah ialah merupakan sesuai berdasarkan juga sudah telah"
    " perundang-undangan perundangan-undangan perundangan"  # the laws in general (probe57)
)


def _fixed_word(word: str) -> str:
    """The word as a regulation's name writes it."""
    lower = word.lower()
    if word.startswith("("):
        return word  # the kind's short form in brackets: as the writer gave it
    if lower in _UPPER_KINDS:
        return word.upper()
    if lower in FUNCTION_WORDS:
        return lower
    if lower.rstrip(".") == "no":
        return "No" + word[2:]
    short = word_lists().short_forms.get(lower)
    if short is not None and short.isupper() and word.islower():
        return short  # "menteri hukum dan ham" → "HAM"
    if "-" in word:  # "undang-undang" → "Undang-Undang"
        return "-".join(cap(p) for p in word.split("-"))
    return cap(word)


def _parts(m: re.Match[str]) -> list[tuple[str, str, int]]:
    """(role, word, offset) of each word of the cited name, from its kind to its year."""
    out = [("kind", m.group("kind"), m.start("kind"))]
    for w in re.finditer(r"\S+", m.group("issuer")):
        out.append(("issuer", w.group(), m.start("issuer") + w.start()))
    out += [("nomor", m.group("nomor"), m.start("nomor"))]
    out += [("number", m.group("number"), m.start("number"))]
    if m.group("tahun"):
        out += [("tahun", m.group("tahun"), m.start("tahun"))]
        out += [("year", m.group("year"), m.start("year"))]
    return out


def _bridge(part: tuple[str, str, int]) -> bool:
    """A run of wrong words goes on over the number, the year and the issuer's 'dan'."""
    return part[0] in ("number", "year") or part[1] == "dan"


def _regulation_hits(m: re.Match[str]) -> Iterator[Hit]:
    """Each run of wrong words of the cited name, written right. A run goes on over the
    number, the year and 'dan', never over a right word: the speller still reads those."""
    parts = _parts(m)
    if any(role == "issuer" and w.lower() in _NOT_ISSUER for role, w, _ in parts):
        return
    wrong = {
        k
        for k, (role, w, _) in enumerate(parts)
        if role not in ("number", "year")
        and w.lower() != "dan"
        and _fixed_word(w) != w
        and not (role == "issuer" and (w in K10_HEADS or w in COUNTRIES))  # K10's
    }
    comma2 = m.group("comma2") is not None
    if comma2:
        wrong |= {len(parts) - 2}  # "Tahun 2022, tentang": the comma goes
    runs: list[list[int]] = []
    for k in range(len(parts)):
        if k in wrong:
            if runs and all(_bridge(parts[j]) for j in range(runs[-1][-1] + 1, k)):
                runs[-1].append(k)
            else:
                runs.append([k])
    for n, run in enumerate(runs):
        first, last = run[0], run[-1]
        if comma2 and n == len(runs) - 1:
            last = len(parts) - 1
        fixed = []
        for role, w, _ in parts[first : last + 1]:
            keep = role in ("number", "year") or w.lower() == "dan"
            fixed.append(w if keep else _fixed_word(w))
        fix = " ".join(fixed)
        start = parts[first][2]
        end = parts[last][2] + len(parts[last][1])
        if comma2 and n == len(runs) - 1:
            fix += " " + m.group("tentang").lower()
            end = m.end("tentang")
        yield Hit(
            start,
            end,
            N_("A regulation's name capitalises each word except function words: '{word}'."),
            fix,
            {"word": fix},
        )


def _k10_reads(m: re.Match[str]) -> bool:
    """K10 already reports a lowercase kind, 'nomor' or 'tahun' of this document."""
    return any(
        m.group(part) and any(w[:1].islower() for w in m.group(part).split())
        for part in ("kind", "nomor", "tahun")
    )


def _in_title(doc: Doc, pos: int) -> bool:
    return any(p.kind == "title" and p.start <= pos < p.end for p in doc.paras)


@rule("K31", ERROR, N_("A regulation's name capitalises each word except function words"))
def regulation_names(doc: Doc) -> Iterator[Hit]:
    yield from named_documents(doc)  # "surat edaran Dirjen … Tahun 2022" (round 18)
    yield from article_numbers(doc)  # "pasal 113 UU …" → "Pasal" (round 21)
    text = doc.text
    for m in _BARE_NUMBER_YEAR.finditer(text):  # "Perpres 125 tahun 2016" (heldout35)
        yield _year_word(m)
    low = text.lower()
    if "nomor" not in low and "no." not in low and " no " not in low:
        return  # no document cited by its number: the pattern need not run
    k10 = [(m.start(), m.end()) for m in _DOCUMENT.finditer(text) if _k10_reads(m)]
    said: list[tuple[int, int]] = []
    for m in _REGULATION.finditer(text):
        if _in_title(doc, m.start()):
            continue  # K5 reads a title's words
        if any(s < m.end() and m.start() < e for s, e in k10):
            continue  # K10 reads 'peraturan bupati nomor 44 tahun 2021'
        said.append((m.start(), m.end()))
        yield from _regulation_hits(m)
        if m.group("tentang"):
            yield from _title_slips(doc, m.end("tentang"))
            yield from lowercase_title(doc, m.end("tentang"))
    for m in _NUMBER_YEAR.finditer(text):  # "(Permendikbud) Nomor 14 tahun 2018" (session 32)
        if not any(s <= m.start(1) < e for s, e in said + k10) and not _in_title(doc, m.start()):
            yield _year_word(m)


def _year_word(m: re.Match[str]) -> Hit:
    """'tahun' (group 1) of a document cited by its number: 'Tahun'."""
    msg = N_("A regulation's name capitalises each word except function words: '{word}'.")
    return Hit(m.start(1), m.end(1), msg, "Tahun", {"word": "Tahun"})


# A regulation's short kind, its number with no 'Nomor', and its year: "Perpres 125 tahun 2016".
_BARE_NUMBER_YEAR = re.compile(
    r"\b(?:Perpres|Perppu|Keppres|Kepres|Inpres|PP|UU|Perda|Pergub|Perbup|Perwal|Permen[a-z]*"
    r"|Undang-[Uu]ndang|Perdirjen|Kepdirjen) \d{1,4} (tahun) (?:19|20)\d\d\b"
)
# Any document cited by its number and year: the sets capitalise 'Tahun' 113 times of 116.
# (The number is read up to 40 characters: a hostile run of "No.1No.1…" stays linear.)
_NUMBER_YEAR = re.compile(
    r"\b(?:[Nn]omor|N[Oo]\.?)\s*:?\s*(?:[A-Z]{1,4} )?"
    r"(?=[\w./-]{0,39}\d)[\w./-]{1,40} (tahun) (?:19|20)\d\d\b"
)


# Words a regulation's title keeps in lowercase: function words and 'atas', a preposition
# the titles as enacted write so ('Jenis dan Tarif atas Jenis …', PP 45/2024).
_TITLE_LOWER = FUNCTION_WORDS | {"atas"}
# Connectors that open the main clause after a cited title: the title has ended.
_TITLE_ENDS = frozenset(("maka", "sehingga", "namun", "sedangkan", "kemudian", "lalu"))
# A regulation's title after 'tentang', up to the first mark that ends it.
_TITLE_WORDS = re.compile(r" ([^\s.,;:!?\"“”()]+(?: [^\s.,;:!?\"“”()]+)*)")


def _title_slips(doc: Doc, pos: int) -> Iterator[Hit]:
    """A word left in lowercase between two capitalised words of the title: 'tentang
    Pedoman Penyuluh agama Islam' → 'Agama' (the title is a name: every word but the
    function words is capitalised)."""
    m = _TITLE_WORDS.match(doc.text, pos)
    if m is None:
        return
    found = list(re.finditer(r"\S+", m.group(1)))
    for k in range(2, len(found) - 1):
        word, after = found[k].group(), found[k + 1].group()
        if word in _TITLE_ENDS:
            return  # "… tentang Gerakan Sadar Pencatatan Nikah maka Kepala KUA …" (p141)
        if not word.isalpha() or not word.islower() or word in _TITLE_LOWER:
            continue  # "Jenis dan Tarif atas Jenis PNBP": a preposition (probe71)
        before = [w.group() for w in found[:k] if w.group() not in FUNCTION_WORDS]
        if len(before) < 2 or not all(w[:1].isupper() for w in before):
            continue  # "tentang Pemasyarakatan istilah Bispa …": the title had ended
        if not after[:1].isupper() or after.isupper():
            continue
        start = m.start(1) + found[k].start()
        yield Hit(
            start,
            start + len(word),
            N_("A regulation's name capitalises each word except function words: '{word}'."),
            cap(word),
            {"word": cap(word)},
        )


# --- K32 -------------------------------------------------------------------------------
# Kinds of building, ground and geography that head a place's own name; K10 reads those it
# lists itself ('jalan', 'pulau', 'masjid', 'hotel', 'aula' …), K32 the rest.
_ALL_PLACE_HEADS = words(
    """lapangan gedung aula masjid musala musholla mushola gereja pura vihara wihara
    klenteng kelenteng taman pasar stadion museum monumen tugu bandara pelabuhan terminal
    stasiun jembatan hotel pendopo pendapa wisma graha jalan gang pantai pulau gunung
    danau sungai bukit teluk selat tanjung lembah goa gua waduk bendungan kampung dusun"""
)
_PLACE_HEADS = _ALL_PLACE_HEADS - K10_HEADS
# Words after a head that name the office or the thing the place belongs to, not the
# place: 'aula Lapas', 'gedung Kantor …', 'halaman Masjid' read as 'of the …'.
_NOT_A_PLACE_NAME = (
    POSITIONS
    | POSITION_PARTS
    | INSTITUTION_KINDS
    | _ALL_PLACE_HEADS
    | words(
        """kantor kementerian kanwil pemerintah pemkab pemkot pemprov balai badan rumah ruang
    desa kelurahan kecamatan kabupaten kota provinsi negara utama baru lama"""
    )
)
_CALENDAR = frozenset(w.lower() for w in (*WEEKDAYS, *MONTHS))


def _proper_name(word: str) -> bool:
    """A word that can only be a name's: capitalised, not an acronym, no common word."""
    lower = word.lower()
    if not word[:1].isupper() or word.isupper() or not word.replace("-", "").isalpha():
        return False
    if lower in _NOT_A_PLACE_NAME or lower in INSTITUTIONS or lower in _CALENDAR:
        return False
    parts = lower.split("-")
    if parts[0] == "se" or any(p in _NOT_A_PLACE_NAME for p in parts):
        return False  # "kampung Se-Kecamatan": a kind of region, not a name
    if lower in one_word_places():
        return False  # "pasar Kupang": the market of the town, or one named so
    lists = word_lists()
    if lower.startswith("dis") and lower[3:4] in "dkp" and lower not in lists.stems:
        return False  # "gedung Disperpusda": a Dinas by its short form, an office (probe95)
    common = common_respelling(lower)
    if common and (common in lists.stems or common in lists.curated):
        return False  # "lapangan Voly": the common word 'voli' misspelt, no name
    return lower not in lists.stems and lower not in lists.curated


# Kinship words that refer to a person named or titled after them (EYD V, huruf kapital:
# 'bapak', 'ibu' used to address or refer to someone): 'pesan bapak Presiden' → 'Bapak'.
_ADDRESS = {"bapak": "Bapak", "ibu": "Ibu"}


def _refers(doc: Doc, i: int) -> bool:
    """'bapak'/'ibu' at token ``i`` refers to the person whose title or name follows."""
    toks = doc.tokens
    t, nxt = toks[i], toks[i + 1]
    word = nxt.text
    if not doc.adjacent(t, nxt) or not word[:1].isupper() or word.isupper() or nxt.initial:
        return False
    lower = word.lower()
    if lower in ("kota", "negara", "pertiwi") or not word.replace("-", "").isalpha():
        return False  # "ibu Kota …", "Ibu Pertiwi": a compound of its own
    if lower in POSITIONS or lower in INSTITUTIONS or lower in _proper():
        return True
    lists = word_lists()
    return lower not in lists.stems and lower not in lists.curated


@rule("K32", ERROR, N_("A place's kind or a form of address before a name is part of it"))
def place_heads(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for i in range(len(toks) - 1):
        t, nxt = toks[i], toks[i + 1]
        # "bagi para ibu Fatayat": women of a group, no one addressed (heldout181)
        plural = i and toks[i - 1].text.lower() in ("para", "kaum", "seluruh", "semua")
        addressed = t.text in _ADDRESS and not plural and _refers(doc, i)
        if addressed and doc.paras[t.para].kind != "title":
            yield Hit(
                t.start,
                t.end,
                N_("'{word}' addresses someone: it starts with a capital letter."),
                _ADDRESS[t.text],
                {"word": _ADDRESS[t.text]},
            )
            continue
        if t.text not in _PLACE_HEADS or not doc.adjacent(t, nxt) or not _proper_name(nxt.text):
            continue
        if doc.paras[t.para].kind == "title" or doc.is_italic(nxt.start, nxt.end):
            continue
        fixed = cap(t.text)
        yield Hit(
            t.start,
            nxt.end,
            N_("A place's kind is part of its name: '{word}'."),
            f"{fixed} {nxt.text}",
            {"word": f"{fixed} {nxt.text}"},
        )
    yield from _letter_levels(doc)


# 'paket A': the programmes of equivalence schooling (pendidikan kesetaraan: Paket A, B, C)
# are named by a letter, each one level, so the noun is part of the level's name.
_LETTER_LEVEL = re.compile(r"\b(paket|kejar paket) (?=[ABC](?![\w-]))")


def _letter_levels(doc: Doc) -> Iterator[Hit]:
    """K32's kind before a name, for a level named by a letter: 'paket A' → 'Paket A'."""
    for m in _LETTER_LEVEL.finditer(doc.text):
        i = doc.token_at(m.start())
        if i is None or in_title(doc, doc.tokens[i]):
            continue
        fixed = m.group(1).title()
        yield Hit(
            m.start(),
            m.start() + len(m.group(1)),
            N_("The name of a level of schooling starts with a capital letter."),
            fixed,
        )


# --- K33 -------------------------------------------------------------------------------
_OTHERS = words("lainnya")
# "Hari Senin", "Bulan Agustus": the common noun before a day's or a month's name.
_DATE_WORDS = re.compile(
    r"(?<=[a-z,] )(?P<word>Hari|Bulan) (?:(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)"
    r"|(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|"
    r"Desember|Ramadan|Ramadhan|Syawal)\b)"
)

# A span of time pointed at by a demonstrative or a relative word names no day, week or
# year of the calendar (EYD V writes 'hari ini', 'tahun lalu'; KBBI: hari n): 'kegiatan
# Hari ini' → 'hari'. Not 'Hari Ini' in title case, nor a sentence's first word, nor the
# weekday of 'hari Minggu ini'.
_DEICTIC_TIME = re.compile(
    r"(?<=[a-z,] )(?<![Hh]ari )(?<![Ii]badah )(?<![Mm]isa )(?<![Kk]ebaktian )"  # Sunday's
    r"(?P<word>Hari|Minggu|Pekan|Bulan|Tahun|Pagi|Siang|Sore|Malam) "  # service (probe116)
    r"(?=(?:ini|itu|tersebut|lalu|depan|berikutnya|sebelumnya|kemarin)\b)"
)

# Words that bring in examples or a list after a comma; no name opens with one, so a
# capital there is a slip even before a name: ", Seperti Revitalisasi KUA" → 'seperti'.
_LIST_OPENERS = re.compile(
    r"(?<=, )(?P<word>Seperti|Yaitu|Yakni|Termasuk|Misalnya|Contohnya) (?=[A-Z])"
)


@rule("K33", ERROR, N_("A word that names no one is lowercase mid-sentence"))
def nameless_nouns(doc: Doc) -> Iterator[Hit]:
    readings = (
        (_LIST_OPENERS, N_("'{word}' is a function word: lowercase in mid-sentence.")),
        (_DATE_WORDS, N_("'{word}' names no one here: it is written in lowercase.")),
        (_DEICTIC_TIME, N_("'{word}' names no one here: it is written in lowercase.")),
    )
    for pattern, message in readings:
        for m in pattern.finditer(doc.text):
            if _in_title(doc, m.start()):
                continue
            word = m.group("word").lower()
            yield Hit(m.start(), m.end("word"), message, word, {"word": word})
    yield from _kinds_before_others(doc)


def _kinds_before_others(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for i, t in enumerate(toks):
        if t.text not in _OTHERS or i < 2:
            continue
        j = i
        while (
            j > 0
            and doc.adjacent(toks[j - 1], toks[j])
            and toks[j - 1].text[:1].isupper()
            and toks[j - 1].text.isalpha()
            and not toks[j - 1].text.isupper()
        ):
            j -= 1
        if j == i or j == 0:
            continue
        run = toks[j:i]
        prev = toks[j - 1]
        if any(r.initial for r in run) or not doc.adjacent(prev, run[0]):
            continue  # a sentence's first word: its capital says nothing
        if not (prev.text.islower() and prev.text.isalpha()):
            continue  # after a name's word or a mark: maybe part of a name
        lowers = [r.text.lower() for r in run]
        if any(w in INSTITUTIONS or w in one_word_places() or w in _proper() for w in lowers):
            continue  # "Lapas lainnya", "umat Katolik lainnya": a name, whatever follows
        if any(w in province_short_forms() or is_place_word(w) for w in lowers):
            continue  # "daerah Sumsel lainnya": a province's short form (probe33)
        lists = word_lists()
        if not all(w in lists.stems or w in lists.curated or _derived(w) for w in lowers):
            continue  # a word no dictionary holds: a name's
        if doc.paras[t.para].kind == "title" or doc.is_italic(run[0].start, run[-1].end):
            continue
        fixed = " ".join(lowers)
        yield Hit(
            run[0].start,
            run[-1].end,
            N_("'{word}' names a kind, not one: it is written in lowercase."),
            fixed,
            {"word": fixed},
        )


def province_short_forms() -> frozenset[str]:
    from kabar_desktop.check.rules.appositions import PROVINCE_SHORT_FORMS

    return PROVINCE_SHORT_FORMS


@cache
def _proper() -> frozenset[str]:
    """Words that are names wherever they stand: religions, countries, forms of address,
    and the names the Hunspell list writes with a capital ('Jakarta', 'Jawa')."""
    found = set(COUNTRIES) | words(
        "islam kristen katolik protestan hindu buddha budha konghucu bapak ibu saudara saudari"
    )
    base = dictionary_base()
    if base is not None:
        with base.with_suffix(".dic").open(encoding="latin-1") as fh:
            found |= {line.split("/")[0].strip().lower() for line in fh if line[:1].isupper()}
    return frozenset(found)


def _derived(word: str) -> bool:
    """A common word with its affixes ('keamanan', 'petugas'): the speller knows it."""
    from kabar_desktop.check.spelling import speller

    return speller().known(word)
