"""The command line: subcommands, one-line errors, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from boligreg.cli import main


def test_help_lists_subcommands(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for name in ("init", "info"):
        assert name in out


def test_init_then_info(tmp_path: Path, capsys) -> None:
    path = tmp_path / "a.db"
    assert main(["init", "--db", str(path)]) == 0
    assert path.exists()
    capsys.readouterr()
    assert main(["info", "--db", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["districts"]) == {f"0301{n:02d}" for n in range(1, 16)}
    assert all(v["total"] == 0 for v in data["districts"].values())
    assert data["demo"] is False


def test_global_db_option_before_command(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    assert main(["--db", str(path), "init"]) == 0
    assert path.exists()


@pytest.mark.parametrize("content", [b"", b"not a database"])
def test_bad_file_is_one_line_error(tmp_path: Path, capsys, content: bytes) -> None:
    path = tmp_path / "bad.db"
    path.write_bytes(content)
    assert main(["info", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("boligreg: feil: ")
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert path.read_bytes() == content


def test_init_twice_refused(tmp_path: Path, capsys) -> None:
    path = tmp_path / "c.db"
    assert main(["init", "--db", str(path)]) == 0
    assert main(["init", "--db", str(path)]) == 1
    assert "finnes allerede" in capsys.readouterr().err


def test_unexpected_error_is_one_line_and_logged(tmp_path: Path, capsys, monkeypatch) -> None:
    def boom(args):
        raise ZeroDivisionError("x")

    monkeypatch.setattr("boligreg.commands.database.cmd_info", boom)
    path = tmp_path / "d.db"
    main(["init", "--db", str(path)])
    capsys.readouterr()
    # the parser binds the function at build time, so patch before parsing: rebuild
    assert main(["info", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "uventet feil: ZeroDivisionError" in err
    assert len(err.strip().splitlines()) == 1


def test_console_entry_point_runs(tmp_path: Path) -> None:
    """``python -m boligreg`` works as a process (what the installed script calls)."""
    path = tmp_path / "e.db"
    proc = subprocess.run([sys.executable, "-m", "boligreg", "init", "--db", str(path)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    proc = subprocess.run([sys.executable, "-m", "boligreg", "info", "--db",
                           str(tmp_path / "missing.db")], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 1
    assert "finnes ikke" in proc.stderr and "Traceback" not in proc.stderr


def test_static_command_names_match_parser() -> None:
    from boligreg.cli import COMMAND_NAMES, build_parser

    parser = build_parser()
    assert set(parser._subparsers._group_actions[0].choices) == COMMAND_NAMES  # noqa: SLF001


def test_window_path_skips_feature_imports(monkeypatch) -> None:
    """No subcommand: the window opens without importing every command module."""
    import boligreg.cli as cli

    seen = {}
    monkeypatch.setattr("boligreg.app.run_gui", lambda db=None: seen.update(db=db) or 0)
    monkeypatch.setattr(cli, "build_parser", lambda: (_ for _ in ()).throw(AssertionError))
    assert cli.main(["--db", "x.db"]) == 0
    assert seen["db"] == "x.db"
    code = (
        "import sys, boligreg.app as a; a.run_gui = lambda db=None: 0\n"
        "import boligreg.cli as c; c.main(['--db', 'x.db'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('boligreg.commands.')"
        " or m in ('pandas', 'reportlab', 'openpyxl')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
