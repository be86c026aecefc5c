"""``boligreg demo``: fill a database with the synthetic Oslo demo inventory.

A missing file is created first (and removed again if the demo cannot be made). A file that
already holds dwellings is refused; ``--force`` replaces the inventory of a *demo* database in
one transaction, but never touches a real register: the user is told to choose a new file.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Callable

from .. import formats
from ..errors import ValidationError
from ..i18n import translate
from ..models import create_database, open_database
from ..models.enums import Tenure
from ..safefiles import file_identity, refuse_non_regular, remove_created, remove_file
from ..services.demo import DemoSummary, check_size, generate_demo
from ._util import db_path, enum_label, raw_stream

SEED_MAX = 2**63 - 1  # numpy's and SQLite's integers


def check_seed(seed: int) -> None:
    if not -SEED_MAX - 1 <= seed <= SEED_MAX:
        raise ValidationError(
            f"Frøet (--seed) må være et heltall fra {-SEED_MAX - 1} til {SEED_MAX}.",
            f"The seed (--seed) must be a whole number from {-SEED_MAX - 1} to {SEED_MAX}.",
            field="seed",
        )


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "demo",
        parents=[common],
        help="fill a database with synthetic Oslo demo data",
        description=translate(
            "Cli",
            "Lag en database med syntetiske, realistiske demodata for Oslo (bydeler, gater, "
            "avtaler og innplantede avvik). Samme frø gir samme data."),
    )
    p.add_argument("--dwellings", type=int, default=14_000, metavar="N",
                   help="number of dwellings (default 14000, about Oslo's count in 2025)")
    p.add_argument("--seed", type=int, default=2025, metavar="S",
                   help="random seed; the same seed gives the same data (default 2025)")
    p.add_argument("--force", action="store_true",
                   help="replace the data of an existing demo database (never a real register)")
    p.set_defaults(func=cmd_demo)


def _progress_line(header: str) -> Callable[[int, str], None]:
    """The header once the database is accepted, then (on a terminal) one overwritten line."""
    shown = False

    def show(pct: int, text: str) -> None:
        nonlocal shown
        if not shown:
            print(header, flush=True)
            shown = True
        if sys.stderr.isatty():  # silent when stderr is a file or a pipe
            # our own "\r" redraws the line, so past the control-character escaping
            err = raw_stream(sys.stderr)
            print(f"\r{pct:3d} %  {text:<40}", end="", file=err, flush=True)
            if pct >= 100:
                print(file=err)

    return show


def cmd_demo(args: argparse.Namespace) -> int:
    check_size(args.dwellings)  # before a file is made
    check_seed(args.seed)
    path = db_path(args)
    # Only a regular file is ever filled or removed: a device, FIFO or folder is refused here.
    refuse_non_regular(path, what="Databasen", what_en="The database")
    fresh = not path.exists() or path.stat().st_size == 0
    existed = path.exists()
    db = create_database(path) if fresh else open_database(path)
    made = file_identity(path)
    header = f"Lager demodata i {path}: {args.dwellings:_} boliger, frø {args.seed} …"
    try:
        summary = generate_demo(db, dwellings=args.dwellings, seed=args.seed,
                                progress=_progress_line(header.replace("_", " ")),
                                replace=args.force)
    except BaseException:
        db.close()
        if fresh and not existed:  # a file this command made and could not fill: remove it
            remove_created(path, made)
        elif fresh:  # an empty file the user named: empty again, never removed
            if made is not None and file_identity(path) == made:
                with open(path, "r+b") as fh:
                    fh.truncate(0)
            for suffix in ("-wal", "-shm"):
                remove_file(f"{path}{suffix}")
        raise
    db.close()
    print_summary(summary)
    return 0


def print_summary(s: DemoSummary) -> None:
    total = sum(s.districts.values())
    code, name = translate("Cli", "Kode"), translate("Cli", "Bydel")
    count, share = translate("Cli", "Boliger"), translate("Cli", "Andel")
    head = f"{code:<7} {name:<18} {count:>8} {share:>6}"
    print(head)
    print("-" * len(head))
    for code, n in s.districts.items():
        print(f"{code:<7} {s.district_names.get(code, code):<18} {formats.integer(n):>8} "
              f"{formats.percent(100 * n / total):>7}")
    print("-" * len(head))
    print(f"{'':<7} {'Oslo':<18} {formats.integer(total):>8}")
    tenure = ", ".join(f"{enum_label(t)} {s.tenure.get(t.value, 0)}" for t in Tenure)
    print(translate("Cli", "Disposisjonsform: {tenures}").format(tenures=tenure))
    rows = ", ".join(f"{k} {v}" for k, v in s.tables.items())
    print(textwrap.fill(translate("Cli", "Rader: {tables}").format(tables=rows),
                        width=100, subsequent_indent="  "))
    planted = ", ".join(f"{k} {v}" for k, v in s.anomalies.items())
    print(textwrap.fill(translate("Cli", "Innplantede avvik ({n}): {planted}").format(
        n=sum(s.anomalies.values()), planted=planted), width=100, subsequent_indent="  "))
    for note in s.notes:
        print(translate("Cli", "Merk: {note}").format(note=note))
    print(translate("Cli", "Ferdig på {seconds} s. Dataene er syntetiske (DEMODATA), frø "
                           "{seed}.").format(seconds=formats.number(s.seconds, 1), seed=s.seed))
