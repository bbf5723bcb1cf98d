"""A photo file's container, read byte by byte: cut to its real end and stripped of metadata.

Photos carry where and with what they were taken (EXIF GPS, XMP, IPTC, comments, PNG text
and eXIf chunks). This module keeps only what draws the picture: the JPEG segments that
decode it (tables, frame, scans) plus the JFIF, ICC colour profile and Adobe colour-transform
segments; the PNG chunks that decode it plus colour and transparency chunks. It also finds
the real end (the first JPEG end marker, the PNG ``IEND``): what follows (NUL padding, the
second picture of an MPO, anything appended) is dropped, and a file with no end is refused.
Nothing here decodes pixels; ``photo_check`` does that. Pure Python, linear in the file.
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_START = b"\xff\xd8\xff"

# JPEG markers that stand alone (no length): TEM, RST0-7
_STANDALONE = {0x01, *range(0xD0, 0xD8)}
# Start-of-frame markers (all but DHT C4, JPG C8, DAC CC)
_SOF = {m for m in range(0xC0, 0xD0) if m not in (0xC4, 0xC8, 0xCC)}
# The APPn segments kept, by marker and the identifier their data opens with
_KEPT_APP = {0xE0: (b"JFIF\0", b"JFXX\0"), 0xE2: (b"ICC_PROFILE\0",), 0xEE: (b"Adobe",)}
# Inside a scan a 0xFF is followed by 0x00 (a stuffed byte) or an RSTn; anything else ends it
_SCAN_END = re.compile(rb"\xff[^\x00\xd0-\xd7]")

_PNG_KEPT = {
    b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP", b"sBIT",
    b"bKGD", b"pHYs",
}  # fmt: skip
_PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}


class Damaged(ValueError):
    """The container is cut short or malformed: no picture can be trusted from it."""


@dataclass
class Cleaned:
    """What is left of a photo file once its metadata and trailing bytes are gone."""

    data: bytes
    kind: str  # "JPEG" or "PNG"
    orientation: int = 1  # the EXIF orientation it carried (1: upright), to be applied
    scans: int = 0  # JPEG: how many scans (1 for a baseline photo)
    frame: int = 0  # JPEG: the start-of-frame marker (0xC0 baseline, 0xC2 progressive, …)
    complete: bool = True  # JPEG: every component's every coefficient reached full precision
    coefficient_bytes: int = 0  # JPEG: what a decoder holding every coefficient needs


def clean_container(data: bytes) -> Cleaned:
    """``data`` cut to its real end, with only the picture's own segments or chunks.

    Raises ``Damaged`` when it is not a whole JPEG or PNG.
    """
    try:
        if data.startswith(JPEG_START):
            return _clean_jpeg(data)
        if data.startswith(PNG_SIGNATURE):
            return _clean_png(data)
    except (IndexError, struct.error) as exc:  # a field pointing past its segment
        raise Damaged(str(exc)) from None
    raise Damaged("neither JPEG nor PNG")


def _clean_jpeg(data: bytes) -> Cleaned:
    n, pos = len(data), 2
    out, result = [b"\xff\xd8"], Cleaned(b"", "JPEG")
    coverage: dict[int, set[int]] = {}  # component id → coefficients coded to the last bit
    while True:
        if pos >= n or data[pos] != 0xFF:
            raise Damaged("a JPEG segment does not start with a marker")
        while pos < n and data[pos] == 0xFF:  # fill bytes before a marker
            pos += 1
        if pos >= n:
            raise Damaged("cut short")
        marker = data[pos]
        pos += 1
        if marker == 0xD9:
            out.append(b"\xff\xd9")
            break
        if marker in _STANDALONE:
            out.append(bytes((0xFF, marker)))
            continue
        if marker in (0x00, 0xD8) or pos + 2 > n:
            raise Damaged("bad marker")
        length = int.from_bytes(data[pos : pos + 2], "big")
        if length < 2 or pos + length > n:
            raise Damaged("a segment runs past the end")
        body = data[pos + 2 : pos + length]
        segment = data[pos - 2 : pos + length]
        pos += length
        if 0xE0 <= marker <= 0xEF or marker == 0xFE:  # APPn, COM
            if marker == 0xE1 and body.startswith(b"Exif\0\0") and result.orientation == 1:
                result.orientation = exif_orientation(body[6:])
            if any(body.startswith(tag) for tag in _KEPT_APP.get(marker, ())):
                out.append(segment)
            continue
        out.append(segment)
        if marker in _SOF:
            result.frame = result.frame or marker
            coverage = {body[6 + 3 * i]: set() for i in range(body[5])} if len(body) > 5 else {}
            result.coefficient_bytes = max(result.coefficient_bytes, _coefficients(body))
        elif marker == 0xDA:  # start of scan: entropy-coded data up to the next marker
            _cover(coverage, body)
            end = _SCAN_END.search(data, pos)
            if end is None:
                raise Damaged("a scan runs to the end of the file")
            out.append(data[pos : end.start()])
            pos = end.start()
            result.scans += 1
    if not result.frame or not result.scans:
        raise Damaged("no picture in the JPEG")
    full = set(range(64)) if result.frame & 0x03 == 0x02 else {0}  # progressive: all 64
    lossless = result.frame & 0x03 == 0x03  # its scans name a predictor, not coefficients
    result.complete = lossless or all(full <= done for done in coverage.values())
    result.data = b"".join(out)
    return result


def _coefficients(frame: bytes) -> int:
    """Bytes of DCT coefficients (2 each) of all components of a frame, in whole blocks."""
    height, width, count = struct.unpack_from(">HHB", frame, 1)
    factors = [(frame[7 + 3 * i] >> 4, frame[7 + 3 * i] & 0x0F) for i in range(count)]
    h_max = max((h for h, _v in factors), default=1) or 1
    v_max = max((v for _h, v in factors), default=1) or 1
    total = 0
    for h, v in factors:
        blocks_x = _ceil(_ceil(width * h, h_max), 8)
        blocks_y = _ceil(_ceil(height * v, v_max), 8)
        total += blocks_x * blocks_y * 64 * 2
    return total


def _ceil(a: int, b: int) -> int:
    return (a + b - 1) // b


def _cover(coverage: dict[int, set[int]], header: bytes) -> None:
    """Mark what a scan codes to its last bit: a file cut between scans (with an end marker
    appended) lacks the later ones, which a progressive decoder would silently leave blank."""
    count = header[0] if header else 0
    if len(header) < 1 + 2 * count + 3:
        return
    first, last, bits = header[1 + 2 * count : 4 + 2 * count]
    if bits & 0x0F:  # Al > 0: a refinement scan will follow
        return
    for i in range(count):
        coverage.setdefault(header[1 + 2 * i], set()).update(range(first, min(last, 63) + 1))


def exif_orientation(tiff: bytes) -> int:
    """The orientation tag (1-8) of an EXIF block (a TIFF header and IFD0); 1 if none or odd."""
    if len(tiff) < 8 or tiff[:2] not in (b"II", b"MM"):
        return 1
    order = "<" if tiff[:2] == b"II" else ">"
    offset = struct.unpack_from(order + "I", tiff, 4)[0]
    if offset + 2 > len(tiff):
        return 1
    count = struct.unpack_from(order + "H", tiff, offset)[0]
    for i in range(min(count, (len(tiff) - offset - 2) // 12)):
        tag, kind, _n = struct.unpack_from(order + "HHI", tiff, offset + 2 + 12 * i)
        if tag == 0x0112 and kind in (3, 4):  # SHORT, as the standard says; some write LONG
            value = struct.unpack_from(order + "HI"[kind - 3], tiff, offset + 2 + 12 * i + 8)[0]
            return value if 1 <= value <= 8 else 1
    return 1


def _clean_png(data: bytes) -> Cleaned:
    n, pos = len(data), len(PNG_SIGNATURE)
    out, result = [PNG_SIGNATURE], Cleaned(b"", "PNG")
    header, idat = b"", []
    while True:
        if pos + 12 > n:
            raise Damaged("cut short")
        length, kind = struct.unpack_from(">I4s", data, pos)
        end = pos + 12 + length
        if end > n:
            raise Damaged("a chunk runs past the end")
        body = data[pos + 8 : end - 4]
        if zlib.crc32(kind + body) != int.from_bytes(data[end - 4 : end], "big"):
            raise Damaged("a chunk's checksum is wrong")
        if not header and kind != b"IHDR":
            raise Damaged("no IHDR first")
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"eXIf" and result.orientation == 1:
            result.orientation = exif_orientation(body)
        if kind in _PNG_KEPT:
            out.append(data[pos:end])
        pos = end
        if kind == b"IEND":
            break
    _check_pixels(header, idat)
    result.data = b"".join(out)
    return result


def _check_pixels(header: bytes, idat: list[bytes]) -> None:
    """Inflate the image data without keeping it: it must end, and hold exactly every row."""
    if len(header) != 13:
        raise Damaged("bad IHDR")
    width, height, depth, colour, _c, _f, interlace = struct.unpack(">IIBBBBB", header)
    if colour not in _PNG_CHANNELS or depth not in (1, 2, 4, 8, 16) or not idat:
        raise Damaged("bad IHDR")
    bits = depth * _PNG_CHANNELS[colour]
    passes = (
        [(8, 8, 0, 0), (8, 8, 4, 0), (4, 8, 0, 4), (4, 4, 2, 0), (2, 4, 0, 2), (2, 2, 1, 0),
         (1, 2, 0, 1)]
        if interlace
        else [(1, 1, 0, 0)]
    )  # fmt: skip
    expected = 0
    for dx, dy, x0, y0 in passes:
        w, h = (width - x0 + dx - 1) // dx, (height - y0 + dy - 1) // dy
        if w > 0 and h > 0:
            expected += h * (1 + (w * bits + 7) // 8)
    inflater, total = zlib.decompressobj(), 0
    try:
        for chunk in idat:
            pending = chunk
            while pending and not inflater.eof:
                total += len(inflater.decompress(pending, 1 << 20))
                if total > expected:
                    raise Damaged("more image data than rows")
                pending = inflater.unconsumed_tail
        while not inflater.eof and total <= expected:
            piece = inflater.decompress(b"", 1 << 20)
            if not piece:
                break
            total += len(piece)
    except zlib.error:
        raise Damaged("damaged image data") from None
    if not inflater.eof or total != expected:
        raise Damaged("the image data is cut short")
