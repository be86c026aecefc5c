"""CLI argument handling never ends in a traceback, whatever is typed (hypothesis)."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boligreg.cli import build_parser, main

SUBCOMMANDS = sorted(build_parser()._subparsers._group_actions[0].choices)  # noqa: SLF001
WORDS = SUBCOMMANDS + [
    "--db", "--json", "--help", "--to", "--from", "--latest", "--dwellings", "--seed",
    "--district", "--year", "--out", "--all", "--force", "-x", "--", "", "01", "030101",
    "Sagene", "-1", "0", "99999999999", "nan", "æøå", "/", "/dev/null", "x.db", "\x00",
]


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    opened: list = []
    monkeypatch.setattr("boligreg.app.run_gui", lambda db=None: opened.append(db) or 0)
    from boligreg.models import create_database

    create_database(tmp_path / "x.db").close()
    (tmp_path / "junk.db").write_bytes(b"junk")
    return tmp_path


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(argv=st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=6))
def test_cli_never_tracebacks(sandbox: Path, argv: list[str]) -> None:
    # Never the heavy demo or a 100k build from random input: keep the fuzz to parsing/errors.
    if "demo" in argv:
        argv = [a for a in argv if a != "demo"]
    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
            code = exc.code
    assert "Traceback" not in err.getvalue()
    assert "uventet feil" not in err.getvalue(), err.getvalue()
    assert isinstance(code, int)
