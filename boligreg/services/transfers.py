"""Transfers: moving dwellings (their disposer) or agreements (their holder) from one unit to
another as one action, with a case reference.

``preview_transfer`` says what would move — dwellings, agreements, maintenance
responsibilities, open findings, tenancies — and the monthly rent sums on each side before and
after. ``apply_transfer`` then makes the move in one transaction: a ``unit_transfer`` record,
one ``unit_transfer_item`` per moved record, and one change-log row per moved record carrying
the case reference. ``undo_transfer`` moves the same records back, again as one transaction,
if every one of them is still where the transfer put it.

On the central, row-level security lets the sending unit, the receiving unit or an
administrator make a transfer (the items name exactly the records it may move), no one else.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from .. import formats
from ..errors import BoligregError
from ..i18n import translate
from ..models import (
    Agreement,
    AgreementDwelling,
    Database,
    Dwelling,
    Finding,
    MaintenanceResponsibility,
    Tenancy,
    UnitTransfer,
    UnitTransferItem,
    utcnow,
)
from .units import clean_text, resolve_unit

WHAT = ("dwellings", "agreements")
# what -> (model, the unit column that moves)
TARGETS: dict[str, tuple[type[Dwelling] | type[Agreement], str]] = {
    "dwellings": (Dwelling, "disposing_unit_code"),
    "agreements": (Agreement, "holding_unit_code"),
}


class TransferError(BoligregError):
    exit_code = 2


RLS_REFUSED = "42501"  # PostgreSQL's insufficient_privilege: row-level security said no


@contextmanager
def _refusal_explained(action_nb: str, action_en: str) -> Iterator[None]:
    """On the central, a refusal by row-level security (sqlstate 42501) becomes one
    Norwegian sentence instead of the database's own text; the transaction was rolled back,
    so nothing has moved."""
    try:
        yield
    except sa.exc.DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) != RLS_REFUSED:
            raise
        raise TransferError(
            f"Sentraldatabasen avviste {action_nb}: bare avgivende enhet, mottakende enhet "
            "eller en administrator kan gjøre det. Ingenting er endret.",
            f"The central database refused {action_en}: only the sending unit, the receiving "
            "unit or an administrator may do it. Nothing was changed.",
        ) from exc


@dataclass
class Side:
    """One unit's portfolio, before and after: counts and monthly sums (kroner)."""

    unit: str
    dwellings_before: int = 0
    dwellings_after: int = 0
    agreements_before: int = 0
    agreements_after: int = 0
    tenant_rent_before: float = 0.0  # husleie of the dwellings it disposes of
    tenant_rent_after: float = 0.0
    lease_cost_before: float = 0.0  # monthly rent of the agreements it holds
    lease_cost_after: float = 0.0


@dataclass
class TransferPreview:
    from_unit: str
    to_unit: str
    what: str
    effective: date
    reference: str
    ids: list[str]  # the records that move (dwellings or agreements)
    counts: dict[str, int] = field(default_factory=dict)
    sender: Side | None = None
    receiver: Side | None = None

    def lines(self) -> list[str]:
        """The preview as a person reads it, in the chosen language."""
        c = self.counts
        n = formats.integer
        out = [
            translate("Transfer", "Overføring {reference}: {sender} → {receiver}, gjelder fra "
                                  "{date}").format(reference=self.reference,
                                                   sender=self.from_unit, receiver=self.to_unit,
                                                   date=formats.date(self.effective)),
            translate("Transfer", "Flyttes: {dwellings} boliger, {agreements} avtaler, "
                                  "{maintenance} vedlikeholdsansvar, {findings} åpne avvik, "
                                  "{tenancies} løpende leieforhold.").format(
                dwellings=n(c["dwellings"]), agreements=n(c["agreements"]),
                maintenance=n(c["maintenance"]), findings=n(c["open_findings"]),
                tenancies=n(c["tenancies"])),
        ]
        for role, s in ((translate("Transfer", "Avgiver"), self.sender),
                        (translate("Transfer", "Mottaker"), self.receiver)):
            assert s is not None
            kr = formats.money
            out.append(translate(
                "Transfer", "{role} {unit}: boliger {d0} → {d1}, avtaler {a0} → {a1}, "
                            "husleie/mnd {r0} → {r1}, innleie/mnd {l0} → {l1}").format(
                role=role, unit=s.unit, d0=n(s.dwellings_before), d1=n(s.dwellings_after),
                a0=n(s.agreements_before), a1=n(s.agreements_after),
                r0=kr(s.tenant_rent_before), r1=kr(s.tenant_rent_after),
                l0=kr(s.lease_cost_before), l1=kr(s.lease_cost_after)))
        return out


def _ids_at(conn: sa.Connection, what: str, unit: str,
            ids: Iterable[str] | None) -> list[str]:
    model, col = TARGETS[what]
    t = model.__table__
    stmt = sa.select(t.c.id).where(t.c.deleted_at.is_(None), t.c[col] == unit)
    found = set(conn.execute(stmt).scalars())
    if ids is None:
        return sorted(found)
    wanted = list(dict.fromkeys(clean_text(i, "ID-en").strip() for i in ids if i.strip()))
    missing = [i for i in wanted if i not in found]
    if missing:
        noun = "boliger" if what == "dwellings" else "avtaler"
        raise TransferError(
            f"{len(missing)} av de {len(wanted)} oppgitte {noun} hører ikke til {unit} "
            f"(eller finnes ikke), f.eks. {missing[0]}. Ingenting er overført.",
            f"{len(missing)} of the {len(wanted)} {what} given do not belong to {unit} "
            f"(or do not exist), e.g. {missing[0]}. Nothing was transferred.",
        )
    return wanted


def _side(conn: sa.Connection, unit: str) -> Side:
    w, a = Dwelling.__table__, Agreement.__table__
    n_d, rent = conn.execute(
        sa.select(sa.func.count(), sa.func.coalesce(sa.func.sum(w.c.tenant_rent), 0.0))
        .where(w.c.deleted_at.is_(None), w.c.disposing_unit_code == unit)).one()
    n_a, cost = conn.execute(
        sa.select(sa.func.count(), sa.func.coalesce(sa.func.sum(a.c.monthly_rent), 0.0))
        .where(a.c.deleted_at.is_(None), a.c.holding_unit_code == unit)).one()
    return Side(unit, n_d, n_d, n_a, n_a, float(rent), float(rent), float(cost), float(cost))


def _chunks(ids: list[str], n: int = 500) -> Iterable[list[str]]:
    for i in range(0, len(ids), n):
        yield ids[i:i + n]


def preview_transfer(conn: sa.Connection, *, from_unit: str, to_unit: str, what: str,
                     effective: date, reference: str,
                     ids: Iterable[str] | None = None) -> TransferPreview:
    """What a transfer would move, and the sums on each side. Reads only."""
    if what not in WHAT:
        raise TransferError(f"Ukjent --what «{what}»: bruk dwellings eller agreements.",
                            f"Unknown --what '{what}': use dwellings or agreements.")
    reference = clean_text(reference, "Saksnummeret")
    if not reference.strip():
        raise TransferError("Overføringen må ha et saksnummer (--reference).",
                            "A transfer needs a case reference (--reference).")
    src, dst = resolve_unit(conn, from_unit), resolve_unit(conn, to_unit)
    if src == dst:
        raise TransferError(f"Avgiver og mottaker er samme enhet ({src}).",
                            f"Sender and receiver are the same unit ({src}).")
    moving = _ids_at(conn, what, src, ids)
    if not moving:
        raise TransferError(f"{src} har ingen {'boliger' if what == 'dwellings' else 'avtaler'}"
                            " å overføre. Ingenting er overført.",
                            f"{src} has no {what} to transfer. Nothing was transferred.")
    w, a, link = Dwelling.__table__, Agreement.__table__, AgreementDwelling.__table__
    m, t, f = (MaintenanceResponsibility.__table__, Tenancy.__table__, Finding.__table__)
    today = effective
    counts = {"dwellings": 0, "agreements": 0, "maintenance": 0, "open_findings": 0,
              "tenancies": 0}
    moved_rent = moved_cost = 0.0
    dwellings: set[str] = set()
    for part in _chunks(moving):
        if what == "dwellings":
            dwellings.update(part)
            moved_rent += float(conn.execute(sa.select(sa.func.coalesce(
                sa.func.sum(w.c.tenant_rent), 0.0)).where(w.c.id.in_(part))).scalar_one())
        else:
            moved_cost += float(conn.execute(sa.select(sa.func.coalesce(
                sa.func.sum(a.c.monthly_rent), 0.0)).where(a.c.id.in_(part))).scalar_one())
            # the dwellings an agreement covers come along for the counts (their disposer
            # stays: a central unit holding the lease does not take over the allocation)
            dwellings.update(conn.execute(sa.select(link.c.dwelling_id).where(
                link.c.agreement_id.in_(part), link.c.deleted_at.is_(None))).scalars())
        counts["open_findings"] += conn.execute(sa.select(sa.func.count()).where(
            f.c.entity_type == ("dwelling" if what == "dwellings" else "agreement"),
            f.c.entity_id.in_(part), f.c.deleted_at.is_(None),
            f.c.status.in_(("open", "in_progress")))).scalar_one()
    counts[what] = len(moving)
    for part in _chunks(sorted(dwellings)):
        counts["maintenance"] += conn.execute(sa.select(sa.func.count()).where(
            m.c.dwelling_id.in_(part), m.c.deleted_at.is_(None),
            sa.or_(m.c.valid_to.is_(None), m.c.valid_to >= today))).scalar_one()
        counts["tenancies"] += conn.execute(sa.select(sa.func.count()).where(
            t.c.dwelling_id.in_(part), t.c.deleted_at.is_(None),
            sa.or_(t.c.end_date.is_(None), t.c.end_date >= today))).scalar_one()
    sender, receiver = _side(conn, src), _side(conn, dst)
    n = len(moving)
    if what == "dwellings":
        sender.dwellings_after -= n
        receiver.dwellings_after += n
        sender.tenant_rent_after -= moved_rent
        receiver.tenant_rent_after += moved_rent
    else:
        sender.agreements_after -= n
        receiver.agreements_after += n
        sender.lease_cost_after -= moved_cost
        receiver.lease_cost_after += moved_cost
    return TransferPreview(src, dst, what, effective, reference.strip(), moving, counts,
                           sender, receiver)


def _move(session: Session, preview: TransferPreview, *, undo_of: str | None = None
          ) -> UnitTransfer:
    model, col = TARGETS[preview.what]
    transfer = UnitTransfer(reference=preview.reference, from_unit_code=preview.from_unit,
                            to_unit_code=preview.to_unit, what=preview.what,
                            effective_date=preview.effective, undo_of=undo_of,
                            txn_id=session.info.get("txn_id"))
    session.add(transfer)
    session.flush()
    entity = model.__tablename__
    session.add_all([UnitTransferItem(transfer_id=transfer.id, entity_type=entity,
                                      entity_id=i) for i in preview.ids])
    session.flush()  # the items before the records (row-level security reads them)
    session.info["reference"] = preview.reference
    try:
        for part in _chunks(preview.ids):
            for obj in session.scalars(sa.select(model).where(model.id.in_(part))):
                if getattr(obj, col) != preview.from_unit:  # changed since the preview
                    raise TransferError(
                        "En post ble endret av noen andre etter forhåndsvisningen. Ingenting "
                        "er overført; forhåndsvis på nytt.",
                        "A record was changed by someone else after the preview. Nothing "
                        "was transferred; preview again.")
                setattr(obj, col, preview.to_unit)
            session.flush()
    finally:
        session.info.pop("reference", None)
    return transfer


def apply_transfer(db: Database, preview: TransferPreview) -> str:
    """Make the move ``preview`` describes: all of it in one transaction, or nothing.
    Returns the transfer's id."""
    with _refusal_explained("overføringen", "the transfer"), db.session() as session:
        existing = session.execute(sa.select(UnitTransfer.id).where(
            UnitTransfer.reference == preview.reference, UnitTransfer.undone_at.is_(None),
            UnitTransfer.undo_of.is_(None), UnitTransfer.deleted_at.is_(None))).first()
        if existing:
            raise TransferError(
                f"Saksnummeret «{preview.reference}» er allerede brukt på en overføring. "
                "Ingenting er overført.",
                f"The case reference '{preview.reference}' is already used by a transfer. "
                "Nothing was transferred.")
        return _move(session, preview).id


def undo_transfer(db: Database, reference: str) -> TransferPreview:
    """Move back what the transfer with ``reference`` moved (one transaction). Refused if
    any of its records has been moved or removed since."""
    reference = clean_text(reference, "Saksnummeret")
    with _refusal_explained("angringen av overføringen", "undoing the transfer"), \
            db.session() as session:
        transfer = session.scalars(sa.select(UnitTransfer).where(
            UnitTransfer.reference == reference.strip(), UnitTransfer.undo_of.is_(None),
            UnitTransfer.undone_at.is_(None), UnitTransfer.deleted_at.is_(None))).first()
        if transfer is None:
            raise TransferError(
                f"Ingen overføring med saksnummer «{reference}» å angre.",
                f"No transfer with case reference '{reference}' to undo.")
        ids = list(session.scalars(sa.select(UnitTransferItem.entity_id).where(
            UnitTransferItem.transfer_id == transfer.id,
            UnitTransferItem.deleted_at.is_(None))))
        model, col = TARGETS[transfer.what]
        t = model.__table__
        still: set[str] = set()
        for part in _chunks(ids):
            still.update(session.execute(sa.select(t.c.id).where(
                t.c.id.in_(part), t.c.deleted_at.is_(None),
                t.c[col] == transfer.to_unit_code)).scalars())
        if len(still) != len(ids):
            raise TransferError(
                f"{len(ids) - len(still)} av postene i overføringen {reference} er flyttet "
                "eller slettet siden. Ingenting er angret.",
                f"{len(ids) - len(still)} of the records of transfer {reference} have been "
                "moved or deleted since. Nothing was undone.")
        back = TransferPreview(transfer.to_unit_code, transfer.from_unit_code, transfer.what,
                               date.today(), transfer.reference, ids)
        _move(session, back, undo_of=transfer.id)
        transfer.undone_at = utcnow()
        return back


@dataclass
class TransferSummary:
    """A transfer made earlier, as the undo picker lists it."""

    reference: str
    from_unit: str
    to_unit: str
    what: str
    effective: date
    made_at: datetime
    made_by: str
    records: int
    undone_at: datetime | None

    @property
    def undoable(self) -> bool:
        return self.undone_at is None

    def label(self, names: dict[str, str] | None = None) -> str:
        """One line for a picker in the chosen language; ``names`` turns unit codes into
        names."""
        src, dst = ((names or {}).get(c, c) for c in (self.from_unit, self.to_unit))
        text = (translate("Transfer", "{reference}: {n} boliger {sender} → {receiver}, fra {date}")
                if self.what == "dwellings" else
                translate("Transfer", "{reference}: {n} avtaler {sender} → {receiver}, fra {date}")
                ).format(reference=self.reference, n=formats.integer(self.records), sender=src,
                         receiver=dst, date=formats.date(self.effective))
        if self.undone_at is not None:
            text += " " + translate("Transfer", "(angret {date})").format(
                date=formats.date(self.undone_at.date()))
        return text

    def label_nb(self, names: dict[str, str] | None = None) -> str:
        """The old name of :meth:`label` (follows the chosen language too)."""
        return self.label(names)


def list_transfers(conn: sa.Connection) -> list[TransferSummary]:
    """Every transfer made (not the undos themselves), newest first, with how many records
    it moved and whether it has been undone."""
    t, i = UnitTransfer.__table__, UnitTransferItem.__table__
    n = (sa.select(sa.func.count()).where(i.c.transfer_id == t.c.id, i.c.deleted_at.is_(None))
         .scalar_subquery())
    rows = conn.execute(
        sa.select(t.c.reference, t.c.from_unit_code, t.c.to_unit_code, t.c.what,
                  t.c.effective_date, t.c.created_at, t.c.created_by, n, t.c.undone_at)
        .where(t.c.undo_of.is_(None), t.c.deleted_at.is_(None))
        .order_by(t.c.created_at.desc(), t.c.reference))
    return [TransferSummary(*r) for r in rows]


def units_of(conn: sa.Connection, what: str, ids: Iterable[str]) -> dict[str, int]:
    """For the records ``ids`` (dwellings or agreements): how many each unit disposes of or
    holds now (a selection made in the window may span several units)."""
    model, col = TARGETS[what]
    t = model.__table__
    out: dict[str, int] = {}
    for part in _chunks(list(dict.fromkeys(ids))):
        for unit, n in conn.execute(sa.select(t.c[col], sa.func.count()).where(
                t.c.id.in_(part), t.c.deleted_at.is_(None)).group_by(t.c[col])):
            if unit is not None:
                out[unit] = out.get(unit, 0) + n
    return out
