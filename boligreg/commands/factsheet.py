"""``boligreg factsheet``: the boligsosiale faktaark as PDF, one bydel or all 15 plus Oslo."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from ._util import add_as_of, as_of_arg, open_db


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
    p.add_argument("--year", type=int, metavar="Y",
                   help="the sheets' year (default with --as-of: that date's year)")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--district", metavar="NR",
                       help="one bydel (01–15 or 030101–030115) or 'oslo'")
    which.add_argument("--all", action="store_true", help="all 15 bydeler and oslo.pdf")
    p.add_argument("--out", metavar="FILE.pdf",
                   help="file for --district (default: named by code and name, here)")
    p.add_argument("--out-dir", metavar="DIR", default=".",
                   help="folder for --all (default: the current folder)")
    add_as_of(p, corrections=True)
    p.set_defaults(func=cmd_factsheet)


def cmd_factsheet(args: argparse.Namespace) -> int:
    from ..errors import ValidationError
    from ..reports.factsheet import (
        build_figures,
        factsheet_filename,
        render_factsheet,
        write_factsheets,
    )
    from ..services.stats import resolve_scope

    if args.all and args.out:
        raise ValidationError("--out gjelder én bydel; bruk --out-dir med --all.",
                              "--out is for one district; use --out-dir with --all.")
    as_of = as_of_arg(args)
    if args.year is None:
        if as_of is None:
            raise ValidationError("Oppgi året med --year (for eksempel --year 2025).",
                                  "Give the year with --year (for example --year 2025).")
        args.year = as_of.year
    t0 = time.perf_counter()
    db = open_db(args)
    try:
        figures = build_figures(db, args.year, as_of=as_of,
                                corrected=getattr(args, "corrected", False))
    finally:
        db.close()
    if args.all:
        paths = write_factsheets(figures, Path(args.out_dir))
    else:
        scope = resolve_scope(figures, args.district)
        path = Path(args.out) if args.out else Path(factsheet_filename(figures[scope]))
        if path.parent and not path.parent.exists():
            raise ValidationError(f"Mappen «{path.parent}» finnes ikke.",
                                  f"The folder '{path.parent}' does not exist.")
        tmp = path.with_name(path.name + ".part")
        try:
            render_factsheet(figures, scope, tmp)
            tmp.replace(path)
        finally:
            tmp.unlink(missing_ok=True)
        paths = [path]
    for p in paths:
        print(p)
    demo = " (DEMODATA)" if next(iter(figures.values())).demo else ""
    print(f"{len(paths)} faktaark for {args.year} på {time.perf_counter() - t0:.2f} s{demo}.")
    return 0
