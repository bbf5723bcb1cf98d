"""Property tests: any kind of story with any subset of well-written facts composes, shows no
placeholder in an export, and gives the checker nothing to call an error."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kabar_desktop.check import check_article, check_text
from kabar_desktop.compose import compose
from kabar_desktop.export.text import render_text
from kabar_desktop.model.completeness import missing_facts
from kabar_desktop.model.draft import Draft, Paragraph, Person, Speaker, Statement, Style
from kabar_desktop.model.story import SPEAKER_PARTS, STORY_KINDS

PLACEHOLDERS = ("[jabatan]", "[nama]", "[nama kegiatan]", "[kantor]", "[pihak lain]", "[hari")


def maybe(*values: str) -> st.SearchStrategy[str]:
    return st.sampled_from(["", *values])


statement = st.one_of(
    st.builds(
        Statement,
        kind=st.just("paraphrase"),
        text=st.sampled_from(
            [
                "Menurutnya, kegiatan ini penting bagi seluruh pegawai.",
                "Ia berharap pelayanan kepada masyarakat semakin baik.",
            ]
        ),
    ),
    st.builds(
        Statement,
        kind=st.just("quote"),
        text=st.sampled_from(
            [
                "Kami siap melayani masyarakat dengan sepenuh hati.",
                "Terima kasih atas dukungan semua pihak!",
                "Apakah kita sudah siap?",
                "Jaga integritas.\nLayani masyarakat dengan ramah.",
            ]
        ),
        verb=st.one_of(st.none(), st.sampled_from(["ujar", "tegas", "puji", "tutup"])),
        context=maybe("mengutip pesan Menteri Hukum", ", usai kegiatan"),
        name_speaker=st.booleans(),
    ),
)
speaker = st.builds(
    Speaker,
    name=st.sampled_from(["Budi Santoso", "Dian Lenggu", "Rudi Hartono", "Tim Humas Kanwil NTT"]),
    short_name=maybe("Budi", "Dian"),
    position=maybe(
        "Kepala Lapas Kelas IIB Tanjung",
        "Kasubbag HRBTI Kanwil NTT",
        "Kepala Divisi Pemasyarakatan Kanwil Kemenkumham NTT",
    ),
    part=st.sampled_from(SPEAKER_PARTS),
    role=maybe("pemateri", "moderator"),
    topic=maybe("Manajemen Kehumasan", "integritas pegawai"),
    context=maybe("Ditemui usai kegiatan"),
    name_first=st.booleans(),
    statements=st.lists(statement, max_size=3),
)
person = st.builds(
    Person,
    position=st.sampled_from(["Kepala Seksi Registrasi", "Kepala Dinas Sosial", "Camat Tanjung"]),
    name=maybe("Ani Wulandari", "Beni Saputra"),
)
paragraph = st.builds(
    Paragraph,
    text=st.sampled_from(
        [
            "Kegiatan berjalan dengan lancar dan tertib.",
            "Selanjutnya, peserta mengikuti sesi diskusi.",
        ]
    ),
    after=st.sampled_from(["lead", "end", "speakers[0]", "speakers[1]", "speakers[5]"]),
)
drafts = st.builds(
    Draft,
    title=st.just("Lapas Tanjung Gelar Kegiatan"),
    dateline=maybe("Kupang", "Kupang -"),
    date=st.one_of(st.none(), st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31))),
    period=maybe("Oktober 2024"),
    organizer=maybe("Lapas Kelas IIB Tanjung", "Kantor Imigrasi Kelas I TPI Kupang"),
    counterpart=maybe("Pemerintah Kabupaten Kupang", "Dinas Kesehatan Kabupaten Belu"),
    event=maybe(
        "Pelatihan Penanganan Deteni",
        "bakti sosial di sekitar lapas",
        "rapat koordinasi pengawasan orang asing",
        "upacara peringatan Hari Bhakti Imigrasi ke-76",
        "bantuan sembako",
    ),
    event_detail=maybe("hari kedua"),
    venue=maybe("Aula Lapas", "di Desa Oesao"),
    participants=maybe("40 pegawai"),
    purpose=maybe("Dalam rangka memperingati Hari Bhakti Imigrasi ke-76"),
    kind=st.one_of(st.none(), st.sampled_from(STORY_KINDS)),
    date_in_lead=st.booleans(),
    speakers=st.lists(speaker, max_size=4),
    companions=st.lists(person, max_size=3),
    attendees=st.lists(person, max_size=3),
    paragraphs=st.lists(paragraph, max_size=3),
    credit=st.sampled_from(["humas/lt", "ZR"]),
    style=st.builds(
        Style,
        pad_dates=st.booleans(),
        credit_inline=st.booleans(),
        dateline_tag=maybe("Humas_Lapas"),
        dateline_dash=st.sampled_from(["-", "–"]),
    ),
)


@pytest.mark.slow
@pytest.mark.timeout(180)  # 300 drafts: ~3 s alone, ~35 s on a busy machine
@settings(max_examples=300, deadline=None)
@given(drafts)
def test_any_kind_with_any_facts_composes_cleanly(draft):
    article = compose(draft)
    text = render_text(article)
    assert not any(mark in text for mark in PLACEHOLDERS), text
    if missing_facts(draft):
        return  # an export refuses it; the preview shows what is missing
    errors = [f for f in check_article(article, draft) if f.severity == "error"]
    assert not errors, (text, [(f.rule, f.text, f.message) for f in errors])
    errors = [f for f in check_text(text) if f.severity == "error"]
    assert not errors, (text, [(f.rule, f.text, f.message) for f in errors])
