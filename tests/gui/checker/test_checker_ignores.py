"""What the writer ignored travels with the draft, and a damaged list never stops a draft."""

from __future__ import annotations

from kabar_desktop.check import Ignores
from kabar_desktop.model.draft import Draft
from kabar_desktop.model.draft_file import read_draft, write_draft
from kabar_desktop.model.parse import draft_from_dict, draft_to_dict


def test_ignores_round_trip_through_a_kabar_file(tmp_path, sample_path):
    draft = read_draft(sample_path)
    draft.check_ignores = {"findings": ["W1|paragraphs[0]|diantaranya"], "rules": ["S1"]}
    path = tmp_path / "berita.kabar"
    write_draft(draft, path)
    again = read_draft(path)
    ignores = Ignores.from_dict(again.check_ignores)
    assert ignores.rules == {"S1"}
    assert ignores.findings == {"W1|paragraphs[0]|diantaranya"}


def test_a_draft_without_ignores_is_written_as_before():
    assert "check_ignores" not in draft_to_dict(Draft())


def test_damaged_ignores_are_dropped_not_refused():
    data = draft_to_dict(Draft(title="Judul"))
    data["check_ignores"] = {"findings": ["A1|title|x", 3, None], "rules": "W1"}
    draft = draft_from_dict(data)
    assert draft.title == "Judul"
    assert draft.check_ignores == {"findings": ["A1|title|x"]}
    data["check_ignores"] = ["nonsense"]
    assert draft_from_dict(data).check_ignores == {}
