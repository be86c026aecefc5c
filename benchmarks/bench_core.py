"""Foundation benchmarks: demo generation, cold start to a painted window, counts per bydel."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from .common import demo_db

N = 100_000


def _demo_setup(folder: Path) -> Path:
    return folder


def _demo_run(folder: Path) -> None:
    from boligreg.models import create_database
    from boligreg.services.demo import generate_demo

    path = folder / "demo-gen.db"
    for p in folder.glob("demo-gen.db*"):
        p.unlink()
    db = create_database(path, user="bench")
    try:
        generate_demo(db, dwellings=N)
    finally:
        db.close()


def _cold_start_setup(folder: Path) -> dict:
    path = demo_db(folder, N)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BOLIGREG_EXIT_AFTER_PAINT="1",
               BOLIGREG_HOME=str(folder / "home"),
               BOLIGREG_PAINTED_FILE=str(folder / "painted.txt"))
    # As installed: Python keeps compiled bytecode (the warm-up run writes it). Some CI shells
    # set PYTHONDONTWRITEBYTECODE, which would add compiling every module to every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return {"path": path, "env": env, "painted": folder / "painted.txt"}


def _cold_start_run(state: dict) -> float:
    # A new interpreter each time: imports, open + checks, window built, shown, first paint.
    # The app writes the wall-clock time of its first paint; the time to quit is not counted.
    state["painted"].unlink(missing_ok=True)
    t0 = time.time()
    subprocess.run(
        [sys.executable, "-m", "boligreg", "--db", str(state["path"])],
        env=state["env"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return float(state["painted"].read_text(encoding="utf-8")) - t0


def _counts_setup(folder: Path):
    from boligreg.models import open_database

    db = open_database(demo_db(folder, N))
    return db


def _counts_run(db) -> None:
    from boligreg.services.inventory import counts_by_district

    with db.engine.connect() as conn:
        counts_by_district(conn)


def _capacity_run(db) -> None:
    from boligreg.services.capacity import capacity_for

    capacity_for(db, days=90)


def benchmarks() -> list:
    return [
        ("demo generation", "100k dwellings", 10.0, _demo_setup, _demo_run),
        ("cold start to painted window", "100k dwellings", 1.0, _cold_start_setup,
         _cold_start_run),
        ("counts per bydel", "100k dwellings", 0.020, _counts_setup, _counts_run),
        ("ledig kapasitet, whole city", "100k dwellings", 1.0, _counts_setup, _capacity_run),
    ]
