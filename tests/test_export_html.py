"""The HTML page as a reader, a search engine and a link preview see it."""

from __future__ import annotations

import base64
import datetime as dt
import io
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kabar_desktop.compose import Article, Block, Run, compose
from kabar_desktop.export.html import render_html
from kabar_desktop.model.draft import Photo
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.model.photo_check import check_photo

SAMPLE = Path(__file__).parent / "data" / "sample.json"
HOSTILE = "<script>alert(1)</script> \"kutip\" 'tunggal' & AT&T 🇮🇩🎉 مرحبا بالعالم </p><b>x"


class Page(HTMLParser):
    """The parsed page: elements with their attributes, and the text of each text element."""

    TEXT_TAGS = ("p", "h1", "title", "figcaption")

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.texts: dict[str, list[str]] = {tag: [] for tag in self.TEXT_TAGS}
        self.classes: dict[str, list[str]] = {tag: [] for tag in self.TEXT_TAGS}
        self._open: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))
        if tag in self.TEXT_TAGS:
            self._open.append(tag)
            self.texts[tag].append("")
            self.classes[tag].append(dict(attrs).get("class") or "")

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1] == tag:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if self._open:
            self.texts[self._open[-1]][-1] += data

    def tags(self, name: str) -> list[dict[str, str]]:
        return [attrs for tag, attrs in self.elements if tag == name]

    def meta(self, key: str) -> str | None:
        for attrs in self.tags("meta"):
            if attrs.get("name") == key or attrs.get("property") == key:
                return attrs.get("content")
        return None


def _jpeg() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (64, 40), (20, 60, 110)).save(buf, "JPEG")
    return buf.getvalue()


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 40)).save(buf, "PNG")
    return buf.getvalue()


def _with_photos(*files: tuple[str, bytes]) -> Article:
    draft = read_draft(SAMPLE)
    for i, (name, data) in enumerate(files):
        photo = Photo(file=name, caption=f"Peserta pelatihan kehumasan, foto {i + 1}")
        assert check_photo(photo, data, f"photos[{i}]") is None
        draft.photos.append(photo)
    return compose(draft)


@pytest.fixture(scope="module")
def sample() -> Article:
    return compose(read_draft(SAMPLE))


@pytest.fixture(scope="module")
def with_photo() -> Article:
    return _with_photos(("foto.jpg", _jpeg()))


def _hostile_article() -> Article:
    photo = Photo(file="x.png", caption=HOSTILE, data=_png(), media_type="image/png")
    blocks = (
        Block("title", (Run(HOSTILE),), "title"),
        Block("lead", (Run("Kupang", source="dateline"), Run(" - "), Run(HOSTILE)), "lead"),
        Block("body", (Run("a "), Run(HOSTILE, italic=True), Run(" b", bold=True)), "p"),
        Block("quote", (Run(f'"{HOSTILE},"'), Run(" ujarnya.")), "q"),
        Block("credit", (Run(f"({HOSTILE})", credit=True),), "credit"),
        Block("figure", (Run(HOSTILE, source="photos[0].caption"),), "photos[0]", photo=photo),
    )
    return Article(
        title=HOSTILE,
        blocks=blocks,
        description=HOSTILE,
        author=HOSTILE,
        date=dt.date(2024, 9, 25),
    )


def test_page_is_indonesian_and_self_describing(sample: Article) -> None:
    html = render_html(sample)
    page = Page(html)
    assert html.startswith("<!DOCTYPE html>")
    assert page.tags("html")[0]["lang"] == "id"
    assert any(m.get("charset") == "utf-8" for m in page.tags("meta"))
    assert "width=device-width" in (page.meta("viewport") or "")
    assert page.texts["title"] == [sample.title]
    assert page.texts["h1"] == [sample.title]


def test_meta_description_is_the_lead(sample: Article) -> None:
    page = Page(render_html(sample))
    lead = next(b for b in sample.blocks if b.kind == "lead")
    assert page.meta("description") == sample.description == lead.text
    assert page.meta("author") == sample.author == "Rudenim Kupang"


def test_open_graph(sample: Article, with_photo: Article) -> None:
    page = Page(render_html(sample))
    assert page.meta("og:title") == sample.title
    assert page.meta("og:description") == sample.description
    assert page.meta("og:type") == "article"
    assert page.meta("og:locale") == "id_ID"
    assert page.meta("article:published_time") == "2024-09-25"
    assert page.meta("og:image") is None  # no photo, no image tag

    # The photo has no public URL: no og:image, and the photo's bytes are on the page once.
    html = render_html(with_photo)
    page = Page(html)
    assert page.meta("og:image") is None
    assert page.tags("img")[0]["src"].startswith("data:")
    assert html.count("data:") == 1


def test_no_date_no_published_time(sample: Article) -> None:
    undated = Article(sample.title, sample.blocks, sample.description, sample.author, None)
    page = Page(render_html(undated))
    assert page.meta("article:published_time") is None
    assert page.texts["p"] == [b.text for b in sample.text_blocks()]


def test_paragraphs_are_the_blocks_word_for_word(sample: Article) -> None:
    page = Page(render_html(sample))
    blocks = sample.text_blocks()
    assert page.texts["p"] == [b.text for b in blocks]
    assert page.classes["p"] == [b.kind for b in blocks]


def test_emphasis_and_credit_markup(sample: Article) -> None:
    html = render_html(sample)
    assert "<em>Search Engine Optimization</em>" in html
    assert "<em>Pos Kupang</em>" in html
    assert '<span class="credit">(humas/fka)</span></p>' in html  # inline, after the last sentence
    assert '<p class="lead"><span class="dateline">Kupang</span> - ' in html
    tagged = read_draft(SAMPLE)
    tagged.style.dateline_tag = "Humas_Rudenim"
    html = render_html(compose(tagged))  # the whole dateline is bold, the dash is not
    assert '<p class="lead"><span class="dateline">Kupang, Humas_Rudenim</span> - ' in html
    bold = Article("J", (Block("body", (Run("a "), Run("tebal", bold=True))),), "", "", None)
    assert '<p class="body">a <strong>tebal</strong></p>' in render_html(bold)


def test_photo_inline_as_data_uri_with_its_media_type() -> None:
    jpeg, png = _jpeg(), _png()
    article = _with_photos(("foto.jpg", jpeg), ("bagan.png", png))
    page = Page(render_html(article))
    imgs = page.tags("img")
    assert [i["src"] for i in imgs] == [
        "data:image/jpeg;base64," + base64.b64encode(jpeg).decode(),
        "data:image/png;base64," + base64.b64encode(png).decode(),
    ]
    assert imgs[0]["alt"] == "Peserta pelatihan kehumasan, foto 1"
    assert (imgs[0]["width"], imgs[0]["height"]) == ("64", "40")
    figures = article.figures()
    assert page.texts["figcaption"] == [f.text for f in figures]
    assert "Dok. Humas Rudenim Kupang" in figures[0].text
    # the page stands alone: nothing is fetched from anywhere
    assert not page.tags("link") and not page.tags("script")
    assert all(i["src"].startswith("data:") for i in imgs)


def test_hostile_text_stays_text() -> None:
    article = _hostile_article()
    html = render_html(article)
    page = Page(html)
    assert not page.tags("script")
    assert not page.tags("b")
    assert "<script>" not in html
    assert page.texts["title"] == [HOSTILE]
    assert page.texts["h1"] == [HOSTILE]
    assert page.texts["p"] == [b.text for b in article.text_blocks()]
    assert page.texts["figcaption"] == [HOSTILE]
    assert page.tags("img")[0]["alt"] == HOSTILE
    assert page.tags("img")[0]["src"].startswith("data:image/png;base64,")
    for key in ("description", "author", "og:title", "og:description"):
        assert page.meta(key) == HOSTILE
    assert [t for t, _ in page.elements if t in ("em", "strong")] == ["em", "strong"]


def test_preview_names_photos_for_the_gui(with_photo: Article) -> None:
    two = _with_photos(("a.jpg", _jpeg()), ("b.png", _png()))
    html = render_html(two, preview=True)
    page = Page(html)
    assert [i["src"] for i in page.tags("img")] == ["kabar-photo:0", "kabar-photo:1"]
    assert "data:" not in html
    assert not page.tags("script")


def test_preview_and_export_show_the_same_article(with_photo: Article) -> None:
    export = Page(render_html(with_photo))
    preview = Page(render_html(with_photo, preview=True))
    assert preview.texts["p"] == export.texts["p"]
    assert preview.texts["h1"] == export.texts["h1"]
    # QTextBrowser treats <figure> as inline, so the preview's caption is a block <div>
    caption = with_photo.figures()[0].text
    assert export.texts["figcaption"] == [caption]
    assert f'<div class="figcaption">{caption}</div>' in render_html(with_photo, preview=True)


def test_export_writes_the_page(sample: Article, tmp_path: Path) -> None:
    from kabar_desktop.export import export_article

    out = tmp_path / "berita.html"
    export_article(sample, "html", out)
    assert out.read_text(encoding="utf-8") == render_html(sample)
