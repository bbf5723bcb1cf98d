"""Two seams of a clause read by their words alone (EYD V, Tanda Koma):

- no comma before the 'bahwa' clause that completes a verb of saying, showing or knowing,
  also when a short complement stands between ('membuktikan kepada masyarakat, bahwa …',
  'menyampaikan kepada kami semua, bahwa …' → no comma; P39's);
- a comma before 'yaitu'/'yakni' that spells out a counted group ('di dua kabupaten lain
  yakni Buton Selatan dan …', 'tiga hal yaitu …' → 'lain, yakni'; P18's), whatever the case
  of what follows: the count says a list comes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import SAYING_VERBS, words
from kabar_desktop.check.rules import N_, Hit

# Verbs whose object can be a 'bahwa' clause besides the verbs of saying.
_THAT_VERBS = SAYING_VERBS | words(
    """membuktikan menunjukkan memastikan meyakinkan menyadari mengetahui memahami mengakui
    menilai menganggap memberitahukan menginformasikan melaporkan mengumumkan menekankan
    menggarisbawahi mengingatkan berharap menyimpulkan menerangkan memaparkan"""
)
_BAHWA = re.compile(r", bahwa\b")
_MAX_BETWEEN = 4  # "kepada seluruh masyarakat Sleman": a short complement, no clause
# A count, the group's noun (and 'lain'), then 'yaitu'/'yakni' with no comma before it.
_COUNTED = re.compile(
    r"\b(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|\d{1,2})"
    # round 24: the group's noun may be a level word in capitals or two joined by a slash
    # ('6 Kabupaten/kota yakni …')
    r" ((?:[a-z]+|[A-Z][a-z]+)(?:/[A-Za-z]+)?(?: (?:lain|utama|pokok|penting|besar|baru))?)"
    r" (yaitu|yakni)\b(?=\s\S)"
)
_NOT_GROUP = words("kali persen orang tahun bulan hari jam menit")


def bahwa_commas(text: str, s: int, e: int) -> Iterator[int]:
    """The commas before 'bahwa' that part it from its verb and a short complement."""
    for m in _BAHWA.finditer(text, s, e):
        start = max(s, text.rfind(",", s, m.start()) + 1, text.rfind("”", s, m.start()) + 1)
        clause = text[start : m.start()].split()
        for k, word in enumerate(clause):
            if word.lower() in _THAT_VERBS and 0 < len(clause) - k - 1 <= _MAX_BETWEEN:
                between = [w.lower() for w in clause[k + 1 :]]
                if "yang" not in between and not any(w in _THAT_VERBS for w in between):
                    yield m.start()
                break


def counted_yakni(doc: Doc, s: int, e: int) -> Iterator[Hit]:
    """'dua kabupaten lain yakni …' → 'lain, yakni', in the writer's sentences (a speaker's
    list runs as it was said)."""
    text = doc.text
    if "yakni" not in text[s:e] and "yaitu" not in text[s:e]:
        return
    for m in _COUNTED.finditer(text, s, e):
        if m.group(1).split()[0].lower() in _NOT_GROUP or doc.in_quote(m.start()):
            continue
        if not text[s : m.start()].strip(' "“'):
            continue  # "Dua KUA tersebut yaitu …": the counted subject, 'yaitu' its copula
        last = m.group(1).split()[-1]
        at = m.end(1) - len(last)
        word = m.group(2)
        yield Hit(
            at,
            m.end(2),
            N_("A comma goes before '{word}' after a clause."),
            f"{last}, {word}",
            {"word": word},
        )


# Words that open a title's adverbial phrase, after which the comma belongs ('Jelang Lebaran,
# Lapas Gelar …', 'Secara Virtual, Kanwil …').
_OPENERS = words(
    """dalam jelang menjelang usai seusai setelah sebelum saat ketika selama secara di ke dari
    pada untuk demi guna bersama melalui lewat via terkait soal hingga sejak meski walau
    tanpa dengan"""
)


# Bare words of a rise or a fall that end a title's first clause as its predicate.
_CHANGE = words("naik turun anjlok melonjak stabil ramai sepi padat membludak meroket")


def title_subject_comma(doc: Doc) -> Iterator[int]:
    """'Warga Binaan Rutan Kotamobagu, Sulap Kayu Bekas …': a title's subject (a name's words,
    no verb) parted by a comma from its predicate, a verb (EYD V: no comma between them)."""
    from kabar_desktop.check.rules.bare_verbs import _men_form
    from kabar_desktop.check.rules.commas import is_verb

    title = next((p for p in doc.paras if p.kind == "title"), None)
    if title is None:
        return
    text = doc.text[title.start : title.end]
    if text.count(",") != 1:
        return
    before, after = text.split(",")
    head, rest = before.split(), after.split()
    if not 3 <= len(head) <= 4 or not rest or head[0].lower() in _OPENERS:
        return  # a longer head holds its own verb ('Rutan Bengkulu Fasilitasi Ibadah Natal,
        # Hadirkan …', heldout109; 'Rudenim Makassar Gagas Program …, Dilatih …', probe89)
    if not all(w[:1].isupper() or w.lower() in ("dan", "di", "ke") for w in head):
        return  # a subject in title case only
    if any(is_verb(w.lower()) or _men_form(w.lower()) for w in head):
        return  # 'Sambut HUT, Lapas …': a clause of its own before the comma
    if head[-1].lower() in _CHANGE:
        return  # 'Pemohon Paspor di Brebes Naik, Didominasi …': two predicates (probe50)
    verb = rest[0].lower()  # a verb by its prefix or a transitive root ('Sulap'), no 'ter-'
    if (is_verb(verb) and verb.startswith(("me", "ber", "di"))) or _men_form(verb):
        yield title.start + len(before)


# The verbs of an attribution that open a sentence before the speaker ('Kata Budi …').
_OPENING_SAID = words("kata ujar jelas tutur ungkap lanjut tambah imbuh sebut terang menurut")


def said_by_company(subject: list[str], text: str, start: int, e: int) -> bool:
    """'Kata Budi didampingi Kasi Rudi, untuk layanan …': an opening attribution, the speaker
    and a phrase of company closed by a comma before what was said (P40's: opened by one too).
    """
    if len(subject) < 2 or subject[0].lower() not in _OPENING_SAID:
        return False
    if not all(w[:1].isupper() for w in subject[1:]):
        return False  # the speaker's name alone between the verb and the phrase
    comma = text.find(",", start, e)  # the phrase: a position and a name, in capitals
    phrase = text[start:comma].split() if comma > 0 else []
    return bool(phrase) and all(w[:1].isupper() or w in ("dan", "serta") for w in phrase)
