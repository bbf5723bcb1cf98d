"""P27: an academic degree after a name keeps every period (EYD V, Tanda Titik: "S.H.",
"M.Si.", "S.Sos."): 'Denial Arif, S.H, M.H' → 'S.H., M.H.', 'Ainul Aswad, MA.' → 'M.A.'.

Two shapes are read after a comma: the two-part form letter, period, short part ("S.H",
"M.Pd") without its final period, and a degree of the closed list below written bare ("SH",
"MA.", "MAP") after a name's word or another degree. A three-part form ("A.Md.IP") stays as
the office writes it, and a bare form after a short form is a list of them ("MI, MTs, MA").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import INSTITUTIONS, POSITIONS, words
from kabar_desktop.check.rules import ERROR, N_, Hit, rule
from kabar_desktop.check.rules.people_nouns import PEOPLE_NOUNS


@cache
def _degree() -> re.Pattern[str]:
    """'S.H' or 'M.Si' after a comma, with no period closing it (compiled when first used)."""
    return re.compile(r"(?<=,)(?: ?)(?<![\w.])([SMD]\.[A-Z][A-Za-z]{0,3})(?![\w.])")


# Academic degrees written bare ('SH', 'MA.', 'MAP'), with their EYD V form (the degrees of
# Indonesian higher education, Permendikbud 59/2018 and the forms EYD V's examples give).
_DEGREE_FORMS = """S.H. M.H. S.E. M.M. M.A. M.Si. S.Si. S.Pd. M.Pd. S.Sos. M.Sos. S.Ag. M.Ag.
    S.Kom. M.Kom. S.T. M.T. S.I.P. M.A.P. S.H.I. M.H.I. M.Kn. S.Psi. M.Psi. S.Kep. M.Kes.
    S.K.M. S.Ked. S.Farm. S.Hum. M.Hum. S.Th.I. S.Pd.I. M.Pd.I. S.Ak. M.Ak. S.P. M.P. M.A.R.S.
    S.Pt. S.Pi. S.I.Kom. S.STP."""  # session 26: 'S.Pt.', 'S.Pi.'; session 40: the IPDN's S.STP.
_BARE_DEGREES = {d.replace(".", ""): d for d in _DEGREE_FORMS.split()}


@cache
def _degree_after() -> re.Pattern[str]:
    dotted = {d.rstrip(".") for d in _BARE_DEGREES.values()}  # 'M.Pd' without its last stop
    forms = sorted({*_BARE_DEGREES, *_BARE_DEGREES.values(), *dotted}, key=len, reverse=True)
    names = "|".join(re.escape(d) for d in forms)
    # a degree typed with a space inside too: "Lita, S. Pd" (heldout456)
    return re.compile(rf", (?:{names}|[SMD]\. [A-Z][a-z]{{1,3}}\.?)(?![\w.])")


def named_with_degree(text: str, word: str) -> bool:
    """Somewhere in ``text`` a degree follows ``word``: the word is a person's name, wherever
    it stands ('Nyoman Karuna, M.Pd' … '," imbuh Karuna', probe85)."""
    return word in _degree_holders(text)


@lru_cache(maxsize=4)
def _degree_holders(text: str) -> frozenset[str]:
    """The capitalised words a comma and a degree follow in ``text``, read once a text."""
    found = re.finditer(r"\b([A-Z][\w'’]+)(?=, )", text)
    return frozenset(m.group(1) for m in found if degree_follows(text, m.end(1)))


def degree_follows(text: str, end: int) -> bool:
    """A comma and a degree follow ``end``: the word before is a person's name ('Budi, MARS',
    'Rina, S.Pd.'), however ordinary a word it is too."""
    return _degree_after().match(text, end) is not None


@cache
def _bare_degree() -> re.Pattern[str]:
    """A bare degree after the comma that follows a name's word ('Aswad, MA.') or another
    degree ('S.Ag., MA'); not after a short form ('MI, MTs, MA': school levels)."""
    names = "|".join(sorted(_BARE_DEGREES, key=len, reverse=True))
    # or after a bare degree of its own ('Tasdi, SH, MM': 54 of 55 marked, session 35)
    after_degree = "".join(f"|(?<=\\b{d},)" for d in _BARE_DEGREES if d.isupper() and d != "MA")
    return re.compile(
        rf"(?:(?<=[A-Z][a-z]{{2}},)|(?<=[a-z]{{3}},)|(?<=\.,){after_degree})"
        rf" ?\b({names})\b(\.?)(?=[,;\s)]|$)"
    )


@cache
def _listed_degree() -> re.Pattern[str]:
    """A degree of three parts from the list above missing its final period after a comma
    ('Daryanto, M.Pd.I,'): a form the list knows, unlike an office's own ('A.Md.IP')."""
    forms = [d[:-1] for d in _DEGREE_FORMS.split() if d.count(".") >= 3]
    names = "|".join(re.escape(d) for d in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<=,)(?: ?)(?<![\w.])({names})(?![\w.])")


# A degree right after a name's last word, no comma between ('Frizky S.C.P.,'), maybe with a
# space inside it ('A.Md. Im.,'): a comma after it, so the degree stands in a list of them.
# Or closing its sentence at a paragraph's end or before a lowercase word ('Doni Rahman
# S.Pd.I.' at the end: 2 of 2 marked, session 41).
_GLUED_DEGREE = re.compile(
    r"\b([A-Z][a-z]{2,}) ((?:[A-Z]\.)?[A-Z][A-Za-z]{0,3}\.(?:[A-Z][A-Za-z]{0,3}\.)*"
    r"(?: [A-Z][a-z]\.)?)(?=,|\n|$| [a-z])"
)


def _glued_degrees(doc: Doc) -> Iterator[Hit]:
    """'Budi S.Kom., Kasi' → 'Budi, S.Kom.,': a dotted form of two parts or more that the list
    knows, holds a lowercase part or has three (one initial, 'Budi S.,', is no degree)."""
    text = doc.text
    for m in _GLUED_DEGREE.finditer(text):
        degree = m.group(2).replace(" ", "")
        parts = degree.count(".")
        known = degree in _DEGREE_FORMS.split() or any(c.islower() for c in degree)
        if parts < 2 or not (known or parts >= 3) or doc.in_quote(m.start()):
            continue
        yield _comma_before_degree(m.start(), m.end(), f"{m.group(1)}, {degree}")


def _comma_before_degree(start: int, end: int, fixed: str) -> Hit:
    """The name and its degree, with the comma between them the fix holds."""
    msg = N_("A comma separates a name from its degree: '{word}'.")
    return Hit(start, end, msg, fixed, {"word": fixed})


@cache
def _period_glued() -> re.Pattern[str]:
    """A name, a period and a bare degree: 'Sinaga.SH', 'Hata. SAg' (session 40), or a dotted
    one: 'Nurkhairi. S.Ag', 'Sukarniti.S.Sos' (session 41: 10 of 10 marked)."""
    dotted = [d[:-1] for d in _BARE_DEGREES.values()]
    names = "|".join(re.escape(d) for d in sorted({*_BARE_DEGREES, *dotted}, key=len, reverse=True))
    return re.compile(rf"\b([A-Z][a-z]{{2,}})\. ?({names})(\.?)(?![\w.])")


@cache
def _joined_bare() -> re.Pattern[str]:
    """Two bare degrees joined by a period: 'SE.MM', ', SH.MH.' → 'S.E., M.M.' (session 41: 13
    of 13 marked)."""
    first = "|".join(d for d in sorted(_BARE_DEGREES, key=len, reverse=True) if d[0] == "S")
    second = "|".join(d for d in sorted(_BARE_DEGREES, key=len, reverse=True) if d[0] == "M")
    return re.compile(rf"(?<![\w.])({first})\.({second})\.?(?![\w.])")


def _joined_degrees(doc: Doc) -> Iterator[Hit]:
    for m in _joined_bare().finditer(doc.text):
        if doc.in_quote(m.start()):
            continue
        word = f"{_BARE_DEGREES[m.group(1)]}, {_BARE_DEGREES[m.group(2)]}"
        msg = N_("An academic degree is written with its periods: '{word}'.")
        yield Hit(m.start(), m.end(), msg, word, {"word": word})


# and the titles before a name ("Drs. M.A. Ghazali": the name's initials, no degree)
_NOT_NAMES = words("kec kab kel prov jln desa dusun kota kantor nomor drs dra prof")


def _period_degrees(doc: Doc) -> Iterator[Hit]:
    """'Daulay.SH' → 'Daulay, S.H.': the period typed for the comma, the degree bare (the
    sets mark 12 of 12)."""
    text = doc.text
    for m in _period_glued().finditer(text):
        if m.group(1).lower() in _NOT_NAMES or doc.in_quote(m.start()):
            continue
        degree = _BARE_DEGREES.get(m.group(2)) or m.group(2) + "."
        yield _comma_before_degree(m.start(), m.end(), f"{m.group(1)}, {degree}")


# Who issues a circular, or its number, after 'SE' (surat edaran): 'SE Dirjen', 'SE Nomor 3'.
_CIRCULAR_BY = re.compile(
    r" (?:Dirjen|Menteri|Men[A-Z]?[a-z]+|Gubernur|Bupati|Wali|Kepala|Sekjen|Kakanwil|Nomor|No\b)"
)


@cache
def _name_then_bare() -> re.Pattern[str]:
    """Bare degrees right after a name's word, no comma ('Rita Mursalin SH MH,', 'Haruna SH
    selaku', 'Drs Muryono SH MPd saat'): the sets mark it 7 times of 7 (session fifteen)."""
    names = "|".join(sorted(_BARE_DEGREES, key=len, reverse=True))
    return re.compile(rf"\b[A-Z][a-z]{{2,}} ((?:{names})(?: (?:{names}))*)\b(?![.\w-])")


def _common_word(word: str) -> bool:
    """A derived word of the dictionary ('Berprestasi'), or a school's word ('Guru'): no
    name ends there ('Budi' may be one)."""
    from kabar_desktop.check.spelling import speller

    low, check = word.lower(), speller()
    if low in ("guru", "siswa", "jenjang", "tingkat", "madrasah", "sekolah"):
        return True
    return check.known(low) and any(a.derived for a in check.readings(low))


_REGION_OR_OFFICE = frozenset(INSTITUTIONS) | words("kabupaten kab kota provinsi kecamatan desa")


def _bare_after_name(doc: Doc) -> Iterator[Hit]:
    for m in _name_then_bare().finditer(doc.text):
        if doc.in_quote(m.start(1)) or m.group().split()[0].lower() in POSITIONS:
            continue  # "Kepala MA": the madrasah aliyah's head, no degree (heldout95)
        if m.group().split()[0].lower() in PEOPLE_NOUNS:
            continue  # "Klien MH mengungkapkan": a client's initials, no degree (heldout453)
        if m.group().split()[0].lower() in _REGION_OR_OFFICE:
            continue  # "Kabupaten MM", "Kemenag MM": Mukomuko's short form (probe96)
        if m.group(1) == "MA" and _common_word(m.group().split()[0]):
            continue  # "lomba Guru Berprestasi MA dengan …": the madrasah aliyah (probe88)
        if m.group(1) == "SE" and _CIRCULAR_BY.match(doc.text, m.end(1)):
            continue  # "Persepsi SE Dirjen Bimas": a circular (surat edaran), no degree (p81)
        word = ", ".join(_BARE_DEGREES[d] for d in m.group(1).split())
        yield Hit(
            m.start(1),
            m.end(1),
            N_("An academic degree is written with its periods: '{word}'."),
            word,
            {"word": word},
        )


# A diploma's (Ahli Madya) or an applied bachelor's (Sarjana Terapan) degree written without
# its periods: 'Amd.Keb' → 'A.Md.Keb.', 'Str.Keb' → 'S.Tr.Keb.' (probe83, heldout98).
# Its field in lowercase too: 'AMd.keb.' (probe137).
_APPLIED = re.compile(r"(?<=,) ?(A\.?[Mm]d|S\.?[Tt]r)\.? ?([A-Za-z][a-z]{1,3})\b(\.?)")
_APPLIED_HEAD = {"amd": "A.Md.", "str": "S.Tr."}


# The corrections academy's diploma, its A. lost: "Amd IP", "AMd.IP.", "Amd. IP." (session 28).
_AMD_IP = re.compile(r"(?<![\w.])A[Mm]d\.? ?I\.? ?P\b\.?")


def _applied_degrees(doc: Doc) -> Iterator[Hit]:
    for m in _AMD_IP.finditer(doc.text):
        if not doc.in_quote(m.start()):
            msg = N_("An academic degree is written with its periods: '{word}'.")
            yield Hit(m.start(), m.end(), msg, "A.Md.I.P.", {"word": "A.Md.I.P."})
    for m in _APPLIED.finditer(doc.text):
        if m.group(2).islower() and doc.text[m.end(1) : m.start(2)] != ".":
            continue  # "…, Amd ke kantor": a lowercase field is the degree's only joined by '.'
        word = _APPLIED_HEAD[m.group(1).replace(".", "").lower()] + m.group(2).title() + "."
        if m.group().strip() != word and not doc.in_quote(m.start()):
            msg = N_("An academic degree is written with its periods: '{word}'.")
            yield Hit(m.start(1), m.end(), msg, word, {"word": word})


# A degree typed with a space inside ('Ahmad Marjan, S. Ag', heldout106: marked 6 of 6), and
# two degrees with no comma between them ('Munir, S.Ag. M.Ag.', 4 of 4).
# After a name with no comma too ('Nina Mahdiah S. Ag'), and in capitals ('S. IP', 'S. ST').
_SPACED = re.compile(r"(?<=[,A-Za-z] )([SM])\. ([A-Z][a-z]{1,3}|[A-Z]{2,3})\b\.?")
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+ $")
# S.IP. and S.ST. as the sets write them, once the space is out ('S. IP.' → 'S.IP.', 3 of 3).
_SPACED_FORMS = frozenset(_DEGREE_FORMS.split()) | {"S.IP.", "S.ST."}
_TWO = re.compile(r"(?<=, )([SD]\.[A-Z][a-z]{1,3}\.?) (M\.[A-Z][A-Za-z]{0,3}(?:\.I)?)\b\.?")


def _spaced_degrees(doc: Doc) -> Iterator[Hit]:
    msg = N_("An academic degree is written with its periods: '{word}'.")
    for m in _SPACED.finditer(doc.text):
        word = f"{m.group(1)}.{m.group(2)}."
        if doc.text[m.start() - 2 : m.start()] != ", " and not _NAME_BEFORE.search(
            doc.text, max(0, m.start() - 30), m.start()
        ):
            continue  # no comma: only right after a person's name ('Nina Mahdiah S. Ag')
        if word in _SPACED_FORMS and not doc.in_quote(m.start()):
            yield Hit(m.start(), m.end(), msg, word, {"word": word})
    for m in _TWO.finditer(doc.text):
        word = f"{m.group(1).rstrip('.')}., {m.group(2)}."
        if not doc.in_quote(m.start()):
            yield Hit(m.start(), m.end(), msg, word, {"word": word})


# A listed degree in the wrong case ('M.SI.', 'S.PD', 'S.sos'), with or without its period:
# every one of sixteen in the sets was marked (session 35).
_ANY_CASE = re.compile(r"(?<![\w.])([SMD]\.[A-Za-z]{1,4}(?:\.[A-Za-z]{1,3})?)\.?(?![\w.])")

_MIXED_FORMS = {d.lower(): d for d in _DEGREE_FORMS.split() if any(c.islower() for c in d)}


def cased_degree(token: str) -> str | None:
    """The listed form ``token`` spells in another case ('M.SI' → 'M.Si.'), or None."""
    form = _MIXED_FORMS.get(token.lower() + ".")
    return form if form and form.rstrip(".") != token else None


def in_cased_degree(text: str, start: int) -> bool:
    """``start`` falls inside a listed degree in the wrong case ('sos' of 'S.sos')."""
    found = _ANY_CASE.finditer(text, max(0, start - 5), start + 8)
    return any(m.start() <= start < m.end() and cased_degree(m.group(1)) for m in found)


def _case_degrees(doc: Doc) -> Iterator[Hit]:
    for m in _ANY_CASE.finditer(doc.text):
        word = cased_degree(m.group(1))
        if word and not doc.in_quote(m.start()):
            yield Hit(
                m.start(),
                m.end(),
                N_("This academic degree is written '{word}', in these capitals."),
                word,
                {"word": word},
            )


# A listed degree typed as one capitalised word, no period at all ('Antoni Spd', ', Msi',
# ', Ssos,'), after a comma or a name's word: 12 of 12 marked (session 41). Only forms no
# word or name of the genre spells ('Mag' is the stomach, 'Sip' the word of approval).
_WORD_FORMS = {
    w.lower(): d
    for d in _DEGREE_FORMS.split()
    if (w := d.replace(".", "")).lower()
    in words(
        "spd ssos msi mpd skom mkom skm ssi mkes msos mhum shum spsi mpsi skep sked sfarm spt "
        "spdi mpdi sstp sikom sag"
    )
}
_DEGREE_WORD = re.compile(
    r"(?:(?<=, )|(?<=,)|(?<=[a-z] ))("
    + "|".join(w.capitalize() for w in _WORD_FORMS)
    + r")\.?(?!\w)"
)


def _word_degrees(doc: Doc) -> Iterator[Hit]:
    for m in _DEGREE_WORD.finditer(doc.text):
        if doc.in_quote(m.start()):
            continue
        word = _WORD_FORMS[m.group(1).lower()]
        msg = N_("This academic degree is written '{word}', in these capitals.")
        yield Hit(m.start(), m.end(), msg, word, {"word": word})


@rule("P27", ERROR, N_("An academic degree keeps its final period"))
def degree_periods(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    yield from _case_degrees(doc)
    yield from _glued_degrees(doc)
    yield from _period_degrees(doc)
    yield from _joined_degrees(doc)
    yield from _word_degrees(doc)
    yield from _applied_degrees(doc)
    yield from _spaced_degrees(doc)
    yield from _bare_after_name(doc)
    for m in _bare_degree().finditer(text):
        before = text.rfind(" ", 0, m.start()) + 1
        if not text[before : before + 1].isupper() or doc.in_quote(m.start(1)):
            continue  # "tamu, MA": a lowercase word is no name
        if m.group(1) == "MA" and re.match(r" [A-Z]{2,}", text[m.end() : m.end() + 4]):
            continue  # "MAS Al Hidayat, MA YSPIS …": a Madrasah Aliyah named (probe122)
        word = _BARE_DEGREES[m.group(1)]
        yield Hit(
            m.start(1),
            m.end(2),
            N_("An academic degree is written with its periods: '{word}'."),
            word,
            {"word": word},
        )
    for m in [*_degree().finditer(text), *_listed_degree().finditer(text)]:
        if doc.in_quote(m.start(1)) or cased_degree(m.group(1)):
            continue  # a degree in the wrong case: _case_degrees gives its form
        word = m.group(1) + "."
        yield Hit(
            m.start(1),
            m.end(1),
            N_("An academic degree ends with a period: '{word}'."),
            word,
            {"word": word},
        )
