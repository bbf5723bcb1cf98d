"""The one reader and writer of field paths: what findings, undo and remarks point at."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kabar_desktop.model import field_path as fp
from kabar_desktop.model.draft import Draft, Speaker, Statement

names = st.sampled_from(["speakers", "statements", "text", "title", "photos", "caption"])
paths = st.lists(st.one_of(names, st.integers(0, 999)), max_size=6).filter(
    lambda p: not p or isinstance(p[0], str)
)


@given(paths)
def test_text_form_reads_back_as_the_same_path(path):
    assert fp.parse(fp.format_path(tuple(path))) == tuple(path)


def test_parse_reads_indices_and_refuses_what_is_not_a_path():
    assert fp.parse("speakers[1].statements[0].text") == ("speakers", 1, "statements", 0, "text")
    assert fp.parse("") == ()
    for bad in ("speakers[x]", "a..b", "speakers[1", "1abc", "title;drop"):
        with pytest.raises(ValueError):
            fp.parse(bad)
        assert fp.parse_or_none(bad) is None


def test_resolve_finds_a_field_and_answers_none_for_a_deleted_one():
    draft = Draft(title="Judul")
    draft.speakers = [Speaker(name="Andi", statements=[Statement(text="Halo")])]
    assert fp.resolve(draft, fp.parse("speakers[0].statements[0].text")) == "Halo"
    assert fp.resolve(draft, fp.parse("speakers[3].name")) is None
    assert fp.resolve(draft, fp.parse("speakers[0].nothing")) is None
    assert fp.resolve(draft, fp.parse("title[0]")) is None


def test_put_writes_the_field_at_the_path():
    draft = Draft()
    draft.speakers = [Speaker(name="Andi")]
    fp.put(draft, ("speakers", 0, "name"), "Budi")
    assert draft.speakers[0].name == "Budi"


def test_generic_and_index_of_name_the_kind_and_the_position():
    assert fp.generic("speakers[12].statements[3].text") == "speakers[].statements[].text"
    assert fp.index_of(fp.parse("speakers[2].statements[0].text"), "speakers") == 2
    assert fp.index_of(fp.parse("title"), "speakers") is None
