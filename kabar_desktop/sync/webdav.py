"""A WebDAV target (Nextcloud, ownCloud, Apache mod_dav) over the standard library's HTTP.

HTTPS always verifies the certificate (the system's authorities, or ``ca_file``); there is
no switch to turn that off, and a password never goes over plain ``http://`` except to this
computer. Every request has a deadline and every answer a size cap (``davlimits``); a
redirect is refused, never followed. One kept-alive connection per thread. A bundle is PUT under a
temporary name and MOVEd into place; a MOVE repeated after its answer was lost finds the
source gone and the destination there, which counts as done. ``http.client`` rather than
``requests``: nothing more is needed, and Kabar stays free of another dependency.
"""

from __future__ import annotations

import base64
import http.client
import os
import ssl
import threading
import time
import xml.etree.ElementTree as ET
from urllib.parse import quote, unquote, urlsplit

from kabar_desktop.model.problems import N_, DraftError, Problem

from .bundle_read import MAX_BUNDLE_BYTES
from .davlimits import (
    MAX_LISTING_BYTES,
    MAX_OTHER_BYTES,
    MIN_RATE,
    TooBig,
    Watchdog,
    check_plain_http,
    read_capped,
)
from .target import NotFound, TargetError, TransientError

ROOT = "kabar-sync/"
_PROPFIND = (
    b'<?xml version="1.0" encoding="utf-8"?><propfind xmlns="DAV:"><prop>'
    b"<getetag/><resourcetype/></prop></propfind>"
)
_DAV = "{DAV:}"
DEFAULT_TIMEOUT = 30.0  # seconds for a whole request (plus time for its bytes: davlimits)


def _timeout() -> float:
    """``KABAR_SYNC_TIMEOUT`` (seconds), for slow links; else ``DEFAULT_TIMEOUT``."""
    try:
        value = float(os.environ.get("KABAR_SYNC_TIMEOUT", ""))
    except ValueError:
        return DEFAULT_TIMEOUT
    return min(max(value, 0.5), 3600.0) if value == value else DEFAULT_TIMEOUT


class WebDAVTarget:
    ordered = True

    def __init__(
        self,
        url: str,
        user: str = "",
        password: str = "",
        *,
        ca_file: str | None = None,
        timeout: float | None = None,
    ):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise TargetError("other", N_("{url} is not a WebDAV address"), url=url)
        self.https = parts.scheme == "https"
        self.host = parts.hostname
        self.port = parts.port or (443 if self.https else 80)
        base = unquote(parts.path or "/")
        if not base.endswith("/"):
            base += "/"
        self.base = quote(base + ROOT)
        self.origin = f"{parts.scheme}://{self.host}:{self.port}"
        self.key = self.origin + self.base
        self.display = f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}{parts.path}"
        check_plain_http(parts.scheme, self.host, self.display, bool(user or password))
        self.timeout = timeout or _timeout()
        self.context = ssl.create_default_context(cafile=ca_file) if self.https else None
        self.headers = {"User-Agent": "Kabar"}
        if user or password:
            token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
            self.headers["Authorization"] = f"Basic {token}"
        self._local = threading.local()
        self._all: list[http.client.HTTPConnection] = []
        self._lock = threading.Lock()
        self._watchdog = Watchdog()

    # --- the interface -----------------------------------------------------------------------
    def prepare(self) -> None:
        for path in ("", "drafts/", "stamps/"):
            status, _ = self._request("MKCOL", self.base + path)
            if status == 409:
                raise TargetError(
                    "missing", N_("the folder {url} is not on the server"), url=self.display
                )
            if status not in (201, 405):  # 405: it exists already; a redirect is refused
                self._fail("MKCOL", status)

    def list(self, folder: str) -> dict[str, str]:
        path = f"{self.base}{folder}/"
        status, body = self._request(
            "PROPFIND",
            path,
            _PROPFIND,
            {"Depth": "1", "Content-Type": 'application/xml; charset="utf-8"'},
            cap=MAX_LISTING_BYTES,
        )
        if status != 207:
            self._fail("PROPFIND", status)
        try:
            tree = ET.fromstring(body)
        except ET.ParseError:
            raise TransientError("server", N_("the server's answer was incomplete")) from None
        out = {}
        prefix = unquote(path)
        for response in tree.iter(f"{_DAV}response"):
            href = unquote(urlsplit(response.findtext(f"{_DAV}href") or "").path)
            name = href[len(prefix) :] if href.startswith(prefix) else href.rpartition("/")[2]
            if not name or "/" in name.rstrip("/") or name.endswith("/"):
                continue
            out[name] = (response.findtext(f".//{_DAV}getetag") or "").strip('"')
        return out

    def read(self, folder: str, name: str) -> bytes:
        try:
            status, body = self._request(
                "GET", f"{self.base}{folder}/{quote(name)}", cap=MAX_BUNDLE_BYTES
            )
        except TooBig as exc:  # this bundle is set aside; the sync goes on
            raise DraftError(
                [Problem(name, N_("larger than {limit} MB: not read"), {"limit": exc.limit_mb})]
            ) from None
        if status == 404:
            raise NotFound(name)
        if status != 200:
            self._fail("GET", status)
        return body

    def write(self, folder: str, name: str, data: bytes, temp: str) -> None:
        source = f"{self.base}{folder}/{quote(temp)}"
        target = f"{self.base}{folder}/{quote(name)}"
        status, _ = self._request("PUT", source, data, {"Content-Type": "application/zip"})
        if status not in (200, 201, 204):
            self._fail("PUT", status)
        status, _ = self._request(
            "MOVE", source, None, {"Destination": self.origin + target, "Overwrite": "T"}
        )
        if status in (201, 204):
            return
        if status == 404 and self._exists(target):
            return  # a repeated MOVE: the first one did it
        self._fail("MOVE", status)

    def delete(self, folder: str, name: str) -> None:
        status, _ = self._request("DELETE", f"{self.base}{folder}/{quote(name)}")
        if status not in (200, 204, 404):
            self._fail("DELETE", status)

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()

    # --- HTTP --------------------------------------------------------------------------------
    def _exists(self, path: str) -> bool:
        status, _ = self._request("PROPFIND", path, _PROPFIND, {"Depth": "0"})
        return status == 207

    def _conn(self) -> http.client.HTTPConnection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            if self.https:
                conn = http.client.HTTPSConnection(
                    self.host, self.port, timeout=self.timeout, context=self.context
                )
            else:
                conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def _drop(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def _request(
        self, method: str, path: str, body=None, headers=None, *, cap: int = MAX_OTHER_BYTES
    ) -> tuple[int, bytes]:
        """(status, body). The deadline: ``timeout`` plus 1/MIN_RATE s per byte sent or
        received; a body past ``cap`` raises ``TooBig`` for a GET, else ``TargetError``."""
        conn = self._conn()
        started = time.monotonic()
        with self._watchdog.watch(conn, self.timeout + len(body or b"") / MIN_RATE) as watch:
            try:
                conn.request(method, path, body, {**self.headers, **(headers or {})})
                response = conn.getresponse()
                data = read_capped(response, cap, watch)
            except TooBig as exc:
                self._drop()
                if method == "GET":
                    raise
                raise TargetError(
                    "too_big",
                    N_("the server's answer to {method} is larger than {limit} MB: not read"),
                    method=method,
                    limit=exc.limit_mb,
                ) from None
            except (OSError, http.client.HTTPException) as exc:
                # connected, then silent for a whole timeout: as slow as a late deadline
                silent = isinstance(exc, TimeoutError) and conn.sock is not None
                self._drop()
                if watch.expired or silent:
                    raise self._slow(started) from None
                raise self._failed(exc) from None
            if watch.expired:  # cut while the server was "ending" its answer
                self._drop()
                raise self._slow(started)
        if response.will_close:
            self._drop()
        if response.status == 401:
            raise TargetError("auth", N_("the server refused the user name or password"))
        return response.status, data

    def _slow(self, started: float) -> TransientError:
        return TransientError(
            "slow",
            N_("the server {url} is too slow: Kabar stopped waiting after {seconds} s"),
            url=self.display,
            seconds=round(time.monotonic() - started),
        )

    def _failed(self, exc: Exception) -> TargetError:
        if isinstance(exc, ssl.SSLCertVerificationError):
            return TargetError(
                "certificate",
                N_("the server's certificate cannot be trusted ({reason})"),
                reason=exc.verify_message or exc.reason,
            )
        return TransientError(
            "unreachable",
            N_("the server {url} did not answer ({reason})"),
            url=self.display,
            reason=type(exc).__name__,
        )

    def _fail(self, method: str, status: int):
        if status == 423:
            raise TransientError("locked", N_("the file on the server is locked"))
        if status == 507:
            raise TransientError("full", N_("the server has no space left"))
        if status in (408, 429) or status >= 500:
            raise TransientError("server", N_("the server failed (HTTP {status})"), status=status)
        if status == 403:
            raise TargetError("refused", N_("the server does not let Kabar write there"))
        if 300 <= status < 400:
            raise TargetError(
                "refused",
                N_(
                    "the server redirects {method} elsewhere (HTTP {status}): Kabar does not "
                    "follow redirects; check the address"
                ),
                method=method,
                status=status,
            )
        raise TargetError(
            "refused",
            N_("the server refused {method} (HTTP {status})"),
            method=method,
            status=status,
        )
