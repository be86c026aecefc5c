"""``boligreg import`` and ``boligreg export``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import formats
from ..errors import ValidationError
from ..i18n import translate
from ..safefiles import check_output, refuse_non_regular, write_output
from ..services.importer import (
    ImportOptions,
    list_fields_text,
    load_mapping,
    mapping_from_matches,
    prepare,
    run_import,
    save_mapping,
    write_errors_csv,
)
from ..services.importer.values import CellValueError, parse_district
from ._util import add_as_of, as_of_arg, db_path, open_db, shown

MAX_PRINTED_ERRORS = 30


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "import",
        parents=[common],
        help="import dwellings from an .xlsx or .csv file",
        description=translate(
            "Cli",
            "Importer boliger (med bygg, avtaler og vedlikeholdsansvar) fra et regneark. "
            "Alle rader kontrolleres før noe lagres; ved feil lagres ingenting (exit-kode 2)."),
    )
    p.add_argument("file", metavar="FILE", nargs="?", help=".xlsx or .csv file")
    p.add_argument("--sheet", metavar="NAME", help="worksheet (default: the first with data)")
    p.add_argument("--mapping", metavar="JSON", help="column mapping saved earlier")
    p.add_argument("--save-mapping", metavar="JSON",
                   help="write the column mapping used to this file")
    p.add_argument("--district", metavar="NR",
                   help="bydel the file is for (01–15, code or name): fills blank cells, "
                        "refuses rows of other bydeler")
    p.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    p.add_argument("--skip-invalid", action="store_true",
                   help="write the valid rows and report the rest")
    p.add_argument("--errors-out", metavar="CSV", help="write the error report to this CSV")
    p.add_argument("--list-fields", action="store_true",
                   help="list the field names a mapping can use, and exit")
    p.add_argument("--overwrite", action="store_true",
                   help="replace an existing --errors-out/--save-mapping file")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser(
        "export",
        parents=[common],
        help="export dwellings, agreements, responsibilities or findings",
        description=translate(
            "Cli",
            "Eksporter til .xlsx eller .csv. Boligeksporten kan importeres igjen."),
    )
    p.add_argument("--out", metavar="FILE", required=True, help="FILE.xlsx or FILE.csv")
    p.add_argument("--what", choices=("dwellings", "agreements", "responsibilities",
                                      "findings"), default="dwellings")
    p.add_argument("--format", choices=("standard", "kobo"), default="standard",
                   help="kobo: Husbanken/KS Kobo import file (;-separated ISO-8859-1 CSV)")
    p.add_argument("--district", metavar="NR", help="only this bydel")
    p.add_argument("--feltnavn", "--field-names", dest="field_names", action="store_true",
                   help="dwellings: headers are the import's field names (street_address …) "
                        "instead of the labels in the chosen language")
    p.add_argument("--overwrite", action="store_true", help="replace an existing --out file")
    add_as_of(p)
    p.set_defaults(func=cmd_export)


def _district_arg(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return parse_district(value)
    except CellValueError as exc:
        raise ValidationError(f"--district: {exc}.") from None


def cmd_import(args: argparse.Namespace) -> int:
    if args.list_fields:
        print(list_fields_text())
        return 0
    if not args.file:
        raise ValidationError("Oppgi filen som skal importeres (eller --list-fields).",
                              "Give the file to import (or --list-fields).")
    # Paths first, before anything is read or written: inputs must be regular files (a FIFO
    # would hang), outputs never the database, a backup or the file being imported.
    refuse_non_regular(args.file, what="Importfilen", what_en="The import file")
    if args.mapping:
        refuse_non_regular(args.mapping, what="Koblingsfilen", what_en="The mapping file")
    protect = [db_path(args), args.file]
    if args.save_mapping:
        check_output(args.save_mapping, overwrite=args.overwrite, protect=protect)
    if args.errors_out:
        check_output(args.errors_out, overwrite=args.overwrite,
                     protect=[*protect, args.mapping, args.save_mapping])
    district = _district_arg(args.district)
    mapping = load_mapping(args.mapping) if args.mapping else None
    table, matches = prepare(args.file, args.sheet, mapping)
    if args.save_mapping:
        used = mapping_from_matches(matches, mapping)
        write_output(args.save_mapping, lambda tmp: save_mapping(used, tmp),
                     overwrite=args.overwrite, protect=protect)
    options = ImportOptions(district=district, skip_invalid=args.skip_invalid,
                            dry_run=args.dry_run)
    db = open_db(args)
    try:
        report = run_import(db, table, matches, mapping, options)
    finally:
        db.close()

    print(translate("Cli", "Kolonner (sikkerhet og begrunnelse):"))
    for m in matches:
        if not m.field:
            continue
        print(f"  {table.letter(m.index):>3} {shown(m.header[:36]):<36} → {m.field:<22} "
              f"{m.confidence_label:<15} {shown(m.how_label)}: {shown(m.reason)}")
    unmatched = [m for m in matches if not m.field]
    if unmatched:
        print(translate("Cli", "Ikke importert:"))
        for m in unmatched:
            why = m.note or m.how_label
            looks = (" " + translate("Cli", "Verdiene: {values}.").format(values=m.looks)
                     if m.looks and m.looks not in why else "")
            print(f"  {table.letter(m.index):>3} {shown(m.header[:36]):<36} {shown(why)}"
                  f"{shown(looks)}")
    problems = report.all_problems
    if problems:
        out = sys.stderr
        print("\n" + translate("Cli", "Feil ({n}):").format(n=formats.integer(len(problems))),
              file=out)
        for p in problems[:MAX_PRINTED_ERRORS]:
            print("  " + shown(p.as_line()), file=out)
        if len(problems) > MAX_PRINTED_ERRORS and not args.errors_out:
            more = formats.integer(len(problems) - MAX_PRINTED_ERRORS)
            print("  " + translate("Cli", "… og {n} til; bruk --errors-out FIL.csv for hele "
                                          "listen.").format(n=more), file=out)
    if args.errors_out:
        write_output(args.errors_out, lambda tmp: write_errors_csv(problems, tmp),
                     overwrite=args.overwrite,
                     protect=[*protect, args.mapping, args.save_mapping])
        print("\n" + translate("Cli", "Feilrapport: {path} ({n} feil)").format(
            path=args.errors_out, n=formats.integer(len(problems))))
    print()
    for line in report.summary():
        print(line)
    if report.fatal or (problems and not args.skip_invalid):
        return ValidationError.exit_code
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from ..services.export import export_file

    out = Path(args.out)
    district = _district_arg(args.district)
    as_of = as_of_arg(args)
    check_output(out, overwrite=args.overwrite, protect=[db_path(args)])
    db = open_db(args)
    try:
        n = export_file(db, out, what=args.what, fmt=args.format, district=district,
                        overwrite=args.overwrite, as_of=as_of, field_names=args.field_names)
    finally:
        db.close()
    when = (" " + translate("Cli", "(som registrert per {date})").format(
        date=formats.date(as_of))) if as_of else ""
    print(translate("Cli", "Skrev {n} rader til {path}").format(n=formats.integer(n), path=out)
          + when)
    return 0
