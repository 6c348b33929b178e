"""``rumours play PACK --text``: load a pack and play it in the terminal, with the survey when recording."""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from rumours_game.engine import Session
from rumours_game.pack import Pack, PackError, load_pack
from rumours_game.pack.i18n import tr as translate
from rumours_game.strings import Texts, language_name
from rumours_game.survey import ResponseSink, SessionRecorder
from rumours_game.text.console import Console, EndOfInput
from rumours_game.text.context import QuitGame, TextContext
from rumours_game.text.game import Clock, TextGame
from rumours_game.text.render import ending_lines
from rumours_game.text.survey_flow import TextSurvey


def run_text(
    pack_paths: str | Path | Sequence[str | Path],
    lang: str | None,
    data_dir: Path | None,
    stdin: TextIO,
    stdout: TextIO,
    *,
    sink: ResponseSink | None = None,
    seed: int | None = None,
    clock: Clock | None = None,
) -> int:
    """Play the pack at ``pack_paths`` in text; returns 0 after play (any ending, quit or end of input),
    1 when a pack cannot be loaded (its problems are printed as ``file:line:col: error: message``).
    With several packs, every one is loaded first and the player chooses which game to play.

    ``lang``: the player's language (None: the pack's default). ``data_dir`` is where the caller keeps
    its data: text play never opens the store itself; the caller opens it and passes it as ``sink``
    (None: nothing is recorded and the survey is skipped, with a notice). ``seed``: the engine and
    survey seed (None: a random one). ``clock``: seconds from any fixed start (default: the monotonic
    clock), the source of the game's time.
    """
    console = Console(stdin, stdout)
    paths = [pack_paths] if isinstance(pack_paths, str | Path) else list(pack_paths)
    packs: list[Pack] = []
    broken = False
    for path in paths:
        try:
            packs.append(load_pack(path))
        except PackError as err:
            broken = True
            _report(console, err, lang, f"{path}/" if len(paths) > 1 else "")
    if broken:
        console.flush()
        return 1
    try:
        pack = _choose(packs, lang, console)
    except (EndOfInput, QuitGame) as stop:
        texts = Texts(lang or packs[0].default_language)
        console.say(texts("text.end.eof" if isinstance(stop, EndOfInput) else "text.end.quit"))
        console.flush()
        return 0
    return play(pack, lang, console, sink=sink, seed=seed, clock=clock)


def _report(console: Console, err: PackError, lang: str | None, base: str) -> None:
    """A pack's problems, one ``file:line:col: severity: message`` line each (``base``: the pack's folder,
    written when several packs were given)."""
    errors = [p for p in err.problems if p.severity == "error"]
    console.say(Texts(lang or "en")("text.pack_errors", n=len(errors)))
    for problem in err.problems:
        where = base + problem.format() if problem.file else f"{problem.severity}: {problem.message}"
        console.line(where)


def _choose(packs: list[Pack], lang: str | None, console: Console) -> Pack:
    """The pack to play: the only one, or the one the player picks from a numbered list of titles."""
    if len(packs) == 1:
        return packs[0]
    first = packs[0]
    lang = lang or first.default_language
    ctx = TextContext(first, lang, console, Texts(lang, first.strings))
    titles = [translate(pack.title, lang, pack.default_language) for pack in packs]
    while True:
        index = ctx.pick(ctx.t("text.which_game"), titles)
        if index is not None:
            console.say()
            return packs[index]


def _speaks(pack: Pack, lang: str) -> bool:
    return lang in pack.languages or lang.split("-")[0] in pack.languages


def play(
    pack: Pack,
    lang: str | None,
    console: Console,
    *,
    sink: ResponseSink | None = None,
    seed: int | None = None,
    clock: Clock | None = None,
) -> int:
    """Play a loaded pack on ``console``: survey before, the game, the ending and debrief, survey after."""
    lang = lang or pack.default_language
    ctx = TextContext(pack, lang, console, Texts(lang, pack.strings, variant="text"))
    console.say(ctx.t("text.welcome", title=ctx.tr(pack.title)))
    console.say(ctx.tr(pack.summary))
    if not _speaks(pack, lang):
        missing, default = language_name(lang), language_name(pack.default_language)
        console.say(ctx.t("text.lang_missing", language=missing, default=default))
    seed = random.SystemRandom().randrange(2**31) if seed is None else seed
    recorder = SessionRecorder(sink, ctx.call_facilitator)
    recorder.start(pack, lang, seed)
    if pack.survey is not None and sink is None:
        console.say(ctx.t("text.survey.not_saved"))
    console.say()
    survey = TextSurvey(ctx, recorder, random.Random(seed))
    ending = "quit"
    try:
        survey.before()
        console.say(ctx.t("text.help_hint"))
        game = TextGame(ctx, Session(pack, seed), recorder, clock or time.monotonic)
        ending = game.run()
        console.say()
        console.say_all(ending_lines(ctx, game.state))
        console.say()
        survey.after()
        console.say(ctx.t("text.end.thanks"))
    except EndOfInput:
        console.say(ctx.t("text.end.eof"))
    except QuitGame:
        console.say(ctx.t("text.end.quit"))
    finally:
        recorder.end(ending)
        console.flush()
    return 0
