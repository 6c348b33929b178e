"""The built app's command line (without building it): no arguments start the kiosk, the kiosk's actions
work as top-level commands, the bundled pack is every command's default PACK, and the index says why it is
missing from a build without scipy."""

from __future__ import annotations

import sys

from rumours_game.cli import frozen, main

from ..ui.helpers import TUTORIAL


def test_no_arguments_start_the_kiosk_and_kiosk_actions_are_top_level(monkeypatch):
    seen: list[list[str]] = []
    monkeypatch.setattr("rumours_game.cli.main", lambda args, **kw: seen.append(list(args)) or 0)
    assert frozen.run([]) == 0 and frozen.run(["selftest"]) == 0 and frozen.run(["play", "--text"]) == 0
    assert seen == [["kiosk"], ["kiosk", "selftest"], ["play", "--text"]]


def test_the_bundled_pack_is_the_default_pack(capsys):
    assert main(["info"], default_pack=TUTORIAL, prog="rumours-kiosk") == 0
    assert "tutorial" in capsys.readouterr().out
    assert main(["validate"], default_pack=TUTORIAL) == 0


def test_the_index_without_scipy_says_where_to_run_it(monkeypatch, capsys, tmp_path):
    monkeypatch.setitem(sys.modules, "scipy", None)
    assert main(["--data-dir", str(tmp_path), "index"]) == 2
    err = capsys.readouterr().err
    assert "needs scipy" in err and "rumours export" in err and "Traceback" not in err
