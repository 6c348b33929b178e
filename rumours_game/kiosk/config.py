"""kiosk.yaml: how a city's kiosk runs, validated like a pack (plain-language errors at file:line).

The model is the one source of truth; the JSON Schema is generated from it
(``rumours kiosk schema``, committed as scenarios/schema/kiosk.schema.json) and a test keeps the committed file in step.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from rumours_game.pack.explain import explain_errors
from rumours_game.pack.models import LANG_PATTERN, LocalText
from rumours_game.pack.problems import Problem, error
from rumours_game.pack.yamlsrc import MAX_FILE_BYTES, parse_yaml
from rumours_game.regular import open_regular

SCHEMA_ID = "https://escape-rumours.invalid/schema/kiosk.schema.json"
SCHEMA_FILE = "scenarios/schema/kiosk.schema.json"
"""Where the committed schema lives in the repository ('make schema' writes it)."""
Lang = Annotated[str, Field(pattern=LANG_PATTERN)]
VAGUE = "is not written the right way."
LABEL_RULE = (
    "may only use letters, digits, '-', '_', '.' and ':' (no spaces), for example 'school-visit-march'."
)
Label = Annotated[str, Field(max_length=64, pattern=r"^[A-Za-z0-9_.:-]*$")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Idle(_Model):
    """When an unattended game starts over."""

    timeout: int = Field(
        default=60, ge=10, le=3600, description="Seconds without input before the warning shows."
    )
    warning: int = Field(
        default=15, ge=5, le=120, description="Seconds the 'Touch the screen to continue' countdown lasts."
    )
    puzzle: int = Field(
        default=180, ge=10, le=3600, description="Seconds without input allowed on a puzzle screen."
    )
    survey: int = Field(
        default=120, ge=10, le=3600, description="Seconds without input allowed on a survey screen."
    )
    attract_after: int = Field(
        default=20, ge=5, le=600, description="Seconds on the title screen before the attract loop starts."
    )


class Display(_Model):
    """What each new team starts with (players may change it; the next team starts from this again)."""

    large_text: bool = False
    high_contrast: bool = False
    muted: bool = False
    show_cursor: bool = Field(
        default=True, description="Show the mouse pointer (false for touch-only screens)."
    )


class Export(_Model):
    """Exports from the facilitator menu."""

    formats: list[Annotated[str, Field(pattern=r"^(csv|jsonl)$")]] = Field(
        default_factory=lambda: ["csv", "jsonl"], min_length=1, description="Formats written: csv, jsonl."
    )
    folders: list[str] = Field(
        default_factory=list, description="Folders offered besides USB sticks found (e.g. a network share)."
    )


class KioskConfig(_Model):
    """Everything a kiosk needs; every key may be left out."""

    packs: list[str] = Field(
        default_factory=list,
        description="Packs offered (folders or .zip files, relative to this file); the first is played "
        "first. Empty: the packs bundled with the app, or scenarios/tutorial.",
    )
    languages: list[Lang] = Field(
        default_factory=list, description="Languages offered (empty: every language of the pack)."
    )
    language: Lang | None = Field(
        default=None, description="Language each team starts in (default: the pack's)."
    )
    fullscreen: bool = True
    idle: Idle = Field(default_factory=lambda: Idle())
    display: Display = Field(default_factory=lambda: Display())
    attract_text: LocalText | None = Field(
        default=None, description="Text shown by the attract loop (default: 'Touch the screen to play')."
    )
    pin: str | None = Field(
        default=None,
        pattern=r"^scrypt\$\d+\$\d+\$\d+\$[0-9a-f]{32}\$[0-9a-f]{64}$",
        description="The facilitator PIN as a salted scrypt hash; write it with 'rumours kiosk set-pin'.",
    )
    data_dir: str | None = Field(default=None, description="Data folder (default: the user data folder).")
    kiosk_id: Label | None = Field(
        default=None, description="This kiosk's id in the data (default: a random id)."
    )
    event: Label = Field(
        default="", description="Event label stored with every session (no names of people)."
    )
    condition: Label = Field(default="", description="Condition label for the index's comparison groups.")
    export: Export = Field(default_factory=lambda: Export())


class ConfigError(Exception):
    """kiosk.yaml has problems; ``problems`` lists them (file:line:col)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(p.format() for p in problems))


def parse_config(raw: bytes, file: str) -> tuple[KioskConfig | None, list[Problem]]:
    """Validate kiosk.yaml text; (config, []) or (None, problems in plain language)."""
    doc = parse_yaml(raw, file)
    found = [p for p in doc.problems if p.code != "empty-file"]  # an empty kiosk.yaml means the defaults
    if found:
        return None, found
    data = {} if doc.data is None else doc.data
    if not isinstance(data, dict):
        line, col = doc.locate(())
        return None, [error(file, line, col, "not-a-mapping", "kiosk.yaml should be 'key: value' lines.")]

    def locate(path: Any, key: bool = False) -> tuple[str, int, int]:
        return (file, *doc.locate(path, key))

    try:
        return KioskConfig.model_validate(data), []
    except ValidationError as err:
        found = explain_errors(err.errors(include_url=False), data, locate, root=KioskConfig)
    return None, sorted({replace(p, message=p.message.replace(VAGUE, LABEL_RULE)) for p in found})


def load_config(path: Path) -> KioskConfig:
    """Read and validate ``path``; raises :class:`ConfigError`."""
    try:
        with open_regular(path) as fh:  # a pipe as kiosk.yaml would block the kiosk's start
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        raise ConfigError(
            [error(str(path), 1, 1, "file-unreadable", f"Cannot read {path}: {err.strerror or err}.")]
        ) from None
    if len(raw) > MAX_FILE_BYTES:
        raise ConfigError([error(str(path), 1, 1, "file-too-large", "kiosk.yaml is far too large.")])
    config, problems = parse_config(raw, str(path))
    if config is None:
        raise ConfigError(problems)
    return config


def config_schema() -> dict[str, Any]:
    """The JSON Schema of kiosk.yaml (for editors and the committed file)."""
    schema = KioskConfig.model_json_schema(mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def schema_text() -> str:
    """The schema as committed (sorted keys, two-space indent, final newline)."""
    return json.dumps(config_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
