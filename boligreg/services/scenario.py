"""The reorganisation before it is made: proposed transfers applied to a copy in memory, and
each unit's figures before and after. The register file is only read.

A scenario file (JSON)::

    {"name": "Alle avtaler til Boligbygg", "effective": "01.01.2027",
     "transfers": [{"from": "*", "to": "boligbygg", "what": "agreements"},
                   {"from": "velferdsetaten", "to": "12", "what": "dwellings"}]}

``"from": "*"`` means every unit but the receiver. Transfers apply in order, each with the
real transfer service (so what a scenario shows is what the transfer would do).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.pool import StaticPool

from .. import formats
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP, Labels, translate
from ..models import (
    Agreement,
    Database,
    Dwelling,
    Finding,
    MaintenanceResponsibility,
    make_session_factory,
)
from .transfers import TransferError, apply_transfer, preview_transfer
from .units import list_units, resolve_unit

FIGURES = ("dwellings", "agreements", "lease_cost_year", "tenant_rent_year", "vacant",
           "open_findings", "maintenance")
# The figures' labels, translated when read (the chosen language at call time).
FIGURE_LABELS = Labels("Scenario", {
    "dwellings": QT_TRANSLATE_NOOP("Scenario", "Boliger"),
    "agreements": QT_TRANSLATE_NOOP("Scenario", "Avtaler"),
    "lease_cost_year": QT_TRANSLATE_NOOP("Scenario", "Innleie/år"),
    "tenant_rent_year": QT_TRANSLATE_NOOP("Scenario", "Husleie/år"),
    "vacant": QT_TRANSLATE_NOOP("Scenario", "Ledige"),
    "open_findings": QT_TRANSLATE_NOOP("Scenario", "Åpne avvik"),
    "maintenance": QT_TRANSLATE_NOOP("Scenario", "Med vedl.ansvar"),
})


@dataclass
class UnitFigures:
    unit: str
    name: str
    before: dict[str, float]
    after: dict[str, float]


@dataclass
class ScenarioResult:
    name: str
    effective: date
    moved: list[str]  # one line per transfer applied
    units: list[UnitFigures]
    description: str = ""  # the scenario file's "description", if it has one
    demo: bool = False  # computed on a demo register (synthetic figures)

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "description": self.description,
                "effective": self.effective.isoformat(),
                "moved": self.moved, "units": [asdict(u) for u in self.units]}

    def changed(self) -> list[str]:
        """The figures (``FIGURES``) that differ before and after for some unit."""
        return [f for f in FIGURES if any(u.before[f] != u.after[f] for u in self.units)]

    def table(self) -> list[str]:
        """The result as lines for the terminal, in the chosen language."""
        head = f"{translate('Scenario', 'Enhet'):<24}" + "".join(
            f"{FIGURE_LABELS[f]:>24}" for f in FIGURES)
        when = formats.date(self.effective)
        out = [translate("Scenario", "Scenario: {name} (fra {when})").format(
            name=self.name, when=when), *self.moved, head]
        for u in self.units:
            cells = []
            for f in FIGURES:
                b, a = u.before[f], u.after[f]
                num = formats.integer
                cells.append(f"{num(b)} → {num(a)}" if b != a else num(b))
            out.append(f"{u.name[:23]:<24}" + "".join(f"{c:>24}" for c in cells))
        out.append("Ingenting er lagret: scenarioet ble regnet på en kopi i minnet.")
        return out




def _parse_date(text: str | None) -> date:
    if not text:
        return date.today()
    for fmt in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    raise ValidationError(f"Ugyldig dato «{text}» i scenarioet: bruk dd.mm.åååå.",
                          f"Invalid date '{text}' in the scenario: use dd.mm.yyyy.")


def read_scenario(path: str | Path) -> dict[str, Any]:
    """The scenario file, checked (a clear message for each mistake)."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise ValidationError(f"Kan ikke lese «{p}»: {exc.strerror}.",
                              f"Cannot read '{p}': {exc.strerror}.") from exc
    except UnicodeDecodeError as exc:
        raise ValidationError(f"«{p.name}» er ikke en tekstfil (JSON i UTF-8).",
                              f"'{p.name}' is not a text file (JSON in UTF-8).") from exc
    except json.JSONDecodeError as exc:
        raise ValidationError(f"«{p.name}» er ikke gyldig JSON (linje {exc.lineno}).",
                              f"'{p.name}' is not valid JSON (line {exc.lineno}).") from exc
    return check_scenario(data)


def check_scenario(data: Any) -> dict[str, Any]:
    """``data`` if it is a scenario (a dict with a non-empty list of transfers)."""
    transfers = data.get("transfers") if isinstance(data, dict) else None
    if not isinstance(transfers, list) or not transfers or not all(
            isinstance(t, dict) and {"from", "to", "what"} <= set(t) for t in transfers):
        raise ValidationError(
            "Scenarioet må ha «transfers»: en liste med {\"from\", \"to\", \"what\"}.",
            "The scenario needs 'transfers': a list of {\"from\", \"to\", \"what\"}.")
    return data


# The reorganisations the letters behind boligreg propose, ready to run (the window's presets).
PRESET_ALL_AGREEMENTS = "all_agreements_to_boligbygg"
PRESET_VELFERDSETATEN = "velferdsetaten_to_bydel"
# The presets' names in the chosen language when read.
PRESETS = Labels("Scenario", {
    PRESET_ALL_AGREEMENTS: QT_TRANSLATE_NOOP(
        "Scenario", "Alle innleie- og tilvisningsavtaler til Boligbygg"),
    PRESET_VELFERDSETATEN: QT_TRANSLATE_NOOP("Scenario", "Velferdsetatens boliger til Bydel …"),
})


def preset_scenario(key: str, *, bydel: str | None = None, bydel_name: str | None = None,
                    effective: date | None = None) -> dict[str, Any]:
    """A preset as a scenario file would say it (``bydel``: the receiving bydel's code for
    ``PRESET_VELFERDSETATEN``)."""
    when = (effective or date.today()).strftime("%d.%m.%Y")
    if key == PRESET_ALL_AGREEMENTS:
        return {"name": PRESETS[key], "effective": when,
                "description": translate(
                    "Scenario", "Boligbygg Oslo KF overtar alle innleie- og "
                    "tilvisningsavtaler som bydelene og Velferdsetaten har i dag. "
                    "Boligene avtalene gjelder, disponeres fortsatt av samme enhet."),
                "transfers": [{"from": "*", "to": "boligbygg", "what": "agreements"}]}
    if key == PRESET_VELFERDSETATEN:
        if not bydel:
            raise ValidationError("Velg bydelen som skal overta Velferdsetatens boliger.",
                                  "Choose the bydel that takes over Velferdsetaten's dwellings.")
        name = bydel_name or bydel
        return {"name": translate("Scenario", "Velferdsetatens boliger til {name}").format(
                    name=name), "effective": when,
                "description": translate(
                    "Scenario", "{name} overtar disposisjonen av boligene Velferdsetaten "
                    "disponerer i dag (boliger for personer med "
                    "funksjonsnedsettelser).").format(name=name),
                "transfers": [{"from": "velferdsetaten", "to": bydel, "what": "dwellings"}]}
    raise ValidationError(f"Ukjent forhåndsvalg «{key}».", f"Unknown preset '{key}'.")


def memory_copy(path: Path) -> Database:
    """A copy of the file at ``path`` in memory, read through SQLite's backup API with a
    read-only connection (the file is never opened for writing)."""
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    mem = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        src.backup(mem)
    finally:
        src.close()
    mem.isolation_level = None
    engine = sa.create_engine("sqlite://", creator=lambda: mem, poolclass=StaticPool)

    @sa.event.listens_for(engine, "begin")
    def _begin(conn: sa.Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return Database(engine.url, engine, make_session_factory(engine, "scenario"), None)


def unit_figures(conn: sa.Connection, today: date) -> dict[str, dict[str, float]]:
    """Per unit: dwellings it disposes of, agreements it holds, yearly lease cost (its
    agreements' rent × 12) and tenant rent (its dwellings' husleie × 12), vacant dwellings,
    open findings on its records, and its dwellings with a maintenance responsibility in force
    (on the dwelling itself or on its property, as the fact sheet counts)."""
    w, a = Dwelling.__table__, Agreement.__table__
    f, m = Finding.__table__, MaintenanceResponsibility.__table__
    out: dict[str, dict[str, float]] = {}

    def put(unit: str | None, key: str, value: float | None) -> None:
        if unit is not None:
            out.setdefault(unit, dict.fromkeys(FIGURES, 0.0))[key] += float(value or 0)

    for unit, n, rent, vacant in conn.execute(
            sa.select(w.c.disposing_unit_code, sa.func.count(), sa.func.sum(w.c.tenant_rent),
                      sa.func.sum(sa.case((w.c.status == "vacant", 1), else_=0)))
            .where(w.c.deleted_at.is_(None)).group_by(w.c.disposing_unit_code)):
        put(unit, "dwellings", n)
        put(unit, "tenant_rent_year", 12 * float(rent or 0))
        put(unit, "vacant", vacant)
    for unit, n, cost in conn.execute(
            sa.select(a.c.holding_unit_code, sa.func.count(), sa.func.sum(a.c.monthly_rent))
            .where(a.c.deleted_at.is_(None),
                   sa.or_(a.c.end_date.is_(None), a.c.end_date >= today))
            .group_by(a.c.holding_unit_code)):
        put(unit, "agreements", n)
        put(unit, "lease_cost_year", 12 * float(cost or 0))
    open_ = f.c.status.in_(("open", "in_progress")) & f.c.deleted_at.is_(None)
    for table, col, entity in ((w, w.c.disposing_unit_code, "dwelling"),
                               (a, a.c.holding_unit_code, "agreement")):
        for unit, n in conn.execute(
                sa.select(col, sa.func.count()).select_from(
                    f.join(table, table.c.id == f.c.entity_id))
                .where(open_, f.c.entity_type == entity).group_by(col)):
            put(unit, "open_findings", n)
    in_force = sa.and_(m.c.deleted_at.is_(None),
                       sa.or_(m.c.valid_from.is_(None), m.c.valid_from <= today),
                       sa.or_(m.c.valid_to.is_(None), m.c.valid_to >= today))
    covered = sa.exists().where(in_force, sa.or_(m.c.dwelling_id == w.c.id,
                                                 m.c.property_id == w.c.property_id))
    for unit, n in conn.execute(
            sa.select(w.c.disposing_unit_code, sa.func.count())
            .where(w.c.deleted_at.is_(None), covered)
            .group_by(w.c.disposing_unit_code)):
        put(unit, "maintenance", n)
    return out


def _ended(conn: sa.Connection, ids: list[str], today: date) -> int:
    """How many of the agreements ``ids`` have ended before ``today``."""
    a = Agreement.__table__
    n = 0
    for i in range(0, len(ids), 500):
        n += conn.execute(sa.select(sa.func.count()).where(
            a.c.id.in_(ids[i:i + 500]), a.c.end_date.is_not(None),
            a.c.end_date < today)).scalar_one()
    return n


def run_scenario(db_path: str | Path, scenario: dict[str, Any]) -> ScenarioResult:
    """Apply ``scenario``'s transfers to a memory copy of the register at ``db_path``."""
    scenario = check_scenario(scenario)
    effective = _parse_date(scenario.get("effective"))
    db = memory_copy(Path(db_path))
    try:
        demo = db.meta("demo") == "1"
        with db.engine.connect() as conn:
            names = {u.code: u.official_name for u in list_units(conn)}
            before = unit_figures(conn, effective)
        moved = []
        for n, t in enumerate(scenario["transfers"], start=1):
            what = str(t["what"])
            with db.engine.connect() as conn:
                dst = resolve_unit(conn, str(t["to"]))
                senders = ([u for u in names if u != dst] if t["from"] == "*"
                           else [resolve_unit(conn, str(t["from"]))])
            total = ended = 0
            for src in senders:
                with db.engine.connect() as conn:
                    try:
                        p = preview_transfer(conn, from_unit=src, to_unit=dst, what=what,
                                             effective=effective,
                                             reference=f"scenario-{n}-{src}",
                                             ids=t.get("ids"))
                    except TransferError:
                        if t["from"] == "*":
                            continue  # a unit with nothing of that kind
                        raise
                apply_transfer(db, p)
                total += len(p.ids)
                if what == "agreements":  # ended ones move too, but are not counted as held
                    with db.engine.connect() as conn:
                        ended += _ended(conn, p.ids, effective)
            noun = "boliger" if what == "dwellings" else "avtaler"
            origin = ("alle andre enheter" if t["from"] == "*"
                      else names.get(senders[0], senders[0]))
            line = f"{n}. {total} {noun} fra {origin} til {names.get(dst, dst)}"
            if ended:
                line += (f" ({total - ended} gjeldende per {effective:%d.%m.%Y}, {ended} "
                         "utløpt)")
            moved.append(line)
        with db.engine.connect() as conn:
            after = unit_figures(conn, effective)
    finally:
        db.close()
    units = []
    zero = dict.fromkeys(FIGURES, 0.0)
    for code in sorted(set(before) | set(after), key=lambda c: (not c.isdigit(), c)):
        b, a = before.get(code, zero), after.get(code, zero)
        if any(b.values()) or any(a.values()):
            units.append(UnitFigures(code, names.get(code, code), b, a))
    return ScenarioResult(str(scenario.get("name") or "Scenario"), effective, moved, units,
                          str(scenario.get("description") or ""), demo)
