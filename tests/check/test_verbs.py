"""A8: an attribution verb Kabar does not know gets a warning on the verb in the article,
naming it and a few verbs Kabar knows; never an error, and a known verb gets nothing."""

from __future__ import annotations

import datetime as dt

from kabar_desktop.check import article_plain_text, check_article, check_text
from kabar_desktop.compose import compose
from kabar_desktop.i18n import _
from kabar_desktop.model.draft import ATTRIBUTION_VERBS, Draft, Speaker, Statement

UNKNOWN = "kelakar"  # a real verb of saying, not in Kabar's list


def _draft(*quotes: Statement) -> Draft:
    return Draft(
        title="Rudenim Kupang Gelar Pelatihan Kehumasan bagi Pegawai",
        dateline="Kupang",
        date=dt.date(2024, 9, 25),
        organizer="Rudenim Kupang",
        event="Pelatihan Kehumasan",
        speakers=[
            Speaker(
                name="Rakhmat Renaldy",
                short_name="Renaldy",
                position="Kepala Divisi Administrasi Kanwil Kemenkumham NTT",
                statements=[Statement("paraphrase", "Menurutnya, media sangat penting."), *quotes],
            )
        ],
        credit="humas/fka",
    )


def _a8(draft: Draft, **kwargs):
    article = compose(draft)
    found = check_article(article, draft, strict=True, **kwargs)
    return article_plain_text(article), [f for f in found if f.rule == "A8"]


def test_an_unknown_verb_is_a_warning_on_the_verb():
    assert UNKNOWN not in ATTRIBUTION_VERBS
    text, (f,) = _a8(_draft(Statement("quote", "Kami siap bekerja.", verb=UNKNOWN)))
    assert f.severity == "warning"
    assert f.text == text[f.start : f.end] == "kelakarnya"
    assert text[f.start - 3 : f.start] == '," '  # after the quote, where the verb stands
    assert f.field == "speakers[0].statements[1].verb"
    assert f.block == "speakers[0].statements[1]"
    assert f.suggestion is None


def test_the_message_names_the_verb_and_known_ones_in_indonesian():
    _text, (f,) = _a8(_draft(Statement("quote", "Kami siap bekerja.", verb="ujr")))
    english = f.describe()
    assert "'ujr'" in english and "ujar" in english.split(":")[-1].split(",")[0]
    assert all(v in ATTRIBUTION_VERBS for v in f.params["known"].split(", "))
    indonesian = f.describe(_)
    assert indonesian != english and "'ujr'" in indonesian and "ujar" in indonesian


def test_a_named_speaker_and_the_verb_inside_the_quote():
    quote = Statement("quote", "Jangan kelakar soal tugas.", verb=UNKNOWN, name_speaker=True)
    text, (f,) = _a8(_draft(quote))
    assert f.text == "kelakar" and text[f.end : f.end + 9] == " Renaldy."
    assert f.start > text.index("soal tugas")  # not the word inside the quote


def test_known_verbs_and_kabars_own_choice_give_nothing():
    quotes = [
        Statement("quote", "Kami siap bekerja.", verb="tutur"),
        Statement("quote", "Kami hadir.", verb=None),
        Statement("quote", "Kami pulang.", verb=" Tegas "),
    ]
    assert _a8(_draft(*quotes))[1] == []


def test_an_unknown_verb_is_never_an_error_and_only_with_the_draft():
    draft = _draft(Statement("quote", "Kami siap bekerja.", verb=UNKNOWN))
    article = compose(draft)
    findings = check_article(article, draft, strict=True)
    assert [(f.rule, f.severity) for f in findings] == [("A8", "warning")]
    assert check_article(article, strict=True) == []  # without the draft nobody chose it
    assert check_text(article_plain_text(article), rules=["A8"], strict=True) == []


def test_ignoring_the_warning_keeps_it_ignored():
    from kabar_desktop.check import Ignores

    draft = _draft(Statement("quote", "Kami siap bekerja.", verb=UNKNOWN))
    _text, (f,) = _a8(draft)
    ignores = Ignores()
    ignores.ignore(f)
    assert _a8(draft, ignores=ignores)[1] == []
