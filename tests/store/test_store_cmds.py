"""``kabar import``, ``kabar list``, ``kabar history`` and export by id, as the CLI runs them."""

from __future__ import annotations

import json
from pathlib import Path

from storehelp import SAMPLE, sample

from kabar_desktop.commands.export import draft_source
from kabar_desktop.commands.store_cmds import (
    load_draft_by_id,
    run_history,
    run_import,
    run_list,
)
from kabar_desktop.i18n import set_language
from kabar_desktop.store import DraftStore


def test_import_prints_the_new_ids_and_reports_bad_files(tmp_path, capsys):
    bad = tmp_path / "rusak.json"
    bad.write_text(json.dumps({"format": "kabar-draft", "version": 1, "date": "2024-02-30"}))
    status = run_import([SAMPLE, bad, tmp_path / "tidak-ada.kabar", SAMPLE])
    out, err = capsys.readouterr()
    assert status == 2
    assert out.split() == ["1", "2"]
    assert "rusak.json: date:" in err and "2024-02-30" in err
    assert "tidak-ada.kabar" in err
    assert load_draft_by_id(2) == sample()


def test_list_shows_the_drafts_newest_first(capsys):
    set_language("en")
    assert run_list() == 0
    assert "No drafts" in capsys.readouterr().out
    run_import([SAMPLE])
    store = DraftStore.open()
    draft = sample()
    draft.title = "Apel Pagi"
    newer = store.create(draft)
    store.set_status(newer, "ready")
    store.close()
    capsys.readouterr()
    assert run_list() == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:2] == ["ID", "STATUS"]
    assert lines[1].startswith(f"{newer} ") and "ready to send" in lines[1]
    assert lines[1].rstrip().endswith("Apel Pagi") and "2024-09-25" in lines[2]


def test_list_shows_the_regional_offices_verdict_and_remark(capsys):
    from kabar_desktop.store import sync_state

    set_language("en")
    run_import([SAMPLE])
    run_import([SAMPLE])
    capsys.readouterr()
    assert run_list() == 0
    assert "KANWIL" not in capsys.readouterr().out  # no verdict yet: no empty column
    store = DraftStore.open()
    sync_state.set_review(store, 1, "needs_changes", "Tambahkan foto kegiatan", "kanwil")
    store.close()
    assert run_list() == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[-1] == "KANWIL"
    (first,) = [line for line in lines if line.startswith("1 ")]
    assert first.endswith("needs changes: Tambahkan foto kegiatan")
    (second,) = [line for line in lines if line.startswith("2 ")]
    assert "needs changes" not in second


def test_history_lists_every_kept_version(capsys):
    run_import([SAMPLE])
    store = DraftStore.open()
    draft = sample()
    draft.title = "diubah"
    store.save(1, draft)
    store.close()
    capsys.readouterr()
    assert run_history(1) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and lines[1].startswith("2 ") and lines[2].startswith("1 ")
    assert run_history(99) == 2
    assert "99" in capsys.readouterr().err


def test_export_arguments_are_ids_or_files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert draft_source("12") == 12
    Path("12").write_text("{}")
    assert draft_source("12") == Path("12")
    assert draft_source("berita.kabar") == Path("berita.kabar")
