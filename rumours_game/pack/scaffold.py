"""Making a new pack from the template: copy it, then set its id, title and languages, keeping comments."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import yaml

from rumours_game.pack.models import ID_RE
from rumours_game.pack.sources import SKIPPED_NAMES

SCHEMA_LINE = re.compile(r"^(# yaml-language-server: \$schema=)(\S+)", re.MULTILINE)


def slug(name: str) -> str:
    """A pack id made from a human name: 'Our Library!' -> 'our-library'."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:64].strip("-")


def set_top_values(text: str, values: dict[str, str]) -> str:
    """``text`` (a YAML mapping) with the values of some top-level keys replaced by YAML snippets.

    Only the replaced values change: comments and layout elsewhere stay as they are.
    """
    root = yaml.compose(text, Loader=yaml.SafeLoader)  # character offsets in marks, unlike libyaml's bytes
    if not isinstance(root, yaml.MappingNode):
        raise ValueError("the file's top is not a mapping")
    edits = []
    for key_node, value_node in root.value:
        if key_node.value in values:
            start, end = key_node.end_mark.index, value_node.end_mark.index
            tail = "\n" if text[start:end].endswith("\n") else ""
            edits.append((start, end, f": {values[key_node.value]}{tail}"))
    missing = set(values) - {key.value for key, _ in root.value}
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    if missing:
        text = text.rstrip("\n") + "\n" + "".join(f"{k}: {values[k]}\n" for k in sorted(missing))
    return text


def _schema_ref(file: Path, schema: Path) -> str:
    try:
        return Path(os.path.relpath(schema, file.parent)).as_posix()
    except ValueError:  # another drive on Windows
        return schema.resolve().as_uri()


def new_pack(template: Path, parent: Path, name: str, lang: str | None, schema: Path) -> Path:
    """Copy ``template`` to ``parent/<slug of name>`` with the new id, title and (optionally) language.

    The editor schema line of every YAML file is pointed at ``schema``. Raises FileExistsError when the
    folder exists and ValueError when ``name`` gives no usable id.
    """
    ident = slug(name)
    if not ident or not ID_RE.match(ident):
        raise ValueError(f"'{name}' has no letters or digits to make a pack id from")
    dest = parent / ident
    if dest.exists():
        raise FileExistsError(str(dest))
    shutil.copytree(template, dest, ignore=shutil.ignore_patterns(".*", *SKIPPED_NAMES))
    values = {"id": ident, "title": json.dumps(name, ensure_ascii=False)}
    if lang:
        values["languages"] = f"[{lang}]"
        values["default_language"] = lang
    pack_yaml = dest / "pack.yaml"
    pack_yaml.write_text(set_top_values(pack_yaml.read_text(encoding="utf-8"), values), encoding="utf-8")
    for file in sorted(dest.rglob("*.y*ml")):
        text = file.read_text(encoding="utf-8")
        line = SCHEMA_LINE.search(text)
        if line is None:
            continue
        pointed = text[: line.start()] + line.group(1) + _schema_ref(file, schema) + text[line.end() :]
        if pointed != text:
            file.write_text(pointed, encoding="utf-8")
    return dest
