"""Build the one-folder app with PyInstaller and prove it works (``make dist``, CI, benchmarks).

``python distribution/frozen.py build [--dist DIR]`` builds ``DIR/boligreg`` from
``distribution/boligreg.spec``; ``python distribution/frozen.py smoke DIR/boligreg`` runs the
frozen program the way an officer's laptop would: a demo file, ``info``, ``audit``,
``factsheet`` and an offscreen start of the window, each checked; exit 0 only if all pass.
Only the standard library here: it runs before and beside the frozen app.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "distribution" / "boligreg.spec"
EXE_SUFFIX = ".exe" if os.name == "nt" else ""


def build(dist: Path, work: Path | None = None) -> Path:
    """Run PyInstaller on the spec; returns the app folder (``dist/boligreg``)."""
    work = work or ROOT / "build" / "pyinstaller"
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
        check=True, cwd=ROOT,
    )
    return dist / "boligreg"


def cli_path(app: Path) -> Path:
    return app / f"boligreg-cli{EXE_SUFFIX}"


@dataclass
class Step:
    name: str
    ok: bool
    seconds: float
    detail: str


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, BOLIGREG_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "BOLIGREG_CENTRAL_URL"):
        env.pop(name, None)  # the frozen app must need nothing of the build machine's Python
    return env


def run_cli(app: Path, args: list[str], cwd: Path, env: dict[str, str],
            timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(cli_path(app)), *args], cwd=cwd, env=env, text=True,
                          encoding="utf-8", capture_output=True, timeout=timeout)


def start_to_paint(app: Path, db: Path, env: dict[str, str]) -> float:
    """Seconds from launching the frozen window to its first paint (offscreen)."""
    painted = db.parent / "painted.txt"
    painted.unlink(missing_ok=True)
    t0 = time.time()
    subprocess.run([str(cli_path(app)), "--db", str(db)], check=True, timeout=120,
                   env=dict(env, BOLIGREG_EXIT_AFTER_PAINT="1",
                            BOLIGREG_PAINTED_FILE=str(painted)),
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return float(painted.read_text(encoding="utf-8")) - t0


def smoke(app: Path, folder: Path) -> list[Step]:
    """Each step a real use of the frozen app on a fresh demo file in ``folder``."""
    env = _env(folder / "home")
    db = folder / "demo.db"
    steps: list[Step] = []

    def step(name: str, args: list[str], check: str) -> None:
        t0 = time.perf_counter()
        out = run_cli(app, args, folder, env)
        text = out.stdout + out.stderr
        ok = out.returncode == 0 and check in text and "Traceback" not in text
        steps.append(Step(name, ok, time.perf_counter() - t0,
                          text.strip().splitlines()[-1] if text.strip() else ""))

    year = str(time.localtime().tm_year)
    step("demo", ["--db", str(db), "demo", "--dwellings", "1500"], "DEMODATA")
    step("info", ["--db", str(db), "info"], "Oslo")
    step("audit", ["--db", str(db), "audit"], "Åpen")
    # The English guide is a subfolder of resources/help: proves the build took it along.
    step("help (English)", ["--lang", "en", "help", "import"], "The import brings")
    step("factsheet", ["--db", str(db), "factsheet", "--year", year, "--all",
                       "--out-dir", str(folder / "ark")], "faktaark")
    sheets = sorted((folder / "ark").glob("*.pdf")) if (folder / "ark").is_dir() else []
    steps.append(Step("16 PDF files", len(sheets) == 16 and all(
        p.read_bytes()[:5] == b"%PDF-" for p in sheets), 0.0, f"{len(sheets)} filer"))
    t0 = time.perf_counter()
    try:
        seconds = start_to_paint(app, db, env)
        steps.append(Step("window (offscreen)", True, time.perf_counter() - t0,
                          f"first paint after {seconds:.2f} s"))
    except (subprocess.SubprocessError, OSError, ValueError) as exc:
        steps.append(Step("window (offscreen)", False, time.perf_counter() - t0, str(exc)))
    return steps


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="distribution/frozen.py", description=__doc__)
    sub = parser.add_subparsers(dest="what", required=True)
    b = sub.add_parser("build", help="build the one-folder app")
    b.add_argument("--dist", type=Path, default=ROOT / "dist")
    s = sub.add_parser("smoke", help="run the frozen app's smoke test")
    s.add_argument("app", type=Path, help="the app folder (dist/boligreg)")
    args = parser.parse_args(argv)
    if args.what == "build":
        app = build(args.dist)
        print(f"built {app}")
        return 0
    with tempfile.TemporaryDirectory(prefix="boligreg-frozen-") as tmp:
        steps = smoke(args.app, Path(tmp))
    for st in steps:
        print(f"{'ok  ' if st.ok else 'FAIL'} {st.name:<20} {st.seconds:6.2f} s  {st.detail}")
    return 0 if all(st.ok for st in steps) else 1


if __name__ == "__main__":
    sys.exit(main())
