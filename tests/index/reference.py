"""An independent computation of the index with numpy, fractions and scipy.stats, written plainly from
docs/index.md, and random data sets to compare it with."""

from __future__ import annotations

import random
from collections import defaultdict
from fractions import Fraction

import numpy as np
from scipy import optimize, stats

from rumours_game.index import ItemInfo, ResponseRow

KIND_ITEMS = {  # item: (scale points, reverse coded, rumour, kind)
    "a": (5, 0, "r1", "rumour"),
    "b": (5, 1, "", "rumour"),
    "c": (7, 0, "r1", "rumour"),
    "d": (7, 1, "r2", "rumour"),
    "f1": (5, 0, "r1", "fact"),
    "f2": (7, 1, "", "fact"),
    "att": (5, 0, "", "attitude"),
}


def random_rows(
    seed: int, players: int, *, constant: bool = False, items: dict | None = None
) -> list[ResponseRow]:
    """Teams of 1-4 players at two kiosks; some answers missing, some answered twice; with ``constant``
    every player changes by the same amount on every item (zero variance)."""
    rng = random.Random(seed)
    items = items or {k: v for k, v in KIND_ITEMS.items() if v[3] == "rumour"}
    rows: list[ResponseRow] = []
    session, left = 0, 0
    for p in range(players):
        if left == 0:
            session, left = session + 1, rng.randint(1, 4)
        left -= 1
        kiosk = "k1" if session % 2 else "k2"
        for item, (hi, rev, rumour, _) in items.items():
            pre = rng.randint(2, hi) if constant else rng.randint(1, hi)
            post = pre - 1 if constant else rng.randint(1, hi)
            for phase, value in (("pre", pre), ("post", post)):
                if not constant and rng.random() < 0.08:
                    continue  # unpaired
                attempts = 1 + (not constant and rng.random() < 0.1)  # sometimes re-answered
                for attempt in range(attempts):
                    v = value if attempt == attempts - 1 else rng.randint(1, hi)
                    minute = rng.randrange(50) if phase == "pre" else 55
                    at = f"2026-01-01T10:{minute:02d}:{attempt:02d}.000000Z"
                    if rev:
                        v = 1 + hi - v  # the shown value of a mirrored statement
                    rows.append(ResponseRow(
                        f"id{len(rows)}", f"s{session}", f"P{p}", kiosk, "", "demo", "1", "en", item, rumour,
                        phase, v, 1, hi, rev, at,
                    ))  # fmt: skip
    rng.shuffle(rows)
    return rows


def infos(items: dict) -> dict[tuple[str, str, str], ItemInfo]:
    """What items.csv would say about ``items``."""
    return {("demo", "1", k): ItemInfo(v[3]) for k, v in items.items()}


def latest_pairs(rows: list[ResponseRow], kinds: dict[str, str]) -> list[dict]:
    """Pairs as plain dicts: acceptance before and after, span, kind, session, player."""
    latest: dict[tuple, ResponseRow] = {}
    for r in sorted(rows, key=lambda r: (r.answered_at, r.response_id)):
        latest[(r.session_id, r.player_code, r.item_id, r.phase)] = r
    out = []
    for (s, p, i, phase), pre in latest.items():
        post = latest.get((s, p, i, "post"))
        if phase != "pre" or post is None:
            continue

        def acc(r: ResponseRow) -> int:
            return r.scale_min + r.scale_max - r.value if r.reverse_coded else r.value

        out.append({"s": s, "p": p, "item": i, "kind": kinds.get(i, "rumour"), "rumour": pre.rumour_id,
                    "pre": acc(pre), "post": acc(post), "lo": pre.scale_min, "hi": pre.scale_max})  # fmt: skip
    return out


def change(pair: dict) -> int:
    return pair["post"] - pair["pre"] if pair["kind"] == "fact" else pair["pre"] - pair["post"]


def player_scores(pairs: list[dict], kind: str = "rumour") -> tuple[list[Fraction], list[str]]:
    """Players' mean change in % of the scale over items of ``kind`` (exact fractions), and their sessions."""
    per: dict[tuple, list[Fraction]] = defaultdict(list)
    for x in pairs:
        if x["kind"] == kind:
            per[(x["s"], x["p"])].append(Fraction(100 * change(x), x["hi"] - x["lo"]))
    keys = sorted(per)
    return [sum(per[k], Fraction(0)) / len(per[k]) for k in keys], [k[0] for k in keys]


def dz_ci(values: np.ndarray) -> list[float]:
    n = len(values)
    t = values.mean() / (values.std(ddof=1) / np.sqrt(n))

    def solve(q: float) -> float:
        def f(nc: float) -> float:
            return stats.nct.cdf(t, n - 1, nc) - q

        for width in (30, 300, 3000):  # the first sign change over a grid of finite values, widened as needed
            grid = np.linspace(t - width, t + width, 241 + int(width) * 8)
            values = [f(nc) for nc in grid]
            k = next((i for i in range(len(grid) - 1) if values[i] > 0 >= values[i + 1]), None)
            if k is not None:
                return optimize.root_scalar(f, bracket=[grid[k], grid[k + 1]], xtol=1e-13).root / np.sqrt(n)
        raise AssertionError(f"no noncentrality parameter within t +- 3000 gives the {q} point (t={t})")

    return [solve(0.975), solve(0.025)]


def cluster(values: np.ndarray, sessions: list[str]) -> tuple[float, float, int]:
    """Cluster-robust (CR1) standard error of the mean, and its t and df."""
    n = len(values)
    groups = sorted(set(sessions))
    resid = values - values.mean()
    sums = np.array([resid[[s == g for s in sessions]].sum() for g in groups])
    g = len(groups)
    se = np.sqrt(g / (g - 1) * (sums**2).sum()) / n
    return se, values.mean() / se, g - 1


def holm(ps: list[float]) -> list[float]:
    order = np.argsort(ps)
    m = len(ps)
    adjusted = np.empty(m)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * ps[i]))
        adjusted[i] = running
    return list(adjusted)
