"""Light checks that a pack's pictures, sounds and fonts are what their extensions say, without pygame.

Each check reads the file's structure (signatures, headers, chunk lengths and checksums) and returns a
plain-language reason when something is wrong, or None when the file looks usable.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable, Collection

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
SOUND_SUFFIXES = (".ogg", ".wav")
FONT_SUFFIXES = (".ttf", ".otf")
MAX_IMAGE_SIDE = 16384
MAX_IMAGE_PIXELS = 4096 * 4096
"""The most pixels a picture may have: decoded, 4 bytes each, that is 64 MB (a 4K background is 8.3 M)."""
_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}


def _too_big(width: int, height: int, kind: str) -> str | None:
    if not (0 < width <= MAX_IMAGE_SIDE and 0 < height <= MAX_IMAGE_SIDE):
        return f"the {kind} picture has an impossible size ({width} x {height})"
    if width * height > MAX_IMAGE_PIXELS:
        return (
            f"the {kind} picture is {width} x {height} pixels, which takes "
            f"{width * height * 4 // 2**20} MB once opened; the limit is {MAX_IMAGE_PIXELS // 10**6} million "
            "pixels (e.g. 4096 x 4096): make it smaller"
        )
    return None


class _Inflater:
    """Unpacks a PNG's picture data chunk by chunk without keeping it, counting the bytes it gives."""

    def __init__(self, expected: int, interlaced: bool) -> None:
        self.decoder = zlib.decompressobj()
        self.expected, self.interlaced, self.size = expected, interlaced, 0

    def feed(self, body: bytes) -> str | None:
        data = body
        try:
            while data:
                self.size += len(self.decoder.decompress(data, 1 << 20))
                data = self.decoder.unconsumed_tail
                if self.size > 2 * self.expected:
                    return "the PNG picture data unpacks to more than its size says"
        except zlib.error:
            return "the PNG picture data is damaged and cannot be unpacked"
        return None

    def finish(self) -> str | None:
        if not self.decoder.eof:
            return "the PNG picture data is cut short"
        if not self.interlaced and self.size != self.expected:
            return "the PNG picture data does not match the picture's size"
        return None


def _png(data: bytes) -> str | None:
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "it does not start like a PNG picture"
    pos = 8
    seen: list[bytes] = []
    inflater: _Inflater | None = None
    while pos + 12 <= len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if len(body) < length or pos + 12 + length > len(data):
            return "the PNG file is cut short"
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        if zlib.crc32(kind + body) != crc:
            return f"the PNG chunk '{kind.decode('latin-1')}' is damaged (checksum does not match)"
        if not seen and (kind != b"IHDR" or length != 13):
            return "the PNG file has no proper header (IHDR)"
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth not in (1, 2, 4, 8, 16) or colour not in _CHANNELS:
                return "the PNG header has an unknown colour format"
            reason = _too_big(width, height, "PNG")
            if reason:
                return reason
            row = (width * _CHANNELS[colour] * depth + 7) // 8
            inflater = _Inflater(height * (1 + row), interlace != 0)
        elif kind == b"IDAT" and inflater is not None:
            reason = inflater.feed(body)
            if reason:
                return reason
        seen.append(bytes(kind))
        if kind == b"IEND":
            if b"IDAT" not in seen or inflater is None:
                return "the PNG file holds no picture data"
            return inflater.finish()
        pos += 12 + length
    return "the PNG file is cut short (no end marker)"


def _jpeg(data: bytes) -> str | None:
    if not data.startswith(b"\xff\xd8\xff"):
        return "it does not start like a JPEG picture"
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return "the JPEG file is damaged"
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if length < 2 or pos + 2 + length > len(data):
            return "the JPEG file is cut short"
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            if length < 8:
                return "the JPEG header is damaged"
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
            return _too_big(width, height, "JPEG")
        if marker == 0xDA:
            break
        pos += 2 + length
    return "the JPEG file has no picture header"


def _ogg(data: bytes) -> str | None:
    if not data.startswith(b"OggS") or len(data) < 28 or data[4] != 0:
        return "it does not start like an OGG sound"
    segments = data[26]
    payload = data[27 + segments : 27 + segments + 8]
    if not (payload.startswith(b"\x01vorbis") or payload.startswith(b"OpusHead")):
        return "the OGG file holds neither Vorbis nor Opus sound"
    return None


def _wav(data: bytes) -> str | None:
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        return "it does not start like a WAV sound"
    pos, fmt_ok, has_data = 12, False, False
    while pos + 8 <= len(data):
        kind = data[pos : pos + 4]
        (size,) = struct.unpack("<I", data[pos + 4 : pos + 8])
        if kind == b"fmt ":
            if size < 16 or pos + 24 > len(data):
                return "the WAV format header is damaged"
            code, channels, rate = struct.unpack("<HHI", data[pos + 8 : pos + 16])
            if code not in (1, 3, 0xFFFE) or not 1 <= channels <= 8 or rate == 0:
                return "the WAV sound uses a format the game cannot play"
            fmt_ok = True
        elif kind == b"data":
            has_data = True
        pos += 8 + size + (size & 1)
    if not fmt_ok:
        return "the WAV file has no format header"
    return None if has_data else "the WAV file holds no sound data"


def _font(data: bytes) -> str | None:
    if len(data) < 12 or data[:4] not in (b"\x00\x01\x00\x00", b"OTTO", b"true"):
        return "it does not start like a TrueType or OpenType font"
    (count,) = struct.unpack(">H", data[4:6])
    if not 1 <= count <= 200 or 12 + 16 * count > len(data):
        return "the font's table directory is damaged"
    tags = set()
    for i in range(count):
        entry = data[12 + 16 * i : 28 + 16 * i]
        tag, _, offset, length = struct.unpack(">4sIII", entry)
        if offset + length > len(data):
            return "the font file is cut short"
        tags.add(tag)
    missing = {b"cmap", b"head"} - tags
    return f"the font has no '{min(missing).decode()}' table" if missing else None


_CHECKS: dict[str, Callable[[bytes], str | None]] = {
    ".png": _png,
    ".jpg": _jpeg,
    ".jpeg": _jpeg,
    ".ogg": _ogg,
    ".wav": _wav,
    ".ttf": _font,
    ".otf": _font,
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(_CHECKS)


def suffix_of(name: str) -> str:
    """The lower-case extension of a file name, with its dot ('' when none)."""
    base = name.rsplit("/", 1)[-1]
    return "." + base.rsplit(".", 1)[-1].lower() if "." in base else ""


def resolve_asset(name: str, files: Collection[str]) -> str | None:
    """The pack file an asset name means: written from the pack's top ('assets/rooms/hall.png') or from
    inside assets/ ('rooms/hall.png'); None when neither exists."""
    for candidate in (name, "assets/" + name):
        if candidate in files:
            return candidate
    return None


def asset_problem(name: str, data: bytes) -> str | None:
    """Why the asset file ``name`` with content ``data`` is not usable, or None when it looks fine."""
    check = _CHECKS.get(suffix_of(name))
    if check is None:
        return None
    try:
        return check(data)
    except struct.error:
        return "the file is cut short"
