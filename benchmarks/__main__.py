"""``python -m benchmarks [--only TEXT] [--json FILE] [--repeat N]``: print a table.

Every ``benchmarks/bench_*.py`` module defines ``benchmarks()`` returning
``(name, size, target_s, setup(folder) -> state, run(state))`` tuples. ``setup`` is not timed;
``run`` is timed ``--repeat`` times and the median is reported (a ``run`` that returns a float
reports that figure instead of its own duration; a ``common.Figure`` — a ratio, megabytes —
is printed in its own unit). Benchmarks share one temporary
folder per run, so big demo databases are built once (``benchmarks.common.demo_db``).
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import statistics
import sys
import tempfile
import time
from pathlib import Path


def collect() -> list[tuple]:
    import benchmarks

    out: list[tuple] = []
    for info in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda m: m.name):
        if info.name.startswith("bench_"):
            module = importlib.import_module(f"benchmarks.{info.name}")
            out.extend(module.benchmarks())
    return out


def fmt_s(s: float) -> str:
    unit = getattr(s, "unit", None)  # a run may report another figure (common.Figure)
    if unit is not None:
        return f"{float(s):.2f}{unit}" if unit == "×" else f"{float(s):.0f} {unit}"
    return f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--only", metavar="TEXT", help="run benchmarks whose name contains TEXT")
    parser.add_argument("--json", metavar="FILE", help="also write the rows as JSON")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs each (default 5)")
    args = parser.parse_args(argv)

    selected = [b for b in collect() if not args.only or args.only.lower() in b[0].lower()]
    if not selected:
        print(f"no benchmark matches {args.only!r}", file=sys.stderr)
        return 2
    rows = []
    header = f"{'operation':<40} {'size':<28} {'median':>10} {'target':>10}  met"
    print(header)
    print("-" * len(header))
    with tempfile.TemporaryDirectory(prefix="boligreg-bench-") as tmp:
        folder = Path(tmp)
        for name, size, target, setup, run in selected:
            state = setup(folder)
            run(state)  # warm-up: caches, lazy imports, SQLite page cache
            times = []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                measured = run(state)
                elapsed = time.perf_counter() - t0
                # a run may return its own figure (the cold start stops its clock at the paint)
                times.append(measured if isinstance(measured, float) else elapsed)
            close = getattr(state, "close", None)
            if callable(close):
                close()
            median = statistics.median(times)
            unit = getattr(times[0], "unit", None)
            if unit is not None:  # keep the unit through the median
                median = type(times[0])(median)
                target = type(times[0])(target)
            met = "yes" if median < target else "NO"
            print(f"{name:<40} {size:<28} {fmt_s(median):>10} {fmt_s(target):>10}  {met}",
                  flush=True)
            rows.append({"name": name, "size": size, "median_s": round(median, 6),
                         "target_s": target})
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
