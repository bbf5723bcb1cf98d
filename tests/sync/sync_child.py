"""A Kabar that makes drafts and syncs them to a WebDAV server; the crash test kills it."""

from __future__ import annotations

import sys
from pathlib import Path

from synchelp import Office

from kabar_desktop.sync import WebDAVTarget

db, url, user, password, count = sys.argv[1:6]
office = Office(Path(db), "UPT")
for i in range(int(count)):
    office.new(f"Berita {i}")
print("made", flush=True)
office.sync(WebDAVTarget(url, user, password))
print("synced", flush=True)
