"""A pack that validates cannot hang or exhaust the game, and no pack makes validate fail with an internal
error (findings 3, 8, 9 and 14 of issue 14)."""

from __future__ import annotations

import os
import struct
import threading
import zipfile
import zlib
from pathlib import Path

import pygame
import pytest

from rumours_game.pack import check_pack, sources, yamlsrc
from rumours_game.pack.limits import MAX_TEXT_CHARS, MAX_WORD_CHARS
from rumours_game.pack.sources import open_source
from rumours_game.ui.text import wrap


def _codes(path: Path) -> list[str]:
    return [p.code for p in check_pack(path).problems]


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png(width: int, height: int, pixels: bytes | None = None) -> bytes:
    raw = pixels if pixels is not None else b"\x00" * ((width * 4 + 1) * height)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(raw))
        + _chunk(b"IEND", b"")
    )


def _asset(pack: Path, name: str, data: bytes) -> None:
    (pack / "assets").mkdir(exist_ok=True)
    (pack / "assets" / name).write_bytes(data)


def test_a_pipe_in_the_pack_is_never_opened(valid_pack: Path) -> None:
    (valid_pack / "assets" / "sounds").mkdir(parents=True)
    fifo = valid_pack / "assets" / "sounds" / "busted.ogg"  # the game reads this sound by name, unchecked
    os.mkfifo(fifo)
    outcome: list[object] = []

    def read() -> None:
        source = open_source(valid_pack)
        try:
            source.read("assets/sounds/busted.ogg", 1000)
        except OSError as err:
            outcome.append(err)
        finally:
            source.close()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=30)
    if reader.is_alive():  # unblock the reader before failing
        with open(fifo, "wb"):
            pass
    assert outcome and "not a regular file" in str(outcome[0])


def test_a_picture_is_limited_by_its_decoded_size(valid_pack: Path) -> None:
    _asset(valid_pack, "huge.png", _png(16384, 16384, pixels=b"\x00" * 10))
    assert "bad-asset" in _codes(valid_pack)
    problem = next(p for p in check_pack(valid_pack).problems if p.code == "bad-asset")
    assert "once opened" in problem.message


def test_a_png_damaged_after_its_first_4_kb_is_refused(valid_pack: Path) -> None:
    good = zlib.compress(os.urandom(256 * (1 + 256 * 4)), 0)  # stored blocks: the damage stays put
    damaged = bytearray(good)
    damaged[len(damaged) // 2 : len(damaged) // 2 + 64] = b"\xff" * 64  # a stored block's header breaks
    header = struct.pack(">IIBBBBB", 256, 256, 8, 6, 0, 0, 0)
    data = (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", bytes(damaged))
        + _chunk(b"IEND", b"")
    )
    _asset(valid_pack, "whole.png", data.replace(_chunk(b"IDAT", bytes(damaged)), _chunk(b"IDAT", good)))
    assert "bad-asset" not in _codes(valid_pack)
    _asset(valid_pack, "damaged.png", data)
    assert "bad-asset" in _codes(valid_pack)


def test_a_picture_of_a_usual_size_passes(valid_pack: Path) -> None:
    _asset(valid_pack, "fine.png", _png(64, 32))
    assert "bad-asset" not in _codes(valid_pack)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("word " * (MAX_TEXT_CHARS // 5 + 10), "text-too-long"),
        ("x" * (MAX_WORD_CHARS + 1), "word-too-long"),
        ("Welcome\x1b[2J\x1b[31m to the hall", "control-character"),
    ],
)
def test_texts_are_bounded_by_validate(valid_pack: Path, text: str, code: str) -> None:
    rooms = valid_pack / "rooms.yaml"
    quoted = text.replace("\x1b", "\\e")
    rooms.write_text(
        rooms.read_text().replace("name: The hall", f'name: The hall\n    description: "{quoted}"')
    )
    assert code in _codes(valid_pack)


class CountingFont:
    """A font that counts the letters it is asked to measure."""

    def __init__(self) -> None:
        pygame.font.init()
        self.font = pygame.font.Font(None, 24)
        self.letters = 0

    def size(self, text: str) -> tuple[int, int]:
        self.letters += len(text)
        return self.font.size(text)


@pytest.mark.parametrize("text", ["x" * 50_000, "word " * 10_000, ("y" * 900 + " ") * 50])
def test_text_layout_is_linear_in_the_text_length(text: str) -> None:
    font = CountingFont()
    lines = wrap(font, text, 300)  # type: ignore[arg-type]
    assert all(font.font.size(line)[0] <= 300 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert font.letters <= 40 * len(text)  # a 4.9 MB word used to take hours (quadratic)


def test_a_number_too_long_for_python_is_a_problem_not_a_crash(valid_pack: Path) -> None:
    pack_yaml = valid_pack / "pack.yaml"
    pack_yaml.write_text(pack_yaml.read_text() + "\nstrings:\n  en:\n    title: " + "9" * 4301 + "\n")
    check_pack(valid_pack)  # used to raise ValueError
    text = pack_yaml.read_text().replace("minutes:", "minutes: " + "9" * 4301 + "\n#", 1)
    pack_yaml.write_text(text)
    assert "bad-value" in _codes(valid_pack) or "wrong-type" in _codes(valid_pack)


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_LZMA])
def test_damaged_compressed_data_in_a_zip_is_a_problem(valid_pack: Path, tmp_path: Path, method: int) -> None:
    archive = tmp_path / "pack.zip"
    with zipfile.ZipFile(archive, "w", method) as zf:
        for file in sorted(valid_pack.iterdir()):
            zf.write(file, file.name)
    raw = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
            for k in range(start + 2, start + min(info.compress_size, 40)):
                raw[k] ^= 0x5A
    archive.write_bytes(bytes(raw))
    assert "file-unreadable" in _codes(archive)  # used to raise zlib.error / LZMAError


def test_a_thousand_nested_folders_are_a_problem(valid_pack: Path) -> None:
    here = os.getcwd()
    os.chdir(valid_pack)
    try:
        for _ in range(1100):
            os.mkdir("d")
            os.chdir("d")
    finally:
        os.chdir(here)
    try:
        assert "unsafe-path" in _codes(valid_pack)  # used to raise RecursionError
    finally:
        _remove_deep(valid_pack / "d")


def _remove_deep(top: Path) -> None:
    """Remove a very deep chain of empty folders 'd/d/d/...' without recursion."""
    here = os.getcwd()
    os.chdir(top)
    try:
        depth = 0
        while os.path.isdir("d"):
            os.chdir("d")
            depth += 1
        for _ in range(depth):
            os.chdir("..")
            os.rmdir("d")
    finally:
        os.chdir(here)
    top.rmdir()


def test_file_names_that_are_not_utf8_or_hold_newlines_are_refused(valid_pack: Path) -> None:
    with open(os.path.join(bytes(valid_pack), b"notes-\xff.yaml"), "w") as fh:
        fh.write("strings: {}\n")
    (valid_pack / "x\nerror: forged.yaml").write_text("strings: {}\n")
    problems = [p for p in check_pack(valid_pack).problems if p.code == "unsafe-path"]
    assert len(problems) == 2
    assert all("\n" not in p.file and "\n" not in p.message for p in problems)


def test_duplicate_keys_are_found_in_linear_time(valid_pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    real = yamlsrc._scalar_value

    def counting(node: object) -> object:
        nonlocal calls
        calls += 1
        return real(node)  # type: ignore[arg-type]

    monkeypatch.setattr(yamlsrc, "_scalar_value", counting)
    keys = "".join(f"    k{i}: v\n" for i in range(3000))
    (valid_pack / "dups.yaml").write_text("strings:\n  en:\n" + keys + keys)
    assert "yaml-duplicate-key" in _codes(valid_pack)
    assert calls < 50_000  # was about 3000 x 3000 / 2


def test_a_folder_pack_has_a_total_size_limit(valid_pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "MAX_FOLDER_TOTAL", 1_000_000)
    for n in range(3):
        _asset(valid_pack, f"filler-{n}.png", b"\x00" * 400_000)
    assert "too-many-files" in _codes(valid_pack)


def test_an_unreadable_folder_is_reported_not_skipped(
    valid_pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (valid_pack / "rooms2").mkdir()
    (valid_pack / "rooms2" / "more.yaml").write_text("strings: {}\n")
    real = os.scandir

    def scandir(path: object) -> object:
        if str(path).endswith("rooms2"):
            raise PermissionError(13, "Permission denied")
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(sources.os, "scandir", scandir)
    problems = [p for p in check_pack(valid_pack).problems if p.code == "file-unreadable"]
    assert problems and problems[0].file == "rooms2"


def test_a_key_with_an_empty_value_is_not_a_crash(valid_pack: Path) -> None:
    """Found by the fuzzer: the copy-paste check read the first letter of an empty value."""
    from rumours_game.kiosk.config import parse_config

    (valid_pack / "more.yaml").write_text("strings:\n  en:\n    title: \n")
    check_pack(valid_pack)
    config, problems = parse_config(b"pack: \n", "kiosk.yaml")
    assert config is not None or problems


def test_a_pipe_as_kiosk_yaml_is_a_problem_not_a_hang(tmp_path: Path) -> None:
    from rumours_game.kiosk.config import ConfigError, load_config

    fifo = tmp_path / "kiosk.yaml"
    os.mkfifo(fifo)
    with pytest.raises(ConfigError, match="not a regular file"):
        load_config(fifo)
