"""The plain text of a composed article, as the checker reads it, with a map back to runs.

**The article's plain text** is: the title; then each paragraph of running text in reading
order (the lead with its dateline, body paragraphs, quotes with their attribution, the credit
when it stands on its own line); then each photo caption with its credit. Parts are separated
by one blank line (``"\\n\\n"``), empty parts are left out, and the text ends with ``"\\n"``.
There are no WhatsApp marks: italic and bold are known from the runs. Offsets reported by
``kabar check`` for a draft index this text.
"""

from __future__ import annotations

from dataclasses import dataclass

from kabar_desktop.check.document import Para
from kabar_desktop.compose.document import Article, Run

_KIND = {
    "title": "title",
    "lead": "lead",
    "body": "body",
    "quote": "quote",
    "credit": "credit",
    "figure": "caption",
}


@dataclass(frozen=True)
class Placed:
    """A run and where it stands in the plain text."""

    start: int
    end: int
    run: Run
    block: int  # index of its paragraph in PlainArticle.paras
    block_source: str

    @property
    def composed(self) -> bool:
        """Kabar's words (and the credit, which Kabar writes in its own form)."""
        r = self.run
        return not r.source or r.placeholder or r.credit or r.source.startswith("style.")


@dataclass
class PlainArticle:
    """A composed article as one text, with where each run came from."""

    text: str
    paras: list[Para]
    placed: list[Placed]

    def italic_spans(self) -> list[tuple[int, int]]:
        return [(p.start, p.end) for p in self.placed if p.run.italic]

    def frame_spans(self) -> list[tuple[int, int]]:
        return [(p.start, p.end) for p in self.placed if p.run.credit]


def plain_article(article: Article) -> PlainArticle:
    blocks = [b for b in article.blocks if b.kind != "figure" and b.text]
    blocks += [b for b in article.blocks if b.kind == "figure" and b.text]
    text_parts: list[str] = []
    paras: list[Para] = []
    placed: list[Placed] = []
    pos = 0
    for block in blocks:
        if text_parts:
            text_parts.append("\n\n")
            pos += 2
        start = pos
        for run in block.runs:
            if run.text:
                placed.append(Placed(pos, pos + len(run.text), run, len(paras), block.source))
                text_parts.append(run.text)
                pos += len(run.text)
        paras.append(Para(start, pos, _KIND.get(block.kind, "body")))
    if text_parts:
        text_parts.append("\n")
    return PlainArticle("".join(text_parts), paras, placed)


def article_plain_text(article: Article) -> str:
    """The plain text defined above: what ``kabar check`` offsets index for a draft."""
    return plain_article(article).text
