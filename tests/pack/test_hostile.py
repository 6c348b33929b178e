"""Hostile input made on the fly (too big to commit, or links and zips): clear problems, no hang, no crash."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path
from typing import IO, Any

import pytest
import yaml

from rumours_game.pack import check_pack, load_pack, yamlsrc
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


def test_zip_bomb_refused_without_unpacking_it(
    valid_pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = _zip(valid_pack, tmp_path / "pack.zip", top="")
    with zipfile.ZipFile(dest, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("assets/bomb.png", b"\0" * (MAX_ASSET_BYTES + 1))
        archive.writestr("assets/ratio.wav", b"\0" * (3 * 1024 * 1024))
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def spy(self: zipfile.ZipFile, name: str | zipfile.ZipInfo, *args: Any, **kwargs: Any) -> IO[bytes]:
        opened.append(name.filename if isinstance(name, zipfile.ZipInfo) else name)
        return real_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    found = _codes(dest)
    assert sorted(found["zip-too-large"]) == ["assets/bomb.png", "assets/ratio.wav"]
    assert "pack.yaml" in opened, "the rest of the pack is still read"
    assert not {"assets/bomb.png", "assets/ratio.wav"} & set(opened), "refused entries are never unpacked"


def test_damaged_zip(tmp_path: Path) -> None:
    dest = tmp_path / "pack.zip"
    dest.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    result = check_pack(dest)
    assert [p.code for p in result.problems] in (["zip-invalid"], ["pack-not-found"])


def test_missing_path_and_plain_file(tmp_path: Path) -> None:
    assert [p.code for p in check_pack(tmp_path / "nothing").problems] == ["pack-not-found"]
    (tmp_path / "notes.txt").write_text("hello")
    assert [p.code for p in check_pack(tmp_path / "notes.txt").problems] == ["pack-not-found"]


def _nodes_written(file: Path) -> int:
    """How many YAML nodes a file spells out (each alias counts once, as written)."""
    todo = [yaml.compose(file.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)]
    seen: set[int] = set()
    while todo:
        node = todo.pop()
        if node is None or id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            todo += node.value
        elif isinstance(node, yaml.MappingNode):
            todo += [part for pair in node.value for part in pair]
    return len(seen)


def test_billion_laughs_stops_after_a_bounded_amount_of_work(
    valid_pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """10^21 values if expanded; the builder visits each written node once and stops at the alias limit."""
    lines = ["strings: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"x{i}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]" for i in range(20)]
    (valid_pack / "bomb.yaml").write_text("\n".join(lines) + "\n")
    built: list[int] = []
    real_build = yamlsrc._Builder.build

    def counting(self: yamlsrc._Builder, node: Any, depth: int) -> Any:
        built.append(depth)
        return real_build(self, node, depth)

    monkeypatch.setattr(yamlsrc._Builder, "build", counting)
    found = _codes(valid_pack)
    assert found["yaml-alias-bomb"] == ["bomb.yaml"]
    written = sum(_nodes_written(f) for f in valid_pack.rglob("*.yaml"))
    assert len(built) <= written, "work grows with what is written, not with what aliases expand to"


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
