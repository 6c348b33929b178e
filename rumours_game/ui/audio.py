"""Sound effects and music from the pack; silent (never failing) without an audio device."""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Callable, Iterator

import pygame

SOUND_DIR = "sounds"
"""Effects live in the pack's assets/sounds/<name>.ogg, .wav or .mp3 (e.g. solved, wrong, busted, escaped, click)."""
EXTENSIONS = (".ogg", ".wav", ".mp3")


@contextlib.contextmanager
def _native_stderr_hidden() -> Iterator[None]:
    """Hide what native libraries write to the process's stderr meanwhile: without a sound card, ALSA prints
    lines of errors while SDL opens audio, and the game already handles 'no sound' quietly."""
    try:
        saved = os.dup(2)
        null = os.open(os.devnull, os.O_WRONLY)
    except OSError:  # no stderr to hide (a windowed build): nothing to do
        yield
        return
    try:
        os.dup2(null, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(null)


class Audio:
    """Plays the pack's sounds when a device exists; every call is a no-op otherwise."""

    def __init__(self, read: Callable[[str], bytes | None], muted: bool = False) -> None:
        self.read = read
        self.muted = muted
        self.available = self._init_mixer()
        self._sounds: dict[str, pygame.mixer.Sound | None] = {}
        self._music: str | None = None
        self._music_file: io.BytesIO | None = None

    @staticmethod
    def _init_mixer() -> bool:
        try:
            if not pygame.mixer.get_init():
                with _native_stderr_hidden():
                    pygame.mixer.init()
            return bool(pygame.mixer.get_init())
        except pygame.error:
            return False

    def _sound(self, name: str) -> pygame.mixer.Sound | None:
        if name not in self._sounds:
            self._sounds[name] = None
            for ext in EXTENSIONS:
                data = self.read(f"{SOUND_DIR}/{name}{ext}")
                if data is not None:
                    try:
                        self._sounds[name] = pygame.mixer.Sound(file=io.BytesIO(data))
                    except pygame.error:
                        self._sounds[name] = None
                    break
        return self._sounds[name]

    def play(self, name: str) -> None:
        """Play the effect ``name`` if the pack has it, sound is on and a device exists."""
        if self.muted or not self.available:
            return
        sound = self._sound(name)
        if sound is not None:
            sound.play()

    def music(self, name: str | None) -> None:
        """Loop the music file ``name`` (inside the pack's assets/); None stops the music."""
        if not self.available or name == self._music:
            return
        self._music = name
        try:
            if name is None:
                pygame.mixer.music.stop()
                return
            data = self.read(name)
            if data is None:
                return
            self._music_file = io.BytesIO(data)  # the mixer streams from it while playing
            pygame.mixer.music.load(self._music_file, name)
            pygame.mixer.music.set_volume(0.0 if self.muted else 0.6)
            pygame.mixer.music.play(-1)
        except pygame.error:
            self._music = None

    def forget(self) -> None:
        """Drop loaded sounds (after the pack was reloaded)."""
        self._sounds.clear()

    def set_muted(self, muted: bool) -> None:
        """Turn all sound off or back on."""
        self.muted = muted
        if self.available:
            try:
                pygame.mixer.music.set_volume(0.0 if muted else 0.6)
            except pygame.error:
                self.available = False
