"""CLI argument handling never ends in a traceback or "uventet feil", whatever is typed.

Three hypothesis fuzzers over ``boligreg.cli.main(argv)``, run in-process with captured output:

* ``test_cli_grammar_fuzz`` (10,000 cases, marker ``fuzz``): argv built from the real parser's
  grammar — every command, action and option — with hostile values (20-digit numbers, dates
  like 9999-12-31, empty strings, unicode, control characters, undecodable file names, garbage
  URLs, missing/junk/directory paths). Work that takes seconds (the audit run, PDF rendering,
  the demo generator) is replaced by stand-ins that check what the command layer hands over
  (a validated date, a seed that fits, ...) and write a small file where the real one would;
  a new database is a copy of a migrated one, encryption a plain copy, and PostgreSQL
  connections are refused at once. So each case costs milliseconds and the fuzz is about the
  argument layer. ``BOLIGREG_FUZZ_CASES`` changes the count; ``-m "not fuzz"`` skips it.
* ``test_cli_deep_fuzz``: the same grammar, fewer cases, nothing replaced but the demo
  generator.
* ``test_cli_word_soup``: random words and text in any order.

Every case runs in a fresh folder of its own (``HOME`` and ``BOLIGREG_HOME`` inside it), so
no case can touch the user's database or another case's files. Each failure must be one
clear line with exit code 2 (argparse's usage errors too) or another non-zero code that a
``BoligregError`` carries; stdout is a strict UTF-8 stream, as on a real terminal.

Nothing is excluded: every finding of the fuzz is fixed where it belongs.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import boligreg.cli as cli
from boligreg.cli import build_parser, main

GRAMMAR_CASES = int(os.environ.get("BOLIGREG_FUZZ_CASES", "10000"))
DEEP_CASES = int(os.environ.get("BOLIGREG_FUZZ_DEEP_CASES", "250"))

# --- the grammar, read from the real parser -------------------------------------------------


@dataclass(frozen=True)
class Opt:
    flags: tuple[str, ...]  # empty for a positional
    dest: str
    takes_value: bool
    required: bool
    choices: tuple[str, ...] | None
    type_name: str


def _opts(parser: argparse.ArgumentParser) -> list[Opt]:
    out = []
    for a in parser._actions:  # noqa: SLF001
        if isinstance(a, argparse._HelpAction | argparse._SubParsersAction):  # noqa: SLF001
            continue
        out.append(Opt(tuple(a.option_strings), a.dest, a.nargs != 0, bool(a.required),
                       tuple(a.choices) if a.choices else None,
                       getattr(a.type, "__name__", "") if a.type else ""))
    return out


def _grammar(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
             ) -> dict[tuple[str, ...], list[Opt]]:
    out = {path: _opts(parser)}
    for a in parser._actions:  # noqa: SLF001
        if isinstance(a, argparse._SubParsersAction):  # noqa: SLF001
            for name, sub in a.choices.items():
                out.update(_grammar(sub, (*path, name)))
    return out


GRAMMAR = _grammar(build_parser())
COMMANDS = sorted(p for p in GRAMMAR if p)

# --- hostile values -----------------------------------------------------------------------

# argv from exec() can never hold NUL, so it is not generated; undecodable bytes in a file
# name arrive as lone surrogates ("\udcff", Python's surrogateescape) and are.
CONTROL = ["\x1b[2J", "\x1b]0;pwned\x07", "\x07", "\t", "\n", "\r", "\x7f", "\x9b31m",
           "\u202e", "\ufeff", "\u200b"]
NUMBERS = ["0", "1", "-1", "2025", "100", "1990", "2100", "99999999999999999999",
           "-99999999999999999999", "18446744073709551616", "9223372036854775808", "1e309",
           "nan", "inf", "-0", "+5", "0x1F", "1_000", "١٢", "３", "2025.0", "", " "]
DATES = ["2025-01-01", "9999-12-31", "0001-01-01", "2025-02-30", "2025-13-01", "20250101",
         "31.12.2025", "1850-01-01", "2101-01-01", "1969-12-31", "", "x", "2025-W01-1"]
URLS = ["", " ", "garbage", "://", "postgresql://", "postgresql+psycopg://",
        "postgresql+psycopg://nobody@127.0.0.1:1/x", "postgresql://u:p@127.0.0.1:1/db",
        "sqlite:///x.db", "http://example.invalid/", "postgresql+nosuchdriver://h/db",
        "postgresql+psycopg://[::1/x", "postgresql+psycopg://h:99999/x", "mysql://h/x",
        "postgresql+psycopg://127.0.0.1:1/x?sslmode=nonsense", "%zz", "æøå://x"]
DISTRICTS = ["01", "1", "15", "16", "00", "030101", "030115", "030116", "0301", "oslo",
             "Oslo", "Sagene", "Gamle Oslo", "bydel sagene", "admin", "auditor", "-1", "",
             "99999999999999999999", "x"]
TEXT = ["", " ", "-", "--", "-x", "kari.nordmann", "postgres", "pg_signal_backend",
        "a" * 300, "æøå ÆØÅ", "名前", "'; DROP TABLE dwelling;--", '"', "%s%n", "\udcff",
        "boligreg_", "x" * 64, *CONTROL]
# Paths are relative to the case's own folder (the current directory) or absolute inside it.
DB_PATHS = ["x.db", "x.db", "missing.db", "junk.db", "empty.db", "dir", "nodir/x.db",
            "text.txt", "in.csv", "x.db-wal", "~/x.db", "", " ", "ABS/x.db", "ABS/missing.db",
            "æøå.db", "\udcff.db", "x\x1b[2J.db"]
IN_PATHS = ["in.csv", "in.xlsx", "in.csv", "junk.db", "missing.csv", "dir", "empty.db",
            "text.txt", "bad.xlsx", "doc.pdf", "x.db", "settings.json", "bad.json",
            "mapping.json", "list.json", "nodir/in.csv", "", "ABS/in.csv", "\udcff.csv"]
OUT_PATHS = ["out.csv", "out.xlsx", "out.pdf", "out.txt", "out", "out.json", "dir",
             "nodir/out.csv", "ABS/out.pdf", "", "\udcff.csv", "x\x1b]0;t\x07.pdf", "x.db",
             "in.csv", "dir/out.xlsx"]

PATH_KINDS = {
    "db": DB_PATHS, "to": OUT_PATHS, "source": IN_PATHS, "file": IN_PATHS,
    "mapping": IN_PATHS, "settings": IN_PATHS, "save_mapping": OUT_PATHS,
    "errors_out": OUT_PATHS, "out": OUT_PATHS, "pdf": OUT_PATHS, "xlsx": OUT_PATHS,
    "out_dir": ["dir", ".", "nodir", "missing-dir", "x.db", "", "ABS/dir"],
    "ids": IN_PATHS,
}
UNITS = [*DISTRICTS, "boligbygg", "velferdsetaten", "ungbo", "Boligbygg Oslo KF", "oslobygg",
         "Oslo bygg", "*"]
VALUE_KINDS = {
    "url": URLS, "central": URLS, "district": DISTRICTS, "role": DISTRICTS,
    "today": DATES, "as_of": [*DATES, "1.1.1900", "31.02.2024", "99.99.9999"],
    "year": NUMBERS, "seed": NUMBERS, "dwellings": NUMBERS,
    "page_size": NUMBERS, "name": TEXT, "password": TEXT, "prefix": TEXT, "id": TEXT,
    "sheet": TEXT + ["Boliger", "Ark1"], "keep": ["local", "server", "", "x"],
    "page": TEXT + ["import", "kom-i-gang", "IMPORT", "../README"],
    "search": TEXT + ["import", "bydel", "*", "(", "[a-"],
    "code": TEXT + ["oslobygg", "boligbygg", "x1", "Oslo bygg"], "official_name": TEXT,
    "orgnr": TEXT + ["924599545", "924 599 545", "924599546", "123"],
    "parent": UNITS, "from_unit": UNITS, "to_unit": UNITS, "unit": UNITS, "effective": DATES,
    "reference": TEXT + ["2026/4711"], "undo": TEXT + ["2026/4711"],
}
free_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                    max_size=10)


def _random_texts(n: int = 40) -> list[str]:
    """Fixed random strings from every corner of Unicode (cheaper than drawing text)."""
    import random

    rng = random.Random(18)
    ranges = [(0x21, 0x7e), (0xa0, 0x17f), (0x370, 0x3ff), (0x590, 0x6ff), (0x4e00, 0x4fff),
              (0x1f300, 0x1f64f), (0x1, 0x1f), (0x80, 0x9f), (0x200b, 0x206f), (0xdc80, 0xdcff)]
    out = []
    for _ in range(n):
        lo, hi = rng.choice(ranges)
        out.append("".join(chr(rng.randint(lo, hi)) for _ in range(rng.randint(1, 12))))
    return out


RANDOM_TEXTS = _random_texts()
NOISE = ["--", "-h", "--help", "--version", "--no-such", "-", "--db=x.db", "--year=2025",
         *[c[-1] for c in COMMANDS], *RANDOM_TEXTS[:10]]


def _pool(opt: Opt) -> list[str]:
    pool = PATH_KINDS.get(opt.dest) or VALUE_KINDS.get(opt.dest)
    if opt.choices:
        pool = [*opt.choices, *opt.choices, "", "X", opt.choices[0].upper()]
    if pool is None:
        pool = NUMBERS if opt.type_name == "int" else TEXT
    # the option's own values three times over, then anything hostile
    return [*pool, *pool, *pool, *CONTROL, *NUMBERS, *RANDOM_TEXTS]


POOLS = {path: [_pool(o) for o in opts] for path, opts in GRAMMAR.items()}


@st.composite
def grammar_argv(draw: Callable[..., Any]) -> list[str]:
    """A command (or action), some of its options with hostile values. Few draws per case:
    hypothesis' own cost per draw is what limits the number of cases a minute."""
    path = draw(st.sampled_from(COMMANDS))  # uniform (small integers are drawn more often)
    opts, pools = GRAMMAR[path], POOLS[path]
    mask = draw(st.integers(0, 4 ** len(opts) - 1))
    argv = list(path)
    for i, opt in enumerate(opts):
        bits = (mask >> (2 * i)) & 3
        if not (bits & 1 or (bits and (opt.required or not opt.flags))):
            continue
        if opt.flags:
            argv.append(opt.flags[0] if len(opt.flags) == 1 else
                        opt.flags[draw(st.integers(0, len(opt.flags) - 1))])
        if opt.takes_value:
            pool = pools[i]
            argv.append(pool[draw(st.integers(0, len(pool) - 1))])
    extra = draw(st.integers(0, 63))
    if extra < 6:  # the global --db before the command
        argv = ["--db", DB_PATHS[extra * 3], *argv]
    elif extra < 6 + len(NOISE) // 4:  # noise: a stray word or option
        argv.insert(extra % (len(argv) + 1), NOISE[(extra * 7) % len(NOISE)])
    return argv


WORDS = [*sorted({c[0] for c in COMMANDS}), "--db", "--json", "--help", "--to", "--from",
         "--latest", "--dwellings", "--seed", "--district", "--year", "--out", "--all",
         "--force", "-x", "--", "", "01", "030101", "Sagene", "-1", "0", "99999999999", "nan",
         "æøå", "x.db", "junk.db", "dir", "in.csv", "snapshot", "init", "add-user", "import"]

# --- the world each case runs in ------------------------------------------------------------


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Files every case starts from: a real empty register, junk, inputs good and bad."""
    from openpyxl import Workbook

    from boligreg.models import create_database

    root = tmp_path_factory.mktemp("fuzz-templates")
    create_database(root / "x.db").close()
    (root / "junk.db").write_bytes(b"junk" * 100)
    (root / "empty.db").write_bytes(b"")
    (root / "text.txt").write_text("bare tekst\n", encoding="utf-8")
    (root / "doc.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (root / "bad.xlsx").write_bytes(b"PK\x03\x04" + b"\x00" * 60)
    (root / "in.csv").write_text(
        "adresse;postnr;bydel;bruksenhetsnummer;areal;indicator;value;year;source\n"
        "Storgata 1;0182;01;H0101;54,5;søknader;3;2024;SSB\n", encoding="utf-8")
    wb = Workbook()
    wb.active.append(["district", "year", "indicator", "value", "source"])
    wb.active.append(["01", 2024, "søknader", 12, "SSB"])
    wb.save(root / "in.xlsx")
    (root / "settings.json").write_text('{"vacant_medium_days": 60}', encoding="utf-8")
    (root / "bad.json").write_text("{nope", encoding="utf-8")
    (root / "list.json").write_text("[1, 2]", encoding="utf-8")
    (root / "mapping.json").write_text('{"columns": {"adresse": "street_address"}}',
                                       encoding="utf-8")
    (root / "dir").mkdir()
    return root


class Sandbox:
    """One folder for all cases, put back to the templates' state before each: a changed or
    replaced file is copied again, anything new is removed (cheaper than a folder a case).
    cwd, HOME and BOLIGREG_HOME point into it, so no case reaches the user's files."""

    def __init__(self, templates: Path, root: Path) -> None:
        self.templates, self.dir = templates, root / "case"
        self.dir.mkdir()
        self.state: dict[str, tuple[int, int, int]] = {}
        for src in templates.iterdir():
            self._restore(src.name)

    def _stat(self, name: str) -> tuple[int, int, int]:
        st_ = os.lstat(self.dir / name)
        return st_.st_ino, st_.st_size, st_.st_mtime_ns

    def _restore(self, name: str) -> None:
        src, dst = self.templates / name, self.dir / name
        if dst.is_symlink() or (dst.exists() and not dst.is_dir()):
            dst.unlink()
        elif dst.is_dir():
            shutil.rmtree(dst)
        if src.is_dir():
            dst.mkdir()
        else:
            shutil.copyfile(src, dst)
        self.state[name] = self._stat(name)

    def reset(self) -> Path:
        for entry in os.scandir(self.dir):
            if entry.name not in self.state:
                if entry.is_dir(follow_symlinks=False):
                    shutil.rmtree(entry.path)
                else:
                    os.unlink(entry.path)
            elif self._stat(entry.name) != self.state[entry.name] or (
                    entry.is_dir(follow_symlinks=False) and os.listdir(entry.path)):
                self._restore(entry.name)
        for name in self.state:
            if not os.path.lexists(self.dir / name):
                self._restore(name)
        return self.dir


@pytest.fixture
def world(templates: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring
          ) -> Iterator[Callable[[list[str]], tuple[int, str, str]]]:
    """``run(argv) -> (exit code, stdout, stderr)`` in a fresh case folder."""
    for name in ("BOLIGREG_CENTRAL_URL", "BOLIGREG_DB_KEY", "PGPASSWORD", "PGHOST"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("boligreg.app.run_gui", lambda db=None: 0)
    _refuse_postgres(monkeypatch)
    parser = build_parser()  # built once: argparse parsers hold no per-parse state
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    sandbox = Sandbox(templates, tmp_path)
    monkeypatch.chdir(sandbox.dir)
    monkeypatch.setenv("HOME", str(sandbox.dir))
    monkeypatch.setenv("BOLIGREG_HOME", str(sandbox.dir))

    def run(argv: list[str]) -> tuple[int, str, str]:
        here = sandbox.reset()
        os.chdir(here)  # a case may not leave it, but be sure
        argv = [a.replace("ABS", str(here)) for a in argv]
        out_bytes = io.BytesIO()
        out = io.TextIOWrapper(out_bytes, encoding="utf-8", errors="strict",
                               write_through=True)
        err = io.StringIO()
        old = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = out, err
        try:
            try:
                code = main(argv)
            except SystemExit as exc:  # argparse: --help/--version (0), usage (2)
                code = exc.code
        finally:
            sys.stdout, sys.stderr = old
        out.flush()
        return code, out_bytes.getvalue().decode("utf-8"), err.getvalue()

    yield run


def _refuse_postgres(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every PostgreSQL connection is refused at once (as port 1 would, without the wait)."""
    import psycopg

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise psycopg.OperationalError("connection refused (fuzz: no server)")

    monkeypatch.setattr(psycopg, "connect", refuse)
    monkeypatch.setattr(psycopg.Connection, "connect", classmethod(refuse))


@pytest.fixture
def no_demo(monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo generator makes at least 100 dwellings (seconds): a stand-in checks what the
    command hands over. Its own tests (test_demo.py) run the real one."""

    def generate_demo(db: Any, *, dwellings: int, seed: int, progress: Any = None,
                      replace: bool = False) -> Any:
        assert 100 <= dwellings <= 500_000
        assert isinstance(seed, int) and -(2**63) <= seed < 2**63, seed  # SQLite int64
        raise _StopError()

    monkeypatch.setattr("boligreg.commands.demo.generate_demo", generate_demo)


@pytest.fixture
def light(monkeypatch: pytest.MonkeyPatch, templates: Path, no_demo: None) -> None:
    """Stand-ins for the work that takes seconds. Each checks what the command layer passes
    (the real function would fail on it deep inside) and writes where the real one writes."""
    from boligreg.services.audit import AuditSettings

    def write_small(path: Any) -> Any:
        if hasattr(path, "write"):  # a stream, as publishing renders to memory
            path.write(b"fuzz")
            return path
        p = Path(path)
        with p.open("wb") as fh:  # the real writers open the target the same way
            fh.write(b"fuzz")
        return p

    def run_audit(db: Any, *, district: str | None = None, today: date | None = None,
                  settings: Any = None) -> Any:
        assert district is None or (isinstance(district, str) and len(district) == 6)
        assert today is None or date(1900, 1, 1) <= today <= date(2200, 12, 31), today
        assert settings is None or isinstance(settings, AuditSettings)
        return SimpleNamespace(today=today or date.today(), still_open=0, opened=0,
                               resolved=0, accepted_suppressed=0, seconds=0.0)

    from boligreg.models import create_database, open_database

    def fast_create(path: Any, *, user: str | None = None, key: str | None = None) -> Any:
        """The migrations take most of a second: a new file is a copy of the template's
        result. Refusals (existing file, missing folder) and encryption are the real ones."""
        p = Path(path)
        if key is not None or p.exists() or not p.parent.is_dir():
            return create_database(path, user=user, key=key)
        shutil.copyfile(templates / "x.db", p)
        return open_database(p)

    def build_figures(db: Any, year: int, *, as_of: Any = None, corrected: bool = False
                      ) -> Any:
        from boligreg.services.stats import compute_figures

        assert as_of is None or hasattr(as_of, "year"), as_of

        with db.engine.connect() as conn:
            return compute_figures(conn, year)

    monkeypatch.setattr("boligreg.services.audit.run_audit", run_audit)
    monkeypatch.setattr("boligreg.reports.audit_report.build_audit_report",
                        lambda conn, **kw: None)
    monkeypatch.setattr("boligreg.reports.audit_report.render_audit_pdf",
                        lambda report, path: write_small(path))
    monkeypatch.setattr("boligreg.reports.audit_report.write_findings_xlsx",
                        lambda rows, path, **kw: write_small(path))
    def copy_unencrypted(plain: Path, key: str) -> Path:
        """SQLCipher re-encrypting the register takes a quarter of a second a case."""
        tmp = plain.with_name(plain.name + ".encrypting")
        shutil.copyfile(plain, tmp)
        return tmp

    monkeypatch.setattr("boligreg.services.backup._encrypted_copy", copy_unencrypted)
    monkeypatch.setattr("boligreg.commands.database.create_database", fast_create)
    monkeypatch.setattr("boligreg.commands.demo.create_database", fast_create)
    monkeypatch.setattr("boligreg.reports.factsheet.build_figures", build_figures)
    monkeypatch.setattr("boligreg.reports.factsheet.render_factsheet",
                        lambda figures, scope, path, *a, **kw: write_small(path))
    def write_factsheets(figures: Any, folder: Any, *a: Any, **kw: Any) -> list[Path]:
        from boligreg.safefiles import check_folder

        return [write_small(check_folder(folder, create=True) / "oslo.pdf")]  # as the real one

    monkeypatch.setattr("boligreg.reports.factsheet.write_factsheets", write_factsheets)


class _StopError(Exception):
    """A stand-in got valid arguments: the command layer did its part."""


# --- the verdict ---------------------------------------------------------------------------


COLLECT = os.environ.get("BOLIGREG_FUZZ_COLLECT")  # a file: record failures, do not stop


def check(argv: list[str], result: tuple[int, str, str]) -> None:
    if COLLECT:
        try:
            _check(argv, result)
        except AssertionError:
            with open(COLLECT, "a", encoding="utf-8") as fh:
                fh.write(repr((argv, result[0], result[2][-300:])) + "\n")
        return
    _check(argv, result)


def _check(argv: list[str], result: tuple[int, str, str]) -> None:
    code, out, err = result
    if "_StopError" in err:
        return
    assert isinstance(code, int), (argv, code)
    assert "Traceback" not in err + out, (argv, err)
    assert "uventet feil" not in err and "unexpected error" not in err, (argv, err)
    assert "\x1b" not in out + err, (argv, out, err)
    # The grammar draws --lang too: the same lines in English ("boligreg: error:").
    if code == 1 and "help" in argv and ("Ingen hjelpeside" in out or "No help page" in out):
        return  # a search without hits: said on stdout, exit 1 as grep does
    failed = err.count("boligreg: feil:") + err.count("boligreg: error:")
    if code not in (0, 2):
        # a BoligregError: exactly one "boligreg: feil:" line says what went wrong
        assert code in (1, 130), (argv, code, err)
        assert failed == 1 or "boligreg: avbrutt" in err or "boligreg: interrupted" in err, (
            argv, err)
    if code == 2 and "usage:" not in err:
        assert failed or "Feil (" in err or "Errors (" in err, (argv, err)


FUZZ_SETTINGS = dict(deadline=None, database=None, derandomize=False,
                     suppress_health_check=[HealthCheck.function_scoped_fixture,
                                            HealthCheck.too_slow])


@pytest.mark.fuzz
@settings(max_examples=GRAMMAR_CASES, **FUZZ_SETTINGS)
@given(argv=grammar_argv())
def test_cli_grammar_fuzz(world, light, argv: list[str]) -> None:
    check(argv, world(argv))


@settings(max_examples=DEEP_CASES, **FUZZ_SETTINGS)
@given(argv=grammar_argv(), real_db=st.booleans())
def test_cli_deep_fuzz(world, no_demo, argv: list[str], real_db: bool) -> None:
    # half the cases on the real register, so the commands get past opening it
    if real_db and "db" in {o.dest for o in GRAMMAR.get(tuple(argv[:2]), GRAMMAR.get(
            tuple(argv[:1]), []))}:
        argv = [*argv, "--db", "x.db"]
    check(argv, world(argv))


# Each defect the fuzz found in the argument layer, as it was typed: now a usage error (2).
FOUND = [
    ["audit", "--db", "x.db", "--today", "9999-12-31"],  # OverflowError deep in the audit
    ["audit", "--db", "x.db", "--today", "0001-01-01"],
    ["demo", "--db", "d.db", "--seed", "99999999999999999999"],  # TypeError from SQLite
    ["stats", "snapshot", "--db", "x.db", "--year", "99999999999999999999"],  # OverflowError
    ["stats", "--db", "x.db", "--year", "-99999999999999999999"],
    ["factsheet", "--db", "x.db", "--year", "99999999999999999999", "--district", "01"],
    ["central", "init", "--url", ""],  # ArgumentError: could not parse the URL
    ["central", "init", "--url", "garbage"],
    ["central", "add-user", "--url", "%zz", "--name", "kari", "--role", "01"],
    ["central", "init", "--url", "postgresql+psycopg://[::1/x"],  # ValueError (port)
    ["central", "init", "--url", "postgresql+nosuchdriver://h/db"],  # NoSuchModuleError
    ["central", "init", "--url", "postgresql+psycopg://h:99999/x"],
    ["sync", "--db", "x.db", "--central", "://"],
    ["sync", "--db", "x.db", "--central", "sqlite:///x.db"],
    ["sync", "--db", "x.db", "--central", "postgresql+psycopg://127.0.0.1:1/x",
     "--page-size", "-1"],
]


@pytest.mark.parametrize("argv", FOUND, ids=lambda a: " ".join(a)[:60])
def test_fuzz_findings_are_usage_errors(world, argv: list[str]) -> None:
    code, out, err = world(argv)
    assert code == 2, (code, err)
    # A usage error from argparse, or the command's own one-line message; never a crash.
    clear = ("usage:" in err and "error: argument" in err) or \
        (err.startswith("boligreg: feil: ") and err.count("\n") == 1)
    assert clear and "uventet" not in err, err


def test_undecodable_file_name_is_printed(world) -> None:
    """A file name of undecodable bytes (surrogateescape) reaches a strict UTF-8 stdout."""
    code, out, err = world(["export", "--db", "x.db", "--out", "\udcff.csv"])
    assert code == 0, err
    assert "\\udcff.csv" in out


@settings(max_examples=300, **FUZZ_SETTINGS)
@given(argv=st.lists(st.one_of(st.sampled_from(WORDS), free_text), max_size=6))
def test_cli_word_soup(world, light, argv: list[str]) -> None:
    check(argv, world(argv))


def test_grammar_covers_every_command_and_option() -> None:
    names = {p[0] for p in COMMANDS}
    assert names == set(cli.COMMAND_NAMES)
    assert ("central", "add-user") in GRAMMAR and ("stats", "import") in GRAMMAR
    flags = {f for opts in GRAMMAR.values() for o in opts for f in o.flags}
    assert {"--today", "--seed", "--year", "--url", "--central", "--errors-out"} <= flags
    for opts in GRAMMAR.values():
        for o in opts:
            if o.takes_value and not o.choices:
                assert o.dest in PATH_KINDS or o.dest in VALUE_KINDS \
                    or o.type_name == "int", f"no value pool for {o.dest}"


def test_publish_on_a_fresh_register(world) -> None:
    """Found by the grammar fuzz: publishing a year on a fresh file (no history) works."""
    code, out, err = world(["--db", "x.db", "factsheet", "--year", "2025", "--all", "--publish"])
    assert code == 0, err
    assert "Utgave 1" in out


def test_publish_with_the_stand_ins(world, light) -> None:
    """The grammar fuzz's case: the light stand-in renders to memory like the real one."""
    code, out, err = world(["--db", "x.db", "factsheet", "--year", "2025", "--all", "--publish"])
    assert code == 0, err
