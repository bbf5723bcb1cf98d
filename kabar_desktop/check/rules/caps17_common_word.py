"""K24: an ordinary word capitalised between lowercase words (``aparat penegak Hukum``,
``terhadap Klien yang``, ``lingkungan yang Kondusif,``) opens no name (EYD V, I.A).
Moved out of phrase_slips.py in round 17 (a pure move: phrase_slips held too many jobs)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import (
    COUNTRIES,
    FUNCTION_WORDS,
    GENERIC_NOUNS,
    GENRE_NOUNS,
    HOLIDAY_WORDS,
    INSTITUTIONS,
    MONTHS,
    ORDINARY_WORDS,
    PLACE_LEVELS,
    PLURAL_WORDS,
    POSITIONS,
    WEEKDAYS,
    words,
)
from kabar_desktop.check.rules import ERROR, N_, Hit, rule
from kabar_desktop.check.rules.capital_terms import after_comma, law_term, statute_words
from kabar_desktop.check.rules.caps18_common_runs import common_heads, common_runs
from kabar_desktop.check.rules.caps18_names import (
    document_title,
    flag_name,
    group_name,
    named_by_short_form,
    recurring_name,
)
from kabar_desktop.check.rules.caps19_places import issued_document, level_before
from kabar_desktop.check.rules.case_reading import capitalised, in_slogan, in_title, news_agency
from kabar_desktop.check.rules.commas import PROVINCES
from kabar_desktop.check.rules.degrees import degree_follows
from kabar_desktop.check.rules.inner_caps import _CLOSED, _mid_sentence
from kabar_desktop.check.rules.list_names import spells_short_form
from kabar_desktop.check.rules.place_names import one_word_places
from kabar_desktop.check.rules.plain_runs import capital_runs
from kabar_desktop.check.rules.positions import LOWERCASE_FIELD
from kabar_desktop.check.rules.words21_caps import GOVERNMENT_LOWER_LEVEL, ordinal_in_name
from kabar_desktop.check.rules.words22_caps import (
    kind_opens_no_place,
    name_of_its_own,
)
from kabar_desktop.check.rules.words23_caps import BODY_HEADS
from kabar_desktop.check.suggest import frequent

# The genre's nouns and positions K3 and K2 read.
_K3_WORDS = (GENERIC_NOUNS, GENRE_NOUNS, ORDINARY_WORDS, PLURAL_WORDS, POSITIONS)

# Common nouns that open a sentence before a word of their own phrase (K24, round 17).
# Not a place's, a building's, a time's or a faith's kind, which a name follows ('Provinsi
# Sumbar', 'Blok Mawar', 'Hari Bhayangkara', 'Agama Hindu'), nor a pronoun.
_OPENERS = (GENERIC_NOUNS | ORDINARY_WORDS) - (
    POSITIONS
    | frozenset(INSTITUTIONS)
    | words(
        """kabupaten kecamatan kelurahan desa provinsi wilayah kantor gedung masjid gereja
        sekolah blok ruang ruangan dapur area negara instansi kamar hunian bulan hari tahun
        jam pukul pagi siang sore malam agama adat dia ia kami kita mereka saya beliau ikan
        lele nila paket"""
    )
)
# Words written with a capital as the reader's form of address or by their own right.
_RELIGIONS = words("islam kristen katolik protestan hindu buddha budha konghucu")
# The state's bodies by their common noun: "dari tingkat Kepolisian hingga Pengadilan" names
# the institution; its capital is the writer's right (EYD V capitalises an institution).
_STATE_BODIES = words("kepolisian kejaksaan pengadilan kementerian mahkamah")
_ALWAYS_CAPITAL = (
    words(
        """bapak ibu saudara saudari tuhan allah nabi rasul negara presiden wakil menteri
    gubernur bupati wali walikota kepala direktur sekretaris ketua ramadan syawal muharam
    idulfitri iduladha natal imlek nyepi waisak pancasila agus kristus yesus"""
    )  # 'agus': KBBI's archaic noun, in the news a given name ("juri Agus", heldout59/61)
    | {w.lower() for w in (*WEEKDAYS, *MONTHS)}
    | COUNTRIES
    | HOLIDAY_WORDS
    | {w.lower() for p in PROVINCES for w in p.split()}
)
# Words a place's or a person's name follows: many towns and given names are common words
# too ("di Medan", "ke Kupang", "kata Bayu", "oleh Indah").
_BEFORE_PLACES = words(
    """di ke dari menuju asal hingga sampai sekitar wilayah kawasan daerah kota kabupaten
    provinsi warga masyarakat penduduk se tiba kata ujar tutur ungkap jelas sebut papar tegas
    imbuh tambah ucap oleh bersama didampingi kepada saudara sdr museum terminal stadion
    bandara pelabuhan hotel pantai masjid gereja gedung"""
)  # "di museum Bahari": a place's kind in lowercase before its name (heldout283)
# Heads of a unit whose name follows in capitals: K16's ("Kepala bagian Protokol").
_UNIT_HEADS = words("bagian bidang seksi subbagian subbidang divisi biro direktorat urusan")
# Verbs of saying that go on from an earlier quote, beside the attribution verbs Kabar offers.
_SAYS_TOO = words("sambung timpal tukas sela tandas urai beber kisah jawab aku")
# A street's kind before its name: 'Jalan raya Cisolok' is the name with a lowercase slip.
_STREET_KINDS = ("Jalan", "Gang", "Lorong")
# Words that introduce a work's or an event's title, which keeps its capitals (EYD V: the
# titles of works): "pentas berjudul Pulang Kampung", "seminar bertajuk Desa Sadar Hukum".
_TITLE_INTRO = words("berjudul bertajuk bertema bertemakan berjudulkan")


def _plain_word(word: str, quoted: bool) -> bool:
    """A word the Hunspell list holds whole, and no office, short form or place name."""
    from kabar_desktop.check.spelling import speller

    sp = speller()
    lower = word.lower()
    if lower in _ALWAYS_CAPITAL or lower in INSTITUTIONS or lower in sp.lists.short_forms:
        return False
    if sp.lists.wrong.get(lower, "")[:1].isupper():
        return False  # "Kemenang": W6's slip of a name, which its row mends (session 31)
    if lower in _RELIGIONS:
        return False  # "agama Islam": a religion's name (K11)
    if lower in _STATE_BODIES:
        return False
    if lower in _CLOSED:
        return False  # K18's
    if not quoted and any(lower in kind for kind in _K3_WORDS):
        return False  # K3's and K2's: one finding a word (they leave a speaker's words alone)
    if lower in sp.office or (lower in sp.lists.curated and lower not in sp.lists.stems):
        return False  # Kabar's own words: short forms and terms Hunspell lacks
    if sp.lists.flags(lower).replace("A2", "") or (lower in sp.lists.stems and lower in frequent()):
        return True  # a root that takes affixes, or a frequent word of the news: not a name
    return lower not in sp.lists.stems and any(
        a.regular and (a.prefixes or a.suffix) and sp.lists.flags(a.root)
        for a in sp.readings(lower)
    )


@rule("K24", ERROR, N_("An ordinary word is lowercase between lowercase words"))
def capital_common_word(doc: Doc) -> Iterator[Hit]:
    spans: list[tuple[int, int]] = []
    for h in _capital_common_word(doc):
        named = name_of_its_own(doc, h.start) or flag_name(doc, h.start, h.end)
        if named or recurring_name(doc, h):
            continue  # a quoted theme, a law's short title, a unit's name (round 22)
        if doc.text[h.start : h.end] == "Negeri" and _SIDE_BEFORE.search(
            doc.text, max(0, h.start - 7), h.start
        ):
            continue  # "BLK Dalam dan luar Negeri": the name's own word (heldout26)
        if _SERVICE_BEFORE.search(doc.text, max(0, h.start - 16), h.start):
            continue  # "paspor Simpatik", "layanan yang namanya Simpatik": a service's name
        if _THEME_BEFORE.search(doc.text, max(0, h.start - 16), h.start):
            continue  # "mengusung tema Kolaborasi untuk Indonesia Bersih": a theme (probe138)
        if group_name(doc, h.start) or named_by_short_form(doc, h.start, h.end) or (
            _PLACE_KIND_BEFORE.search(doc.text, max(0, h.start - 12), h.start)
        ):  # "ke pantai Kuta": the place's name, its kind's capital K10's (session 26)
            continue  # "Kelompok tani Makmur": a farmers' group's name (probe68)
        if _CONTEST_BEFORE.search(doc.text, max(0, h.start - 50), h.start):
            continue  # "lomba KUA Teladan dan Keluarga Sakinah": the contest's name (heldout85)
        if news_agency(doc.text, h.start, h.end):
            continue  # "dikonfirmasi Antara dari Ambon": the news agency (probe56)
        if any(rx.match(doc.text, h.start) for rx in (LOWERCASE_FIELD, GOVERNMENT_LOWER_LEVEL)):
            continue  # "Kementerian agama", "Pemerintah desa Bulalo": the lowercase is K10's
        spans.append((h.start, h.end))
        yield h
    # Round 18: a phrase of common nouns in capitals (caps18_common_runs.py), once a word.
    hits = [
        h
        for h in (*common_runs(doc), *common_heads(doc))
        if not any(s < h.end and h.start < e for s, e in spans)
    ]
    if hits:
        from kabar_desktop.check.rules.common_terms import domain_terms, overlaps_k3

        k14 = [(h.start, h.end) for h in domain_terms(doc)]  # K14's terms: one finding
        yield from (
            h
            for h in hits
            if not overlaps_k3(doc, h.start, h.end)
            and not name_of_its_own(doc, h.start)
            and not flag_name(doc, h.start, h.end)
            and not any(s < h.end and h.start < e for s, e in k14)
            and not _OFFICE_LIST.search(doc.text, max(0, h.start - 80), h.start)
            and not spells_short_form(doc.text, h.start)
            and not _CONTEST_BEFORE.search(doc.text, max(0, h.start - 50), h.start)
            and not LOWERCASE_FIELD.match(doc.text, h.start)
            and not recurring_name(doc, h)
        )

# The last of the fields an office's name lists after its head: "Direktur Paten, DTLST, dan
# Rahasia Dagang, Lastami" (probe54): the director's title, capitalised whole.
_OFFICE_LIST = re.compile(
    r"\b(?:Direktur|Direktorat|Subdirektorat|Kasubdit|Kepala Bidang|Bidang|Kepala Seksi)"
    r" [A-Z][\w-]*(?: [A-Z][\w-]*)*(?:, [A-Z][\w-]*(?: [A-Z][\w-]*)*)+,? dan $"
)


# "… Dalam dan luar Negeri": the side of a body's name, its 'Negeri' the name's (heldout26).
_SIDE_BEFORE = re.compile(r"(?:Dalam|[Ll]uar) $")
# Before a service's own name (heldout39; the sets leave "paspor Simpatik" 8 of 8).
_SERVICE_BEFORE = re.compile(r"\b(?:[Pp]aspor|namanya|bernama|dinamakan) $")
_THEME_BEFORE = re.compile(r"\b(?:tema|bertema|bertemakan|bertajuk|mengangkat tema) $")
_PLACE_KIND_BEFORE = re.compile(r"\b(?:pantai|pulau|gunung|danau|sungai|teluk|bukit) $")
_CONTEST_BEFORE = re.compile(r"\b[Ll]omba(?: [A-Z][\w-]*)+ dan $")


def _capital_common_word(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    named = {t.text for i, t in enumerate(toks) if _in_name(doc, i)}
    titled: dict[int, bool] = {}  # paragraph → in title case
    for i, t in enumerate(toks):
        word = t.text
        if len(word) < 4 or not word[0].isupper() or not word[1:].islower():
            continue
        if word in named and not _place_kind_name(doc, i + 1):
            continue
        if word in doc.given_names or word == "Ahad":
            continue  # a name the draft gives: "puji Dian"; Sunday's other name (heldout69)
        if degree_follows(doc.text, t.end):
            continue  # "Hadir pula Budi, MARS": a name, its degree after it
        if level_before(doc, i):
            continue  # "desa Sungai lama": a place's name after its level word (round 19)
        if not _mid_sentence(doc, i) or in_slogan(doc, t):
            continue
        if t.para not in titled:
            titled[t.para] = _title_cased(doc, t.para)
        if titled[t.para]:
            continue  # a title is in title case: "Lapas yang Bersih dan Tertib"
        prev = toks[i - 1]
        if prev.text.lower() in ("pak", "bapak", "bu", "ibu") and doc.adjacent(prev, t):
            continue  # "di bawah kepemimpinan pak Camat": a title as a name (K11's 'Pak')
        if not after_comma(doc, i) and _not_after_lowercase(doc, i) and not _after_opener(doc, i):
            continue  # after a comma "…sebagai pembina, Apel pagi itu": no sentence starts
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (
            nxt is not None
            and doc.adjacent(t, nxt)
            and not nxt.text.islower()
            and not _place_kind_name(doc, i + 1)
        ):
            continue  # "Bapas Nusakambangan": a name goes on
        if nxt is not None and nxt.text.lower() in ("nomor", "no"):
            continue  # "Undang-undang nomor 22": a regulation's name, K31's
        if spells_short_form(doc.text, t.start):
            continue  # "tim Pemberdayaan dan Kesejahteraan Keluarga (PKK)": a body spelled out
        if _name_goes_on_after_and(doc, i):
            continue  # "Pendidikan dan Pelatihan Kemandirian …": an event's name (heldout23)
        if ordinal_in_name(doc.text, t.end):
            continue  # "predikat Terbaik ke-3 Nilai IKPA": an award's name (round 21)
        if word in _STREET_KINDS and re.match(r" [a-z]+ [A-Z]", doc.text[t.end : t.end + 30]):
            continue  # "Jalan raya Cisolok": the street's name, its 'raya' the slip (probe81)
        if re.match(r" ?\(?\d", doc.text[t.end : t.end + 3]):
            continue  # "Nomor 22", "Blok 3": a numbered one's name; "Rabun(26/3)" (p151)
        if doc.text[t.end : t.end + 1] in "-’'/.":
            continue  # "Prof.": an abbreviation
        if re.match(r" [\"“][A-Z]", doc.text[t.end : t.end + 3]):
            continue  # 'Operasi “WIRAWASPADA”': the name goes on in quote marks (probe39)
        if (
            prev.text in ("dan", "serta", "atau", "dari", "dna")  # 'dna': typed for 'dan'
            and _capital_before(doc, i - 1)
            and not _plain_pair(doc, i)
        ):
            continue  # "Sarana Asimilasi dan Edukasi": a name's inner word
        if _office_short_form_after(doc, t.end):
            continue  # "Dinas komunikasi dan Informasi (Kominfo)": a name ends before (Short)
        if _before_initialism(doc, i):
            continue  # "kementerian Hukum dan HAM": a name's word before its initialism
        if _FOOD_AND_DRUG.search(doc.text, max(0, t.start - 9), t.end + 12):
            continue  # BPOM's field as its name spells it, 'pengawasan Obat dan Makanan' (4 of 5)
        if law_term(doc, i) or statute_words(doc, i) or document_title(doc, i):
            continue  # "Anak yang Berhadapan dengan Hukum", a regulation's title (probe41)
        graded = prev.text in _DEGREE and _stem(word)  # "lebih Humanis dipandang" (heldout30)
        if (graded or _plain_word(word, doc.in_quote(t.start, t.end))) and not _place(word):
            yield Hit(
                t.start,
                t.end,
                N_("'{word}' is an ordinary word here: lowercase in mid-sentence."),
                word.lower(),
                {"word": word.lower()},
            )
    yield from capital_runs(doc, lambda w: _plain_word(w, False) and not _place(w), _run_quiet)


_INITIALISM_AFTER = re.compile(r" \([A-Z]{2,8}\)")
_FOOD_AND_DRUG = re.compile(r"Obat dan Makanan")
# Adverbs of degree: the word they grade is an adjective, no name's.
_DEGREE = words("lebih sangat paling makin semakin cukup amat terlalu begitu kian")


def _stem(word: str) -> bool:
    from kabar_desktop.check.spelling import speller

    return word.lower() in speller().lists.stems


_SHORT_AFTER = re.compile(r" \(([A-Z][A-Za-z]{1,11})\)")


def _name_goes_on_after_and(doc: Doc, i: int) -> bool:
    """'dan' or 'serta', then three capitalised words or more, follows token ``i``
    ('Rapat dan Pengukuhan Tim Pengawasan …'): the word opens a name joined in capitals
    (two are not enough: 'sertifikat Halal dan Layak Jual dari …' is no name)."""
    toks = doc.tokens
    if i + 4 >= len(toks) or toks[i + 1].text not in ("dan", "serta"):
        return False
    run = toks[i : i + 5]
    return all(doc.adjacent(a, b) for a, b in zip(run, run[1:], strict=False)) and all(
        capitalised(t) for t in run[2:]
    )


def _office_short_form_after(doc: Doc, end: int) -> bool:
    """The office glossary's short form of syllables (a name's: EYD V writes it with one
    capital) follows in brackets: the word ends a body's name ('… dan Informasi
    (Kominfo)'); an initialism ('Hukum (ABH)', 'Pemasyarakatan (WBP)') may be a common
    noun's."""
    m = _SHORT_AFTER.match(doc.text, end)
    if m is None:
        return False
    canonical = INSTITUTIONS.get(m.group(1).lower())
    return canonical is not None and canonical[1:].islower()


# Bodies a region's name completes (EYD V: an institution's name): 'Pemerintah Kota Kupang'.
_REGION_BODIES = words(
    """pemerintah pemerintahan kantor balai dewan badan dinas lembaga majelis komisi markas
    sekretariat inspektorat pengadilan kejaksaan kepolisian rumah pos"""
)

# Posts named by the region they serve, before their holder's name: 'Pendamping Desa Heri'.
_REGION_POSTS = POSITIONS | words("pendamping bendahara penjabat pj")


def _place_kind_name(doc: Doc, k: int) -> bool:
    """Token ``k`` is a region's kind opening its name ('lewat Perbatasan Kampung Skopro'):
    the name starts there, so the word before it is none of the name's."""
    toks = doc.tokens
    if k + 1 >= len(toks) or toks[k].text.lower() not in PLACE_LEVELS:
        return False
    if toks[k - 1].text.lower() in _REGION_BODIES:
        return False  # "Pemerintah Desa Oesao": a body of the region, named with it
    if toks[k - 1].text.lower() in _REGION_POSTS:
        return False  # "Pendamping Desa Heriyanto": a post, then its holder (probe80)
    kind, name = toks[k], toks[k + 1]
    if kind_opens_no_place(doc, k):
        return False  # "Anugerah Kabupaten Informatif": an award's name goes on (round 22)
    return kind.text[1:].islower() and doc.adjacent(kind, name) and capitalised(name)


def _plain_pair(doc: Doc, i: int) -> bool:
    """Token ``i`` ends 'lowercase Plain dan Plain lowercase' ('pelatihan Jurnalistik dan
    Fotografi dalam …'): two ordinary words joined between lowercase words, no name's."""
    toks = doc.tokens
    if i < 3 or i + 1 >= len(toks):
        return False
    before, first, nxt = toks[i - 3], toks[i - 2], toks[i + 1]
    return (
        doc.adjacent(before, first)
        and before.text.isalpha()
        and before.text.islower()
        and not _not_after_lowercase(doc, i - 2)
        and doc.adjacent(toks[i], nxt)
        and nxt.text.isalpha()
        and nxt.text.islower()
        and first.text[1:].islower()
        and _plain_word(first.text, False)
    )


def _after_opener(doc: Doc, i: int) -> bool:
    """Token ``i`` follows a sentence's first word that is a common noun of the genre, and a
    lowercase word follows it: 'Kegiatan Razia ini …' (the opener's capital is the sentence's;
    the next word's is no name's: a name would go on in capitals or be no plain word)."""
    toks = doc.tokens
    prev, t = toks[i - 1], toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        doc.adjacent(prev, t)
        and prev.initial
        and prev.text[1:].islower()
        and prev.text.lower() in _OPENERS
        and nxt is not None
        and doc.adjacent(t, nxt)
        and nxt.text.isalpha()
        and nxt.text.islower()
    )


def _not_after_lowercase(doc: Doc, i: int) -> bool:
    """Token ``i`` does not follow a lowercase word, or follows one a name comes after."""
    prev, t = doc.tokens[i - 1], doc.tokens[i]
    if not doc.adjacent(prev, t) or not prev.text.isalpha() or not prev.text.islower():
        return True
    if prev.text in _TITLE_INTRO:
        return True  # "drama berjudul Pulang": a work's title, capitalised as a name
    text = doc.text
    if (
        text[max(0, prev.start - 2) : prev.start] == ", "
        and text[t.end : t.end + 1] in (",", ".")
        and (_says(prev.text) or prev.text in _SAYS_TOO)
    ):
        return True  # "…, sambung Teguh, pertama …": an attribution set in, then the speaker
    return prev.text in _UNIT_HEADS or prev.text in _BEFORE_PLACES or _says(prev.text)


def _run_quiet(doc: Doc, i: int) -> bool:
    """Word ``i`` of a run is read elsewhere: a name the draft gives, a title, a law's term."""
    t = doc.tokens[i]
    if t.text in doc.given_names or not _mid_sentence(doc, i) or _title_cased(doc, t.para):
        return True
    prev = doc.tokens[i - 1] if i else None
    if prev is not None and doc.adjacent(prev, t) and prev.text in _UNIT_HEADS | _TITLE_INTRO:
        return True  # "divisi Drama Teater", "bagian Tata Usaha": a unit's name after its head
    if issued_document(doc, i):
        return True  # "mengeluarkan Surat Edaran …": the issuer's one document (round 19)
    return law_term(doc, i) or statute_words(doc, i)


def _title_cased(doc: Doc, para: int) -> bool:
    """The paragraph is a title, or a line in title case with no closing stop (a long title
    the reader does not take for one): four in five of its longer words capitalised."""
    p = doc.paras[para]
    if p.kind == "title":
        return True
    text = doc.para_text(p).rstrip("*_ ")
    if not text or text[-1] in '.?!:"”':
        return False
    longer = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    return len(longer) >= 4 and sum(w[0].isupper() for w in longer) * 5 >= len(longer) * 4


def _place(word: str) -> bool:
    """A one-word regency's or city's name ('imigrasi Kupang'), read last: the list loads
    only for a word K24 would otherwise report."""
    return word.lower() in one_word_places()


def _says(word: str) -> bool:
    """An attribution verb ("puji", "pesannya"): the speaker's name follows it."""
    from kabar_desktop.model.draft import ATTRIBUTION_VERBS

    return word in ATTRIBUTION_VERBS or word.removesuffix("nya") in ATTRIBUTION_VERBS


def _before_initialism(doc: Doc, i: int) -> bool:
    """Token ``i`` is joined by ``dan`` to an initialism ('Hukum dan HAM', 'Pemuda dan
    KNPI'): the pair is a name's, however its head is written. Or it ends a body's name,
    its short form in brackets after it ('Organisasi Internasional untuk Migrasi (IOM)',
    probe37): the capitalised run back to a body's head noun is one name."""
    toks = doc.tokens
    if _INITIALISM_AFTER.match(doc.text, toks[i].end):
        k = i
        while (
            k > 0
            and doc.adjacent(toks[k - 1], toks[k])
            and (capitalised(toks[k - 1]) or toks[k - 1].text in FUNCTION_WORDS)
        ):
            k -= 1
        while k < i and not capitalised(toks[k]):
            k += 1  # the run opens with its first capitalised word
        if k < i and toks[k].text.lower() in BODY_HEADS:
            return True
    if i + 2 >= len(toks) or toks[i + 1].text not in ("dan", "&"):
        return False
    nxt = toks[i + 2]
    return doc.adjacent(toks[i], toks[i + 1]) and len(nxt.text) >= 2 and nxt.text.isupper()


def _capital_before(doc: Doc, i: int) -> bool:
    """The word before token ``i`` (a comma between too: 'Politik, Hukum, dan Keamanan') is
    capitalised."""
    toks = doc.tokens
    return i > 0 and toks[i - 1].para == toks[i].para and capitalised(toks[i - 1])


def _in_name(doc: Doc, i: int) -> bool:
    """Token ``i`` is capitalised next to another capitalised word: part of a name."""
    toks = doc.tokens
    t = toks[i]
    if not capitalised(t) or in_title(doc, t):
        return False  # a title capitalises every word
    near = [toks[k] for k in (i - 1, i + 1) if 0 <= k < len(toks)]
    return (
        any(
            doc.adjacent(*sorted((t, o), key=lambda x: x.start))
            and capitalised(o)
            and not o.initial
            for o in near
        )
        and not t.initial
    )


def _capitalised_place(doc: Doc, k: int) -> bool:
    """Token ``k`` is a one-word regency's or city's name in capitals ('Kupang'), or the
    first word of a province's ('Jawa Tengah'); round 18 (caps18_common_runs.py)."""
    t = doc.tokens[k]
    if not capitalised(t) or not t.text[1:].islower():
        return False
    lower = t.text.lower()
    return _place(t.text) or any(p.lower().split()[0] == lower for p in PROVINCES)
