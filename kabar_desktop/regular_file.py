"""Opening a file someone else named: only a regular file, checked on the open descriptor.

A draft, an article, a photo or a shared folder's bundle is named by a user, a draft or
another office, and the name may point at a FIFO (opening it waits for a writer), a device
(``/dev/zero`` never ends) or a link. Checking the name first and opening it afterwards
leaves a gap in which it can be swapped. So the file is opened without blocking (and, where
a link must not be followed, without following one), the *open descriptor* is checked with
``os.fstat``, and it is read with a limit counted while reading (a file may grow meanwhile).
Windows has neither ``O_NONBLOCK`` nor ``O_NOFOLLOW`` (nor FIFOs to block on): the flags are 0
there and ``fstat`` still refuses what is not a regular file.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

TYPE_CHECKING = False  # typing costs a bare interpreter ~3 ms (cli.py)
if TYPE_CHECKING:
    from typing import BinaryIO

_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
# What ``open`` says of a link under O_NOFOLLOW (Linux, macOS: ELOOP; FreeBSD: EMLINK)
_LINK_ERRNOS = (errno.ELOOP, errno.EMLINK)
_PIECE = 1 << 20


class NotRegularFile(Exception):
    """The name is a link (``link`` True, when links are not followed) or a FIFO, device or
    socket: nothing was read from it."""

    def __init__(self, path: Path | str, link: bool = False):
        super().__init__(f"{path}: {'a link' if link else 'not a regular file'}")
        self.link = link


class TooLarge(Exception):
    """The file holds more than ``limit`` bytes (by its size, or counted while reading)."""

    def __init__(self, path: Path | str, limit: int):
        super().__init__(f"{path}: larger than {limit} bytes")
        self.limit = limit


def open_regular(path: Path | str, *, follow_links: bool = True) -> BinaryIO:
    """The regular file at ``path``, open for reading (the caller closes it).

    Raises ``NotRegularFile`` (a FIFO, device, socket; a link when ``follow_links`` is
    False), ``IsADirectoryError`` for a folder, and what ``os.open`` raises otherwise
    (``FileNotFoundError``, ``PermissionError``).
    """
    flags = _FLAGS | (0 if follow_links else _NOFOLLOW)
    if not follow_links and not _NOFOLLOW and os.path.islink(path):  # Windows: the name only
        raise NotRegularFile(path, link=True)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if not follow_links and exc.errno in _LINK_ERRNOS:
            raise NotRegularFile(path, link=True) from None
        if exc.errno == errno.ENXIO:  # a socket, or a device with nothing behind it
            raise NotRegularFile(path) from None
        raise
    try:
        mode = os.fstat(fd).st_mode  # the file opened, not the name: it may have been swapped
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(mode):
            raise NotRegularFile(path)
        return os.fdopen(fd, "rb", buffering=0)
    except BaseException:
        os.close(fd)
        raise


def read_capped(f: BinaryIO, limit: int, path: Path | str = "") -> bytes:
    """All of ``f`` from where it stands, refused (``TooLarge``) past ``limit`` bytes: by the
    size ``fstat`` gives first, then by the bytes counted."""
    if os.fstat(f.fileno()).st_size > limit:
        raise TooLarge(path, limit)
    buf = bytearray()
    while piece := f.read(min(_PIECE, limit + 1 - len(buf))):
        buf += piece
        if len(buf) > limit:  # the file grew while being read
            raise TooLarge(path, limit)
    return bytes(buf)


def read_regular(path: Path | str, limit: int, *, follow_links: bool = True) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them (``open_regular``
    and ``read_capped`` say what is raised)."""
    with open_regular(path, follow_links=follow_links) as f:
        return read_capped(f, limit, path)
