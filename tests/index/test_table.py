"""The pair table: codes for strings, combinations, and the collector pause around bulk work."""

from __future__ import annotations

import gc

import numpy as np
import pytest

from rumours_game.index import pair_rows
from rumours_game.index.pairing import bulk
from rumours_game.index.table import build_table, combine, factorize
from tests.index.fixtures import CHECKS, hand_rows, row


def test_factorize_gives_codes_in_order_of_first_appearance() -> None:
    codes, distinct = factorize(["b", "a", "b", "c", "a"])
    assert codes.tolist() == [0, 1, 0, 2, 1] and distinct == ["b", "a", "c"]
    codes, distinct = factorize([])
    assert codes.tolist() == [] and distinct == []


def test_combine_codes_each_distinct_combination_once() -> None:
    a = np.array([0, 1, 0, 1, 0], dtype=np.int64)
    b = np.array([5, 5, 5, 6, 6], dtype=np.int64)
    codes, first = combine(a, b)
    pairs = list(zip(a.tolist(), b.tolist(), strict=True))
    assert len(set(codes.tolist())) == len(set(pairs)) == 4
    for i, j in zip(range(5), range(5), strict=True):
        assert (codes[i] == codes[j]) == (pairs[i] == pairs[j])
    assert [pairs[i] for i in first] == sorted(set(pairs))


def test_the_collector_runs_again_after_bulk_work_and_after_an_error() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), bulk():
        assert not gc.isenabled()
        raise RuntimeError("boom")
    assert gc.isenabled()
    gc.disable()
    try:
        with bulk():
            pass
        assert not gc.isenabled(), "a collector paused by the caller stays paused"
    finally:
        gc.enable()


def test_the_table_drops_checks_then_inconsistent_pairs() -> None:
    rows = [*hand_rows(), row("s3", "DDD", "jobs", "pre", 2, rumour="jobs"),
            row("s3", "DDD", "jobs", "post", 6, hi=7, rumour="jobs")]  # fmt: skip
    paired = pair_rows(rows, CHECKS)
    built = build_table(paired)
    assert built.inconsistent == 2
    assert len(built.table.pre) == 7  # A: 3 pairs, B: 3, C: 1, D: none usable; the check is never paired
    assert {v.item for v in built.table.variants} == {"jobs", "enrich", "crime"}
    assert built.table.n_players == 3


def test_what_bulk_work_leaves_alive_is_frozen_out_of_the_collectors_sight() -> None:
    before = gc.get_freeze_count()
    with bulk():
        kept = [[i] for i in range(1000)]
    assert gc.get_freeze_count() >= before + len(kept)
    assert gc.isenabled()
