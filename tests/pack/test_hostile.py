"""Hostile input made on the fly (too big to commit, or links and zips): clear problems, no hang, no crash."""

from __future__ import annotations

import os
import stat
import time
import zipfile
from pathlib import Path

from rumours_game.pack import check_pack, load_pack
from rumours_game.pack.problems import PackError
from rumours_game.pack.sources import MAX_ASSET_BYTES
from rumours_game.pack.yamlsrc import MAX_FILE_BYTES


def _codes(path: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for p in check_pack(path).problems:
        found.setdefault(p.code, []).append(p.file)
    return found


def _zip(pack: Path, dest: Path, top: str = "my-pack/") -> Path:
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(pack.rglob("*")):
            if file.is_file():
                archive.write(file, top + file.relative_to(pack).as_posix())
    return dest


def test_file_over_size_limit(valid_pack: Path) -> None:
    filler = "# padding line for the size limit test\n" * (MAX_FILE_BYTES // 38 + 10)
    (valid_pack / "big.yaml").write_text(filler + "strings: {}\n")
    assert _codes(valid_pack)["file-too-large"] == ["big.yaml"]


def test_symlink_out_of_pack_refused(valid_pack: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG\r\n\x1a\n")
    (valid_pack / "assets").mkdir()
    os.symlink(secret, valid_pack / "assets" / "hall.png")
    os.symlink(tmp_path, valid_pack / "assets" / "outside")
    found = _codes(valid_pack)
    assert sorted(found["unsafe-path"]) == ["assets/hall.png", "assets/outside"]


def test_symlink_inside_pack_allowed(valid_pack: Path) -> None:
    os.symlink(valid_pack / "rooms.yaml", valid_pack / "rooms-link.yml")
    found = _codes(valid_pack)
    assert "unsafe-path" not in found
    assert "duplicate-id" in found  # the linked file is read like any other


def test_zipped_pack_in_a_folder_loads(valid_pack: Path, tmp_path: Path) -> None:
    pack = load_pack(_zip(valid_pack, tmp_path / "pack.zip"))
    assert pack.id == "broken-case"


def test_zipped_pack_at_top_loads(valid_pack: Path, tmp_path: Path) -> None:
    assert load_pack(_zip(valid_pack, tmp_path / "pack.zip", top="")).rooms[0].id == "hall"


def test_zip_slip_refused(valid_pack: Path, tmp_path: Path) -> None:
    dest = _zip(valid_pack, tmp_path / "pack.zip", top="")
    with zipfile.ZipFile(dest, "a") as archive:
        archive.writestr("../../evil.yaml", "rooms: []\n")
        archive.writestr("/abs/evil.yaml", "rooms: []\n")
        archive.writestr("C:/evil.yaml", "rooms: []\n")
    found = _codes(dest)
    assert sorted(found["zip-unsafe-path"]) == ["../../evil.yaml", "/abs/evil.yaml", "C:/evil.yaml"]
    assert not (tmp_path.parent / "evil.yaml").exists()


def test_zip_symlink_refused(valid_pack: Path, tmp_path: Path) -> None:
    dest = _zip(valid_pack, tmp_path / "pack.zip", top="")
    with zipfile.ZipFile(dest, "a") as archive:
        info = zipfile.ZipInfo("assets/link.png")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, "/etc/passwd")
    assert _codes(dest)["zip-symlink"] == ["assets/link.png"]


def test_zip_bomb_refused_quickly(valid_pack: Path, tmp_path: Path) -> None:
    dest = _zip(valid_pack, tmp_path / "pack.zip", top="")
    with zipfile.ZipFile(dest, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("assets/bomb.png", b"\0" * (MAX_ASSET_BYTES + 1))
        archive.writestr("assets/ratio.wav", b"\0" * (3 * 1024 * 1024))
    start = time.perf_counter()
    found = _codes(dest)
    assert time.perf_counter() - start < 1.0
    assert sorted(found["zip-too-large"]) == ["assets/bomb.png", "assets/ratio.wav"]


def test_damaged_zip(tmp_path: Path) -> None:
    dest = tmp_path / "pack.zip"
    dest.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    result = check_pack(dest)
    assert [p.code for p in result.problems] in (["zip-invalid"], ["pack-not-found"])


def test_missing_path_and_plain_file(tmp_path: Path) -> None:
    assert [p.code for p in check_pack(tmp_path / "nothing").problems] == ["pack-not-found"]
    (tmp_path / "notes.txt").write_text("hello")
    assert [p.code for p in check_pack(tmp_path / "notes.txt").problems] == ["pack-not-found"]


def test_billion_laughs_fails_fast(valid_pack: Path) -> None:
    lines = ["strings: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"x{i}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]" for i in range(20)]
    (valid_pack / "bomb.yaml").write_text("\n".join(lines) + "\n")
    start = time.perf_counter()
    found = _codes(valid_pack)
    assert time.perf_counter() - start < 0.5
    assert found["yaml-alias-bomb"] == ["bomb.yaml"]


def test_load_pack_raises_with_all_problems(valid_pack: Path) -> None:
    text = (valid_pack / "rooms.yaml").read_text()
    (valid_pack / "rooms.yaml").write_text(
        text.replace("name: The hall", "nmae: The hall").replace("lock]", "lok]")
    )
    try:
        load_pack(valid_pack)
    except PackError as err:
        assert {p.code for p in err.problems} == {"unknown-key"}
        assert "error" in str(err)
    else:
        raise AssertionError("a broken pack loaded")
