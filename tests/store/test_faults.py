"""Fault injection: writers killed with SIGKILL at deterministic kill points, and an export taken while one writes.

Each writer is a forked child process that records sessions, answers and journal entries through the real
Store and acknowledges each write on a pipe only after the call returned. The child kills itself at a
chosen point: just before its N-th SQL statement (every statement of creating a store and a first session
is tried), or at its N-th SQLite virtual-machine step (inside statements, triggers and commits). After every
kill the parent checks that everything acknowledged is on disk, that the file is sound, and that unfinished
sessions can be resumed (or closed). No sleeps and no clocks: the same kills land in the same places
on every run."""

from __future__ import annotations

import csv
import itertools
import os
import random
import signal
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import pytest

from rumours_game.store import DB_NAME, Store, export
from rumours_game.survey import PHASES, MemorySink, Question, SurveyPlan, SurveyRun
from tests.survey.helpers import make_pack

STATEMENT_KILLS = 100
"""Statements tried one by one: creating the database, opening it, starting a session, its first answers."""
STEP_KILLS = 90
DIRS = 4  # kills at VM steps reuse a data folder this many times over, so damage could pile up
OPEN_SPREAD = 3_000
"""VM steps that kills counted from the start are spread over: creating, checking and opening a store."""
SESSION_SPREAD = 8_000
"""VM steps that kills counted from an open store are spread over: about two sessions."""


@dataclass(frozen=True)
class KillPoint:
    """Where the writer dies: just before its ``at``-th SQL statement, or at its ``at``-th VM step; counted
    from the start, or from when its store is open (``after_open``)."""

    kind: Literal["statement", "step"]
    at: int
    after_open: bool = False


def _die_at(point: KillPoint) -> Callable[[], None]:
    """In the child: make every SQLite connection it opens count toward ``point`` and SIGKILL the process there.

    Returns the function the writer calls once its store is open (counting starts then for ``after_open``)."""
    count = itertools.count(1)
    armed = not point.after_open
    connect = sqlite3.connect

    def die_when_due(*_: object) -> int:
        if armed and next(count) >= point.at:
            os.kill(os.getpid(), signal.SIGKILL)
        return 0

    def opened() -> None:
        nonlocal armed
        armed = True

    def counting_connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = connect(*args, **kwargs)
        if point.kind == "statement":
            conn.set_trace_callback(die_when_due)
        else:
            conn.set_progress_handler(die_when_due, 1)
        return conn

    sqlite3.connect = counting_connect  # only in the forked child, which never returns to the tests
    return opened


def _writer(data_dir: Path, seed: int, ack_fd: int, opened: Callable[[], None]) -> None:
    """Record sessions forever, acknowledging every write after it returned."""
    rng = random.Random(seed)
    acks = os.fdopen(ack_fd, "w", buffering=1)
    store = Store.open(data_dir)
    opened()
    pack = make_pack()
    assert pack.survey is not None
    while True:
        session = store.start_session(pack, "en", seed=seed)
        acks.write(f"S {session}\n")
        plan = SurveyPlan.build(pack.survey, rng.randint(1, 3), rng)
        for player in plan.players:
            store.add_player(session, player)
            acks.write(f"P {session} {player.code}\n")
        seq = 0
        for phase in PHASES:
            for player in plan.players:
                for item in plan.order(player, phase):
                    answer = item.answer(player.code, phase, rng.randint(1, item.scale_max))
                    acks.write(f"A {store.record_answer(session, answer)}\n")
                    store.journal_action(session, seq, 1.5 * seq, {"type": "tick", "seconds": 1.5})
                    acks.write(f"J {session} {seq}\n")
                    seq += 1
        if rng.random() < 0.5:
            store.end_session(session, "escaped")
            acks.write(f"E {session}\n")


def _spawn(data_dir: Path, seed: int, kill: KillPoint | None = None) -> tuple[int, int]:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: write until killed
        os.close(read_fd)
        try:
            opened = _die_at(kill) if kill is not None else lambda: None
            _writer(data_dir, seed, write_fd, opened)
        finally:
            os._exit(1)
    os.close(write_fd)
    return pid, read_fd


def _read_acks(read_fd: int) -> list[list[str]]:
    with os.fdopen(read_fd, "r") as fh:
        return [line.split() for line in fh.read().splitlines()]


def _check(data_dir: Path, acks: list[list[str]], close: bool) -> int:
    """Everything acknowledged is there, the file is sound, unfinished sessions resume; returns answers."""
    path = data_dir / DB_NAME
    if not acks and not path.exists():
        return 0
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    _check_resumable(data_dir, close)
    conn = sqlite3.connect(path)
    try:
        answers = {r[0] for r in conn.execute("SELECT response_id FROM responses")}
        journal = {(s, str(q)) for s, q in conn.execute("SELECT session_id, seq FROM journal")}
        sessions = dict(conn.execute("SELECT session_id, ended_at FROM sessions").fetchall())
        players = set(conn.execute("SELECT session_id, player_code FROM players").fetchall())
    finally:
        conn.close()
    for kind, *rest in acks:
        if kind == "A":
            assert rest[0] in answers
        elif kind == "J":
            assert tuple(rest) in journal
        elif kind == "S":
            assert rest[0] in sessions
        elif kind == "P":
            assert tuple(rest) in players
        else:
            assert sessions[rest[0]] is not None
    return len(answers)


def _check_resumable(data_dir: Path, close: bool) -> None:
    """The store opens cleanly (finishing an interrupted creation) and unfinished sessions can resume."""
    store = Store.open(data_dir)
    try:
        assert store.problems == []
        survey = make_pack().survey
        assert survey is not None
        for unfinished in store.unfinished_sessions():
            assert [a["seq"] for a in unfinished.actions] == list(range(len(unfinished.actions)))
            plan = SurveyPlan.restore(survey, unfinished.players)
            left = 0
            for phase in PHASES:
                done = {(code, item) for code, ph, item in unfinished.answered if ph == phase}
                sink = MemorySink()
                joined = [p.code for p in plan.players]
                run = SurveyRun(plan, sink, unfinished.session_id, phase, answered=done, joined=joined)
                while run.step is not None:
                    if isinstance(run.step, Question):
                        run.answer(1)
                    else:
                        run.ready()
                left += len(sink.answers)
            assert left == len(plan.players) * len(plan.items) * 2 - len(unfinished.answered)
        if close:
            store.close_incomplete()
            assert store.unfinished_sessions() == []
    finally:
        store.close()


def _killed(data_dir: Path, seed: int, kill: KillPoint) -> list[list[str]]:
    """Run a writer until its kill point; the acknowledgements it made before dying."""
    pid, read_fd = _spawn(data_dir, seed, kill)
    acks = _read_acks(read_fd)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
        f"the writer did not reach {kill}"
    )
    return acks


@pytest.mark.slow
def test_every_statement_of_a_new_store_and_its_first_session_is_a_safe_kill_point(tmp_path: Path) -> None:
    """Killed before each SQL statement in turn, from creating the database to well into the first session."""
    acked: list[str] = []
    for at in range(1, STATEMENT_KILLS + 1):
        data_dir = tmp_path / f"data{at}"
        acks = _killed(data_dir, seed=at, kill=KillPoint("statement", at))
        _check(data_dir, acks, close=at % 2 == 0)
        acked += [kind for kind, *_ in acks]
    assert acked.count("S") > 30 and acked.count("A") > 30, "the kills reach into the first session's answers"


@pytest.mark.slow
def test_acknowledged_writes_survive_kills_inside_statements(tmp_path: Path) -> None:
    """Killed at VM steps, on data folders reused many times: every third kill while the store opens (creating,
    checking, recovering it), the others spread over the sessions written once it is open."""
    answers: dict[Path, int] = {}
    mid_session = 0
    for cycle in range(STEP_KILLS):
        data_dir = tmp_path / f"data{cycle % DIRS}"
        opening = cycle % 3 == 0
        at = 1 + (cycle * 7919) % (OPEN_SPREAD if opening else SESSION_SPREAD)
        acks = _killed(data_dir, seed=cycle, kill=KillPoint("step", at, after_open=not opening))
        mid_session += bool(acks) and acks[-1][0] != "E"
        answers[data_dir] = _check(data_dir, acks, close=cycle % 7 == 0)
    assert mid_session > STEP_KILLS // 2, "most kills landed while a session was being written"
    assert sum(answers.values()) > 100


def _wait_for_answers(acks: Any, lines: list[list[str]], count: int) -> None:
    """Read the writer's acknowledgements until ``count`` more answers were written (no clock involved)."""
    want = sum(1 for line in lines if line[0] == "A") + count
    while sum(1 for line in lines if line[0] == "A") < want:
        line = acks.readline()
        assert line, "the writer stopped"
        lines.append(line.split())


def test_export_while_another_process_writes(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    Store.open(data_dir).close()
    pid, read_fd = _spawn(data_dir, seed=1)
    counts = []
    acks = os.fdopen(read_fd, "r")
    lines: list[list[str]] = []
    try:
        for number in range(6):
            _wait_for_answers(acks, lines, 15)  # the writer goes on writing while the export runs
            out = tmp_path / f"export{number}"
            export(data_dir / DB_NAME, out, "csv")
            with (out / "responses.csv").open(newline="") as fh:
                responses = list(csv.DictReader(fh))
            with (out / "sessions.csv").open(newline="") as fh:
                sessions = {r["session_id"] for r in csv.DictReader(fh)}
            with (out / "players.csv").open(newline="") as fh:
                players = {(r["session_id"], r["player_code"]) for r in csv.DictReader(fh)}
            assert {r["session_id"] for r in responses} <= sessions
            assert {(r["session_id"], r["player_code"]) for r in responses} <= players
            counts.append(len(responses))
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    lines += [line.split() for line in acks.read().splitlines()]
    acks.close()
    assert counts == sorted(counts) and counts[-1] > counts[0]
    assert _check(data_dir, lines, close=True) >= counts[-1]
