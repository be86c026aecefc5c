"""The frozen one-folder app (issue 17 item 5): built from distribution/boligreg.spec with
PyInstaller on every test run, then used as an officer's laptop would use it — a demo file,
``info``, ``audit``, the 16 fact sheets and an offscreen start of the window — and its
``info --json`` compared with the installed package's. Nothing of the build machine's Python
is on the frozen program's path (``frozen._env``)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("frozen", ROOT / "distribution" / "frozen.py")
assert spec is not None and spec.loader is not None
frozen = importlib.util.module_from_spec(spec)
sys.modules["frozen"] = frozen  # dataclasses look the module up by name
spec.loader.exec_module(frozen)

pytest.importorskip("PyInstaller")


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("frozen")
    folder = frozen.build(base / "dist", base / "work")
    assert frozen.cli_path(folder).is_file()
    return folder


def test_the_frozen_app_works(app: Path, tmp_path: Path) -> None:
    steps = frozen.smoke(app, tmp_path)
    failed = [f"{s.name}: {s.detail}" for s in steps if not s.ok]
    assert failed == []
    assert [s.name for s in steps] == ["demo", "info", "audit", "help (English)", "factsheet",
                                       "16 PDF files", "window (offscreen)"]


def test_frozen_info_equals_the_package(app: Path, tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    env = frozen._env(tmp_path / "home")
    made = frozen.run_cli(app, ["--db", str(db), "demo", "--dwellings", "800", "--seed", "7"],
                          tmp_path, env)
    assert made.returncode == 0, made.stderr
    out = frozen.run_cli(app, ["--db", str(db), "info", "--json"], tmp_path, env)
    assert out.returncode == 0, out.stderr
    mine = subprocess.run([sys.executable, "-m", "boligreg", "--db", str(db), "info", "--json"],
                          capture_output=True, text=True, encoding="utf-8", check=True,
                          env=dict(env, PYTHONPATH=str(ROOT)))
    assert json.loads(out.stdout) == json.loads(mine.stdout)
