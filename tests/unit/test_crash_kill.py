"""Crash safety: SIGKILL at random moments; after each kill the file passes integrity_check,
foreign keys hold, and it holds all or none of the interrupted transaction.

Scenarios: ``bulk`` (one Core transaction of 10,000 dwellings with their change log),
``import`` (the real importer on a 10,000-row CSV), ``audit`` (the audit run on a demo
register), ``edit`` (version-checked edits through the services) and ``transfer`` (all of a
bydel's dwellings moved to Boligbygg in one transfer). Each round of ``bulk``
and ``import`` starts from a fresh copy of the same file. Kill moments are drawn uniformly
over the time an uninterrupted run takes, so kills land in reading, checking and writing.

Default run: a few kills per scenario. ``BOLIGREG_KILLS=50 pytest -m slow
tests/unit/test_crash_kill.py -s`` runs the full count and prints the figures for the
README's reliability table.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

WORKER = Path(__file__).resolve().parents[1] / "crash" / "worker.py"
ROOT = Path(__file__).resolve().parents[2]
KILLS_DEFAULT = 3
ROWS = 10_000


def _start(scenario: str, db: Path, rows: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(WORKER), scenario, str(db), str(rows)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )


def _wait_ready(proc: subprocess.Popen) -> None:
    line = proc.stdout.readline()
    if line.strip() != "ready":
        proc.kill()
        raise AssertionError(f"worker did not start: {line!r} {proc.stderr.read()}")


def _q(db: Path, sql: str) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


BULK = "SELECT count(*) FROM dwelling WHERE note = 'bulk'"
IMPORTED = ("SELECT count(*) FROM dwelling d JOIN property p ON p.id = d.property_id "
            "WHERE p.street_address GLOB '* 1[0-9][0-9][0-9]' AND d.district_code = '030103'")


def _check(scenario: str, db: Path, rows: int) -> bool:
    """Assert the file is sound and consistent; True if the interrupted work completed."""
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        if scenario == "bulk":
            added = con.execute(BULK).fetchone()[0]
            logged = con.execute(
                "SELECT count(*) FROM change_log WHERE entity_type='dwelling' "
                "AND json_extract(new_value, '$.note') = 'bulk'").fetchone()[0]
            assert added in (0, rows), f"partial bulk write: {added} of {rows}"
            assert logged == added, "change log out of step with the rows"
            return added == rows
        if scenario == "import":
            added = con.execute(IMPORTED).fetchone()[0]
            assert added in (0, rows), f"partial import: {added} of {rows}"
            return added == rows
        if scenario == "transfer":
            moved = con.execute("SELECT count(*) FROM dwelling WHERE disposing_unit_code = "
                                "'boligbygg'").fetchone()[0]
            left = con.execute("SELECT count(*) FROM dwelling WHERE disposing_unit_code = "
                               "'030103'").fetchone()[0]
            logged = con.execute("SELECT count(*) FROM change_log WHERE reference = 'KILL-1' "
                                 "AND field = 'disposing_unit_code'").fetchone()[0]
            items = con.execute("SELECT count(*) FROM unit_transfer_item").fetchone()[0]
            transfers = con.execute("SELECT count(*) FROM unit_transfer").fetchone()[0]
            assert moved == 0 or left == 0, f"partial transfer: {moved} moved, {left} left"
            assert logged == moved == items and transfers == (1 if moved else 0)
            return moved > 0
        if scenario == "audit":
            orphan = con.execute(
                "SELECT count(*) FROM finding f WHERE NOT EXISTS (SELECT 1 FROM change_log c "
                "WHERE c.entity_id = f.id AND c.version = f.version)").fetchone()[0]
            assert orphan == 0, "a finding without its change-log row"
            return False
        mismatched = con.execute(
            "SELECT count(*) FROM dwelling d WHERE d.version > 1 AND d.version != "
            "(SELECT max(version) FROM change_log c WHERE c.entity_id = d.id)").fetchone()[0]
        assert mismatched == 0, "an edit without its change-log row"
        return False
    finally:
        con.close()


def _run_once(scenario: str, db: Path, rows: int, delay: float | None) -> bool:
    """Start, wait ``delay`` s then SIGKILL (None: let it finish). True if it was killed."""
    proc = _start(scenario, db, rows)
    _wait_ready(proc)
    if delay is None:
        proc.wait(timeout=600)
        return False
    time.sleep(delay)
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    return killed


def kill_loop(scenario: str, base: Path, kills: int, rng: random.Random) -> dict:
    """Kill ``scenario`` ``kills`` times; the counts go in the README's reliability table."""
    work = base.with_name("round.db")
    fresh = scenario in ("bulk", "import", "transfer")
    span = 2.0
    if fresh:  # measure an uninterrupted run to spread the kill moments over it
        shutil.copyfile(base, work)
        t0 = time.perf_counter()
        _run_once(scenario, work, ROWS, None)
        span = time.perf_counter() - t0
        assert _check(scenario, work, ROWS)
    else:
        shutil.copyfile(base, work)
    stats = {"tried": 0, "killed": 0, "survived": 0, "partial": 0, "completed": 0,
             "span_s": round(span, 2)}
    for _ in range(kills):
        if fresh:
            for suffix in ("", "-wal", "-shm"):
                Path(str(work) + suffix).unlink(missing_ok=True)
            shutil.copyfile(base, work)
        stats["killed"] += _run_once(scenario, work, ROWS, rng.uniform(0.0, span * 1.1))
        stats["tried"] += 1
        stats["completed"] += _check(scenario, work, ROWS)
        stats["survived"] += 1
    return stats


@pytest.fixture(scope="module")
def base_db(tmp_path_factory) -> Path:
    """A demo register of 2,000 dwellings (the audit has something to find)."""
    from boligreg.models import create_database
    from boligreg.services.demo import generate_demo

    path = tmp_path_factory.mktemp("kill") / "base.db"
    db = create_database(path)
    generate_demo(db, dwellings=2_000, seed=3)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def _kills() -> int:
    return int(os.environ.get("BOLIGREG_KILLS", KILLS_DEFAULT))


SCENARIOS = ["bulk", "import", "audit", "edit", "transfer"]


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_kill_leaves_sound_all_or_nothing(base_db: Path, scenario: str, tmp_path: Path) -> None:
    base = tmp_path / "base.db"
    shutil.copyfile(base_db, base)
    stats = kill_loop(scenario, base, _kills(), random.Random(7))
    assert stats["survived"] == stats["tried"] == _kills()


@pytest.mark.slow
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_kill_full_count(base_db: Path, scenario: str, tmp_path: Path) -> None:
    n = max(50, _kills())
    base = tmp_path / "base.db"
    shutil.copyfile(base_db, base)
    stats = kill_loop(scenario, base, n, random.Random(11))
    print(f"\nKILLS {scenario}: {stats}")
    assert stats["survived"] == stats["tried"] == n
