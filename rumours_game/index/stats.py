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
from scipy import optimize, stats  # type: ignore[import-untyped]

LEVEL = 0.95


@dataclass(frozen=True)
class Sample:
    """Values ``nums[i] / dens[i]`` (exact), each with the cluster (session) it belongs to."""

    nums: Sequence[int]
    dens: Sequence[int]
    clusters: Sequence[str]
    scale: int = 1
    """Every value is multiplied by this (100 for percentages)."""

    @property
    def n(self) -> int:
        return len(self.nums)


def _common(sample: Sample) -> tuple[list[int], int]:
    """The numerators over one common denominator."""
    den = math.lcm(*set(sample.dens)) if sample.nums else 1
    return [n * (den // d) for n, d in zip(sample.nums, sample.dens, strict=True)], den


def _shares(nums: Sequence[int]) -> tuple[float, float, float] | tuple[None, None, None]:
    n = len(nums)
    if not n:
        return None, None, None
    up = sum(1 for x in nums if x > 0)
    down = sum(1 for x in nums if x < 0)
    return up / n, (n - up - down) / n, down / n


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


def wilcoxon_p(values: Sequence[float]) -> float | None:
    """Two-sided p of the Wilcoxon signed-rank test, zeros ranked and then dropped (Pratt 1959); None when
    every value is 0 or there are fewer than two values."""
    if len(values) < 2 or not any(values):
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        p = float(stats.wilcoxon(values, zero_method="pratt").pvalue)
    return None if math.isnan(p) else p


def _cluster(values: Sequence[float], clusters: Sequence[str], mean: float) -> dict[str, Any]:
    """Cluster-robust (CR1, by session) standard error of the mean, ICC(1) and the design effect."""
    n = len(values)
    sums: dict[str, list[float]] = {}
    for x, g in zip(values, clusters, strict=True):
        sums.setdefault(g, []).append(x)
    groups = len(sums)
    out: dict[str, Any] = {"sessions": groups, "se_cluster": None, "icc": None, "design_effect": None}
    if groups < 2:
        return out
    resid = math.fsum(math.fsum(x - mean for x in xs) ** 2 for xs in sums.values())
    out["se_cluster"] = math.sqrt(groups / (groups - 1) * resid) / n
    if n > groups:  # one-way ANOVA ICC(1) with unequal team sizes
        ss_between = math.fsum(len(xs) * (math.fsum(xs) / len(xs) - mean) ** 2 for xs in sums.values())
        ss_within = math.fsum(
            math.fsum((x - math.fsum(xs) / len(xs)) ** 2 for x in xs) for xs in sums.values()
        )
        ms_b, ms_w = ss_between / (groups - 1), ss_within / (n - groups)
        n0 = (n - sum(len(xs) ** 2 for xs in sums.values()) / n) / (groups - 1)
        denom = ms_b + (n0 - 1) * ms_w
        out["icc"] = (ms_b - ms_w) / denom if denom > 0 else None
    return out


def summarize(sample: Sample, *, clustered: bool = False) -> dict[str, Any]:
    """Every figure of a sample (None where undefined: n < 2 or SD 0). With ``clustered`` the t test and the
    interval are cluster-robust by session (df = sessions - 1), which equals the ordinary one-sample t test
    when every session has one value."""
    nums, den = _common(sample)
    n = len(nums)
    up, same, down = _shares(nums)
    out: dict[str, Any] = {
        "n": n, "mean": None, "sd": None, "t": None, "df": None, "p": None, "ci95": None, "d_z": None,
        "d_z_ci95": None, "p_wilcoxon": None, "improved": up, "unchanged": same, "worsened": down,
    }  # fmt: skip
    if not n:
        return out
    total = sum(nums)
    k = sample.scale / den
    mean = total * sample.scale / (n * den)
    out["mean"] = mean
    if n < 2:
        return out
    var_num = n * sum(x * x for x in nums) - total * total  # exact: n(n-1) den^2 var / scale^2
    sd = math.sqrt(var_num / (n * (n - 1))) * abs(k)
    out["sd"] = sd
    values = [x * k for x in nums]
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


def cronbach_alpha(scores: Sequence[Sequence[float]]) -> float | None:
    """Cronbach's alpha of a players x items table (None with fewer than 2 items or 2 players, or no
    variance of the totals)."""
    if len(scores) < 2 or len(scores[0]) < 2:
        return None
    table = np.asarray(scores, dtype=float)
    k = table.shape[1]
    total_var = float(table.sum(axis=1).var(ddof=1))
    if total_var <= 0:
        return None
    return float(k / (k - 1) * (1 - float(table.var(axis=0, ddof=1).sum()) / total_var))


def _var(xs: Sequence[float]) -> float:
    m = math.fsum(xs) / len(xs)
    return math.fsum((x - m) ** 2 for x in xs) / (len(xs) - 1)


def welch(a: Sample, b: Sample) -> dict[str, Any]:
    """Difference in means a - b with Welch's t interval and p (scipy.stats.ttest_ind, equal_var=False)."""
    x, y = _values(a), _values(b)
    out: dict[str, Any] = {"difference": None, "ci95": None, "t": None, "df": None, "p": None}
    if len(x) < 2 or len(y) < 2:
        return out
    out["difference"] = math.fsum(x) / len(x) - math.fsum(y) / len(y)
    if _var(x) + _var(y) == 0:
        return out
    res = stats.ttest_ind(x, y, equal_var=False)
    ci = res.confidence_interval(LEVEL)
    out.update(
        ci95=[float(ci.low), float(ci.high)], t=float(res.statistic), df=float(res.df), p=float(res.pvalue)
    )
    return out


def _values(sample: Sample) -> list[float]:
    nums, den = _common(sample)
    k = sample.scale / den
    return [x * k for x in nums]
