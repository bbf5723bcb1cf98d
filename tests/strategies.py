"""Hypothesis strategies shared by the property tests: drafts full of hostile text."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from kabar_desktop.model.draft import (
    ATTRIBUTION_VERBS,
    Draft,
    Paragraph,
    Person,
    Photo,
    Speaker,
    Statement,
    Style,
)
from kabar_desktop.model.story import SPEAKER_PARTS, STORY_KINDS

HOSTILE = [
    "<script>alert('x')</script>",
    "\"kutip\" & 'apos' “lengkung”",
    "🇮🇩🎉👍🏽",
    "مرحبا بالعالم",
    "עברית\u200f",
    "</p><b>tebal</b>",
    "{{ article }} {% raw %}",
    "*_ _*",
    "a\u00a0b",
    "\t\n ",
    "Humas_Unit",
    "\u202eterbalik",
    "ZWJ\u200d👨‍👩‍👧",
]
# Any text a writer can type that a document can hold (no control characters, no surrogates).
typed = st.characters(blacklist_categories=("Cc", "Cs", "Cn"), blacklist_characters="\ufffe\uffff")


def texts(words: list[str], hostile: list[str] = HOSTILE) -> st.SearchStrategy[str]:
    """Short texts: random characters, words of the genre mixed with hostile pieces."""
    return st.one_of(
        st.text(typed, max_size=40),
        st.lists(st.sampled_from(words + hostile), max_size=14).map(" ".join),
        st.sampled_from(hostile),
    )


def long_texts(short: st.SearchStrategy[str], words: list[str], most: int) -> st.SearchStrategy:
    """Short texts, or one word repeated up to ``most`` times (very long paragraphs)."""
    repeated = st.builds(lambda w, n: (w + " ") * n, st.sampled_from(words), st.integers(50, most))
    return st.one_of(short, repeated)


def drafts(
    text: st.SearchStrategy[str],
    long_text: st.SearchStrategy[str],
    *,
    speakers: int = 6,
    statements: int = 4,
    photos: bool = False,
) -> st.SearchStrategy[Draft]:
    """Valid drafts (the file reader would accept them) of any content."""
    statement = st.one_of(
        st.builds(Statement, kind=st.just("paraphrase"), text=long_text),
        st.builds(
            Statement,
            kind=st.just("quote"),
            text=text,
            verb=st.one_of(st.none(), st.sampled_from(ATTRIBUTION_VERBS), st.just("puji")),
            context=text,
            name_speaker=st.booleans(),
        ),
    )
    speaker = st.builds(
        Speaker,
        name=text,
        short_name=text,
        position=text,
        part=st.sampled_from(SPEAKER_PARTS),
        role=text,
        topic=text,
        context=text,
        name_first=st.booleans(),
        intro=st.one_of(st.none(), text),
        statements=st.lists(statement, max_size=statements),
    )
    person = st.builds(Person, position=text, name=text)
    after = st.one_of(
        st.sampled_from(["lead", "end"]), st.integers(0, speakers).map(lambda i: f"speakers[{i}]")
    )
    return st.builds(
        Draft,
        title=text,
        dateline=text,
        date=st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31))),
        period=text,
        organizer=text,
        counterpart=text,
        event=text,
        event_detail=text,
        venue=text,
        participants=text,
        purpose=text,
        kind=st.one_of(st.none(), st.sampled_from(STORY_KINDS)),
        date_in_lead=st.booleans(),
        lead=st.one_of(st.none(), text),
        speakers=st.lists(speaker, max_size=speakers),
        companions=st.lists(person, max_size=3),
        attendees=st.lists(person, max_size=4),
        paragraphs=st.lists(st.builds(Paragraph, text=long_text, after=after), max_size=4),
        photos=st.lists(st.builds(Photo, caption=text, credit=text), max_size=2)
        if photos
        else st.just([]),
        credit=text,
        style=st.builds(
            Style,
            pad_dates=st.booleans(),
            credit_inline=st.booleans(),
            dateline_tag=text,
            dateline_dash=st.sampled_from(["-", "–"]),
            photo_credit=text,
            photo_credit_brackets=st.booleans(),
        ),
    )
