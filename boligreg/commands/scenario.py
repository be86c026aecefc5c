"""``boligreg scenario FILE.json``: proposed transfers on a copy in memory, before and after
per unit. Nothing is written."""

from __future__ import annotations

import argparse
import json

from ..i18n import translate
from ._util import db_path


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("scenario", parents=[common],
                       help="show a reorganisation (transfers) before it is made",
                       description=translate(
                           "Cli",
                           "Regner foreslåtte overføringer på en kopi i minnet og viser "
                           "hver enhet før og etter. Ingenting lagres."))
    p.add_argument("file", metavar="FILE.json", help="the scenario (see docs/units.md)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--pdf", metavar="OUT.pdf", help="also save the before/after as a PDF")
    p.add_argument("--overwrite", action="store_true", help="replace an existing --pdf file")
    p.set_defaults(func=cmd_scenario)


def cmd_scenario(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..models.db import inspect_file
    from ..safefiles import check_output, write_output
    from ..services.scenario import read_scenario, run_scenario

    scenario = read_scenario(args.file)
    path = db_path(args)
    protect = [path, args.file]
    if args.pdf:  # refused before any work: never the register, the scenario, a backup
        check_output(args.pdf, overwrite=args.overwrite, protect=protect)
    from ..errors import ValidationError
    from ..models.db import SCHEMA_HEAD

    info = inspect_file(path)  # read-only: a boligreg file, not damaged
    if info.key is not None:
        raise ValidationError("Scenario på en kryptert fil støttes ikke ennå.",
                              "Scenarios on an encrypted file are not supported yet.")
    if info.revision != SCHEMA_HEAD:
        raise ValidationError(
            f"«{path.name}» har et eldre skjema ({info.revision}); åpne den med boligreg én "
            "gang (den oppgraderes da) og prøv igjen.",
            f"'{path.name}' has an older schema ({info.revision}); open it with boligreg once "
            "(it is upgraded then) and try again.")
    result = run_scenario(path, scenario)
    if args.pdf:
        from ..reports.scenario_pdf import render_scenario_pdf

        pdf = render_scenario_pdf(result)
        write_output(Path(args.pdf).expanduser(), lambda tmp: tmp.write_bytes(pdf),
                     overwrite=args.overwrite, protect=protect)
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        for line in result.table():
            print(line)
        if args.pdf:
            print(translate("Cli", "Lagret {path}").format(path=args.pdf))
    return 0
