"""WebDAV safety with the real wsgidav server (issue 12 #8): no password over plain http://
except to this computer; the per-request deadline lets a slow but working server finish and
retries one that is too slow; a redirect is refused. The hostile cases are in
test_webdav_hostile.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from kabar_desktop.sync import TargetError, TransientError, WebDAVTarget, open_target

from .davserver import PASSWORD, USER, DavServer, make_certs
from .synchelp import ROOT


@pytest.mark.parametrize(
    "url",
    [
        "http://awan.kanwil.go.id/remote.php/dav/files/humas/",
        "http://10.1.2.3:8080/dav/",
        "http://[fe80::1]/dav/",
        "http://localhost.kanwil.go.id/",
    ],
)
def test_a_password_never_goes_over_plain_http(url):
    with pytest.raises(TargetError) as refused:
        WebDAVTarget(url, USER, PASSWORD)
    assert refused.value.kind == "refused"
    assert "plain http://: the password would travel unencrypted" in str(refused.value)
    assert PASSWORD not in str(refused.value)
    with pytest.raises(TargetError):
        WebDAVTarget(url, USER, "")  # a user alone: the password is asked next


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:8080/", "http://127.0.0.2/", "http://localhost/", "http://[::1]:81/"],
)
def test_this_computer_and_https_may_carry_the_password(url):
    WebDAVTarget(url, USER, PASSWORD).close()
    WebDAVTarget("https://awan.kanwil.go.id/dav/", USER, PASSWORD).close()
    WebDAVTarget("http://awan.kanwil.go.id/dav/").close()  # no credentials: nothing to leak


@pytest.mark.slow
def test_the_command_line_refuses_plain_http_before_any_connection(tmp_path):
    env = {
        **os.environ,
        "KABAR_HOME": str(tmp_path / "home"),
        "KABAR_LANG": "en",
        "PYTHONPATH": str(ROOT),
        "KABAR_SYNC_USER": USER,
        "KABAR_SYNC_PASSWORD": PASSWORD,
    }
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "kabar_desktop", "sync", "--to", "http://192.0.2.1/dav/"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2  # the address itself is wrong
    assert done.stderr.strip().splitlines() == [
        "kabar: http://192.0.2.1/dav/ is plain http://: the password would travel "
        "unencrypted; use the server's https:// address"
    ]
    assert time.monotonic() - started < 20  # 192.0.2.1 is never dialled (it would hang)


@pytest.mark.slow
def test_a_slow_but_working_server_finishes(offices, dav, dav_target):
    """The deadline is per request, not per read: a server taking 0.6 s to answer each
    PROPFIND with a 1 s timeout is fine."""
    upt = offices("UPT")
    upt.new("Lambat tapi sampai")
    dav.faults.add("PROPFIND", "delay", 0.6, times=3)
    report = upt.sync(dav_target(timeout=1.0))
    assert report.sent == 1 and report.retried == 0


@pytest.mark.slow
def test_an_answer_over_the_deadline_is_retried(offices, dav, dav_target):
    upt, kanwil = offices("UPT"), offices("Kanwil")
    upt.new("Sekali terlambat")
    dav.faults.add("PROPFIND", "delay", 2.5, path="drafts")
    started = time.monotonic()
    report = upt.sync(dav_target(timeout=1.0))
    assert time.monotonic() - started < 2.4  # not waiting for the late answer
    assert report.sent == 1 and report.retried == 1
    assert kanwil.sync(dav_target()).received == 1


@pytest.mark.slow
def test_the_deadline_cuts_a_tls_connection_too(tmp_path):
    """Over HTTPS the watchdog shuts the socket under the TLS layer: the late answer ends
    the request on time, and the next one works."""
    pytest.importorskip("cryptography")
    ca, cert, key = make_certs(tmp_path)
    (tmp_path / "dav-tls").mkdir()
    server = DavServer(tmp_path / "dav-tls", tls=(cert, key))
    try:
        target = WebDAVTarget(server.url, USER, PASSWORD, ca_file=str(ca), timeout=1.0)
        target.prepare()
        server.faults.add("PROPFIND", "delay", 3.0)
        started = time.monotonic()
        with pytest.raises(TransientError) as slow:
            target.list("drafts")
        assert slow.value.kind == "slow"
        assert time.monotonic() - started < 2.5
        assert target.list("drafts") == {}
        target.close()
    finally:
        server.stop()


def test_a_redirect_is_never_followed(offices, dav, dav_target):
    upt = offices("UPT")
    upt.new("Jangan diikuti")
    for method in ("MKCOL", "PROPFIND", "PUT"):
        dav.faults.add(method, "status", 302)
        with pytest.raises(TargetError) as refused:
            upt.sync(dav_target())
        assert f"redirects {method} elsewhere (HTTP 302)" in str(refused.value)
        assert refused.value.kind == "refused"
    assert upt.waiting() == 1
    assert upt.sync(dav_target()).sent == 1


def test_open_target_refuses_plain_http_too():
    with pytest.raises(TargetError):
        open_target("http://awan.kanwil.go.id/", USER, PASSWORD)
