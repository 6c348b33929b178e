"""Reading one YAML file of a pack into plain Python data, safely, keeping every node's position.

PyYAML's fast C composer (``CSafeLoader``; ``SafeLoader`` when libyaml is missing) turns the text into
nodes; this module builds lists, dicts and scalars from those nodes itself, so that it can refuse what a
pack never needs (tags, duplicate keys, alias bombs, deep nesting) and find the line and column of any
path later (:meth:`YamlDoc.locate`). Nothing here raises for bad input: problems are returned as data.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from rumours_game.pack.pasted import artefacts, explain_syntax, swallowed_by_comment, without_curly
from rumours_game.pack.problems import Problem, error

try:
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _Loader = yaml.SafeLoader

MAX_FILE_BYTES = 5 * 1024 * 1024
"""The largest YAML file a pack may hold."""
MAX_DEPTH = 50
"""The deepest nesting of lists and mappings accepted (a pack needs about 8)."""
MAX_ALIAS_NODES = 100_000
"""How many values anchors and aliases may add by repetition before the file is refused."""

_T = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT, _BOOL, _NULL = _T + "str", _T + "int", _T + "float", _T + "bool", _T + "null"
_SEQ, _MAP, _MERGE, _TIMESTAMP = _T + "seq", _T + "map", _T + "merge", _T + "timestamp"
_PLAIN_INT = re.compile(r"[-+]?(?:0|[1-9][0-9_]*)\Z")


@dataclass
class YamlDoc:
    """One parsed YAML file: its data (None when unreadable), its node tree and its problems."""

    file: str
    data: Any = None
    root: Node | None = None
    problems: list[Problem] = field(default_factory=list)

    def locate(self, path: Sequence[Any], key: bool = False) -> tuple[int, int]:
        """The (line, column), 1-based, of the value at ``path``, or of its key when ``key`` is true.

        When the path does not exist completely (a missing key), the deepest node found is used.
        """
        node = self.root
        if node is None:
            return (1, 1)
        at = node.start_mark
        for i, step in enumerate(path):
            found = _child(node, step)
            if found is None:
                break
            key_node, node = found
            last = i == len(path) - 1
            at = key_node.start_mark if (key and last and key_node is not None) else node.start_mark
        return (at.line + 1, at.column + 1)


def _child(node: Node, step: Any) -> tuple[Node | None, Node] | None:
    """The (key node, value node) of ``step`` inside a mapping or sequence node, if present."""
    if isinstance(node, SequenceNode):
        if isinstance(step, int) and not isinstance(step, bool) and 0 <= step < len(node.value):
            return (None, node.value[step])
        return None
    if isinstance(node, MappingNode):
        merged: list[Node] = []
        for key_node, value_node in node.value:
            if isinstance(key_node, ScalarNode):
                if key_node.tag == _MERGE:
                    merged.append(value_node)
                elif _scalar_value(key_node) == step:
                    return (key_node, value_node)
        for source in merged:
            for candidate in source.value if isinstance(source, SequenceNode) else [source]:
                found = _child(candidate, step)
                if found is not None:
                    return found
    return None


def _scalar_value(node: ScalarNode) -> Any:
    """A scalar node's value with the standard tags; ``_BAD`` for a tag a pack may not use."""
    tag, text = node.tag, node.value
    if tag in (_STR, _TIMESTAMP):
        return text
    if tag == _INT:
        # 0042 stays text: a code lock's answer keeps its leading zeros; 0x1F, 1:30 stay as written.
        if not _PLAIN_INT.match(text):
            return text
        try:
            return int(text.replace("_", ""))
        except ValueError:  # more digits than Python turns into a number (4,300): it stays text
            return text
    if tag == _FLOAT:
        try:
            number = float(text.replace("_", ""))
        except ValueError:
            return text
        return number if math.isfinite(number) else text
    if tag == _BOOL:
        # YAML 1.1 also reads yes/no/on/off as booleans; here they stay text ("No" is a fine answer).
        lowered = text.lower()
        return True if lowered == "true" else False if lowered == "false" else text
    if tag == _NULL:
        return None
    return _BAD


_BAD = object()


def _short(tag: str) -> str:
    """A tag as authors write it: '!!binary' rather than 'tag:yaml.org,2002:binary'."""
    return "!!" + tag[len(_T) :] if tag.startswith(_T) else tag


class _Abort(Exception):
    """Stops building a file after a problem that makes the rest pointless (bombs, deep nesting)."""


class _Builder:
    """Builds plain data from a node tree, counting alias expansion and nesting depth."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.done: dict[int, tuple[Any, int, int]] = {}
        self.active: set[int] = set()
        self.count = 0
        self.alias_nodes = 0
        self.deepest = 0

    def problem(self, node: Node, code: str, message: str) -> None:
        self.problems.append(
            error(self.file, node.start_mark.line + 1, node.start_mark.column + 1, code, message)
        )

    def abort(self, node: Node, code: str, message: str) -> _Abort:
        self.problem(node, code, message)
        return _Abort()

    def scalar(self, node: ScalarNode) -> Any:
        value = _scalar_value(node)
        if value is _BAD:
            self.problem(
                node,
                "yaml-tag",
                f"The tag '{_short(node.tag)}' is not allowed in a pack. Remove it: packs use plain text, "
                "numbers, true/false, lists and 'key: value' mappings only.",
            )
            return None
        return value

    def build(self, node: Node, depth: int) -> Any:
        if isinstance(node, ScalarNode):
            self.count += 1
            return node.value if node.tag == _STR else self.scalar(node)
        nid = id(node)
        cached = self.done.get(nid)
        if cached is not None:
            return self.reuse(node, cached, depth)
        if nid in self.active:
            raise self.abort(
                node,
                "yaml-recursive-alias",
                "This alias ('*name') is used inside its own anchor, which never ends.",
            )
        if depth >= MAX_DEPTH:
            raise self.abort(
                node,
                "yaml-too-deep",
                f"Lists and mappings are nested more than {MAX_DEPTH} levels deep here.",
            )
        self.active.add(nid)
        start, outer = self.count, self.deepest
        self.count += 1
        self.deepest = depth
        if isinstance(node, SequenceNode):
            if node.tag != _SEQ:
                self.problem(
                    node, "yaml-tag", f"The tag '{_short(node.tag)}' is not allowed in a pack. Remove it."
                )
            value: Any = [self.build(child, depth + 1) for child in node.value]
        else:
            assert isinstance(node, MappingNode)  # the composer makes scalars, sequences and mappings only
            if node.tag != _MAP:
                self.problem(
                    node, "yaml-tag", f"The tag '{_short(node.tag)}' is not allowed in a pack. Remove it."
                )
            value = self.mapping(node, depth)
        self.active.discard(nid)
        inner = self.deepest
        self.deepest = max(outer, inner)
        self.done[nid] = (value, self.count - start, inner - depth)
        return value

    def reuse(self, node: Node, cached: tuple[Any, int, int], depth: int) -> Any:
        """An alias of something already built: shared, but counted as if copied."""
        value, size, height = cached
        self.alias_nodes += size
        self.count += size
        if self.alias_nodes > MAX_ALIAS_NODES:
            raise self.abort(
                node,
                "yaml-alias-bomb",
                f"Anchors and aliases ('&name', '*name') here repeat more than {MAX_ALIAS_NODES} values. "
                "Write the content out instead.",
            )
        if depth + height >= MAX_DEPTH:
            raise self.abort(
                node,
                "yaml-too-deep",
                f"Lists and mappings are nested more than {MAX_DEPTH} levels deep here.",
            )
        self.deepest = max(self.deepest, depth + height)
        return value

    def mapping(self, node: MappingNode, depth: int) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        firsts: dict[Any, Node] = {}
        merges: list[Node] = []
        for key_node, value_node in node.value:
            if type(key_node) is not ScalarNode:
                self.problem(
                    key_node, "yaml-complex-key", "A key must be a plain word, not a list or a mapping."
                )
                continue
            tag = key_node.tag
            if tag == _MERGE:
                merges.append(value_node)
                continue
            key = key_node.value if tag == _STR else self.scalar(key_node)
            if key in firsts:
                first = firsts[key]
                self.problem(
                    key_node,
                    "yaml-duplicate-key",
                    f"The key '{key}' is written twice here (first on line {first.start_mark.line + 1}). "
                    "Keep one of them.",
                )
                continue
            firsts[key] = key_node
            result[key] = self.build(value_node, depth + 1)
        for source in merges:
            self.merge_into(result, source, depth)
        return result

    def merge_into(self, result: dict[Any, Any], source: Node, depth: int) -> None:
        """YAML merge keys (``<<: *base``): keys written in the mapping itself win."""
        for part in source.value if isinstance(source, SequenceNode) else [source]:
            built = self.build(part, depth + 1)
            if not isinstance(built, dict):
                self.problem(part, "wrong-type", "'<<' must be followed by an alias of a mapping ('*name').")
                continue
            for key, value in built.items():
                result.setdefault(key, value)


def parse_yaml(raw: bytes, file: str) -> YamlDoc:
    """Parse the bytes of one YAML file; the result's ``problems`` say what went wrong, if anything."""
    doc = YamlDoc(file)
    if len(raw) > MAX_FILE_BYTES:
        doc.problems.append(
            error(
                file,
                1,
                1,
                "file-too-large",
                f"This file is {len(raw) / 1e6:.1f} MB; the limit is {MAX_FILE_BYTES // (1024 * 1024)} MB. "
                "Split it into smaller files.",
            )
        )
        return doc
    text = _decode(raw, doc)
    if text is None:
        return doc
    pasted = artefacts(text, file)
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as err:
        doc.problems += explain_syntax(err, text, file, pasted)
        return doc
    except RecursionError:  # the pure-Python composer on very deep nesting
        doc.problems.append(error(file, 1, 1, "yaml-too-deep", "Lists and mappings are nested far too deep."))
        return doc
    if root is None:
        doc.problems.append(
            error(
                file, 1, 1, "empty-file", "This file is empty. Write the pack's content in it, or delete it."
            )
        )
        return doc
    doc.root = root
    doc.problems += without_curly(pasted)
    builder = _Builder(file)
    try:
        doc.data = builder.build(root, 0)
    except _Abort:
        doc.data = None
    doc.problems.extend(builder.problems)
    if doc.data is not None:
        doc.problems += swallowed_by_comment(root, text, file)
    return doc


def _decode(raw: bytes, doc: YamlDoc) -> str | None:
    """The file's text, or None with a ``not-utf8`` problem giving the first bad byte's position."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        doc.problems.append(
            error(
                doc.file, 1, 1, "not-utf8", "This file is saved as UTF-16. Save it as UTF-8 in your editor."
            )
        )
        return None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        start = err.start
        line_start = raw.rfind(b"\n", 0, start) + 1
        line = raw.count(b"\n", 0, start) + 1
        col = len(raw[line_start:start].decode("utf-8", "replace")) + 1
        doc.problems.append(
            error(
                doc.file,
                line,
                col,
                "not-utf8",
                f"This file is not UTF-8 text: byte 0x{raw[start]:02x} at line {line}, column {col} cannot be read. "
                "Save the file as UTF-8 in your editor.",
            )
        )
        return None
