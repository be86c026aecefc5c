"""``boligreg stats``: the fact-sheet figures, snapshots and indicator import.

``stats`` takes options itself and has optional actions, so both of these work::

    boligreg stats --db X --year 2025 [--district 01] [--json]
    boligreg stats snapshot --db X --year 2025 [--replace]
    boligreg stats import FILE --db X
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from .. import formats
from ..errors import ValidationError
from ..i18n import translate
from ..models.enums import Tenure
from ._util import add_as_of, as_of_arg, enum_label, open_db


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "stats",
        parents=[common],
        help="fact-sheet figures per bydel and Oslo (JSON), snapshots, indicator import",
        description=translate(
            "Cli",
            "Tallene bak de boligsosiale faktaarkene, per bydel og for Oslo. "
            "Nøklene i JSON er beskrevet i docs/stats_keys.md."),
    )
    # 1–9999 here (a 20-digit year would reach SQLite); the services name the usable years
    p.add_argument("--year", type=int, metavar="Y", help="the fact sheet's year")
    p.add_argument("--district", metavar="NR",
                   help="one bydel (01–15 or 030101–030115) or 'oslo'; default: all and Oslo")
    p.add_argument("--json", action="store_true", help="print JSON (keys: docs/stats_keys.md)")
    add_as_of(p, corrections=True)
    p.set_defaults(func=cmd_stats)
    actions = p.add_subparsers(dest="stats_action", metavar="ACTION", title="actions")

    s = actions.add_parser(
        "snapshot",
        parents=[common],
        help="freeze a year's figures so next year's sheets show the change",
        description=translate(
            "Cli",
            "Frys årets tall, slik at neste års faktaark kan vise endringen."),
    )
    s.add_argument("--year", type=int, metavar="Y", required=True)
    s.add_argument("--replace", action="store_true", help="replace an existing snapshot")
    s.set_defaults(func=cmd_snapshot)

    i = actions.add_parser(
        "import",
        parents=[common],
        help="import housing-social indicators (CSV or xlsx, long form)",
        description=translate(
            "Cli",
            "Importer boligsosiale indikatorer i lang form: district, year, indicator, value, "
            "source (eller bydel, år, indikator, verdi, kilde). Alt eller ingenting."),
    )
    i.add_argument("file", metavar="FILE", help="CSV or xlsx file")
    i.set_defaults(func=cmd_import)


def _fmt(value: Any, decimals: int = 1, suffix: str = "") -> str:
    if value is None:
        return "–"
    return formats.number(value, decimals if isinstance(value, float) else 0) + suffix


def cmd_stats(args: argparse.Namespace) -> int:
    from ..services.stats import OSLO, compute_figures, resolve_scope

    as_of = as_of_arg(args)
    if args.year is None and as_of is not None:
        args.year = as_of.year
    if args.year is None:
        raise ValidationError(
            "Oppgi året med --year (for eksempel --year 2025).",
            "Give the year with --year (for example --year 2025).",
            field="year",
        )
    db = open_db(args)
    try:
        with db.engine.connect() as conn:
            figs = compute_figures(conn, args.year, as_of=as_of,
                                   corrected=getattr(args, "corrected", False))
    finally:
        db.close()
    scopes = list(figs)
    if args.district:
        scopes = [resolve_scope(figs, args.district)]
    if args.json:
        if args.district:
            out: Any = figs[scopes[0]].to_dict()
        else:
            out = {scope: f.to_dict() for scope, f in figs.items()}
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    demo = ("  " + translate("Cli", "(DEMODATA – syntetiske tall)")) if figs[OSLO].demo else ""
    o = figs[OSLO]
    print(translate("Cli", "Boligsosiale tall {year}, per {date}").format(
        year=args.year, date=o.reference_date) + demo)
    from ..reports.factsheet import basis_text

    if basis_text(o):
        print(basis_text(o))
    pop_date = o.population_date or translate("Cli", "mangler")
    print(translate("Cli", "Folketall per {date}; andeler i prosent").format(date=pop_date))
    # Column heads outside the f-string: lupdate reads no calls inside one.
    heads = [translate("Cli", "Nr"), translate("Cli", "Bydel"), translate("Cli", "Folketall"),
             translate("Cli", "Boliger"), translate("Cli", "Per 1000"), translate("Cli", "Rang")]
    tails = [translate("Cli", "Ledig %"), translate("Cli", "Rullest. %"),
             translate("Cli", "Avtaler")]
    head = (f"{heads[0]:<3} {heads[1]:<18} {heads[2]:>9} {heads[3]:>8} {heads[4]:>8} "
            f"{heads[5]:>4} " + " ".join(f"{enum_label(t):>10}" for t in Tenure)
            + f" {tails[0]:>7} {tails[1]:>10} {tails[2]:>7}")
    print(head)
    print("-" * len(head))
    for scope in scopes:
        f = figs[scope]
        if scope == OSLO and len(scopes) > 1:
            print("-" * len(head))
        print(
            f"{f.number:<3} {f.name:<18} {_fmt(f.population):>9} {_fmt(f.dwellings_total):>8} "
            f"{_fmt(f.dwellings_per_1000):>8} {_fmt(f.rank_per_1000):>4} "
            + " ".join(f"{_fmt(f.by_tenure[t.value]):>10}" for t in Tenure)
            + f" {_fmt(f.vacancy_rate):>7} {_fmt(f.wheelchair_share):>10}"
            f" {_fmt(f.agreements_active):>7}"
        )
    print(_counted_by_note(figs))
    return 0


def _counted_by_note(figs: dict[str, Any]) -> str:
    """What the table counts by (issue 14): in words, with the central units' own figure."""
    from ..services.stats import OSLO

    central = figs[OSLO].central_units
    parts = [f"{b['name']} {b['dwellings']}" for b in central.values() if b.get("dwellings")]
    text = translate("Cli", "Boliger: det bydelen disponerer, uansett hvor de ligger; avtaler: "
                            "det bydelen har. Oslo teller hver bolig én gang.")
    if parts:
        text += " " + translate("Cli", "Sentrale enheters boliger (med i Oslo, ikke i "
                                       "bydelene): {units}; per bydel etter beliggenhet i "
                                       "--json, «central_units».").format(units=", ".join(parts))
    import textwrap

    return textwrap.fill(text, 100)


def cmd_snapshot(args: argparse.Namespace) -> int:
    from ..services.stats import take_snapshot

    db = open_db(args)
    try:
        with db.session() as session:
            result = take_snapshot(session, args.year, replace=args.replace)
    finally:
        db.close()
    done = (translate("Cli", "Erstattet øyeblikksbilde for {year}: {n} faktaark (15 bydeler og "
                             "Oslo).") if result.replaced else
            translate("Cli", "Lagret øyeblikksbilde for {year}: {n} faktaark (15 bydeler og "
                             "Oslo)."))
    print(done.format(year=result.year, n=result.scopes))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from ..safefiles import check_input
    from ..services.indicators import import_indicators

    check_input(args.file, what="Filen", what_en="The file")  # a FIFO would hang, not fail
    db = open_db(args)
    try:
        with db.session() as session:
            result = import_indicators(session, args.file)
    finally:
        db.close()
    print(translate("Cli", "Importerte {rows} rader: {inserted} nye, {updated} endret, "
                           "{unchanged} uendret.").format(
        rows=result.rows, inserted=result.inserted, updated=result.updated,
        unchanged=result.unchanged))
    if result.unknown_indicators:
        names = ", ".join(result.unknown_indicators)
        print(translate("Cli", "Merk: indikatorer utenfor standardlisten er lagret som skrevet: "
                               "{names}").format(names=names))
    return 0
