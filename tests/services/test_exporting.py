"""One naming rule for the files Kabar names, in the window's batch export and ``kabar export``."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DATA

from kabar_desktop.cli import main
from kabar_desktop.model.completeness import missing_facts
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.services.exporting import (
    describe_problem,
    export_name,
    free_name,
    slug,
    write_drafts,
)
from kabar_desktop.store import DraftStore


def _draft(title: str, **changes):
    draft = read_draft(DATA / "sample.json")
    draft.title = title
    for name, value in changes.items():
        setattr(draft, name, value)
    return draft


@pytest.fixture
def store():
    """$KABAR_HOME's store, the one ``kabar export NUMBER`` reads too."""
    opened = DraftStore.open()
    yield opened
    opened.close()


def test_a_batch_names_each_file_by_its_title(store, tmp_path):
    ids = [store.create(_draft(t)) for t in ("Rapat Koordinasi Humas", "Pelatihan Jurnalistik")]
    written, skipped = write_drafts(store, ids, "txt", tmp_path)
    assert skipped == []
    assert [p.name for p in written] == ["rapat-koordinasi-humas.txt", "pelatihan-jurnalistik.txt"]


def test_a_collision_gets_a_number_and_an_existing_file_is_kept(store, tmp_path):
    old = tmp_path / "rapat-koordinasi.txt"
    old.write_text("the writer's own file", encoding="utf-8")
    ids = [store.create(_draft("Rapat Koordinasi")) for _ in range(2)]
    written, _skipped = write_drafts(store, ids, "txt", tmp_path)
    assert [p.name for p in written] == ["rapat-koordinasi-2.txt", "rapat-koordinasi-3.txt"]
    assert old.read_text(encoding="utf-8") == "the writer's own file"


def test_an_unfinished_draft_is_skipped_with_its_missing_facts(store, tmp_path):
    unfinished = _draft("Belum Selesai", date=None)
    draft_id = store.create(unfinished)
    written, skipped = write_drafts(store, [draft_id], "txt", tmp_path)
    assert written == [] and list(tmp_path.iterdir()) == []
    [(title, why)] = skipped
    assert title == "Belum Selesai"
    for problem in missing_facts(unfinished):
        assert describe_problem(problem) in why


def test_a_missing_fact_names_its_speaker_in_plain_words():
    draft = _draft("x")
    draft.speakers[1].position = ""
    [problem] = missing_facts(draft)
    text = describe_problem(problem)
    assert "speakers[" not in text and text.endswith("(pembicara 2)") and text[0].isupper()


def test_a_title_without_letters_names_the_draft_by_its_number():
    assert export_name(7, _draft("—")) == "draf-7"
    assert export_name(Path("arsip/berita.kabar")) == "berita"
    assert slug("Kanwil NTT: Rapat 2024!") == "kanwil-ntt-rapat-2024"


def test_free_name_never_gives_a_taken_name(tmp_path):
    taken: set[Path] = set()
    names = [free_name(tmp_path, "a", "txt", taken).name for _ in range(3)]
    assert names == ["a.txt", "a-2.txt", "a-3.txt"]


def test_the_command_line_names_stored_drafts_as_the_window_does(store, tmp_path, capsys):
    ids = [store.create(_draft("Rapat Koordinasi")) for _ in range(2)]
    ids.append(store.create(_draft("Pelatihan")))
    window, by_cli = tmp_path / "window", tmp_path / "cli"
    window.mkdir()
    by_cli.mkdir()
    (window / "pelatihan.txt").write_text("kept", encoding="utf-8")
    (by_cli / "pelatihan.txt").write_text("kept", encoding="utf-8")
    written, _skipped = write_drafts(store, ids, "txt", window)
    assert main(["export", *map(str, ids), "-f", "txt", "-o", str(by_cli)]) == 0
    printed = capsys.readouterr().out.split()
    assert [Path(p).name for p in printed] == [p.name for p in written]
    assert sorted(p.name for p in by_cli.iterdir()) == sorted(p.name for p in window.iterdir())
    assert (by_cli / "pelatihan.txt").read_text(encoding="utf-8") == "kept"


def test_one_draft_to_a_named_file_is_written_as_asked(tmp_path, capsys):
    out = tmp_path / "berita.txt"
    out.write_text("old", encoding="utf-8")
    assert main(["export", str(DATA / "sample.json"), "-f", "txt", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") != "old"
    assert list(tmp_path.iterdir()) == [out]


@pytest.mark.timeout(20)
def test_a_fifo_named_as_the_office_logo_is_refused_without_waiting(tmp_path):
    """A logo path that became a FIFO would block every DOCX export for ever (issue 12)."""
    import os

    from kabar_desktop.services.exporting import profile_options
    from kabar_desktop.settings import Settings

    fifo = tmp_path / "logo.png"
    os.mkfifo(fifo)
    settings = Settings()
    settings.profile.logo_path = str(fifo)
    options, why = profile_options("docx", settings)
    assert options == {}
    assert why is not None and str(fifo) in why
