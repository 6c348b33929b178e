"""The JSON Schema of pack files, generated from the models, for editors (yaml-language-server)."""

from __future__ import annotations

import json
from typing import Any

from rumours_game.pack.models import FORMAT_VERSION, Pack

SCHEMA_ID = "https://escape-rumours.invalid/schema/pack.schema.json"


def pack_json_schema() -> dict[str, Any]:
    """The schema of one pack file: every key of the pack, none required at the top.

    A pack is split over several files (``rooms/hall.yaml`` may hold only ``rooms:``), so the top-level
    keys are optional here; the loader checks the merged pack for the required ones.
    """
    schema = Pack.model_json_schema(mode="validation")
    schema.pop("required", None)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **schema,
        "title": f"Escape Rumours scenario pack file (format_version {FORMAT_VERSION})",
    }


def schema_text() -> str:
    """The schema as the committed file holds it (sorted keys, two-space indent, final newline)."""
    return json.dumps(pack_json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
