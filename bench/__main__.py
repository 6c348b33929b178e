"""`python -m bench [bench_area ...]` (or `make bench`): measure every figure, write bench/results.json,
regenerate README's performance table and exit non-zero naming each figure that misses its target."""

from __future__ import annotations

import importlib
import pkgutil
import sys
import traceback
from pathlib import Path

from bench.framework import Figure, Measured, figure_entry, misses, update_readme, write_results


def module_names() -> list[str]:
    """Every benchmark module (``bench/bench_*.py``), sorted."""
    here = str(Path(__file__).parent)
    return sorted(m.name for m in pkgutil.iter_modules([here]) if m.name.startswith("bench_"))


def run_module(name: str) -> tuple[dict[str, dict[str, object]], list[str]]:
    """Run one module's ``measure()``; returns its figures' entries and the problems met."""
    module = importlib.import_module(f"bench.{name}")
    declared: tuple[Figure, ...] = module.FIGURES
    try:
        measured: dict[str, Measured] = module.measure()
    except Exception:  # a broken benchmark is reported by name, the others still run
        traceback.print_exc()
        return {}, [f"{name} failed (its figures: {', '.join(f.name for f in declared)})"]
    entries, problems = {}, []
    for figure in declared:
        if figure.name not in measured:
            problems.append(f"{name} did not measure {figure.name}")
            continue
        entries[figure.name] = figure_entry(figure, measured[figure.name])
    extra = set(measured) - {f.name for f in declared}
    problems += [f"{name} measured {x}, which it does not declare in FIGURES" for x in sorted(extra)]
    return entries, problems


def main(argv: list[str]) -> int:
    names = module_names()
    wanted = argv or names
    unknown = [w for w in wanted if w not in names]
    if unknown:
        print(f"bench: no module {', '.join(unknown)} (there are: {', '.join(names)})", file=sys.stderr)
        return 2
    entries: dict[str, dict[str, object]] = {}
    problems: list[str] = []
    for name in wanted:
        print(f"== {name}", flush=True)
        got, trouble = run_module(name)
        for figure, entry in got.items():
            mark = "ok" if entry["ok"] else "MISSES TARGET"
            base = f"  (baseline: {entry['baseline']})" if entry["baseline"] else ""
            print(f"  {figure}: {entry['value']} {entry['unit']}  target {entry['target']}  {mark}{base}")
        entries.update(got)
        problems += trouble
    document = write_results(entries)
    if not update_readme(document):
        problems.append("README.md has no performance table markers")
    missed = misses(entries.items())
    for name in missed:
        entry = entries[name]
        problems.append(f"{name} = {entry['value']} {entry['unit']} misses its target {entry['target']}")
    for problem in problems:
        print(f"bench: {problem}", file=sys.stderr)
    print(f"bench: {len(entries)} figures written to bench/results.json; {len(missed)} miss their target")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
