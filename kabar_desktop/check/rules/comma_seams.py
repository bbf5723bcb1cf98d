"""Commas at the seams of a clause that round 10 reads (issue 13): helpers the comma rules
call, kept apart so their modules stay small. Each is EYD V (Tanda Koma) where the words make
the seam plain, and silent where they could be read another way.

- P39 `Hal itu karena, kondisi …`, `… adalah, KUA …`: no comma between a conjunction, a
  copula or `yaitu` and what it opens; nor between `dan`/`serta`/`atau` and the name it adds
  (`Judith dan, Mona Sianturi` → `dan Mona`; round 21), unless an aside closed by its own
  comma follows (`dan, menurut Budi, …`);
- P39 `Pria yang akrab disapa Budi itu, menyebutkan …`: a subject closed by a demonstrative,
  then its predicate: no comma between them;
- P17 `hanya melakukan pelanggaran bukan kejahatan,`: a short contrast with `bukan` after
  the clause's object takes its comma (`pelanggaran, bukan kejahatan`);
- P40 `Budi kepada wartawan, Senin (30/1) mengatakan …`: a time set into the sentence after
  a comma is closed by one before the subject's verb of saying.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import FUNCTION_WORDS, SAYING_VERBS, words
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.commas import is_verb

# Conjunctions whose clause follows them directly ("karena kondisi …", "seperti belajar …"),
# and the copulas and 'yaitu' before what they name ("adalah KUA …", "yaitu warna …").
_CONJUNCTION_COMMA = re.compile(
    r"(?<=[^\W\d_] )(karena|sehingga|agar|supaya|seperti|bahwa|adalah|merupakan|ialah|yaitu"
    r"|yakni)(,) ([A-Za-z]+)\b"
    # round 21: 'dan'/'serta'/'atau' before the name it adds ("Judith dan, Mona Sianturi")
    r"|(?<=[^\W\d_] )(dan|serta|atau)(,) ([A-Z][a-z]+)\b"
)
# An aside may stand between the conjunction and its clause: "karena, menurut Budi, …".
_ASIDE_OPENERS = FUNCTION_WORDS | words(
    """menurut menurutnya kata katanya ujar ujarnya sesuai berdasarkan selain jika apabila
    bila kalau ketika saat setelah sesudah sebelum selama sejak meski meskipun walaupun
    misalnya contohnya antara lain termasuk tentu tentunya selanjutnya kemudian namun"""
)


def conjunction_comma(doc: Doc, s: int, e: int) -> Iterator[Hit]:
    """'Hal itu karena, kondisi sedang …': the comma parts a conjunction from its clause."""
    text = doc.text
    for m in _CONJUNCTION_COMMA.finditer(text, s, e):
        g = 1 if m.group(1) else 4  # the conjunction's group: its comma and word follow it
        if m.group(g + 2).lower() in _ASIDE_OPENERS:
            continue
        if "," in " ".join(text[m.end(g + 2) : e].split(" ", 2)[:2]):
            continue  # "karena, pertama, …", "karena, ya kan, …": a short aside, closed
        yield Hit(
            m.start(g + 1),
            m.end(g + 1),
            N_("No comma after '{word}': the clause it opens follows it directly."),
            "",
            {"word": m.group(g)},
        )


# A sentence's subject closed by a demonstrative, its comma, then the predicate.
_DEMONSTRATIVE_SUBJECT = re.compile(
    r"[\"“]?([A-Za-z][^,.;:!?\"“”()]{3,120}? (?:itu|ini|tersebut)), ([a-z]+)\b"
)
# Words opening a phrase of time, place or connection, not a subject ("Setelah itu, …",
# "Tahun ini, …", "Untuk itu, …"), and pronouns ("Mereka itu, …" reads as an aside).
_NOT_SUBJECT_START = FUNCTION_WORDS | words(
    """selain sementara oleh untuk setelah sesudah sebelum usai seusai saat ketika sejak
    selama meski meskipun walaupun namun tetapi hal dengan karena jika apabila bila kalau
    bahkan jadi kemudian lalu adapun maka sehingga tahun bulan hari minggu pekan kali waktu
    pagi siang sore malam kesempatan momen momentum masa kini sekarang akhir awal mereka
    kami kita saya ia dia beliau terkait menurut sesuai berdasarkan atas berkat demi guna
    begitu demikian semua seluruh sehubungan seiring sejalan sebab akibat lantaran lewat
    bersama tanpa sampai kala tatkala apalagi supaya seperti kini dulu memang justru tak
    tidak bukan lebih soal perihal apa khusus"""
)
# Sentence adverbs before the subject ("Sebelumnya", "Makanya", "Kini").
_LEADING_ADVERBS = words("namun bahkan jadi kemudian lalu sekarang kini dulu memang justru maka")
# Words after the comma that open a predicate: an aspect, a modal or a degree.
_PREDICATE_OPENERS = words(
    """tidak tak belum sudah telah akan masih harus perlu wajib dapat bisa mampu tetap
    sangat agak cukup selalu sering juga pun hanya"""
) | words("sekaligus")  # round 24: "Pemberian hadiah itu, sekaligus menandai …"
_NOT_PREDICATES = words(
    """menurut mengenai melalui menuju menjelang meliputi melainkan dimana diantara disamping
    disini disana dikala diantaranya berbagai beragam"""
)
_ASIDE_CLOSED = re.compile(r"[^,.;:!?\"“”]{0,60}, ")


def demonstrative_subject(doc: Doc, s: int, e: int) -> Hit | None:
    """'Pria yang akrab disapa Budi itu, menyebutkan …': the subject is plain where it ends in
    'itu', 'ini' or 'tersebut' and opened the sentence; its comma before the verb is wrong
    (EYD V: no comma between subject and predicate)."""
    text = doc.text
    m = _DEMONSTRATIVE_SUBJECT.match(text, s, e)
    if m is None:
        return None
    subject = m.group(1).split()
    verb = m.group(2)
    while subject and (subject[0].lower() in _LEADING_ADVERBS or subject[0].endswith("nya")):
        subject = subject[1:]  # "Makanya sekarang rudenim ini, …": the subject follows
    if len(subject) < 2 or subject[0].lower() in _NOT_SUBJECT_START:
        return None
    if verb in _NOT_PREDICATES or not (verb in _PREDICATE_OPENERS or is_verb(verb)):
        return None
    # Before a relative clause ('yang …') the subject's head holds no verb: else the words
    # are a clause of their own ("Kami menyambut baik kegiatan itu, …").
    head = subject[: subject.index("yang")] if "yang" in subject else subject
    if any(is_verb(w.lower()) or w.lower() in SAYING_VERBS for w in head):
        return None
    if _ASIDE_CLOSED.match(text, m.end(2), e):
        return None  # "Pria itu, didampingi istrinya, meninjau …": an aside set off
    return Hit(
        m.end(1),
        m.end(1) + 1,
        N_("No comma between the subject or verb and '{word}'."),
        "",
        {"word": verb},
    )


# "… melakukan pelanggaran bukan kejahatan, sehingga …": a verb's object, then 'bukan' and a
# short contrasting noun phrase closed by a mark.
_BUKAN = re.compile(r"(?<=[a-z]) bukan ([a-z]+(?: [a-z]+)?)(?=[,.;])")
_NOT_BEFORE_BUKAN = FUNCTION_WORDS | words(
    """ini itu tersebut adalah merupakan ialah yakni yaitu menjadi sebagai juga pun tentu
    apakah sudah telah masih tetap yang"""
)
_NOT_AFTER_BUKAN = (
    _PREDICATE_OPENERS
    | FUNCTION_WORDS
    | words("lagi main sekadar sekedar saja pula hal sesuatu rahasia ini itu mustahil tidak")
)
_SAID_OR_THAT = SAYING_VERBS | words("bahwa jika apabila bila kalau karena")


def bukan_contrast(doc: Doc, s: int, e: int) -> Iterator[Hit]:
    """'… hanya melakukan pelanggaran bukan kejahatan, …' → 'pelanggaran, bukan kejahatan'
    (EYD V: a comma before the contrasting part). Only after an active verb and its object in
    the same stretch, never where 'bukan' can be the predicate's negation ('deteni bukan
    penjahat' after 'bahwa' or a verb of saying)."""
    text = doc.text
    for m in _BUKAN.finditer(text, s, e):
        start = max(s, text.rfind(",", s, m.start()) + 1)
        before = text[start : m.start()].split()
        if len(before) < 3 or before[-1].lower() in _NOT_BEFORE_BUKAN:
            continue
        if is_verb(before[-1].lower()) or not before[-1].isalpha():
            continue
        after = m.group(1).split()
        if after[0] in _NOT_AFTER_BUKAN or is_verb(after[0]) or after[0].endswith("nya"):
            continue
        if before[-1].lower() == "negara" and after[0] == "pajak":
            continue  # "pendapatan negara bukan pajak" (PNBP): one term (probe62)
        lowered = [w.lower().strip('“”"()') for w in before[:-1]]
        if "yang" in lowered or any(w in _SAID_OR_THAT for w in lowered):
            continue
        if not any(w.startswith(("me", "ber")) and is_verb(w) for w in lowered[-3:]):
            continue  # the object right after its active verb ('melakukan pelanggaran')
        last = before[-1]
        yield Hit(
            m.start() - len(last),
            m.start() + len(" bukan"),
            N_("A comma goes before '{word}' inside a sentence."),
            f"{last}, bukan",
            {"word": "bukan"},
        )


_DAYS = "Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu"
# ", Senin (30/1/2023) mengatakan": the time after its comma, then the subject's verb.
_TIME_ASIDE = re.compile(
    rf"(?<=[\w.)]), (?:{_DAYS})(?: \([\d/.-]+\)| [\d/.-]+| (?:pagi|siang|sore|malam|lalu))?"
    r" ([a-z]+)\b"
)


def unclosed_time(doc: Doc, s: int, e: int) -> Iterator[Hit]:
    """'Kepala Rudenim Budi kepada wartawan, Senin (30/1/2023) mengatakan, …': the time is set
    into the sentence, opened by a comma; it closes with one before the verb of saying."""
    text = doc.text
    for m in _TIME_ASIDE.finditer(text, s, e):
        verb = m.group(1)
        if verb not in SAYING_VERBS and verb not in ("menerangkan", "memaparkan", "menilai"):
            continue
        if doc.in_quote(m.start()):
            continue
        before = text[s : m.start()].split()
        if any(w in SAYING_VERBS or w == "bahwa" for w in before):
            continue  # "Ia mengatakan, Senin (…) menjelaskan …": no subject of its own here
        if not before or before[-1][:1].isupper():
            continue  # "Kepala Lapas, Budi, Senin (…) mengatakan": the comma closes the name
        end = m.start(1) - 1
        word = text[text.rfind(" ", s, end) + 1 : end]
        yield Hit(
            end - len(word),
            end,
            N_("A phrase set into the sentence is set off by commas on both sides: '{word}'."),
            word + ",",
            {"word": word + ","},
        )


# Words that name a part of a whole: "di antaranya" after them means "of them".
_PARTS = words(
    """sebagian besar beberapa banyak satu dua tiga empat lima enam tujuh delapan sembilan
    sepuluh belas puluh ratus ribu separuh seluruh semua mayoritas kebanyakan sisanya"""
)


def demonstrative(m: re.Match) -> frozenset[str]:
    """The demonstratives that may stand before P18's word: 'yaitu' and 'yakni' name what
    the phrase closed by 'itu' holds ('pintu yang diperbaiki tersebut, yakni tiga pintu');
    'salah satunya' after 'itu' is the subject's ('Kegiatan itu salah satunya …')."""
    return _DEMONSTRATIVES if m.group(1) in ("yaitu", "yakni") else frozenset()


_DEMONSTRATIVES = words("ini itu tersebut")


# Round 24: a count's measure words ('10 orang di antaranya': ten of them); after a count
# and any other noun, 'di antaranya' lists that noun's members ('beberapa kategori di
# antaranya lomba azan …').
_CLASSIFIERS = words("orang buah unit ekor kasus persen warga jiwa kali")


def _part_of(last: list[str]) -> bool:
    """The words before 'di antaranya' count a part of a group named before it."""
    if not last:
        return False
    if last[-1] in _PARTS or last[-1][:1].isdigit():
        return True
    before = last[-2] if len(last) > 1 else ""
    return (before in _PARTS or before[:1].isdigit()) and last[-1] in _CLASSIFIERS


def list_or_example(doc: Doc, s: int, m: re.Match, segment: list[str]) -> bool:
    """Whether P18's word at ``m`` opens a list, an example or an explanation set off by a
    comma, not the copula of a subject: 'Langkah pertama yang dilakukan klien yaitu bertemu
    …' (a noun phrase with its relative clause, then 'yaitu' and the verb of its predicate)
    takes no comma. A list opened by 'di antaranya' or 'antara lain' in a speaker's words is
    left alone: the spoken list runs on."""
    text = doc.text
    word = m.group(1)
    if word in ("di antaranya", "antara lain"):  # after a verb the list is its object
        last = [w.lower() for w in segment[-2:]]
        if word == "di antaranya" and _part_of(last):
            return False  # "sebagian besar di antaranya", "10 orang di antaranya": a part
        return not doc.in_quote(m.start()) and not is_verb(last[-1])
    if word not in ("yaitu", "yakni") or text.rfind(",", s, m.start()) >= 0:
        return True
    after = text[m.end(1) :].split(None, 1)[:1]
    lowered = [w.lower().strip('“”"()') for w in segment]
    if not after or not is_verb(after[0]) or "yang" not in lowered:
        return True
    head = lowered[: lowered.index("yang")]
    return not head or head[0] in _NOT_SUBJECT_START or any(is_verb(w) for w in head)
