"""The draft as plain data: the facts of a story, the people in it and what they said.

Text fields hold what the writer typed. ``None`` in ``lead`` or a speaker's ``intro`` means
"let Kabar compose it"; a string is the writer's own version, used as written. ``None`` in
``kind`` means "let Kabar suggest the kind of story from the facts" (model/story.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

FORMAT_NAME = "kabar-draft"
FORMAT_VERSION = 2

STATEMENT_KINDS = ("paraphrase", "quote")

# Attribution verbs Kabar suggests and chooses from. The writer may type any other verb: the
# checker then warns, the draft is never refused. The article writes them with -nya
# ("ujarnya") or followed by the speaker's short name ("ujar Dian").
ATTRIBUTION_VERBS = (
    "ujar",
    "kata",
    "ungkap",
    "jelas",
    "tutur",
    "harap",
    "imbuh",
    "tambah",
    "tegas",
    "pungkas",
    "ucap",
    "papar",
    "terang",
    "sebut",
    "lanjut",
    "tanya",
    "ajak",
    "pesan",
    "tutup",
    "puji",
    "pinta",
    "seru",
)

# Words that open the name of a group rather than a person: such a speaker is named whole
# ("ujar Tim Humas"), never by the last word.
GROUP_WORDS = (
    "tim",
    "panitia",
    "perwakilan",
    "para",
    "jajaran",
    "satgas",
    "kelompok",
    "komunitas",
    "pengurus",
    "keluarga",
    "paduan",
    "seluruh",
)


@dataclass
class Statement:
    """Something a speaker said: a quote (in their words) or a paraphrase (in the writer's).

    A quote's ``text`` may hold several paragraphs, one per line."""

    kind: str = "paraphrase"
    text: str = ""
    verb: str | None = None  # quotes only; None lets Kabar choose
    context: str = ""  # quotes only: what follows the verb ("mengutip pesan ...", a date)
    name_speaker: bool = False  # quotes only: "ujar Dian" instead of "ujarnya"


@dataclass
class Speaker:
    """Someone whose words the article reports, in the part they play in the story."""

    name: str = ""
    short_name: str = ""
    position: str = ""
    part: str = "narasumber"  # one of story.SPEAKER_PARTS
    role: str = ""  # the noun for a narasumber or "lainnya": "pemateri", "moderator"
    topic: str = ""  # what they spoke about: "materi tentang {topic}"
    context: str = ""  # before the introduction: "Ditemui usai kegiatan"
    name_first: bool = False  # "Budi Santoso, Kepala Lapas …" instead of "Kepala Lapas …, Budi"
    intro: str | None = None
    statements: list[Statement] = field(default_factory=list)

    @property
    def is_group(self) -> bool:
        words = self.name.split()
        return bool(words) and words[0].lower() in GROUP_WORDS

    @property
    def called(self) -> str:
        """How later mentions name the speaker: the short name; a group by its whole name;
        else the last word of the name."""
        if self.short_name.strip():
            return self.short_name.strip()
        if self.is_group:
            return " ".join(self.name.split())
        words = self.name.split()
        return words[-1] if words else ""


@dataclass
class Person:
    """Someone present without statements: a companion or an attendee."""

    position: str = ""
    name: str = ""


@dataclass
class Paragraph:
    """A paragraph in the writer's own words, and where it stands in the article."""

    text: str = ""
    after: str = "end"  # "lead", "speakers[N]" (after that speaker's part) or "end"


@dataclass
class Photo:
    """A photo of the event: its file (in the .kabar, or beside a .json), caption and credit."""

    file: str = ""
    caption: str = ""
    credit: str = ""
    # Filled in by the file reader, never written to draft.json:
    data: bytes | None = field(default=None, repr=False, compare=False)
    media_type: str = field(default="", compare=False)
    width: int = field(default=0, compare=False)
    height: int = field(default=0, compare=False)


@dataclass
class Style:
    """House conventions that differ between offices (the office profile sets them)."""

    pad_dates: bool = False  # Rabu (05/09/2024) instead of Rabu (5/9/2024)
    credit_inline: bool = True  # "(humas/fka)" after the last full stop, else on its own line
    dateline_tag: str = ""  # "Humas_Unit" gives "Kupang, Humas_Unit - ..."
    dateline_dash: str = "-"  # "-" or "–": what stands between the dateline and the lead
    photo_credit: str = ""  # "Dok. Humas Lapas Tanjung"; empty: "Dok. Humas <organizer>"
    photo_credit_brackets: bool = True  # "… (Dok. Humas …)" or "…. Dok. Humas …"


@dataclass
class Draft:
    """One article's facts as the writer gave them (see the module's docstring)."""

    title: str = ""
    dateline: str = ""  # optional: an article may have no dateline
    date: dt.date | None = None
    period: str = ""  # a report's span instead of a day: "Oktober 2024"
    organizer: str = ""  # the writer's office, whose story this is
    counterpart: str = ""  # the other party: host, place visited, partner, recipient
    event: str = ""
    event_detail: str = ""
    venue: str = ""
    participants: str = ""
    purpose: str = ""  # a clause that may open the lead: "Dalam rangka …"
    kind: str | None = None  # one of story.STORY_KINDS; None: Kabar suggests
    date_in_lead: bool = True  # False: the date (and venue) get a sentence of their own
    lead: str | None = None
    speakers: list[Speaker] = field(default_factory=list)
    companions: list[Person] = field(default_factory=list)  # "didampingi oleh …"
    attendees: list[Person] = field(default_factory=list)  # "Turut hadir …"
    paragraphs: list[Paragraph] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    credit: str = ""
    style: Style = field(default_factory=Style)
    # What the writer told the house-style checker to ignore in this draft:
    # {"findings": [finding keys], "rules": [rule ids]} (see check.Ignores).
    check_ignores: dict = field(default_factory=dict)
