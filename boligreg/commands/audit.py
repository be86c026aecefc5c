"""``boligreg audit``: run the audit rules and print (or report) the findings.

    boligreg audit --db PATH [--district 01] [--json] [--pdf FILE] [--xlsx FILE]
                   [--settings FILE.json] [--today YYYY-MM-DD] [--all]
    boligreg audit --rules          # the rules, their severity and thresholds

Exit 0 when the audit ran, whatever it found: findings are the normal outcome of an audit,
not an error.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from datetime import date
from pathlib import Path
from typing import Any

from .. import formats
from ..errors import ValidationError
from ..i18n import translate
from ..models.enums import FindingStatus, Severity
from ..resources import districts
from ._util import enum_label


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "audit",
        parents=[common],
        help="run the audit rules and print the open findings",
        description=translate(
            "Cli",
            "Kjør kontrollreglene (avvik) for hele Oslo eller én bydel, oppdater avvikenes "
            "status og skriv ut de åpne avvikene. Avslutter med 0 når kontrollen er kjørt."),
    )
    p.add_argument("--district", metavar="BYDEL",
                   help="one bydel: 01, 1, 030101 or a name (Gamle Oslo); default: all of Oslo")
    p.add_argument("--json", action="store_true",
                   help="print a JSON array of the open findings instead of a table")
    p.add_argument("--pdf", metavar="FILE", help="also write the audit report (PDF)")
    p.add_argument("--xlsx", metavar="FILE", help="also export the findings to Excel (xlsx)")
    p.add_argument("--overwrite", action="store_true",
                   help="replace an existing --pdf/--xlsx file")
    p.add_argument("--all", action="store_true",
                   help="print findings of every status (also resolved and accepted)")
    p.add_argument("--today", metavar="YYYY-MM-DD",  # checked by _parse_today (exit 2)
                   help="audit as of this date (default: today)")
    p.add_argument("--settings", metavar="FILE",
                   help="thresholds as JSON (AuditSettings fields, e.g. "
                        '{"vacant_medium_days": 60, "rules": ["MISUSE"]}); stored with the run')
    p.add_argument("--rules", action="store_true",
                   help="list the rules with their thresholds and exit (no database needed)")
    p.set_defaults(func=cmd_audit)


def _district_name(code: str | None) -> str:
    if code is None:
        return translate("Cli", "Hele Oslo")
    return next((d.official_name for d in districts() if d.code == code), code)


def print_rules() -> None:
    from ..services.audit import rule_catalogue

    for r in rule_catalogue():
        # The code is printed here: it is what --settings '{"rules": [...]}' takes.
        print(f"{r['code']}  [{enum_label(Severity(r['severity']))}]  {r['title']}")
        for line in textwrap.wrap(r["explanation"], 88):
            print(f"    {line}")


# --today must leave room for the rules' date arithmetic (today ± thresholds in days).
TODAY_RANGE = (date(1900, 1, 1), date(2200, 12, 31))


def _parse_today(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(
            f"--today «{value}» er ikke en dato på formen ÅÅÅÅ-MM-DD.",
            f"--today '{value}' is not a date of the form YYYY-MM-DD.", field="today",
        ) from None
    low, high = TODAY_RANGE
    if not low <= day <= high:
        raise ValidationError(
            f"--today {day.isoformat()} er utenfor det kontrollen kan regne med "
            f"({low.year}–{high.year}).",
            f"--today {day.isoformat()} is outside what the audit can compute with "
            f"({low.year}–{high.year}).", field="today",
        )
    return day


def _read_settings(name: str) -> Any:
    from ..safefiles import check_input
    from ..services.audit import RULE_CODES, AuditSettings

    path = check_input(name, what="Innstillingsfilen", what_en="The settings file")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("ikke et JSON-objekt")
        unknown = set(data) - set(AuditSettings.__dataclass_fields__)
        if unknown:
            raise ValueError(f"ukjente innstillinger: {', '.join(sorted(unknown))}")
        settings = AuditSettings.from_json(json.dumps(data))
    except (OSError, ValueError, TypeError) as exc:
        raise ValidationError(f"Kan ikke lese innstillingene i {path}: {exc}",
                              f"Cannot read the settings in {path}: {exc}",
                              field="settings") from exc
    return settings.validate(RULE_CODES)


def cmd_audit(args: argparse.Namespace) -> int:
    """``boligreg audit``: list the rules, show the settings, or run the audit and print,
    export or report what it found.

    Long because each of its flags (--rules, --settings, --pdf, --xlsx, --json) is
    one short branch over the same run, read top to bottom as the command's help lists them.
    """
    from ..services.audit import list_findings, resolve_district, run_audit

    if args.rules:
        print_rules()
        return 0
    district = resolve_district(args.district)
    today = _parse_today(args.today)
    settings = _read_settings(args.settings) if args.settings else None
    from ..safefiles import check_output, write_output
    from ._util import db_path, open_db

    # Every target refused before the audit runs: never the database, a backup, the settings.
    protect = [db_path(args), args.settings]
    if args.pdf and args.xlsx and Path(args.pdf).expanduser().resolve() == \
            Path(args.xlsx).expanduser().resolve():
        raise ValidationError("--pdf og --xlsx kan ikke være samme fil.",
                              "--pdf and --xlsx cannot be the same file.", field="xlsx")
    for option in ("pdf", "xlsx"):
        target = getattr(args, option)
        if target:
            check_output(target, overwrite=args.overwrite, protect=protect)
    from ._util import shown

    db = open_db(args)
    try:
        result = run_audit(db, district=district, today=today, settings=settings)
        statuses = None if args.all else ("open", "in_progress")
        with db.engine.connect() as conn:
            rows = list_findings(conn, district=district, statuses=statuses)
        if args.pdf:
            from ..reports.audit_report import build_audit_report, render_audit_pdf

            with db.engine.connect() as conn:
                report = build_audit_report(conn, district=district, today=result.today,
                                            demo=db.is_demo)
            write_output(Path(args.pdf).expanduser(),
                         lambda tmp: render_audit_pdf(report, tmp),
                         overwrite=args.overwrite, protect=protect)
        if args.xlsx:
            from ..reports.audit_report import write_findings_xlsx

            with db.engine.connect() as conn:
                every = list_findings(conn, district=district, statuses=None)
            write_output(Path(args.xlsx).expanduser(),
                         lambda tmp: write_findings_xlsx(every, tmp,
                                                         scope=_district_name(district),
                                                         today=result.today),
                         overwrite=args.overwrite, protect=protect)
    finally:
        db.close()

    if args.json:
        json.dump([r.to_json() for r in rows], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    scope = _district_name(district)
    n = formats.integer
    print(translate("Cli", "Kontroll {date}, {scope}: {open} åpne avvik ({opened} nye, "
                           "{resolved} lukket automatisk, {accepted} akseptert som unntak) – "
                           "{seconds} s").format(
        date=formats.date(result.today), scope=scope, open=n(result.still_open),
        opened=n(result.opened), resolved=n(result.resolved),
        accepted=n(result.accepted_suppressed), seconds=formats.number(result.seconds, 2)))
    if rows:
        print()
        heads = [translate("Cli", "Alvor"), translate("Cli", "Regel"), translate("Cli", "Bydel"),
                 translate("Cli", "Status"), translate("Cli", "Post"),
                 translate("Cli", "Melding")]
        print(f"{heads[0]:<8} {heads[1]:<34} {heads[2]:<6} {heads[3]:<12} {heads[4]:<38} "
              f"{heads[5]}")
        for r in rows:
            # The rule's title, not its code (the code is for --settings and --json).
            severity = enum_label(Severity(r.severity))
            status = enum_label(FindingStatus(r.status))
            print(f"{severity:<8} {r.title[:34]:<34} {(r.district_code or '')[-2:]:<6} "
                  f"{status:<12} {shown(r.label[:38]):<38} {shown(r.shown_message)}")
    for option, label in (("pdf", translate("Cli", "Rapport")),
                          ("xlsx", translate("Cli", "Eksport"))):
        if getattr(args, option):
            print(f"{label}: {getattr(args, option)}")
    return 0
