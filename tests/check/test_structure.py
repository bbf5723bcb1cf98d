"""A1–A7 (the article's structure) and S1 (spelling): breaking and respecting texts (A8, which
needs the draft, in test_verbs.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from checkhelp import found, spans

from kabar_desktop.check import RULES, add_office_word, check_article, check_text, speller
from kabar_desktop.check.document import Doc
from kabar_desktop.check.spelling import office_words_path
from kabar_desktop.compose import compose
from kabar_desktop.model.draft import Draft, Photo, Style

BODY = "Kupang - Kegiatan pelatihan berjalan lancar."
LONG_LEAD = "Kupang - " + " ".join(["Pegawai hadir dalam pelatihan kehumasan yang baik"] * 14) + "."
FOUR_SENTENCES = "Kupang - Pegawai hadir. Peserta senang. Acara lancar. Semua pulang. Kami senang."

BREAKS = [
    ("A1", "Pelatihan Humas\n" + BODY, [("Pelatihan Humas", None)]),
    # 19 words (round 24 reports a title from 19 words: the sets left every title of 17 and
    # 18 words, so this title of 17 words gained two).
    (
        "A1",
        "Rudenim Kupang Gelar Pelatihan Tugas dan Fungsi Bidang Kehumasan bagi Seluruh Pegawai "
        "di Aula Utama Rudenim Kupang Nusa Tenggara\n" + BODY,
        [
            (
                "Rudenim Kupang Gelar Pelatihan Tugas dan Fungsi Bidang Kehumasan bagi Seluruh "
                "Pegawai di Aula Utama Rudenim Kupang Nusa Tenggara",
                None,
            )
        ],
    ),
    ("A2", LONG_LEAD, [(LONG_LEAD[len("Kupang - ") :], None)]),
    ("A2", FOUR_SENTENCES, [(FOUR_SENTENCES[len("Kupang - ") :], None)]),
    ("A3", BODY + "\nFoto DSC_0042 menunjukkan kegiatan.", [("DSC_0042", None)]),
    ("A3", BODY + "\nIMG-20240925-WA0012.jpg", [("IMG-20240925-WA0012.jpg", None)]),
    ("A3", BODY + "\nLihat foto pembukaan.jpeg di sini.", [("pembukaan.jpeg", None)]),
    ("A5", BODY + "\nBapak Budi membuka acara.", [("Bapak ", "")]),
    ("A5", BODY + "\nSelanjutnya beliau menyampaikan arahan.", [("beliau", None)]),
    (
        "A6",
        BODY + '\n"Kami siap," ujarnya.\n"Kami hadir," ujar Budi.',
        [("ujar", None)],
    ),
    ("A7", "Kegiatan pelatihan berjalan lancar.", [("Kegiatan", None)]),
    ("A7", "Tahun 2024–2029 menjadi penting.", [("Tahun", None)]),
    ("S1", "Kupang - Kegiatan berjalan lancr.", [("lancr", "lancar")]),
    (
        "S1",
        "Kupang - Rapat digelar dibalai desa, lalu peserta berkumpul diasrama.",
        [("dibalai", "di balai"), ("diasrama", "di asrama")],
    ),
]

RESPECTS = [
    ("A1", "Rudenim Kupang Gelar Pelatihan Tugas dan Fungsi Kehumasan\n" + BODY),
    ("A2", BODY),
    ("A3", BODY + "\nKepala Rudenim Kupang membuka kegiatan pelatihan (Dok. Humas Rudenim)."),
    ("A5", BODY + "\nPembangunan Ibu Kota Nusantara berjalan."),
    ("A5", BODY + '\n"Terima kasih Bapak Budi," ujarnya.'),
    ("A5", BODY + "\n”Terima kasih Bapak Budi,” ujarnya."),  # the first mark turned: still a quote
    ("A6", BODY + '\n"Kami siap," ujarnya.\n"Kami hadir," tuturnya.'),
    ("A7", BODY),
    ("A7", "Kupang, Humas_Unit - Kegiatan berjalan."),
    # Issue 13: office tags of real datelines.
    ("A7", "Sragen (Humas) – Kegiatan berjalan lancar."),
    ("A7", "Kupang, Humas_Unit – Kegiatan berjalan."),
    ("A7", "Kupang, Humas_Unit–Kegiatan berjalan."),
    ("A7", "(TO - Binjai) - Kepala Lapas hadir."),
    ("A7", "Lubukpakam (SIB) - Lembaga itu hadir."),
    ("A7", "Binjai, publikasipost.com – Kepala Lapas hadir."),
    ("S1", "Kupang - Kegiatan digelar lancar, ujarnya, menurut Renaldy."),
    ("S1", "Kupang - Renaldy hadir. Menurut Renaldy, deteni dan warga binaan tertib."),
    ("S1", "Kupang - Ia mengikuti _workshop_ jurnalistik."),
    ("S1", "Kupang - Pegawai memprioritaskan pemberitaan yang terverifikasi."),
    ("S1", "Kupang - Kehadiran pegawai yang dirumahkan dilaksanakan kemarin."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert spans(text, rule) == []


def test_the_office_adds_its_own_words(kabar_home):
    text = "Kupang - Layanan sipenmas dibuka."
    assert spans(text, "S1") == ["sipenmas"]
    assert add_office_word(" sipenmas ") == "sipenmas"
    assert spans(text, "S1") == []
    assert office_words_path().read_text(encoding="utf-8") == "sipenmas\n"
    assert str(office_words_path()).startswith(str(kabar_home))
    add_office_word("sipenmas")  # twice: still one line
    assert office_words_path().read_text(encoding="utf-8") == "sipenmas\n"


@pytest.mark.parametrize("bad", ["", "dua kata", "x" * 41, "a/b"])
def test_an_office_word_is_one_word(bad):
    with pytest.raises(ValueError):
        add_office_word(bad)


def test_spelling_suggestions_come_when_asked():
    finding = check_text("Kupang - Kegiatan berjalan lancr.", rules=["S1"])[0]
    assert finding.suggestion == "lancar"  # the lists' likeliest fix, with the finding
    assert "lancar" in speller().suggest(finding.text)


def test_a_spelling_finding_gives_way_to_a_rule_that_says_more():
    findings = check_text("Kupang - Ketentuan itu, diantaranya sekedar contoh.")
    assert [(f.rule, f.text) for f in findings] == [
        ("W1", "diantaranya"),
        ("W6", "sekedar"),
    ]


def _captioned(caption: str, brackets: bool = True) -> list[str]:
    draft = Draft(
        title="Rudenim Kupang Gelar Pelatihan Kehumasan bagi Pegawai",
        dateline="Kupang",
        date=dt.date(2024, 9, 25),
        organizer="Rudenim Kupang",
        event="Rapat Koordinasi",
        kind="rapat",
        photos=[Photo(caption=caption)],
        credit="humas/fka",
        style=Style(photo_credit_brackets=brackets),
    )
    return [f.text for f in check_article(compose(draft), draft, rules=["A4"], strict=True)]


def test_a4_a_caption_is_more_than_a_fragment():
    assert _captioned("Foto bersama") == ["Foto bersama"]
    assert _captioned("Kepala Rudenim Kupang membuka rapat koordinasi") == []
    # The office's credit after a full stop ("Foto bersama. Dok. Humas …") is no caption words.
    assert _captioned("Foto bersama", brackets=False) == ["Foto bersama."]
    assert _captioned("Kepala Rudenim Kupang membuka rapat koordinasi", brackets=False) == []


def test_every_rule_has_breaking_and_respecting_texts():
    import test_capitals
    import test_capitals_round2
    import test_commas_marks
    import test_english_words
    import test_numbers
    import test_punctuation
    import test_punctuation_round2
    import test_rules_heldout23
    import test_rules_heldout24
    import test_rules_heldout25
    import test_rules_heldout26
    import test_rules_heldout27
    import test_rules_heldout28
    import test_rules_heldout29
    import test_rules_heldout31
    import test_rules_heldout32
    import test_rules_probe28
    import test_rules_round3
    import test_rules_round4
    import test_rules_round5_forms
    import test_rules_round5_punct
    import test_rules_round5_spelling
    import test_rules_round7_colloquial
    import test_rules_round7_list_commas
    import test_rules_round7_numbers_caps
    import test_rules_round7_plurals
    import test_rules_round7_run_ons
    import test_rules_round8_capitals
    import test_rules_round8_commas
    import test_rules_round8_precision
    import test_rules_round8_words
    import test_rules_round9_basics
    import test_rules_round9_capitals
    import test_rules_round9_spelling
    import test_rules_round10_appositions
    import test_rules_round10_capitals
    import test_rules_round10_forms
    import test_rules_round10_probe
    import test_rules_round10_punctuation
    import test_rules_round11_marks
    import test_rules_round11_names
    import test_rules_round11_verbs
    import test_rules_round12_caps
    import test_rules_round12_commas
    import test_rules_round12_marks
    import test_rules_round12_words
    import test_rules_round13_errors
    import test_rules_round13_warnings
    import test_rules_round14_caps
    import test_rules_round14_commas
    import test_rules_round14_words
    import test_rules_round15_punct
    import test_rules_round15_words
    import test_rules_round16_appositions
    import test_rules_round16_fragments
    import test_rules_round16_mixed_case
    import test_rules_round16_precision
    import test_rules_round17_caps
    import test_rules_round17_seams
    import test_rules_round17_words
    import test_rules_round18_caps
    import test_rules_round18_seams
    import test_rules_round18_words
    import test_rules_round19_caps
    import test_rules_round19_seams
    import test_rules_round19_words
    import test_rules_round20_seams
    import test_rules_round20_words
    import test_rules_round21_seams
    import test_rules_round21_struct
    import test_rules_round21_words
    import test_rules_round22_seams
    import test_rules_round22_words
    import test_rules_round23_seams
    import test_rules_round23_words
    import test_rules_round24_seams
    import test_rules_round24_words
    import test_rules_round25_seams
    import test_rules_round25_words
    import test_rules_round26
    import test_rules_session16
    import test_rules_session29
    import test_rules_session30
    import test_rules_session31
    import test_rules_session32
    import test_rules_session33
    import test_rules_session34
    import test_rules_session35
    import test_rules_session36
    import test_rules_session37
    import test_rules_session38
    import test_rules_session39
    import test_rules_session40
    import test_rules_session41
    import test_rules_session42
    import test_rules_session43
    import test_rules_session44
    import test_spelling
    import test_spelling_more
    import test_title_case
    import test_word_forms

    modules = [test_capitals, test_word_forms, test_punctuation, test_numbers, test_spelling]
    modules.append(test_commas_marks)
    modules.append(test_title_case)
    modules.append(test_spelling_more)
    modules.append(test_capitals_round2)
    modules.append(test_punctuation_round2)
    modules.append(test_rules_round3)
    modules.append(test_rules_round4)
    modules.append(test_rules_round5_punct)
    modules.append(test_rules_round5_forms)
    modules.append(test_rules_round5_spelling)
    modules.append(test_rules_round7_colloquial)
    modules.append(test_rules_round7_list_commas)
    modules.append(test_rules_round7_numbers_caps)
    modules.append(test_rules_round7_plurals)
    modules.append(test_rules_round7_run_ons)
    modules.append(test_rules_round8_capitals)
    modules.append(test_rules_round8_commas)
    modules.append(test_rules_round8_precision)
    modules.append(test_rules_round8_words)
    modules.append(test_rules_round9_basics)
    modules.append(test_rules_round9_capitals)
    modules.append(test_rules_round9_spelling)
    modules.append(test_rules_round10_appositions)
    modules.append(test_rules_round10_capitals)
    modules.append(test_rules_round10_forms)
    modules.append(test_rules_round10_probe)
    modules.append(test_rules_round10_punctuation)
    modules.append(test_rules_round11_marks)
    modules.append(test_rules_round11_names)
    modules.append(test_rules_round11_verbs)
    modules.append(test_rules_round12_caps)
    modules.append(test_rules_round12_commas)
    modules.append(test_rules_round12_marks)
    modules.append(test_rules_round12_words)
    modules.append(test_rules_round13_errors)
    modules.append(test_rules_round13_warnings)
    modules.append(test_rules_round14_caps)
    modules.append(test_rules_round14_commas)
    modules.append(test_rules_round14_words)
    modules.append(test_rules_round15_punct)
    modules.append(test_rules_round15_words)
    modules.append(test_rules_round16_appositions)
    modules.append(test_rules_round16_fragments)
    modules.append(test_rules_round16_mixed_case)
    modules.append(test_rules_round16_precision)
    modules.append(test_rules_round17_caps)
    modules.append(test_rules_round17_seams)
    modules.append(test_rules_round17_words)
    modules.append(test_rules_round18_caps)
    modules.append(test_rules_round18_seams)
    modules.append(test_rules_round18_words)
    modules.append(test_rules_round19_caps)
    modules.append(test_rules_round19_seams)
    modules.append(test_rules_round19_words)
    modules.append(test_rules_round20_seams)
    modules.append(test_rules_round20_words)
    modules.append(test_rules_round21_seams)
    modules.append(test_rules_round21_struct)
    modules.append(test_rules_round21_words)
    modules.append(test_rules_round22_seams)
    modules.append(test_rules_round22_words)
    modules.append(test_rules_round23_seams)
    modules.append(test_rules_round23_words)
    modules.append(test_rules_round24_seams)
    modules.append(test_rules_round24_words)
    modules.append(test_rules_round25_seams)
    modules.append(test_rules_round25_words)
    modules.append(test_rules_round26)
    modules.append(test_rules_heldout23)
    modules.append(test_rules_heldout24)
    modules.append(test_rules_heldout25)
    modules.append(test_rules_heldout26)
    modules.append(test_rules_heldout27)
    modules.append(test_rules_heldout28)
    modules.append(test_rules_heldout29)
    modules.append(test_rules_heldout31)
    modules.append(test_rules_heldout32)
    modules.append(test_rules_session16)
    modules.append(test_english_words)
    modules.append(test_rules_probe28)
    modules.append(test_rules_session29)
    modules.append(test_rules_session30)
    modules.append(test_rules_session31)
    modules.append(test_rules_session32)
    modules.append(test_rules_session33)
    modules.append(test_rules_session34)
    modules.append(test_rules_session35)
    modules.append(test_rules_session36)
    modules.append(test_rules_session37)
    modules.append(test_rules_session38)
    modules.append(test_rules_session39)
    modules.append(test_rules_session40)
    modules.append(test_rules_session41)
    modules.append(test_rules_session42)
    modules.append(test_rules_session43)
    modules.append(test_rules_session44)
    drafts = {"A4", "A8"}  # checked on composed drafts: here and in test_verbs.py
    broken = {r for m in modules for r, *_ in m.BREAKS} | {r for r, *_ in BREAKS} | drafts
    respected = {r for m in modules for r, _ in m.RESPECTS} | {r for r, _ in RESPECTS} | drafts
    assert broken == respected == set(RULES)


def test_a_dateline_with_an_office_tag_is_the_frame():
    """'Sragen (Humas) –': nothing in the tag is checked (K4 on 'Humas'), and the lead's
    first sentence starts after it."""
    assert check_text("Sragen (Humas) – Kegiatan berjalan lancar.") == []
    doc = Doc.from_text("Sragen (Humas) – Kegiatan berjalan lancar.")
    assert [t.text for t in doc.tokens if t.initial] == ["Kegiatan"]
    assert doc.in_frame(0, len("Sragen (Humas) – "))
