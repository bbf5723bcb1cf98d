"""The draft: what the writer knows about an event. Depends on nothing else in Kabar."""

from kabar_desktop.model.draft import (
    LEAD_KINDS,
    STATEMENT_KINDS,
    Draft,
    Photo,
    Speaker,
    Statement,
    Style,
)
from kabar_desktop.model.problems import DraftError, Problem

__all__ = [
    "LEAD_KINDS",
    "STATEMENT_KINDS",
    "Draft",
    "DraftError",
    "Photo",
    "Problem",
    "Speaker",
    "Statement",
    "Style",
]
