"""A sentence's parts in their place (P22–P24, W14, W15): no comma between a linking word and
what it introduces, no date standing as a sentence of its own, no full stop closing the title,
the word a phrase cannot do without, and the verb's prefix that only a headline drops.

EYD V puts a comma before 'yaitu' and 'yakni', never after them, and none after 'adalah': the
complement follows directly (`adalah, KUA …` → `adalah KUA …`). KBBI's 'bertempat' is
"berada di": a place's name after it takes 'di' (`bertempat Hotel …` → `bertempat di Hotel`);
'hal' opening a sentence needs its pointer (`Hal bertujuan …` → `Hal ini bertujuan …`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import FUNCTION_WORDS, words
from kabar_desktop.check.rules import ERROR, N_, WARNING, Hit, keep_case, rule
from kabar_desktop.check.rules.structure import DATELINE

_LINK_COMMA = re.compile(
    r"\b([Aa]dalah|[Yy]aitu|[Yy]akni|pada|meliputi|dihadiri|untuk|oleh|dengan"
    r"|terdiri(?: dari| atas)?),(?= ([^\W\d_]+))"
)
_OBJECT_TAKERS = words("pada untuk oleh dengan")
# Session 40: a preposition or a verb and its object, no comma between (`pada, Senin` 13 of
# 13 marked, `meliputi, beras` 6 of 6, `dihadiri, Lurah` 4 of 4, `oleh, Camat` 4 of 5); not a
# series of prepositions (`dari, oleh, dan untuk masyarakat`) nor `oleh, karena itu`.
_SERIES_AFTER = words("dan atau serta maupun karena untuk oleh dari")
# A list announced with a semicolon: `antara lain; Bung Aguk` → a colon (18 of 18 marked);
# `seperti:`/`seperti;` and `meliputi;` take nothing: the examples follow (8 of 8).
_LIST_MARK = re.compile(
    r"\b(antara lain|yaitu|yakni|di antaranya|sebagai berikut|seperti|meliputi)([;:])(?= \S)",
    re.IGNORECASE,
)
# "adalah, menurutnya, …": an aside set off by two commas, not the complement.
_ASIDE_WORDS = words(
    """menurut menurutnya kata katanya ujar ujarnya jelas jelasnya tambah tambahnya tentu
    pertama kedua ketiga misalnya antara"""
)
_BERTEMPAT = re.compile(r"\b([Bb]ertempat) (?=[A-Z][^\W\d_]+)")
# "Hal" opening a sentence before a verb in di- or ber-: "Hal dilakukan …", "Hal bertujuan …";
# not a noun phrase ("Hal berikut", "Hal dimaksud", "Hal tersebut", "Hal senada").
# A sentence's subject and 'kepada' with no verb between: "Kegiatan ini kepada warga binaan"
# (ditujukan kepada, diberikan kepada).
_NO_VERB = re.compile(r"([A-Z][a-z]+) (?:ini|itu|tersebut) (kepada)\b")
# "Sementara itu kepada wartawan, …", "Selain itu kepada peserta, …": a connector, no subject.
_CONNECTORS = FUNCTION_WORDS | words(
    "sementara selain setelah sesudah sebelum namun meski walau bahkan atas selama sejak"
)
_HAL = re.compile(r"(Hal) (?=(?:ber(?!ikut\b)|di(?!maksud\b))[a-z]{4,}\b(?! yang\b))")

# A "sentence" that is only the weekday and the date (and the time): it belongs to the one
# before, after a comma ("… Labuhan Deli. Selasa malam (4/5/2021) pukul 21.00 WIB.").
_DATE_ALONE = re.compile(
    r"(Senin|Selasa|Rabu|Kamis|Jumat|Jum’at|Jum'at|Sabtu|Minggu)(?: (?:pagi|siang|sore|malam))?"
    r",? \(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)(?:,? pukul [\d.:]+(?: WI[BT]A?)?)?\.?\s*$"
)


@rule("P22", ERROR, N_("No comma after 'adalah', 'yaitu', 'pada' and the like"))
def link_comma(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for m in _LINK_COMMA.finditer(text, para.start, para.end):
            if m.group(2).lower() in _ASIDE_WORDS:
                continue
            if m.group(1) in _OBJECT_TAKERS and (
                m.group(2).lower() in _SERIES_AFTER or text[m.start() - 2 : m.start()] == ", "
            ):
                continue
            yield Hit(
                m.start(),
                m.end(),
                N_("No comma follows '{word}': what it introduces comes right after it."),
                m.group(1),
                {"word": m.group(1)},
            )


@rule("P42", ERROR, N_("A list after 'antara lain' opens with a colon; none after 'seperti'"))
def list_mark(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        here = text[para.start : para.end]
        if ";" not in here and ":" not in here:
            continue
        for m in _LIST_MARK.finditer(text, para.start, para.end):
            word, mark = m.group(1), m.group(2)
            dropped = _NO_MARK_AFTER.get(word.lower())
            if dropped is not None and mark in dropped:
                message = N_("No mark after '{word}': the examples follow right after it.")
                yield Hit(m.start(2), m.end(2), message, "", {"word": word})
            elif dropped is None and mark == ";":
                message = N_("A list after '{word}' opens with a colon, not a semicolon.")
                yield Hit(m.start(2), m.end(2), message, ":", {"word": word})


# The words whose examples follow with no mark at all, and the marks read after them (a colon
# after 'meliputi' is left: the sets leave 'meliputi:' 8 of 8).
_NO_MARK_AFTER = {"seperti": ";:", "meliputi": ";"}


@rule("P23", ERROR, N_("A date after a sentence joins it with a comma"))
def date_alone(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for s, e in para.sentences:
            if s - 2 >= para.start and text[s - 2 : s] == ". " and _DATE_ALONE.match(text, s, e):
                day = text[s:e].split(maxsplit=1)[0]  # the date matched here: no space first
                yield Hit(
                    s - 2,
                    s + len(day),
                    N_("The weekday and the date belong to the sentence before: a comma."),
                    ", " + day,
                )


@rule("P24", ERROR, N_("A title ends without a full stop"))
def title_stop(doc: Doc) -> Iterator[Hit]:
    """A first line that ends with a full stop is read as the lead; when the next paragraph
    opens with the dateline, it was the title all the same ("… Hadiri Rakor Timpora.")."""
    paras = [p for p in doc.paras if p.kind in ("title", "lead", "body")]
    if len(paras) < 2 or paras[0].kind == "title":
        return
    first, second = paras[0], paras[1]
    text = doc.text[first.start : first.end].rstrip()
    one_line = ". " not in text and len(text.split()) <= 20
    stop = text.endswith(".") and not text.endswith("..")
    if one_line and stop and DATELINE.match(doc.text, second.start, second.end):
        word = text.rsplit(" ", 1)[-1]
        end = first.start + len(text)
        yield Hit(end - len(word), end, N_("A title ends without a full stop."), word[:-1])


# 'terdiri' with its parts and no 'atas'/'dari' between: a count word or a quantifier after it.
_TERDIRI = re.compile(  # session 32: before any noun too ("terdiri Kepala Desa", 8 of 9)
    r"\b([Tt]erdiri) (?=(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh"
    r"|berbagai|beberapa|banyak|sejumlah|para)\b"
    r"|(?!(?:atas|dari|di|dan|oleh|sebanyak|hingga|sampai|dengan|Drs?|Dra|Ir|Hj?|Prof)\b)"
    r"[A-Za-z]{2,}\b(?![.-]))"
)


# A verb and the word it wants before what follows it, with the message and the word.
_WANTED = (
    (_BERTEMPAT, N_("'bertempat' takes 'di' before a place: 'bertempat di'."), " di"),
    # "terdiri tiga jenis", "terdiri berbagai jenis" (7 of 9 marked; session 22)
    (_TERDIRI, N_("'terdiri' takes 'atas' before its parts: 'terdiri atas'."), " atas"),
)


@rule("W14", ERROR, N_("A phrase keeps the word it needs: 'bertempat di', 'Hal ini'"))
def missing_word(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for pattern, message, word in _WANTED:
            for m in pattern.finditer(text, para.start, para.end):
                yield Hit(m.start(1), m.end(1), message, m.group(1) + word)
        for s, _e in para.sentences:
            bare = _NO_VERB.match(text, s)
            if bare and bare.group(1).lower() not in _CONNECTORS and not doc.in_quote(s):
                yield Hit(
                    bare.start(),
                    bare.end(),
                    N_("The sentence has no verb before 'kepada': 'ditujukan kepada', …"),
                )
            hal = _HAL.match(text, s)
            if hal:
                yield Hit(
                    hal.start(1),
                    hal.end(1),
                    N_("'Hal' opening a sentence needs 'ini', 'itu' or 'tersebut'."),
                    "Hal ini",
                )


# W15: a headline drops meN- ("Lapas Selong Gelar Coffee Morning"); running text keeps it
# ("Lapas Kelas IIB Selong menggelar acara"). The bare roots Humas news uses as verbs, with
# their meN- form.
_MEN_FORMS = {
    "gelar": "menggelar", "lakukan": "melakukan", "jalin": "menjalin", "kontrol": "mengontrol",
    "tinjau": "meninjau", "pantau": "memantau", "serahkan": "menyerahkan",
    "berikan": "memberikan", "laksanakan": "melaksanakan", "hadiri": "menghadiri",
    "kunjungi": "mengunjungi", "bagikan": "membagikan", "resmikan": "meresmikan",
    "adakan": "mengadakan", "salurkan": "menyalurkan", "lantik": "melantik",
    "kukuhkan": "mengukuhkan", "raih": "meraih", "ajak": "mengajak",
    "dapatkan": "mendapatkan", "sampaikan": "menyampaikan", "imbau": "mengimbau",
    "ikuti": "mengikuti", "sambut": "menyambut", "tandatangani": "menandatangani",
    "gandeng": "menggandeng", "terima": "menerima", "perkuat": "memperkuat",
    "tingkatkan": "meningkatkan", "wujudkan": "mewujudkan", "dukung": "mendukung",
    "sosialisasikan": "menyosialisasikan", "peringati": "memperingati", "sumbang": "menyumbang",
}  # fmt: skip
_BARE_VERB = re.compile(r"\b(" + "|".join(_MEN_FORMS) + r")(?= [a-z\d])")
_BEFORE_BARE = words("usai seusai setelah sebelum saat ketika")
_PRONOUNS = words("ia kami kita saya mereka aku engkau anda dia beliau")
# Before these a -kan or -i verb needs its meN- too: "untuk dapatkan sesuatu" (not a bare
# root, which may be a noun: "untuk gelar perkara").
_BEFORE_SUFFIXED = words("untuk guna agar supaya akan dapat bisa harus ingin berupaya berusaha")


@rule("W15", WARNING, N_("Running text keeps the verb's prefix a headline drops"))
def bare_verb(doc: Doc) -> Iterator[Hit]:
    """'Lapas Kelas IIB Selong gelar acara', 'Kadivpas kontrol langsung', 'usai lakukan
    sosialisasi': a root after its subject's name (or after 'usai', 'setelah') is a verb that
    takes meN-. Not after a pronoun ('hal ini kami lakukan' is right), nor in a quote."""
    text = doc.text
    for para in doc.prose_paras():
        for m in _BARE_VERB.finditer(text, para.start, para.end):
            before = text[max(para.start, m.start() - 30) : m.start()].split()[-1:]
            word = before[0] if before else ""
            low = word.rstrip(",").lower()
            name = word[:1].isupper() and low not in _PRONOUNS and low not in FUNCTION_WORDS
            suffixed = m.group(1).endswith(("kan", "i")) and low in _BEFORE_SUFFIXED
            if not (name or word in _BEFORE_BARE or suffixed) or doc.in_quote(m.start()):
                continue  # "Dalam gelar perkara": a noun after a function word
            if low == "serah" and m.group(1) == "terima":
                continue  # "Serah terima pengamanan": KBBI's compound noun (session 42)
            fixed = keep_case(m.group(1), _MEN_FORMS[m.group(1)])
            yield Hit(
                m.start(),
                m.end(),
                N_("In running text the verb keeps its prefix: '{word}'."),
                fixed,
                {"word": fixed},
            )
    yield from _bare_kan_after_adverb(doc)


# W15 beyond the list: any bare -kan verb after a word of manner or aspect ("tetap
# dirikan salat", "bersemangat bersihkan blok"), where no pronoun can be its agent.
_MANNER = words("tetap terus segera langsung selalu senantiasa kembali bersama-sama")
_BARE_KAN = re.compile(r"(?<![\w-])([a-z-]+) ([a-z]{3,}kan)\b")


def _bare_kan_after_adverb(doc: Doc) -> Iterator[Hit]:
    from kabar_desktop.check.morphology import Analysis, spell
    from kabar_desktop.check.spelling import speller

    text = doc.text
    for para in doc.prose_paras():
        for m in _BARE_KAN.finditer(text, para.start, para.end):
            before, verb = m.groups()
            if verb in FUNCTION_WORDS or doc.in_quote(m.start(2)):
                continue
            if before not in _MANNER and not (before.startswith("ber") and len(before) > 6):
                continue
            sp = speller()
            if verb in sp.lists.stems or (before not in _MANNER and not sp.known(before)):
                continue
            root = next(
                (
                    r.root
                    for r in sp.readings(verb)
                    if r.regular and not r.prefixes and not r.clitic and r.suffix == "kan"
                ),
                None,
            )
            flags = sp.lists.flags(root) if root else ""
            if root is None or "Mk" not in {flags[k : k + 2] for k in range(0, len(flags), 2)}:
                continue
            fixed = spell(Analysis(("meN",), root, "kan"))
            yield Hit(
                m.start(2),
                m.end(2),
                N_("In running text the verb keeps its prefix: '{word}'."),
                fixed,
                {"word": fixed},
            )
