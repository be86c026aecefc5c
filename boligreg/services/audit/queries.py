"""Reading findings back: lists, counts, the longest-open, and the scope of a run."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...errors import ValidationError
from ...models import AuditRun, Finding, Tenancy
from ...models.enums import FindingStatus, Severity
from ...models.enums import label as enum_label
from ...resources import districts
from .lifecycle import LIVE_STATUSES
from .messages import message_text
from .rules import RULES, rule_title
from .settings import AuditSettings

F = Finding.__table__
SEVERITY_ORDER = {Severity.HIGH.value: 0, Severity.MEDIUM.value: 1, Severity.LOW.value: 2}
STATUS_ORDER = {"open": 0, "in_progress": 1, "accepted": 2, "resolved": 3}
Readable = sa.Connection | Session


def _conn(source: Readable) -> sa.Connection:
    return source.connection() if isinstance(source, Session) else source


@dataclass(slots=True)
class FindingRow:
    """One finding as plain data (the UI's table rows, the CLI's lines, the report's rows)."""

    id: str
    rule: str
    severity: str
    status: str
    entity_type: str
    entity_id: str
    district_code: str | None
    label: str
    message: str
    first_seen: datetime
    last_seen: datetime
    resolved_at: datetime | None
    status_note: str | None
    justification: str | None
    version: int

    def __post_init__(self) -> None:
        # Enum columns come back as StrEnum members; keep plain strings in plain data.
        self.severity = str(self.severity)
        self.status = str(self.status)

    @property
    def title(self) -> str:
        return rule_title(self.rule)

    @property
    def shown_message(self) -> str:
        """The message in the chosen language (``message`` is the stored bokmål)."""
        return message_text(self.rule, self.message)

    @property
    def severity_nb(self) -> str:
        return enum_label(Severity(self.severity))

    @property
    def status_nb(self) -> str:
        return enum_label(FindingStatus(self.status))

    def age_days(self, today: date) -> int:
        return (today - self.first_seen.date()).days

    def to_json(self) -> dict[str, Any]:
        """The CLI's JSON object (issue 4: rule, severity, entity_type, entity_id, label,
        district, status, message — plus id, title and dates)."""
        return {
            "id": self.id,
            "rule": self.rule,
            "title": self.title,
            "severity": self.severity,
            "entity_type": self.entity_type,
            "entity_id": self.entity_id,
            "label": self.label,
            "district": self.district_code,
            "status": self.status,
            "message": self.message,
            "first_seen": self.first_seen.isoformat(timespec="seconds"),
            "last_seen": self.last_seen.isoformat(timespec="seconds"),
        }


_ROW_COLUMNS = [F.c[name] for name in FindingRow.__dataclass_fields__]


def _filters(
    district: str | None,
    statuses: Iterable[str] | None,
    rules: Iterable[str] | None,
    severities: Iterable[str] | None,
    text: str | None,
) -> list[sa.ColumnElement[bool]]:
    where: list[sa.ColumnElement[bool]] = [F.c.deleted_at.is_(None)]
    if district is not None:
        where.append(F.c.district_code == district)
    if statuses is not None:
        where.append(F.c.status.in_(list(statuses)))
    if rules is not None:
        where.append(F.c.rule.in_(list(rules)))
    if severities is not None:
        where.append(F.c.severity.in_(list(severities)))
    if text:
        pattern = f"%{text.strip().lower()}%"
        where.append(sa.or_(sa.func.lower(F.c.label).like(pattern),
                            sa.func.lower(F.c.message).like(pattern)))
    return where


def list_findings(
    source: Readable,
    *,
    district: str | None = None,
    statuses: Iterable[str] | None = LIVE_STATUSES,
    rules: Iterable[str] | None = None,
    severities: Iterable[str] | None = None,
    text: str | None = None,
    limit: int | None = None,
) -> list[FindingRow]:
    """Findings, most severe first, then by rule, bydel and label. Default: open and in progress.

    ``statuses=None`` lists every status.
    """
    sev = sa.case(SEVERITY_ORDER, value=F.c.severity, else_=9)
    stmt = (
        sa.select(*_ROW_COLUMNS)
        .where(*_filters(district, statuses, rules, severities, text))
        .order_by(sev, F.c.rule, F.c.district_code, F.c.label, F.c.id)
        .limit(limit)
    )
    return [FindingRow(*row) for row in _conn(source).execute(stmt)]


def get_findings(source: Readable, ids: Iterable[str]) -> list[FindingRow]:
    ids = list(ids)
    out: list[FindingRow] = []
    for i in range(0, len(ids), 500):
        stmt = sa.select(*_ROW_COLUMNS).where(F.c.id.in_(ids[i:i + 500]))
        out += [FindingRow(*row) for row in _conn(source).execute(stmt)]
    return out


@dataclass(frozen=True, slots=True)
class FindingCount:
    rule: str
    district_code: str | None
    severity: str
    status: str
    count: int


def finding_counts(
    source: Readable,
    *,
    district: str | None = None,
    statuses: Iterable[str] | None = LIVE_STATUSES,
) -> list[FindingCount]:
    """Counts per rule × bydel × severity × status (one GROUP BY)."""
    stmt = (
        sa.select(F.c.rule, F.c.district_code, F.c.severity, F.c.status, sa.func.count())
        .where(*_filters(district, statuses, None, None, None))
        .group_by(F.c.rule, F.c.district_code, F.c.severity, F.c.status)
    )
    return [FindingCount(r, d, str(s), str(st), int(n))
            for r, d, s, st, n in _conn(source).execute(stmt)]


def longest_open(source: Readable, *, district: str | None = None,
                 limit: int = 20) -> list[FindingRow]:
    """Open and in-progress findings, oldest first."""
    stmt = (
        sa.select(*_ROW_COLUMNS)
        .where(*_filters(district, LIVE_STATUSES, None, None, None))
        .order_by(F.c.first_seen, sa.case(SEVERITY_ORDER, value=F.c.severity, else_=9), F.c.id)
        .limit(limit)
    )
    return [FindingRow(*row) for row in _conn(source).execute(stmt)]


@dataclass(frozen=True, slots=True)
class RunInfo:
    id: str
    started_at: datetime
    finished_at: datetime | None
    run_by: str
    district_code: str | None
    opened: int
    resolved: int
    still_open: int
    settings: AuditSettings


def last_run(source: Readable, *, district: str | None = None,
             any_scope: bool = True) -> RunInfo | None:
    """The newest run covering ``district`` (a city-wide run covers every district)."""
    r = AuditRun.__table__
    stmt = sa.select(r).order_by(r.c.started_at.desc()).limit(1)
    if district is not None:
        cond = r.c.district_code == district
        if any_scope:
            cond = sa.or_(cond, r.c.district_code.is_(None))
        stmt = stmt.where(cond)
    row = _conn(source).execute(stmt).mappings().first()
    if row is None:
        return None
    return RunInfo(row["id"], row["started_at"], row["finished_at"], row["run_by"],
                   row["district_code"], row["opened"], row["resolved"], row["still_open"],
                   AuditSettings.from_json(row["settings_json"]))


def record_target(source: Readable, entity_type: str, entity_id: str) -> tuple[str, str]:
    """The record to open for a finding: a tenancy is shown in its dwelling."""
    if entity_type == "tenancy":
        t = Tenancy.__table__
        dwelling = _conn(source).execute(
            sa.select(t.c.dwelling_id).where(t.c.id == entity_id)
        ).scalar_one_or_none()
        if dwelling:
            return "dwelling", dwelling
    return entity_type, entity_id


def rule_catalogue(settings: AuditSettings | None = None) -> list[dict[str, str]]:
    """Code, Norwegian title, explanation (with the thresholds) and default severity per rule."""
    settings = settings or AuditSettings()
    return [
        {"code": r.code, "title": r.title, "explanation": r.explain(settings),
         "severity": settings.severities.get(r.code, r.severity.value),
         "entity_types": ", ".join(r.entity_types)}
        for r in RULES.values()
    ]


# ------------------------------------------------------------------------- district scope


def _fold(text: str) -> str:
    """'Bydel St. Hanshaugen', 'St.Hanshaugen', 'st hanshaugen' → 'sthanshaugen'."""
    text = text.strip().lower()
    text = re.sub(r"^bydel\s+", "", text)
    text = text.replace("æ", "ae").replace("ø", "o").replace("å", "a")
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if ch.isalnum())


def resolve_district(value: str | None) -> str | None:
    """A district code ("030101") from "01", "1", "030101", "Gamle Oslo", "Bydel Gamle Oslo".

    None or "" (and "00", "0301", "Oslo") mean the whole city. Unknown values raise
    ValidationError naming the valid forms.
    """
    if value is None or not value.strip():
        return None
    v = value.strip()
    if v in {"00", "0", "0301"} or _fold(v) in {"oslo", "oslokommune", "alle", "allebydeler"}:
        return None
    known = districts()
    if v.isdigit():
        if len(v) == 6 and any(d.code == v for d in known):
            return v
        if len(v) <= 2:
            number = f"{int(v):02d}"
            for d in known:
                if d.number == number:
                    return d.code
    else:
        folded = _fold(v)
        for d in known:
            if folded in {_fold(d.name), _fold(d.official_name)}:
                return d.code
    raise ValidationError(
        f"Ukjent bydel «{value}». Bruk nummer (01–15), kode (030101) eller navn (Gamle Oslo).",
        f"Unknown district '{value}'. Use a number (01-15), a code (030101) or a name.",
        field="district",
    )
