"""``kabar sync`` and the window's sync job are one job: the same target, the same result."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import DATA

from kabar_desktop import credentials
from kabar_desktop.cli import main
from kabar_desktop.i18n import _, ngettext
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.services import syncing
from kabar_desktop.services.syncing import SyncJob, SyncOutcome, run_job
from kabar_desktop.store import DraftStore
from kabar_desktop.store.database import database_path

TITLES = ("Rapat Koordinasi", "Pelatihan Humas", "Kunjungan Kerja")


def _fill(store_path: Path | None) -> Path:
    """A store holding the three drafts, all marked ready to send; its database file."""
    store = DraftStore.open(store_path)
    try:
        for title in TITLES:
            draft = read_draft(DATA / "sample.json")
            draft.title = title
            store.set_status(store.create(draft), "ready")
        return store.db.path
    finally:
        store.close()


def _titles(db: Path) -> list[str]:
    store = DraftStore.open(db)
    try:
        return sorted(r.title for r in store.list())
    finally:
        store.close()


def _files(folder: Path) -> dict[str, int]:
    """How many files the target holds in each of its folders (names are the drafts' uuids)."""
    counts: dict[str, int] = {}
    for path in folder.rglob("*"):
        if path.is_file():
            key = str(path.parent.relative_to(folder))
            counts[key] = counts.get(key, 0) + 1
    return counts


def _cli_sync(capsys, *args: str) -> tuple[int, str, str]:
    status = main(["sync", *args])
    out = capsys.readouterr()
    return status, out.out, out.err


def test_the_command_and_the_job_send_and_receive_alike(tmp_path, capsys):
    cli_db = _fill(None)  # the command line's store: $KABAR_HOME's
    job_db = _fill(tmp_path / "window.sqlite")
    by_cli, by_job = tmp_path / "target-cli", tmp_path / "target-job"
    by_cli.mkdir()
    by_job.mkdir()

    status, out, _err = _cli_sync(capsys, "--to", str(by_cli))
    outcome = run_job(SyncJob(job_db, str(by_job), "UPT"))
    assert (status, outcome.kind) == (0, "done")
    assert outcome.report is not None and outcome.report.sent == len(TITLES)
    sent = ngettext("{count} draft sent", "{count} drafts sent", 3).format(count=3)
    assert sent in out
    assert _files(by_cli) == _files(by_job) != {}

    # Each side now receives what the other sent, from the other's target.
    status, out, _err = _cli_sync(capsys, "--to", str(by_job))
    outcome = run_job(SyncJob(job_db, str(by_cli), "UPT"))
    got = ngettext("{count} draft received", "{count} drafts received", 3).format(count=3)
    assert status == 0 and got in out
    assert outcome.kind == "done" and outcome.report.received == len(TITLES)
    assert _titles(cli_db) == _titles(job_db) == sorted(TITLES * 2)


def test_an_emptied_target_asks_both_faces_the_same_question(tmp_path, capsys):
    _fill(None)
    target = tmp_path / "target"
    target.mkdir()
    assert _cli_sync(capsys, "--to", str(target))[0] == 0
    shutil.rmtree(target)
    target.mkdir()  # the same place, emptied (a reformatted USB disk)

    outcome = run_job(SyncJob(database_path(), str(target), ""))
    status, _out, err = _cli_sync(capsys, "--to", str(target))
    assert outcome.kind == "question" and status == 1
    assert outcome.message in err  # no terminal: said, and nothing done
    assert _("Nothing was changed. Run again with --yes to go on.") in err

    status, out, _err = _cli_sync(capsys, "--to", str(target), "--yes")
    assert status == 0 and "3" in out
    assert _files(target) != {}


def test_a_refused_address_is_bad_input_for_both(capsys, kabar_home):
    outcome = run_job(SyncJob(database_path(), str(kabar_home), ""))
    status, _out, err = _cli_sync(capsys, "--to", str(kabar_home))
    assert outcome.bad_target and outcome.kind == "refused"
    assert status == 2 and outcome.message in err


@pytest.mark.parametrize(
    ("kind", "typed", "kept"),
    [("done", "rahasia", "rahasia"), ("auth", "rahasia", None), ("done", None, "lama")],
)
def test_one_password_policy_after_a_sync(monkeypatch, kind, typed, kept):
    ring: dict[tuple[str, str], str] = {("sync:https://dav.example", "ana"): "lama"}
    monkeypatch.setattr(credentials, "set_password", lambda k, u, p: ring.update({(k, u): p}))
    monkeypatch.setattr(credentials, "forget", lambda k, u: ring.pop((k, u), None))
    syncing.settle_password(SyncOutcome(kind), " https://dav.example ", "ana", typed)
    assert ring.get(("sync:https://dav.example", "ana")) == kept
