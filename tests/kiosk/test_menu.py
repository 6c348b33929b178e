"""The facilitator menu: figures from the database, export to a chosen folder with checksums that match,
pack and language choice, the touch test, and quitting with the code that does not restart."""

from __future__ import annotations

import csv
import hashlib

import pytest

from rumours_game.kiosk.codes import CHILD_QUIT
from rumours_game.kiosk.config import Export, KioskConfig
from rumours_game.kiosk.data import CHECKSUMS, export_targets, summarize, verify_checksums

from ..ui.helpers import ROOT, button, click, post, scene_is, until
from .helpers import frames, kiosk_app


def open_menu(kiosk):
    kiosk.app.later(kiosk.open_facilitator)
    frames(kiosk.app)
    assert kiosk.app.top.name == "kiosk-menu"


def test_the_menu_shows_sessions_completion_players_and_mean_change(data_dir):
    kiosk, driver, store, _ = kiosk_app(data_dir, KioskConfig(event="library"))
    driver.run()
    driver.start()
    until(driver, scene_is("room"))
    s = summarize(data_dir, kiosk.today())
    assert (s.today, s.total, s.finished, s.escaped) == (2, 2, 1, 1)
    assert s.players == 4 and s.paired_players == 2
    answers = store._conn.execute(
        "SELECT r.player_code, r.item_id, r.phase, r.value, r.scale_max, r.reverse_coded FROM responses r"
        " JOIN sessions USING (session_id) JOIN items i USING (pack_id, pack_version, item_id)"
        " WHERE i.kind = 'rumour'"
    ).fetchall()
    value = {(p, i, ph): (v, top, rev) for p, i, ph, v, top, rev in answers}
    per_player: dict[str, list[float]] = {}
    for (player, item, phase), (v, top, rev) in value.items():
        if phase == "pre" and (player, item, "post") in value:
            after = value[(player, item, "post")][0]
            per_player.setdefault(player, []).append(100 * ((after - v) if rev else (v - after)) / (top - 1))
    means = [sum(c) / len(c) for c in per_player.values()]
    assert s.mean_change == pytest.approx(sum(means) / len(means))
    open_menu(kiosk)
    lines = kiosk.app.top.summary_lines()
    assert lines[0] == "Games today: 2 · in total: 2" and lines[1].startswith("Played to the end: 50 %")
    assert "event: library" in lines[4]
    assert summarize(data_dir / "nowhere", "2026-01-01").total == 0


def test_export_from_the_menu_writes_every_format_with_matching_checksums(data_dir, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    kiosk, driver, store, _ = kiosk_app(data_dir, KioskConfig(export=Export(folders=[str(usb)])))
    driver.run()
    recorded = store._conn.execute("SELECT count(*) FROM responses").fetchone()[0]
    open_menu(kiosk)
    app = kiosk.app
    post(app, *click(button(app, "export").rect.center))
    assert app.top.name == "kiosk-export"
    target = next(b for b in app.top.buttons if b.text == str(usb))
    post(app, *click(target.rect.center))
    assert app.top.name == "kiosk-exported" and "safe to remove" in app.top.body
    (folder,) = usb.iterdir()
    names = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    stems = ("items", "players", "responses", "sessions")
    for fmt in ("csv", "jsonl"):
        assert {f"{fmt}/{s}.{fmt}" for s in stems} | {f"{fmt}/data_dictionary.csv"} <= set(names)
    assert CHECKSUMS in names
    for line in (folder / CHECKSUMS).read_text().splitlines():
        digest, name = line.split("  ")
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest
    with (folder / "csv" / "responses.csv").open(newline="", encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == recorded > 0
    assert verify_checksums(folder)
    (folder / "jsonl" / "responses.jsonl").write_text("changed", encoding="utf-8")
    assert not verify_checksums(folder)


def test_an_unwritable_target_says_so_on_screen(data_dir, tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    kiosk, driver, _, _ = kiosk_app(data_dir, KioskConfig(export=Export(folders=[str(blocked)])))
    driver.run()
    open_menu(kiosk)
    app = kiosk.app
    post(app, *click(button(app, "export").rect.center))
    post(app, *click(button(app, "target-0").rect.center))
    assert app.top.name == "kiosk-exported" and "Could not write" in app.top.body


def test_usb_sticks_are_found_under_media(tmp_path, monkeypatch):
    assert export_targets(["~/exports"], user="nobody-here")[-1].name == "exports"


def test_language_cycles_and_the_touch_test_marks_targets(data_dir):
    kiosk, _, _, _ = kiosk_app(data_dir)
    open_menu(kiosk)
    app = kiosk.app
    post(app, *click(button(app, "language").rect.center))
    assert app.ctx.lang != "en" and kiosk.start_language == app.ctx.lang
    assert button(app, "language").text.startswith("Idioma") or app.ctx.lang != "es"
    post(app, *click(button(app, "touch").rect.center))
    assert app.top.name == "kiosk-touch"
    for centre in app.top.centres():
        post(app, *click(centre))
    assert app.top.hit == {0, 1, 2, 3, 4}
    post(app, *click(button(app, "done").rect.center))
    assert app.top.name == "kiosk-menu"


def test_the_pack_button_switches_the_game_the_next_team_plays(data_dir):
    escape = ROOT / "scenarios" / "escape-rumours"
    kiosk, _, _, _ = kiosk_app(data_dir, more=(escape,))
    app = kiosk.app
    assert app.top.name == "title" and all(
        b.key != "game" for b in app.top.buttons
    )  # the facilitator's choice
    open_menu(kiosk)
    post(app, *click(button(app, "pack").rect.center))
    assert kiosk.pack_index == app.pack_index == 1 and app.ctx.pack is kiosk.pack is kiosk.packs[1][1]
    assert app.ctx.pack_path == escape and app.ctx.assets.root == escape
    assert app.top.name == "kiosk-menu" and "Neighbours' Night" in button(app, "pack").text
    post(app, *click(button(app, "back").rect.center))
    assert app.top.name == "title" and app.ctx.lang == "en"
    open_menu(kiosk)
    post(app, *click(button(app, "pack").rect.center))
    assert kiosk.pack_index == 0 and app.ctx.pack_path == kiosk.packs[0][0]


def test_quit_asks_first_then_ends_the_game_process_with_the_quit_code(data_dir):
    kiosk, _, _, _ = kiosk_app(data_dir)
    open_menu(kiosk)
    app = kiosk.app
    post(app, *click(button(app, "quit").rect.center))
    post(app, *click(button(app, "stay").rect.center))
    assert app.running and app.top.name == "kiosk-menu"
    post(app, *click(button(app, "quit").rect.center))
    post(app, *click(button(app, "quit").rect.center))
    assert not app.running and kiosk.exit_code == CHILD_QUIT
