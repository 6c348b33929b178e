"""No traceback for a pack without optional assets, without an audio device, or when the window is resized
mid-game; F5 reloads the pack keeping progress and shows pack errors on screen."""

from __future__ import annotations

import io
import os
import shutil
import wave

import pygame
import yaml

from rumours_game.ui import audio as ui_audio
from rumours_game.ui.assets import AssetCache

from .helpers import TUTORIAL, click, headless, key, post, scene_is, until


def _bare_copy(tmp_path):
    """The tutorial without any picture: no backgrounds, icons, overlays or search image."""
    pack = tmp_path / "bare"
    shutil.copytree(TUTORIAL, pack, ignore=shutil.ignore_patterns("assets"))
    for path in pack.rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        lines = [
            ln
            for ln in text.splitlines()
            if not ln.strip().startswith(("background:", "icon:", "image:", "overlays:", "- image:"))
        ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return pack


def test_a_pack_without_pictures_plays_through(tmp_path):
    driver = headless(_bare_copy(tmp_path))
    ok, message = driver.run()
    assert ok, message


def test_missing_or_broken_images_become_placeholders(tmp_path):
    pygame.display.init()
    pygame.display.set_mode((64, 64))
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "broken.png").write_bytes(b"not a png")
    cache = AssetCache(tmp_path)
    assert cache.image("nothing.png", (40, 30)).get_size() == (40, 30)
    assert cache.image("broken.png", (20, 10)).get_size() == (20, 10)
    assert cache.missing == {"nothing.png", "broken.png"}


def test_no_audio_device_means_silence_not_failure(monkeypatch, capfd):
    def no_device() -> None:
        os.write(2, b"ALSA lib pcm.c: Unknown PCM default\n")  # what libasound prints with no sound card
        raise pygame.error("no audio device")

    monkeypatch.setattr(pygame.mixer, "get_init", lambda: None)
    monkeypatch.setattr(pygame.mixer, "init", no_device)
    audio = ui_audio.Audio(lambda name: b"RIFF")
    assert not audio.available
    audio.play("solved")
    audio.music("music.ogg")
    audio.set_muted(True)
    os.write(2, b"stderr works again\n")
    assert capfd.readouterr().err == "stderr works again\n"


def test_resizing_mid_game_rebuilds_and_play_goes_on():
    driver = headless()
    driver.start()
    app = driver.app
    until(driver, scene_is("puzzle"))
    for size in [(1920, 1080), (800, 600), (1280, 720)]:
        post(app, pygame.event.Event(pygame.VIDEORESIZE, size=size, w=size[0], h=size[1]))
        assert app.screen.get_size() == size
        assert app.top.widget is not None and app.screen.get_rect().contains(app.top.widget.rect)
    until(driver, scene_is("room"))
    post(app, pygame.event.Event(pygame.VIDEORESIZE, size=(1600, 900), w=1600, h=900))
    ok, message = driver.run_rest()
    assert ok, message


def test_f5_reloads_the_pack_keeping_progress_and_shows_errors(tmp_path):
    pack = tmp_path / "tutorial"
    shutil.copytree(TUTORIAL, pack)
    driver = headless(pack)
    driver.start()
    app = driver.app
    until(driver, lambda a: a.ctx.session is not None and "pocket-mirror" in a.ctx.session.state.inventory)
    until(driver, scene_is("room"))
    room_file = pack / "rooms" / "studio.yaml"
    data = yaml.safe_load(room_file.read_text(encoding="utf-8"))
    data["rooms"][0]["name"]["en"] = "The renamed studio"
    room_file.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    post(app, *key(pygame.K_F5))
    assert app.top.name == "room"
    assert app.ctx.pack.room("studio").name["en"] == "The renamed studio"
    assert "pocket-mirror" in app.ctx.session.state.inventory
    good = room_file.read_text(encoding="utf-8")
    room_file.write_text(good.replace("rooms:", "rooms: [oops", 1), encoding="utf-8")
    post(app, *key(pygame.K_F5))
    assert app.top.name == "pack-error"
    shown = " ".join(str(p.file) for p in app.top.problems)
    assert "studio.yaml" in shown and all(p.line for p in app.top.problems)
    room_file.write_text(good, encoding="utf-8")
    post(app, *click(next(b for b in app.top.buttons if b.key == "retry").rect.center))
    assert app.top.name == "room"
    assert "pocket-mirror" in app.ctx.session.state.inventory


def wav_bytes(seconds: float) -> bytes:
    """A short mono WAV file, made here so no sound file needs to be committed."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(22050)
        out.writeframes(b"\x10\x00" * int(22050 * seconds))
    return buffer.getvalue()


def test_pack_sounds_are_played_when_a_device_exists(tmp_path):
    (tmp_path / "assets" / "sounds").mkdir(parents=True)
    (tmp_path / "assets" / "sounds" / "click.wav").write_bytes(wav_bytes(0.1))
    cache = AssetCache(tmp_path)
    audio = ui_audio.Audio(cache.read)
    assert audio.available, "SDL's dummy audio driver (set by tests/conftest.py) counts as a device"
    audio.play("click")
    assert audio._sound("click") is not None
    assert audio._sound("missing") is None
    audio.set_muted(True)
    audio.play("click")


def test_room_music_loops_and_follows_mute(tmp_path):
    (tmp_path / "assets" / "music").mkdir(parents=True)
    (tmp_path / "assets" / "music" / "studio.wav").write_bytes(wav_bytes(1.0))
    audio = ui_audio.Audio(AssetCache(tmp_path).read)
    audio.music("assets/music/studio.wav")
    assert pygame.mixer.music.get_busy() and pygame.mixer.music.get_volume() > 0
    audio.set_muted(True)
    assert pygame.mixer.music.get_volume() == 0
    audio.music(None)
    assert not pygame.mixer.music.get_busy()
    audio.music("assets/music/missing.wav")  # a missing file is silence, not a failure
    assert not pygame.mixer.music.get_busy()
