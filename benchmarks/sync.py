"""Sync speed against a local WebDAV server (wsgidav on cheroot, in its own process).

Prints one figure per line, ``name: value unit``. Targets (issue 6): the first sync of 1,000
drafts no slower than ``rclone copy`` of the same bundle files to the same server (when
rclone is installed); a sync with nothing changed ≤ 1 s for 10,000 drafts.

``first_sync_1000``: 1,000 drafts marked ready, each written as a bundle under a temporary
name and moved into place. ``rclone_copy_1000``: rclone copying those 1,000 bundle files to
an empty folder of the same server (PUT each). ``nothing_changed_*``: a repeated sync (over
WebDAV: reading the stamps; over a folder: listing every bundle).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kabar_desktop.model.draft_file import read_draft  # noqa: E402
from kabar_desktop.store import DraftStore  # noqa: E402
from kabar_desktop.sync import FolderTarget, SyncEngine, WebDAVTarget  # noqa: E402

USER, PASSWORD = "humas", "rahasia"
SERVER = """
import sys
from cheroot import wsgi
from wsgidav.wsgidav_app import WsgiDAVApp
app = WsgiDAVApp({
    "provider_mapping": {"/": sys.argv[1]},
    "simple_dc": {"user_mapping": {"*": {"humas": {"password": "rahasia"}}}},
    "http_authenticator": {"accept_basic": True, "accept_digest": False,
                           "default_to_digest": False},
    "verbose": 0, "logging": {"enable": False}, "dir_browser": {"enable": False},
    "property_manager": None, "lock_storage": True,
})
server = wsgi.Server(("127.0.0.1", 0), app, numthreads=8)
server.prepare()
print(server.bind_addr[1], flush=True)
server.serve()
"""


def _server(root: Path) -> tuple[subprocess.Popen, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    proc = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(root)], stdout=subprocess.PIPE, text=True, env=env
    )
    port = int(proc.stdout.readline())
    return proc, f"http://127.0.0.1:{port}/"


def _fill(store: DraftStore, count: int) -> None:
    sample = read_draft(ROOT / "tests" / "data" / "sample.json")
    with store.bulk():
        for i in range(count):
            sample.title = f"Berita nomor {i}"
            draft_id = store.create(sample)
            store.set_status(draft_id, "ready")


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _rclone(source: Path, url: str) -> float | None:
    rclone = shutil.which("rclone")
    if not rclone:
        return None
    secret = subprocess.run(
        [rclone, "obscure", PASSWORD], capture_output=True, text=True, check=True
    ).stdout.strip()
    remote = f":webdav,url='{url}',user={USER},pass={secret}:rclone-copy"
    command = [rclone, "copy", str(source), remote, "--config", os.devnull]
    return _timed(lambda: subprocess.run(command, check=True, capture_output=True))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "dav").mkdir()
        server, url = _server(tmp / "dav")
        try:
            store = DraftStore.open(tmp / "office.sqlite")
            _fill(store, 1000)

            def sync(target, office: str = "Rudenim Kupang"):
                report = SyncEngine(store, target, office).run()
                target.close()
                return report

            first = _timed(lambda: sync(WebDAVTarget(url, USER, PASSWORD)))
            print(f"first_sync_1000: {first:.2f} s")
            bundles = tmp / "bundles"
            shutil.copytree(tmp / "dav" / "kabar-sync" / "drafts", bundles)
            rclone = _rclone(bundles, url)
            if rclone is None:
                print("rclone_copy_1000: not installed")
            else:
                print(f"rclone_copy_1000: {rclone:.2f} s")
            same = _timed(lambda: sync(WebDAVTarget(url, USER, PASSWORD)))
            print(f"nothing_changed_1000_webdav: {same * 1000:.0f} ms")
            _fill(store, 9000)
            more = _timed(lambda: sync(WebDAVTarget(url, USER, PASSWORD)))
            print(f"sync_9000_more: {more:.2f} s")
            same = min(_timed(lambda: sync(WebDAVTarget(url, USER, PASSWORD))) for _ in range(3))
            print(f"nothing_changed_10000_webdav: {same * 1000:.0f} ms")
            folder = tmp / "usb"
            folder.mkdir()
            sync(FolderTarget(folder))
            same = min(_timed(lambda: sync(FolderTarget(folder))) for _ in range(3))
            print(f"nothing_changed_10000_folder: {same * 1000:.0f} ms")
            store.close()
        finally:
            server.terminate()
            server.wait(10)


if __name__ == "__main__":
    main()
