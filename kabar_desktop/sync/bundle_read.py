"""Reading a bundle with every limit checked while reading, never trusting what it says.

A bundle comes from another office, a cloud client, a damaged disk or an older Kabar: its
ZIP headers may lie about sizes, a tiny member may inflate to gigabytes, a "file" in the
shared folder may be a FIFO, a link to ``/dev/zero`` or a 10 GB sparse file. So the folder
file is opened without following links and without blocking, checked to be a regular file
of sane size, and read up to a cap; the ZIP's member count is read before its directory is
loaded; every member is inflated in pieces and counted (per member, for the photos together
and in total); JSON has a size and a depth limit. Any refusal is a ``Refused``: one line
naming the bundle, which the sync sets aside while it goes on. See docs/sync.md, "Limits".
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections import Counter
from itertools import accumulate
from pathlib import Path

from kabar_desktop.model.draft_file import MAX_JSON_BYTES, MAX_PHOTO_BYTES
from kabar_desktop.model.problems import N_, DraftError, Problem
from kabar_desktop.regular_file import NotRegularFile, TooLarge, read_regular

MIB = 1024 * 1024
MAX_BUNDLE_BYTES = 256 * MIB  # the bundle file itself (as davlimits.MAX_BUNDLE_BYTES)
MAX_MEMBERS = 256  # draft.json, kabar-sync.json and the photos
MAX_META_BYTES = 1 * MIB  # kabar-sync.json: 500 ancestors (14 KB) and the longest remark
MAX_PHOTOS_BYTES = 200 * MIB  # all photos together, each counted as often as it is used
MAX_INFLATED = MAX_JSON_BYTES + MAX_META_BYTES + MAX_PHOTOS_BYTES
MAX_JSON_DEPTH = 64  # a draft nests 5 levels deep
_PIECE = 1024 * 1024
# A string's closing quote is optional: each opening quote then takes the rest of the text
# at once when it never closes, instead of being tried again from every later quote
# ('\\"' * n was quadratic: 40 KB took 6 s). Such JSON is refused by the parser anyway.
_STRING = re.compile(r'"(?:[^"\\]|\\.)*+"?', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_DEPTH = {"[": 1, "{": 1, "]": -1, "}": -1}
_LEAF = re.compile(r"\[\]|\{\}")
_OPENERS = re.compile(r"[\[{]{" + str(MAX_JSON_DEPTH + 1) + "}")


def _too_deep(skeleton: str) -> bool:
    """Whether brackets nest deeper than ``MAX_JSON_DEPTH``. Balanced ones, as every draft's,
    empty in at most that many passes that each drop the innermost pairs at C speed (summing
    depths bracket by bracket in Python was a third of reading a bundle); a hostile run of
    openers is seen at once; the rest are counted bracket by bracket."""
    run = _OPENERS.search(skeleton)  # more opened in a row than allowed, from depth >= 0
    if run:
        start = run.start()
        opened = sum(skeleton.count(c, 0, start) for c in "[{")
        if opened - sum(skeleton.count(c, 0, start) for c in "]}") >= 0:
            return True
    shrinking = skeleton
    for _ in range(MAX_JSON_DEPTH):
        if not shrinking:
            return False
        shorter = _LEAF.sub("", shrinking)
        if len(shorter) == len(shrinking):
            break
        shrinking = shorter
    else:
        if not shrinking:
            return False
    return max(accumulate(map(_DEPTH.__getitem__, skeleton))) > MAX_JSON_DEPTH


class Refused(Exception):
    """A bundle Kabar will not read: an English template (``N_``) and its parameters."""

    def __init__(self, template: str, **params):
        super().__init__(template.format(**params))
        self.template, self.params = template, params

    def error(self, name: str) -> DraftError:
        """The one-line problem naming the bundle ``name``."""
        return DraftError([Problem(name, self.template, self.params)])


def read_file(path: Path, cap: int = MAX_BUNDLE_BYTES) -> bytes:
    """A bundle file's bytes: a regular file (not a link, FIFO, device or folder) of at most
    ``cap`` bytes, checked on the open descriptor and counted while reading
    (``kabar_desktop/regular_file.py``). ``FileNotFoundError`` if it is gone."""
    try:
        return read_regular(path, cap, follow_links=False)
    except NotRegularFile as exc:
        if exc.link:
            raise Refused(N_("is a link, not a bundle: not read")) from None
        raise Refused(N_("is not a regular file: not read")) from None
    except IsADirectoryError:
        raise Refused(N_("is not a regular file: not read")) from None
    except TooLarge:
        raise Refused(N_("is larger than {limit} MB: not read"), limit=max(1, cap // MIB)) from None
    except PermissionError:  # one file: the others are still read
        raise Refused(N_("Kabar may not read it: not read")) from None


def load_json(raw: bytes, member: str, cap: int, encoding: str = "utf-8") -> object:
    """``raw`` as JSON of at most ``cap`` bytes and ``MAX_JSON_DEPTH`` levels."""
    if len(raw) > cap:
        raise Refused(N_("{member} is larger than {limit}"), member=member, limit=_size(cap))
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        raise Refused(N_("{member} is not valid JSON"), member=member) from None
    skeleton = _NOT_BRACKET.sub("", _STRING.sub("", text))
    if _too_deep(skeleton):
        raise Refused(
            N_("{member} is nested deeper than {limit} levels"),
            member=member,
            limit=MAX_JSON_DEPTH,
        )
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # a 5,000-digit number is a ValueError too
        raise Refused(N_("{member} is not valid JSON"), member=member) from None


class BundleZip:
    """A bundle's ZIP, its members read with limits. Checked on opening: the member count
    (before the directory is loaded), no name twice, no encryption, stored or deflated."""

    def __init__(self, data: bytes):
        fp = io.BytesIO(data)
        # zipfile's own reader of the end record: the count, before loading the directory
        # (private, so not in zipfile's type stubs)
        end = zipfile._EndRecData(fp)  # type: ignore[attr-defined]  # noqa: SLF001
        if end is None:
            raise zipfile.BadZipFile("no end of central directory")
        if end[zipfile._ECD_ENTRIES_TOTAL] > MAX_MEMBERS:  # type: ignore[attr-defined]  # noqa: SLF001
            raise Refused(N_("holds more than {limit} files"), limit=MAX_MEMBERS)
        self.zf = zipfile.ZipFile(fp)
        infos = self.zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise Refused(N_("holds more than {limit} files"), limit=MAX_MEMBERS)
        twice = [n for n, count in Counter(i.filename for i in infos).items() if count > 1]
        if twice:
            raise Refused(N_("holds two members named {member}"), member=twice[0])
        for info in infos:
            if info.flag_bits & 0x1:
                raise Refused(N_("{member} is encrypted"), member=info.filename)
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise Refused(
                    N_("{member} uses a compression Kabar does not read"), member=info.filename
                )
        self.inflated = 0
        self.photos = 0

    def __enter__(self) -> BundleZip:
        return self

    def __exit__(self, *exc) -> None:
        self.zf.close()

    def read(self, member: str, cap: int, over: Refused | None = None) -> bytes:
        """The member's bytes, inflated in pieces and counted: never more than ``cap``
        whatever its header says (else ``over`` is raised). ``KeyError`` if it is absent."""
        buf = bytearray()
        with self.zf.open(self.zf.getinfo(member)) as f:
            while piece := f.read(min(_PIECE, cap + 1 - len(buf))):
                buf += piece
                self.inflated += len(piece)
                if len(buf) > cap:
                    raise over or Refused(
                        N_("{member} is larger than {limit} when unpacked"),
                        member=member,
                        limit=_size(cap),
                    )
                if self.inflated > MAX_INFLATED:
                    raise Refused(N_("unpacks to more than {limit} MB"), limit=MAX_INFLATED // MIB)
        return bytes(buf)

    def json(self, member: str, cap: int, encoding: str = "utf-8") -> object:
        return load_json(self.read(member, cap), member, cap, encoding)

    def photo(self, member: str) -> bytes:
        """A photo member; a photo used twice counts twice against ``MAX_PHOTOS_BYTES``."""
        left = MAX_PHOTOS_BYTES - self.photos
        together = Refused(
            N_("its photos together are larger than {limit}"), limit=_size(MAX_PHOTOS_BYTES)
        )
        if left < MAX_PHOTO_BYTES:
            data = self.read(member, left, together)
        else:
            data = self.read(member, MAX_PHOTO_BYTES)
        self.photos += len(data)
        return data


def _size(limit: int) -> str:
    return f"{limit // MIB} MB" if limit >= MIB else f"{limit // 1024} KB"
