"""Content hashes: which exact pack (and which exact survey statement) a session used."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from pydantic import BaseModel


def _digest(data: Any) -> str:
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def content_hash(model: BaseModel) -> str:
    """SHA-256 (hex) of a pack's (or any model's) content, independent of key order in the YAML files."""
    return _digest(model.model_dump(mode="json"))


def data_hash(data: Any) -> str:
    """SHA-256 (hex) of JSON-ready data, independent of key order."""
    return _digest(data)
