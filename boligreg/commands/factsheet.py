"""``boligreg factsheet``: the boligsosiale faktaark as PDF, one bydel or all 15 plus Oslo."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from ._util import db_path, open_db


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "factsheet",
        parents=[common],
        help="write the yearly fact sheet PDFs (one bydel, or all 15 and Oslo)",
        description=(
            "Lag boligsosiale faktaark som PDF: én bydel (--district 01 --out FIL.pdf) eller "
            "alle 15 bydeler og Oslo (--all --out-dir MAPPE)."
        ),
    )
    p.add_argument("--year", type=int, metavar="Y", required=True,
                   help="the sheets' year")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--district", metavar="NR",
                       help="one bydel (01–15 or 030101–030115) or 'oslo'")
    which.add_argument("--all", action="store_true", help="all 15 bydeler and oslo.pdf")
    p.add_argument("--out", metavar="FILE.pdf",
                   help="file for --district (default: named by code and name, here)")
    p.add_argument("--out-dir", metavar="DIR", default=".",
                   help="folder for --all (default: the current folder)")
    p.add_argument("--overwrite", action="store_true",
                   help="replace existing PDF files of the same name")
    p.set_defaults(func=cmd_factsheet)


def cmd_factsheet(args: argparse.Namespace) -> int:
    from ..errors import ValidationError
    from ..reports.factsheet import (
        build_figures,
        factsheet_filename,
        write_factsheet,
        write_factsheets,
    )
    from ..services.stats import resolve_scope

    if args.all and args.out:
        raise ValidationError("--out gjelder én bydel; bruk --out-dir med --all.",
                              "--out is for one district; use --out-dir with --all.")
    from ..safefiles import check_output

    if args.out:  # refused before any work: never the database, a backup or a device
        check_output(args.out, overwrite=args.overwrite, protect=[db_path(args)])
    t0 = time.perf_counter()
    db = open_db(args)
    try:
        figures = build_figures(db, args.year)
    finally:
        db.close()
    protect = [db.path]
    if args.all:
        paths = write_factsheets(figures, Path(args.out_dir), overwrite=args.overwrite,
                                 protect=protect)
    else:
        scope = resolve_scope(figures, args.district)
        path = Path(args.out) if args.out else Path(factsheet_filename(figures[scope]))
        paths = [write_factsheet(figures, scope, path, overwrite=args.overwrite,
                                 protect=protect)]
    for p in paths:
        print(p)
    demo = " (DEMODATA)" if next(iter(figures.values())).demo else ""
    print(f"{len(paths)} faktaark for {args.year} på {time.perf_counter() - t0:.2f} s{demo}.")
    return 0
