"""The anti-rumours progress index: pure maths over paired before/after answers (stdlib only).

The definition is in ``docs/index.md``. :func:`tally_rows` pairs answers read from exports (a
database source builds the same :class:`Tally` in SQL); :func:`compute_index` turns a tally into figures.
"""

from rumours_game.index.compute import compute_index
from rumours_game.index.report import format_table, render_html
from rumours_game.index.stats import Moments, Summary, summarize
from rumours_game.index.tally import BY_CHOICES, GroupTally, ResponseRow, Tally, tally_rows
from rumours_game.index.tdist import t_cdf, t_ppf

__all__ = [
    "BY_CHOICES",
    "GroupTally",
    "Moments",
    "ResponseRow",
    "Summary",
    "Tally",
    "compute_index",
    "format_table",
    "render_html",
    "summarize",
    "t_cdf",
    "t_ppf",
    "tally_rows",
]
