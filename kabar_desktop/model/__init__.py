"""The draft: what the writer knows about a story. Depends on nothing else in Kabar."""

from kabar_desktop.model.draft import (
    STATEMENT_KINDS,
    Draft,
    Paragraph,
    Person,
    Photo,
    Speaker,
    Statement,
    Style,
)
from kabar_desktop.model.problems import DraftError, Problem
from kabar_desktop.model.story import SPEAKER_PARTS, STORY_KINDS

__all__ = [
    "SPEAKER_PARTS",
    "STATEMENT_KINDS",
    "STORY_KINDS",
    "Draft",
    "DraftError",
    "Paragraph",
    "Person",
    "Photo",
    "Problem",
    "Speaker",
    "Statement",
    "Style",
]
