"""``boligreg capacity``: vacant and soon-vacant dwellings across every unit, grouped by
rooms, wheelchair accessibility and target group (docs/capacity.md)."""

from __future__ import annotations

import argparse
import json

from ..i18n import translate
from ._util import db_path, int_between, open_db


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "capacity", parents=[common],
        help="vacant and soon-vacant dwellings across every unit (Ledig kapasitet)",
        description=translate(
            "Cli",
            "Ledig kapasitet i hele byen: ledige og snart ledige boliger i alle "
            "enheter etter antall rom, rullestoltilgjengelighet og målgruppe, med "
            "hvor lenge de har stått tomme. Talt etter disponerende enhet."))
    p.add_argument("--days", type=int_between(0, 3650), default=90, metavar="N",
                   help="'soon vacant': a tenancy ending or vacancy date within N days "
                        "(default 90)")
    p.add_argument("--unit", action="append", metavar="CODE",
                   help="only this disposing unit (bydel code/number or a central unit's "
                        "code); repeatable")
    p.add_argument("--xlsx", metavar="FILE", help="also write the groups, units and "
                                                  "dwellings to an Excel file")
    p.add_argument("--overwrite", action="store_true", help="replace an existing --xlsx file")
    p.add_argument("--json", action="store_true", help="machine-readable output "
                                                      "(keys: docs/capacity.md)")
    p.set_defaults(func=cmd_capacity)


def _unit_codes(db: object, given: list[str] | None) -> list[str] | None:
    if not given:
        return None
    from ..services.units import resolve_unit

    with db.engine.connect() as conn:  # type: ignore[attr-defined]
        return [resolve_unit(conn, text) for text in given]


def cmd_capacity(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..safefiles import check_output, write_output
    from ..services.capacity import capacity_for, text_table, write_capacity_xlsx

    protect = [db_path(args)]  # never the register itself
    if args.xlsx:
        check_output(args.xlsx, overwrite=args.overwrite, protect=protect)
    db = open_db(args)
    try:
        cap = capacity_for(db, days=args.days, units=_unit_codes(db, args.unit))
    finally:
        db.close()
    if args.xlsx:
        write_output(Path(args.xlsx).expanduser(), lambda tmp: write_capacity_xlsx(cap, tmp),
                     overwrite=args.overwrite, protect=protect)
    if args.json:
        print(json.dumps(cap.as_dict(), ensure_ascii=False, indent=2))
    else:
        for line in text_table(cap):
            print(line)
        if args.xlsx:
            print("\n" + translate("Cli", "Skrevet til {path}").format(path=args.xlsx))
    return 0
