"""Where words chosen in the preview belong: the field they were typed in, else a sentence.

Every run of the composed article carries the field it came from (docs/architecture.md), so
words a writer typed anchor to that field and the UPT sees the remark beside it; words
Kabar composed (the lead's dateline, an introduction) anchor to ``sentence:<n>``, the n-th
sentence of the article (counted from 1 from the first paragraph, as ``sentences`` splits
it), as ``store.remarks`` numbers them.
"""

from __future__ import annotations

import re

from kabar_desktop.compose.document import Article

_SENTENCE_END = re.compile(r"(?<=[.!?…])[”\"')\]]*\s+(?=[^\s])")


def _plain(text: str) -> str:
    return " ".join(text.split())


def sentences(article: Article) -> list[str]:
    """The article's sentences in reading order, from its first paragraph (the title is no
    sentence: a remark on it anchors to the field ``title``)."""
    found: list[str] = []
    for block in article.text_blocks():
        text = _plain(block.text)
        found += [s for s in _SENTENCE_END.split(text) if s]
    return found


def anchor_for(article: Article, quote: str) -> str:
    """The anchor of ``quote`` (words selected in the preview): a field path, else a sentence."""
    quote = _plain(quote)
    if not quote:
        return ""
    if quote in _plain(article.title):
        return "title"
    for block in article.text_blocks():
        for run in block.runs:
            source = run.source or block.source
            if source and quote in _plain(run.text):
                return source
    for n, sentence in enumerate(sentences(article), start=1):
        if quote in sentence or sentence in quote:
            return f"sentence:{n}"
    first = quote.split(" ", 3)[:3]  # a selection over two sentences: where it starts
    start = " ".join(first)
    for n, sentence in enumerate(sentences(article), start=1):
        if start in sentence:
            return f"sentence:{n}"
    return ""
