"""Round 18 of issue 13, K24: a phrase of common nouns written in capitals in running text
('sanksi berupa Tindakan Administratif Keimigrasian bagi …', 'bagi Warga Negara Asing yang
melanggar', 'kerajinan, Pembudidayaan Ikan Lele, dan …', 'KTP, KK, dan Akta Kelahiran.').

EYD V (I.B) gives capitals to the names of people, places, bodies and documents' titles; a
phrase of dictionary words that names none of them is common. A phrase is read as common
when it stands between words of the sentence — a lowercase word (or an item's comma of a
list) before it, a lowercase word, a comma or a sentence's end after it — and every one of
its words is an Indonesian dictionary word that is no place, body, short form, position,
faith, month, day or person's name, and when no short form in brackets follows it (a name
is introduced so), the text writes it nowhere else as a part of a longer name, and its first
word heads no body, event, place or programme (plain_runs.py's heads). plain_runs.py reads
two or three such words between lowercase words; this reading also takes the phrase after
'berupa' (which introduces a kind, not a name), a phrase of the words K3 leaves to a
phrase (``warga``, ``negara``), a phrase that is one item of a list, and one that ends the
sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import (
    COUNTRIES,
    FUNCTION_WORDS,
    INSTITUTIONS,
    MONTHS,
    POSITIONS,
    WEEKDAYS,
    words,
)
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.caps18_names import document_title
from kabar_desktop.check.rules.case_reading import capitalised, in_slogan, in_title
from kabar_desktop.check.rules.commas import PROVINCES
from kabar_desktop.check.rules.headline import headline
from kabar_desktop.check.rules.people_nouns import PEOPLE_NOUNS
from kabar_desktop.check.rules.place_names import one_word_places
from kabar_desktop.check.rules.plain_runs import (
    _BEFORE_NAMES,
    _HEADS,
    _NAMERS,
    _PLACE_HEADS,
    _TAILS,
)

_WORD = re.compile(r"[A-Z][a-z]{2,}")
_PHRASE_END = re.compile(r"[,;]|[.]\s|[.]$")
_CAPITAL_NEXT = re.compile(r" [A-Z]")
_CAPITAL_BEFORE = re.compile(r"[A-Z]\w*[a-z]\w* $")
_NUMBER_NEXT = re.compile(r" \d")
# 'berupa' introduces what a thing is made of or amounts to: a kind, not a name.
_BEFORE_OK = words("berupa")
_NOT_COMMON = (
    {w.lower() for w in (*WEEKDAYS, *MONTHS)}
    | COUNTRIES
    | {w.lower() for p in PROVINCES for w in p.split()}
    | words(
        """islam kristen katolik protestan hindu buddha budha konghucu tuhan allah nabi rasul
        indonesia nusantara merah putih pancasila republik"""
    )
)
_LINKS = words("dan serta atau")
# A run opened by a head of a body, place or event, or by a noun that a programme's or an
# application's own name follows ('Program Keluarga Harapan', 'Layanan Paspor Simpatik').
_OPENING_HEADS = (
    _HEADS
    | _PLACE_HEADS
    | words(
        """program aplikasi gerakan kampanye inovasi layanan website situs laman akun sistem
        platform portal fitur mahkamah pengadilan kejaksaan majelis"""
    )
)


def _common(doc: Doc, t: Token) -> bool:
    """A dictionary word in title case that no name list knows."""
    from kabar_desktop.check.spelling import speller

    word = t.text
    lower = word.lower()
    if not _WORD.fullmatch(word) or word in doc.given_names:
        return False
    if lower in _NOT_COMMON or lower in INSTITUTIONS or lower in POSITIONS:
        return False
    sp = speller()
    if lower in sp.lists.short_forms or lower in sp.office:
        return False
    return sp.known(lower) and lower not in one_word_places()


def _generic_use(doc: Doc, i: int, j: int) -> bool:
    """The sentence uses the phrase at ``i``..``j`` as a kind, not as one thing's name:
    after 'berupa' (what a thing amounts to), a kind of people before 'yang' and the clause
    that restricts it ('bagi Warga Negara Asing yang melanggar'), or an item of a list
    whose other items are lowercase phrases or short forms ('kerajinan, Pembudidayaan Ikan
    Lele, dan produksi tempe'; 'KTP, KK, dan Akta Kelahiran')."""
    toks = doc.tokens
    prev, t = toks[i - 1], toks[i]
    gap = doc.text[prev.end : t.start]
    lower_prev = gap == " " and prev.text.isalpha() and prev.text.islower() and len(prev.text) > 1
    if lower_prev and prev.text in _BEFORE_OK:
        return True
    nxt = toks[j] if j < len(toks) and doc.adjacent(toks[j - 1], toks[j]) else None
    if (
        lower_prev
        and prev.text not in _NAMERS | _BEFORE_NAMES
        and t.text.lower() in PEOPLE_NOUNS
        and nxt is not None
        and nxt.text == "yang"
    ):
        return True
    return _list_item(doc, i, j)


_ITEM_SPLIT = re.compile(r"\s*,\s*(?:dan |serta |atau )?|\s(?:dan|serta|atau)\s")
_OPENED = re.compile(r"(?:,\s*(?:dan |serta |atau )?|(?<![\w-])([a-z]+) (?:dan|serta|atau) )$")
_CLOSED = re.compile(r"\s*(?:,|\s(?:dan|serta|atau)\s|[.;]|$)")
_SHORT = re.compile(r"[A-Z]{2,6}")
# A verb's prefix: a clause goes on after the comma, not a list ('…, menjelaskan bahwa').
_VERB_START = re.compile(r"(?:me|di|ber|ter)")


def _list_item(doc: Doc, i: int, j: int) -> bool:
    """The phrase is an item of a list in one sentence ('…, X, …', '…, dan X.'), and the
    item next to it is a lowercase phrase of nouns ('pembuatan kerajinan, Pembudidayaan Ikan
    Lele, konveksi sarung'): a list of kinds, whose items are common nouns alike."""
    toks = doc.tokens
    t, last = toks[i], toks[j - 1]
    para = doc.paras[t.para]
    start, end = para.start, para.end
    for s, e in para.sentences:
        if s <= t.start < e:
            start, end = s, e
            break
    before = doc.text[start : t.start]
    after = doc.text[last.end : end]
    opened = _OPENED.search(before)
    if opened is None or _CLOSED.match(after) is None:
        return False
    head_text = before[: opened.start()] + (opened.group(1) or "")
    head = _ITEM_SPLIT.split(head_text.rstrip(" ,"))[-1].split()
    if head and (_plain_item(head[-2:]) or (len(head) == 1 and _SHORT.fullmatch(head[0]))):
        return True  # "pembuatan kerajinan, X", "KTP, KK, dan X": a list of kinds
    for item in _ITEM_SPLIT.split(after.rstrip(" .;"))[1:4]:
        ws = item.split()
        if not 0 < len(ws) <= 3:
            return False  # a clause goes on, no list
        if _plain_item(ws):
            return True
    return False


def _plain_item(ws: list[str]) -> bool:
    """Lowercase nouns: no function word, no verb ('pembuatan kerajinan', 'produksi tempe')."""
    return (
        bool(ws)
        and all(w.isalpha() and w.islower() and w not in FUNCTION_WORDS for w in ws)
        and not _VERB_START.match(ws[0])
    )


def _right_closed(doc: Doc, j: int) -> bool:
    """After the run's last word (index ``j`` - 1): a lowercase word, a comma or the
    sentence's end; no short form in brackets, no name across 'dan'."""
    toks = doc.tokens
    last = toks[j - 1]
    tail = doc.text[last.end : last.end + 3]
    if tail.startswith(" ("):
        return False  # "… Keimigrasian (TAK)": a name introduced with its short form
    if _PHRASE_END.match(tail):
        return True  # a comma, or the sentence's end
    nxt = toks[j] if j < len(toks) else None
    if nxt is None or not doc.adjacent(last, nxt):
        return False
    if not (nxt.text.isalpha() and nxt.text.islower()):
        return False
    after = toks[j + 1] if j + 1 < len(toks) else None
    return not (nxt.text in _LINKS and after is not None and capitalised(after))


def common_runs(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    i = 1
    while i < len(toks):
        t = toks[i]
        if not _WORD.fullmatch(t.text) or t.initial or toks[i - 1].para != t.para:
            i += 1
            continue
        j = i
        while j < len(toks) and j - i < 5 and (j == i or doc.adjacent(toks[j - 1], toks[j])):
            if not _WORD.fullmatch(toks[j].text):
                break
            j += 1
        run = toks[i:j]
        if (
            not 2 <= j - i <= 4
            or (j < len(toks) and doc.adjacent(toks[j - 1], toks[j]) and capitalised(toks[j]))
            or run[0].text.lower() in _OPENING_HEADS
            or run[-1].text.lower() in _TAILS
            or not _right_closed(doc, j)
            or not _generic_use(doc, i, j)
            or not all(_common(doc, r) for r in run)
            or _quiet(doc, i, j)
        ):
            i = max(j, i + 1)
            continue
        start, end = run[0].start, run[-1].end
        text = doc.text[start:end]
        yield Hit(
            start,
            end,
            N_("'{word}' is an ordinary word here: lowercase in mid-sentence."),
            text.lower(),
            {"word": text.lower()},
        )
        i = j


def _quiet(doc: Doc, i: int, j: int) -> bool:
    """The run is read elsewhere or keeps its capitals: a title, a quote, a slogan, a
    document's title, a longer name the text writes."""
    toks = doc.tokens
    t = toks[i]
    if in_title(doc, t) or headline(doc, t.para) or in_slogan(doc, t):
        return True
    if doc.in_quote(t.start, toks[j - 1].end) or doc.is_italic(t.start, toks[j - 1].end):
        return True
    if any(document_title(doc, k) for k in range(i, j)):
        return True
    if _PERSON_BEFORE.search(doc.text, max(0, t.start - 30), t.start) and doc.text[
        toks[j - 1].end : toks[j - 1].end + 1
    ] in (",", "."):
        return True  # "Salah satu warga, Muhamad Ilham, mengungkapkan": a person (heldout59)
    return _longer_name(doc, toks[i].start, toks[j - 1].end)


# A person named in apposition after the kind of person they are.
_PERSON_BEFORE = re.compile(
    r"\b(?:warga|petugas|pegawai|narapidana|napi|peserta|siswa|pemohon|klien|deteni|WBP"
    r"|tahanan|santri|pengunjung|penerima|keluarga|relawan|pengungsi|pedagang|petani), $"
)


def _longer_name(doc: Doc, start: int, end: int) -> bool:
    """The text writes the phrase somewhere (here too) with a capitalised word right before
    or after it, spaces only between: part of a longer name."""
    text = doc.text
    run = text[start:end]
    at = text.find(run)
    while at >= 0:
        if _CAPITAL_NEXT.match(text, at + len(run)):
            return True
        if at != start and _CAPITAL_BEFORE.search(text[max(0, at - 30) : at]):
            return True
        at = text.find(run, at + 1)
    return False


def titled_word_acronyms(doc: Doc, acronyms: frozenset[str]) -> Iterator[Hit]:
    """K9: an acronym read as a common word ('litmas', 'pungli') in title case after a
    lowercase word of the sentence ('pembuatan Litmas CB', 'bahaya Narkoba bagi'), with
    the common words that tell its kind ('Litmas Integrasi' → 'litmas integrasi'); not
    after or inside a name ('Satgas Saber Pungli', 'Hari Anti Narkoba')."""
    toks = doc.tokens
    for i in range(1, len(toks)):
        t, prev = toks[i], toks[i - 1]
        if t.text.lower() not in acronyms or not _WORD.fullmatch(t.text) or t.initial:
            continue
        if not (doc.adjacent(prev, t) and prev.text.isalpha() and prev.text.islower()):
            continue
        if prev.text in _NAMERS or in_title(doc, t) or headline(doc, t.para):
            continue
        if i > 2 and prev.text in _NAME_LINKS and _named_before(doc, i - 2):
            continue  # "Apel Deklarasi Bersih dari Narkoba": a name's link (probe70); not
            # "(Bersih dari Narkoba)" spelling out an acronym (heldout2)
        if doc.in_quote(t.start, t.end) or in_slogan(doc, t):
            continue
        j = i + 1
        while j < len(toks) and doc.adjacent(toks[j - 1], toks[j]) and _common(doc, toks[j]):
            j += 1
        if j < len(toks) and doc.adjacent(toks[j - 1], toks[j]) and _WORD.fullmatch(toks[j].text):
            continue  # a name goes on in capitals
        if _NUMBER_NEXT.match(doc.text, toks[j - 1].end):
            continue  # "Pemilu 2024", "Pilkada Serentak 27 November": one event's name
        text = doc.text[t.start : toks[j - 1].end]
        yield Hit(
            t.start,
            toks[j - 1].end,
            N_("'{word}' is an acronym read as a common word: lowercase."),
            text.lower(),
            {"word": text.lower()},
        )


_NAME_LINKS = frozenset(("dari", "dan", "untuk", "bagi", "tanpa", "anti"))


def _named_before(doc: Doc, k: int) -> bool:
    """Tokens ``k - 1`` and ``k`` are two capitalised words of a name, the second a common
    word in title case ('Deklarasi Bersih'), not a short form ('Perda dan Pilkada')."""
    from kabar_desktop.check.spelling import speller

    check = speller()
    toks = doc.tokens
    word = toks[k].text
    return (
        word[:1].isupper()
        and word[1:].islower()
        and check.known(word.lower())
        and word.lower() not in check.lists.short_forms
        and toks[k - 1].text[:1].isupper()
        and doc.adjacent(toks[k - 1], toks[k])
    )


# Faiths (EYD V writes 'agama Islam': the faith's name, not 'agama', is capitalised).
_FAITHS = words("islam kristen katolik protestan hindu buddha budha konghucu")
# Kinds of a place that a name completes ('Bandara Sam Ratulangi', 'Pelabuhan Tenau'):
# with no name after them they are common ('mengantar deteni sampai Bandara,').
_PLACE_KINDS = words("bandara pelabuhan terminal stasiun dermaga bandar")
# Words of a region that never open its name: 'di perbatasan Skouw', 'kawasan Tenau'.
_REGION_WORDS = words("perbatasan pedalaman pesisir pinggiran perbukitan pegunungan")
# People named by a noun of their sex or age: no name's word.
_PERSONS = words("pria wanita lelaki perempuan") | PEOPLE_NOUNS


def common_heads(doc: Doc) -> Iterator[Hit]:
    """K24, round 18: a common noun capitalised where the sentence shows it names no one
    thing (EYD V, I.B): 'agama' between a lowercase head and a faith ('penyuluh Agama
    Islam'); a place's kind with no name after it ('sampai Bandara,'); a region's word
    before a place's own name ('di Perbatasan Skouw,'); a noun of people opening the main
    clause after a comma, with a lowercase word after it ('…, Pria asli Kebumen itu'), or
    before a place's name ('dan Wartawan Wonogiri'); a field's noun after a noun of people
    ('klien Pemasyarakatan dari …')."""
    toks = doc.tokens
    for i in range(1, len(toks)):
        t, prev = toks[i], toks[i - 1]
        lower = t.text.lower()
        if not _WORD.fullmatch(t.text) or t.initial or t.text in doc.given_names:
            continue
        if lower not in _PLACE_KINDS | _REGION_WORDS | _PERSONS and lower != "agama":
            if _field_of_people(doc, i):
                yield _ordinary(t)
            continue
        if in_title(doc, t) or headline(doc, t.para) or in_slogan(doc, t):
            continue
        if doc.is_italic(t.start, t.end) or (
            lower not in _PLACE_KINDS and doc.in_quote(t.start, t.end)
        ):
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) and doc.adjacent(t, toks[i + 1]) else None
        after = doc.text[t.end : t.end + 2]
        lowered_before = doc.adjacent(prev, t) and prev.text.isalpha() and prev.text.islower()
        if lowered_before and prev.text in _NAMERS:
            continue
        if lower == "agama":
            hit = lowered_before and nxt is not None and nxt.text.lower() in _FAITHS
        elif lower in _PLACE_KINDS:
            hit = lowered_before and (
                after[:1] in ",.;" or (nxt is not None and nxt.text.islower())
            )
        elif lower in _REGION_WORDS:
            hit = lowered_before and nxt is not None and _bare_place(doc, i + 1)
        else:
            hit = _people_of_place(doc, i) or (
                doc.text[prev.end : t.start] == ", "
                and not prev.initial
                and nxt is not None
                and nxt.text.isalpha()
                and nxt.text.islower()
                and nxt.text not in FUNCTION_WORDS | _LINKS
            )
        if hit:
            yield _ordinary(t)


def _ordinary(t: Token) -> Hit:
    lower = t.text.lower()
    return Hit(
        t.start,
        t.end,
        N_("'{word}' is an ordinary word here: lowercase in mid-sentence."),
        lower,
        {"word": lower},
    )


def _bare_place(doc: Doc, k: int) -> bool:
    """Token ``k`` is a one-word place's name no dictionary word, and the phrase ends after
    it ('Skouw,'): the region's word before it is no part of the name."""
    from kabar_desktop.check.spelling import speller

    toks = doc.tokens
    t = toks[k]
    if not _WORD.fullmatch(t.text) or speller().known(t.text.lower()):
        return t.text.lower() in one_word_places() and _ends_after(doc, k)
    return _ends_after(doc, k)


def _ends_after(doc: Doc, k: int) -> bool:
    toks = doc.tokens
    nxt = toks[k + 1] if k + 1 < len(toks) and doc.adjacent(toks[k], toks[k + 1]) else None
    return nxt is None or not capitalised(nxt)


# Nouns of people that head a body's or a team's name ('Tim Penggerak …', 'Panitia …',
# 'Pengurus Besar …', 'Keluarga Besar …'): not read before a place.
_GROUP_PEOPLE = words("tim anggota panitia pengurus jajaran keluarga rombongan personel")


def _people_of_place(doc: Doc, i: int) -> bool:
    """A noun of people capitalised between a lowercase word and a place's name ('insan
    pers dan Wartawan Wonogiri', 'bersama Warga Kupang'): the people of the place, a
    common noun (EYD V, I.B: the place's name, not the people's noun, is capitalised)."""
    from kabar_desktop.check.rules.caps17_common_word import _capitalised_place

    toks = doc.tokens
    t, prev = toks[i], toks[i - 1]
    lower = t.text.lower()
    if lower not in PEOPLE_NOUNS or lower in _GROUP_PEOPLE or i + 1 >= len(toks):
        return False
    if not (doc.adjacent(prev, t) and prev.text.isalpha() and prev.text.islower()):
        return False
    if prev.text in _NAMERS or prev.text in POSITIONS:
        return False
    nxt = toks[i + 1]
    return doc.adjacent(t, nxt) and _capitalised_place(doc, i + 1)


# A field's abstract noun made with pe-/ke- … -an ('pemasyarakatan', 'keimigrasian',
# 'kesehatan'): after a noun of people it tells their field, no name ('klien
# Pemasyarakatan dari Lapas …' → 'klien pemasyarakatan').
_FIELD_NOUN = re.compile(r"(?:pe|ke)[a-z]{4,}an")


def _field_of_people(doc: Doc, i: int) -> bool:
    toks = doc.tokens
    t, prev = toks[i], toks[i - 1]
    if prev.text not in PEOPLE_NOUNS or not doc.adjacent(prev, t):
        return False
    if not _FIELD_NOUN.fullmatch(t.text.lower()) or not _common(doc, t):
        return False
    before = toks[i - 2] if i > 1 else None
    if before is not None and doc.adjacent(before, prev) and _WORD.fullmatch(before.text):
        return False  # "Tim Petugas Keamanan": a name's words (an initialism before is none)
    return _ends_after(doc, i) and doc.text[t.end : t.end + 2] != " ("
