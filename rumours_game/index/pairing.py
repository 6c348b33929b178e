"""The pairing rule (docs/index.md, "Definition"): from answers to before/after pairs, held as columns.

Both inputs end here: :func:`pair_rows` pairs an export's answers in Python, and a database is paired in
SQL (``rumours_game/store/pairs_sql.py``) into the same columns; :mod:`rumours_game.index.table` then
turns either into one numpy table (attention checks and inconsistent pairs are set apart there), so the
two paths share every step after the pairing itself. Pure Python: the store imports this."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from itertools import compress

from rumours_game.collector import collector_paused
from rumours_game.index.rows import Context, ItemInfo, ItemKey, ResponseRow, SessionInfo


@dataclass
class Counts:
    """Answers counted on the way to the pairs (each in answers)."""

    answers: int
    """Answers of the sessions the index reads (test runs only when asked)."""
    superseded: int
    """Answers replaced by a later answer of the same player to the same item in the same phase."""
    check_answers: int
    check_failed: int
    test_answers: int
    latest: int
    """The latest answer per session, player, item and phase, attention checks left out."""
    duplicates: int = 0
    conflicts: int = 0


@dataclass(frozen=True)
class PairColumns:
    """Candidate pairs, one entry per pair in every column: ``context`` indexes :attr:`Paired.contexts`;
    ``pre`` and ``post`` are acceptances (mirrored when reverse coded); ``consistent`` is 0 when the two
    answers used different scales or coding. Attention-check items may still be among them."""

    context: Sequence[int] = ()
    player: Sequence[str] = ()
    item: Sequence[str] = ()
    rumour: Sequence[str] = ()
    pre: Sequence[int] = ()
    post: Sequence[int] = ()
    lo: Sequence[int] = ()
    hi: Sequence[int] = ()
    consistent: Sequence[int] = ()


@dataclass
class Paired:
    """What a source gives the index: candidate pairs, their contexts, items and sessions, and counts."""

    columns: PairColumns = field(default_factory=PairColumns)
    contexts: list[Context] = field(default_factory=list)
    counts: Counts = field(default_factory=lambda: Counts(0, 0, 0, 0, 0, 0))
    items: dict[ItemKey, ItemInfo] = field(default_factory=dict)
    sessions: dict[str, SessionInfo] = field(default_factory=dict)

    def paired_contexts(self) -> list[Context]:
        """The contexts (sessions) with at least one usable pair (consistent, not an attention check)."""
        cols = self.columns
        checks = {key for key, info in self.items.items() if info.kind == "check"}
        if not checks:  # the common case, in C: no pair is an attention check
            used = set(compress(cols.context, cols.consistent))
        else:
            ids = {item for _, _, item in checks}
            used = {
                c
                for c, item in compress(zip(cols.context, cols.item, strict=True), cols.consistent)
                if item not in ids or (self.contexts[c].pack, self.contexts[c].version, item) not in checks
            }
        return [self.contexts[c] for c in sorted(used)]


def bulk() -> AbstractContextManager[None]:
    """Around reading and computing over hundreds of thousands of pairs: the cycle collector is paused (it
    would otherwise walk the rows again and again: a third of the time of reading a large database) and
    what they leave alive is frozen afterwards, so no later collection walks it either."""
    return collector_paused(freeze_after=True)


def acceptance(row: ResponseRow) -> int:
    """The value, mirrored on the scale when the item is reverse coded."""
    return row.scale_min + row.scale_max - row.value if row.reverse_coded else row.value


def pair_rows(
    rows: Iterable[ResponseRow],
    items: Mapping[ItemKey, ItemInfo] | None = None,
    sessions: Mapping[str, SessionInfo] | None = None,
    *,
    include_test: bool = False,
) -> Paired:
    """Pair answers. Answers of an attention-check item (by ``items``, per pack version) are counted (and
    the wrong ones) but never paired, with or without an expected value; answers of test sessions are left
    out unless ``include_test``; the latest answer per session, player, item and phase counts."""
    out = Paired(items=dict(items or {}), sessions=dict(sessions or {}))
    answers = superseded = checks = failed = tests = 0
    latest: dict[tuple[str, str, str, str], ResponseRow] = {}
    for row in rows:
        session = out.sessions.get(row.session_id)
        if session is not None and session.is_test and not include_test:
            tests += 1
            continue
        answers += 1
        info = out.items.get((row.pack_id, row.pack_version, row.item_id))
        if info is not None and info.kind == "check":
            checks += 1
            failed += info.expect is not None and row.value != info.expect
            continue
        key = (row.session_id, row.player_code, row.item_id, row.phase)
        old = latest.get(key)
        if old is not None:
            superseded += 1
            if (row.answered_at, row.response_id) < (old.answered_at, old.response_id):
                continue
        latest[key] = row
    out.counts = Counts(answers, superseded, checks, failed, tests, len(latest))
    contexts: dict[Context, int] = {}
    found: list[tuple[int, str, str, str, int, int, int, int, int]] = []
    for (session_id, player, item, phase), pre in latest.items():
        post = latest.get((session_id, player, item, "post")) if phase == "pre" else None
        if post is None:
            continue
        session = out.sessions.get(session_id)
        context = Context(session_id, pre.pack_id, pre.pack_version, pre.kiosk_id, pre.event, pre.language,
                          session.condition if session else "")  # fmt: skip
        same = (pre.scale_min, pre.scale_max, pre.reverse_coded) == (
            post.scale_min,
            post.scale_max,
            post.reverse_coded,
        )
        found.append((contexts.setdefault(context, len(contexts)), player, item, pre.rumour_id, acceptance(pre),
                      acceptance(post), pre.scale_min, pre.scale_max, int(same)))  # fmt: skip
    out.contexts = list(contexts)
    if found:
        out.columns = PairColumns(*zip(*found, strict=True))
    return out
