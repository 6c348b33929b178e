"""kiosk.yaml: defaults, plain-language errors at file:line, the committed schema, and the PIN only as a hash."""

from __future__ import annotations

import io
import json
import sys

import pytest

from rumours_game.cli import main
from rumours_game.kiosk.config import SCHEMA_FILE, KioskConfig, config_schema, parse_config, schema_text
from rumours_game.kiosk.pin import PinGate, hash_pin, verify_pin

from ..ui.helpers import ROOT


def problems(text: str) -> list[str]:
    config, found = parse_config(text.encode(), "kiosk.yaml")
    assert config is None
    return [p.format() for p in found]


def test_an_empty_file_gives_the_defaults():
    config, found = parse_config(b"# nothing yet\n", "kiosk.yaml")
    assert found == [] and config == KioskConfig()
    assert config.idle.timeout == 60 and config.idle.warning == 15 and config.fullscreen


def test_a_typo_is_reported_at_its_line_with_a_suggestion():
    text = "fullscreen: true\nidle:\n  timeout: 90\n  warnign: 10\n"
    assert problems(text) == [
        "kiosk.yaml:4:3: error: 'idle' has an unknown key 'warnign'. Did you mean 'warning'?"
    ]


def test_wrong_types_and_values_are_explained_in_plain_words():
    found = problems("fullscreen: maybe\nidle:\n  timeout: 2\nlanguage: English\nevent: 'school visit'\n")
    assert found[0].startswith("kiosk.yaml:1:13: error: 'fullscreen' should be true or false")
    assert "kiosk.yaml:3:12: error: 'idle.timeout' is 2, but it must be at least 10." in found
    assert any(p.startswith("kiosk.yaml:4:11:") and "not a language code" in p for p in found)
    assert any(p.startswith("kiosk.yaml:5:8:") for p in found)


def test_yaml_syntax_errors_and_a_list_at_the_top_are_reported_not_raised():
    assert problems("idle: [\n")[0].startswith("kiosk.yaml:")
    assert problems("- packs\n") == ["kiosk.yaml:1:1: error: kiosk.yaml should be 'key: value' lines."]


def test_the_committed_schema_is_generated_from_the_model():
    assert (ROOT / SCHEMA_FILE).read_text(encoding="utf-8") == schema_text()
    schema = config_schema()
    assert schema["additionalProperties"] is False and "idle" in schema["properties"]
    json.loads(schema_text())


def test_a_pin_is_stored_as_a_salted_scrypt_hash():
    a, b = hash_pin("2468"), hash_pin("2468")
    assert a != b and "2468" not in a and a.startswith("scrypt$")
    assert verify_pin("2468", a) and not verify_pin("2469", a) and not verify_pin("2468", "garbage")
    with pytest.raises(ValueError):
        hash_pin("12")
    assert KioskConfig(pin=a).pin == a


def test_wrong_attempts_wait_longer_each_time_and_the_right_pin_resets():
    now = [0.0]
    gate = PinGate(hash_pin("2468"), lambda: now[0])
    assert [gate.attempt("0000") for _ in range(2)] == [False, False] and gate.wait() == 0
    assert gate.attempt("0000") is False and gate.wait() == 5
    assert gate.attempt("2468") is None, "refused while waiting, even when right"
    delays = []
    for _ in range(8):
        now[0] += gate.wait()
        gate.attempt("0000")
        delays.append(gate.wait())
    assert delays == [10, 20, 40, 80, 160, 300, 300, 300]
    now[0] += gate.wait()
    assert gate.attempt("2468") is True and gate.failures == 0


def run_cli(monkeypatch, capsys, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_set_pin_writes_only_the_hash_and_keeps_the_rest_of_the_file(tmp_path, monkeypatch, capsys):
    config = tmp_path / "kiosk.yaml"
    config.write_text("# our library\nevent: library-march\npin: old\n", encoding="utf-8")
    code, out, _ = run_cli(
        monkeypatch, capsys, "kiosk", "set-pin", "--config", str(config), stdin="864209\n864209\n"
    )
    assert code == 0 and "PIN set" in out
    text = config.read_text(encoding="utf-8")
    assert "864209" not in text and text.startswith('# our library\nevent: library-march\npin: "scrypt$')
    stored = parse_config(text.encode(), "k")[0]
    assert stored is not None and verify_pin("864209", stored.pin or "")


def test_set_pin_refuses_a_mismatch_or_a_short_pin(tmp_path, monkeypatch, capsys):
    config = tmp_path / "kiosk.yaml"
    assert (
        run_cli(monkeypatch, capsys, "kiosk", "set-pin", "--config", str(config), stdin="1234\n4321\n")[0]
        == 2
    )
    assert run_cli(monkeypatch, capsys, "kiosk", "set-pin", "--config", str(config), stdin="12\n12\n")[0] == 2
    assert not config.exists()
    code, _, _ = run_cli(
        monkeypatch, capsys, "--data-dir", str(tmp_path / "d"), "kiosk", "set-pin", stdin="1234\n1234\n"
    )
    assert code == 0 and (tmp_path / "d" / "kiosk.yaml").is_file(), "default: kiosk.yaml in the data folder"


def test_validate_reports_config_errors_at_file_line_and_exits_4(tmp_path, monkeypatch, capsys):
    config = tmp_path / "kiosk.yaml"
    config.write_text("packs: [../nowhere]\nidle: {timout: 5}\n", encoding="utf-8")
    code, _, err = run_cli(monkeypatch, capsys, "kiosk", "validate", "--config", str(config))
    assert code == 4 and f"{config}:2:8: error: 'idle' has an unknown key 'timout'" in err
    assert "Traceback" not in err
    config.write_text(f"packs: [{ROOT / 'scenarios' / 'tutorial'}]\n", encoding="utf-8")
    code, out, _ = run_cli(monkeypatch, capsys, "kiosk", "validate", "--config", str(config))
    assert code == 0 and "1 of 1 pack(s) ok" in out
