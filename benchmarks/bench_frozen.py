"""The frozen one-folder app (distribution/boligreg.spec): start to a painted window.

Uses ``dist/boligreg`` if ``make dist`` made it, else builds it into the run's folder first
(not timed). Same database and same clock as "cold start to painted window" in bench_core.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .common import demo_db

ROOT = Path(__file__).resolve().parents[1]
N = 100_000


def _frozen():
    sys.path.insert(0, str(ROOT / "distribution"))
    import frozen

    return frozen


def _setup(folder: Path) -> dict:
    frozen = _frozen()
    app = ROOT / "dist" / "boligreg"
    if not frozen.cli_path(app).is_file():
        app = frozen.build(folder / "dist", folder / "pyi-work")
    return {"app": app, "db": demo_db(folder, N), "env": frozen._env(folder / "home-frozen")}


def _run(state: dict) -> float:
    return _frozen().start_to_paint(state["app"], state["db"], state["env"])


def benchmarks() -> list:
    return [("frozen app: start to painted window", "100k dwellings", 1.0, _setup, _run)]
