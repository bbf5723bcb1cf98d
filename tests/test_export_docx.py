"""The DOCX export as a reader sees it in Word: named styles, the words, the photos, the page."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from conftest import DATA, jpeg_bytes, png_bytes
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Cm

from kabar_desktop import paths
from kabar_desktop.compose import Article, Block, Run, compose
from kabar_desktop.export import export_article
from kabar_desktop.export.docx import PICTURE_STYLE, STYLE_NAMES, write_docx
from kabar_desktop.model.draft import Photo
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.model.photo_check import check_photo

CAPTION = STYLE_NAMES["figure"]
REFERENCE = paths.resources_dir() / "reference.docx"


def export(article: Article, **options) -> docx.document.Document:
    """Write to memory and open the result again, as Word would."""
    out = io.BytesIO()
    write_docx(article, out, **options)
    return docx.Document(io.BytesIO(out.getvalue()))


def sample() -> Article:
    return compose(read_draft(DATA / "sample.json"))


def with_photos(*sizes: tuple[int, int], load_size: bool = True) -> Article:
    draft = read_draft(DATA / "sample.json")
    for i, (width, height) in enumerate(sizes):
        photo = Photo(
            file=f"foto{i}.jpg", caption=f"Peserta pelatihan sesi {i + 1}, Rabu (25/9/2024)"
        )
        assert check_photo(photo, jpeg_bytes(width, height), photo.file) is None
        if not load_size:
            photo.width = photo.height = 0
        draft.photos.append(photo)
    return compose(draft)


def text_box(document) -> tuple[int, int]:
    s = document.sections[0]
    return (
        s.page_width - s.left_margin - s.right_margin,
        s.page_height - s.top_margin - s.bottom_margin,
    )


def has_picture(paragraph) -> bool:
    return bool(paragraph._p.xpath(".//pic:pic"))


def expected_paragraphs(article: Article) -> list[tuple[str, str]]:
    """(style, text) per paragraph: a figure is a picture paragraph, then its caption."""
    out = []
    for block in article.blocks:
        if block.kind == "figure":
            out += [(PICTURE_STYLE, ""), (CAPTION, block.text)]
        else:
            out.append((STYLE_NAMES[block.kind], block.text))
    return out


def default_lang(document) -> list[str]:
    return document.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val")


def test_sample_has_every_block_in_its_named_style_word_for_word():
    article = sample()
    document = export(article)
    got = [(p.style.name, p.text) for p in document.paragraphs]
    assert got == expected_paragraphs(article)
    assert {s for s, _ in got} >= {"Judul Berita", "Teras Berita", "Isi Berita", "Kutipan"}


def test_foreign_words_stay_italic_and_plain_words_do_not():
    document = export(sample())
    italic = [r.text for p in document.paragraphs for r in p.runs if r.italic]
    assert italic == ["Search Engine Optimization", "web traffic", "support system", "Pos Kupang"]


def test_language_is_indonesian_for_proofing():
    document = export(sample())
    assert default_lang(document) == ["id-ID"]
    assert document.core_properties.language == "id-ID"


def test_core_properties_name_the_article_and_office():
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    document = export(sample())
    props = document.core_properties
    assert props.title == "Rudenim Kupang Gelar Pelatihan Tugas dan Fungsi Bidang Kehumasan"
    assert props.author == "Rudenim Kupang"
    assert before <= props.created <= dt.datetime.now(dt.UTC)


def test_description_is_the_articles_lead_not_the_references_note():
    article = sample()
    props = export(article).core_properties
    assert "Ubah gaya" not in props.comments
    assert props.comments == article.description
    assert (props.subject, props.keywords, props.category) == ("", "", "")
    short = Article(article.title, article.blocks, "Singkat saja.", article.author, None)
    assert export(short).core_properties.comments == "Singkat saja."
    long = Article(article.title, article.blocks, "kata " * 80, article.author, None)
    comments = export(long).core_properties.comments  # Word's limit, after a whole word
    assert len(comments) <= 255 and comments.endswith("kata…")
    none = Article(article.title, article.blocks, "", article.author, None)
    assert export(none).core_properties.comments == ""


def bold_texts(paragraph) -> list[str]:
    return [r.text for r in paragraph.runs if r.bold]


def test_dateline_is_bold_as_on_the_html_page():
    lead = next(p for p in export(sample()).paragraphs if p.style.name == "Teras Berita")
    assert lead.text.startswith("Kupang - ")
    assert bold_texts(lead) == ["Kupang"]  # the dash and the lead itself are not bold
    draft = read_draft(DATA / "sample.json")
    draft.style.dateline_tag = "Humas_Rudenim"
    lead = next(p for p in export(compose(draft)).paragraphs if p.style.name == "Teras Berita")
    assert "".join(bold_texts(lead)) == "Kupang, Humas_Rudenim"
    assert lead.text.startswith("Kupang, Humas_Rudenim - ")
    draft.lead = "Kupang - Rudenim menggelar pelatihan."  # the writer's own: nothing is bold
    lead = next(p for p in export(compose(draft)).paragraphs if p.style.name == "Teras Berita")
    assert bold_texts(lead) == []


def test_page_is_a4():
    section = export(sample()).sections[0]
    assert section.page_width.cm == pytest.approx(21.0, abs=0.01)
    assert section.page_height.cm == pytest.approx(29.7, abs=0.01)


def test_photo_spans_the_text_width_and_its_caption_follows():
    article = with_photos((800, 533))
    document = export(article)
    paragraphs = document.paragraphs
    i = next(i for i, p in enumerate(paragraphs) if has_picture(p))
    assert paragraphs[i].style.name == PICTURE_STYLE
    assert paragraphs[i + 1].style.name == CAPTION
    assert paragraphs[i + 1].text == article.figures()[0].text
    (shape,) = document.inline_shapes
    width, _ = text_box(document)
    assert shape.width == width
    assert shape.height == pytest.approx(width * 533 / 800, abs=1)
    blobs = [p.blob for p in document.part.package.parts if p.partname.startswith("/word/media/")]
    assert blobs == [article.figures()[0].photo.data]


def test_tall_portrait_photo_is_capped_in_height_keeping_its_shape():
    document = export(with_photos((300, 900)))
    (shape,) = document.inline_shapes
    width, height = text_box(document)
    assert shape.height <= 0.6 * height + 1
    assert shape.width < width
    assert shape.width / shape.height == pytest.approx(300 / 900, rel=1e-4)


def test_photo_without_a_known_size_is_measured_from_the_file():
    document = export(with_photos((640, 480), load_size=False))
    (shape,) = document.inline_shapes
    assert shape.width == text_box(document)[0]
    assert shape.height == pytest.approx(shape.width * 480 / 640, abs=1)


def test_every_photo_is_exported_with_alt_text():
    article = with_photos((640, 427), (427, 640))
    document = export(article)
    assert len(document.inline_shapes) == 2
    alts = document.element.body.xpath(".//wp:docPr/@descr")
    assert alts == [f.text for f in article.figures()]


def renamed_reference(tmp_path: Path) -> Path:
    """An office's reference: old text in the body, one Kabar style renamed, one deleted,
    Normal in English and no language in the defaults."""
    document = docx.Document(str(REFERENCE))
    document.add_paragraph("Teks lama dari kantor", style="Isi Berita")
    document.styles["Isi Berita"].name = "Badan Teks"
    caption = document.styles[CAPTION].element
    caption.getparent().remove(caption)
    for lang in document.styles.element.xpath("w:docDefaults//w:lang"):
        lang.getparent().remove(lang)
    normal_rpr = document.styles["Normal"].element.get_or_add_rPr()
    normal_rpr.append(normal_rpr.makeelement(qn("w:lang"), {qn("w:val"): "en-US"}))
    path = tmp_path / "kantor.docx"
    document.save(str(path))
    return path


def test_reference_with_renamed_and_missing_styles_still_exports(tmp_path):
    article = with_photos((640, 427))
    document = export(article, reference=renamed_reference(tmp_path))
    got = [(p.style.name, p.text) for p in document.paragraphs]
    assert got == expected_paragraphs(article)
    assert "Teks lama dari kantor" not in [p.text for p in document.paragraphs]
    assert document.styles["Isi Berita"].base_style.name == "Normal"
    assert document.styles[CAPTION].font.italic is True
    assert default_lang(document) == ["id-ID"]
    assert document.styles["Normal"].element.xpath("w:rPr/w:lang/@w:val") == ["id-ID"]


def test_plain_word_template_as_reference_gets_the_styles(tmp_path):
    path = tmp_path / "polos.docx"
    docx.Document().save(str(path))
    article = sample()
    document = export(article, reference=path)
    assert [(p.style.name, p.text) for p in document.paragraphs] == expected_paragraphs(article)
    assert default_lang(document) == ["id-ID"]


def test_style_name_taken_by_a_character_style_falls_back_to_normal(tmp_path):
    document = docx.Document(str(REFERENCE))
    quote = document.styles["Kutipan"].element
    quote.getparent().remove(quote)
    document.styles.add_style("Kutipan", WD_STYLE_TYPE.CHARACTER)
    path = tmp_path / "kutipan.docx"
    document.save(str(path))
    article = sample()
    exported = export(article, reference=path)
    quotes = [b.text for b in article.blocks if b.kind == "quote"]
    assert [p.style.name for p in exported.paragraphs if p.text in quotes] == ["Normal"] * 3


def test_hostile_text_survives_word_for_word():
    hostile = [
        "<script>alert('x')</script> & AT&T",
        "\"kutip\" 'tunggal' “lengkung” — «»",
        "🇮🇩🎉👍🏽 ZWJ👨‍👩‍👧",
        "مرحبا بالعالم עברית\u200f \u202eterbalik",
        "{{ article }} {% raw %} *_ _*",
        "kata " * 2000,
    ]
    blocks = [Block("title", (Run("Judul " * 60),))]
    blocks += [Block("body", (Run(text), Run(" miring", italic=True))) for text in hostile]
    article = Article("Judul " * 60, tuple(blocks), hostile[0], "Kantor " * 50, None)
    document = export(article)
    assert [p.text for p in document.paragraphs] == [b.text for b in blocks]
    assert document.core_properties.title == article.title[:255]


def test_logo_sits_in_the_header_at_a_small_fixed_height():
    document = export(with_photos((640, 427)), logo=png_bytes(400, 400))
    header = document.sections[0].header
    assert not header.is_linked_to_previous
    (extent,) = header._element.xpath(".//wp:inline/wp:extent")
    assert int(extent.get("cy")) == Cm(1.5)
    ids = re.findall(r'<wp:docPr id="(\d+)"', header._element.xml + document.element.xml)
    assert len(ids) == len(set(ids)) == 2


def test_export_writes_a_file_word_can_open(tmp_path):
    path = tmp_path / "berita.docx"
    export_article(sample(), "docx", path)
    assert docx.Document(str(path)).paragraphs[0].text.startswith("Rudenim Kupang Gelar")


def test_failed_export_leaves_no_file(tmp_path):
    path = tmp_path / "berita.docx"
    with pytest.raises(Exception):  # noqa: B017 - python-docx's own error for a non-image
        export_article(sample(), "docx", path, logo=b"bukan gambar")
    assert list(tmp_path.iterdir()) == []


def test_shipped_reference_holds_the_named_styles_and_no_text():
    document = docx.Document(str(REFERENCE))
    names = {s.name for s in document.styles if s.type == WD_STYLE_TYPE.PARAGRAPH}
    assert set(STYLE_NAMES.values()) | {PICTURE_STYLE} <= names
    assert [p.text for p in document.paragraphs] == []
    assert default_lang(document) == ["id-ID"]
    body = document.styles["Isi Berita"]
    assert body.font.size.pt == 12
    assert document.styles["Judul Berita"].font.bold is True


def test_credit_on_its_own_line_takes_the_credit_style():
    draft = read_draft(DATA / "sample.json")
    draft.style.credit_inline = False
    document = export(compose(draft))
    last = document.paragraphs[-1]
    assert (last.style.name, last.text) == (STYLE_NAMES["credit"], "(humas/fka)")


def test_foreign_word_in_an_italic_caption_is_set_upright():
    caption = (Run("Suasana "), Run("workshop", italic=True), Run(" kehumasan."))
    photo = Photo(file="a.jpg")
    assert check_photo(photo, jpeg_bytes(), "a.jpg") is None
    figure = Block("figure", caption, "photos[0]", photo=photo)
    article = Article("Judul", (Block("title", (Run("Judul"),)), figure), "", "Kantor", None)
    paragraph = export(article).paragraphs[-1]
    assert paragraph.style.name == CAPTION and paragraph.style.font.italic
    assert [(r.text, r.italic) for r in paragraph.runs] == [
        ("Suasana ", None),
        ("workshop", False),
        (" kehumasan.", None),
    ]


def test_photos_are_stored_whole_and_the_text_compressed():
    """Deflating a JPEG gains nothing and costs ~25 ms per megabyte of photo."""
    out = io.BytesIO()
    write_docx(with_photos((640, 427)), out)
    with zipfile.ZipFile(out) as archive:
        assert archive.testzip() is None
        methods = {i.filename: i.compress_type for i in archive.infolist()}
    media = [name for name in methods if name.startswith("word/media/")]
    assert len(media) == 1 and methods[media[0]] == zipfile.ZIP_STORED
    assert methods["word/document.xml"] == zipfile.ZIP_DEFLATED
    assert methods["[Content_Types].xml"] == zipfile.ZIP_DEFLATED


def test_parts_kabar_adds_are_written_as_word_writes_them():
    """LibreOffice refuses a document whose relationships carry a namespace prefix
    (``ns0:Relationships``); Word's own files use the default namespace."""
    out = io.BytesIO()
    write_docx(with_photos((640, 427)), out, logo=png_bytes(400, 400))
    with zipfile.ZipFile(out) as archive:
        rels = [name for name in archive.namelist() if name.endswith(".rels")]
        assert "word/_rels/header1.xml.rels" in rels
        for name in rels:
            head = archive.read(name).decode()[:200]
            assert "<Relationships xmlns=" in head, name
        types = archive.read("[Content_Types].xml").decode()
    assert '<Default Extension="jpg"' in types and '<Default Extension="png"' in types
    assert 'PartName="/word/header1.xml"' in types


def test_a_megabyte_caption_of_ampersands_gives_a_docx_word_can_open(tmp_path):
    """Issue 12 #9: a 1 MB caption of '&' (5 MB once escaped) must still give a DOCX that
    python-docx, like Word, opens, with the caption whole."""
    from kabar_desktop.store.photos import import_photo

    draft = read_draft(DATA / "sample.json")
    photo = import_photo(jpeg_bytes(), "foto.jpg")
    photo.caption = "&" * (1 << 20)
    draft.photos = [photo]
    out = tmp_path / "amp.docx"
    export_article(compose(draft), "docx", out)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "&" * (1 << 20) in text
