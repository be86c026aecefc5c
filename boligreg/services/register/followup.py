"""*Trenger oppfølging*: agreements ending soon, dwellings vacant longest, open serious
findings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import sqlalchemy as sa

from ... import formats
from ...i18n import translate
from ...models import Agreement, AuditRun, Dwelling, Finding, Property
from ...models.enums import AgreementKind, DwellingStatus, FindingStatus, Severity
from ...models.enums import label as enum_label
from ..audit.messages import message_text
from ..audit.rules import rule_title


@dataclass(frozen=True)
class FollowUpItem:
    entity_type: str
    entity_id: str
    title: str
    detail: str
    urgency: int  # days left / days vacant: the number the line is sorted by


@dataclass
class FollowUp:
    expiring: list[FollowUpItem]
    expiring_total: int
    vacant: list[FollowUpItem]
    vacant_total: int
    findings: list[FollowUpItem]
    findings_total: int
    # False before the first audit run: "no findings" would then be a claim nobody checked.
    audit_ran: bool = True


def follow_up(
    conn: sa.Connection,
    district: str | None = None,
    today: date | None = None,
    *,
    days: int = 90,
    limit: int = 12,
) -> FollowUp:
    """Agreements ending within ``days``, dwellings vacant longest, open high-severity findings."""
    today = today or date.today()
    a, w, p, f = (Agreement.__table__, Dwelling.__table__, Property.__table__,
                  Finding.__table__)
    horizon = today + timedelta(days=days)
    exp_where = [a.c.deleted_at.is_(None), a.c.end_date.is_not(None), a.c.end_date >= today,
                 a.c.end_date <= horizon]
    if district:
        exp_where.append(a.c.district_code == district)
    expiring_total = conn.execute(sa.select(sa.func.count()).where(*exp_where)).scalar_one()
    expiring = [
        FollowUpItem("agreement", r.id, f"{r.reference} – {r.landlord_name}",
                     translate("FollowUp", "{kind}, utløper {date} (om {days} dager)").format(
                         kind=enum_label(str(r.kind), AgreementKind),
                         date=formats.date(r.end_date),
                         days=formats.integer((r.end_date - today).days)),
                     (r.end_date - today).days)
        for r in conn.execute(
            sa.select(a.c.id, a.c.kind, a.c.reference, a.c.landlord_name, a.c.end_date)
            .where(*exp_where).order_by(a.c.end_date, a.c.reference).limit(limit)
        )
    ]
    vac_where = [w.c.deleted_at.is_(None), w.c.status == DwellingStatus.VACANT.value]
    if district:
        vac_where.append(w.c.district_code == district)
    vacant_total = conn.execute(sa.select(sa.func.count()).where(*vac_where)).scalar_one()
    vacant = [
        FollowUpItem("dwelling", r.id, f"{r.street_address}, {r.unit_number}",
                     translate("FollowUp", "ledig i {days} dager (siden {date})").format(
                         days=formats.integer((today - r.vacant_since).days),
                         date=formats.date(r.vacant_since)) if r.vacant_since else
                     translate("FollowUp", "ledig, uten dato"),
                     (today - r.vacant_since).days if r.vacant_since else 0)
        for r in conn.execute(
            sa.select(w.c.id, w.c.unit_number, w.c.vacant_since, p.c.street_address)
            .join(p, p.c.id == w.c.property_id)
            .where(*vac_where, w.c.vacant_since.is_not(None))
            .order_by(w.c.vacant_since, p.c.street_address).limit(limit)
        )
    ]
    fnd_where = [f.c.deleted_at.is_(None), f.c.severity == Severity.HIGH.value,
                 f.c.status.in_([FindingStatus.OPEN.value, FindingStatus.IN_PROGRESS.value])]
    if district:
        fnd_where.append(f.c.district_code == district)
    findings_total = conn.execute(sa.select(sa.func.count()).where(*fnd_where)).scalar_one()
    findings = [
        FollowUpItem(r.entity_type, r.entity_id, r.label or rule_title(r.rule),
                     (f"{message_text(r.rule, r.message)}  ·  " if r.message else "")
                     + translate("FollowUp", "åpent siden {date}").format(
                         date=formats.date(r.first_seen.date())),
                     (today - r.first_seen.date()).days)
        for r in conn.execute(
            sa.select(f.c.entity_type, f.c.entity_id, f.c.label, f.c.rule, f.c.message,
                      f.c.first_seen)
            .where(*fnd_where).order_by(f.c.first_seen, f.c.rule).limit(limit)
        )
    ]
    audit_ran = conn.execute(sa.select(
        sa.exists(sa.select(AuditRun.__table__.c.id)) | sa.exists(sa.select(f.c.id)))
    ).scalar_one()
    return FollowUp(expiring, expiring_total, vacant, vacant_total, findings, findings_total,
                    bool(audit_ran))
