"""Fixtures of the sync tests: offices (each its own store), a WebDAV server, folder targets."""

from __future__ import annotations

import pytest

from .davserver import PASSWORD, USER, DavServer
from .synchelp import Office


@pytest.fixture
def offices(tmp_path):
    """Make offices by name; each has its own database, as each office has its own Kabar."""
    made: list[Office] = []

    def make(name: str, **kwargs) -> Office:
        office = Office(tmp_path / f"{name}.sqlite", name, **kwargs)
        made.append(office)
        return office

    yield make
    for office in made:
        office.close()


@pytest.fixture
def dav(tmp_path):
    root = tmp_path / "dav"
    root.mkdir()
    server = DavServer(root)
    yield server
    server.stop()


@pytest.fixture
def dav_target(dav):
    from kabar_desktop.sync import WebDAVTarget

    def make(timeout: float = 5.0, url: str | None = None):
        return WebDAVTarget(url or dav.url, USER, PASSWORD, timeout=timeout)

    return make
