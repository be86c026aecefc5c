"""Shared benchmark fixtures: demo databases built once per run and reused by every module."""

from __future__ import annotations

import shutil
from pathlib import Path


def demo_db(folder: Path, dwellings: int, seed: int = 2025) -> Path:
    """Path of a demo database with ``dwellings`` dwellings in ``folder`` (built once)."""
    path = folder / f"demo-{dwellings}-{seed}.db"
    if path.exists():
        return path
    from boligreg.models import create_database
    from boligreg.services.demo import generate_demo

    tmp = folder / f".building-{dwellings}.db"
    for p in folder.glob(tmp.name + "*"):
        p.unlink()
    db = create_database(tmp, user="bench")
    try:
        generate_demo(db, dwellings=dwellings, seed=seed)
        with db.engine.connect() as conn:  # fold the WAL in so a plain copy is complete
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    shutil.move(str(tmp), str(path))
    return path


def copy_db(src: Path, dst: Path) -> Path:
    """A fresh copy (for benchmarks that write)."""
    for p in dst.parent.glob(dst.name + "*"):
        p.unlink()
    shutil.copyfile(src, dst)
    return dst


class Figure(float):
    """A benchmark figure that is not seconds (printed with ``unit``)."""

    unit = ""


class Ratio(Figure):
    unit = "×"


class Megabytes(Figure):
    unit = "MB"
