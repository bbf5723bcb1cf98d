"""Commas of round 14 (issue 13): the opening phrase and its subject (P8), 'yakni' and
'yaitu' that set off what they explain (P18). Called from connector_commas.py and commas.py.

EYD V (Tanda Koma):
- a comma follows a connector between sentences and a sentence adverb of viewpoint
  ('Karenanya, …', 'Secara umum, …') before the subject;
- a comma follows an interjection ('Ya, nanti kita atur', 'Wah, …');
- a comma closes an adverbial phrase before the subject where the phrase is closed by a
  demonstrative and a subject with its verb follows ('Berdasarkan kode itu, pemohon
  membayar …'): the reader would otherwise take the subject for part of the phrase;
- 'yakni' and 'yaitu' open an explanation of what went before: they never open a sentence
  ('… para deteni. Yakni tempat …' → 'deteni, yakni'), and after a counted noun phrase they
  take a comma before a list of names too ('empat pilar yakni Registrasi …').
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import (
    FUNCTION_WORDS,
    MONTH_ALTERNATION,
    MONTHS,
    WEEKDAYS,
    words,
)
from kabar_desktop.check.rules import N_, Hit

# Sentence adverbs and connectors that open a sentence before its subject; the comma goes
# after them where a subject follows (a capitalised word, a pronoun, a quantifier of a noun).
# Phrases of time and occasion ('Saat ini', 'Pada kesempatan itu') run into their subject
# as often as the editors set them off: left alone.
VIEWPOINT = re.compile(
    r"(karenanya|secara (?:pribadi|umum|keseluruhan|garis besar|singkat))(?= )",
    re.IGNORECASE,
)
_SUBJECT_WORDS = words(
    """kami kita saya aku ia dia mereka beliau pihaknya dirinya sebagian seluruh semua setiap
    tiap para banyak sejumlah sebanyak masyarakat warga pemohon petugas pegawai peserta"""
)
_NOT_SUBJECTS = frozenset(WEEKDAYS) | frozenset(MONTHS)
_WORD = re.compile(r" (“?)([^\W\d_][\w’'-]*)")


def subject_follows(text: str, at: int, e: int) -> bool:
    """A subject starts at ``at`` (after its space): a capitalised word that is no weekday
    or month, or a pronoun or a word that counts the subject's noun."""
    m = _WORD.match(text, at, e)
    if m is None or m.group(1):
        return False
    word = m.group(2)
    if word[0].isupper():
        return word not in _NOT_SUBJECTS and word.lower() not in FUNCTION_WORDS
    return word in _SUBJECT_WORDS


def viewpoint(doc: Doc, s: int, e: int) -> Hit | None:
    """'Karenanya Rudenim …', 'Secara pribadi Irham …', 'Dari segi biaya memang …'."""
    text = doc.text
    m = VIEWPOINT.match(text, s, e)
    if m is None:
        m = _ASPECT.match(text, s, e)
        if m is None or m.group(2) in FUNCTION_WORDS or m.group(2) in _GOES_ON_ASPECT:
            return None
        last = m.group(1).rsplit(" ", 1)[-1]
        return _after(m.end(1) - len(last), m.end(1), last)
    if m.group().lower() != "karenanya" and not subject_follows(text, m.end(), e):
        return None  # 'Karenanya' joins sentences whatever follows (marked 3 of 3, heldout127)
    return _after(m.start(), m.end(), m.group())


# "Dari segi biaya memang …", "Dari sisi pelayanan, …": the phrase names the respect in which
# the clause holds, one or two lowercase words after 'segi'/'sisi'; a comma closes it before
# the clause (not before a word that goes on with the phrase: "Dari segi biaya dan waktu").
_ASPECT = re.compile(r"((?:Dari|Dilihat dari|Ditinjau dari) (?:segi|sisi) [a-z]+) ([a-z]+)\b")
_GOES_ON_ASPECT = words("yang maupun ataupun")

# "Sepanjang 2020 lalu Bapas … melayani …", "Selama Oktober 2024 Kanim menerbitkan …": a span
# of time with its year opens the sentence before a named subject and its verb; the comma
# closes it (the house form of a report with no event day: "Sepanjang Oktober 2024, …").
_TIME_SPAN = re.compile(
    r"(?:Sepanjang|Selama) (?:(?:tahun|semester [I12]+|triwulan [IV1-4]+|bulan) )?"
    rf"(?:(?:{MONTH_ALTERNATION}) )?(?:\d{{4}})(?: (?:lalu|ini|kemarin))?(?= )"
)


def time_span(doc: Doc, s: int, e: int) -> Hit | None:
    from kabar_desktop.check.rules.commas import is_verb

    text = doc.text
    m = _TIME_SPAN.match(text, s, e)
    if m is None or not subject_follows(text, m.end(), e):
        return None
    rest = text[m.end() : e].split()
    k = 0
    while k < len(rest) and (
        rest[k][:1].isupper()
        or rest[k][:1].isdigit()
        or (rest[k] == "dan" and k + 1 < len(rest) and rest[k + 1][:1].isupper())
    ):
        k += 1  # the subject's name: "Bapas Kelas I Cirebon", "Lapas dan Rutan Wonogiri"
    if k == 0 and rest and rest[0] in _SUBJECT_WORDS:
        k = 1
    if k < len(rest) and rest[k] in ("juga", "telah", "sudah", "tidak", "belum", "berhasil"):
        k += 1
    if k >= len(rest) or not is_verb(rest[k].rstrip(".,")):
        return None
    last = m.group().rsplit(" ", 1)[-1]
    return _after(m.end() - len(last), m.end(), last)


# "Ya nanti kita atur": EYD V's comma after an interjection (o, ya, wah, aduh, hai); not
# "Ya Allah" (a call, no comma) nor "Ya sudah".
_INTERJECTION = re.compile(r"(ya|wah|aduh|oh|nah)(?= (?!(?:Allah|Tuhan|Rabb|sudah)\b)\w)", re.I)


def interjection(doc: Doc, s: int, e: int) -> Hit | None:
    """An interjection opening a sentence, in a speaker's words too."""
    text = doc.text
    at = s + (text[s : s + 1] in '"“')
    m = _INTERJECTION.match(text, at, e)
    if m is None or not m.group()[0].isupper():
        return None
    return _after(m.start(), m.end(), m.group())


# A preposition opening the sentence, its phrase closed by a demonstrative, then a subject
# and its verb: "Berdasarkan kode billing itu pemohon membayar …".
# Phrases of means, basis and purpose; not of time or occasion ('Dalam kegiatan ini warga
# binaan menanam …', 'Pada kesempatan itu Bupati …'), which the editors leave as often as
# they set them off.
_PREPOSITIONS = (
    r"berdasarkan|melalui|lewat|dengan|untuk|bagi|terkait|mengenai|tentang"
    r"|sesuai dengan|seiring dengan|sejalan dengan|atas"
)
_DEMONSTRATIVE_PHRASE = re.compile(
    rf"(?:{_PREPOSITIONS}) ((?:[a-z][\w-]* ){{1,4}}(?:ini|itu|tersebut)) ([a-z]+) "
    r"(?:(binaan|pemasyarakatan|negara|asing|baru|setempat) )?([a-z]+)\b"
)
_OPENING_PREPOSITION = re.compile(rf"(?:{_PREPOSITIONS})\b", re.I)
# The subject's noun: a plain noun of the genre that does things (with the word that makes
# it a term: "warga binaan", "warga negara asing").
_AGENTS = words(
    """pemohon petugas pegawai peserta warga masyarakat pihaknya kami kita ia dia mereka
    deteni narapidana tahanan klien pengunjung pelamar pendaftar siswa mahasiswa anggota
    tim panitia jajaran keluarga"""
)
_PREDICATE_WORDS = words(
    """bisa dapat dapat akan harus wajib perlu mesti telah sudah sedang masih tetap juga
    langsung cukup hanya tidak tak belum mampu boleh"""
)
# A connector before the phrase ends with its own comma: "Lanjutnya, melalui …".
_LEAD_IN = re.compile(r"(?:[A-Z][a-z]+nya|Selain itu|Selanjutnya|Kemudian|Namun), ")


def demonstrative_phrase(doc: Doc, s: int, e: int) -> Hit | None:
    """'Berdasarkan kode itu pemohon membayar' → 'itu, pemohon': the phrase closed by its
    demonstrative, then a subject the genre names (a doer noun or a pronoun) and a verb."""
    from kabar_desktop.check.rules.commas import is_verb

    text = doc.text
    at = s
    lead = _LEAD_IN.match(text, s, e)
    if lead:
        at = lead.end()
    if not _OPENING_PREPOSITION.match(text, at, e):
        return None
    low = text[at:e]
    m = _DEMONSTRATIVE_PHRASE.match(low[:1].lower() + low[1:])
    if m is None:
        return None
    phrase, subject, verb = m.group(1).split(), m.group(2), m.group(4)
    if any(is_verb(w) for w in phrase[:-1]) or subject not in _AGENTS:
        return None
    if not (is_verb(verb) or verb in _PREDICATE_WORDS):
        return None
    end = at + m.end(1)
    last = phrase[-1]
    return _after(end - len(last), end, last)


def _after(start: int, end: int, word: str) -> Hit:
    return Hit(
        start,
        end,
        N_("A comma follows '{word}' at the start of a sentence."),
        word + ",",
        {"word": word},
    )


# ---------------------------------------------------------------- yakni / yaitu (P18)

# Not "Terutama" nor "Khususnya": the sets leave a sentence they open (2 of 2; the sixth probe).
_OPENS_SENTENCE = re.compile(r"(Yakni|Yaitu|Termasuk|Seperti|Antara lain|Di antaranya)(?= [\w“\"])")
_ALWAYS_JOINED = ("Yakni", "Yaitu")
# "Seperti saat ini, …", "Seperti tahun lalu, …": a time the main clause after it compares to.
_LIKE_BEFORE = re.compile(r" (?:saat ini|biasa(?:nya)?|tahun lalu|sebelumnya|tahun sebelumnya),")


def opening_yakni(doc: Doc, s: int, e: int) -> Hit | None:
    """'… para deteni. Yakni tempat bermain …': the explanation belongs to the sentence
    before, after a comma (the full stop before it becomes a comma); so does a fragment
    with no verb opened by 'Termasuk', 'Seperti', 'Antara lain' … ('… dari beberapa pihak.
    Termasuk dari UNHCR dan IOM.')."""
    from kabar_desktop.check.rules.commas import is_verb

    text = doc.text
    m = _OPENS_SENTENCE.match(text, s, e)
    if m is None or s < 2 or text[s - 2 : s] != ". ":
        return None
    if m.group() not in _ALWAYS_JOINED:
        # A verb in a 'yang' clause describes a noun and is no predicate: "Termasuk ormas
        # dan LSM yang bergerak di bidang …" is still a fragment (session 18).
        if text.startswith(" yang ", m.end()):
            return None  # "Seperti yang dilakukan …": P29's fragment
        if _LIKE_BEFORE.match(text, m.end()):
            return None  # "Seperti saat ini, kegiatan … kembali di panen": a whole sentence
        head, _, tail = text[m.end() : e].partition(" yang ")
        rest = re.findall(r"[^\W\d_]+", head)
        after = re.findall(r"[^\W\d_]+", tail)
        if sum(is_verb(w) or w in _COPULAS for w in after) > 1:
            return None  # "Termasuk dinas yang membina kami ikut membantu": a predicate after
        if any(is_verb(w) or w in _COPULAS for w in rest):
            return None  # a sentence of its own: "Seperti diketahui, …", "Termasuk … adalah"
    prev = text.rfind(" ", 0, s - 2) + 1
    word = text[prev : s - 2]
    if not word or not word[-1].isalpha() or word.lower() in FUNCTION_WORDS:
        return None
    return Hit(
        prev,
        m.end(),
        N_("'{word}' does not open a sentence: a comma joins it to the one before."),
        f"{word}, {m.group().lower()}",
        {"word": m.group()},
    )


_COPULAS = words("adalah ialah merupakan ada menjadi akan bisa dapat harus perlu")
_COUNTS = words(
    """dua tiga empat lima enam tujuh delapan sembilan sepuluh beberapa berbagai sejumlah
    kedua ketiga keempat"""
)
# "… empat pilar utama penyelenggaraan pemasyarakatan yakni Registrasi …": a counted noun
# phrase (up to five lowercase words after the count), then 'yakni' and a name.
_YAKNI_NAME = re.compile(r"(?<=[a-z]) (yakni|yaitu) (?=[A-Z])")
# In a speaker's words an explanation of a count in lowercase words: "… dua UPT selesai
# yakni di Rutan …" (a speaker's list of names runs on as it was said: round 11).
_YAKNI_ANY = re.compile(r"(?<=[a-z]) (yakni|yaitu) (?=[a-z])")


def counted_names(doc: Doc, s: int, e: int) -> Iterator[Hit]:
    """'meliputi empat pilar yakni Registrasi …' → 'pilar, yakni' (a count of what the
    names spell out); in a speaker's words, a lowercase explanation (the writer's lowercase
    lists are clause_seams.counted_yakni's)."""
    text = doc.text
    quoted = doc.in_quote(s)
    for m in (_YAKNI_ANY if quoted else _YAKNI_NAME).finditer(text, s, e):
        before = text[max(s, text.rfind(",", s, m.start()) + 1) : m.start()].split()[-6:]
        for k, w in enumerate(before[:-1]):
            phrase = before[k + 1 :]
            if w.lower() in _COUNTS and all(
                x.isalpha() and (x.islower() or x.isupper()) and x not in FUNCTION_WORDS
                for x in phrase
            ):
                break
        else:
            continue
        if k == 0 and not text[s : m.start()].split()[: -len(before)]:
            continue  # "Dua KUA tersebut yaitu KUA …": the counted subject, 'yaitu' its copula
        last = before[-1]
        word = m.group(1)
        yield Hit(
            m.start() - len(last),
            m.end(1),
            N_("A comma goes before '{word}' after a clause."),
            f"{last}, {word}",
            {"word": word},
        )


# "Selama batas waktu yang ditetapkan yaitu sesuai dengan …": after a phrase opened by a
# preposition 'yaitu' cannot be the copula of a subject; it opens an explanation, set off
# by a comma (EYD V) like any other.
_YAITU = re.compile(r"(?<=[a-z]) (yaitu|yakni) (?=[a-z])")
_PREPOSITION_OPENERS = words(
    """selama dalam pada untuk bagi dengan melalui sejak hingga sampai menjelang terhadap
    tentang mengenai di ke dari"""
)


def yaitu_after_phrase(doc: Doc, s: int, e: int) -> Iterator[Hit]:
    text = doc.text
    for m in _YAITU.finditer(text, s, e):
        if doc.in_quote(m.start()):
            continue
        start = max(s, text.rfind(",", s, m.start()) + 1)
        segment = text[start : m.start()].split()
        if len(segment) < 3 or segment[0].lower().strip('“"') not in _PREPOSITION_OPENERS:
            continue
        last = segment[-1]
        if not last.isalpha() or last.lower() in FUNCTION_WORDS | _NOT_BEFORE_YAITU:
            continue
        word = m.group(1)
        yield Hit(
            m.start() - len(last),
            m.end(1),
            N_("A comma goes before '{word}' after a clause."),
            f"{last}, {word}",
            {"word": word},
        )


_NOT_BEFORE_YAITU = words("ini itu tersebut adalah merupakan ialah menjadi sebagai")
