"""The draft as plain data: the facts of an event, the speakers and what they said.

Text fields hold what the writer typed. ``None`` in ``lead`` or a speaker's ``intro`` means
"let Kabar compose it"; a string is the writer's own version, used as written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

FORMAT_NAME = "kabar-draft"
FORMAT_VERSION = 1

# Kinds of lead Kabar can compose (templates/compose/lead.toml holds the sentences).
LEAD_KINDS = ("narasumber", "pembukaan", "kunjungan", "penandatanganan", "rapat")
STATEMENT_KINDS = ("paraphrase", "quote")

# Attribution verbs a quote may take; the article writes them with -nya ("ujarnya") or
# followed by the speaker's short name ("ujar Dian").
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
)


@dataclass
class Statement:
    """Something a speaker said: a quote (in their words) or a paraphrase (in the writer's)."""

    kind: str = "paraphrase"
    text: str = ""
    verb: str | None = None  # quotes only; None lets Kabar choose
    context: str = ""  # quotes only: what follows the verb ("mengutip pesan ...")
    name_speaker: bool = False  # quotes only: "ujar Dian" instead of "ujarnya"


@dataclass
class Speaker:
    name: str = ""
    short_name: str = ""
    position: str = ""
    role: str = "narasumber"
    topic: str = ""
    intro: str | None = None
    statements: list[Statement] = field(default_factory=list)

    @property
    def called(self) -> str:
        """How later mentions name the speaker: the short name, else the last word of the name."""
        if self.short_name.strip():
            return self.short_name.strip()
        words = self.name.split()
        return words[-1] if words else ""


@dataclass
class Photo:
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


@dataclass
class Draft:
    title: str = ""
    dateline: str = ""
    date: dt.date | None = None
    organizer: str = ""
    event: str = ""
    event_detail: str = ""
    venue: str = ""
    participants: str = ""
    lead_kind: str = "narasumber"
    lead: str | None = None
    speakers: list[Speaker] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    credit: str = ""
    style: Style = field(default_factory=Style)
    # What the writer told the house-style checker to ignore in this draft:
    # {"findings": [finding keys], "rules": [rule ids]} (see check.Ignores).
    check_ignores: dict = field(default_factory=dict)
