"""Fault injection: writers killed with SIGKILL at random moments, and an export taken while one writes.

Each writer is a forked child process that records sessions, answers and journal entries through the real
Store and acknowledges each write on a pipe only after the call returned. After every kill the parent checks
that everything acknowledged is on disk, that the file is sound, and that unfinished sessions can be
resumed (or closed)."""

from __future__ import annotations

import csv
import os
import random
import signal
import sqlite3
import time
from pathlib import Path

from rumours_game.store import DB_NAME, Store, export
from rumours_game.survey import PHASES, MemorySink, Question, SurveyPlan, SurveyRun
from tests.survey.helpers import make_pack

KILLS = 220
DIRS = 5  # a fresh data folder now and then, so some kills land while the database is being created


def _writer(data_dir: Path, seed: int, ack_fd: int) -> None:
    """Record sessions forever, acknowledging every write after it returned."""
    rng = random.Random(seed)
    acks = os.fdopen(ack_fd, "w", buffering=1)
    store = Store.open(data_dir)
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


def _spawn(data_dir: Path, seed: int) -> tuple[int, int]:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: write until killed
        os.close(read_fd)
        try:
            _writer(data_dir, seed, write_fd)
        finally:
            os._exit(1)
    os.close(write_fd)
    return pid, read_fd


def _read_acks(read_fd: int, first: str = "") -> list[list[str]]:
    with os.fdopen(read_fd, "r") as fh:
        return [line.split() for line in (first + fh.read()).splitlines()]


def _first_ack(read_fd: int) -> str:
    """Wait for the child's first acknowledged write (the store is open) and return that line."""
    line = b""
    while not line.endswith(b"\n"):
        chunk = os.read(read_fd, 1)
        if not chunk:
            break
        line += chunk
    return line.decode()


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


def test_acknowledged_writes_survive_sigkill(tmp_path: Path) -> None:
    rng = random.Random(2024)
    started = time.monotonic()
    answers: dict[Path, int] = {}
    mid_session = 0
    for cycle in range(KILLS):
        data_dir = tmp_path / f"data{cycle * DIRS // KILLS}"
        pid, read_fd = _spawn(data_dir, seed=cycle)
        # one kill in four may land while the store opens (or creates the database); the others once the
        # first write is acknowledged, so most land mid-session whatever the machine's speed
        first = "" if cycle % 4 == 0 else _first_ack(read_fd)
        time.sleep(rng.uniform(0.0, 0.03 if first else 0.06))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        acks = _read_acks(read_fd, first)
        mid_session += bool(acks) and acks[-1][0] != "E"
        answers[data_dir] = _check(data_dir, acks, close=cycle % 7 == 0)
    assert mid_session > KILLS // 2, "most kills landed while a session was being written"
    assert sum(answers.values()) > 100
    assert time.monotonic() - started < 60


def test_export_while_another_process_writes(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    Store.open(data_dir).close()
    pid, read_fd = _spawn(data_dir, seed=1)
    counts = []
    try:
        for number in range(6):
            time.sleep(0.05)
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
    acks = _read_acks(read_fd)
    assert counts == sorted(counts) and counts[-1] > counts[0]
    assert _check(data_dir, acks, close=True) >= counts[-1]
