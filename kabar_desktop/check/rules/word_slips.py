"""Slips that make another word or a near-miss of a known short form or brand (issue 13,
round 8).

S8 (a warning: context decides, and context can mislead):
- a rare short word of the word list standing for "dan" between two capitalised words the
  lists know ("hari Senin da Selasa") or before a list's last item ("nasi, sayur da buah");
- a word for a deed where only people fit: after "para", before "asal", as the object of a
  removal ("pemulangan terhadap detensi"), or after "jumlah" when the clause's first count
  is of "orang": "para detensi" → "deteni", "para pendidikan" → "pendidik" (peN-…-an names
  the doing, peN- the doer);
- a short form in capitals one letter off one the text uses three times ("sandang WRP"
  among "WBP"), a section's short form in lowercase ("kasubsi yantah"), a short form's head
  and acronym apart where K21 does not read them ("Ditjen PAS");
- a long capitalised word with a letter doubled or left single ("Reviitalisasi").

S9 (an error: each form is fixed): a brand or an application written without its own inner
capital ("Whatsapp" → "WhatsApp", "M-paspor" → "M-Paspor"), the holy book and the feast as
KBBI writes them ("Al qur’an" → "Al-Qur’an", "Isra’ Mikraj" → "Isra Mikraj"), "HIV/AIDS".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import words
from kabar_desktop.check.places import is_place_word
from kabar_desktop.check.rules import ERROR, N_, WARNING, Hit, keep_case, rule
from kabar_desktop.check.rules.case_reading import in_title
from kabar_desktop.check.rules.form_contexts import (
    airport_names,
    berapa_for_beberapa,
    iya_for_ia,
    organisation_names,
)
from kabar_desktop.check.rules.process_nouns import process_doers
from kabar_desktop.check.rules.words17_forms import baik_dan
from kabar_desktop.check.rules.words20_forms import country_spellings
from kabar_desktop.check.spelling import speller
from kabar_desktop.check.suggest import frequent, one_edit

# Brands and government applications that write a capital inside the word, as their owners
# write them (each name as on the owner's own site or store page): a writer who types the
# first capital only ("Youtube", "M-paspor") or none has slipped.
BRANDS = {
    b.lower(): b
    for b in (
        "WhatsApp",  # whatsapp.com
        "YouTube",  # youtube.com
        "TikTok",  # tiktok.com
        "LinkedIn",  # linkedin.com
        "iPhone",  # apple.com/iphone
        "PowerPoint",  # microsoft.com/microsoft-365/powerpoint
        "PayPal",  # paypal.com
        "WeChat",  # wechat.com
        "GoPay",  # gopay.co.id
        "ShopeePay",  # shopeepay.co.id
        "LinkAja",  # linkaja.id
        "BRImo",  # bri.co.id/brimo (BRI's mobile banking)
        "JIExpo",  # jiexpo.com: Jakarta International Expo, Kemayoran
        "M-Paspor",  # imigrasi.go.id: the passport application of Ditjen Imigrasi
        "PeduliLindungi",  # pedulilindungi.id (Kemenkes)
        # One capital, typed in lowercase: no capitals rule reads a brand (probes 34, 36;
        # the sets mark "zoom" → "Zoom" 2 of 2)
        "Zoom",  # zoom.us
        "Instagram",  # instagram.com
        "Facebook",  # facebook.com
    )
}
# App stores their owners write as two words (play.google.com "Google Play Store",
# apple.com "App Store"), typed as one.
SPLIT_BRANDS = {"playstore": "Play Store", "appstore": "App Store"}
# Short forms of a unit's sections, from the organisation charts (singkatan.txt, where their
# sources are): each names one section, so it keeps its capital in running text ("kasubsi
# yantah" → "Yantah"; K1 reads the position before it).
SECTIONS = words(
    """bimkemas bimker giatja bimnadik binadik yantah inteldakim lantaskim wasdakim divpas
    divmin divim divyankum yankum urais binsyar pontren pokjaluh"""
)
# Words for a deed or a state whose doer is one slip away: KBBI's pairs (imigrasi n
# perpindahan; imigran n orang yang …; detensi n penahanan; deteni n orang yang ditahan).
DOER = {
    "detensi": "deteni",
    "imigrasi": "imigran",
    "emigrasi": "emigran",
    "migrasi": "migran",
    "transmigrasi": "transmigran",
}
# Nouns and verbs of removing a person from the country: their object is people.
_REMOVALS = words(
    """deportasi pemulangan pendeportasian repatriasi mendeportasi memulangkan dideportasi
    dipulangkan"""
)
# The first count after the word (a year aside), in the same clause, is a count of people.
_COUNTED = re.compile(
    r"(?:[^,;.\d]|(?<!\d)(?:19|20)\d\d(?!\d))*?(?<!\d)\d[\d.]*\s+(?:orang|jiwa)\b"
)
_NEAR = 80  # characters from the word to its count
_ISRA = re.compile(r"\bIsra\W{0,3}Mi['’‘`]?k?raj\b", re.IGNORECASE)
_QURAN = re.compile(r"\bAl[\s-]*Qur['’‘`]?an\b", re.IGNORECASE)
_HIV = re.compile(r"\bHIV(?:\s*/\s*|\s+)AIDS?\b|\bHIV/AID\b")
_PEOPLE = N_("'{word}' names a deed, not people; did you mean '{fix}'?")
_DAN = N_("'{word}' stands between two words of one kind; did you mean '{fix}'?")
LONG = 10  # a capitalised word this long one doubling from a word of the lists is a slip
_SHORT_WORD = N_("'{word}' is not in the Indonesian word list; did you mean '{fix}'?")
_SECTION = N_("'{word}' is the short form of an office's section: write '{fix}'.")
_SHORT = N_("'{word}' is no short form Kabar knows; did you mean '{fix}'?")
_FORM = N_("Write '{fix}', as its owner or KBBI writes it.")
_MAUPUN = N_("After 'baik', the second of the pair is '{fix}', not '{word}'.")
# Words before "baik" that make it the adjective ("dengan baik ataupun"), not the pair's head.
_BAIK_ADJECTIVE = words(
    """dengan lebih yang sangat cukup paling kurang amat makin semakin tidak kondisi keadaan
    secara begitu sama berjalan"""
)


@rule("S8", WARNING, N_("A slip that makes another word: 'da' for 'dan', 'para detensi'"))
def word_slips(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    common = frequent()
    for i, t in enumerate(toks):
        if doc.in_frame(t.start, t.end) or doc.is_italic(t.start, t.end):
            continue
        lower = t.text.lower()
        if 2 <= len(t.text) <= 3 and t.text.islower() and lower not in common:
            if _between_like(doc, i) and one_edit(lower, "dan"):
                yield Hit(t.start, t.end, _DAN, "dan", {"word": t.text, "fix": "dan"})
            continue
        if i and t.text.islower() and doc.adjacent(toks[i - 1], t):
            fix = _doer(doc, i, lower)
            if fix is not None:
                yield Hit(t.start, t.end, _PEOPLE, fix, {"word": t.text, "fix": fix})
    yield from _short_form_substitutions(doc)
    yield from _lowercase_sections(doc)
    yield from _split_short_forms(doc)
    yield from _doubling_slips(doc)
    yield from berapa_for_beberapa(doc)  # "Berapa orang kami ajak." → "Beberapa"
    yield from iya_for_ia(doc)  # "Iya berharap …" → "Ia berharap"
    yield from _baik_ataupun(doc)
    for start, end, fix in baik_dan(doc):  # "…, baik melalui telepon dan surat"
        word = doc.text[start:end]
        yield Hit(start, end, _MAUPUN, fix, {"word": word, "fix": fix})
    yield from process_doers(doc)  # "proses pembina" → "proses pembinaan"


def _baik_ataupun(doc: Doc) -> Iterator[Hit]:
    """'baik A ataupun B': the correlative pair of EYD V and KBBI is 'baik … maupun'."""
    toks = doc.tokens
    for i, t in enumerate(toks):
        if t.text.lower() != "baik" or (
            not t.initial and i and toks[i - 1].text.lower() in _BAIK_ADJECTIVE
        ):
            continue
        for j in range(i + 2, min(i + 8, len(toks))):
            u = toks[j]
            if u.para != t.para or u.initial or re.search(r"[.;:!?]", doc.text[t.end : u.start]):
                break
            lower = u.text.lower()
            if lower in ("maupun", "atau", "dan", "serta"):
                break
            if lower == "ataupun" and not doc.in_quote(u.start, u.end):  # speech: as said
                fix = keep_case(u.text, "maupun")
                yield Hit(u.start, u.end, _MAUPUN, fix, {"word": u.text, "fix": fix})
                break


def _lowercase_sections(doc: Doc) -> Iterator[Hit]:
    """A section's short form in lowercase ("seksi bimkemas"): the name of a unit."""
    short = speller().lists.short_forms
    for t in doc.tokens:
        if t.text in SECTIONS and not doc.in_frame(t.start, t.end):
            if re.search(r"[a-z] \($", doc.text[max(0, t.start - 3) : t.start]):
                continue  # "kegiatan kerja (giatja)": the term spelled out in lowercase first
            fix = short.get(t.text, t.text.capitalize())
            yield Hit(t.start, t.end, _SECTION, fix, {"word": t.text, "fix": fix})


# Short forms their own body writes apart: 'Tim PORA' (Permenkumham 50/2016 on the Tim
# Pengawasan Orang Asing; heldout23), beside the press's 'Timpora'.
_WRITTEN_APART = frozenset({("Tim", "PORA")})


def _split_short_forms(doc: Doc) -> Iterator[Hit]:
    """A known short form typed as a head and an acronym apart where K21 does not read it:
    in the title ("Irjen Kemenkum HAM Terkesan"), or after a head that is a word itself
    ("Ditjen PAS" → "Ditjenpas")."""
    check = speller()
    short = check.lists.short_forms
    toks = doc.tokens
    for a, b in zip(toks, toks[1:], strict=False):
        if not (a.text[:1].isupper() and b.text.isupper()) or not doc.adjacent(a, b):
            continue  # "Kakan Kemenag" is the head of an office and its name
        if doc.text[a.end : b.start] != " " or doc.in_frame(a.start, b.end):
            continue
        fix = short.get((a.text + b.text).lower())
        if fix is None or " " in fix or (a.text, b.text) in _WRITTEN_APART:
            continue
        if len(a.text) >= 3 and not check.known(a.text) and not in_title(doc, a):
            continue  # K21's: a head unknown as a word, cut from its tail in running text
        typed = doc.text[a.start : b.end]
        if f"({typed})" in doc.text:
            continue  # "Direktorat Jenderal Pemasyarakatan (Ditjen PAS)": the text's own form
        yield Hit(a.start, b.end, _SHORT, fix, {"word": typed, "fix": fix})


def _doubling_slips(doc: Doc) -> Iterator[Hit]:
    """A long capitalised word with a letter typed twice or once too few, which the lists
    know the other way ("Reviitalisasi", "Menglorifikasikan"): S1 leaves capitalised words
    to names, but no name is a long word of the lists one doubling away."""
    check = speller()
    for t in doc.tokens:
        word = t.text
        if len(word) < LONG or not word[:1].isupper() or not word[1:].islower():
            continue
        if doc.in_frame(t.start, t.end) or check.known(word) or check.fix(word) is not None:
            continue
        lower = word.lower()
        near = {
            lower[:k] + lower[k + 1 :] for k in range(1, len(lower)) if lower[k] == lower[k - 1]
        }
        near |= {lower[: k + 1] + lower[k:] for k in range(len(lower)) if lower[k].isalpha()}
        found = {n for n in near if n != lower and check.known(n)}
        if len(found) == 1:
            fix = keep_case(word, found.pop())
            yield Hit(t.start, t.end, _SHORT_WORD, fix, {"word": word, "fix": fix})


def _between_like(doc: Doc, i: int) -> bool:
    """Both neighbours in the same sentence and of one kind: two capitalised words the lists
    know that do not open a sentence ("Senin da Selasa"), or the last two items of a list
    of lowercase words ("kangkung, sawi da bayam")."""
    toks = doc.tokens
    if i == 0 or i + 1 >= len(toks):
        return False
    a, t, b = toks[i - 1], toks[i], toks[i + 1]
    if not (doc.adjacent(a, t) and doc.adjacent(t, b)) or a.initial:
        return False
    check = speller()  # "Jose da Costa": a name's particle between words the lists lack
    if not all(check.known(w.text) or is_place_word(w.text) for w in (a, b)):
        return False
    if a.text[:1].isupper() and b.text[:1].isupper():
        return not a.text.isupper()
    if not (a.text.islower() and b.text.islower()) or len(t.text) > 2 or i < 2:
        return False
    before = toks[i - 2]  # "…, sawi da bayam": one word after a list's comma
    return before.para == a.para and doc.text[before.end : a.start] == ", "


def _doer(doc: Doc, i: int, lower: str) -> str | None:
    before = doc.tokens[i - 1].text.lower()
    fix = DOER.get(lower)
    if fix is not None and _people_around(doc, i, before):
        return fix
    if before not in ("para", "jumlah"):
        return None
    peN_an = lower.startswith("pe") and lower.endswith("an") and len(lower) >= 8
    if fix is None and before == "para" and peN_an:  # after "jumlah" a count may be of deeds
        stem, check = lower[:-2], speller()
        if check.known(stem) and any(r.prefixes[:1] == ("peN",) for r in check.readings(stem)):
            fix = stem  # "para pendidikan": peN-…-an the doing, peN- the doer
    if fix is None or before == "para":
        return fix
    t = doc.tokens[i]
    end = next((e for s, e in doc.paras[t.para].sentences if s <= t.start < e), t.end)
    return fix if _COUNTED.match(doc.text, t.end, min(end, t.end + _NEAR)) else None


def _people_around(doc: Doc, i: int, before: str) -> bool:
    """A place only people fill: after "seorang" or a count of them, before "asal" (their
    country), or as the object of a removal ("pemulangan terhadap …", "mendeportasi …")."""
    toks = doc.tokens
    after = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
    if before in ("seorang", "orang") or after in ("asal", "berkewarganegaraan"):
        return True
    if before not in ("terhadap", "kepada") and before not in _REMOVALS:
        return False
    if before in _REMOVALS:
        return True
    t = toks[i]
    start = next((s for s, e in doc.paras[t.para].sentences if s <= t.start < e), t.start)
    head = doc.text[start : t.start].lower()
    return any(r in head.split() for r in _REMOVALS)


def _short_form_substitutions(doc: Doc) -> Iterator[Hit]:
    """An unknown short form in capitals, used once, one letter off a known one the text uses
    at least three times and no other ("kaos WRP" among "WBP")."""
    check = speller()
    short = check.lists.short_forms
    counts: dict[str, int] = {}
    for t in doc.tokens:
        if t.text.isupper() and t.text.isalpha():
            counts[t.text] = counts.get(t.text, 0) + 1
    used = [w for w, n in counts.items() if n >= 3 and w.lower() in short]
    for t in doc.tokens:
        word = t.text
        if counts.get(word) != 1 or not 3 <= len(word) <= 5 or not word.isalpha():
            continue
        if not word.isupper() or word.lower() in short or check.known(word):
            continue
        if doc.in_frame(t.start, t.end) or _in_caps_run(doc, t):
            continue
        near = [u for u in used if len(u) == len(word) and _one_substitution(word, u)]
        if len(near) == 1:
            yield Hit(t.start, t.end, _SHORT, near[0], {"word": word, "fix": near[0]})


def _one_substitution(a: str, b: str) -> bool:
    """One letter replaced inside: the first and the last letters tell bodies apart ("UPT",
    "UPS"; "BPN", "BPS"), a letter inside is the slip ("WRP" for "WBP")."""
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 1 and 0 < diff[0] < len(a) - 1


def _in_caps_run(doc: Doc, t: Token) -> bool:
    """A word of a line in capitals (a heading, a shouted name): not a short form."""
    line_start = doc.text.rfind("\n", 0, t.start) + 1
    line_end = doc.text.find("\n", t.end)
    line = doc.text[line_start : line_end if line_end >= 0 else len(doc.text)]
    letters = [c for c in line if c.isalpha()]
    return sum(c.isupper() for c in letters) > 0.6 * len(letters)


@rule("S9", ERROR, N_("Brands, the holy book and fixed names are written in their own form"))
def fixed_forms(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for t in doc.tokens:
        brand = BRANDS.get(t.text.lower()) or SPLIT_BRANDS.get(t.text.lower())
        if brand is None or t.text == brand or t.text.isupper():
            continue
        if text[t.end : t.end + 1] in ".@/" and text[t.end + 1 : t.end + 2].isalnum():
            continue  # an address: "youtube.com/…"
        if text[t.start - 1 : t.start] in ("@", "#", ".", "/"):
            continue
        yield Hit(t.start, t.end, _FORM, brand, {"word": t.text, "fix": brand})
    for m in _ISRA.finditer(text):
        if m.group() != "Isra Mikraj":
            yield Hit(
                m.start(), m.end(), _FORM, "Isra Mikraj", {"word": m.group(), "fix": "Isra Mikraj"}
            )
    for m in _QURAN.finditer(text):
        typed = m.group()
        mark = next((c for c in typed if c in "'’‘`"), None)
        if mark is None:
            continue  # "Al Quran" is W6's; "Alquran" is KBBI's too
        fix = "Al-Qur" + ("’" if mark in "’‘`" else "'") + "an"
        if typed != fix:
            yield Hit(m.start(), m.end(), _FORM, fix, {"word": typed, "fix": fix})
    yield from organisation_names(doc)  # "Darma Wanita" → "Dharma Wanita"
    yield from airport_names(doc)  # "Bandara Soekarno Hatta" → "Soekarno-Hatta"
    for start, end, country in country_spellings(doc):  # round 20: "Ethopia" → "Etiopia"
        typed = text[start:end]
        yield Hit(start, end, _FORM, country, {"word": typed, "fix": country})
    for m in _HIV.finditer(text):
        if m.group() != "HIV/AIDS":
            yield Hit(m.start(), m.end(), _FORM, "HIV/AIDS", {"word": m.group(), "fix": "HIV/AIDS"})
