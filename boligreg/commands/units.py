"""``boligreg unit list`` and ``boligreg unit add``: the forvaltningsenheter."""

from __future__ import annotations

import argparse

from ..i18n import translate
from ..services.units import add_unit, list_units
from ._util import open_db


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("unit", parents=[common], help="list or add units (forvaltningsenheter)",
                       description=translate(
                           "Cli",
                           "Bydeler og sentrale enheter som disponerer boliger eller "
                           "holder avtaler."))
    verbs = p.add_subparsers(dest="unit_command", metavar="VERB", required=True)
    ls = verbs.add_parser("list", parents=[common], help="list the units")
    ls.set_defaults(func=cmd_list)
    add = verbs.add_parser("add", parents=[common], help="add a central unit (administrator)")
    add.add_argument("code", help="short code, e.g. 'oslobygg' (a-z, 0-9, _)")
    add.add_argument("--name", required=True, help="name, e.g. 'Oslobygg'")
    add.add_argument("--official-name", help="official name (default: the name)")
    add.add_argument("--orgnr", help="organisasjonsnummer (9 digits, checked)")
    add.add_argument("--parent", help="the unit it is part of (code or name)")
    add.set_defaults(func=cmd_add)


def cmd_list(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.engine.connect() as conn:
            units = list_units(conn)
    finally:
        db.close()
    for u in units:
        kind = "bydel" if u.kind == "district" else "sentral"
        part = ("  " + translate("Cli", "(del av {parent})").format(parent=u.parent_code)
                if u.parent_code else "")
        print(f"{u.code:<16} {kind:<8} {u.orgnr or '—':<10} {u.official_name}{part}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.session() as session:
            row = add_unit(session, args.code, name=args.name,
                           official_name=args.official_name, orgnr=args.orgnr,
                           parent=args.parent)
    finally:
        db.close()
    print(translate("Cli", "La til enheten {code}: {name}").format(code=row.code,
                                                                  name=row.official_name))
    return 0
