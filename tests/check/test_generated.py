"""Generated drafts: the checker never fails on hostile text, its offsets always hold, and
Kabar's own sentences, composed from realistic facts, never give a finding."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import strategies
from hypothesis import given
from hypothesis import strategies as st
from strategies import long_texts, texts

from kabar_desktop.check import article_plain_text, check_article, check_text, field_text
from kabar_desktop.compose import compose
from kabar_desktop.export.text import render_text
from kabar_desktop.model.completeness import missing_facts
from kabar_desktop.model.draft import (
    Draft,
    Paragraph,
    Photo,
    Speaker,
    Statement,
    Style,
)
from kabar_desktop.model.story import SPEAKER_PARTS, STORY_KINDS

# --- hostile text -----------------------------------------------------------------------
HOSTILE = strategies.HOSTILE + [
    "((((",
    '""""',
    "Rabu (31/2/2024)",
    "pukul 9",
    "ke 17",
    "ß İ ǅ",
    "---",
]
WORDS = [
    "Kepala",
    "kepala",
    "Rudenim",
    "Kupang",
    "kegiatan",
    "Narasumber",
    "Humas",
    "ujarnya",
    "Rabu",
    "(25/9/2024)",
    "_workshop_",
    "*penting*",
    "di",
    "dan",
    "yang",
    ",",
    ".",
    '"',
    "diantaranya",
    "non",
    "1,500",
]
hostile = texts(WORDS, HOSTILE)
long_hostile = long_texts(hostile, WORDS, 600)
hostile_drafts = strategies.drafts(hostile, long_hostile, speakers=4, statements=3, photos=True)


def _loose(text: str) -> str:
    return re.sub(r"[*_]", "", text).lower()


@pytest.mark.slow
@given(hostile_drafts)
def test_hostile_drafts_never_break_the_checker(draft):
    article = compose(draft)
    text = article_plain_text(article)
    for f in check_article(article, draft, strict=True):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
        assert f.severity in ("error", "warning", "note")
        assert f.describe()  # every placeholder of the message has its parameter
        if f.field and f.field_start is not None:
            typed_text = field_text(draft, f.field)
            assert typed_text is not None
            assert 0 <= f.field_start <= f.field_end <= len(typed_text)
            assert _loose(typed_text[f.field_start : f.field_end]) == _loose(f.text)


@given(st.one_of(long_hostile, st.lists(hostile, max_size=8).map("\n".join)))
def test_hostile_text_never_breaks_the_checker(text):
    for f in check_text(text, strict=True):
        assert text[f.start : f.end] == f.text
        assert f.describe()


# --- realistic facts: Kabar's own sentences must be clean --------------------------------
NAMES = ["Rakhmat Renaldy", "Dian Lenggu", "Budi Santoso", "Maria Goreti Dhiu", "Yohanes Bria"]
POSITIONS = [
    "Kepala Divisi Administrasi Kanwil Kemenkumham NTT",
    "Kasubbag HRBTI Kanwil NTT",
    "Kepala Rudenim Kupang",
    "Kepala Lapas Kelas IIB Atambua",
    "Kepala Seksi Registrasi dan Klasifikasi",
]
ROLES = ["narasumber", "pemateri"]
TOPICS = ["Manajemen Kehumasan dan Penyebaran Informasi", "Pelayanan Publik", ""]
EVENTS = [
    "Pelatihan Tugas dan Fungsi Bidang Kehumasan",
    "Rapat Koordinasi Pengamanan",
    "Sosialisasi Pencegahan Korupsi",
]
ORGANIZERS = ["Rudenim Kupang", "Lapas Kelas IIB Atambua", "Kanwil Kemenkumham NTT"]
SENTENCES = [
    "Menurutnya, media memiliki peranan penting dalam membentuk opini publik.",
    "Kegiatan ini diharapkan meningkatkan kinerja seluruh pegawai.",
    "Selain itu, peserta juga mendapat materi tentang pelayanan publik.",
]
QUOTES = [
    "Kami siap mendukung program ini.",
    "Humas adalah tim, bukan pekerjaan individu.",
    "Apakah kita sudah siap?",
]
CONTEXTS = ["", "", "mengutip pesan Menteri Hukum dan HAM"]

realistic_statement = st.one_of(
    st.builds(Statement, kind=st.just("paraphrase"), text=st.sampled_from(SENTENCES)),
    st.builds(
        Statement,
        kind=st.just("quote"),
        text=st.sampled_from(QUOTES),
        verb=st.none(),  # Kabar's choice (a writer's own verb may repeat the one before)
        context=st.sampled_from(CONTEXTS),
        name_speaker=st.booleans(),
    ),
)
realistic_drafts = st.builds(
    Draft,
    title=st.just("Rudenim Kupang Gelar Pelatihan Kehumasan bagi Pegawai"),
    dateline=st.sampled_from(["Kupang", "Atambua"]),
    date=st.dates(dt.date(2000, 1, 1), dt.date(2035, 12, 31)),
    organizer=st.sampled_from(ORGANIZERS),
    event=st.sampled_from(EVENTS),
    event_detail=st.sampled_from(["", "hari kedua", "tahap pertama"]),
    venue=st.sampled_from(["", "Aula Rudenim Kupang"]),
    participants=st.sampled_from(["", "seluruh pegawai"]),
    counterpart=st.sampled_from(["Lapas Kelas IIA Kupang", "Pemerintah Kabupaten Kupang"]),
    kind=st.sampled_from(STORY_KINDS),
    speakers=st.lists(
        st.builds(
            Speaker,
            name=st.sampled_from(NAMES),
            position=st.sampled_from(POSITIONS),
            part=st.sampled_from(SPEAKER_PARTS),
            role=st.sampled_from(ROLES),
            topic=st.sampled_from(TOPICS),
            statements=st.lists(realistic_statement, max_size=4),
        ),
        min_size=1,
        max_size=4,
    ),
    paragraphs=st.lists(st.sampled_from(SENTENCES).map(Paragraph), max_size=2),
    photos=st.lists(
        st.builds(
            Photo, caption=st.just("Kepala Rudenim Kupang membuka kegiatan pelatihan kehumasan")
        ),
        max_size=2,
    ),
    credit=st.sampled_from(["humas/fka", "Humas/Rudenim"]),
    style=st.builds(
        Style,
        pad_dates=st.booleans(),
        credit_inline=st.booleans(),
        dateline_tag=st.sampled_from(["", "Humas_Unit"]),
        dateline_dash=st.sampled_from(["-", "–"]),
        photo_credit=st.sampled_from(["", "Dok. Humas Lapas Tanjung"]),
        photo_credit_brackets=st.booleans(),
    ),
)


@given(realistic_drafts)
def test_kabars_own_sentences_give_no_finding(draft):
    assert missing_facts(draft) == []  # complete drafts: what the writer exports
    article = compose(draft)
    kept = check_article(article, draft, strict=True)
    everything = check_article(article, draft, include_composed=True, strict=True)
    assert everything == kept  # nothing had to be dropped: the composed words are clean


@given(realistic_drafts)
def test_kabars_txt_export_passes_kabars_check(draft):
    """The checker agrees with the composer: WhatsApp's marks, the credit on its own line and
    the captions of the TXT export are read as what they are, not as errors."""
    text = render_text(compose(draft))
    assert [(f.rule, f.text) for f in check_text(text, strict=True) if f.severity == "error"] == []
