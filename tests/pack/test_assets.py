"""Asset checks recognise real files and refuse damaged ones, without pygame."""

from __future__ import annotations

import io
import struct
import wave
import zlib
from pathlib import Path

import pytest

from rumours_game.pack.assets import asset_problem, resolve_asset

FONTS = Path(__file__).resolve().parents[2] / "assets" / "fonts"


def png(width: int = 2, height: int = 2, crc_ok: bool = True) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) ^ (0 if crc_ok else 1)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    rows = b"".join(b"\0" + b"\xff\0\0" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def jpeg() -> bytes:
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, 1, 1, 1) + b"\x01\x11\x00"
    return (
        b"\xff\xd8\xff\xe0" + struct.pack(">H", 16) + b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0" + sof + b"\xff\xd9"
    )


def wav() -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\0\0" * 100)
    return buffer.getvalue()


def ogg() -> bytes:
    payload = b"\x01vorbis" + b"\0" * 22
    return b"OggS\0\x02" + b"\0" * 20 + bytes([1, len(payload)]) + payload


@pytest.mark.parametrize(
    ("name", "data"),
    [("a.png", png()), ("a.JPG", jpeg()), ("a.jpeg", jpeg()), ("a.wav", wav()), ("a.ogg", ogg())],
)
def test_good_assets_pass(name: str, data: bytes) -> None:
    assert asset_problem(name, data) is None


def test_shipped_fonts_pass() -> None:
    fonts = sorted(FONTS.glob("*.ttf"))
    assert fonts
    for font in fonts:
        assert asset_problem(font.name, font.read_bytes()) is None


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("a.png", png(crc_ok=False), "checksum"),
        ("a.png", png()[:40], "cut short"),
        ("a.png", png(width=0), "impossible size"),
        ("a.png", jpeg(), "PNG"),
        ("a.jpg", png(), "JPEG"),
        ("a.jpg", jpeg()[:12], "cut short"),
        ("a.wav", b"RIFF\0\0\0\0WAVE", "no format"),
        ("a.ogg", b"OggS\0" + b"\0" * 30, "Vorbis"),
        ("a.ttf", b"\0\1\0\0" + b"\0" * 8, "table directory"),
        ("a.otf", b"hello world!", "font"),
    ],
)
def test_damaged_assets_explained(name: str, data: bytes, words: str) -> None:
    reason = asset_problem(name, data)
    assert reason is not None and words in reason


def test_unknown_suffix_is_not_judged() -> None:
    assert asset_problem("LICENCE.txt", b"anything") is None


def test_asset_names_from_pack_top_or_assets_folder() -> None:
    files = {"assets/rooms/hall.png", "notes.png"}
    assert resolve_asset("assets/rooms/hall.png", files) == "assets/rooms/hall.png"
    assert resolve_asset("rooms/hall.png", files) == "assets/rooms/hall.png"
    assert resolve_asset("rooms/cellar.png", files) is None
