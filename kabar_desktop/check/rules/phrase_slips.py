"""Slips of the keyboard and of the pen inside a phrase, which any article can make.

- W16: two conjunctions in a row, where one says it (``dan maupun`` → ``maupun``,
  ``dengan apabila`` → ``apabila``, ``namun tetapi`` → ``namun``).
- W17: a run of two to four words typed twice (``Giri Purbadi Giri Purbadi``); one word
  twice is W12's.
- W18: ``Salah satunya`` opening a sentence before the noun it counts is ``Salah satu``
  (``Salah satunya warga binaan mengapresiasi`` → ``Salah satu warga binaan``); ``-nya``
  stands for a noun said before, so a noun cannot follow it.
- S5: a reduplication whose second half lost or gained a letter (``perusahaan-perusahan``):
  KBBI's full reduplication repeats the word exactly; a rhyming one (``warna-warni``,
  ``sayur-mayur``) changes a letter, never drops one.
- N9: ``4x lipat`` → ``empat kali lipat``: the letter x for "times" is no Indonesian word.
- K23: an office's class is a Roman numeral (``Lapas kelas 1 Surabaya`` → ``Kelas I``).
- K24: an ordinary word capitalised between lowercase words (``aparat penegak Hukum``,
  ``terhadap Klien yang``, ``lingkungan yang Kondusif,``) opens no name (EYD V, I.A).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import (
    COUNTRIES,
    GENERIC_NOUNS,
    GENRE_NOUNS,
    HOLIDAYS,
    INSTITUTIONS,
    MONTHS,
    ORDINARY_WORDS,
    PLURAL_WORDS,
    POSITIONS,
    WEEKDAYS,
    words,
)
from kabar_desktop.check.rules import ERROR, N_, WARNING, Hit, keep_case, rule
from kabar_desktop.check.rules.capital_terms import after_comma, law_term, statute_words
from kabar_desktop.check.rules.case_reading import capitalised, in_slogan, in_title
from kabar_desktop.check.rules.commas import PROVINCES
from kabar_desktop.check.rules.form_contexts import prefixed_foreign
from kabar_desktop.check.rules.inner_caps import _CLOSED, _mid_sentence
from kabar_desktop.check.rules.place_names import one_word_places
from kabar_desktop.check.rules.plain_runs import capital_runs
from kabar_desktop.check.suggest import frequent
from kabar_desktop.compose.indonesian import number_words

# The genre's nouns and positions K3 and K2 read.
_K3_WORDS = (GENERIC_NOUNS, GENRE_NOUNS, ORDINARY_WORDS, PLURAL_WORDS, POSITIONS)
# Conjunctions that cannot stand side by side: the first one is dropped.
_TWO_CONJUNCTIONS = re.compile(
    r"\b(?P<first>dan|serta|atau|dengan|namun|tetapi) (?P<second>maupun|serta"
    r"|(?<=dengan )(?:apabila|jika|bila|kalau|jikalau)|(?<=namun )tetapi|(?<=tetapi )namun)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w’'.-]*")
_REDUPLICATED = re.compile(r"(?<![\w-])([^\W\d_]{4,})-([^\W\d_]{4,})(?![\w-])")
_TIMES = re.compile(r"(?<![\w.,/])(\d{1,2})[xX](?= [a-z])")
_CLASSED = words("lapas rutan bapas lpka imigrasi rudenim rupbasan pemasyarakatan")
_ARABIC_CLASS = re.compile(r"\b([Kk]elas) ([1-3])( ?[AaBb])?(?![\w.,/-])")
_ROMAN = {"1": "I", "2": "II", "3": "III"}
_TPI = re.compile(r" \(?(?:Non[ -]?)?TPI\b")  # Tempat Pemeriksaan Imigrasi: a Kanim's kind
# After 'Salah satunya' these go on the way a sentence about 'one of them' goes on.
_AFTER_SATUNYA = words(
    """adalah ialah yaitu yakni yang dengan melalui lewat berupa seperti terkait tentang
    di ke dari pada untuk bagi dalam oleh karena ketika saat ini itu juga pun ialah mengenai
    sebagai antara lain menurut"""
)
_SALAH_SATUNYA = re.compile(r"(Salah satunya) ([a-z]+)\b")
_VERBISH = re.compile(r"(?:me|di|ber|ter|mem|men|meng|meny)[a-z]{3,}")
# Words written with a capital as the reader's form of address or by their own right.
_RELIGIONS = words("islam kristen katolik protestan hindu buddha budha konghucu")
# The state's bodies by their common noun: "dari tingkat Kepolisian hingga Pengadilan" names
# the institution; its capital is the writer's right (EYD V capitalises an institution).
_STATE_BODIES = words("kepolisian kejaksaan pengadilan kementerian mahkamah")
_ALWAYS_CAPITAL = (
    words(
        """bapak ibu saudara saudari tuhan allah nabi rasul negara presiden wakil menteri
    gubernur bupati wali walikota kepala direktur sekretaris ketua ramadan syawal muharam
    idulfitri iduladha natal imlek nyepi waisak pancasila"""
    )
    | {w.lower() for w in (*WEEKDAYS, *MONTHS)}
    | COUNTRIES
    | {w.lower() for h in HOLIDAYS for w in h.split()}
    | {w.lower() for p in PROVINCES for w in p.split()}
)
# Words a place's or a person's name follows: many towns and given names are common words
# too ("di Medan", "ke Kupang", "kata Bayu", "oleh Indah").
_BEFORE_PLACES = words(
    """di ke dari menuju asal hingga sampai sekitar wilayah kawasan daerah kota kabupaten
    provinsi warga masyarakat penduduk se tiba kata ujar tutur ungkap jelas sebut papar tegas
    imbuh tambah ucap oleh bersama didampingi kepada saudara sdr"""
)
# Heads of a unit whose name follows in capitals: K16's ("Kepala bagian Protokol").
_UNIT_HEADS = words("bagian bidang seksi subbagian subbidang divisi biro direktorat urusan")
# Verbs of saying that go on from an earlier quote, beside the attribution verbs Kabar offers.
_SAYS_TOO = words("sambung timpal tukas sela tandas urai beber kisah jawab aku")
# Words that introduce a work's or an event's title, which keeps its capitals (EYD V: the
# titles of works): "pentas berjudul Pulang Kampung", "seminar bertajuk Desa Sadar Hukum".
_TITLE_INTRO = words("berjudul bertajuk bertema bertemakan berjudulkan")


@rule("W16", ERROR, N_("Two conjunctions do not stand side by side"))
def two_conjunctions(doc: Doc) -> Iterator[Hit]:
    for para in doc.prose_paras():
        for m in _TWO_CONJUNCTIONS.finditer(doc.text, para.start, para.end):
            second = keep_case(m.group("first"), m.group("second").lower())
            yield Hit(
                m.start(),
                m.end(),
                N_("'{words}': two conjunctions in a row; one says it: '{fix}'."),
                second,
                {"words": m.group(), "fix": second},
            )


@rule("W17", ERROR, N_("A group of words is not written twice in a row"))
def repeated_words(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    lows = [t.text.lower() for t in toks]
    for i in range(len(toks)):
        for n in (4, 3, 2):
            # The words first (cheap, and almost never equal), then the run's spacing.
            if i + 2 * n > len(toks) or lows[i] != lows[i + n]:
                continue
            if lows[i : i + n] != lows[i + n : i + 2 * n]:
                continue
            run = toks[i : i + 2 * n]
            if len({t.para for t in run}) > 1:
                continue
            if not all(doc.adjacent(a, b) for a, b in zip(run, run[1:], strict=False)):
                continue
            first, second = run[:n], run[n:]
            if not all(_WORD.fullmatch(t.text) for t in run):
                continue
            once = doc.text[first[0].start : first[-1].end]
            yield Hit(
                first[0].start,
                second[-1].end,
                N_("'{words}' is written twice in a row."),
                once,
                {"words": once},
            )
            break


@rule("W18", ERROR, N_("'Salah satu' counts the noun after it; 'salah satunya' stands alone"))
def salah_satunya(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for s, _e in para.sentences:
            m = _SALAH_SATUNYA.match(text, s)
            if m is None or m.group(2) in _AFTER_SATUNYA or _VERBISH.fullmatch(m.group(2)):
                continue
            yield Hit(
                m.start(1),
                m.end(1),
                N_("'Salah satu' before the noun it counts: '{fix}'."),
                "Salah satu",
                {"fix": "Salah satu " + m.group(2)},
            )


def _one_letter_apart(a: str, b: str) -> bool:
    """``b`` is ``a`` with one letter left out or typed in (not changed)."""
    short, long = sorted((a, b), key=len)
    if len(long) - len(short) != 1:
        return False
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


@rule("S5", ERROR, N_("A reduplicated word repeats its first half exactly"))
def uneven_reduplication(doc: Doc) -> Iterator[Hit]:
    from kabar_desktop.check.spelling import speller

    sp = speller()
    for para in doc.prose_paras():
        for m in _REDUPLICATED.finditer(doc.text, para.start, para.end):
            a, b = m.group(1), m.group(2)
            if not _one_letter_apart(a.lower(), b.lower()):
                continue
            good = [w for w in (a, b) if sp.attested(w.lower())]
            if len(good) != 1:
                continue
            fixed = good[0] + "-" + good[0].lower()
            fixed = keep_case(a, fixed)
            yield Hit(
                m.start(),
                m.end(),
                N_("'{word}': a reduplication repeats the same word: '{fix}'."),
                fixed,
                {"word": m.group(), "fix": fixed},
            )


@rule("N9", ERROR, N_("'kali', not the letter x, for times"))
def times_letter(doc: Doc) -> Iterator[Hit]:
    for para in doc.prose_paras():
        for m in _TIMES.finditer(doc.text, para.start, para.end):
            fixed = number_words(int(m.group(1))) + " kali"
            yield Hit(
                m.start(),
                m.end(),
                N_("'{word}': write 'kali' in words: '{fix}'."),
                fixed,
                {"word": m.group(), "fix": fixed},
            )


@rule("K23", ERROR, N_("An office's class is a Roman numeral: 'Kelas I', 'Kelas IIA'"))
def arabic_class(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for m in _ARABIC_CLASS.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()].split()
        if (not before or before[-1].lower().strip(",") not in _CLASSED) and not _TPI.match(
            text, m.end()
        ):
            continue  # "Kelas 1 TPI": an immigration office's class, whatever precedes
        fixed = "Kelas " + _ROMAN[m.group(2)] + (m.group(3) or "").strip().upper()
        yield Hit(
            m.start(),
            m.end(),
            N_("An office's class is written in Roman numerals: '{fix}'."),
            fixed,
            {"fix": fixed},
        )


def _plain_word(word: str, quoted: bool) -> bool:
    """A word the Hunspell list holds whole, and no office, short form or place name."""
    from kabar_desktop.check.spelling import speller

    sp = speller()
    lower = word.lower()
    if lower in _ALWAYS_CAPITAL or lower in INSTITUTIONS or lower in sp.lists.short_forms:
        return False
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
    toks = doc.tokens
    named = {t.text for i, t in enumerate(toks) if _in_name(doc, i)}
    titled: dict[int, bool] = {}  # paragraph → in title case
    for i, t in enumerate(toks):
        word = t.text
        if len(word) < 4 or not word[0].isupper() or not word[1:].islower() or word in named:
            continue
        if word in doc.given_names:
            continue  # a name the draft gives: "puji Dian", the speaker's short name
        if not _mid_sentence(doc, i) or in_slogan(doc, t):
            continue
        if t.para not in titled:
            titled[t.para] = _title_cased(doc, t.para)
        if titled[t.para]:
            continue  # a title is in title case: "Lapas yang Bersih dan Tertib"
        prev = toks[i - 1]
        if not after_comma(doc, i) and _not_after_lowercase(doc, i):
            continue  # after a comma "…sebagai pembina, Apel pagi itu": no sentence starts
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and doc.adjacent(t, nxt) and not nxt.text.islower():
            continue  # "Bapas Nusakambangan": a name goes on
        if nxt is not None and nxt.text.lower() in ("nomor", "no"):
            continue  # "Undang-undang nomor 22": a regulation's name, K31's
        if re.match(r" \(?\d", doc.text[t.end : t.end + 3]):
            continue  # "Nomor 22", "Tahun 2022", "Blok 3": a numbered one's name
        if doc.text[t.end : t.end + 1] in "-’'/.":
            continue  # "Prof.": an abbreviation
        if prev.text in ("dan", "serta", "atau", "dari") and _capital_before(doc, i - 1):
            continue  # "Sarana Asimilasi dan Edukasi": a name's inner word
        if _before_initialism(doc, i):
            continue  # "kementerian Hukum dan HAM": a name's word before its initialism
        if law_term(doc, i) or statute_words(doc, i):
            continue  # "Anak yang Berhadapan dengan Hukum": the law's own capitals
        if _plain_word(word, doc.in_quote(t.start, t.end)) and not _place(word):
            yield Hit(
                t.start,
                t.end,
                N_("'{word}' is an ordinary word here: lowercase in mid-sentence."),
                word.lower(),
                {"word": word.lower()},
            )
    yield from capital_runs(doc, lambda w: _plain_word(w, False) and not _place(w), _run_quiet)


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
    KNPI'): the pair is a name's, however its head is written."""
    toks = doc.tokens
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


# P25: a sentence-opening phrase of speech ("Dalam arahannya") before the speaker's name, and
# an attribution set into a sentence (", kata dia"), are closed by a comma (EYD V, II.F).
_SPEECH_OPENING = re.compile(r"(?:[\"“])?(Dalam [a-z]{3,}nya)(?= [A-Z])")
_INSERTED_SAID = re.compile(r", ((?:kata|ujar|tutur|ucap|jelas) (?:dia|ia|beliau))(?= [a-z])")


@rule("P25", ERROR, N_("A comma closes an opening phrase of speech: 'Dalam arahannya,'"))
def speech_phrase_comma(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for s, e in para.sentences:
            m = _SPEECH_OPENING.match(text, s)
            found = [m] if m else []
            found += list(_INSERTED_SAID.finditer(text, s, e))
            for f in found:
                phrase = f.group(1)
                yield Hit(
                    f.start(1),
                    f.end(1),
                    N_("A comma closes '{word}'."),
                    phrase + ",",
                    {"word": phrase},
                )


# P26: a name opening the sentence, a comma, then an adverb and the predicate: the comma
# parts the subject from its predicate ("Lapas Kelas IIA Pematang Siantar, tetap
# mengutamakan" → no comma). After a position the name is an apposition closed by a comma
# ("Kepala Lapas, Budi, juga hadir"): that segment does not open the sentence alone.
_ADVERBS = words(
    "tetap juga terus gencar telah sudah selalu senantiasa kembali akan turut pun langsung"
)
_NAME_PART = re.compile(r"[A-Z][\w’'.-]*|(?:I{1,3}|IV)[AB]?|[a-z]{1,3}")
_OPENING_WORDS = words(
    """dalam pada saat setelah usai seusai selain sementara meski meskipun walaupun di
    kini sebelumnya selanjutnya kemudian bersama namun oleh untuk akhirnya"""
)
_VERB_AFTER = re.compile(r"(?:me|di|ber|ter|mem|men|meng|meny|mengh)[a-z]{3,}\b")


@rule("P26", WARNING, N_("No comma between a named subject and its predicate"))
def named_subject_comma(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for s, e in para.sentences:
            if doc.in_quote(s):
                continue
            for m in re.finditer(r", ([a-z]+) ", text[s:e]):
                if m.group(1) not in _ADVERBS or not _VERB_AFTER.match(text, s + m.end()):
                    continue
                comma = s + m.start()
                start = text.rfind(",", s, comma) + 1 or s
                if start > s:
                    first = text[s:start].split(maxsplit=1)[0].strip('"“').lower()
                    if first not in _OPENING_WORDS or text.count(",", s, start) != 1:
                        break
                if _is_name(text[start:comma]):
                    yield Hit(
                        comma,
                        comma + 1,
                        N_("No comma between the subject and its predicate '{word}'."),
                        "",
                        {"word": m.group(1)},
                    )
                break


def _is_name(segment: str) -> bool:
    """Two to eight words of a name: capitalised words, a class's numeral, a short joiner."""
    parts = segment.split()
    if not 2 <= len(parts) <= 8 or not parts[0][:1].isupper() or not parts[-1][:1].isupper():
        return False
    return all(_NAME_PART.fullmatch(p) for p in parts) and sum(p.islower() for p in parts) <= 1


# K25: the parts of an article of law after its number are lowercase ("Pasal 1 ayat (2)
# huruf a", as the laws themselves cite them).
_LAW_PART = re.compile(r"\b[Pp]asal \d+[A-Z]?(?: [Aa]yat \(\d+\))? (Ayat|Huruf|Angka)(?= \(?\w)")


@rule("K25", ERROR, N_("'ayat', 'huruf' after an article's number are lowercase"))
def law_parts(doc: Doc) -> Iterator[Hit]:
    for m in _LAW_PART.finditer(doc.text):
        lower = m.group(1).lower()
        yield Hit(
            m.start(1),
            m.end(1),
            N_("'{word}' after an article's number is lowercase."),
            lower,
            {"word": lower},
        )


# W19: an Indonesian verb prefix on an English gerund ("Melaunching", "di-briefing") is
# neither language: the Indonesian verb, or the English word in italics, says it.
# Only where no English word reads the same: me- before l, r, w, y ("melaunching", not
# "mentoring", "meeting") and di- with its hyphen ("di-briefing", not "distancing").
_PREFIXED_GERUND = re.compile(r"\b(?:[Mm]e-?([lrwy][a-z]{2,}ing)|[Dd]i-([a-z]{3,}ing))\b")


@rule("W19", ERROR, N_("No Indonesian prefix on an English word"))
def prefixed_english(doc: Doc) -> Iterator[Hit]:
    from kabar_desktop.check.spelling import speller

    sp = speller()
    for para in doc.prose_paras():
        for m in _PREFIXED_GERUND.finditer(doc.text, para.start, para.end):
            root = m.group(1) or m.group(2)
            if len(root) < 6 or sp.known(m.group().lower()) or sp.known(root):
                continue
            yield Hit(
                m.start(),
                m.end(),
                N_(
                    "'{word}' puts an Indonesian prefix on an English word: use the Indonesian "
                    "verb, or the English word in italics."
                ),
                None,
                {"word": m.group()},
            )
    yield from prefixed_foreign(doc)  # "mengupload", "diupgrade": EYD V's hyphen is missing
