"""Summaries of paired changes with scipy.stats: exact mean and SD, t test, d_z with its noncentral-t
interval, Wilcoxon signed-rank (Pratt), shares, cluster-robust intervals with ICC and design effect, Holm.

Values are exact rationals (integer numerators over integer denominators), so the mean and the variance
are computed exactly and a change of exactly 0, or a set of equal changes, is seen as such."""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy import optimize, stats  # type: ignore[import-untyped]

LEVEL = 0.95
Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Sample:
    """Values ``nums[i] / dens[i]`` (exact, whole numbers with ``dens > 0``), each with the cluster (session
    code) it belongs to."""

    nums: Ints
    dens: Ints
    clusters: Ints
    scale: int = 1
    """Every value is multiplied by this (100 for percentages)."""

    @property
    def n(self) -> int:
        return len(self.nums)


@dataclass(frozen=True)
class Exact:
    """A sample's values as whole numbers over one common denominator ``den``: their count, sum and sum of
    squares as Python integers (no overflow), and how many are above and below 0."""

    den: int
    n: int
    total: int
    squares: int
    up: int
    down: int

    @classmethod
    def of(cls, sample: Sample) -> Exact:
        """Computed over the distinct values (few: answers lie on short scales), so exact and fast."""
        if not sample.n:
            return cls(1, 0, 0, 0, 0, 0)
        dens, den_code = np.unique(sample.dens, return_inverse=True)
        low = int(sample.nums.min())
        width = int(sample.nums.max()) - low + 1
        if width * len(dens) < 2**62:  # one whole-number key per (numerator, denominator)
            keys, counts = np.unique(
                (sample.nums - low) * len(dens) + den_code.reshape(-1), return_counts=True
            )
            nums, codes = np.divmod(keys, len(dens))
            nums, found = nums + low, dens[codes]
        else:
            pairs, counts = np.unique(np.stack([sample.nums, sample.dens]), axis=1, return_counts=True)
            nums, found = pairs
        distinct = list(zip(nums.tolist(), found.tolist(), counts.tolist(), strict=True))
        den = math.lcm(*{d for _, d, _ in distinct})
        total = sum(c * x * (den // d) for x, d, c in distinct)
        squares = sum(c * (x * (den // d)) ** 2 for x, d, c in distinct)
        up = sum(c for x, _, c in distinct if x > 0)
        down = sum(c for x, _, c in distinct if x < 0)
        return cls(den, sample.n, total, squares, up, down)


def values_of(sample: Sample) -> Floats:
    """The sample's values as floats (times its scale)."""
    return sample.nums.astype(np.float64) * sample.scale / sample.dens


def d_z_interval(t: float, df: int, n: int) -> tuple[float, float]:
    """The 95% interval of d_z = t / sqrt(n) by inverting the noncentral t distribution (Steiger & Fouladi
    1997; Cumming & Finch 2001): the noncentrality parameters whose 2.5% and 97.5% points are t."""

    def root(q: float) -> float:
        def f(nc: float) -> float:
            return float(stats.nct.cdf(t, df, nc)) - q

        step = 2.0 + abs(t) / 2
        lo, hi = t - step, t + step
        while f(lo) < 0:
            lo -= step
            step *= 2
        while f(hi) > 0:
            hi += step
            step *= 2
        return float(optimize.brentq(f, lo, hi, xtol=1e-12, rtol=1e-12))

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return root((1 + LEVEL) / 2) / math.sqrt(n), root((1 - LEVEL) / 2) / math.sqrt(n)


def wilcoxon_p(values: Floats) -> float | None:
    """Two-sided p of the Wilcoxon signed-rank test, zeros ranked and then dropped (Pratt 1959); None when
    every value is 0 or there are fewer than two values."""
    if len(values) < 2 or not np.any(values):
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        p = float(stats.wilcoxon(values, zero_method="pratt").pvalue)
    return None if math.isnan(p) else p


def _cluster(values: Floats, clusters: Ints, mean: float) -> dict[str, Any]:
    """Cluster-robust (CR1, by session) standard error of the mean, ICC(1) and the design effect."""
    n = len(values)
    _, group = np.unique(clusters, return_inverse=True)
    sizes = np.bincount(group)
    groups = len(sizes)
    out: dict[str, Any] = {"sessions": groups, "se_cluster": None, "icc": None, "design_effect": None}
    if groups < 2:
        return out
    resid = math.fsum((np.bincount(group, weights=values - mean) ** 2).tolist())
    out["se_cluster"] = math.sqrt(groups / (groups - 1) * resid) / n
    if n > groups:  # one-way ANOVA ICC(1) with unequal team sizes
        means = np.bincount(group, weights=values) / sizes
        ss_between = math.fsum((sizes * (means - mean) ** 2).tolist())
        ss_within = math.fsum(((values - means[group]) ** 2).tolist())
        ms_b, ms_w = ss_between / (groups - 1), ss_within / (n - groups)
        n0 = (n - int((sizes**2).sum()) / n) / (groups - 1)
        denom = ms_b + (n0 - 1) * ms_w
        out["icc"] = (ms_b - ms_w) / denom if denom > 0 else None
    return out


def summarize(sample: Sample, *, clustered: bool = False) -> dict[str, Any]:
    """Every figure of a sample (None where undefined: n < 2 or SD 0). With ``clustered`` the t test and the
    interval are cluster-robust by session (df = sessions - 1), which equals the ordinary one-sample t test
    when every session has one value."""
    exact = Exact.of(sample)
    n = exact.n
    shares = (exact.up / n, (n - exact.up - exact.down) / n, exact.down / n) if n else (None, None, None)
    out: dict[str, Any] = {
        "n": n, "mean": None, "sd": None, "t": None, "df": None, "p": None, "ci95": None, "d_z": None,
        "d_z_ci95": None, "p_wilcoxon": None, "improved": shares[0], "unchanged": shares[1],
        "worsened": shares[2],
    }  # fmt: skip
    if not n:
        return out
    k = sample.scale / exact.den
    mean = exact.total * sample.scale / (n * exact.den)
    out["mean"] = mean
    if n < 2:
        return out
    var_num = n * exact.squares - exact.total**2  # exact: n(n-1) den^2 var / scale^2
    sd = math.sqrt(var_num / (n * (n - 1))) * abs(k)
    out["sd"] = sd
    values = values_of(sample)
    out["p_wilcoxon"] = wilcoxon_p(values)
    if var_num == 0:
        return out
    se, df = sd / math.sqrt(n), n - 1
    out["d_z"] = mean / sd
    out["d_z_ci95"] = list(d_z_interval(mean / se, df, n))
    if clustered:
        info = _cluster(values, sample.clusters, mean)
        out.update(sessions=info["sessions"], icc=info["icc"])
        if info["se_cluster"]:
            out["design_effect"] = (info["se_cluster"] / se) ** 2
            se, df = info["se_cluster"], info["sessions"] - 1
        else:
            out["design_effect"] = None
            return out
    t = mean / se
    half = float(stats.t.ppf((1 + LEVEL) / 2, df)) * se
    out.update(t=t, df=df, p=float(2 * stats.t.sf(abs(t), df)), ci95=[mean - half, mean + half])
    return out


def holm(pvalues: Sequence[float | None]) -> list[float | None]:
    """Holm's (1979) step-down adjusted p-values (None stays None and is not counted)."""
    known = sorted((p, i) for i, p in enumerate(pvalues) if p is not None)
    m = len(known)
    out: list[float | None] = [None] * len(pvalues)
    running = 0.0
    for rank, (p, i) in enumerate(known):
        running = max(running, min(1.0, (m - rank) * p))
        out[i] = running
    return out


def cronbach_alpha(scores: npt.ArrayLike) -> float | None:
    """Cronbach's alpha of a players x items table (None with fewer than 2 items or 2 players, or no
    variance of the totals)."""
    table = np.asarray(scores, dtype=float)
    if table.ndim != 2 or table.shape[0] < 2 or table.shape[1] < 2:
        return None
    k = table.shape[1]
    total_var = float(table.sum(axis=1).var(ddof=1))
    if total_var <= 0:
        return None
    return float(k / (k - 1) * (1 - float(table.var(axis=0, ddof=1).sum()) / total_var))


def _var(xs: Floats) -> float:
    m = math.fsum(xs.tolist()) / len(xs)
    return math.fsum(((xs - m) ** 2).tolist()) / (len(xs) - 1)


def welch(a: Sample, b: Sample) -> dict[str, Any]:
    """Difference in means a - b with Welch's t interval and p (scipy.stats.ttest_ind, equal_var=False)."""
    x, y = values_of(a), values_of(b)
    out: dict[str, Any] = {"difference": None, "ci95": None, "t": None, "df": None, "p": None}
    if len(x) < 2 or len(y) < 2:
        return out
    out["difference"] = math.fsum(x.tolist()) / len(x) - math.fsum(y.tolist()) / len(y)
    if _var(x) + _var(y) == 0:
        return out
    res = stats.ttest_ind(x, y, equal_var=False)
    ci = res.confidence_interval(LEVEL)
    out.update(
        ci95=[float(ci.low), float(ci.high)], t=float(res.statistic), df=float(res.df), p=float(res.pvalue)
    )
    return out
