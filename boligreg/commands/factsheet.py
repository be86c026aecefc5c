"""``boligreg factsheet``: the boligsosiale faktaark as PDF, one bydel or all 15 plus Oslo."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from .. import formats
from ..i18n import translate
from ._util import add_as_of, as_of_arg, db_path, open_db


def sheet_language(args: argparse.Namespace) -> str:
    """The sheets' language: bokmål unless --lang (before or after the command) asks for
    another; BOLIGREG_LANG changes what is printed, not the official sheets."""
    return getattr(args, "lang", None) or "nb"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "factsheet",
        parents=[common],
        help="write the yearly fact sheet PDFs (one bydel, or all 15 and Oslo)",
        description=translate(
            "Cli",
            "Lag boligsosiale faktaark som PDF: én bydel (--district 01 --out FIL.pdf) eller "
            "alle 15 bydeler og Oslo (--all --out-dir MAPPE). Med --html: den tilgjengelige "
            "HTML-utgaven (universell utforming) med de samme tallene. Arkene er på bokmål; "
            "--lang en gir dem på engelsk."),
    )
    p.add_argument("--year", type=int, metavar="Y",
                   help="the sheets' year (default with --as-of: that date's year)")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--district", metavar="NR",
                       help="one bydel (01–15 or 030101–030115) or 'oslo'")
    which.add_argument("--all", action="store_true",
                       help="all 15 bydeler and Oslo (YEAR-0301-oslo.pdf)")
    p.add_argument("--out", metavar="FILE.pdf",
                   help="file for --district (default: named by year, code and name, "
                        "e.g. 2025-030102-grunerlokka.pdf, here)")
    p.add_argument("--out-dir", metavar="DIR", default=".",
                   help="folder for --all (default: the current folder)")
    p.add_argument("--format", choices=("pdf", "html"), default="pdf",
                   help="pdf (default), or html: the accessible edition (universell "
                        "utforming: one self-contained HTML file per sheet, same figures)")
    p.add_argument("--html", dest="format", action="store_const", const="html",
                   help="the same as --format html")
    p.add_argument("--overwrite", action="store_true",
                   help="replace existing files of the same name (without it an existing "
                        "file is refused and nothing is written)")
    add_as_of(p, corrections=True)
    p.add_argument("--publish", action="store_true",
                   help="publish the year's 16 sheets as the next edition (as registered per "
                        "31.12, stored in the database with their SHA-256)")
    p.add_argument("--published", action="store_true",
                   help="write the published sheets as stored (byte for byte)")
    p.add_argument("--edition", type=int, metavar="N",
                   help="with --published: that edition (default: the latest)")
    p.set_defaults(func=cmd_factsheet)


def _publish(args: argparse.Namespace) -> int:
    from ..services.editions import publish_year

    db = open_db(args)
    try:
        result = publish_year(db, args.year, as_of=as_of_arg(args) if args.as_of else None,
                              corrected=args.corrected)
    finally:
        db.close()
    done = (translate("Cli", "Revidert utgave {n} av faktaarkene for {year} er publisert "
                             "({sheets} ark).") if result.edition > 1 else
            translate("Cli", "Utgave {n} av faktaarkene for {year} er publisert ({sheets} ark)."))
    print(done.format(n=result.edition, year=result.year, sheets=result.sheets))
    changed = sum(1 for c in result.changes.values() if c)
    if result.edition > 1:
        print(translate("Cli", "{changed} av arkene er endret fra utgave {n}.").format(
            changed=changed, n=result.edition - 1))
    return 0


def _published(args: argparse.Namespace) -> int:
    from ..safefiles import check_folder, check_output, write_output
    from ..services.editions import edition_filename, open_edition
    from ..services.stats import OSLO

    protect = [db_path(args)]
    if args.out and not args.all:  # refused before any work, as for the built sheets
        check_output(args.out, overwrite=args.overwrite, protect=protect)
    db = open_db(args)
    try:
        with db.engine.connect() as conn:
            scopes = [args.district] if args.district else \
                [f"0301{n:02d}" for n in range(1, 16)] + [OSLO]
            sheets = [open_edition(conn, args.year, s, args.edition) for s in scopes]
    finally:
        db.close()
    folder = check_folder(args.out_dir, create=True) if args.all else Path(args.out_dir)
    targets = []
    for e in sheets:
        # The file name carries year and edition (…-utgave2.pdf).
        path = Path(args.out) if args.out and not args.all else folder / edition_filename(e)
        # Every target checked before the first is written: an existing file only with
        # --overwrite, never the database or a backup.
        check_output(path, overwrite=args.overwrite, protect=protect)
        targets.append((e, path))
    for e, path in targets:
        def write(tmp: Path, pdf: bytes = e.pdf) -> None:
            tmp.write_bytes(pdf)

        write_output(path, write, overwrite=args.overwrite, protect=protect)
        print(translate("Cli", "{path}  (utgave {n}, sha256 {sha}…)").format(
            path=path, n=e.edition, sha=e.sha256[:12]))
    return 0


def cmd_factsheet(args: argparse.Namespace) -> int:
    from ..errors import ValidationError
    from ..reports.factsheet import (
        build_figures,
        factsheet_filename,
        write_factsheet,
        write_factsheets,
    )
    from ..services.stats import check_year, resolve_scope

    if args.year is not None:
        check_year(args.year)  # one clear line before any work, whatever is asked
    if args.all and args.out:
        raise ValidationError("--out gjelder én bydel; bruk --out-dir med --all.",
                              "--out is for one district; use --out-dir with --all.")
    if (args.publish or args.published) and args.year is None:
        raise ValidationError("Oppgi året med --year.", "Give the year with --year.")
    if args.format == "html" and (args.publish or args.published):
        raise ValidationError(
            "--publish og --published gjelder PDF-arkene; lag HTML-utgaven uten dem.",
            "--publish and --published are for the PDF sheets; make the HTML edition without.")
    if args.publish:
        return _publish(args)
    if not (args.district or args.all):
        raise ValidationError("Velg én bydel med --district NR, eller --all.",
                              "Choose one district with --district NR, or --all.")
    if args.published:
        return _published(args)
    as_of = as_of_arg(args)
    if args.year is None:
        if as_of is None:
            raise ValidationError("Oppgi året med --year (for eksempel --year 2025).",
                                  "Give the year with --year (for example --year 2025).")
        args.year = as_of.year
    from ..safefiles import check_output

    if args.out:  # refused before any work: never the database, a backup or a device
        check_output(args.out, overwrite=args.overwrite, protect=[db_path(args)])
    t0 = time.perf_counter()
    db = open_db(args)
    try:
        figures = build_figures(db, args.year, as_of=as_of,
                                corrected=getattr(args, "corrected", False))
    finally:
        db.close()
    protect = [db.path]
    if args.format == "html":
        from ..reports.factsheet_html import (
            html_filename,
            write_factsheet_html,
            write_factsheets_html,
        )

        many, one, name = write_factsheets_html, write_factsheet_html, html_filename
    else:
        many, one, name = write_factsheets, write_factsheet, factsheet_filename
    language = sheet_language(args)
    if args.all:
        paths = many(figures, Path(args.out_dir), overwrite=args.overwrite, protect=protect,
                     language=language)
    else:
        scope = resolve_scope(figures, args.district)
        path = Path(args.out) if args.out else Path(name(figures[scope]))
        paths = [one(figures, scope, path, overwrite=args.overwrite, protect=protect,
                     language=language)]
    for p in paths:
        print(p)
    demo = " (DEMODATA)" if next(iter(figures.values())).demo else ""
    seconds = formats.number(time.perf_counter() - t0, 2)
    print(translate("Cli", "{n} faktaark for {year} på {seconds} s{demo}.").format(
        n=formats.integer(len(paths)), year=args.year, seconds=seconds, demo=demo))
    return 0
