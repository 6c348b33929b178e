"""`python -m bench` (or `make bench`): run every benchmark module and print its figures."""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
from pathlib import Path


def main() -> int:
    names = sorted(
        m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)]) if m.name.startswith("bench_")
    )
    wanted = sys.argv[1:] or names
    results = {}
    for name in wanted:
        print(f"== {name}", flush=True)
        results[name] = importlib.import_module(f"bench.{name}").main()
    print(json.dumps(results, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
