"""``boligreg sync`` and ``boligreg conflicts``: sync a local copy with the central database."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys

from ..errors import BoligregError
from ..i18n import translate
from ._util import central_url, int_between, open_db, shown

CENTRAL_ENV = "BOLIGREG_CENTRAL_URL"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "sync",
        parents=[common],
        help="send local changes to the central database and fetch everyone else's",
        description=translate(
            "Cli",
            "Synkroniser den lokale kopien med sentraldatabasen: sender lokale "
            "endringer og henter de andres. Konflikter legges i en liste (boligreg conflicts)."),
    )
    p.add_argument("--central", metavar="URL", default=os.environ.get(CENTRAL_ENV),

                   help=f"postgresql+psycopg://user@host/db (default: ${CENTRAL_ENV})")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    p.add_argument("--page-size", type=int_between(1, 1_000_000), default=None,
                   help=argparse.SUPPRESS)  # tests
    p.set_defaults(func=cmd_sync)
    c = sub.add_parser(
        "conflicts",
        parents=[common],
        help="list sync conflicts, or decide one",
        description=translate(
            "Cli",
            "Vis konfliktene fra synkroniseringen, eller avgjør én."),
    )
    c.add_argument("--keep", choices=("local", "server"),
                   help="decide conflict --id: keep this copy's or the central's version")
    c.add_argument("--id", help="the conflict to decide (see the list)")
    c.add_argument("--json", action="store_true", help="print the list as JSON")
    c.set_defaults(func=cmd_conflicts)


def cmd_sync(args: argparse.Namespace) -> int:
    from ..services.sync import sync

    if not args.central:
        raise BoligregError(
            f"Oppgi sentraldatabasen med --central URL (eller ${CENTRAL_ENV}).",
            f"Name the central database with --central URL (or ${CENTRAL_ENV}).",
        )
    url = central_url(args.central, "--central")
    db = open_db(args)

    def progress(percent: int, text: str) -> None:
        if not args.quiet and not args.json:
            print(f"{percent:3d} %  {text}", file=sys.stderr, flush=True)

    try:
        kwargs = {"page_size": args.page_size} if args.page_size else {}
        result = sync(db, url, progress=progress, **kwargs)
    finally:
        db.close()
    if args.json:
        out = {k: v for k, v in vars(result).items() if k != "notes"}
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(result.summary())
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from ..services.sync import list_conflicts, resolve_conflict

    db = open_db(args)
    try:
        if args.keep or args.id:
            if not (args.keep and args.id):
                raise BoligregError("Bruk --id og --keep sammen.", "Use --id and --keep together.")
            if not re.fullmatch(r"[0-9A-Za-z-]{1,64}", args.id):  # ids are UUIDs
                raise BoligregError(
                    f"«{shown(args.id)}» er ingen konflikt-id; se listen med «boligreg "
                    "conflicts».", "That is not a conflict id; see 'boligreg conflicts'.")
            resolution = resolve_conflict(db, args.id, args.keep)
            print(translate("Cli", "Avgjort ({resolution}). Synkroniser for å fullføre.").format(
                resolution=resolution))
            return 0
        conflicts = list_conflicts(db)
    finally:
        db.close()
    if args.json:
        print(json.dumps([
            {"id": c.id, "entity_type": c.entity_type, "entity_id": c.entity_id,
             "kind": c.kind, "fields": c.fields, "reason": c.reason,
             "local": c.local, "server": c.server} for c in conflicts
        ], ensure_ascii=False, indent=2))
        return 0
    if not conflicts:
        print(translate("Cli", "Ingen konflikter."))
        return 0
    here, there = translate("Cli", "her:"), translate("Cli", "sentralt:")
    for c in conflicts:
        print(f"{c.id}  {shown(c.entity_label)} {shown(c.title)}: {c.kind_label}. "
              f"{shown(c.reason)}")
        for row in c.rows:
            if row.disputed or row.differs:
                mark = "*" if row.disputed else " "
                print(f"   {mark} {row.label:<28} {here} {shown(row.local):<24} "
                      f"{there} {shown(row.server)}")
    return 0
