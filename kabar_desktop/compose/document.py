"""The composed article: a small block document shared by the preview and every exporter.

Each run remembers where its text came from (``source`` is a draft field path such as
``speakers[0].statements[1]``, or ``""`` for text Kabar composed), so the checker and the
editor can tell the writer's words from Kabar's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kabar_desktop.model.draft import Photo

# Block kinds: title, lead (dateline and lead), body, quote, credit (on its own line), figure.
TEXT_KINDS = ("title", "lead", "body", "quote", "credit")


@dataclass(frozen=True)
class Run:
    """A stretch of text in one style, with the field it came from ("" for Kabar's words)."""

    text: str
    italic: bool = False
    bold: bool = False
    source: str = ""
    credit: bool = False  # the closing credit, when it stands inline
    placeholder: bool = False  # "[jabatan]": a missing fact, shown only in the preview


@dataclass(frozen=True)
class Block:
    """One paragraph of the article (or a figure: its photo, the runs its caption)."""

    kind: str
    runs: tuple[Run, ...]
    source: str = ""  # the field the block stands for ("lead", "paragraphs[2]", ...)
    photo: Photo | None = field(default=None, compare=False)  # figures only; runs = caption

    @property
    def text(self) -> str:
        """The block as a reader sees it, without emphasis."""
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class Article:
    """The composed article every view and export reads."""

    title: str
    blocks: tuple[Block, ...]
    description: str  # the lead as plain text: meta description, summaries
    author: str  # the office that publishes it
    date: dt.date | None
    language: str = "id"

    def text_blocks(self) -> list[Block]:
        """Paragraphs of running text, title excluded, in reading order."""
        return [b for b in self.blocks if b.kind in TEXT_KINDS and b.kind != "title"]

    def figures(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "figure"]
