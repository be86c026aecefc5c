"""``boligreg init`` and ``boligreg info``."""

from __future__ import annotations

import argparse
import json

from .. import formats
from ..i18n import translate
from ..models import create_database
from ..models.enums import Tenure
from ..services.inventory import counts_by_district
from ._util import add_as_of, as_of_arg, db_path, enum_label, open_db


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "init",
        parents=[common],
        help="create an empty database (bydeler and population only)",
        description=translate(
            "Cli",
            "Opprett en tom boligreg-database med bydeler og folketall."),
    )
    p.set_defaults(func=cmd_init)
    p = sub.add_parser(
        "info",
        parents=[common],
        help="dwellings per bydel and tenure",
        description=translate(
            "Cli",
            "Skriv ut antall boliger per bydel og disposisjonsform."),
    )
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    add_as_of(p)
    p.set_defaults(func=cmd_info)


def cmd_init(args: argparse.Namespace) -> int:
    path = db_path(args)
    db = create_database(path)
    db.close()
    print(translate("Cli", "Opprettet {path}").format(path=path))
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    as_of = as_of_arg(args)
    db = open_db(args)
    try:
        with db.engine.connect() as conn:
            if as_of is None:
                counts = counts_by_district(conn, include_empty=False)
            else:
                from ..services.history import materialize, register_as_of

                past = materialize(register_as_of(conn, as_of, strict=True), conn)
                try:
                    with past.connect() as pc:
                        counts = counts_by_district(pc, include_empty=False)
                finally:
                    past.dispose()
        demo = db.is_demo
    finally:
        db.close()
    tenures = [t.value for t in Tenure]
    if args.json:
        out = {
            c.code: {"name": c.name, "total": c.total, "by_tenure": c.by_tenure} for c in counts
        }
        data: dict = {"demo": demo, "districts": out}
        if as_of is not None:
            data = {"as_of": as_of.isoformat(), **data}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    total = sum(c.total for c in counts)
    # Column heads outside the f-string: lupdate reads no calls inside one.
    code, name = translate("Cli", "Kode"), translate("Cli", "Bydel")
    count, share_head = translate("Cli", "Boliger"), translate("Cli", "Andel")
    head = f"{code:<7} {name:<18} {count:>8} {share_head:>7} " + " ".join(
        f"{enum_label(Tenure(t)):>10}" for t in tenures)
    when = ("  " + translate("Cli", "som registrert per {date}").format(
        date=formats.date(as_of))) if as_of else ""
    print(f"{db_path(args)}{when}"
          + ("  " + translate("Cli", "(DEMODATA – syntetiske tall)") if demo else ""))
    print(head)
    print("-" * len(head))
    for c in counts:
        share = formats.percent(100 * c.total / total) if total else formats.DASH
        print(
            f"{c.code:<7} {c.name:<18} {formats.integer(c.total):>8} {share:>7} "
            + " ".join(f"{formats.integer(c.by_tenure.get(t, 0)):>10}" for t in tenures)
        )
    print("-" * len(head))
    sums = {t: sum(c.by_tenure.get(t, 0) for c in counts) for t in tenures}
    print(
        f"{'':<7} {'Oslo':<18} {formats.integer(total):>8} {'':>7} "
        + " ".join(f"{formats.integer(sums[t]):>10}" for t in tenures)
    )
    return 0
