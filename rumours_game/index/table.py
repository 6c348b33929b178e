"""The usable pairs as one numpy table, built the same way from an export's pairs and a database's.

Strings (player codes, item and rumour ids, pack versions) are turned into whole-number codes once
(:func:`factorize`); from then on every step is an array operation over all pairs: O(P log P) for P pairs
(the sorts of :func:`numpy.unique`), no Python work per pair."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple, TypeVar

import numpy as np
import numpy.typing as npt

from rumours_game.index.pairing import Paired
from rumours_game.index.rows import Context

Ints = npt.NDArray[np.int64]
T = TypeVar("T")
KIND_CODES = {"rumour": 0, "fact": 1, "attitude": 2, "check": 3}
RUMOUR, FACT, CHECK = KIND_CODES["rumour"], KIND_CODES["fact"], KIND_CODES["check"]


class Variant(NamedTuple):
    """One statement as the index tells statements apart: an item id within one pack version, with its
    rumour, kind, statement hash and scale."""

    pack: str
    version: str
    item: str
    rumour: str
    kind: str
    item_hash: str
    lo: int
    hi: int


def factorize(values: Sequence[T]) -> tuple[Ints, list[T]]:
    """A code per value and the distinct values (``distinct[code[i]] == values[i]``). Runs in C (a dict
    built from the distinct values, then ``map``), about 30 ns a value."""
    distinct = list(dict.fromkeys(values))
    codes = {v: i for i, v in enumerate(distinct)}
    return np.fromiter(map(codes.__getitem__, values), dtype=np.int64, count=len(values)), distinct


def combine(*codes: Ints) -> tuple[Ints, Ints]:
    """One code per distinct combination of several code columns (sorted by the combination), and for
    each combination the row where it first occurs."""
    key = np.zeros(len(codes[0]), dtype=np.int64)
    for column in codes:
        _, key = np.unique(key * (int(column.max(initial=0)) + 1) + column, return_inverse=True)
        key = key.astype(np.int64).reshape(-1)
    _, first = np.unique(key, return_index=True)
    return key, first.astype(np.int64)


@dataclass(frozen=True)
class PairTable:
    """Usable pairs (attention checks and inconsistent pairs are out): per pair its ``player`` (0 ..
    n_players - 1), ``variant`` (index into ``variants``), ``context`` (index into ``contexts``) and the
    acceptances ``pre`` and ``post``; per player its ``session`` (a code shared by a team)."""

    player: Ints
    variant: Ints
    context: Ints
    pre: Ints
    post: Ints
    session: Ints
    variants: list[Variant]
    contexts: list[Context]

    @property
    def n_players(self) -> int:
        return len(self.session)

    def per_variant(self, values: Sequence[int]) -> Ints:
        """A per-variant value (``values[v]`` for variant v) looked up for every pair."""
        return np.asarray(values, dtype=np.int64)[self.variant]

    def kind(self) -> Ints:
        """The kind code of every pair (:data:`KIND_CODES`)."""
        return self.per_variant([KIND_CODES[v.kind] for v in self.variants])

    def lo(self) -> Ints:
        """The lowest point of every pair's scale."""
        return self.per_variant([v.lo for v in self.variants])

    def span(self) -> Ints:
        """The span (hi - lo) of every pair's scale."""
        return self.per_variant([v.hi - v.lo for v in self.variants])

    def take(self, rows: Ints) -> PairTable:
        """The pairs at ``rows`` (players keep their numbers; a player without pairs there drops out of
        every per-player figure)."""
        return PairTable(self.player[rows], self.variant[rows], self.context[rows], self.pre[rows],
                         self.post[rows], self.session, self.variants, self.contexts)  # fmt: skip


@dataclass(frozen=True)
class Built:
    """The table and the answers set apart while building it."""

    table: PairTable
    inconsistent: int
    """Answers of pairs whose before and after used different scales or coding (two per pair)."""


def build_table(paired: Paired) -> Built:
    """The usable pairs of ``paired`` as a :class:`PairTable`: the kind of an item comes from what is
    known about its pack version (a rumour item when nothing is); attention checks are dropped, then
    inconsistent pairs."""
    cols, contexts = paired.columns, paired.contexts
    context = np.array(cols.context, dtype=np.int64)
    pack_version, versions = factorize([(c.pack, c.version) for c in contexts])
    item, item_ids = factorize(cols.item)
    known, first = combine(pack_version[context] if len(context) else context, item)
    infos = [paired.items.get((*versions[pack_version[context[i]]], item_ids[item[i]])) for i in first]
    kinds = [info.kind if info is not None else "rumour" for info in infos]
    consistent = np.array(cols.consistent, dtype=bool)
    not_check = np.array([k != "check" for k in kinds], dtype=bool)[known]
    keep = np.flatnonzero(not_check & consistent)
    inconsistent = 2 * int(np.count_nonzero(not_check & ~consistent))

    rumour, rumour_ids = factorize(cols.rumour)
    lo, hi = np.array(cols.lo, dtype=np.int64), np.array(cols.hi, dtype=np.int64)
    variant, vfirst = combine(known[keep], rumour[keep], lo[keep], hi[keep])
    variants = []
    for row in vfirst:
        i = int(keep[row])
        pack, version = versions[pack_version[context[i]]]
        info = infos[known[i]]
        variants.append(Variant(pack, version, item_ids[item[i]], rumour_ids[rumour[i]],
                                kinds[known[i]], info.item_hash if info else "", int(lo[i]), int(hi[i])))  # fmt: skip
    session_of_context, _ = factorize([c.session for c in contexts])
    session = session_of_context[context[keep]] if len(keep) else np.zeros(0, dtype=np.int64)
    code, _ = factorize(cols.player)
    player, pfirst = combine(session, code[keep])
    table = PairTable(
        player, variant, context[keep], np.array(cols.pre, dtype=np.int64)[keep],
        np.array(cols.post, dtype=np.int64)[keep], session[pfirst], variants, list(contexts),
    )  # fmt: skip
    return Built(table, inconsistent)
