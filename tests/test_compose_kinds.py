"""Composition of every kind of story: the reader-visible rules of issue 11, one test each."""

from __future__ import annotations

import datetime as dt

from kabar_desktop.compose import compose
from kabar_desktop.export.text import render_text
from kabar_desktop.model.completeness import missing_facts
from kabar_desktop.model.draft import Draft, Paragraph, Person, Photo, Speaker, Statement, Style
from kabar_desktop.model.story import effective_kind, suggest_kind


def _draft(**kw) -> Draft:
    base = dict(
        title="Judul",
        dateline="Tanjung",
        date=dt.date(2024, 4, 11),
        organizer="Lapas Kelas IIB Tanjung",
        event="bakti sosial",
        credit="humas/lt",
    )
    base.update(kw)
    return Draft(**base)


def _texts(draft: Draft) -> list[str]:
    return [b.text for b in compose(draft).text_blocks()]


def _kepala(*statements: Statement, **kw) -> Speaker:
    base = dict(
        name="Mulyadi Saputra", short_name="Mulyadi", position="Kepala Lapas Kelas IIB Tanjung"
    )
    base.update(kw)
    return Speaker(statements=list(statements), **base)


def test_a_story_without_speakers_is_written_around_the_office():
    draft = _draft(kind=None, event="bakti sosial berupa pembersihan rumah ibadah")
    assert suggest_kind(draft) == "kegiatan"
    assert not [p for p in missing_facts(draft) if p.path.startswith("speakers")]
    assert _texts(draft)[0] == (
        "Tanjung - Lapas Kelas IIB Tanjung melaksanakan bakti sosial berupa pembersihan rumah "
        "ibadah, Kamis (11/4/2024). (humas/lt)"
    )


def test_an_office_taking_part_attends_and_never_holds():
    draft = _draft(
        event="rapat koordinasi penanganan deteni",
        counterpart="Pemerintah Kabupaten Tabalong",
        speakers=[_kepala(part="peserta")],
    )
    assert effective_kind(draft) == "partisipasi"
    lead = _texts(draft)[0]
    assert lead.startswith(
        "Tanjung - Kepala Lapas Kelas IIB Tanjung, Mulyadi Saputra, menghadiri rapat koordinasi "
        "penanganan deteni yang diselenggarakan oleh Pemerintah Kabupaten Tabalong, Kamis"
    )
    assert "narasumber" not in lead and "menggelar" not in lead and "pelaksanaan" not in lead


def test_a_report_has_a_period_and_no_event_day():
    draft = _draft(
        date=None,
        period="Oktober 2024",
        organizer="Kantor Imigrasi Kelas I TPI Kupang",
        event="menerbitkan 1.245 paspor, naik 12 persen dibandingkan bulan sebelumnya",
    )
    assert suggest_kind(draft) == "laporan"
    assert not missing_facts(draft)
    assert _texts(draft)[0] == (
        "Tanjung - Sepanjang Oktober 2024, Kantor Imigrasi Kelas I TPI Kupang menerbitkan 1.245 "
        "paspor, naik 12 persen dibandingkan bulan sebelumnya. (humas/lt)"
    )


def test_a_purpose_clause_opens_the_lead():
    draft = _draft(
        kind="upacara",
        event="upacara peringatan Hari Bhakti Imigrasi ke-76",
        purpose="Dalam rangka memperingati Hari Bhakti Imigrasi ke-76,",
    )
    lead = _texts(draft)[0]
    assert lead.startswith(
        "Tanjung - Dalam rangka memperingati Hari Bhakti Imigrasi ke-76, Lapas Kelas IIB Tanjung "
        "melaksanakan upacara"
    )


def test_a_purpose_clause_keeps_the_event_in_lowercase_when_the_event_opens_the_lead():
    """An opening whose lead starts with the event: after the clause's comma the event stays
    as the writer typed it ("upacara …"), not capitalised as if it opened the sentence; a
    name typed with its capital keeps it."""
    draft = _draft(
        kind="pembukaan",
        event="upacara peringatan Hari Bhakti Imigrasi ke-76",
        purpose="Dalam rangka memperingati Hari Bhakti Imigrasi ke-76",
        date_in_lead=False,
    )
    lead = _texts(draft)[0]
    assert lead.startswith(
        "Tanjung - Dalam rangka memperingati Hari Bhakti Imigrasi ke-76, upacara"
    )
    named = _draft(
        kind="pembukaan", event="Porsenap 2024", purpose="Dalam rangka HUT RI", date_in_lead=False
    )
    assert "Dalam rangka HUT RI, Porsenap 2024" in _texts(named)[0]


def test_the_date_may_leave_the_lead_for_a_sentence_of_its_own():
    draft = _draft(venue="di Desa Oesao", date_in_lead=False)
    assert _texts(draft)[0] == (
        "Tanjung - Lapas Kelas IIB Tanjung melaksanakan bakti sosial. Kegiatan tersebut "
        "berlangsung di Desa Oesao pada Kamis (11/4/2024). (humas/lt)"
    )


def test_a_venue_after_a_place_never_reads_di_twice():
    draft = _draft(event="bakti sosial di sekitar lapas", venue="Desa Oesao")
    lead = _texts(draft)[0]
    assert "di sekitar lapas, bertempat di Desa Oesao, Kamis" in lead


def test_speakers_are_introduced_by_their_part_and_ordinals_only_among_narasumber():
    host = _kepala(part="tuan_rumah")
    talk = Speaker(name="Dian Lenggu", position="Kasubbag HRBTI Kanwil NTT", topic="kehumasan")
    guide = Speaker(
        name="Rudi Hartono",
        position="Kepala Divisi Pemasyarakatan",
        part="pengarah",
        topic="integritas pegawai",
    )
    texts = _texts(_draft(kind="kegiatan", speakers=[host, talk, guide]))
    assert texts[1] == (
        "Kepala Lapas Kelas IIB Tanjung, Mulyadi Saputra, selaku tuan rumah, menyampaikan sambutan."
    )
    # the only narasumber: no "pertama", no bare "narasumber kedua"
    assert "narasumber, membawakan materi tentang kehumasan" in texts[2]
    assert "pertama" not in " ".join(texts) and "kedua" not in " ".join(texts)
    assert texts[3] == (
        "Dalam arahannya, Kepala Divisi Pemasyarakatan, Rudi Hartono, menekankan pentingnya "
        "integritas pegawai. (humas/lt)"
    )
    assert "turut" not in " ".join(texts)


def test_no_two_neighbouring_paragraphs_open_with_the_same_word():
    speakers = [
        Speaker(
            name=f"Pembicara {n}",
            position=f"Kepala Seksi {n}",
            topic="Topik",
            statements=[Statement("paraphrase", "Selanjutnya, ia menjelaskan tugasnya.")],
        )
        for n in range(5)
    ]
    texts = _texts(_draft(kind="kegiatan", speakers=speakers))
    firsts = [t.split()[0].strip(",") for t in texts]
    assert all(a != b for a, b in zip(firsts, firsts[1:], strict=False)), firsts
    assert sum(t.startswith("Narasumber pertama") for t in texts) == 1


def test_a_context_and_a_name_first_introduction():
    talk = Speaker(
        name="Dian Lenggu",
        position="Kasubbag HRBTI Kanwil NTT",
        topic="kehumasan",
        context="Ditemui usai kegiatan",
        name_first=True,
    )
    texts = _texts(_draft(kind="kegiatan", speakers=[talk]))
    assert texts[1].startswith("Ditemui usai kegiatan, Dian Lenggu, Kasubbag HRBTI Kanwil NTT, ")


def test_companions_and_attendees_are_listed():
    companions = [
        Person("Kepala Seksi Registrasi", "Ani Wulandari"),
        Person("Kepala Seksi Keamanan", "Beni Saputra"),
    ]
    attendees = [Person("Kepala Dinas Sosial"), Person("Camat Tanjung"), Person("Kapolsek Tanjung")]
    draft = _draft(
        kind="penyerahan",
        event="bantuan sembako",
        counterpart="warga Desa Oesao",
        speakers=[_kepala(part="pemimpin")],
        companions=companions,
        attendees=attendees,
    )
    texts = _texts(draft)
    assert texts[0].startswith(
        "Tanjung - Kepala Lapas Kelas IIB Tanjung, Mulyadi Saputra, didampingi oleh Kepala Seksi "
        "Registrasi, Ani Wulandari, dan Kepala Seksi Keamanan, Beni Saputra, menyerahkan bantuan "
        "sembako kepada warga Desa Oesao, Kamis (11/4/2024)."
    )
    assert texts[1] == (
        "Turut hadir dalam kegiatan tersebut Kepala Dinas Sosial, Camat Tanjung, serta Kapolsek "
        "Tanjung. (humas/lt)"
    )


def test_paragraphs_stand_where_the_writer_put_them():
    draft = _draft(
        kind="kegiatan",
        speakers=[
            _kepala(Statement("quote", "Kami siap."), part="pemimpin"),
            Speaker(name="Dian Lenggu", position="Kasubbag", topic="kehumasan"),
        ],
        paragraphs=[
            Paragraph("Akhir.", "end"),
            Paragraph("Latar.", "lead"),
            Paragraph("Antara.", "speakers[0]"),
            Paragraph("Hilang.", "speakers[7]"),
        ],
    )
    texts = _texts(draft)
    assert texts[1] == "Latar."
    assert texts.index("Antara.") == 4  # after the leader's introduction and quote
    assert texts[-2:] == ["Akhir.", "Hilang. (humas/lt)"]


def test_a_writers_lead_never_swallows_an_introduction():
    draft = _draft(
        lead="Tanjung - Lapas Tanjung berbagi dengan warga, Kamis (11/4/2024).",
        speakers=[_kepala(Statement("quote", "Kami peduli!"), part="pemimpin")],
    )
    texts = _texts(draft)
    assert texts[1] == (
        "Kegiatan tersebut dipimpin langsung oleh Kepala Lapas Kelas IIB Tanjung, Mulyadi Saputra."
    )
    assert texts[2].startswith('"Kami peduli!" ')
    named = _draft(
        lead="Kepala Lapas, Mulyadi Saputra, berbagi dengan warga.",
        speakers=[_kepala(Statement("quote", "Kami peduli!"), part="pemimpin")],
    )
    assert _texts(named)[1].startswith('"Kami peduli!"')


def test_dateline_optional_and_a_typed_dash_never_doubles():
    assert _texts(_draft(dateline=""))[0].startswith("Lapas Kelas IIB Tanjung melaksanakan")
    dashed = _draft(
        dateline="Kupang –", style=Style(dateline_dash="–", dateline_tag="Humas_Lapas -")
    )
    assert _texts(dashed)[0].startswith("Kupang, Humas_Lapas – Lapas")
    assert "dateline" not in {p.path for p in missing_facts(_draft(dateline=""))}


def test_attribution_any_verb_a_date_with_its_comma_a_phrase_without():
    speaker = _kepala(
        Statement("quote", "Kami siap.", verb="Pujinya", context="Senin (2/8/2021)"),
        Statement("quote", "Terima kasih.", verb="tutup", context=", usai kegiatan"),
        Statement("quote", "Jaga integritas.", verb="tegas", context="mengutip pesan Menteri"),
        part="pemimpin",
    )
    texts = _texts(_draft(speakers=[speaker]))
    assert texts[2] == '"Kami siap," pujinya, Senin (2/8/2021).'
    assert texts[3] == '"Terima kasih," tutupnya, usai kegiatan.'
    assert texts[4].startswith('"Jaga integritas," tegasnya mengutip pesan Menteri.')


def test_a_group_is_named_whole_and_a_person_by_the_short_name():
    group = Speaker(
        name="Tim Humas Kanwil Jateng",
        part="lainnya",
        statements=[Statement("quote", "Satu.", verb="ujar", name_speaker=True)],
    )
    person = _kepala(Statement("quote", "Dua.", verb="kata", name_speaker=True), part="pemimpin")
    texts = " ".join(_texts(_draft(speakers=[group, person])))
    assert '"Satu," ujar Tim Humas Kanwil Jateng.' in texts
    assert '"Dua," kata Mulyadi.' in texts


def test_a_quote_of_two_paragraphs_opens_each_and_closes_the_last():
    speaker = _kepala(
        Statement("quote", "Paragraf pertama.\nParagraf kedua.", verb="ujar"), part="pemimpin"
    )
    texts = _texts(_draft(speakers=[speaker]))
    assert texts[2] == '"Paragraf pertama.'
    assert texts[3].startswith('"Paragraf kedua," ujarnya.')


def test_credits_and_captions_in_the_offices_form():
    photos = [
        Photo(file="a.jpg", caption="Kepala Lapas menyerahkan bantuan, Kamis (11/4/2024)."),
        Photo(file="b.jpg", caption="Warga menerima sembako", credit="Dok. Humas Desa"),
    ]
    plain = _draft(
        credit="ZR",
        photos=photos,
        style=Style(photo_credit="Dok. Humas Lapas Tanjung", photo_credit_brackets=False),
    )
    text = render_text(compose(plain))
    assert "(ZR)" in text
    assert (
        "Foto 1: Kepala Lapas menyerahkan bantuan, Kamis (11/4/2024). Dok. Humas Lapas Tanjung"
        in text
    )
    assert text.rstrip().endswith("Foto 2: Warga menerima sembako. Dok. Humas Desa")
    bracketed = render_text(compose(_draft(photos=photos[:1])))
    assert (
        "Foto: Kepala Lapas menyerahkan bantuan, Kamis (11/4/2024). "
        "(Dok. Humas Lapas Kelas IIB Tanjung)" in bracketed
    )


def test_a_working_visit_received_names_the_visitor_and_the_host_welcomes():
    visitor = Speaker(
        name="Rudi Hartono",
        short_name="Rudi",
        part="pengunjung",
        position="Kepala Divisi Pemasyarakatan Kanwil Kemenkumham Kalsel",
    )
    draft = _draft(kind=None, event="", speakers=[visitor, _kepala(part="tuan_rumah")])
    assert effective_kind(draft) == "kunjungan_diterima"
    texts = _texts(draft)
    assert texts[0] == (
        "Tanjung - Lapas Kelas IIB Tanjung menerima kunjungan kerja Kepala Divisi Pemasyarakatan "
        "Kanwil Kemenkumham Kalsel, Rudi Hartono, Kamis (11/4/2024)."
    )
    assert "selaku tuan rumah, menyambut langsung kedatangan rombongan" in texts[1]


def test_a_pair_takes_a_comma_only_to_close_a_name_before_the_joiner():
    mixed = [Person("para pejabat struktural"), Person("Kepala Seksi Registrasi", "Budi Santoso")]
    texts = _texts(_draft(attendees=mixed))
    assert texts[1].startswith(
        "Turut hadir dalam kegiatan tersebut para pejabat struktural dan Kepala Seksi "
        "Registrasi, Budi Santoso."
    )
    named_first = [Person("Kepala Seksi Registrasi", "Budi Santoso"), Person("Camat Tanjung")]
    assert (
        "Registrasi, Budi Santoso, dan Camat Tanjung." in _texts(_draft(attendees=named_first))[1]
    )


def test_a_group_speaker_needs_no_position():
    group = Speaker(name="Tim Humas Kanwil Jateng", part="lainnya", topic="kehumasan")
    person = Speaker(name="Budi Santoso", part="narasumber")
    paths = {p.path for p in missing_facts(_draft(speakers=[group, person]))}
    assert "speakers[0].position" not in paths
    assert "speakers[1].position" in paths
