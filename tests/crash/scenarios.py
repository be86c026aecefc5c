"""Kill-harness scenarios that drive other features' services (import, audit).

Each is looked up by name by worker.py; a missing feature raises SystemExit(3) so the harness
can skip it with a reason rather than fail.
"""

from __future__ import annotations

from pathlib import Path


def run(name: str, db_path: Path, n: int) -> None:
    raise SystemExit(3)
