"""Composition: the sentences the house style fixes, written from the facts."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import DATA

from kabar_desktop.compose import compose
from kabar_desktop.compose.indonesian import number_words, ordinal, weekday
from kabar_desktop.model.draft import Draft, Paragraph, Speaker, Statement, Style
from kabar_desktop.model.draft_file import read_draft


def _draft(**kw) -> Draft:
    base = dict(
        title="Judul",
        dateline="Atambua",
        date=dt.date(2024, 9, 5),
        organizer="Lapas Kelas IIB Atambua",
        event="Sosialisasi Hak Warga Binaan",
        credit="humas/bs",
    )
    base.update(kw)
    return Draft(**base)


def _budi(*statements: Statement, **kw) -> Speaker:
    return Speaker(
        name="Budi Santoso",
        short_name="Budi",
        position="Kepala Lapas Kelas IIB Atambua",
        statements=list(statements),
        **kw,
    )


def _texts(draft: Draft) -> list[str]:
    return [b.text for b in compose(draft).text_blocks()]


def _lead(draft: Draft) -> str:
    return _texts(draft)[0].removesuffix(" (humas/bs)")


def test_weekdays_come_from_babels_indonesian_locale():
    assert weekday(dt.date(2024, 9, 25)) == "Rabu"
    assert weekday(dt.date(2024, 9, 1)) == "Minggu"
    assert weekday(dt.date(2024, 9, 6)) == "Jumat"


@pytest.mark.parametrize(
    ("n", "word"),
    [
        (1, "pertama"),
        (2, "kedua"),
        (4, "keempat"),
        (10, "kesepuluh"),
        (11, "kesebelas"),
        (12, "kedua belas"),
        (20, "kedua puluh"),
        (21, "kedua puluh satu"),
        (100, "keseratus"),
        (50, "kelima puluh"),
    ],
)
def test_ordinals_in_words(n, word):
    assert ordinal(n) == word


def test_number_words():
    assert number_words(1234) == "seribu dua ratus tiga puluh empat"


def test_lead_with_a_speaker_names_position_name_event_and_date():
    lead = _lead(_draft(kind="narasumber", speakers=[_budi()], venue="Aula Lapas"))
    # The speaker heads the office that held it: "yang digelar Lapas …" would say it twice.
    assert lead == (
        "Atambua - Kepala Lapas Kelas IIB Atambua, Budi Santoso, hadir sebagai narasumber dalam "
        "Sosialisasi Hak Warga Binaan di Aula Lapas, Kamis (5/9/2024)."
    )
    guest = Speaker(name="Dian Lenggu", position="Kasubbag HRBTI Kanwil NTT")
    lead = _lead(_draft(kind="narasumber", speakers=[guest]))
    assert "dalam Sosialisasi Hak Warga Binaan yang digelar Lapas Kelas IIB Atambua, Kamis" in lead


def test_each_kind_of_lead_has_its_own_sentence():
    def lead(kind: str, part: str) -> str:
        draft = _draft(
            kind=kind,
            speakers=[_budi(part=part)],
            participants="40 pegawai",
            counterpart="Dinas Sosial Kabupaten Belu",
        )
        return _lead(draft)

    leads = {
        "pembukaan": lead("pembukaan", "pembuka"),
        "kunjungan": lead("kunjungan", "pengunjung"),
        "penandatanganan": lead("penandatanganan", "narasumber"),
        "rapat": lead("rapat", "pemimpin"),
        "partisipasi": lead("partisipasi", "peserta"),
    }
    assert "membuka secara resmi Sosialisasi" in leads["pembukaan"]
    assert "Kegiatan tersebut diikuti oleh 40 pegawai." in leads["pembukaan"]
    assert "melakukan kunjungan kerja ke Dinas Sosial Kabupaten Belu" in leads["kunjungan"]
    assert leads["penandatanganan"].startswith(
        "Atambua - Lapas Kelas IIB Atambua dan Dinas Sosial Kabupaten Belu menandatangani"
    )
    assert "menggelar Sosialisasi Hak Warga Binaan bersama 40 pegawai, Kamis" in leads["rapat"]
    # An office that only took part never "menggelar" what another office held.
    assert (
        "menghadiri Sosialisasi Hak Warga Binaan yang diselenggarakan oleh Dinas Sosial"
        in (leads["partisipasi"])
    )
    assert "menggelar" not in leads["partisipasi"]
    assert len(set(leads.values())) == 5
    assert all("(5/9/2024)." in lead for lead in leads.values())


def test_padded_dates_and_a_dateline_tag_follow_the_office_style():
    lead = _texts(
        _draft(speakers=[_budi()], style=Style(pad_dates=True, dateline_tag="Humas_Lapas"))
    )[0]
    assert lead.startswith("Atambua, Humas_Lapas - ")
    assert "Kamis (05/09/2024)." in lead


def test_second_speaker_is_introduced_with_an_ordinal_and_full_position():
    dian = Speaker(
        name="Dian Lenggu",
        short_name="Dian",
        position="Kasubbag HRBTI Kanwil NTT",
        topic="Manajemen Kehumasan",
        statements=[Statement("paraphrase", "Ia berbagi.")],
    )
    texts = _texts(_draft(kind="narasumber", speakers=[_budi(), dian]))
    assert "hadir sebagai narasumber pertama dalam" in texts[0]
    assert texts[1] == (
        "Selanjutnya, narasumber kedua, Kasubbag HRBTI Kanwil NTT, Dian Lenggu, "
        "membawakan materi tentang Manajemen Kehumasan."
    )


def test_quote_attribution_forms():
    texts = _texts(
        _draft(
            speakers=[
                _budi(
                    Statement("quote", "Kami siap.", verb="ujar"),
                    Statement("quote", "Apakah kita siap?", verb="tanya", name_speaker=True),
                    Statement(
                        "quote",
                        '"Jaga integritas"',
                        verb="tegas",
                        context="mengutip pesan Menteri.",
                    ),
                    Statement("quote", "Terima kasih", verb="tutur"),
                )
            ]
        )
    )
    assert texts[1] == '"Kami siap," ujarnya.'
    assert texts[2] == '"Apakah kita siap?" tanya Budi.'
    assert texts[3] == '"Jaga integritas," tegasnya mengutip pesan Menteri.'
    # after a quote that brought in another person, the speaker is named again
    assert texts[4].endswith('," tutur Budi. (humas/bs)')


def test_open_verbs_never_repeat_and_the_last_quote_closes():
    quotes = [Statement("quote", f"Kalimat {i}.") for i in range(4)]
    texts = _texts(_draft(speakers=[_budi(*quotes)]))[1:]
    verbs = [t.split('," ')[1].split()[0] for t in texts]
    assert all(a != b for a, b in zip(verbs, verbs[1:], strict=False))
    assert verbs[-1] == "pungkasnya."


def test_overrides_are_used_exactly_as_written():
    dian = Speaker(
        name="Dian",
        position="Kasubbag",
        intro="Dian juga hadir sebagai pemateri.",
        statements=[Statement("paraphrase", "Ia berbagi.")],
    )
    texts = _texts(
        _draft(
            lead="Atambua - Lapas Atambua menerima tamu istimewa, Budi Santoso, Kamis (5/9/2024).",
            speakers=[_budi(), dian],
        )
    )
    assert texts[0] == (
        "Atambua - Lapas Atambua menerima tamu istimewa, Budi Santoso, Kamis (5/9/2024)."
    )
    assert texts[1] == "Dian juga hadir sebagai pemateri."


def test_credit_inline_or_on_its_own_line():
    inline = _texts(_draft(speakers=[_budi()], paragraphs=[Paragraph("Kegiatan berjalan lancar.")]))
    assert inline[-1] == "Kegiatan berjalan lancar. (humas/bs)"
    own = compose(_draft(speakers=[_budi()], credit="(ZR)", style=Style(credit_inline=False)))
    # The credit keeps its case as the office writes it.
    assert own.blocks[-1].kind == "credit" and own.blocks[-1].text == "(ZR)"


def test_composed_and_written_text_are_told_apart():
    article = compose(read_draft(DATA / "sample.json"))
    lead = next(b for b in article.blocks if b.kind == "lead")
    written = {r.source for r in lead.runs if r.source}
    assert written == {
        "dateline",
        "speakers[0].position",
        "speakers[0].name",
        "event",
        "event_detail",
        "organizer",
    }
    quote = next(b for b in article.blocks if b.kind == "quote")
    assert [r.text for r in quote.runs if not r.source] == ['"', '," ujarnya.']
    assert quote.runs[1].source == "speakers[0].statements[1]"


def test_a_speaker_named_in_the_lead_is_not_introduced_again():
    texts = _texts(
        _draft(
            kind="pembukaan",
            speakers=[_budi(Statement("quote", "Kami siap.", verb="ujar"), part="pembuka")],
        )
    )
    assert texts[1] == '"Kami siap," ujarnya. (humas/bs)'
    texts = _texts(
        _draft(kind="rapat", speakers=[_budi(Statement("quote", "Kami siap."), part="pemimpin")])
    )
    # The head of the office leads the meeting; he is never "turut" anything.
    assert texts[1] == (
        "Rapat tersebut dipimpin langsung oleh Kepala Lapas Kelas IIB Atambua, Budi Santoso."
    )


def test_missing_facts_leave_gaps_not_exceptions():
    article = compose(Draft(speakers=[Speaker(statements=[Statement("quote", "")])]))
    assert article.title == ""


def test_writer_emphasis_becomes_italic_and_bold_runs():
    article = compose(
        _draft(paragraphs=[Paragraph("Ada _workshop_ dan *penting* di Humas_Lapas.")])
    )
    runs = article.text_blocks()[-1].runs
    assert [(r.text, r.italic, r.bold) for r in runs[:4]] == [
        ("Ada ", False, False),
        ("workshop", True, False),
        (" dan ", False, False),
        ("penting", False, True),
    ]
    assert "Humas_Lapas" in article.text_blocks()[-1].text


def test_saved_calendar_names_are_babels():
    from babel.core import Locale

    from kabar_desktop.compose.indonesian import _calendar

    locale = Locale("id")
    assert _calendar()["weekdays"] == [locale.days["format"]["wide"][i] for i in range(7)]
    assert _calendar()["months"] == [locale.months["format"]["wide"][i] for i in range(1, 13)]


def test_the_preview_shows_placeholders_where_facts_are_missing():
    draft = Draft(kind="kegiatan", speakers=[Speaker(name="Budi")])
    preview = compose(draft, placeholders=True).text_blocks()[0]
    # The dateline is optional: no placeholder for it.
    assert preview.text == "[kantor] melaksanakan [nama kegiatan], [hari (tanggal)]."
    marked = {r.source for r in preview.runs if r.placeholder}
    assert marked == {"event", "organizer", "date"}
    intro = compose(draft, placeholders=True).text_blocks()[1]
    assert intro.text.endswith("[jabatan], Budi, hadir sebagai narasumber.")
    assert not any(r.placeholder for r in compose(draft).text_blocks()[0].runs)


def test_an_open_verb_does_not_repeat_the_writers_next_verb():
    texts = _texts(
        _draft(
            speakers=[
                _budi(
                    Statement("quote", "Satu.", verb="ujar"),
                    Statement("quote", "Dua."),
                    Statement("quote", "Tiga.", verb="tutur"),
                )
            ]
        )
    )
    verbs = [t.split('," ')[1].split()[0].rstrip(".") for t in texts[1:]]
    assert verbs[0] == "ujarnya" and verbs[2] == "tuturnya"
    assert verbs[1] not in ("ujarnya", "tuturnya")
