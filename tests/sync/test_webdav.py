"""Sync through a real WebDAV server (wsgidav on 127.0.0.1), over HTTP and verified HTTPS."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from kabar_desktop.store import sync_state as state
from kabar_desktop.sync import TargetError, WebDAVTarget

from .davserver import PASSWORD, USER, DavServer, make_certs
from .synchelp import ROOT


def test_two_offices_sync_through_the_server(offices, dav, dav_target):
    upt, kanwil = offices("UPT"), offices("Kanwil")
    upt.new("Lewat WebDAV")
    assert upt.sync(dav_target()).sent == 1
    assert not list((dav.root / "kabar-sync" / "drafts").glob(".part-*"))
    assert kanwil.sync(dav_target()).received == 1
    got = kanwil.id_of("Lewat WebDAV")
    state.set_review(kanwil.store, got, "published", "Tayang di situs", kanwil.name)
    kanwil.sync(dav_target())
    upt.sync(dav_target())
    assert upt.view() == kanwil.view()
    row = state.for_draft(upt.store, upt.id_of("Lewat WebDAV"))
    assert (row.review, row.remark) == ("published", "Tayang di situs")


def test_a_nothing_changed_sync_reads_one_short_listing(offices, dav, dav_target):
    upt, kanwil = offices("UPT"), offices("Kanwil")
    for i in range(20):
        upt.new(f"Berita {i}")
    upt.sync(dav_target(), workers=4)
    kanwil.sync(dav_target())
    upt.sync(dav_target())
    dav.faults.log.clear()
    report = upt.sync(dav_target())
    assert report.nothing_changed
    asked = [(m, p) for m, p in dav.faults.log if m in ("PROPFIND", "GET", "PUT")]
    assert asked == [("PROPFIND", "/kabar-sync/stamps/")]
    kanwil.edit(kanwil.id_of("Berita 3"), title="Berita 3 diperbaiki")
    kanwil.sync(dav_target())
    assert upt.sync(dav_target()).received == 1  # a changed stamp makes the full listing


def test_a_wrong_password_is_said_plainly(offices, dav):
    upt = offices("UPT")
    upt.new("Berita")
    with pytest.raises(TargetError) as refused:
        upt.sync(WebDAVTarget(dav.url, USER, "salah"))
    assert refused.value.kind == "auth"
    assert upt.waiting() == 1


@pytest.fixture
def tls_dav(tmp_path):
    pytest.importorskip("cryptography")
    ca, cert, key = make_certs(tmp_path)
    root = tmp_path / "dav-tls"
    root.mkdir()
    server = DavServer(root, tls=(cert, key))
    yield server, ca
    server.stop()


def test_https_refuses_an_unknown_certificate_and_accepts_with_its_ca(offices, tls_dav):
    server, ca = tls_dav
    upt, kanwil = offices("UPT"), offices("Kanwil")
    upt.new("Rahasia")
    with pytest.raises(TargetError) as refused:
        upt.sync(WebDAVTarget(server.url, USER, PASSWORD))
    assert refused.value.kind == "certificate"
    assert "PUT" not in server.faults.seen  # nothing was sent to the unverified server
    assert upt.sync(WebDAVTarget(server.url, USER, PASSWORD, ca_file=str(ca))).sent == 1
    assert kanwil.sync(WebDAVTarget(server.url, USER, PASSWORD, ca_file=str(ca))).received == 1


def _kabar(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kabar_desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def test_the_command_line_syncs_with_the_password_from_the_environment(dav, tmp_path):
    env = {
        **os.environ,
        "KABAR_HOME": str(tmp_path / "upt-home"),
        "KABAR_LANG": "en",
        "PYTHONPATH": str(ROOT),
        "KABAR_SYNC_USER": USER,
        "KABAR_SYNC_PASSWORD": PASSWORD,
    }
    assert _kabar("import", str(ROOT / "tests/data/sample.json"), env=env).returncode == 0
    assert _kabar("ready", "1", env=env).stdout.strip() == "1 draft waiting to be sent"
    done = _kabar("sync", "--to", dav.url, env=env)
    assert done.returncode == 0, done.stderr
    assert "1 draft sent" in done.stdout
    assert "Nothing is waiting to be sent." in done.stdout
    kanwil = {**env, "KABAR_HOME": str(tmp_path / "kanwil-home")}
    got = _kabar("sync", "--to", dav.url, env=kanwil)
    assert "1 draft received" in got.stdout
    assert _kabar("review", "1", "--status", "needs-changes", "--remark", "Foto?", env=kanwil)
    assert "1 draft sent" in _kabar("sync", "--to", dav.url, env=kanwil).stdout
    wrong = _kabar("sync", "--to", dav.url, env={**env, "KABAR_SYNC_PASSWORD": "x"})
    assert wrong.returncode == 1
    assert "user name or password" in wrong.stderr
    assert "Traceback" not in wrong.stderr
