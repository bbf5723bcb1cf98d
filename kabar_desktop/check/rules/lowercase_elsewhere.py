"""K3, session 19: a common word capitalised mid-sentence that the article itself writes in
lowercase elsewhere ('bertemu dengan Keluarga mereka' beside 'keluarga', 'sistem Hidroponik'
beside 'hidroponik').

K3's lists know the genre's nouns; this reading knows any word, but only where the writer's
own hand settles it: the same word, lowercase, as a whole word somewhere in the article. It
reads a single capitalised word between lowercase words (a name's words stand together) and
leaves what may start a name: a word after a name's introducer ('kata', 'di', 'Bapak'), after
'dan' that follows a capital, before a capital or a number ('Pasal 10'), a holiday, a
country, an office, a position ('Bupati berpesan'), 'kelas' ('lapas Kelas dua'), a word the
Hunspell list also holds with a capital (a given name).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import (
    ATTRIBUTION_VERBS,
    COMMON_WORD_BODIES,
    COUNTRIES,
    HOLIDAY_WORDS,
    INSTITUTIONS,
    MONTHS,
    POSITIONS,
    WEEKDAYS,
    words,
)
from kabar_desktop.check.rules.case_reading import capitalised, in_dateline, in_title

# Words a name follows: a speaker, a title of address, a place, a building, a work's title.
_NAME_BEFORE = ATTRIBUTION_VERBS | words(
    """oleh bapak ibu pak bu saudara saudari sdr sdri bersama didampingi kepada ke dari di menuju
    asal desa kelurahan kota kabupaten kecamatan jalan jl pulau gunung sungai suku bahasa
    agama nama bernama berjudul bertajuk bertema tema sang si dusun kampung kompleks perumahan
    gedung ruang aula masjid gereja pura vihara pondok yayasan hotel restoran rumah kafe toko
    pt cv ud tim haji hajah ustaz ustad ustadz kiai kyai habib syekh dr drs ir prof hj h bin
    binti alias atau yaitu yakni seperti selaku sebagai kak adik mas mbak bang abang pdt romo
    pastor pendeta kh via aplikasi program"""
)
# Words that join two words of one name ('Dinas Komunikasi dan Informatika').
_LINKS = words("dan serta atau untuk bagi dengan di pada tentang ke dari yang")
# Names the offices write with a capital though they are common words too.
_NAMES = words(
    """indonesia lebaran natal maulid nabi allah tuhan anak imigrasi islam kristen katolik
    hindu buddha informatika informasi desa kelurahan kelas umrah"""
)  # 'paspor Umrah' beside 'umrah': the sets leave the capital 33 of 34 (session 42)
_NAMES |= set(INSTITUTIONS) | POSITIONS | COUNTRIES | HOLIDAY_WORDS  # 'Bupati berpesan'
_NAMES |= set(COMMON_WORD_BODIES)  # 'seragam Pramuka' beside 'tim pramuka' (0 of 42, h190)
_NAMES |= {w.lower() for w in (*WEEKDAYS, *MONTHS)}  # 'jumat bersih' is K8's slip (heldout64)
_WORD = re.compile(r"[A-Z][a-z]{3,}")


def lowercase_elsewhere(doc: Doc) -> Iterator[tuple[int, int]]:
    """The spans of capitalised words the article writes in lowercase elsewhere."""
    toks = doc.tokens
    lower_words = {t.text for t in toks if t.text.islower()}
    if not lower_words:
        return
    from kabar_desktop.check.places import is_place_word
    from kabar_desktop.check.wordlists import proper_nouns, word_lists

    stems, proper = word_lists().stems, proper_nouns()
    for i in range(2, len(toks) - 1):
        t = toks[i]
        if t.initial or not t.text[:1].isupper():
            continue
        lower = t.text.lower()
        if lower not in lower_words or not _WORD.fullmatch(t.text):
            continue
        if lower not in stems or lower in proper or lower in _NAMES or is_place_word(lower):
            continue
        prev, before = toks[i - 1], toks[i - 2]
        if not doc.adjacent(prev, t) or not prev.text.islower() or prev.text in _NAME_BEFORE:
            continue
        if prev.text in _LINKS and capitalised(before):
            continue  # 'Pekan Olahraga dan Seni': one name
        if _name_after(doc, i) or in_title(doc, t) or in_dateline(doc, t):
            continue
        if doc.is_italic(t.start, t.end):
            continue
        yield t.start, t.end


def _name_after(doc: Doc, i: int) -> bool:
    """A capital, a number or a bracket comes next ('Pasal 10', 'Desa atau Kelurahan Sadar
    Hukum', 'Evaluasi (Anev)'): the word may open a name."""
    toks, text = doc.tokens, doc.text
    t = toks[i]
    rest = text[t.end : t.end + 3].lstrip(" ")
    if rest[:1].isdigit() or rest[:1] == "(" or rest[:1].isupper():
        return True
    if i + 2 >= len(toks):
        return False
    nxt, after = toks[i + 1], toks[i + 2]
    return (
        doc.adjacent(t, nxt)
        and nxt.text in _LINKS
        and doc.adjacent(nxt, after)
        and capitalised(after)
    )
