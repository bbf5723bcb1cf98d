"""The limits of every WebDAV exchange: no password in clear, a deadline, a capped answer.

``http.client`` alone is not enough: its timeout is per socket read (a server sending one
byte every few seconds holds a sync forever), ``read()`` takes whatever the server sends
(a 2 GB listing), and plain ``http://`` sends Basic credentials readable by anyone on the
way. So each request has a deadline, enforced by one watchdog thread that shuts the socket
down when it passes, and each answer is read in pieces up to a cap. See docs/sync.md,
"WebDAV safety".
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import threading
import time
from collections.abc import Iterator

from kabar_desktop.model.problems import N_

from .target import TargetError

MIB = 1024 * 1024
MAX_LISTING_BYTES = 32 * MIB  # a PROPFIND answer: about 100,000 files (10,000 take ~4 MB)
# a GET is capped at bundle_read.MAX_BUNDLE_BYTES, the bundle file limit of a folder too
MAX_OTHER_BYTES = 1 * MIB  # MKCOL, PUT, MOVE, DELETE answer with a short status page
MIN_RATE = 8 * 1024  # bytes per second: each byte moved adds 1/MIN_RATE s to the deadline
_PIECE = 64 * 1024


def is_loopback(host: str) -> bool:
    """This computer: ``localhost``, 127.0.0.0/8 or ``::1`` (nothing crosses a network)."""
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_plain_http(scheme: str, host: str, display: str, credentials: bool) -> None:
    """Refuse to send a user name and password over ``http://`` except to this computer:
    Basic authentication is the password in base64, readable on every network on the way."""
    if scheme == "http" and credentials and not is_loopback(host):
        raise TargetError(
            "refused",
            N_(
                "{url} is plain http://: the password would travel unencrypted; "
                "use the server's https:// address"
            ),
            url=display,
        )


class TooBig(Exception):
    """An answer longer than its cap (said, or counted while reading)."""

    def __init__(self, limit: int):
        super().__init__(limit)
        self.limit_mb = limit // MIB or 1


class Watch:
    """One request's deadline: ``seconds`` from now, plus 1/MIN_RATE s per byte moved."""

    __slots__ = ("conn", "deadline", "expired")

    def __init__(self, conn: http.client.HTTPConnection, seconds: float):
        self.conn = conn
        self.deadline = time.monotonic() + seconds
        self.expired = False

    def moved(self, count: int) -> None:
        self.deadline += count / MIN_RATE


class Watchdog:
    """One thread per target: sleeps until the nearest deadline, then shuts the late
    request's socket down, which ends any read or write blocked on it. It stops when no
    request has been watched for a few seconds, and starts again with the next."""

    IDLE = 5.0

    def __init__(self) -> None:
        self._watches: set[Watch] = set()
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None

    @contextlib.contextmanager
    def watch(self, conn: http.client.HTTPConnection, seconds: float) -> Iterator[Watch]:
        entry = Watch(conn, seconds)
        with self._cond:
            self._watches.add(entry)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="kabar-dav-deadline")
                self._thread.daemon = True
                self._thread.start()
            self._cond.notify()
        try:
            yield entry
        finally:
            with self._cond:
                self._watches.discard(entry)

    def _run(self) -> None:
        with self._cond:
            idle_since = time.monotonic()
            while True:
                now = time.monotonic()
                if not self._watches:
                    if now - idle_since >= self.IDLE:
                        self._thread = None
                        return
                    self._cond.wait(self.IDLE)
                    continue
                idle_since = now
                for entry in self._watches:
                    if entry.deadline <= now:
                        entry.expired = True
                        _cut(entry.conn)  # again at each tick: the socket may be new
                waiting = [e.deadline - now for e in self._watches if not e.expired]
                late = len(waiting) < len(self._watches)
                self._cond.wait(min([*waiting, *([0.2] if late else [])], default=self.IDLE))


def _cut(conn: http.client.HTTPConnection) -> None:
    sock = conn.sock
    if sock is not None:
        with contextlib.suppress(OSError):
            # the plain socket's shutdown even on TLS: SSLSocket.shutdown would also drop
            # its SSL object under the thread reading from it
            socket.socket.shutdown(sock, socket.SHUT_RDWR)


def read_capped(response: http.client.HTTPResponse, cap: int, watch: Watch) -> bytes:
    """The whole body, refused past ``cap`` bytes: at once if the length the server gives is
    larger, else as soon as the count passes it. ``read1`` returns after one socket read, so
    the deadline grows only with bytes that really arrived."""
    if response.length is not None and response.length > cap:
        raise TooBig(cap)
    body = bytearray()
    while piece := response.read1(_PIECE):
        body += piece
        watch.moved(len(piece))
        if len(body) > cap:
            raise TooBig(cap)
    if response.length:  # the connection ended before the length the server gave
        raise http.client.IncompleteRead(b"", response.length)
    response.read(_PIECE)  # b"" now; it marks the answer done, so the connection is kept
    return bytes(body)
