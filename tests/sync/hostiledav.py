"""A hostile WebDAV server on 127.0.0.1 (``http.server`` in a thread), for the safety tests.

It answers like a working server (MKCOL: 405 "exists", an empty listing, PUT/MOVE/DELETE
accepted) except where its ``mode`` says otherwise:

- ``drip_body``: a PROPFIND answer whose body comes one byte every ``interval`` seconds
- ``drip_head``: the same, but the headers themselves come one byte at a time
- ``huge_listing``: a PROPFIND answer streamed without end (chunked), generated on the fly
- ``huge_length``: a PROPFIND answer announcing 4 GB (the OverflowError of ``read()``)
- ``huge_get`` / ``huge_get_chunked``: one bundle listed, its GET announcing 10 GB or
  streaming without end
- ``mkcol_301``: every MKCOL answered "301 Moved Permanently"

Everything is generated while sending: nothing large is ever held in memory here.
``sent`` counts the bytes of the hostile answers; ``seen`` the methods that arrived.
"""

from __future__ import annotations

import socketserver
import threading
from http.server import BaseHTTPRequestHandler

BUNDLE = "0123456789abcdef0123456789abcdef.0123456789abcdef01234567.kabar"
_ENTRY = (
    "<d:response><d:href>/kabar-sync/drafts/{i:032x}.{i:024x}.kabar</d:href><d:propstat>"
    '<d:prop><d:getetag>"e{i}"</d:getetag><d:resourcetype/></d:prop>'
    "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
)
_HEAD = b'<?xml version="1.0" encoding="utf-8"?><d:multistatus xmlns:d="DAV:">'
_TAIL = b"</d:multistatus>"


class HostileDav:
    def __init__(self, mode: str, interval: float = 1.0, limit: int = 4 << 30):
        self.mode = mode
        self.interval = interval
        self.limit = limit  # stop streaming after this many bytes in any case
        self.sent = 0
        self.seen: list[str] = []
        self.stop_event = threading.Event()
        owner = self

        class Handler(_Handler):
            server_owner = owner

        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.stop_event.set()
        self.server.shutdown()
        self.server.server_close()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_owner: HostileDav

    def log_message(self, format, *args) -> None:  # noqa: A002 - the base class's name
        pass

    @property
    def owner(self) -> HostileDav:
        return self.server_owner

    def _request_body(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        while length > 0:
            length -= len(self.rfile.read(min(length, 1 << 16)))

    def _plain(self, status: int, body: bytes = b"", headers: dict | None = None) -> None:
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _stream(self, pieces) -> None:
        """Write ``pieces`` until the client goes away, the test ends, or ``limit``."""
        owner = self.owner
        try:
            for piece in pieces:
                if owner.stop_event.is_set() or owner.sent > owner.limit:
                    break
                self.wfile.write(piece)
                owner.sent += len(piece)
        except OSError:
            pass
        self.close_connection = True

    def _drip(self, data: bytes):
        for i in range(len(data)):
            yield data[i : i + 1]
            if self.owner.stop_event.wait(self.owner.interval):
                return

    def do_MKCOL(self) -> None:  # noqa: N802 - http.server's naming
        self.owner.seen.append("MKCOL")
        self._request_body()
        if self.owner.mode == "mkcol_301":
            self._plain(301, headers={"Location": "http://127.0.0.1:9/elsewhere/"})
        else:
            self._plain(405)

    def do_PROPFIND(self) -> None:  # noqa: N802
        self.owner.seen.append("PROPFIND")
        self._request_body()
        mode = self.owner.mode
        if mode == "drip_body":
            self.send_response(207)
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.flush()
            self._stream(self._drip(_HEAD + b" " * 100000))
        elif mode == "drip_head":
            self._stream(self._drip(b"HTTP/1.1 207 Multi-Status\r\nX-Slow: " + b"a" * 100000))
        elif mode == "huge_listing":
            self.send_response(207)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            self._stream(_chunked(_endless_listing()))
        elif mode == "huge_length":
            self.send_response(207)
            self.send_header("Content-Length", str(4 << 30))
            self.end_headers()
            self._stream(_endless_listing())
        else:
            self._listing(self.path.endswith("/drafts/") and mode.startswith("huge_get"))

    def _listing(self, with_bundle: bool) -> None:
        entry = f"<d:response><d:href>/kabar-sync/drafts/{BUNDLE}</d:href></d:response>"
        body = _HEAD + (entry.encode() if with_bundle else b"") + _TAIL
        self._plain(207, body, {"Content-Type": "application/xml"})

    def do_GET(self) -> None:  # noqa: N802
        self.owner.seen.append("GET")
        if self.owner.mode == "huge_get":
            self.send_response(200)
            self.send_header("Content-Length", str(10 << 30))
            self.end_headers()
            self._stream(_zeros())
        elif self.owner.mode == "huge_get_chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            self._stream(_chunked(_zeros()))
        else:
            self._plain(404)

    def do_PUT(self) -> None:  # noqa: N802
        self.owner.seen.append("PUT")
        self._request_body()
        self._plain(201)

    def do_MOVE(self) -> None:  # noqa: N802
        self.owner.seen.append("MOVE")
        self._plain(201)

    def do_DELETE(self) -> None:  # noqa: N802
        self.owner.seen.append("DELETE")
        self._plain(204)


def _endless_listing():
    yield _HEAD
    i = 0
    while True:
        yield "".join(_ENTRY.format(i=j) for j in range(i, i + 200)).encode()
        i += 200


def _zeros():
    piece = bytes(1 << 16)
    while True:
        yield piece


def _chunked(pieces):
    for piece in pieces:
        yield b"%x\r\n%s\r\n" % (len(piece), piece)
