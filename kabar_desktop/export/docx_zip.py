"""The DOCX's ZIP container, written with zlib alone: the bytes ``zipfile`` would write.

``zipfile`` brings shutil, bz2, lzma, threading and importlib.util into every ``kabar
export`` (~5 ms before a byte is written, issue 15 #8); a DOCX needs only deflated and stored
entries, written once, front to back. An entry is deflated once (``entry``): the parts of the
reference that never change are kept deflated in the cache folder (docx_template.py) and only
the article's own parts are deflated per export. Entries are laid out exactly as
``zipfile.ZipFile.writestr`` lays them out (tests/test_export_docx.py compares the bytes), and
an archive beyond ZIP's 4 GB limits is left to ``zipfile`` and its ZIP64 records.
"""

from __future__ import annotations

import os
import struct
import time
import zlib

TYPE_CHECKING = False  # typing costs a bare interpreter ~3 ms (cli.py)
if TYPE_CHECKING:
    from typing import BinaryIO

STORED, DEFLATED = 0, 8
_VERSION = 20  # 2.0: deflate; what zipfile writes for both methods
_SYSTEM = 0 if os.name == "nt" else 3  # zipfile's create_system
_ATTRIBUTES = 0o600 << 16  # zipfile.writestr's for a name given as text
_LIMIT = (1 << 31) - 1  # beyond this zipfile may need ZIP64: left to it

# One entry: name, method, CRC-32, size, the (deflated or stored) bytes.
Entry = tuple[str, int, int, int, bytes]


def entry(name: str, data: bytes, method: int = DEFLATED) -> Entry:
    """``data`` ready to be written as ``name``: deflated as zipfile deflates, or stored."""
    if method == DEFLATED:
        packer = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
        body = packer.compress(data) + packer.flush()
    else:
        body = data
    return (name, method, zlib.crc32(data), len(data), body)


def write_zip(out: BinaryIO, entries: list[Entry], when: float | None = None) -> None:
    """Write ``entries`` in order as a ZIP archive dated ``when`` (now, in local time)."""
    if sum(len(e[4]) + e[3] for e in entries) > _LIMIT or len(entries) > 0xFFFF:
        _write_with_zipfile(out, entries, when)
        return
    year, month, day, hour, minute, second = time.localtime(when)[:6]
    dos_date = (year - 1980) << 9 | month << 5 | day
    dos_time = hour << 11 | minute << 5 | second // 2
    central, offset = [], 0
    for name, method, crc, size, body in entries:
        raw_name, flags = _encoded(name)
        fields = (_VERSION, 0, flags, method, dos_time, dos_date, crc, len(body), size)
        header = struct.pack("<4s2B4HL2L2H", b"PK\x03\x04", *fields, len(raw_name), 0)
        out.write(header + raw_name)
        out.write(body)
        central.append(
            struct.pack(
                "<4s4B4HL2L5H2L",
                b"PK\x01\x02",
                _VERSION,
                _SYSTEM,
                *fields,
                len(raw_name),
                0,  # extra field
                0,  # comment
                0,  # disk number
                0,  # internal attributes
                _ATTRIBUTES,
                offset,
            )
            + raw_name
        )
        offset += len(header) + len(raw_name) + len(body)
    directory = b"".join(central)
    out.write(directory)
    count = len(entries)
    out.write(
        struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, len(directory), offset, 0)
    )


def _encoded(name: str) -> tuple[bytes, int]:
    """The name's bytes and flags, as zipfile encodes them (UTF-8 only when not ASCII)."""
    try:
        return name.encode("ascii"), 0
    except UnicodeEncodeError:
        return name.encode("utf-8"), 0x800


def _write_with_zipfile(out: BinaryIO, entries: list[Entry], when: float | None) -> None:
    """An archive past ZIP's 32-bit sizes: zipfile writes its ZIP64 records."""
    import zipfile  # noqa: PLC0415 - only for archives of gigabytes

    stamp = time.localtime(when)[:6]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, method, _crc, _size, body in entries:
            data = body if method == STORED else zlib.decompress(body, -15)
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = method
            info.external_attr = _ATTRIBUTES
            archive.writestr(info, data)
