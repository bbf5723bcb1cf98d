"""Generated drafts, Indonesian and hostile: every one exports to all three formats, and the
three agree paragraph for paragraph (one composed article feeds them all)."""

from __future__ import annotations

import datetime as dt
import io
from html.parser import HTMLParser

import docx
import pytest
import strategies
from hypothesis import given
from strategies import long_texts, texts

from kabar_desktop.compose import compose
from kabar_desktop.export.docx import STYLE_NAMES, write_docx
from kabar_desktop.export.html import render_html
from kabar_desktop.export.text import render_text
from kabar_desktop.model.draft import Draft, Speaker, Statement

WORDS = [
    "Kepala",
    "Rudenim",
    "Kupang",
    "kegiatan",
    "pelatihan",
    "humas",
    "ujarnya",
    "Rabu",
    "(25/9/2024)",
    "narasumber",
    "_workshop_",
    "*penting*",
    "di",
    "dan",
    "yang",
]
text = texts(WORDS)
drafts = strategies.drafts(text, long_texts(text, WORDS, 2500))


class _Paragraphs(HTMLParser):
    """The text of each <p> and of <h1>, and every tag the page holds."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.title: str | None = None
        self.tags: set[str] = set()
        self._open: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if tag in ("p", "h1"):
            self._open, self._text = tag, []

    def handle_endtag(self, tag):
        if tag == self._open:
            joined = "".join(self._text)
            if tag == "p":
                self.paragraphs.append(joined)
            else:
                self.title = joined
            self._open = None

    def handle_data(self, data):
        if self._open:
            self._text.append(data)


TEMPLATE_TAGS = {
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "header",
    "main",
    "article",
    "div",
    "span",
    "h1",
    "p",
    "em",
    "strong",
    "time",
    "figure",
    "img",
    "figcaption",
    "footer",
}


def _unmark(text: str) -> str:
    return text.replace("*", "").replace("_", "")


def check_agreement(draft: Draft) -> None:
    article = compose(draft)
    blocks = article.text_blocks()
    expected = [b.text for b in blocks]

    page = _Paragraphs()
    page.feed(render_html(article))
    assert page.tags <= TEMPLATE_TAGS, page.tags - TEMPLATE_TAGS
    assert page.paragraphs == expected
    assert (page.title or "") == article.title

    buf = io.BytesIO()
    write_docx(article, buf)
    document = docx.Document(io.BytesIO(buf.getvalue()))
    text_styles = {STYLE_NAMES[k] for k in ("lead", "body", "quote", "credit")}
    assert [p.text for p in document.paragraphs if p.style.name in text_styles] == expected
    titles = [p.text for p in document.paragraphs if p.style.name == STYLE_NAMES["title"]]
    assert titles == ([article.title] if article.title else [])

    exported = render_text(article).rstrip("\n").split("\n\n")
    if article.title:
        assert exported.pop(0) == f"*{article.title}*"
    exported = [p for p in exported if p]
    captions = [b.text for b in article.figures() if b.text.strip()]
    if captions:  # the captions close the WhatsApp text, each saying which photo it is
        shown = [_unmark(p.split(": ", 1)[1]) for p in exported[-len(captions) :]]
        assert shown == [_unmark(c) for c in captions]
        assert all(p.startswith("Foto") for p in exported[-len(captions) :])
        exported = exported[: -len(captions)]
    assert [_unmark(p) for p in exported] == [_unmark(t) for t in expected if t]


@pytest.mark.slow
@given(drafts)
def test_generated_drafts_export_alike_in_every_format(draft):
    check_agreement(draft)


def test_fifty_speakers_and_long_paragraphs():
    speakers = [
        Speaker(
            name=f"Pembicara {i}",
            position=f"Kepala Seksi {i}",
            topic="Topik",
            statements=[
                Statement("quote", "Kami siap. " * 50),
                Statement("paraphrase", "Isi. " * 400),
            ],
        )
        for i in range(50)
    ]
    draft = Draft(
        title="Lima Puluh",
        dateline="Kupang",
        date=dt.date(2024, 9, 25),
        organizer="Rudenim Kupang",
        event="Rapat",
        speakers=speakers,
        credit="humas/x",
    )
    check_agreement(draft)
    texts = [b.text for b in compose(draft).text_blocks()]
    assert any("narasumber kelima puluh," in t.lower() for t in texts)
