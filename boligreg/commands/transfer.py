"""``boligreg transfer``: move dwellings or agreements from one unit to another (or undo)."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path

from .. import formats
from ..errors import ValidationError
from ..i18n import translate
from ._util import open_db


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "transfer", parents=[common], help="transfer dwellings or agreements between units",
        description=translate(
            "Cli",
            "Overfør boliger (disponerende enhet) eller avtaler (ansvarlig enhet) fra "
            "én enhet til en annen, med saksnummer. Viser først hva som flyttes; "
            "alt eller ingenting."))
    p.add_argument("--from", dest="from_unit", metavar="UNIT", help="sending unit (15, alna, …)")
    p.add_argument("--to", dest="to_unit", metavar="UNIT", help="receiving unit (boligbygg, …)")
    p.add_argument("--what", choices=("dwellings", "agreements"), help="what moves")
    p.add_argument("--ids", metavar="FILE", help="only these ids (one per line)")
    p.add_argument("--effective", metavar="DD.MM.YYYY", help="effective date (default today)")
    p.add_argument("--reference", metavar="SAKSNR", help="case reference (required)")
    p.add_argument("--preview", action="store_true", help="show what would move; change nothing")
    p.add_argument("--undo", metavar="SAKSNR", help="undo the transfer with this reference")
    p.set_defaults(func=cmd_transfer)


def _date(text: str | None) -> date:
    if not text:
        return date.today()
    for fmt in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            pass
    raise ValidationError(f"Ugyldig dato «{text}»: bruk dd.mm.åååå.",
                        f"Invalid date '{text}': use dd.mm.yyyy.", )


def _ids(path: str | None) -> list[str] | None:
    if path is None:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ValidationError(f"Kan ikke lese «{path}»: {exc.strerror}.",
                              f"Cannot read '{path}': {exc.strerror}.") from exc
    except UnicodeDecodeError as exc:
        raise ValidationError(f"«{path}» er ikke en tekstfil med én ID per linje (UTF-8).",
                              f"'{path}' is not a text file with one id per line (UTF-8).",
                              ) from exc
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def cmd_transfer(args: argparse.Namespace) -> int:
    from ..services.transfers import apply_transfer, preview_transfer, undo_transfer

    db = open_db(args)
    try:
        if args.undo:
            back = undo_transfer(db, args.undo)
            print(translate("Cli", "Angret {reference}: {n} poster tilbake fra {source} til "
                                   "{target}.").format(
                reference=back.reference, n=formats.integer(len(back.ids)),
                source=back.from_unit, target=back.to_unit))
            return 0
        missing = [n for n, v in (("--from", args.from_unit), ("--to", args.to_unit),
                                  ("--what", args.what), ("--reference", args.reference))
                   if not v]
        if missing:
            raise ValidationError(f"Mangler {', '.join(missing)}.",
                                f"Missing {', '.join(missing)}.")
        with db.engine.connect() as conn:
            preview = preview_transfer(conn, from_unit=args.from_unit, to_unit=args.to_unit,
                                       what=args.what, effective=_date(args.effective),
                                       reference=args.reference, ids=_ids(args.ids))
        for line in preview.lines():
            print(line)
        if args.preview:
            print(translate("Cli", "Forhåndsvisning: ingenting er endret."))
            return 0
        apply_transfer(db, preview)
        print(translate("Cli", "Overført. Angres med: boligreg transfer --undo {reference}")
              .format(reference=preview.reference))
        return 0
    finally:
        db.close()
