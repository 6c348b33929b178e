"""After a crash: a game in progress resumes in its room from the journal (same clock, inventory, team
answers); a session cut off before the game closes as incomplete with its answers kept."""

from __future__ import annotations

import json

from rumours_game.analysis.play_stats import replay_journal
from rumours_game.kiosk.resume import resume_session

from ..ui.helpers import scene_is, until
from .helpers import kiosk_app


def test_a_game_in_progress_resumes_in_its_room(data_dir):
    kiosk, driver, store, _ = kiosk_app(data_dir)
    driver.start()
    until(driver, scene_is("room"))
    until(driver, lambda app: len(app.ctx.session.log) >= 4)
    state = kiosk.app.ctx.session.state
    answers = store._conn.execute("SELECT count(*) FROM responses").fetchone()[0]
    store._conn.close()  # the process dies here: nothing is closed properly

    again, driver2, store2, _ = kiosk_app(data_dir)
    assert resume_session(again, store2)
    app = again.app
    assert app.top.name == "room" and app.ctx.session.state == state
    assert app.flow.recorder.session_id is not None and app.flow.agreed
    driver2.plan.sync(app.ctx.session)
    driver2._seen, driver2._stuck, driver2._played = -1, 0, True  # the driver takes over mid-game
    ok, message = driver2.run_rest()
    assert ok, message
    rows = store2._conn.execute("SELECT ending FROM sessions").fetchall()
    assert rows == [("escaped",)], "the same session went on to its end"
    post = store2._conn.execute("SELECT count(*) FROM responses WHERE phase = 'post'").fetchone()[0]
    assert post > 0 and store2._conn.execute("SELECT count(*) FROM responses").fetchone()[0] == answers + post
    # the play figures went on too: the same as replaying the whole journal
    journal = [
        {"at": at, "action": json.loads(text)}
        for at, text in store2._conn.execute("SELECT at, action FROM journal ORDER BY seq")
    ]
    replayed = replay_journal(app.ctx.pack, "escaped", journal)
    kept = store2._conn.execute(
        "SELECT puzzle_id, reached_s, solved_s, hints, wrong_answers FROM puzzle_play"
    )
    assert {row[0]: row[1:] for row in kept} == {
        pid: (p.reached_at, p.solved_at, p.hints, p.wrong) for pid, p in replayed.puzzles.items()
    }
    assert all(p.solved_at is not None for p in replayed.puzzles.values())


def test_a_session_cut_off_in_the_survey_closes_as_incomplete(data_dir):
    _, driver, store, _ = kiosk_app(data_dir)
    driver.start()
    until(driver, scene_is("survey-question"))
    until(driver, lambda app: store._conn.execute("SELECT count(*) FROM responses").fetchone()[0] > 0)
    store._conn.close()
    again, _, store2, _ = kiosk_app(data_dir)
    assert not resume_session(again, store2)
    assert again.app.top.name == "title"
    assert store2._conn.execute("SELECT ending FROM sessions").fetchall() == [("incomplete",)]
    assert store2._conn.execute("SELECT count(*) FROM responses").fetchone()[0] > 0
