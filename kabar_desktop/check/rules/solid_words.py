"""Words KBBI writes as one, and the small readings round 10 of issue 13 added to rules whose
modules are near their size limit (P4's credit, W9's English phrases, S1's short forms).

W33: an ordinal of a number word is one word ('ke dua', 'ke-tiga' → 'kedua', 'ketiga'; EYD V
III.C: ke- is a prefix there), where a noun of rank or order stands before it ('program ke
dua', 'hari ke tiga', 'yang ke empat') or it opens a sentence ('Ke dua, …'); after a verb
or any other word, or before a place ('ke dua lokasi'), it is the preposition before a count
and stays apart. And a compound EYD V writes solid (its list of 'gabungan kata yang sudah
padu': olahraga, sukarela, kacamata, …, with wirausaha and wiraswasta), apart, with or
without affixes: 'berwira usaha', 'olah raga' → 'berwirausaha', 'olahraga'; and a
conjunction with 'pun' ('walau pun', 'bagaimana pun' → 'walaupun', 'bagaimanapun'; EYD V,
partikel pun); 'Apa lagi' opening a statement is 'Apalagi'. An office's name in capitals
('Dinas Pemuda dan Olah Raga') keeps its own spelling.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import FUNCTION_WORDS, words
from kabar_desktop.check.rules import ERROR, N_, Hit, keep_case, rule
from kabar_desktop.check.rules.words17_forms import verb_keluar
from kabar_desktop.check.spelling import speller
from kabar_desktop.check.tables import FOREIGN_EQUIVALENTS, FOREIGN_WORDS

_NUMBER_WORDS = sorted(
    words("dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas seratus seribu")
)
# Nouns of rank and order: after them 'ke' + a number word is an ordinal.
_RANKED = words(
    """program tahap hari angkatan gelombang sesi pertemuan tahun minggu pekan bulan putaran
    periode babak juara peringkat urutan posisi yang giliran kloter termin semester kuartal
    triwulan jilid edisi seri lantai generasi pemenang bagian poin butir pilar misi kategori
    ranking sif shift"""
)
# After 'ke dua' these are where someone goes: 'tim ke dua lokasi' is motion, no ordinal.
_PLACES = words(
    """lokasi desa kelurahan kota kabupaten kecamatan provinsi tempat wilayah negara daerah
    rumah sekolah lapas rutan kantor titik pos blok ruang ruangan unit upt instansi pulau"""
)
_ORDINAL = re.compile(r"\b([Kk]e)(?: |-)(" + "|".join(_NUMBER_WORDS) + r")\b")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[)\"”]?\s+$")
# EYD V (III.C.3, gabungan kata yang sudah padu) and KBBI's solid compounds of the genre,
# each as its two parts.
_COMPOUNDS = [
    tuple(pair.split("+"))
    for pair in words(
        """wira+usaha wira+swasta wira+niaga olah+raga suka+rela suka+cita duka+cita
    bela+sungkawa bea+siswa darma+siswa darma+bakti darma+wisata mata+hari kaca+mata
    sapu+tangan segi+tiga syah+bandar kilo+meter kilo+gram peri+bahasa radio+aktif
    halal+bihalal bumi+putra hulu+balang kasat+mata sedia+kala puspa+warna sapta+marga
    bila+mana barang+kali mana+kala apa+bila sekali+gus kosa+kata sebagai+mana
    adi+busana"""
    )
]
# EYD V (partikel pun): the conjunctions with 'pun' are one word: 'walaupun', 'meskipun',
# 'bagaimanapun', 'ataupun', 'maupun', 'Adapun' ('apa pun', 'siapa pun' stay apart, and
# 'sekali pun', which may be 'even once').
_PUN_APART = re.compile(
    r"\b((?i:walau|meski|kendati|biar|kalau|andai|sungguh|atau|mau|bagaimana|ada)) pun\b"
)
_APA_LAGI = re.compile(r"\bApa lagi\b")  # opening a statement: 'Apalagi' (KBBI)
_PREFIXES = ("", "ber", "ke", "pe", "me", "di", "se", "ter", "mem", "men", "peng")
_SUFFIXES = ("", "an", "nya", "wan", "wati", "kan", "i")


@cache
def _apart() -> re.Pattern[str]:
    """A word, then the second part of a compound (with a suffix), after a space or a hyphen
    ('berolah-raga', session 33: 2 of 2): the first word is read for the first part and its
    prefix afterwards (one alternation per word, not per letter)."""
    tails = "|".join(sorted({b for _, b in _COMPOUNDS}, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])([A-Za-z]{{3,}})[ -]((?i:{tails}))([a-z]*)(?![\w-])")


_HEADS = sorted({a for a, _ in _COMPOUNDS}, key=len, reverse=True)


@rule("W33", ERROR, N_("Ordinals of number words and KBBI's solid compounds are one word"))
def solid_words(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    message = N_("KBBI writes this as one word: '{word}'.")
    for m in _ORDINAL.finditer(text):
        i = doc.token_at(m.start())
        initial = i is not None and doc.tokens[i].initial
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        ranked = before is not None and before.group(1).lower() in _RANKED
        # Opening a sentence before a comma or a noun ('Ke tiga paket itu …'): a clause does
        # not open with the preposition before a count, the collective 'ketiga' it does.
        opening = initial and (
            text.startswith(",", m.end()) or re.match(r" [a-z]{3,}", text[m.end() : m.end() + 5])
        )
        # After a noun, with no noun after it ('penempatan ke negara ke tiga).'): the
        # preposition needs an object, so the number word is the ordinal (not 'dua ke tiga').
        ending = (
            before is not None
            and before.group(1).islower()
            and before.group(1) not in _NUMBER_WORDS
            and text[m.end() : m.end() + 3].lstrip()[:1] in ("", ")", ".", ",", ";", ":", "!", "?")
        )
        if not (ranked or opening or ending) or doc.in_quote(m.start()) and not ranked:
            continue
        after = re.match(r" ([a-z]+)", text[m.end() : m.end() + 20])
        if after and after.group(1) in _PLACES:
            continue
        fixed = keep_case(m.group(1), "ke" + m.group(2).lower())
        yield Hit(m.start(), m.end(), message, fixed, {"word": fixed})
    for start, end, fixed in verb_keluar(doc):  # "setelah mereka ke luar dan …"
        yield Hit(start, end, message, fixed, {"word": fixed})
    for m in _PUN_APART.finditer(text):
        if m.group(1).lower() == "ada" and not _initial(doc, m.start()):
            continue  # 'tidak ada pun': only the opening 'Ada pun' is 'Adapun'
        fixed = m.group(1) + "pun"
        yield Hit(m.start(), m.end(), message, fixed, {"word": fixed})
    for m in _APA_LAGI.finditer(text):  # "Apa lagi warga binaan yang …" (3 of 3)
        stop = re.search(r"[.!?]", text[m.end() : m.end() + 300])
        if _initial(doc, m.start()) and not (stop and stop.group() == "?"):
            yield Hit(m.start(), m.end(), message, "Apalagi", {"word": "Apalagi"})
    pairs = set(_COMPOUNDS)
    check = speller()
    for m in _apart().finditer(text):
        first, tail, suf = m.groups()
        low = first.lower()
        head = next((h for h in _HEADS if low.endswith(h) and (h, tail.lower()) in pairs), "")
        if not head:
            continue
        pre, head = first[: -len(head)], first[-len(head) :]
        if pre.lower() not in _PREFIXES or suf not in _SUFFIXES:
            continue
        if head[:1].isupper() != tail[:1].isupper() and not pre:
            continue  # 'Mata hari …' opening a sentence with another sense: leave it
        if (pre or head)[:1].isupper() and tail[:1].isupper() and not _in_title(doc, m.start()):
            continue  # 'Dinas Pemuda dan Olah Raga': a name keeps its own spelling
        solid = pre + head + tail.lower() + suf
        if not check.known(solid.lower()):
            continue
        yield Hit(m.start(), m.end(), message, solid, {"word": solid})


def _initial(doc: Doc, pos: int) -> bool:
    i = doc.token_at(pos)
    return i is not None and doc.tokens[i].initial


def _in_title(doc: Doc, pos: int) -> bool:
    i = doc.token_at(pos)
    return i is not None and doc.paras[doc.tokens[i].para].kind == "title"


# --- P4: the reporter's credit after the last stop ----------------------------------------
# A name or initials alone after the last sentence of the article, or as its last paragraph:
# "… tantangan utama. Indra", "*man", "/rls", "Tim Humas".
_CREDIT_NAME = re.compile(
    r"(?:(?:Penulis|Pewarta|Reporter|Editor|Editor|Teks|Foto|Sumber|Humas) ?: ?)?"
    r"(?:[*/—–]{1,3}\)?\s?[^\W\d_]{2,12}(?:/[^\W\d_]{2,12}){0,3}"  # "— iq/bd" (heldout126)
    r"|[^\W\d_a-z][^\W\d_]{1,15}(?: [^\W\d_a-z][^\W\d_]{1,15}){0,3}"
    r"|[a-z]{2,6}(?:/[a-z]{2,6})+"
    r"|(?:[A-Z][^\W\d_]{1,15} )?[A-Z][^\W\d_]{1,5}(?:/[A-Z][^\W\d_]{1,5}){1,3}"
    r"|(?:[A-Z][^\W\d_]{1,15} )?[A-Z][^\W\d_]{1,5}(?:/[a-z]{2,5}){1,2}"
    r"|[A-Z]{2,12}/[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s*$"
)  # "Kominfotik JP/Chs/NEL": the desk, then its writers' initials (heldout141); "MC
# Kalsel/scw": the desk and its writer's initials in lowercase (heldout269); "ANTARA/Amandine
# Nadja": the agency and its photographer (heldout294)


def credit_name(text: str, start: int, end: int, *, whole: bool) -> bool:
    """Whether ``text[start:end]``, the last paragraph's tail after its last stop (``whole``:
    the paragraph itself), is a reporter's credit: one to three capitalised words, or
    initials after '*', '/' or a dash ('— iq', heldout103), or 'abc/def' — no sentence, so
    no full stop is missing."""
    chunk = text[start:end].strip()
    if not chunk or len(chunk) > 50:
        return False
    if whole and chunk[:1] not in "*/" and not chunk[:1].isupper() and "/" not in chunk:
        return False
    return _CREDIT_NAME.fullmatch(chunk) is not None


def credit_tail(text: str, start: int, end: int) -> bool:
    """The last paragraph ``text[start:end]`` is a credit, or ends with one after its last
    stop (and the quote mark closed after it); '…,” Ucap Ilham' has no stop: no credit."""
    stop = max(text.rfind(c, start, end) for c in ".!?…")
    if stop < start:
        return '"' not in text[start:end] and credit_name(text, start, end, whole=True)
    after = stop + 1
    while after < end and text[after] in "\"”’')":
        after += 1  # '… ujarnya." Indra': the stop, the closing mark, then the credit
    return text[after:end].strip() != "" and credit_name(text, after, end, whole=False)


# A lead line that is only the dateline and the outlet's web address: "JEMBRANA –
# baliprawara.com", "Cilacap, serayunews.com" (no sentence, so no stop is missing).
_OUTLET_LINE = re.compile(
    r"[^\W\d_][\w .'’()-]{0,40}?(?: [-–—] |, ?[-–—]? ?)[-–—]?[\w-]+(?:\.[\w-]+)*"
    r"\.(?:com|id|net|org|co|info|news)[-–—]?",  # 'Madiun, – MATARAMANTODAY.com' (probe86)
    re.IGNORECASE,
)


def outlet_line(text: str, start: int, end: int) -> bool:
    return _OUTLET_LINE.fullmatch(text, start, end) is not None


# --- W9: English phrases made only of words that alone may be names -------------------------
# Each word alone is left to names ("Open", "House"), but together they are English terms
# the genre uses in roman type: those listed here, and every phrase FOREIGN_EQUIVALENTS gives
# an Indonesian word for ('Job Fair' → 'bursa kerja': session 38, 39 of 55 marked in
# capitals; 'Role Model', 'Road Show', 'Over Crowded' …: session 39, 9 of 10).
FOREIGN_PHRASES = frozenset(
    p.replace("_", " ")
    for p in words(
        """open_house fun_walk fun_run walk_in win_win good_governance public_speaking
        soft_skill hard_skill best_practice live_streaming open_recruitment chest_x-ray
        active_case_finding self_declare life_skill kick_off back_to_basic"""
    )  # session 32: the TB screening's terms, marked 14 of 16 (heldout296, heldout250s)
) | frozenset(k for k in FOREIGN_EQUIVALENTS if " " in k)


def phrase_at(doc: Doc, i: int) -> int:
    """The end (exclusive) of a two-word English phrase of words that alone may be names
    ('Open House', 'fun walk') starting at token ``i``, or ``i`` when none starts there."""
    toks = doc.tokens
    for n in (3, 2):  # "Active Case Finding", "Open House"
        if i + n <= len(toks) and all(
            doc.adjacent(toks[k], toks[k + 1]) for k in range(i, i + n - 1)
        ):
            phrase = " ".join(t.text for t in toks[i : i + n])
            if phrase.lower() in FOREIGN_PHRASES and not phrase.isupper():
                return i + n
    return i


# A bracketed short form a few words on, no sentence's end between: "Pembinaan, Monitoring,
# Pengawasan, dan Pengendalian (Bintorwasdal)".
_SHORT_FORM_AFTER = re.compile(r"((?:,? [^\W\d_]+){0,6}) \(([^\W\d_]{3,15})\)")


def spelled_by_short_form(text: str, start: int, end: int) -> bool:
    """The foreign word is part of a term whose short form follows in brackets and takes
    letters from it ('monitoring dan evaluasi (monev)'): renaming it would break the short
    form, so the term stays as the office wrote it."""
    m = _SHORT_FORM_AFTER.match(text, end)
    if m is None:
        return False
    between = [w for w in re.findall(r"[^\W\d_]+", m.group(1).lower()) if w not in FUNCTION_WORDS]
    if not any(w not in FOREIGN_WORDS for w in between):
        return False  # "Search Engine Optimization (SEO)": a foreign term and its own initials
    short, word = m.group(2).lower(), text[start:end].lower().split()[0]
    return word[:2] in short or any(word[k : k + 3] in short for k in range(len(word) - 2))


def beside_name(doc: Doc, first: int, last: int) -> bool:
    """'Zoom Meeting', 'Google Search': a foreign word inside a name stays as it is (a
    lowercase one is no part of the name beside it: 'roadmap Ditjenim')."""
    toks = doc.tokens
    for k in (first - 1, last + 1):
        if 0 <= k < len(toks):
            t = toks[k]
            near = doc.adjacent(t, toks[first]) if k < first else doc.adjacent(toks[last], t)
            capital = near and t.text[0].isupper() and not t.initial and not foreign(t)
            if capital and k > last and _owner_in_title(doc, t):
                continue  # round 23: "Tertibkan Website OPD": the owner, after its noun
            if capital and not title_word(doc, k):  # 'Asah Skill' in a title: title case
                return True
    return False


def _owner_in_title(doc: Doc, t: Token) -> bool:
    """A title's short form in capitals after a foreign noun ('Website OPD', 'Workshop
    BNN'): the Indonesian noun phrase's owner, as in running text, not a word of an English
    name (an English name puts its owner first)."""
    return doc.paras[t.para].kind == "title" and t.text.isupper() and 2 <= len(t.text) <= 6


def foreign(t: Token) -> bool:
    return t.text.lower() in FOREIGN_WORDS and not (t.text.isupper() and len(t.text) > 1)


def title_word(doc: Doc, k: int) -> bool:
    """A word of the title capitalised only by title case: a word the lists know in
    lowercase ('Gelar', 'Asah'), not a name beside a foreign word."""
    t = doc.tokens[k]
    return doc.paras[t.para].kind == "title" and speller().known(t.text.lower())


# --- S1: short forms of the Kanwil's legal-services fields --------------------------------
# The Kanwil Kemenkum(HAM)'s Divisi Pelayanan Hukum and BPHN write their fields short:
# penyuluhan hukum, bantuan hukum, JDIH, Kadarkum (keluarga sadar hukum), Posbakum (pos
# bantuan hukum), OBH, Yankomas (pelayanan komunikasi masyarakat), Harmonisasi's Harmon.
KANWIL_FIELDS = words(
    """luhkum bankum yankum yankumham jdih jdihn kadarkum posbakum pusluhbankum obh yankomas
    penkum puspenkum binkum sunkum kumdang fpphd dokinfokum pembankum penyuluhkum"""
)


# KBBI's pronouns and adverbs of 'se-' doubled (seseorang, sesekali, sesuatu, sesaat…).
_SESE = words("seseorang sesekali sesuatu sesaat sesama sesegera")
_SE_NOUN = re.compile(r"sepe[a-z]{4,}an")
_CLITIC = re.compile(r"(?:nya|lah|pun|kah)$")


def known_more(word: str) -> bool:
    """Words the lists miss by class: a Kanwil field's short form ('Bankum'), and KBBI's
    'se-' doubled before a classifier's 'se-' word ('seseorang', as 'sesekali'), and 'se-'
    before a known 'peN-...-an' or 'per-...-an' noun ('seperjuangan'); a meN- verb doubled,
    its second half without 'me' ('menebak-nebak')."""
    lower = word.lower()
    if lower in KANWIL_FIELDS:
        return True
    stem = _CLITIC.sub("", lower)
    if stem in _SESE:
        return True
    first, dash, second = stem.partition("-")
    if dash and first.startswith("me") and second == first[2:] and speller().known(first):
        return True  # 'menebak-nebak', 'memukul-mukul': a meN- verb doubled (heldout99)
    # se- + a known pe(N/r)-...-an noun: 'seperjuangan', 'sepenanggungan' (KBBI).
    return _SE_NOUN.fullmatch(stem) is not None and speller().known(stem[2:])
