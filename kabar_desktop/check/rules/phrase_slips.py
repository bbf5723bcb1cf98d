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
- K24 (an ordinary word capitalised between lowercase words) moved to caps17_common_word.py
  in round 17; it is imported (registered) from here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import words
from kabar_desktop.check.rules import (
    ERROR,
    N_,
    WARNING,
    Hit,
    caps17_common_word,  # noqa: F401 - registers K24
    keep_case,
    rule,
)
from kabar_desktop.check.rules.form_contexts import prefixed_foreign
from kabar_desktop.compose.indonesian import number_words

# Conjunctions that cannot stand side by side: the first one is dropped.
_TWO_CONJUNCTIONS = re.compile(
    r"\b(?P<first>dan|serta|atau|dengan|namun|tetapi) (?P<second>maupun|serta"
    r"|(?<=dengan )(?:apabila|jika|bila|kalau|jikalau)|(?<=namun )tetapi|(?<=tetapi )namun)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w’'.-]*")
_REDUPLICATED = re.compile(r"(?<![\w-])([^\W\d_]{4,})-([^\W\d_]{4,})(?![\w-])")
_TIMES = re.compile(r"(?<![\w.,/])(\d{1,2})[xX](?= [a-z])")
_CLASSED = words(
    """lapas rutan bapas lpka imigrasi rudenim rupbasan pemasyarakatan kalapas karutan
    kabapas kakanim karudenim tahanan"""
)  # the offices, their heads' short titles, "Rumah Tahanan" (heldout24, heldout25)
_ARABIC_CLASS = re.compile(
    r"\b([Kk]elas) ([1-3]|[Ss]atu|[Dd]ua|[Tt]iga)( ?[AaBb])?(?![\w.,/-])"
)  # and the numeral in words: "Kantor Imigrasi Kelas Tiga Kerinci" (heldout27)
_ROMAN = {"1": "I", "2": "II", "3": "III", "satu": "I", "dua": "II", "tiga": "III"}
_TPI = re.compile(r" \(?(?:Non[ -]?)?TPI\b")  # Tempat Pemeriksaan Imigrasi: a Kanim's kind
# After 'Salah satunya' these go on the way a sentence about 'one of them' goes on.
_AFTER_SATUNYA = words(
    """adalah ialah yaitu yakni yang dengan melalui lewat berupa seperti terkait tentang
    di ke dari pada untuk bagi dalam oleh karena ketika saat ini itu juga pun ialah mengenai
    sebagai antara lain menurut ia dia mereka kami kita beliau"""
)
_SALAH_SATUNYA = re.compile(r"(Salah satunya) ([a-z]+)\b")
_VERBISH = re.compile(r"(?:me|di|ber|ter|mem|men|meng|meny)[a-z]{3,}")

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


def _subject_of_verb(rest: str) -> bool:
    """The noun after 'Salah satunya' is the subject of a meN- verb before the clause ends
    ('Salah satunya warga binaan sangat mengapresiasi …'): the count belongs before it. A
    bare list of examples ('Salah satunya cara bercocok tanam yang benar') names one of them;
    the sets leave it (2 of 3)."""
    for w in re.findall(r"[^\W\d_]+|[,;:.]", rest):
        if w in (",", ";", ":", ".") or w in _CLAUSE_ENDS:
            return False
        if w.startswith("me") and _VERBISH.fullmatch(w):
            return True
    return False


_CLAUSE_ENDS = words("yang agar supaya untuk dan serta karena sehingga")


@rule("W18", ERROR, N_("'Salah satu' counts the noun after it; 'salah satunya' stands alone"))
def salah_satunya(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for s, _e in para.sentences:
            m = _SALAH_SATUNYA.match(text, s)
            if m is None or m.group(2) in _AFTER_SATUNYA or _VERBISH.fullmatch(m.group(2)):
                continue
            if not _subject_of_verb(text[m.end(2) : _e]):
                continue  # "Salah satunya tanaman jagung manis.": one of them named (heldout140)
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
        fixed = "Kelas " + _ROMAN[m.group(2).lower()] + (m.group(3) or "").strip().upper()
        yield Hit(
            m.start(),
            m.end(),
            N_("An office's class is written in Roman numerals: '{fix}'."),
            fixed,
            {"fix": fixed},
        )


# P25: a sentence-opening phrase of speech ("Dalam arahannya") before the speaker's name, and
# an attribution set into a sentence (", kata dia"), are closed by a comma (EYD V, II.F).
_SPEECH_OPENING = re.compile(
    r"(?:[\"“])?(Dalam [a-z]{3,}nya)(?= [A-Z]| (?:dia|ia|beliau|pihaknya)\b)"
)  # "Dalam sambutannya dia menghimbau" (heldout25)
_INSERTED_SAID = re.compile(
    r", ((?:kata|ujar|tutur|ucap|jelas) (?:dia|ia|beliau))(?= [a-z])"
    # session 16: "Selain pembinaan mental, tambahnya Lapas juga …", "Pengunjung, katanya
    # juga dilayani …": an attribution with -nya set into the sentence, which goes on
    r"|, ((?:kata|ujar|tutur|ucap|jelas|tambah|lanjut|imbuh|ungkap|terang)nya)"
    r"(?= (?:[A-Z][a-z]|(?:juga|dapat|akan|telah|sudah|masih|harus|bisa|perlu|tetap|terus)\b))"
)


@rule("P25", ERROR, N_("A comma closes an opening phrase of speech: 'Dalam arahannya,'"))
def speech_phrase_comma(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for s, e in para.sentences:
            m = _SPEECH_OPENING.match(text, s)
            found = [m] if m else []
            found += list(_INSERTED_SAID.finditer(text, s, e))
            for f in found:
                g = 1 if f.group(1) else 2
                phrase = f.group(g)
                yield Hit(
                    f.start(g),
                    f.end(g),
                    N_("A comma closes '{word}'."),
                    phrase + ",",
                    {"word": phrase},
                )


# P26: a name opening the sentence, a comma, then an adverb and the predicate: the comma
# parts the subject from its predicate ("Lapas Kelas IIA Pematang Siantar, tetap
# mengutamakan" → no comma). After a position the name is an apposition closed by a comma
# ("Kepala Lapas, Budi, juga hadir"): that segment does not open the sentence alone.
_ADVERBS = words(
    "tetap juga terus gencar telah sudah selalu senantiasa kembali akan turut pun langsung kini"
)
# Session 16: an office's name needs no adverb before its verb ("Rutan Kelas IIB Bangli,
# menggelar …"), and a lead's subject starts after its dateline ("BANGKA- Lembaga …").
_OFFICE_HEADS = words("lapas rutan bapas rudenim lpka kanim lembaga rumah balai kantor")
_NOT_VERBS = words("melalui menuju mengenai menurut menjelang bersama berdasarkan terhadap beserta")
_DATELINE_DASH = re.compile(r".{2,60}?[-–—] ?(?=[A-Z])")
_NAME_PART = re.compile(r"[A-Z][\w’'.-]*|(?:I{1,3}|IV)[AB]?|[a-z]{1,3}|\([A-Z][\w-]*\)")
_OPENING_WORDS = words(
    """dalam pada saat setelah usai seusai selain sementara meski meskipun walaupun di
    kini sebelumnya selanjutnya kemudian bersama namun oleh untuk akhirnya"""
)
_VERB_AFTER = re.compile(r"(?:me|di|ber|ter|mem|men|meng|meny|mengh)[a-z]{3,}\b")


_PLACE_OPENERS = ("bertempat ", "berlokasi ", "bertempatkan ")


@rule("P26", WARNING, N_("No comma between a named subject and its predicate"))
def named_subject_comma(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for s, e in para.sentences:
            if doc.in_quote(s):
                continue
            for m in re.finditer(r", ([a-z]+) ", text[s:e]):
                comma = s + m.start()
                start = text.rfind(",", s, comma) + 1 or s
                dash = para.kind == "lead" and s == para.start and _DATELINE_DASH.match(text, s)
                if dash and dash.end() <= comma:
                    start = dash.end()
                verb = (
                    _VERB_AFTER.fullmatch(m.group(1))
                    and m.group(1) not in _NOT_VERBS
                    and _office(text[start:comma])
                )
                if not verb and (
                    m.group(1) not in _ADVERBS or not _VERB_AFTER.match(text, s + m.end())
                ):
                    continue
                if start > s and not (dash and start == dash.end()):
                    first = text[s:start].split(maxsplit=1)[0].strip('"“').lower()
                    if first not in _OPENING_WORDS or text.count(",", s, start) != 1:
                        break
                opening = text[start:comma].lstrip().lower().startswith(_PLACE_OPENERS)
                if _is_name(text[start:comma]) and not opening:  # "Bertempat di …," (p119)
                    yield Hit(
                        comma,
                        comma + 1,
                        N_("No comma between the subject and its predicate '{word}'."),
                        "",
                        {"word": m.group(1)},
                    )
                break


def _office(segment: str) -> bool:
    """An office's name: a name that its kind heads ('Rutan Kelas IIB Bangli')."""
    head = segment.split(maxsplit=1)[0].lower() if segment.strip() else ""
    return head in _OFFICE_HEADS and _is_name(segment)


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
