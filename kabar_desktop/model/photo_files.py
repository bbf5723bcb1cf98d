"""Reading a photo file from the disk: only an ordinary file, only so much, only where allowed.

A ``.json`` draft names its photos by path, and a draft comes from anyone: a path must not
pull an arbitrary picture off the disk into an export, the database and the next sync
(``/home/…/any.jpg``, ``../../…``, a symlink pointing out), nor block or read without end
(``/dev/zero``, a FIFO). So a draft's photos lie in the draft's own folder tree, and every
photo file is opened without blocking, must be a regular file, and is read with a limit.
"""

from __future__ import annotations

import os
from pathlib import Path, PureWindowsPath

from kabar_desktop.model.photo_check import MAX_PHOTO_BYTES
from kabar_desktop.model.problems import N_
from kabar_desktop.regular_file import NotRegularFile, TooLarge, read_regular


class PhotoFileError(Exception):
    """Why a photo file cannot be taken: a message template and its parameters (``{name}``
    is filled in by the caller)."""

    def __init__(self, template: str, **params):
        super().__init__(template)
        self.template, self.params = template, params


def photo_beside(folder: Path, name: str) -> Path:
    """The file ``name`` (relative, ``/`` or ``\\``) within ``folder``'s tree, symlinks followed.

    Raises ``PhotoFileError`` for an absolute path or one that leads out of ``folder``.
    """
    text = name.replace("\\", "/")
    if not text.strip() or "\0" in text:
        raise PhotoFileError(N_("{name} is not a file name"))
    if text.startswith("/") or PureWindowsPath(name).drive or text[1:2] == ":":
        raise PhotoFileError(
            N_("{name} is an absolute path; a draft names its photos relative to its own folder")
        )
    root = os.path.realpath(folder)
    target = os.path.realpath(os.path.join(root, text))
    try:
        inside = os.path.commonpath([root, target]) == root
    except ValueError:  # Windows: another drive
        inside = False
    if not inside:
        raise PhotoFileError(
            N_("{name} lies outside the draft's folder; a draft's photos lie beside it")
        )
    return Path(target)


def read_photo_file(
    path: Path, limit: int = MAX_PHOTO_BYTES, *, follow_links: bool = True
) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them.

    Raises ``PhotoFileError`` naming what is wrong (missing, a folder, a device or pipe, a
    link when ``follow_links`` is False, too big, unreadable); the open descriptor is what is
    checked (``regular_file``), so a FIFO or device swapped in for the name is never waited on
    or read without end.
    """
    try:
        return read_regular(path, limit, follow_links=follow_links)
    except FileNotFoundError:
        raise PhotoFileError(N_("{name} is missing")) from None
    except PermissionError:
        raise PhotoFileError(N_("Kabar may not read {name}")) from None
    except IsADirectoryError:
        raise PhotoFileError(N_("{name} is a folder, not a photo")) from None
    except NotRegularFile as exc:
        if exc.link:
            raise PhotoFileError(
                N_("{name} lies outside the draft's folder; a draft's photos lie beside it")
            ) from None
        raise PhotoFileError(
            N_("{name} is not an ordinary file (a device, a pipe or a socket)")
        ) from None
    except TooLarge:
        raise PhotoFileError(
            N_("{name} is too big: Kabar takes photo files of at most {limit} MB"),
            limit=limit // (1024 * 1024),
        ) from None
    except OSError as exc:
        raise PhotoFileError(N_("{name} cannot be read: {reason}"), reason=exc.strerror) from None
