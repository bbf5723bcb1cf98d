"""Words chosen in the preview anchor to the field they were typed in, else their sentence."""

from __future__ import annotations

import datetime as dt

from desk_gui_data import article

from kabar_desktop.compose import compose
from kabar_desktop.compose.anchors import anchor_for, sentences

DRAFT = article("Apel Pagi Pegawai", "Lapas Kupang", "Kupang", dt.date(2026, 11, 5))
ARTICLE = compose(DRAFT, placeholders=True)


def test_typed_words_anchor_to_their_field():
    assert anchor_for(ARTICLE, "Apel Pagi") == "title"
    assert anchor_for(ARTICLE, "laksanakan setiap bulan") == "speakers[0].statements[0]"
    assert anchor_for(ARTICLE, "tertib dan lancar") == "paragraphs[0]"


def test_words_kabar_composed_anchor_to_their_sentence_counted_from_1():
    found = sentences(ARTICLE)
    assert found[0].startswith("Kupang")  # the lead opens the article; the title is no sentence
    assert anchor_for(ARTICLE, found[0][:25]) == "sentence:1"
    second = found[1]
    assert anchor_for(ARTICLE, second) == "sentence:2"
    assert anchor_for(ARTICLE, "") == ""
    assert anchor_for(ARTICLE, "kata yang tidak ada di artikel") == ""
