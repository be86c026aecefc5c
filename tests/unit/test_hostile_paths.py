"""Hostile paths (issue 18: D1, D3, D4, C3, M1–M5, M7, M8).

Every output a command writes is refused when it is the open database, another database, a
backup, the input, a device, FIFO, socket or folder (or a symlink to one); an existing file
is replaced only with ``--overwrite``; a failed write leaves nothing. Only regular files are
ever created or removed, a FIFO never makes anything hang, restore checks a file exactly as
open does and takes the write lock first, a second writer really waits the busy timeout, and
bad paths and arguments give one clear message with exit code 2.
"""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from boligreg.cli import main
from boligreg.errors import BoligregError
from boligreg.models import Dwelling, Property, create_database, open_database
from boligreg.models.backup import backup_dir_for, backup_file, list_backup_files, prune
from boligreg.safefiles import UnsafePathError, atomic_output, check_output, remove_created
from boligreg.services import backup as svc

REFUSED = 2


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _add(db, n: int = 3, street: str = "Tøyengata 5") -> None:
    with db.session() as s:
        prop = Property(district_code="030101", street_address=street, postcode="0190",
                        gnr=229, bnr=3, owner_kind="boligbygg")
        s.add_all(Dwelling(property=prop, unit_number=f"H01{i + 1:02d}",
                           district_code="030101") for i in range(n))


def _count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM dwelling").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def register(empty_db, db_path: Path) -> Path:
    """A closed register with 3 dwellings and one backup in the backup folder."""
    _add(empty_db)
    svc.backup_now(db_path)
    empty_db.close()
    return db_path


def _run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    err = capsys.readouterr().err
    assert "Traceback" not in err and "uventet feil" not in err, err
    return code, err


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "boliger.csv"
    path.write_text("bydel;adresse;postnummer;gnr;bnr;bruksenhet\n"
                    "01;Tøyengata 5;0190;229;3;H0101\n", encoding="utf-8")
    return path


# ----------------------------------------------------------------------------------- D1


def _targets(register: Path, tmp_path: Path, suffix: str) -> dict[str, Path]:
    """Every kind of path a report must never overwrite (each exists before the call)."""
    other = tmp_path / "annen.db"
    create_database(other).close()
    disguised = tmp_path / f"database-med-feil-navn{suffix}"  # a database by its header
    disguised.write_bytes(register.read_bytes())
    link = tmp_path / f"lenke{suffix}"
    link.symlink_to(register)
    backup = list_backup_files(register)[0]
    return {
        "the open database": register,
        "another boligreg database": other,
        "a database under another name": disguised,
        "a symlink to the database": link,
        "a backup": backup,
        "a new file in the backup folder": backup.parent / f"rapport{suffix}",
        "the database's WAL name": Path(f"{register}-wal"),
    }


def _snapshot(paths: dict[str, Path]) -> dict[str, str | None]:
    return {k: _digest(p) if p.exists() else None for k, p in paths.items()}


@pytest.mark.parametrize("command", ["factsheet", "audit-pdf", "audit-xlsx", "export",
                                     "errors-out", "save-mapping"])
def test_outputs_never_overwrite_a_database_or_backup(command, register: Path, tmp_path: Path,
                                                      capsys) -> None:
    suffix = {"factsheet": ".pdf", "audit-pdf": ".pdf", "audit-xlsx": ".xlsx",
              "export": ".xlsx", "errors-out": ".csv", "save-mapping": ".json"}[command]
    targets = _targets(register, tmp_path, suffix)
    before = _snapshot(targets)
    data = _csv(tmp_path)
    for label, target in targets.items():
        argv = {
            "factsheet": ["factsheet", "--year", "2025", "--district", "01", "--out"],
            "audit-pdf": ["audit", "--pdf"],
            "audit-xlsx": ["audit", "--xlsx"],
            "export": ["export", "--out"],
            "errors-out": ["import", str(data), "--dry-run", "--errors-out"],
            "save-mapping": ["import", str(data), "--dry-run", "--save-mapping"],
        }[command]
        # --overwrite too: it replaces ordinary files, never these.
        code, err = _run(capsys, "--db", str(register), *argv, str(target), "--overwrite")
        assert code == REFUSED, (label, err)
        assert "Skriver ikke til" in err and "Will not write" in err, (label, err)
    assert _snapshot(targets) == before
    assert _count(register) == 3


def test_import_outputs_never_overwrite_the_input(register: Path, tmp_path: Path,
                                                  capsys) -> None:
    data = _csv(tmp_path)
    before = _digest(data)
    for option in ("--errors-out", "--save-mapping"):
        code, err = _run(capsys, "--db", str(register), "import", str(data), "--dry-run",
                         option, str(data), "--overwrite")
        assert code == REFUSED and "filen som leses" in err
    assert _digest(data) == before


def test_existing_file_replaced_only_with_overwrite(register: Path, tmp_path: Path,
                                                    capsys) -> None:
    out = tmp_path / "ark.pdf"
    out.write_bytes(b"%PDF-1.4 an older sheet")
    base = ["--db", str(register), "factsheet", "--year", "2025", "--district", "01",
            "--out", str(out)]
    code, err = _run(capsys, *base)
    assert code == REFUSED and "finnes allerede" in err and "--overwrite" in err
    assert out.read_bytes() == b"%PDF-1.4 an older sheet"
    code, _ = _run(capsys, *base, "--overwrite")
    assert code == 0 and out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 1000
    # Same rule for export and audit.
    xlsx = tmp_path / "boliger.xlsx"
    xlsx.write_bytes(b"old")
    assert _run(capsys, "--db", str(register), "export", "--out", str(xlsx))[0] == REFUSED
    assert xlsx.read_bytes() == b"old"
    assert _run(capsys, "--db", str(register), "export", "--out", str(xlsx),
                "--overwrite")[0] == 0
    assert xlsx.read_bytes()[:2] == b"PK"
    assert _run(capsys, "--db", str(register), "audit", "--xlsx", str(xlsx))[0] == REFUSED
    assert not [p for p in tmp_path.iterdir() if ".part" in p.name]


def test_factsheet_all_checks_every_target_before_writing(register: Path, tmp_path: Path,
                                                          capsys) -> None:
    out = tmp_path / "ark"
    out.mkdir()
    oslo = out / "2025-0301-oslo.pdf"
    oslo.write_bytes(b"keep")  # the last sheet written
    code, err = _run(capsys, "--db", str(register), "factsheet", "--year", "2025", "--all",
                     "--out-dir", str(out))
    assert code == REFUSED and oslo.name in err
    assert sorted(p.name for p in out.iterdir()) == [oslo.name]  # not 15 of 16 written
    assert oslo.read_bytes() == b"keep"
    assert _run(capsys, "--db", str(register), "factsheet", "--year", "2025", "--all",
                "--out-dir", str(out), "--overwrite")[0] == 0
    assert len(list(out.glob("*.pdf"))) == 16


def test_full_disk_leaves_no_file_and_keeps_the_old_one(register: Path, tmp_path: Path,
                                                        capsys, monkeypatch) -> None:
    """ENOSPC half-way through the PDF: exit 2, one line, no 0-byte or partial file, and an
    existing file that was to be replaced is left as it was."""
    import boligreg.reports.audit_report as audit_report
    import boligreg.reports.factsheet as factsheet

    def full(_what, path, *_a, **_k):
        Path(path).write_bytes(b"%PDF-1.4 half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(factsheet, "render_factsheet", lambda f, s, path: full(f, path))
    monkeypatch.setattr(audit_report, "render_audit_pdf", full)
    old = tmp_path / "gammel.pdf"
    old.write_bytes(b"%PDF-1.4 the old report")
    for argv in (["factsheet", "--year", "2025", "--district", "01", "--out",
                  str(tmp_path / "ny.pdf")],
                 ["audit", "--pdf", str(tmp_path / "ny.pdf")],
                 ["audit", "--pdf", str(old), "--overwrite"]):
        code, err = _run(capsys, "--db", str(register), *argv)
        assert code == REFUSED and "disken er full" in err, err
    assert not (tmp_path / "ny.pdf").exists()
    assert old.read_bytes() == b"%PDF-1.4 the old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gammel.pdf", "register.db"]


@pytest.mark.parametrize("where", ["missing folder", "a folder", "folder name with slash",
                                   "unwritable folder", "a file as folder"])
def test_bad_output_paths_give_a_clear_message(where, register: Path, tmp_path: Path, capsys,
                                               monkeypatch) -> None:
    locked = tmp_path / "låst"
    locked.mkdir()
    (tmp_path / "fil.txt").write_text("x")
    real_access = os.access
    # Root ignores permission bits, so the read-only folder is os.access saying no.
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == locked
                        else real_access(p, mode))
    base = {"missing folder": tmp_path / "finnes-ikke" / "ut",
            "a folder": tmp_path / "låst",
            "folder name with slash": str(tmp_path / "ny") + "/",
            "unwritable folder": locked / "ut",
            "a file as folder": tmp_path / "fil.txt" / "ut"}[where]
    for argv, suffix in ((["factsheet", "--year", "2025", "--district", "01", "--out"], ".pdf"),
                         (["audit", "--pdf"], ".pdf"), (["export", "--out"], ".csv")):
        target = str(base) + (suffix if where not in ("a folder", "folder name with slash")
                              else "")
        code, err = _run(capsys, "--db", str(register), *argv, target)
        assert code == REFUSED, (where, argv, err)
        assert err.startswith("boligreg: feil: ") and err.count("\n") == 1
    assert not (tmp_path / "ny").exists()


def test_atomic_output_replaces_in_one_step(tmp_path: Path) -> None:
    target = tmp_path / "rapport.csv"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_output(target, overwrite=True) as tmp:
        tmp.write_text("half")
        raise RuntimeError("cancelled")
    assert target.read_text() == "old"
    with atomic_output(target, overwrite=True) as tmp:
        assert tmp.parent == target.parent and tmp.suffix == ".csv"  # writers pick by suffix
        tmp.write_text("new")
    assert target.read_text() == "new" and list(tmp_path.iterdir()) == [target]


def test_new_file_keeps_the_umask_mode(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        with atomic_output(tmp_path / "a.csv") as tmp:
            tmp.write_text("x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.csv").stat().st_mode) == 0o644


# ---------------------------------------------------------------------- D3 + C3: not regular


def _cli(*argv: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """The real CLI in a child process: a FIFO that blocked an open would hit the timeout."""
    return subprocess.run([sys.executable, "-m", "boligreg", *argv], capture_output=True,
                          text=True, timeout=timeout, env={**os.environ})


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "rør.db"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("argv", [["init"], ["demo", "--dwellings", "100"], ["info"],
                                  ["backup"], ["restore", "--latest"], ["encrypt"]])
def test_fifo_as_database_is_refused_at_once(argv, fifo: Path) -> None:
    t0 = time.perf_counter()
    out = _cli("--db", str(fifo), *argv)
    assert out.returncode != 0 and "FIFO" in out.stderr and "Traceback" not in out.stderr
    assert time.perf_counter() - t0 < 30
    assert stat.S_ISFIFO(fifo.lstat().st_mode)  # still there, untouched


def test_fifo_as_input_or_output_is_refused_at_once(register: Path, fifo: Path,
                                                    tmp_path: Path) -> None:
    data = _csv(tmp_path)
    cases = [
        ["import", str(fifo)],
        ["import", str(data), "--mapping", str(fifo)],
        ["import", str(data), "--dry-run", "--errors-out", str(fifo)],
        ["import", str(data), "--dry-run", "--save-mapping", str(fifo)],
        ["stats", "import", str(fifo)],
        ["audit", "--settings", str(fifo)],
        ["audit", "--pdf", str(fifo)],
        ["factsheet", "--year", "2025", "--district", "01", "--out", str(fifo)],
        ["export", "--out", str(fifo)],
        ["restore", "--from", str(fifo)],
        ["backup", "--to", str(fifo)],
    ]
    before = _digest(register)
    for argv in cases:
        out = _cli("--db", str(register), *argv)
        assert out.returncode == REFUSED or "finnes allerede" in out.stderr, (argv, out.stderr)
        assert "Traceback" not in out.stderr and "uventet" not in out.stderr, out.stderr
        assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert _digest(register) == before


def _no_unlink_of(monkeypatch, forbidden: Path) -> list[str]:
    """Make removing ``forbidden`` impossible (and recorded) for the test's duration."""
    tried: list[str] = []
    real_unlink, real_remove = os.unlink, os.remove
    real_path_unlink = Path.unlink

    def guard(path, *a, **k):
        if os.path.abspath(os.fspath(path)) == str(forbidden):
            tried.append(os.fspath(path))
            raise PermissionError(errno.EPERM, "test guard", os.fspath(path))

    def unlink(path, *a, **k):
        guard(path)
        return real_unlink(path, *a, **k)

    def remove(path, *a, **k):
        guard(path)
        return real_remove(path, *a, **k)

    def path_unlink(self, missing_ok=False):
        guard(self)
        return real_path_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(os, "unlink", unlink)
    monkeypatch.setattr(os, "remove", remove)
    monkeypatch.setattr(Path, "unlink", path_unlink)
    return tried


@pytest.mark.parametrize("argv", [["init"], ["demo", "--dwellings", "100"]])
def test_dev_null_is_refused_before_any_unlink(argv, monkeypatch, capsys) -> None:
    """``--db /dev/null`` (as root it used to be deleted): refused up front. The guard makes
    the test itself harmless even if the refusal were missing."""
    dev_null = Path("/dev/null")
    if not dev_null.exists():
        pytest.skip("no /dev/null here")
    tried = _no_unlink_of(monkeypatch, dev_null)
    code = main(["--db", str(dev_null), *argv])
    err = capsys.readouterr().err
    assert code != 0 and "enhetsfil" in err and "device file" in err
    assert tried == []
    assert stat.S_ISCHR(dev_null.lstat().st_mode)
    assert not Path("/dev/null-wal").exists() and not Path("/dev/null-journal").exists()


@pytest.mark.parametrize("argv", [["init"], ["demo", "--dwellings", "100"]])
def test_device_node_is_never_removed(argv, tmp_path: Path, capsys) -> None:
    """A real character device (a copy of /dev/null's numbers) in a temporary folder: the
    failed init/demo must leave it where it was."""
    node = tmp_path / "null"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except (PermissionError, OSError) as exc:
        pytest.skip(f"cannot make a device node here: {exc}")
    code = main(["--db", str(node), *argv])
    assert code != 0 and "enhetsfil" in capsys.readouterr().err
    assert stat.S_ISCHR(node.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null"]


def test_failed_create_removes_only_what_it_made(tmp_path: Path, monkeypatch) -> None:
    """An empty file the user named is emptied again, never deleted; a file made by the
    failed call goes."""
    import boligreg.models.db as dbmod

    def broken(_engine):
        raise RuntimeError("migration failed")

    monkeypatch.setattr(dbmod, "run_migrations", broken)
    given = tmp_path / "gitt.db"
    given.write_bytes(b"")
    ino = given.stat().st_ino
    with pytest.raises(RuntimeError):
        create_database(given)
    assert given.exists() and given.stat().st_size == 0 and given.stat().st_ino == ino
    fresh = tmp_path / "ny.db"
    with pytest.raises(RuntimeError):
        create_database(fresh)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gitt.db"]


def test_remove_created_never_touches_a_replaced_file(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    path.write_bytes(b"mine")
    identity = (path.stat().st_dev, path.stat().st_ino)
    path.unlink()
    os.mkfifo(path)  # someone put a FIFO there since
    remove_created(path, identity)
    assert stat.S_ISFIFO(path.lstat().st_mode)


def test_symlink_to_device_or_dangling_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "ut.pdf"
    link.symlink_to("/dev/null")
    with pytest.raises(UnsafePathError, match="enhetsfil"):
        check_output(link, overwrite=True)
    dangling = tmp_path / "borte.pdf"
    dangling.symlink_to(tmp_path / "finnes-ikke.pdf")
    with pytest.raises(UnsafePathError, match="peker til ingenting"):
        check_output(dangling, overwrite=True)


# ----------------------------------------------------------------------------- D4: restore


def _copy_as_backup(register: Path, tmp_path: Path, name: str) -> Path:
    out = tmp_path / name
    backup_file(register, out)
    return out


def test_restore_refuses_a_newer_schema(register: Path, tmp_path: Path, capsys) -> None:
    newer = _copy_as_backup(register, tmp_path, "nyere.bak.db")
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = _digest(register)
    code, err = _run(capsys, "restore", "--db", str(register), "--from", str(newer))
    assert code == REFUSED and "nyere versjon" in err and "9999" in err
    assert _digest(register) == before
    assert not svc.describe_backup(newer).ok  # and never offered as "the newest good one"


def test_restore_refuses_a_foreign_sqlite_file_with_our_tables(register: Path, tmp_path: Path,
                                                               capsys) -> None:
    foreign = _copy_as_backup(register, tmp_path, "fremmed.bak.db")
    con = sqlite3.connect(foreign)
    con.execute("PRAGMA application_id = 0")
    con.commit()
    con.close()
    before = _digest(register)
    code, err = _run(capsys, "restore", "--db", str(register), "--from", str(foreign))
    assert code == REFUSED and "ikke en boligreg-database" in err
    assert _digest(register) == before


def test_restore_refuses_a_damaged_backup(register: Path, tmp_path: Path, capsys) -> None:
    damaged = _copy_as_backup(register, tmp_path, "skadet.bak.db")
    con = sqlite3.connect(damaged)
    page = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name='dwelling'").fetchone()[0]
    con.close()
    with damaged.open("r+b") as fh:
        fh.seek((root - 1) * page)
        fh.write(b"\xff" * page)
    before = _digest(register)
    code, err = _run(capsys, "restore", "--db", str(register), "--from", str(damaged))
    assert code == REFUSED and "skadet" in err
    assert _digest(register) == before


def test_restore_missing_or_same_file(register: Path, tmp_path: Path, capsys) -> None:
    code, err = _run(capsys, "restore", "--db", str(register), "--from",
                     str(tmp_path / "finnes-ikke.bak.db"))
    assert code == REFUSED and "finnes ikke" in err
    code, err = _run(capsys, "restore", "--db", str(register), "--from", str(register))
    assert code == REFUSED and "selve databasen" in err
    assert _count(register) == 3


def test_restore_waits_for_and_then_refuses_a_writer(register: Path, tmp_path: Path,
                                                     capsys) -> None:
    good = list_backup_files(register)[0]
    before = _digest(register)
    other = sqlite3.connect(register, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE app_meta SET value = value")
    try:
        t0 = time.perf_counter()
        code, err = _run(capsys, "restore", "--db", str(register), "--from", str(good))
        waited = time.perf_counter() - t0
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code != 0 and "låst av et annet program" in err and "5 sekunder" in err
    assert waited >= 4.5  # the busy timeout, not an instant failure
    assert _digest(register) == before


def test_restore_goes_ahead_once_the_writer_commits(register: Path, capsys) -> None:
    good = list_backup_files(register)[0]
    db = open_database(register)
    _add(db, 4, street="Tøyengata 7")
    db.close()
    other = sqlite3.connect(register, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE app_meta SET value = value")
    threading.Timer(1.0, lambda: other.execute("COMMIT")).start()
    code, _ = _run(capsys, "restore", "--db", str(register), "--from", str(good))
    other.close()
    assert code == 0 and _count(register) == 3


# ------------------------------------------------------------------- M1: the busy timeout


def _hold_write_lock(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    con.execute("BEGIN IMMEDIATE")
    con.execute("UPDATE app_meta SET value = value")
    return con


def _read_then_write(db) -> None:
    with db.session() as s:
        s.execute(sa.select(Property.id)).first()  # a read first, as every edit does
        s.add(Property(district_code="030101", street_address="Tøyengata 9", postcode="0190",
                       gnr=229, bnr=4, owner_kind="boligbygg"))


def test_second_writer_waits_the_busy_timeout_and_says_so_truthfully(empty_db,
                                                                     db_path: Path) -> None:
    from boligreg.models.db import BUSY_TIMEOUT_MS, translate_db_error

    other = _hold_write_lock(db_path)
    try:
        t0 = time.perf_counter()
        with pytest.raises(Exception) as err:
            _read_then_write(empty_db)
        waited = time.perf_counter() - t0
    finally:
        other.execute("ROLLBACK")
        other.close()
    friendly = translate_db_error(err.value)
    assert friendly is not None and f"{BUSY_TIMEOUT_MS // 1000} sekunder" in friendly.nb
    assert waited >= BUSY_TIMEOUT_MS / 1000 * 0.9, waited  # it did wait that long
    assert _count(db_path) == 0


def test_second_writer_gets_through_when_the_first_commits(empty_db, db_path: Path) -> None:
    other = _hold_write_lock(db_path)
    threading.Timer(1.0, lambda: other.execute("COMMIT")).start()
    t0 = time.perf_counter()
    _read_then_write(empty_db)  # used to fail at once (SQLITE_BUSY on the upgrade)
    assert 0.8 < time.perf_counter() - t0 < 5
    other.close()


def test_core_write_jobs_begin_immediate_and_reads_do_not(empty_db) -> None:
    seen: list[str] = []

    @sa.event.listens_for(empty_db.engine, "before_cursor_execute")
    def _log(_c, _cur, statement, *_a):
        if statement.startswith("BEGIN"):
            seen.append(statement)

    with empty_db.engine.begin() as conn:
        conn.exec_driver_sql("SELECT 1")
    with empty_db.engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    with empty_db.session() as s:
        s.execute(sa.text("SELECT 1"))
    assert seen == ["BEGIN IMMEDIATE", "BEGIN", "BEGIN IMMEDIATE"]


# ------------------------------------------------------------------- M2–M5: arguments


@pytest.mark.parametrize("argv", [
    ["audit", "--today", "9999-12-31"],
    ["audit", "--today", "0001-01-01"],
    ["audit", "--today", "31.12.2025"],
    ["demo", "--dwellings", "100", "--seed", "99999999999999999999"],
    ["stats", "snapshot", "--year", "99999999999999999999"],
    ["stats", "--year", "99999999999999999999"],
    ["factsheet", "--year", "99999999999999999999", "--district", "01"],
    ["central", "init", "--url", ""],
    ["central", "init", "--url", "garbage"],
    ["central", "add-user", "--url", "::", "--name", "x", "--role", "01"],
    ["sync", "--central", "ikke en adresse"],
    ["sync", "--central", "postgresql+psycopg://u@h:port/db"],
])
def test_bad_arguments_give_exit_2_and_one_line(argv, register: Path, tmp_path: Path,
                                                capsys) -> None:
    db = register if argv[0] != "demo" else tmp_path / "ny.db"
    code, err = _run(capsys, "--db", str(db), *argv)
    assert code == REFUSED, err
    assert err.startswith("boligreg: feil: ") and err.count("\n") == 1, err
    if argv[0] == "demo":
        assert not db.exists()


# ------------------------------------------------------------------------ M7: encrypt


def test_encrypt_honours_boligreg_db_key(empty_db, db_path: Path, monkeypatch,
                                         capsys) -> None:
    """No keyring, BOLIGREG_DB_KEY set (the advice the error gives): the file is encrypted
    with that key, so it opens with it; nothing is stored, nothing left behind."""
    from boligreg.models import crypto

    _add(empty_db)
    empty_db.close()
    monkeypatch.setattr(crypto, "_keyring", lambda: None)
    monkeypatch.setenv(crypto.ENV_KEY, "a" * 64)
    assert main(["encrypt", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "BOLIGREG_DB_KEY" in out and "nøkkelringen" not in out
    assert not db_path.read_bytes().startswith(b"SQLite format 3")
    db = open_database(db_path)
    assert db.key == "a" * 64 and db.is_encrypted
    db.close()
    assert not list(db_path.parent.glob("*.encrypting"))


def test_encrypt_without_keyring_or_key_refuses_before_writing(empty_db, db_path: Path,
                                                               monkeypatch, capsys) -> None:
    from boligreg.models import crypto

    empty_db.close()
    monkeypatch.setattr(crypto, "_keyring", lambda: None)
    monkeypatch.delenv(crypto.ENV_KEY, raising=False)
    before = _digest(db_path)
    code, err = _run(capsys, "encrypt", "--db", str(db_path))
    assert code != 0 and "BOLIGREG_DB_KEY" in err
    assert _digest(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["register.db"]


def test_encrypt_failure_leaves_no_encrypting_copy(empty_db, db_path: Path, monkeypatch,
                                                   memory_keyring) -> None:
    from boligreg.models import crypto

    empty_db.close()
    before = _digest(db_path)

    def no_store(_path, _key):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(crypto, "store_key", no_store)
    with pytest.raises(OSError):
        svc.encrypt_database(db_path)
    assert _digest(db_path) == before
    assert not list(db_path.parent.glob("*.encrypting*"))


# ------------------------------------------------------------------------ M8: .partial


def test_failed_backup_leaves_no_partial(empty_db, db_path: Path, monkeypatch) -> None:
    import boligreg.models.backup as mb

    real = mb.open_raw
    calls = {"n": 0}

    class Failing:
        def __init__(self, conn):
            self.conn = conn

        def backup(self, target, pages):
            self.conn.backup(target, pages=pages, progress=None)
            raise sqlite3.OperationalError("database or disk is full")

        def __getattr__(self, name):
            return getattr(self.conn, name)

    def open_raw(path, key, *, readonly=True):
        conn = real(path, key, readonly=readonly)
        calls["n"] += 1
        return Failing(conn) if readonly else conn

    monkeypatch.setattr(mb, "open_raw", open_raw)
    with pytest.raises(sqlite3.OperationalError):
        svc.backup_now(db_path)
    folder = backup_dir_for(db_path)
    assert calls["n"] >= 1
    assert not folder.exists() or not [p for p in folder.iterdir() if ".partial" in p.name]


def test_prune_removes_stale_partials_only(empty_db, db_path: Path) -> None:
    svc.backup_now(db_path)
    folder = backup_dir_for(db_path)
    stale = folder / "20250101-000000-000000-manuell.bak.db.partial"
    fresh = folder / "29990101-000000-000000-manuell.bak.db.partial"
    stale.write_bytes(b"x" * 4096)
    fresh.write_bytes(b"x" * 4096)
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    removed = prune(db_path, keep=20)
    assert stale in removed and not stale.exists()
    assert fresh.exists()  # may be a backup being written right now


def test_unsafe_path_error_is_a_boligreg_error_with_exit_2() -> None:
    assert issubclass(UnsafePathError, BoligregError) and UnsafePathError.exit_code == 2
