"""The `rumours` command as a whole: --version, --help everywhere, python -m, usage errors, the last net."""

from __future__ import annotations

import subprocess
import sys

import pytest

import rumours_game
from rumours_game.cli import build_parser, main

SUBCOMMANDS = sorted(build_parser()._subparsers._group_actions[0].choices)


def test_all_issue_commands_exist():
    assert {"validate", "info", "new", "schema", "check", "graph", "play", "export", "merge", "index"} <= set(
        SUBCOMMANDS
    )


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0 and capsys.readouterr().out.strip() == f"rumours {rumours_game.__version__}"


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_subcommand_has_help(command, capsys):
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0 and f"usage: rumours {command}" in capsys.readouterr().out


def test_no_command_prints_help_and_exits_2(capsys):
    assert main([]) == 2
    assert "usage: rumours" in capsys.readouterr().out


def test_unknown_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["vaildate"])
    assert exc.value.code == 2 and "invalid choice" in capsys.readouterr().err


def test_python_dash_m_is_the_same_command():
    out = subprocess.run([sys.executable, "-m", "rumours_game", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip() == f"rumours {rumours_game.__version__}"


def test_an_unexpected_error_is_one_line_not_a_traceback(monkeypatch, capsys, tmp_path):
    def boom(args):
        raise RuntimeError("simulated bug")

    parser = build_parser()
    monkeypatch.setattr("rumours_game.cli.build_parser", lambda: parser)
    parser._subparsers._group_actions[0].choices["schema"].set_defaults(func=boom)
    assert main(["--data-dir", str(tmp_path), "schema"]) == 3
    err = capsys.readouterr().err
    assert (
        err.count("\n") == 1
        and "internal error (RuntimeError: simulated bug)" in err
        and "Traceback" not in err
    )
    [log] = (tmp_path / "logs").glob("crash-*.log")
    assert "Traceback" in log.read_text() and str(log) in err


def test_the_command_hides_pygames_banner(monkeypatch):
    monkeypatch.delenv("PYGAME_HIDE_SUPPORT_PROMPT", raising=False)
    with pytest.raises(SystemExit):
        main(["--version"])
    assert sys.modules["os"].environ["PYGAME_HIDE_SUPPORT_PROMPT"] == "1"
