"""Things said twice, and names not as decreed (issue 13, round 7).

W30: a word that already makes a plural (a quantifier: 'berbagai', 'beberapa', 'para', …)
needs no reduplicated noun after it: 'berbagai inovasi-inovasi' → 'berbagai inovasi' (EYD V
and the Badan Bahasa's guidance on bentuk jamak: one plural marker, not two). Words whose
doubled form is a word of its own, not a plural ('undang-undang', 'kupu-kupu', 'mata-mata'),
or an adverb ('diam-diam') are left alone.
W31: a noun said again by its own ber- verb in one clause: 'jumlah deteni berjumlah 13 orang' →
'jumlah deteni 13 orang', 'tujuan kegiatan ini bertujuan untuk' → 'tujuan kegiatan ini untuk';
'berjumlah sebanyak 40 orang' → 'berjumlah 40 orang'. A warning: the sentence is readable.
W32: an office's class stands before its place, as the office's name is decreed
('Rutan Lubuk Sikaping Kelas IIB' → 'Rutan Kelas IIB Lubuk Sikaping'); a word that names the
office's kind, not a place ('Lapas Perempuan Kelas IIA', 'Rumah Tahanan Negara Kelas I'), is
part of the name. And a short form's full form begun right, then worded wrong ('prosedur
standar (Protap)' → 'prosedur tetap'). A warning: the writer may quote an old name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import PLURAL_WORDS, words
from kabar_desktop.check.rules import ERROR, N_, WARNING, Hit, keep_case, rule
from kabar_desktop.check.rules.words18_choices import noun_and_its_passive

# Words that already say "many", "each" or "all of a kind" before a noun (KBBI: numeralia tak
# tentu, 'para', the round tens to millions with -an; 'setiap desa-desa', heldout64).
_QUANTIFIER_SET = PLURAL_WORDS | words("pelbagai segala aneka")
# A classifier may stand between: "berbagai macam kegiatan-kegiatan", "beberapa orang
# petugas-petugas".
_CLASSIFIERS = words("macam jenis bentuk orang buah unit")
# KBBI entries whose doubled form is a word of its own (an animal, a thing, a law), not the
# plural of the single word, and doubled adverbs (of manner, time, degree) a quantifier or
# its classifier may stand before ('banyak diam-diam', 'beberapa orang pagi-pagi sudah
# antre'). Each a class member, not a corpus word.
_NOT_PLURALS = words(
    """undang kupu laba lumba kura paru ubur cumi biri alun anai kunang layang mata oleh
    pundi kisi jari langit kuda gado onde ondel agar gula labi siku rama ani pura hati sia
    tiba masing kira rata kadang sama diam pelan jalan main baik lagi mula kanak
    sungguh cepat bolak mondar tanya omong lama jauh benar betul sering jarang keras pagi
    malam siang sore dulu besok sendiri satu sedikit baru gorong"""
)


# Quantifiers that also stand after a pronoun ("kalian semua", "kita sekalian"): there they
# close the pronoun's phrase and count nothing after them.
_CLOSING = words("semua seluruh segenap")
_PRONOUNS = words("kalian kita kami mereka anda saudara")


@rule("W30", ERROR, N_("One plural marker: a quantifier takes the single noun"))
def quantified_plural(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens  # a doubled word is one token ("inovasi-inovasi"): no scan of the text
    for i in range(1, len(toks)):
        t = toks[i]
        if "-" not in t.text:
            continue
        half, _, again = t.text.partition("-")
        if half.lower() != again.lower() or half.lower() in _NOT_PLURALS:
            continue
        k = i - 1  # the quantifier, or a classifier after it ("berbagai macam")
        if i > 1 and toks[k].text.lower() in _CLASSIFIERS and doc.adjacent(toks[i - 2], toks[k]):
            k = i - 2
        q = toks[k]
        if (
            q.text.lower() not in _QUANTIFIER_SET
            or not doc.adjacent(toks[i - 1], t)
            or doc.paras[t.para].kind == "credit"
        ):
            continue
        prev = toks[k - 1] if k else None
        closing = q.text.lower() in _CLOSING and prev is not None and doc.adjacent(prev, q)
        if closing and prev is not None and prev.text.lower() in _PRONOUNS:
            continue  # "kalian semua wanita-wanita tangguh": 'semua' closes 'kalian semua'
        fixed = f"{doc.text[q.start : t.start]}{half}"
        quiet = half.lower() in _GROUPS or doc.in_quote(q.start)
        message = _GROUP_MESSAGE if quiet else _PLURAL_TWICE
        yield Hit(
            q.start,
            t.end,
            message,
            fixed,
            {"word": doc.text[q.start : t.end], "quantifier": q.text.lower(), "fix": fixed},
        )


# Doubled nouns of people that name a group as much as a plural ('para ibu-ibu', 'ratusan
# emak-emak'), and any doubled noun in a quote (the speaker's words): the sets mark them
# about half the time, so quiet_readings.py makes this reading a note (session 35).
_GROUPS = words("ibu bapak emak anak teman kawan saudara adik kakak")
_PLURAL_TWICE = N_(
    "'{word}' marks the plural twice: '{quantifier}' already says many; write '{fix}'."
)
_GROUP_MESSAGE = N_("'{word}': '{quantifier}' already says many; the single noun will do: '{fix}'.")


# A noun, then its own ber- verb in the same clause: "jumlah deteni berjumlah 13", "tujuan
# kegiatan ini bertujuan untuk …", "tempat kegiatan bertempat di …" (KBBI: the ber- verb says
# "has this X"); "berjumlah sebanyak 40": two words for "amounting to".
_NAMED_AGAIN = re.compile(
    r"\b((jumlah|tujuan|tema|judul|fungsi|tempat|lokasi)(?:nya)?(?: [^\W\d_]+){1,3})"
    r" ber\2(?:kan)?\b(?!-| tinggal)",
    re.IGNORECASE,
)
_AMOUNT_TWICE = re.compile(r"\b(berjumlah|sejumlah) (sebanyak)\b(?= \S)", re.IGNORECASE)
# Words that end the clause: "jumlah peserta yang berjumlah" is a relative clause of its own.
_CLAUSE_BREAK = words(
    "yang dan atau serta tetapi namun sedangkan karena sehingga bahwa agar untuk dengan"
)
_TWICE = N_("'{word}' says the same thing twice: write '{fix}'.")  # W13's words


@rule("W31", WARNING, N_("Said once: not 'jumlah … berjumlah', 'tujuan … bertujuan'"))
def named_twice(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    yield from noun_and_its_passive(doc)  # "Pelaksanaan kegiatan dilaksanakan"
    if "ber" not in text:
        return
    for para in doc.prose_paras():
        for m in _NAMED_AGAIN.finditer(text, para.start, para.end):
            between = m.group(1).lower().split()[1:]
            if any(w in _CLAUSE_BREAK for w in between):
                continue
            fixed = m.group(1)
            yield Hit(m.start(), m.end(), _TWICE, fixed, {"word": m.group(), "fix": fixed})
        for m in _AMOUNT_TWICE.finditer(text, para.start, para.end):
            fixed = m.group(1)
            yield Hit(m.start(), m.end(), _TWICE, fixed, {"word": m.group(), "fix": fixed})


# An office with a class, its place written between ("Rutan Lubuk Sikaping Kelas IIB").
_OFFICE = (
    r"Lapas|Rutan|Bapas|Rudenim|LPKA|Kanim|Kantor Imigrasi|Lembaga Pemasyarakatan"
    r"|Rumah Tahanan(?: Negara)?|Balai Pemasyarakatan|Rumah Detensi Imigrasi"
    r"|Lembaga Pembinaan Khusus Anak"
)
_CLASS_AFTER = re.compile(
    rf"\b({_OFFICE})((?: [A-Z][a-z]+){{1,3}}) ([Kk]e?las (?:I{{1,3}}|[123])(?: ?[AB])?)"
    r"(?![\w-])(?! [A-Z])"
)
# Words that name the office's kind or part of its name, not its place.
_KINDS = words(
    """perempuan wanita narkotika terbuka pemuda anak khusus industri produksi umum negara
    imigrasi pemasyarakatan tahanan pembinaan detensi kantor wilayah cabang pratama madya
    utama maximum super high security"""
)


@rule(
    "W32",
    WARNING,
    N_("A name as decreed: the class before the place, a short form's own full form"),
)
def decreed_names(doc: Doc) -> Iterator[Hit]:
    yield from _class_after_place(doc)
    yield from _full_form_mismatch(doc)


def _class_after_place(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    if "las " not in text:  # "Kelas", "kelas": no class, nothing to scan
        return
    for para in doc.prose_paras():
        for m in _CLASS_AFTER.finditer(text, para.start, para.end):
            place = m.group(2).split()
            if any(w.lower() in _KINDS for w in place):
                continue
            fixed = f"{m.group(1)} {keep_case('K', m.group(3))} {' '.join(place)}"
            yield Hit(
                m.start(),
                m.end(),
                N_("The class goes before the place in an office's name: '{fix}'."),
                fixed,
                {"fix": fixed},
            )


# Short forms whose full form is fixed (by the law or regulation that names the body or the
# term, or KBBI), with the variants in use. "prosedur standar (Protap)": the writer began the
# full form and got a word wrong. Only a full form whose first word is the right one is read:
# a shorter or other wording ("Warga Binaan (WBP)") is left alone.
_FULL_FORMS: dict[str, tuple[str, ...]] = {
    "protap": ("prosedur tetap",),
    "litmas": ("penelitian kemasyarakatan",),
    "wbp": ("warga binaan pemasyarakatan",),
    "lapas": ("lembaga pemasyarakatan",),
    "rutan": ("rumah tahanan negara", "rumah tahanan"),
    "bapas": ("balai pemasyarakatan",),
    "rudenim": ("rumah detensi imigrasi",),
    "lpka": ("lembaga pembinaan khusus anak",),
    "rupbasan": ("rumah penyimpanan benda sitaan negara",),
    "kplp": ("kesatuan pengamanan lembaga pemasyarakatan", "kesatuan pengamanan lapas"),
    "tpi": ("tempat pemeriksaan imigrasi", "tempat pelelangan ikan"),
    "timpora": ("tim pengawasan orang asing",),
    "pnbp": ("penerimaan negara bukan pajak",),
    "asn": ("aparatur sipil negara",),
    "wna": ("warga negara asing",),
    "wni": ("warga negara Indonesia",),
    "sdm": ("sumber daya manusia",),
    "ham": ("hak asasi manusia",),
    "ptsp": ("pelayanan terpadu satu pintu",),
    "bimtek": ("bimbingan teknis",),
    "rakor": ("rapat koordinasi",),
}
_BRACKETED_SHORT = re.compile(r"\(([A-Za-z]{2,8})\)")
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_]+ ){1,6}$")


def _cased(first: str, want: list[str]) -> str:
    """The full form in the writer's case: a name's capitals if the writer began with one
    ('Tim Pengawasan Orang Asing'), else the table's ('prosedur tetap', 'warga negara
    Indonesia')."""
    if not first[:1].isupper():
        return " ".join(want)
    return " ".join(w if w in ("dan", "dari", "yang") else w[0].upper() + w[1:] for w in want)


def _full_form_mismatch(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    if "(" not in text:
        return
    for para in doc.prose_paras():
        for m in _BRACKETED_SHORT.finditer(text, para.start, para.end):
            forms = _FULL_FORMS.get(m.group(1).lower())
            if forms is None:
                continue
            lead = _WORDS_BEFORE.search(text, max(para.start, m.start() - 80), m.start())
            if lead is None:
                continue
            written = lead.group().split()
            low = [w.lower() for w in written]
            if any(low[-len(f.split()) :] == f.lower().split() for f in forms):
                continue  # one of the full forms, as written
            for form in forms:
                want = form.split()
                got = written[-len(want) :]
                if len(got) == len(want) and got[0].lower() == want[0].lower():
                    start = m.start() - len(" ".join(got)) - 1
                    fixed = _cased(got[0], want)
                    yield Hit(
                        start,
                        m.start() - 1,
                        N_("'{short}' stands for '{fix}'."),
                        fixed,
                        {"short": m.group(1), "fix": fixed},
                    )
                    break
