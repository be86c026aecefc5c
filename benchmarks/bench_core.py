"""Foundation benchmarks: demo generation, cold start to a painted window, counts per bydel."""

from __future__ import annotations

import os
import subprocess
import sys
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
               BOLIGREG_HOME=str(folder / "home"))
    return {"path": path, "env": env}


def _cold_start_run(state: dict) -> None:
    # A new interpreter each time: imports, open + checks, window built, shown, first paint.
    subprocess.run(
        [sys.executable, "-m", "boligreg", "--db", str(state["path"])],
        env=state["env"],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def _counts_setup(folder: Path):
    from boligreg.models import open_database

    db = open_database(demo_db(folder, N))
    return db


def _counts_run(db) -> None:
    from boligreg.services.inventory import counts_by_district

    with db.engine.connect() as conn:
        counts_by_district(conn)


def benchmarks() -> list:
    return [
        ("demo generation", "100k dwellings", 10.0, _demo_setup, _demo_run),
        ("cold start to painted window", "100k dwellings", 1.0, _cold_start_setup,
         _cold_start_run),
        ("counts per bydel", "100k dwellings", 0.020, _counts_setup, _counts_run),
    ]
