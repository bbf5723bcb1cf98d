"""W9: a foreign word in roman type is italic, or replaced by its Indonesian word (EYD V,
huruf miring). Moved out of word_forms.py in session seventeen (it held too many jobs).

Names keep their form whatever their language: a word beside a name, a programme spelled by
its short form, an address, and (session seventeen, heldout41) a title-case phrase quoted
as a name (``"Stars of Tomorrow Camp, …"``: the camp's name, in quotes as an event's is).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kabar_desktop.check.acronym_forms import defined_in_brackets
from kabar_desktop.check.addresses import in_address
from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import words
from kabar_desktop.check.rules import N_, WARNING, Hit, keep_case, rule
from kabar_desktop.check.rules.degrees import in_cased_degree
from kabar_desktop.check.rules.english_words import LISTED_ENGLISH, english_in_name, foreign_token
from kabar_desktop.check.rules.form_contexts import english_run
from kabar_desktop.check.rules.name_readings import in_name_expansion, in_title_series
from kabar_desktop.check.rules.solid_words import beside_name, phrase_at, spelled_by_short_form
from kabar_desktop.check.rules.spelled_names import expanded_name
from kabar_desktop.check.rules.words19_foreign import capital_english_runs
from kabar_desktop.check.tables import FOREIGN_EQUIVALENTS, FOREIGN_ONLY_IN_PAIRS

_PROPHET = re.compile(r"(?:Muhammad|Rasulullah|Rasul) $")


# Session 40: an English word for the kind of event or team that heads an Indonesian name
# ("melaksanakan Launching Kegiatan Pembimbingan", "Tim Rescue Damkar") is the writers' word,
# not the name's: marked 15 of 15 after a lowercase word or 'Tim'.
_EVENT_HEADS = words("launching screening rescue talkshow stand gathering website")


def _event_head(doc: Doc, group: list, first: int) -> bool:
    """The one foreign word of ``group`` is an event's kind heading what follows it."""
    if len(group) != 1 or group[0].text.lower() not in _EVENT_HEADS or first == 0:
        return False
    before = doc.tokens[first - 1]
    return before.text[0].islower() or before.text == "Tim"


def service_word(doc: Doc, i: int) -> bool:
    """Token ``i`` is a word of "eazy passport" ("eazy paspor"), Imigrasi's service by the
    name it gives it, which the writers keep in lowercase and the sets leave (3 of 53 marked,
    session 42); "eazy" alone is still the slip of "easy" it is."""
    toks = doc.tokens
    word = toks[i].text.lower()
    if word == "eazy":
        return i + 1 < len(toks) and toks[i + 1].text.lower() in ("passport", "paspor")
    return i > 0 and word == "passport" and toks[i - 1].text.lower() == "eazy"


def _only_word(group: list, word: str) -> bool:
    """The run found is that one word alone."""
    return len(group) == 1 and group[0].text == word


@rule("W9", WARNING, N_("Foreign words are italic, or replaced by an Indonesian word"))
def foreign_words(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    done: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        head = _event_head(doc, toks[i : i + 1], i)  # "Screening": no English list's word
        if not (head or foreign_token(toks[i])) or english_in_name(doc, i):
            if (j := phrase_at(doc, i)) == i:
                i += 1
                continue
        else:
            j = i + 1
        while j < len(toks) and foreign_token(toks[j]) and doc.adjacent(toks[j - 1], toks[j]):
            j += 1
        first, last = english_run(doc, i, j)  # "Morning Meeting": its English neighbours
        group, i = toks[first : last + 1], max(j, last + 1)
        start, end = group[0].start, group[-1].end
        if len(group) == 1 and group[0].text.lower() in FOREIGN_ONLY_IN_PAIRS:
            continue
        if len(group) == 1 and in_cased_degree(doc.text, start):
            continue  # "S.sos": a degree in the wrong case, P27's (session 35)
        if first and group[0].text.lower() == "web" and toks[first - 1].text.lower() == "situs":
            continue  # "situs web": KBBI's own term (heldout24)
        if len(group) == 1 and service_word(doc, first):
            continue  # "pelayanan eazy passport": Imigrasi's service by its name (3 of 53 marked)
        if _only_word(group, "saw") and _PROPHET.search(doc.text, max(0, start - 12), start):
            continue  # "Nabi Muhammad saw": the blessing's short form, P11's period (probe115)
        listed = sum(t.text.lower() in LISTED_ENGLISH for t in group)
        if doc.is_italic(start, end) or (
            group[0].text[0].isupper()
            and listed < 2
            and beside_name(doc, first, last)
            and not _event_head(doc, group, first)
        ):
            continue  # one foreign word beside a name may be the name's ("Zoom", "Grand")
        if group[0].text[0].isupper() and (
            spelled_by_short_form(doc.text, start, end) or in_title_series(doc, start, end)
        ):
            continue  # "Monitoring dan Evaluasi (Monev)": a program's name and its short form
        if in_name_expansion(doc.text, start) or in_address(doc.text, start, end):
            continue  # "Si Popo (Sistem … online)": the app's name; "Indonews.web.id" (r26)
        spelled = first and not foreign_token(toks[first - 1])  # not "mobile banking (m-banking)"
        if spelled and defined_in_brackets(doc.text, start, end):
            continue  # "Sabtu bersih (saber)": the short form the text spells (heldout188)
        if _named(doc, start, end):
            continue  # '"Stars of Tomorrow Camp, …"': a name in quotes (heldout41)
        if group[0].text[0].isupper() and _BRAND_BEFORE.search(doc.text, max(0, start - 14), start):
            continue  # "traktor … merek Quick": the brand's own name (probe81)
        phrase = doc.text[start:end]
        suggestion = FOREIGN_EQUIVALENTS.get(phrase.lower())
        if suggestion is not None:
            suggestion = keep_case(phrase, suggestion)
        elif doc.mode == "article":
            suggestion = f"_{phrase}_"
        done.append((start, end))
        if suggestion and (paired := _paired_with(doc.text, start, end, suggestion)):
            start, end, suggestion = paired  # "skill dan keterampilan": drop 'skill dan'
        elif suggestion and _glossed(doc.text, start, end, suggestion):
            suggestion = f"_{phrase}_" if doc.mode == "article" else None  # "daring (online)"
        yield Hit(
            start,
            end,
            N_("'{word}' is a foreign word: write it in italics or use an Indonesian word."),
            suggestion,
            {"word": phrase},
        )
    for h in capital_english_runs(doc, done):  # "Crash Program", "e-Government" (round 19)
        if not _named(doc, h.start, h.end):
            yield h


def _paired_with(text: str, start: int, end: int, word: str) -> tuple[int, int, str] | None:
    """The foreign word paired by 'dan'/'atau'/'serta' with its own Indonesian equivalent
    ('skill dan keterampilan', probe54): the fix drops it and the link, not doubles it."""
    after = re.match(r" (?:dan|atau|serta) (\w+)", text[end : end + len(word) + 8])
    if after and after.group(1).lower() == word.lower():
        return start, end + after.end() - len(after.group(1)), ""
    before = re.search(r"(\w+) (?:dan|atau|serta) $", text[max(0, start - len(word) - 8) : start])
    if before and before.group(1).lower() == word.lower():
        return start - (len(before.group()) - len(before.group(1))), end, ""
    return None


def _glossed(text: str, start: int, end: int, word: str) -> bool:
    """The foreign word glosses its own equivalent in brackets ('daring (online)', probe56):
    the equivalent is there already, so only italics are asked."""
    before = text[max(0, start - len(word) - 2) : start]
    return text[end : end + 1] == ")" and before.lower() == word.lower() + " ("


def _named(doc: Doc, start: int, end: int) -> bool:
    """A name of its own: quoted as a name, spelled out in brackets, or a programme's."""
    phrase = doc.text[start:end]
    return (
        in_quoted_name(doc, start)
        or expanded_name(doc.text, phrase)
        or programme_name(doc.text, phrase)
    )


# The word that brings in a make's name, which keeps its own language.
_BRAND_BEFORE = re.compile(r"\b(?:[Mm]erek|[Mm]erk|[Bb]rand|[Mm]erek dagang) $")
_QUOTES = "\"“‘'"
# A quoted name's words up to its end: the closing mark, a comma or a stop.
_QUOTED_RUN = re.compile(r"[^\"”’,.;:()\n]{3,80}")


def in_quoted_name(doc: Doc, start: int) -> bool:
    """Whether ``start`` lies in a run of two words or more in title case (its short
    words aside: 'of', 'and') that opens a quotation: a name quoted as a name ('"Stars of
    Tomorrow Camp, …"'), which keeps its roman type and is no misspelling (heldout41)."""
    line = doc.text.rfind("\n", 0, start) + 1
    opening = max(doc.text.rfind(q, line, start + 1) for q in _QUOTES)
    if opening < 0 or start - opening > 60:
        return False
    run = _QUOTED_RUN.match(doc.text, opening + 1)
    if run is None or run.end() <= start:
        return False
    found = run.group().split()
    capitals = [w for w in found if len(w) > 3 or w[:1].isupper()]  # not 'of', 'for'
    return len(found) >= 2 and len(capitals) >= 2 and all(w[:1].isupper() for w in capitals)


# A programme named after 'program' (or 'bertajuk') in title case, in quotes or not:
# "program Immigration Goes to School", "program bertajuk “Immigration Goes to School”".
_PROGRAMME = re.compile(
    r"\b[Pp]rogram(?:nya)? (?:bertajuk )?[\"“‘]?((?:[A-Z][\w-]*|of|to|for|and|the)"
    r"(?: (?:[A-Z][\w-]*|of|to|for|and|the))+)"
)


def programme_name(text: str, phrase: str) -> bool:
    """Whether the article names a programme after 'program' whose name holds ``phrase`` or
    is held by it ('Program Immigration Goes to School' in a title; heldout44): a name keeps
    its form and its roman type."""
    low = phrase.lower()
    return any(low in name or name in low for name in _programmes(text))


@lru_cache(maxsize=8)
def _programmes(text: str) -> tuple[str, ...]:
    """The programmes the text names after 'program', lowercase (read once a text)."""
    found = (m.group(1).lower() for m in _PROGRAMME.finditer(text))
    return tuple(name for name in found if len(name.split()) > 1)
