"""Where an office's name ends and its holder's name begins: one reading of the open
apposition (P33, for appositions.py; round 16).

A position, its office and a person's name run together with no comma ("disampaikan Kepala
Rutan Kelas IIB Cilodong Depok Sohibur Rachman.", "Sekjen Kemenkumham Andap Budhi Revianto
mengingatkan", "Kepala Seksi Kehumasan dan Pelayanan Publik Imran Paputungan mengatakan"):
the name is an apposition, set off by commas (EYD V: keterangan aposisi diapit tanda koma),
the closing one only where the sentence goes on.

The office's name is read as Indonesian builds it, left to right: a position ('Kepala',
'Sekjen', a 'Ka-' title: 'Kasubag', 'Kadis'); a unit ('Seksi', 'Bidang') or a unit's title,
which takes at least one field after it ('Kehumasan dan Pelayanan Publik', a field's short
form 'TU', 'Binadik'); the body ('Lapas', 'Kemenkumham', 'LPP', an initialism); its class
('Kelas II B', 'Kelas 1', 'TPI'); its place (a province, regency or city by its whole name,
a province's short form 'Kalteng', a district's name the text writes as a place elsewhere)
and a bracketed short form ('(Bolmong)'). A field's word is a word of the dictionary; after
the body, its class or its place, a dictionary word ('Lapas Perempuan') still names the
office only if an office's word follows it. The person's name is what is left: one to four
capitalised words, no office's, class's or place's word among them, that read as a
person's (a word no dictionary lists, or one the text uses alone for the person
elsewhere). The split taken is the first one, from the left, that leaves such a name: so
the longest name ('Lapas, Tri Anna Aryati'). The apposition closes before a predicate, a
preposition, 'yang', a group after 'dan', a comma or the sentence's end. Silent on a title
before a name with no office ('Presiden Joko Widodo', 'Bupati Pacitan Indrata', 'Karutan
Wonogiri Budi', which round 10's reading sets off where the sets do), on ranks ('AKBP'), on
lists of those present and of officials, on a role phrase opening the sentence ('Sebagai
Kepala …'), on the agencies' attribution after a quote ('kata Kakanwil … Budi di …', which
the sets leave), on a capitalised word no list knows inside the office (a town or a name:
no sure split), on a line in title case, in quotes and wherever a word does not fit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import (
    ATTRIBUTION_VERBS,
    COUNTRIES,
    FUNCTION_WORDS,
    GENERIC_NOUNS,
    INSTITUTIONS,
    POSITION_PARTS,
    POSITIONS,
    SAYING_VERBS,
    words,
)
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.appositions import PROVINCE_SHORT_FORMS
from kabar_desktop.check.rules.office_names import aside_commas

NAMED = N_("The name after the position is set off by commas: '{word}'.")

# 'Ka-' titles that hold their unit ('Kasubag' is 'Kepala Subbagian'), from the office list.
_KA_TITLES = frozenset(w for w in INSTITUTIONS if w.startswith("ka") and len(w) > 3) - words(
    "kanwil kanim kasatker kabupaten"
)
_STARTS = POSITIONS | _KA_TITLES | words("plt plh pj")
# Titles of a unit whose field must follow before the office can end: 'Kepala Seksi …',
# 'Kasi …', 'Kadis …' ('Kepala Dinas').
_UNIT_TITLES = words(
    """kasi kasie kasubsi kasubag kasubbag kabag kabid kadiv kasubdit kaur kadis"""
)
_UNIT_WORDS = words(
    """divisi seksi subseksi bidang bagian subbagian subbag sub urusan biro dinas badan
    direktorat pusat unit satuan"""
)
# A region's head before its region's name: 'Bupati Pacitan Indrata', which the sets leave.
_REGION_HEADS = words(
    "bupati wabup gubernur wagub wali kota camat lurah kades presiden wapres menteri"
)
# The office's class: 'Kelas', a Roman numeral, 'II B', 'TPI', a numeral after 'Kelas'.
_CLASS = re.compile(
    r"(?:Kelas|Klas|I{1,3}|IV|I{1,3}[AB]|IV[AB]|TPI|Non|Non-TPI|Khusus|\d{1,2}[AB]?)"
)
_CLASS_LETTER = re.compile(r"[AB]")
_ROMAN = re.compile(r"(?:I{1,3}|IV)")
# Ranks of the police and the armed forces go before the holder's name ('AKBP Yuswanto').
_RANKS = words(
    """akbp akp iptu ipda aiptu aipda bripka briptu brigpol bripda bharaka bharatu kombes
    kompol irjen brigjen laksma marsma mayjen letjen kolonel letkol mayor kapten lettu
    letda serma serka sertu"""
)
# A title or an initial with its period inside a name: 'Dr. Budi', 'Heksa A. Soepriadi'.
_TITLES = words("dr drs dra ir hj h prof kh rm hc plt plh")
# Words that bring in a list of those present, whose names follow their offices bare.
_LIST_INTRO = re.compile(
    r"\b(?:antara lain|di antaranya|diantaranya|yakni|yaitu|seperti|meliputi|hadir|dihadiri"
    r"|terdiri)\b",
    re.IGNORECASE,
)
# Words opening a role phrase in front of the subject: 'Sebagai Kepala Lapas X Budi …' is
# 'Sebagai Kepala Lapas X, Budi …' (Budi the subject), not an apposition to close.
_ROLE_OPENERS = words("sebagai selaku mewakili bertindak")
# After the name: words that open what follows the apposition.
_CLOSERS = words(
    """di pada saat ketika dalam kepada melalui usai seusai didampingi yang selaku sebagai
    hadir tampak terlihat sedang tetap berhasil untuk ke dari dengan"""
)
_REGION_KINDS = words("provinsi kabupaten kota kecamatan kelurahan desa dusun nagari gampong")
_PARTNERS = words("bersama beserta serta")
_GROUPS = words("para seluruh segenap jajaran jajarannya sejumlah rombongan")
_ADVERBS = words("juga kembali terus telah sudah akan langsung pun turut tidak")
_CHUNK = re.compile(r"\S+")
_CAPITAL_AFTER = re.compile(r" \(?[A-Z]")
# An attribution verb right before the position: "…,” kata Kakanwil … Budi di Palembang"
# (the news agencies' form, which the sets leave as it stands).
_SAID_BY = re.compile(rf"\b(?:{'|'.join(sorted(ATTRIBUTION_VERBS))}) $")
# The words of a body's own name ('Lembaga Pemasyarakatan', 'Kantor Wilayah'); the other
# words of POSITION_PARTS name a unit's field ('Administrasi', 'Pelayanan').
_BODY_WORDS = words(
    """kantor wilayah lembaga rumah balai tahanan negara detensi pemasyarakatan imigrasi
    kementerian pemerintah kabupaten kota provinsi kecamatan kelurahan desa"""
)
_TRAIL = ',.;:!?"”’)'


class _Word:
    __slots__ = ("start", "end", "text", "bracket")

    def __init__(self, start: int, end: int, text: str, bracket: bool) -> None:
        self.start, self.end, self.text, self.bracket = start, end, text, bracket


def _known(word: str) -> bool:
    from kabar_desktop.check.spelling import speller

    return speller().known(word.lower())


def _verb(word: str) -> bool:
    from kabar_desktop.check.rules.appositions import predicate

    return predicate(word) or word in SAYING_VERBS


def holder_appositions(doc: Doc, s: int, e: int) -> Iterator[Hit]:
    """Sentence [s, e): each position, office and holder's name run together with no comma
    between office and name, as a finding that sets the name off."""
    text = doc.text
    chunks = list(_CHUNK.finditer(text, s, e))
    p = 0
    while p < len(chunks):
        raw = chunks[p].group()
        word = raw.strip("(" + _TRAIL)
        if (
            word[:1].isupper()
            and not raw.startswith("(")
            and word.lower().rstrip(".") in _STARTS
            and _opens_run(chunks, p)
            and not doc.in_quote(chunks[p].start())
        ):
            hit, p = _read(doc, chunks, p, s, e)
            if hit is not None:
                yield hit
        p += 1


def _opens_run(chunks: list[re.Match], p: int) -> bool:
    """The position opens its phrase: the sentence's first word or after a lowercase word or
    a mark, not after a capitalised word (a name before its office: P33's other reading),
    nor after 'dan'/'serta' (the last of a list of officials, named bare)."""
    if p == 0:
        return True
    before = chunks[p - 1].group()
    if before in ("dan", "serta"):
        return False
    if p == 1 and before.isalpha() and before.lower() not in _STARTS and _known(before):
        return True  # "Kunjungan Kepala Kanwil …": the sentence's first word, a noun
    if before[-1:] in ',;:("“':
        return True
    return before[:1].islower()


def _read(doc: Doc, chunks: list[re.Match], p: int, s: int, e: int) -> tuple[Hit | None, int]:
    """The run from chunk ``p``: (the finding or None, the index of its last chunk)."""
    text = doc.text
    run: list[_Word] = []
    close = ""
    q = p
    while q < len(chunks):
        m = chunks[q]
        raw = m.group()
        if q > p and text[chunks[q - 1].end() : m.start()] != " ":
            close = raw  # a phrase typed as one has one space between its words
            break
        bracket = raw.startswith("(")
        core = raw.lstrip("(")
        if bracket:
            shut = core.find(")")
            if shut < 2 or not core[:1].isupper():
                break  # "(Kasi …": a bracket that goes on, no short form
            stripped, tail = core[:shut], core[shut + 1 :]
        else:
            stripped = core.rstrip(_TRAIL)
            tail = core[len(stripped) :]
        # a title's or an initial's period stays inside the name ('Dr.', 'A.', 'Plt.')
        dotted = tail.startswith(".") and (
            stripped.lower() in _TITLES or (len(stripped) == 1 and stripped.isupper())
        )
        if dotted:
            tail = tail[1:]
            stripped += "."
        bare = stripped.rstrip(".")
        if not bare or not _run_word(bare, run, chunks, q):
            close = raw
            break
        start = m.start() + (1 if bracket else 0)
        run.append(_Word(start, start + len(stripped), stripped, bracket))
        if tail:
            close = tail[0]
            break
        q += 1
    while run and run[-1].text in ("dan", "serta"):
        run.pop()
        q -= 1
    last = max(p, q - (0 if close in (",", ".", ";", ":") else 1))
    if len(run) < 3 or not _closes(doc, close, chunks, q, run[-1].end, e):
        return None, last
    if any(w.text.lower().rstrip(".") in _RANKS for w in run):
        return None, last  # 'Kapolres Sleman AKBP Yuswanto': a rank opens the name
    if _LIST_INTRO.search(text, s, run[0].start):
        return None, last  # "Hadir pula Kepala Lapas X Budi, …": a list of those present
    if _role_opener(chunks, p) or _list_item(text, run[-1].end, e):
        return None, last
    if close == "," and _CAPITAL_AFTER.match(text, run[-1].end + 1, e):
        return None, last  # "Kepala Lapas Lubukpakam, Candra …": the comma opens the name
    if close == "," and aside_commas(text, s, run[0].start, run[-1].end):
        return None, last  # "…, melalui Kasi … Budi, mengatakan", "…, dan …": other commas
    if _SAID_BY.search(text, max(s, run[0].start - 12), run[0].start):
        return None, last  # "kata Kakanwil … Budi di …": the agencies' attribution, left
    verb_close = close[:1].isalpha() and _verb(_closing_word(close, chunks, q))
    split = _split(doc, run, (run[0].start, run[-1].end), verb_close)
    if split is None:
        return None, last
    k = split
    end_word, name = run[k], run[k + 1 :]
    person = " ".join(w.text for w in name)
    shown = ("(" + end_word.text + ")") if end_word.bracket else end_word.text
    start = end_word.start - (1 if end_word.bracket else 0)
    stop = name[-1].end
    more = close not in (",", ".", ";", ":", "!", "?", ")")
    fix = f"{shown}, {person}" + ("," if more else "")
    return Hit(start, stop, NAMED, fix, {"word": person}), last


def _run_word(bare: str, run: list[_Word], chunks: list[re.Match], q: int) -> bool:
    """``bare`` goes on the position's phrase: a capitalised word, a numeral of the class,
    'dan' inside an office's name, or a lowercase word between capitalised ones (an office's
    word or a name's word typed in lowercase, which K-rules report)."""
    if "/" in bare:
        return False  # "Narapidana/Anak": kinds joined, no one office's name
    if bare[0].isupper():
        return True
    if bare.isdigit():
        return bool(run) and run[-1].text.lower() in ("kelas", "klas") and len(bare) <= 2
    if not run:
        return False
    # up to two lowercase words, then a capitalised one: "Kehumasan dan pelayanan Publik"
    for r in range(q, min(q + 3, len(chunks))):
        word = chunks[r].group().lstrip("(")
        if word[:1].isupper():
            return r > q
        low = word.lower()
        if word != low.rstrip(_TRAIL):
            return False  # a mark ends the phrase
        if low in ("dan", "&") or (low.isdigit() and r > q):
            continue  # "kelas 1 Sudirwan": the class's numeral after its lowercase word
        if low in FUNCTION_WORDS or _verb(low) or not low.isalpha():
            return False
        if low not in POSITION_PARTS and not run[-1].text[:1].isupper():
            return False
    return False


def _closes(doc: Doc, close: str, chunks: list[re.Match], q: int, end: int, e: int) -> bool:
    """What follows the run ends the apposition: a mark, a predicate, a preposition."""
    if close in (",", ";"):
        return True
    if close == ".":
        return end + 1 >= e or doc.text[end + 1 : end + 2] in ("", " ", "\n")
    if not close[:1].isalpha():
        return False
    word = _closing_word(close, chunks, q)
    if word == "dan":
        # "… Budi dan jajaran menyambut": a group joins the holder, no second name
        nxt = chunks[q + 1].group().lower() if q + 1 < len(chunks) else ""
        return nxt in _GROUPS
    if word in _PARTNERS:
        # "… Budi bersama Kepala Rutan …": a second person; "bersama staf" may be the
        # name's own company, left
        return q + 1 < len(chunks) and chunks[q + 1].group()[:1].isupper()
    return word in _CLOSERS or (_verb(word) and _known(word))


def _closing_word(close: str, chunks: list[re.Match], q: int) -> str:
    word = close.lower().rstrip(_TRAIL)
    if word in _ADVERBS and q + 1 < len(chunks):
        word = chunks[q + 1].group().rstrip(_TRAIL).lower()
    return word


def _role_opener(chunks: list[re.Match], p: int) -> bool:
    """The position stands in a role phrase that opens the sentence ('Sebagai Kepala …')."""
    return (
        any(chunks[r].group().lower().strip(",") in _ROLE_OPENERS for r in range(max(0, p - 2), p))
        and p <= 2
    )


_NEXT_POSITION = re.compile(r",(?: [A-Z][\w.]*\.[\w.]*,)* (?:dan |serta )?([A-Z][a-z]+)")
_JOINED_POSITION = re.compile(r" (?:dan|serta) ([A-Z][a-z]+)")


def _list_item(text: str, end: int, e: int) -> bool:
    """The name is an item of a list of officials: a position follows after its comma or
    after 'dan'/'serta' ('… Budi, Kepala Rutan …', '… Budi dan Kepala …')."""
    m = _NEXT_POSITION.match(text, end, e) or _JOINED_POSITION.match(text, end, e)
    return m is not None and m.group(1).lower() in _STARTS


def _split(doc: Doc, run: list[_Word], span: tuple[int, int], verb_close: bool) -> int | None:
    """The index of the office's last word, the first from the left after which the rest
    of the run reads as a person's name; None when no split reads."""
    kinds = _kinds(doc, run, span)
    for k in range(1, len(run) - 1):
        if not _office_ends(run, kinds, k):
            continue
        if _person(doc, run, kinds, k, span, verb_close):
            return k
    return None


def _kinds(doc: Doc, run: list[_Word], span: tuple[int, int]) -> list[str]:
    """Each word's part in an office's name: 'position', 'unit', 'body', 'class', 'place',
    'short' (bracketed or in capitals), 'field' (a dictionary word), 'and', or 'other'."""
    from kabar_desktop.check.rules.appositions import full_place_names

    places = full_place_names()
    out: list[str] = []
    for n, w in enumerate(run):
        t = w.text.rstrip(".")
        low = t.lower()
        if w.bracket:
            kind = "short"
        elif low in ("dan", "&"):
            kind = "and"
        elif (
            n == 0
            or low in POSITIONS
            or (low in _STARTS and all(k == "position" for k in out))
            or (low == "kota" and run[n - 1].text.lower() == "wali")
        ):
            kind = "position"
        elif low in _UNIT_WORDS or low in _UNIT_TITLES:
            kind = "unit"
        elif (
            _CLASS.fullmatch(t)
            or low in ("kelas", "klas")
            or (_CLASS_LETTER.fullmatch(t) and n and _ROMAN.fullmatch(run[n - 1].text))
        ):
            kind = "class"
        elif low in places or low in PROVINCE_SHORT_FORMS:
            kind = "place"
        elif low in INSTITUTIONS or low in _BODY_WORDS:
            kind = "body"
        elif t.isupper() and len(t) >= 2 and t.isalpha():
            kind = "short"
        elif _known(low):
            kind = "field"
        else:
            kind = "other"
        out.append(kind)
    # a place of two or three words ('Palangka Raya', 'Bolaang Mongondow')
    for n in range(len(run)):
        for size in (3, 2):
            if n + size <= len(run):
                name = " ".join(w.text for w in run[n : n + size]).lower()
                if name in places or name.replace(" ", "") in places:
                    for r in range(n, n + size):
                        out[r] = "place"
    # a district's name after the body or its class: a place where the text writes it as a
    # place elsewhere too; a town (no word of the dictionary, which many first names are:
    # 'Budi', 'Agung') where the name goes on after it
    from kabar_desktop.check.places import district_words

    for n in range(1, len(run)):
        if out[n] != "other" or out[n - 1] not in ("body", "class", "short"):
            continue
        if _place_elsewhere(doc, run[n].text, span):
            out[n] = "place"
        elif run[n].text.lower() in district_words():
            out[n] = "town"
    return out


def _office_ends(run: list[_Word], kinds: list[str], k: int) -> bool:
    """``run[k]`` may end the office's name begun by the position."""
    head = kinds[: k + 1]
    kind = kinds[k]
    if kind in ("position", "unit", "and") or run[k].text.lower() in _REGION_KINDS:
        return False  # a region's kind goes on with its name: 'Desa Oelnasi', 'Kota Batu'
    if all(h in ("position", "place") for h in head):
        first = run[0].text.lower()
        if first in _REGION_HEADS | _KA_TITLES or len(head) == 1:
            # 'Bupati Pacitan Indrata', 'Presiden Joko', 'Karutan Wonogiri Budi': a title
            # before a name (round 10's reading sets off the sets' 'Kadivpas Jateng …')
            return False
    # a unit (or a unit's title) takes a field before the office ends
    for n in range(k + 1):
        unit = kinds[n] == "unit" or (
            kinds[n] == "position" and run[n].text.lower() in _UNIT_TITLES
        )
        if unit and (n == k or kinds[n + 1] == "and"):
            return False
    # a word no dictionary lists inside the office, other than a field's short form after
    # its unit ('Kelas II TPI Maumere Lingga …'): a town or a name, no sure end after it
    for n in range(1, k):
        capital = run[n].text[:1].isupper()
        if kinds[n] == "other" and capital and not _field_short_form(run, kinds, n):
            return False
    if kind in ("body", "class", "place", "short", "town"):
        return True
    if kind == "field":
        # a field's word ends an office after a unit, the body or another field; right
        # after a bare position it may be the holder's first name ('Sekda Wahyu Budhi')
        return not all(h == "position" for h in head[:-1])
    return kind == "other" and _field_short_form(run, kinds, k)


def _field_short_form(run: list[_Word], kinds: list[str], n: int) -> bool:
    """``run[n]``, a word no dictionary lists, is a field's short form: right after its unit
    or unit's title, or after 'dan' in a unit's fields ('Kasi Binadik dan Giatja')."""
    prev = kinds[n - 1]
    return prev in ("unit", "and") or (
        prev == "position" and run[n - 1].text.lower() in _UNIT_TITLES
    )


_NOT_PERSON = (
    POSITIONS
    | POSITION_PARTS
    | GENERIC_NOUNS
    | COUNTRIES
    | FUNCTION_WORDS
    | _UNIT_WORDS
    | _STARTS
    | words(
        """provinsi kabupaten kota kecamatan kelurahan desa lembaga rumah balai kementerian
        kantor pemerintah tim republik negara"""
    )
)


def _person(
    doc: Doc, run: list[_Word], kinds: list[str], k: int, span: tuple[int, int], verb_close: bool
) -> bool:
    """``run[k + 1:]`` reads as one person's name after the office ending at ``run[k]``."""
    name = run[k + 1 :]
    nkinds = kinds[k + 1 :]
    own = [
        (w, kd)
        for w, kd in zip(name, nkinds, strict=True)
        if not (w.text.endswith(".") and len(w.text.rstrip(".")) <= 3)
    ]
    if not 1 <= len(own) <= 4 or name[0].text[:1].islower() or name[-1].text[:1].islower():
        return False
    for w, kd in own:
        low = w.text.lower()
        if not _NAME_WORD.fullmatch(w.text):
            return False  # "Narapidana/Anak": no word of a name
        if kd in ("short", "class", "place", "town", "body", "unit", "and", "position"):
            return False
        if low in _NOT_PERSON or w.text.isupper():
            return False
        if not w.text[:1].isupper() and _known(low):
            return False  # a lowercase word inside the name must be none of the dictionary's
    fresh = [w for w, kd in own if kd == "other"]  # words no dictionary lists
    after_fresh = [kd for kd in nkinds[nkinds.index("other") + 1 :]] if fresh else []
    if after_fresh.count("field") >= 2:
        return False  # "… Harahap Pimpin Apel Pagi": a line in title case goes on
    end_kind = kinds[k]
    weak_end = end_kind in ("field", "other")
    first = own[0][0].text
    from kabar_desktop.check.places import district_words

    # 'Bidang Pelayanan Teguh Santoso', 'Lapas Perempuan Budi …': a dictionary word may go
    # on the office's name, and a district's ('Lapas Kelas IIA Cikarang Veri') may be its
    # place, unless the text uses the word alone for the person
    doubt = (own[0][1] == "field" and end_kind not in ("place", "short")) or (
        first.lower() in district_words() and end_kind in ("body", "class", "short")
    )
    if doubt and not _alone_elsewhere(doc, first, span):
        return False
    if len(own) >= 2:
        if fresh:
            return True
        return any(_alone_elsewhere(doc, w.text, span) for w, _ in own)
    if _alone_elsewhere(doc, first, span):
        return not weak_end or not _known(first)
    # one word no dictionary lists, after a firm end, before a verb: "… Kelas IIA Prayitno
    # mengatakan"
    # (a place right after the body or its class: after a town it may be a name's word)
    firm = (
        end_kind == "class"
        or run[k].bracket
        or (end_kind == "place" and kinds[k - 1] in ("body", "class", "short", "place"))
    )
    return bool(fresh) and firm and len(first) >= 4 and verb_close


_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_’'-]*[^\W\d_])?\.?")


def _alone_elsewhere(doc: Doc, word: str, span: tuple[int, int]) -> bool:
    """``word`` stands alone as a person's name outside ``span`` ('Andap meminta', 'kata
    Sohibur di …'): capitalised, with no capitalised word on either side of it."""
    toks = doc.tokens
    for n, t in enumerate(toks):
        if t.text != word or span[0] <= t.start < span[1]:
            continue
        before = toks[n - 1] if n else None
        after = toks[n + 1] if n + 1 < len(toks) else None
        if doc.in_quote(t.start):
            continue
        if before is not None and not t.initial and _capital_beside(doc, before, t):
            continue
        if after is not None and _capital_beside(doc, t, after):
            continue
        if t.initial and _known(word) and not (after and after.text.startswith(_VERB_PREFIXES)):
            continue  # "Teguh menyampaikannya": a word of the dictionary opening a sentence
        return True
    return False


_VERB_PREFIXES = ("me", "di", "ber", "ter")


def _capital_beside(doc: Doc, a: Token, b: Token) -> bool:
    """Two adjacent tokens both capitalised: a run of capitals, no name standing alone."""
    return doc.adjacent(a, b) and a.text[:1].isupper() and b.text[:1].isupper()


def _place_elsewhere(doc: Doc, word: str, span: tuple[int, int]) -> bool:
    """The district's name stands outside ``span`` as a place: after an office's word or
    'di', 'ke', 'dari' ('Lapas Cikarang', 'warga di Cikarang')."""
    from kabar_desktop.check.places import district_words

    if word.lower() not in district_words():
        return False
    toks = doc.tokens
    for n, t in enumerate(toks):
        if t.text != word or span[0] <= t.start < span[1] or n == 0:
            continue
        before = toks[n - 1].text
        low = before.lower()
        if low in ("di", "ke", "dari") or low in INSTITUTIONS or _CLASS.fullmatch(before):
            return True
    return False
