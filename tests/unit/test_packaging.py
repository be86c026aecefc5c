"""A plain (non-editable) install carries the reference data: the wheel holds _resources."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_ships_resources_and_migrations(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    wheel = next(tmp_path.glob("boligreg-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("bydeler.csv", "population.csv", "postnummer_oslo.tsv", "streets.tsv",
                   "demo_profile.csv", "SOURCES.md"):
        assert f"boligreg/_resources/{needed}" in names
    assert any(n.startswith("boligreg/models/migrations/versions/0001") for n in names)
    assert "boligreg/models/migrations/env.py" in names
