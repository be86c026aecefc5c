"""The audit rules: one set-based SQLAlchemy Core query each, identical on SQLite and PostgreSQL.

Every rule's query returns the same six columns — ``entity_type``, ``entity_id``,
``district_code``, ``label``, ``message``, ``severity`` — one row per hit, so the life cycle
(``lifecycle.py``) treats all rules alike. Labels and messages are built in SQL with ``||``,
``substr`` and ``CAST`` only (SQLite before 3.44 has no ``concat()``); dates are compared with
cut-off dates computed in Python, so no dialect-specific date arithmetic is needed. Messages
hold dates, not day counts, so they stay the same from one run to the next unless the data
changes (a changed message is a logged change). Messages are stored in bokmål;
``messages.py`` is their English edition, and a change to a message's wording needs the same
change there (``tests/unit/test_audit_messages.py`` fails on a message it does not recognise).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from ...i18n import QT_TRANSLATE_NOOP, translate
from ...models import (
    Agreement,
    AgreementDwelling,
    Dwelling,
    MaintenanceResponsibility,
    Property,
    Tenancy,
)
from ...models.enums import (
    LABELS_NB,
    ActualUse,
    MaintenanceScope,
    ResponsibleParty,
    Severity,
)
from ...resources import districts, oslo_postcodes
from ..text import INVISIBLE_CLASS, NulCharacterError, normalise_text
from .settings import AuditSettings

P = Property.__table__
W = Dwelling.__table__
A = Agreement.__table__
L = AgreementDwelling.__table__
M = MaintenanceResponsibility.__table__
T = Tenancy.__table__

COLUMNS = ("entity_type", "entity_id", "district_code", "label", "message", "severity")
ORGNR_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)
DATE_MIN = date(1, 1, 1)
DATE_MAX = date(9999, 12, 31)


# --------------------------------------------------------------------------- date arithmetic


def months_before(day: date, months: int) -> date:
    """``day`` minus whole months (31 March − 1 month = 28/29 February)."""
    y, m = divmod(day.month - 1 - months, 12)
    year, month = day.year + y, m + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def years_before(day: date, years: int) -> date:
    return months_before(day, 12 * years)


# ---------------------------------------------------------------------- portable SQL helpers


def txt(*parts: str | ColumnElement) -> ColumnElement[str]:
    """Concatenate literals and columns with ``||`` (both dialects)."""
    out: ColumnElement | None = None
    for part in parts:
        expr = sa.literal(part, sa.String) if isinstance(part, str) else part
        expr = sa.type_coerce(expr, sa.String)
        out = expr if out is None else out + expr
    assert out is not None
    return out


def num(expr: ColumnElement) -> ColumnElement[str]:
    """An integer expression as text."""
    return sa.cast(expr, sa.String)


def nb_date(col: ColumnElement) -> ColumnElement[str]:
    """A DATE as dd.mm.yyyy (both dialects render a date cast to text as ISO yyyy-mm-dd)."""
    s = sa.cast(col, sa.String)
    return txt(sa.func.substr(s, 9, 2), ".", sa.func.substr(s, 6, 2), ".", sa.func.substr(s, 1, 4))


def nb_label(col: ColumnElement, enum: type, *, lower: bool = False) -> ColumnElement[str]:
    """Norwegian label of an enum column (the glossary in ``enums.LABELS_NB``)."""
    mapping = {k: (v.lower() if lower else v) for k, v in LABELS_NB[enum].items()}
    return sa.case(mapping, value=col, else_=sa.type_coerce(col, sa.String))


def plural(n: ColumnElement, one: str, many: str) -> ColumnElement[str]:
    return sa.case((n == 1, one), else_=many)


def live(table: sa.FromClause) -> ColumnElement[bool]:
    return table.c.deleted_at.is_(None)


def valid_on(start: ColumnElement, end: ColumnElement, day: date) -> ColumnElement[bool]:
    """A period [start, end] (None: open) that contains ``day``."""
    return sa.and_(sa.or_(start.is_(None), start <= day), sa.or_(end.is_(None), end >= day))


# Whitespace people leave in identifiers (spreadsheets are full of non-breaking spaces).
SQUEEZED = (" ", "\t", "\n", "\r", "\u00a0", "\u202f")
DIGITS = "0123456789"
# Modulus 11 with the check digit weighted 1: a valid orgnr's weighted sum is divisible by 11
# (r = 0 needs check digit 0, r = 1 would need 10, i.e. is invalid, else 11 − r).
ORGNR_FULL_WEIGHTS = (*ORGNR_WEIGHTS, 1)


def lit(text: str) -> ColumnElement[str]:
    """A constant rendered into the SQL (safely quoted): these helpers repeat the same few
    strings many times, and thousands of bind parameters would be waste (SQLite caps them)."""
    return sa.literal(text, sa.String, literal_execute=True)


def only_digits(expr: ColumnElement) -> ColumnElement[bool]:
    """True if ``expr`` holds ASCII digits only ('' included): ltrim with a character set is
    one call on both dialects, where comparing characters would depend on the collation."""
    return sa.func.ltrim(expr, lit(DIGITS)) == lit("")


def squeeze(expr: ColumnElement) -> ColumnElement[str]:
    """``expr`` without whitespace, as ``identifiers._squeeze`` does."""
    for ch in SQUEEZED:
        expr = sa.func.replace(expr, lit(ch), lit(""))
    return expr


def _orgnr_sum_ok(s: ColumnElement, off: ColumnElement | int = 0) -> ColumnElement[bool]:
    digits = [sa.cast(sa.func.substr(s, off + i, 1), sa.Integer) for i in range(1, 10)]
    weighted = sum((w * d for w, d in zip(ORGNR_FULL_WEIGHTS, digits, strict=True)),
                   sa.literal(0))
    return weighted % 11 == 0


def orgnr_ok(col: ColumnElement) -> ColumnElement[bool]:
    """Organisasjonsnummer check in SQL, with the verdict of ``identifiers.is_valid_orgnr``.

    The usual stored form (9 digits) is checked straight away. Otherwise, as people write it
    ("985 987 246", "985.987.246", "NO 985987246 MVA"): without spaces and dots, 9 digits after
    an optional "NO" and before an optional "MVA". The CASE makes sure no CAST ever sees a
    non-digit: PostgreSQL would raise, and CASE is the construct whose order it guarantees.
    """
    s = sa.func.upper(sa.func.replace(squeeze(col), lit("."), lit("")))
    off = sa.case((sa.func.substr(s, 1, 2) == lit("NO"), 2), else_=0)
    core = sa.func.substr(s, off + 1, 9)
    tail = sa.func.coalesce(sa.func.substr(s, off + 10), lit(""))
    return (
        sa.case(
            (col.is_(None), 0),
            (sa.and_(sa.func.length(col) == 9, only_digits(col)),
             sa.case((_orgnr_sum_ok(col), 1), else_=0)),
            (sa.func.length(core) != 9, 0),
            (tail.not_in((lit(""), lit("MVA"))), 0),
            (~only_digits(core), 0),
            (_orgnr_sum_ok(s, off), 1),
            else_=0,
        )
        == 1
    )


def _unit_form_ok(u: ColumnElement) -> ColumnElement[bool]:
    return sa.and_(
        sa.func.length(u) == 5,
        sa.func.ltrim(sa.func.substr(u, 1, 1), lit("HUKL")) == lit(""),
        only_digits(sa.func.substr(u, 2, 4)),
        sa.func.substr(u, 2, 2) != lit("00"),
        sa.func.substr(u, 4, 2) != lit("00"),
    )


def unit_number_ok(col: ColumnElement) -> ColumnElement[bool]:
    """Bruksenhetsnummer ``^[HUKL]\\d{4}$`` with floor and unit from 01 (Kartverket).

    Same verdict as ``identifiers.is_valid_unit_number`` (upper case, spaces ignored). The
    stored form is tried first: normalising 100,000 values that are already right costs.
    """
    return sa.case(
        (col.is_(None), 0),
        (_unit_form_ok(col), 1),
        (_unit_form_ok(sa.func.upper(squeeze(col))), 1),
        else_=0,
    ) == 1


def postcode_ok(col: ColumnElement) -> ColumnElement[bool]:
    """An Oslo postnummer a dwelling can have (``identifiers.is_dwelling_postcode``)."""
    codes = dwelling_postcodes()
    return sa.case(
        (col.is_(None), 0),
        (col.in_(codes), 1),
        (squeeze(col).in_(codes), 1),
        else_=0,
    ) == 1


@cache
def dwelling_postcodes() -> tuple[str, ...]:
    """Oslo postcodes a dwelling can have: street (G) or both (B); never P or S."""
    return tuple(sorted(p for p, i in oslo_postcodes().items() if i.category in {"G", "B"}))


@cache
def district_names() -> dict[str, str]:
    return {d.code: d.official_name for d in districts()}


def dwelling_label(w: sa.Table = W, p: sa.Table = P) -> ColumnElement[str]:
    """What a person recognises: 'Thorvald Meyers gate 12, H0101'."""
    return txt(p.c.street_address, ", ", w.c.unit_number)


def agreement_label(a: sa.Table = A) -> ColumnElement[str]:
    """'INN-2021-0042 – Utleier AS' (reference and landlord)."""
    landlord = sa.func.coalesce(a.c.landlord_name, "")
    return txt(a.c.reference, sa.case((landlord != "", txt(" – ", landlord)), else_=""))


# ------------------------------------------------------------------------------------ rules


class _NorwegianNumbers:
    """Settings as the explanations print them: 1.5 → "1,5"."""

    def __init__(self, settings: AuditSettings) -> None:
        self._settings = settings

    def __getattr__(self, name: str) -> object:
        value = getattr(self._settings, name)
        return str(value).replace(".", ",") if isinstance(value, float) else value


@dataclass(frozen=True)
class RuleContext:
    today: date
    settings: AuditSettings
    district: str | None = None  # district code, None: whole city

    def scope(self, col: ColumnElement) -> ColumnElement[bool]:
        return sa.true() if self.district is None else col == self.district


CONTEXT = "AuditRule"  # the catalogue context of rule titles and explanations


@dataclass(frozen=True)
class Rule:
    """One audit rule. ``code`` is the rule's key (settings, stored findings, the CLI's JSON)
    and never shown where a user reads: show ``title``."""

    code: str
    title_source: str  # bokmål, short, as marked for the catalogue
    explanation_source: str  # bokmål as written (marked); ``{s.field}`` from the settings
    severity: Severity
    entity_types: tuple[str, ...]
    build: Callable[[RuleContext], sa.Select | sa.CompoundSelect]

    @property
    def title(self) -> str:
        """The rule's title in the chosen language."""
        return translate(CONTEXT, self.title_source)

    @property
    def explanation(self) -> str:
        """The explanation in the chosen language, on one line, settings not filled in."""
        return " ".join(translate(CONTEXT, self.explanation_source).split())

    def explain(self, settings: AuditSettings | None = None) -> str:
        return self.explanation.format(s=_NorwegianNumbers(settings or AuditSettings()))

    def query(self, ctx: RuleContext) -> sa.Select | sa.CompoundSelect:
        return _built(self.code, ctx.today, ctx.district, ctx.settings.to_json())

    def severity_expr(self, ctx: RuleContext, expr: ColumnElement | None = None) -> ColumnElement:
        """The hit's severity: the override from the settings, else ``expr`` or the default."""
        override = ctx.settings.severities.get(self.code)
        if override:
            return sa.literal(override, sa.String)
        if expr is not None:
            return sa.type_coerce(expr, sa.String)
        return sa.literal(self.severity.value, sa.String)


RULES: dict[str, Rule] = {}


def rule(
    code: str, title: str, severity: Severity, entity_types: Sequence[str], explanation: str
) -> Callable[[Callable[[Rule, RuleContext], sa.Select | sa.CompoundSelect]], Rule]:
    """Register a rule; the decorated function builds its query."""

    def wrap(fn: Callable[[Rule, RuleContext], sa.Select | sa.CompoundSelect]) -> Rule:
        holder: list[Rule] = []
        r = Rule(code, title, explanation, severity, tuple(entity_types),
                 lambda ctx: fn(holder[0], ctx))
        holder.append(r)
        RULES[code] = r
        return r

    return wrap


def hit(
    entity_type: str,
    entity_id: ColumnElement,
    district_code: ColumnElement,
    label: ColumnElement,
    message: ColumnElement,
    severity: ColumnElement,
) -> list[ColumnElement]:
    """The six result columns, labelled in the order of ``COLUMNS``."""
    return [
        sa.literal(entity_type, sa.String).label("entity_type"),
        sa.type_coerce(entity_id, sa.String).label("entity_id"),
        sa.type_coerce(district_code, sa.String).label("district_code"),
        label.label("label"),
        message.label("message"),
        severity.label("severity"),
    ]


DWELLING_FROM = W.join(P, P.c.id == W.c.property_id)


@rule(
    "MISUSE", QT_TRANSLATE_NOOP("AuditRule", "Bolig brukt til annet formål"),
    Severity.HIGH, ["dwelling"],
    QT_TRANSLATE_NOOP("AuditRule", """Boligen er registrert med faktisk bruk som personalbase,
    kontor, lager eller annet i stedet for bolig. Kommunalt disponerte boliger skal brukes
    til å bo i; SSB teller heller ikke slike enheter som kommunale boliger."""),
)
def _misuse(r: Rule, ctx: RuleContext) -> sa.Select:
    use = nb_label(W.c.actual_use, ActualUse)
    return (
        sa.select(*hit("dwelling", W.c.id, W.c.district_code, dwelling_label(),
                       txt("Faktisk bruk er «", use, "», ikke bolig"), r.severity_expr(ctx)))
        .select_from(DWELLING_FROM)
        .where(live(W), W.c.actual_use.in_(ctx.settings.misuse_uses), ctx.scope(W.c.district_code))
    )


@rule(
    "VACANT_LONG", QT_TRANSLATE_NOOP("AuditRule", "Lenge ledig bolig"),
    Severity.MEDIUM, ["dwelling"],
    QT_TRANSLATE_NOOP("AuditRule", """Boligen har stått ledig i mer enn {s.vacant_medium_days}
    dager (middels) eller mer enn {s.vacant_high_days} dager (høy). En ledig bolig uten
    dato for når den ble ledig får lav alvorlighet: ingen vet hvor lenge den har stått tom."""),
)
def _vacant_long(r: Rule, ctx: RuleContext) -> sa.Select:
    s = ctx.settings
    medium_cut = ctx.today - timedelta(days=s.vacant_medium_days)
    high_cut = ctx.today - timedelta(days=s.vacant_high_days)
    since = W.c.vacant_since
    long_ago = since < high_cut
    severity = sa.case((since.is_(None), Severity.LOW.value), (long_ago, Severity.HIGH.value),
                       else_=Severity.MEDIUM.value)
    message = sa.case(
        (since.is_(None), "Registrert som ledig, men uten dato for når boligen ble ledig"),
        else_=txt("Ledig siden ", nb_date(since),
                  sa.case((long_ago, f" (mer enn {s.vacant_high_days} dager)"),
                          else_=f" (mer enn {s.vacant_medium_days} dager)")),
    )
    when = since < medium_cut
    if s.vacant_without_date:
        when = sa.or_(since.is_(None), when)
    return (
        sa.select(*hit("dwelling", W.c.id, W.c.district_code, dwelling_label(), message,
                       r.severity_expr(ctx, severity)))
        .select_from(DWELLING_FROM)
        .where(live(W), W.c.status == "vacant", when, ctx.scope(W.c.district_code))
    )


@rule(
    "AGREEMENT_EXPIRING", QT_TRANSLATE_NOOP("AuditRule", "Avtale utløper snart"),
    Severity.MEDIUM, ["agreement"],
    QT_TRANSLATE_NOOP("AuditRule", """Innleie- eller tilvisningsavtalen utløper innen
    {s.expiring_days} dager. Avklar forlengelse, ny avtale eller avvikling i god tid."""),
)
def _agreement_expiring(r: Rule, ctx: RuleContext) -> sa.Select:
    last = ctx.today + timedelta(days=ctx.settings.expiring_days)
    return sa.select(
        *hit("agreement", A.c.id, A.c.district_code, agreement_label(),
             txt("Utløper ", nb_date(A.c.end_date),
                 f" (innen {ctx.settings.expiring_days} dager)"),
             r.severity_expr(ctx))
    ).where(live(A), A.c.end_date >= ctx.today, A.c.end_date <= last,
            ctx.scope(A.c.district_code))


def _open_link(day: date) -> ColumnElement[bool]:
    """A dwelling link that has not ended by ``day``."""
    return sa.and_(live(L), sa.or_(L.c.to_date.is_(None), L.c.to_date >= day))


@rule(
    "AGREEMENT_EXPIRED_IN_USE", QT_TRANSLATE_NOOP("AuditRule", "Utløpt avtale med boliger i bruk"),
    Severity.HIGH, ["agreement"],
    QT_TRANSLATE_NOOP("AuditRule", """Avtalen er utløpt, men boliger som fortsatt er knyttet til
    den er registrert som i bruk (utleid eller reservert). Kommunen bruker da en bolig uten
    gyldig avtale."""),
)
def _expired_in_use(r: Rule, ctx: RuleContext) -> sa.Select:
    in_use = (
        sa.select(L.c.agreement_id.label("aid"), sa.func.count().label("n"))
        .select_from(L.join(W, W.c.id == L.c.dwelling_id))
        .where(_open_link(ctx.today), live(W), W.c.status.in_(ctx.settings.in_use_statuses))
        .group_by(L.c.agreement_id)
        .subquery()
    )
    n = in_use.c.n
    message = txt("Utløpt ", nb_date(A.c.end_date), ", men ", num(n),
                  plural(n, " bolig er", " boliger er"), " fortsatt registrert i bruk")
    return (
        sa.select(*hit("agreement", A.c.id, A.c.district_code, agreement_label(), message,
                       r.severity_expr(ctx)))
        .select_from(A.join(in_use, in_use.c.aid == A.c.id))
        .where(live(A), A.c.end_date < ctx.today, ctx.scope(A.c.district_code))
    )


@rule(
    "AGREEMENT_UNMANAGED", QT_TRANSLATE_NOOP("AuditRule", "Avtale som ikke følges opp"),
    Severity.MEDIUM, ["agreement"],
    QT_TRANSLATE_NOOP("AuditRule", """En gjeldende avtale som aldri er gjennomgått, eller som sist
    ble gjennomgått for mer enn {s.review_months} måneder siden. Mange leiekontrakter
    forvaltes ikke aktivt."""),
)
def _unmanaged(r: Rule, ctx: RuleContext) -> sa.Select:
    cut = months_before(ctx.today, ctx.settings.review_months)
    reviewed = A.c.last_reviewed
    message = txt(
        sa.case(
            (reviewed.is_(None), "Aldri gjennomgått"),
            else_=txt("Sist gjennomgått ", nb_date(reviewed),
                      f" (mer enn {ctx.settings.review_months} måneder siden)"),
        ),
        sa.case((sa.func.coalesce(A.c.responsible_officer, "") == "",
                 "; ingen ansvarlig saksbehandler"), else_=""),
    )
    return sa.select(
        *hit("agreement", A.c.id, A.c.district_code, agreement_label(), message,
             r.severity_expr(ctx))
    ).where(
        live(A),
        valid_on(A.c.start_date, A.c.end_date, ctx.today),
        sa.or_(reviewed.is_(None), reviewed < cut),
        ctx.scope(A.c.district_code),
    )


@rule(
    "AGREEMENT_EMPTY", QT_TRANSLATE_NOOP("AuditRule", "Avtale uten boliger"),
    Severity.MEDIUM, ["agreement"],
    QT_TRANSLATE_NOOP("AuditRule", """Avtalen gjelder, men ingen bolig er knyttet til den. Enten
    mangler koblingen i registeret, eller kommunen har en avtale den ikke bruker."""),
)
def _agreement_empty(r: Rule, ctx: RuleContext) -> sa.Select:
    linked = (
        sa.select(sa.literal(1))
        .select_from(L.join(W, W.c.id == L.c.dwelling_id))
        .where(L.c.agreement_id == A.c.id, _open_link(ctx.today), live(W))
        .exists()
    )
    return sa.select(
        *hit("agreement", A.c.id, A.c.district_code, agreement_label(),
             sa.literal("Ingen boliger er knyttet til avtalen", sa.String), r.severity_expr(ctx))
    ).where(
        live(A),
        sa.or_(A.c.end_date.is_(None), A.c.end_date >= ctx.today),
        ~linked,
        ctx.scope(A.c.district_code),
    )


@rule(
    "DWELLING_WITHOUT_AGREEMENT", QT_TRANSLATE_NOOP("AuditRule", "Bolig uten gyldig avtale"),
    Severity.HIGH, ["dwelling"],
    QT_TRANSLATE_NOOP("AuditRule", """Boligen er registrert som innleid eller tilvisning, men har
    ingen gjeldende avtale av riktig type (innleieavtale eller tilvisningsavtale) som
    dekker den i dag."""),
)
def _without_agreement(r: Rule, ctx: RuleContext) -> sa.Select:
    kind = sa.case((W.c.tenure == "leased", "lease"), else_="referral")
    covered = (
        sa.select(sa.literal(1))
        .select_from(L.join(A, A.c.id == L.c.agreement_id))
        .where(
            L.c.dwelling_id == W.c.id,
            live(L),
            valid_on(L.c.from_date, L.c.to_date, ctx.today),
            live(A),
            valid_on(A.c.start_date, A.c.end_date, ctx.today),
            sa.type_coerce(A.c.kind, sa.String) == kind,
        )
        .exists()
    )
    message = sa.case(
        (W.c.tenure == "leased", "Innleid bolig uten gjeldende innleieavtale"),
        else_="Tilvisningsbolig uten gjeldende tilvisningsavtale",
    )
    return (
        sa.select(*hit("dwelling", W.c.id, W.c.district_code, dwelling_label(), message,
                       r.severity_expr(ctx)))
        .select_from(DWELLING_FROM)
        .where(live(W), W.c.tenure.in_(("leased", "referral")), ~covered,
               ctx.scope(W.c.district_code))
    )


@rule(
    "MAINTENANCE_MISSING", QT_TRANSLATE_NOOP("AuditRule", "Uavklart vedlikeholdsansvar"),
    Severity.MEDIUM, ["dwelling"],
    QT_TRANSLATE_NOOP("AuditRule", """Ingen er registrert som ansvarlig for indre eller for ytre
    vedlikehold av boligen i dag, verken på boligen selv eller på bygget den ligger i."""),
)
def _maintenance_missing(r: Rule, ctx: RuleContext) -> sa.Select:
    # A dwelling can only lack a scope its building lacks: find those buildings first (an
    # aggregate over the few thousand properties), then look at their dwellings only.
    valid = sa.and_(live(M), valid_on(M.c.valid_from, M.c.valid_to, ctx.today))
    has_scope = {
        scope: sa.func.max(sa.case((M.c.scope == scope, 1), else_=0))
        for scope in ("interior", "exterior")
    }
    weak = (
        sa.select(P.c.id.label("pid"), has_scope["interior"].label("i"),
                  has_scope["exterior"].label("e"))
        .select_from(P.outerjoin(M, sa.and_(M.c.property_id == P.c.id, valid)))
        .group_by(P.c.id)
        .having(sa.or_(has_scope["interior"] == 0, has_scope["exterior"] == 0))
        .subquery()
    )

    def on_dwelling(scope: str) -> ColumnElement[bool]:
        return (
            sa.select(sa.literal(1))
            .where(M.c.dwelling_id == W.c.id, M.c.scope == scope, valid)
            .exists()
        )

    has_i = sa.or_(weak.c.i == 1, on_dwelling("interior"))
    has_e = sa.or_(weak.c.e == 1, on_dwelling("exterior"))
    message = txt("Ingen ansvarlig for ", sa.case(
        (sa.and_(~has_i, ~has_e), "indre og ytre vedlikehold"),
        (~has_i, "indre vedlikehold"),
        else_="ytre vedlikehold",
    ))
    return (
        sa.select(*hit("dwelling", W.c.id, W.c.district_code, dwelling_label(), message,
                       r.severity_expr(ctx)))
        .select_from(weak.join(W, W.c.property_id == weak.c.pid)
                     .join(P, P.c.id == W.c.property_id))
        .where(live(W), sa.or_(~has_i, ~has_e), ctx.scope(W.c.district_code))
    )


def _conflicts(target: str, ctx: RuleContext) -> sa.Subquery:
    """Pairs of responsibilities for one target (a dwelling or a property) that clash.

    Same scope, different party, overlapping validity. A responsibility on a dwelling is a
    deliberate exception to its building's, so only rows on the same target are compared.
    Only targets with two parties for one scope at all are paired up (one GROUP BY first).
    """
    a, b = M.alias("ma"), M.alias("mb")
    key, key_a, key_b = M.c[f"{target}_id"], a.c[f"{target}_id"], b.c[f"{target}_id"]
    candidates = (
        sa.select(key)
        .where(key.is_not(None), live(M))
        .group_by(key, M.c.scope)
        .having(sa.func.count(sa.distinct(M.c.party)) > 1)
    )
    low_party = sa.case((a.c.party < b.c.party, a.c.party), else_=b.c.party)
    high_party = sa.case((a.c.party < b.c.party, b.c.party), else_=a.c.party)
    return (
        sa.select(
            key_a.label("k"),
            sa.func.count(sa.distinct(a.c.scope)).label("scopes"),
            sa.func.min(a.c.scope).label("scope_lo"),
            sa.func.max(a.c.scope).label("scope_hi"),
            sa.func.min(low_party).label("party_lo"),
            sa.func.max(high_party).label("party_hi"),
        )
        .select_from(a.join(b, sa.and_(key_a == key_b, a.c.id < b.c.id, a.c.scope == b.c.scope)))
        .where(
            key_a.in_(candidates),
            live(a),
            live(b),
            a.c.party != b.c.party,
            sa.func.coalesce(a.c.valid_from, DATE_MIN) <= sa.func.coalesce(b.c.valid_to, DATE_MAX),
            sa.func.coalesce(b.c.valid_from, DATE_MIN) <= sa.func.coalesce(a.c.valid_to, DATE_MAX),
        )
        .group_by(key_a)
        .subquery()
    )


def _conflict_message(c: sa.Subquery) -> ColumnElement[str]:
    lo = nb_label(c.c.scope_lo, MaintenanceScope, lower=True)
    hi = nb_label(c.c.scope_hi, MaintenanceScope, lower=True)
    parties = txt(" (", nb_label(c.c.party_lo, ResponsibleParty), " og ",
                  nb_label(c.c.party_hi, ResponsibleParty), ")")
    scopes = sa.case(
        (c.c.scopes == 1, txt(lo, " vedlikehold", parties)),
        (c.c.scopes == 2, txt(lo, " og ", hi, " vedlikehold")),
        else_=txt(lo, ", ", hi, " m.fl."),
    )
    return txt("Flere parter er ansvarlige i overlappende perioder for ", scopes)


@rule(
    "MAINTENANCE_CONFLICT", QT_TRANSLATE_NOOP("AuditRule", "Motstridende vedlikeholdsansvar"),
    Severity.MEDIUM,
    ["dwelling", "property"],
    QT_TRANSLATE_NOOP("AuditRule", """To ulike parter er registrert som ansvarlige for samme
    vedlikeholdsområde (indre, ytre, tekniske anlegg, uteområder) på samme bolig eller bygg
    i overlappende perioder."""),
)
def _maintenance_conflict(r: Rule, ctx: RuleContext) -> sa.CompoundSelect:
    cd, cp = _conflicts("dwelling", ctx), _conflicts("property", ctx)
    on_dwelling = (
        sa.select(*hit("dwelling", W.c.id, W.c.district_code, dwelling_label(),
                       _conflict_message(cd), r.severity_expr(ctx)))
        .select_from(DWELLING_FROM.join(cd, cd.c.k == W.c.id))
        .where(live(W), ctx.scope(W.c.district_code))
    )
    on_property = (
        sa.select(*hit("property", P.c.id, P.c.district_code, sa.type_coerce(P.c.street_address,
                       sa.String), _conflict_message(cp), r.severity_expr(ctx)))
        .select_from(P.join(cp, cp.c.k == P.c.id))
        .where(live(P), ctx.scope(P.c.district_code))
    )
    return sa.union_all(on_dwelling, on_property)


class normal_text(FunctionElement):  # noqa: N801 - reads as the SQL function it is
    """``normalise_text`` in SQL: Unicode NFC without invisible format characters (issue 18).

    Stored text may predate normalisation on input, so comparisons normalise both sides.
    SQLite calls the Python function itself (registered by :func:`register_sqlite_functions`);
    PostgreSQL strips the same characters with a regular expression and applies NFC.
    """

    type = sa.String()
    name = "normal_text"
    inherit_cache = True


@compiles(normal_text)
def _normal_text_sqlite(element: normal_text, compiler: sa.sql.compiler.SQLCompiler,
                        **kw: object) -> str:
    return f"boligreg_normal({compiler.process(element.clauses, **kw)})"


@compiles(normal_text, "postgresql")
def _normal_text_pg(element: normal_text, compiler: sa.sql.compiler.SQLCompiler,
                    **kw: object) -> str:
    inner = compiler.process(element.clauses, **kw)
    return f"normalize(regexp_replace({inner}, '[{INVISIBLE_CLASS}]', '', 'g'), NFC)"


def _normal_or_same(text: str | None) -> str | None:
    if text is None:
        return None
    try:
        return normalise_text(text)
    except NulCharacterError:
        return text


def register_sqlite_functions(conn: sa.Connection) -> None:
    """Make ``boligreg_normal`` callable on this SQLite connection (idempotent)."""
    if conn.dialect.name != "sqlite":
        return
    raw = conn.connection.driver_connection
    if raw is None:
        return
    try:  # cheap: re-registering replaces the same function
        raw.create_function("boligreg_normal", 1, _normal_or_same, deterministic=True)
    except TypeError:  # a driver without the keyword (older sqlcipher3)
        raw.create_function("boligreg_normal", 1, _normal_or_same)


@rule(
    "DUPLICATE", QT_TRANSLATE_NOOP("AuditRule", "Dobbeltregistrert bolig"),
    Severity.HIGH, ["dwelling"],
    QT_TRANSLATE_NOOP("AuditRule", """Samme adresse og bruksenhetsnummer er registrert mer enn én
    gang, i samme bydel eller på tvers av bydeler. Alle registreringene får et avvik;
    behold den riktige."""),
)
def _duplicate(r: Rule, ctx: RuleContext) -> sa.CompoundSelect:
    # Normalised keys: case, stray spaces, NFD and invisible characters (U+200B, U+FEFF,
    # right-to-left marks) do not make a different dwelling. Two dwellings
    # can only be the same if they share a property, or their properties share an address; so
    # the 100,000 dwellings are grouped by (property, unit) — an index-friendly key — and only
    # the few properties whose address is registered more than once are grouped by address.
    pa = P.alias("pa")

    def addr_of(t: sa.FromClause) -> ColumnElement[str]:
        # Literals, not parameters: PostgreSQL matches a GROUP BY expression to the select
        # list textually, and two parameters ($1, $3) would make them differ.
        return sa.func.lower(sa.func.trim(sa.func.replace(normal_text(t.c.street_address),
                                                          lit("  "), lit(" "))))

    unit = sa.func.upper(sa.func.trim(W.c.unit_number))
    shared = (
        sa.select(P.c.id.label("pid"), addr_of(P).label("k"))
        .where(live(P), addr_of(P).in_(
            sa.select(addr_of(pa)).where(live(pa)).group_by(addr_of(pa))
            .having(sa.func.count() > 1)))
        .cte("shared_address")
    )
    aggregates = [sa.func.count().label("n"), sa.func.min(W.c.district_code).label("dmin"),
                  sa.func.max(W.c.district_code).label("dmax")]
    # Properties holding a unit number twice: one pass in property order, no big sort.
    doubled = (
        sa.select(W.c.property_id)
        .where(live(W))
        .group_by(W.c.property_id)
        .having(sa.func.count() > sa.func.count(sa.distinct(unit)),
                W.c.property_id.not_in(sa.select(shared.c.pid)))
    )
    by_property = (
        sa.select(W.c.property_id.label("g"), unit.label("u"), *aggregates)
        .where(live(W), W.c.property_id.in_(doubled))
        .group_by(W.c.property_id, unit)
        .having(sa.func.count() > 1)
        .subquery()
    )
    by_address = (
        sa.select(shared.c.k.label("g"), unit.label("u"), *aggregates)
        .select_from(shared.join(W, W.c.property_id == shared.c.pid))
        .where(live(W))
        .group_by(shared.c.k, unit)
        .having(sa.func.count() > 1)
        .subquery()
    )

    def hits_of(g: sa.Subquery, source: sa.FromClause) -> sa.Select:
        other = sa.case((W.c.district_code == g.c.dmin, g.c.dmax), else_=g.c.dmin)
        message = txt(
            "Samme adresse og bruksenhetsnummer er registrert ", num(g.c.n), " ganger",
            sa.case((g.c.dmin != g.c.dmax,
                     txt(", også i ", sa.case(district_names(), value=other, else_=other))),
                    else_=""),
        )
        return (
            sa.select(*hit("dwelling", W.c.id, W.c.district_code, dwelling_label(), message,
                           r.severity_expr(ctx)))
            .select_from(source)
            .where(live(W), ctx.scope(W.c.district_code))
        )

    same_property = hits_of(by_property, by_property.join(
        W, sa.and_(W.c.property_id == by_property.c.g, unit == by_property.c.u)
    ).join(P, P.c.id == W.c.property_id))
    same_address = hits_of(by_address, shared.join(W, W.c.property_id == shared.c.pid).join(
        by_address, sa.and_(by_address.c.g == shared.c.k, by_address.c.u == unit)
    ).join(P, P.c.id == W.c.property_id))
    return sa.union_all(same_property, same_address)


def _joined_problems(parts: Iterable[tuple[ColumnElement[bool], ColumnElement[str]]]
                     ) -> ColumnElement[str]:
    """'problem one; problem two' from (is_bad, text) pairs, first letter upper-case."""
    joined = txt(*(sa.case((bad, txt(text, "; ")), else_="") for bad, text in parts))
    trimmed = sa.func.rtrim(joined, "; ")
    return txt(sa.func.upper(sa.func.substr(trimmed, 1, 1)), sa.func.substr(trimmed, 2))


def _orgnr_bad(col: ColumnElement) -> ColumnElement[bool]:
    """A filled-in orgnr that fails (a blank one is optional on these records)."""
    return sa.and_(col.is_not(None), squeeze(col) != "", ~orgnr_ok(col))


@rule(
    "INVALID_IDENTIFIER", QT_TRANSLATE_NOOP("AuditRule", "Ugyldig identifikator"),
    Severity.MEDIUM,
    ["dwelling", "property", "agreement"],
    QT_TRANSLATE_NOOP("AuditRule", """Et organisasjonsnummer som ikke består kontrollen (9 sifre,
    modulus 11), et bruksenhetsnummer som ikke har formen H0101 (H, U, K eller L og fire
    sifre), et matrikkelnummer utenfor gyldige verdier, eller et postnummer som ikke er en
    gateadresse i Oslo (postboks- og servicenumre er aldri en boligs adresse)."""),
)
def _invalid_identifier(r: Rule, ctx: RuleContext) -> sa.CompoundSelect:
    sev = r.severity_expr(ctx)
    bad_unit = sa.select(
        *hit("dwelling", W.c.id, W.c.district_code, dwelling_label(),
             txt("Ugyldig bruksenhetsnummer «", sa.func.coalesce(W.c.unit_number, ""),
                 "» (skal være H, U, K eller L og fire sifre med etasje og nummer fra 01, "
                 "f.eks. H0101)"), sev)
    ).select_from(DWELLING_FROM).where(live(W), ~unit_number_ok(W.c.unit_number),
                                       ctx.scope(W.c.district_code))

    fallback = -1 if ctx.settings.require_matrikkel else 1
    gnr, bnr = sa.func.coalesce(P.c.gnr, fallback), sa.func.coalesce(P.c.bnr, fallback)
    fnr, snr = sa.func.coalesce(P.c.fnr, 0), sa.func.coalesce(P.c.snr, 0)
    bad_matrikkel = sa.or_(gnr < 1, gnr > 99999, bnr < 1, bnr > 9999, fnr < 0, fnr > 9999,
                           snr < 0, snr > 999)
    matrikkel = txt("0301-", sa.func.coalesce(num(P.c.gnr), "?"), "/",
                    sa.func.coalesce(num(P.c.bnr), "?"), "/", num(fnr), "/", num(snr))
    bad_postcode = ~postcode_ok(P.c.postcode)
    postcode_text = txt(
        "postnummer «", sa.func.coalesce(P.c.postcode, ""), "» ",
        sa.case((squeeze(P.c.postcode).in_(tuple(oslo_postcodes())),
                 "er et postboks- eller servicenummer"), else_="er ikke et postnummer i Oslo"),
    )
    owner_bad = _orgnr_bad(P.c.owner_orgnr)
    problems = [
        (bad_postcode, postcode_text),
        (bad_matrikkel, txt("ugyldig matrikkel ", matrikkel)),
        (owner_bad, txt("ugyldig organisasjonsnummer for eier «", P.c.owner_orgnr, "»")),
    ]
    bad_property = sa.select(
        *hit("property", P.c.id, P.c.district_code,
             sa.type_coerce(P.c.street_address, sa.String), _joined_problems(problems), sev)
    ).where(live(P), sa.or_(bad_postcode, bad_matrikkel, owner_bad),
            ctx.scope(P.c.district_code))

    bad_agreement = sa.select(
        *hit("agreement", A.c.id, A.c.district_code, agreement_label(),
             txt("Ugyldig organisasjonsnummer for utleier «", A.c.landlord_orgnr, "»"), sev)
    ).where(live(A), _orgnr_bad(A.c.landlord_orgnr), ctx.scope(A.c.district_code))
    return sa.union_all(bad_unit, bad_property, bad_agreement)


@rule(
    "INSPECTION_OVERDUE", QT_TRANSLATE_NOOP("AuditRule", "Befaring forfalt"),
    Severity.LOW, ["dwelling"],
    QT_TRANSLATE_NOOP("AuditRule", """Boligen er ikke befart på mer enn {s.inspection_years} år,
    eller aldri registrert befart. Tilstanden er da ukjent for kommunen."""),
)
def _inspection_overdue(r: Rule, ctx: RuleContext) -> sa.Select:
    years = ctx.settings.inspection_years
    cut = years_before(ctx.today, years)
    last = W.c.last_inspection
    message = sa.case(
        (last.is_(None), "Aldri registrert befart"),
        else_=txt("Sist befart ", nb_date(last), f" (mer enn {years} år siden)"),
    )
    return (
        sa.select(*hit("dwelling", W.c.id, W.c.district_code, dwelling_label(), message,
                       r.severity_expr(ctx)))
        .select_from(DWELLING_FROM)
        .where(live(W), sa.or_(last.is_(None), last < cut), ctx.scope(W.c.district_code))
    )


def _band_label(band: ColumnElement, bands: Sequence[int]) -> ColumnElement[str]:
    whens = [(band == 0, f"under {bands[0]} m²")]
    whens += [(band == i, f"{bands[i - 1]}–{bands[i]} m²") for i in range(1, len(bands))]
    return sa.case(*whens, else_=f"{bands[-1]} m² og mer")


@rule(
    "RENT_OUTLIER", QT_TRANSLATE_NOOP("AuditRule", "Uvanlig høy leie"),
    Severity.MEDIUM, ["agreement"],
    QT_TRANSLATE_NOOP("AuditRule", """Innleieavtalens leie per m² er mer enn {s.rent_factor} ganger
    medianen for lignende boliger (samme størrelsesgruppe per bolig) i bydelen. Grupper med
    færre enn {s.rent_min_group} avtaler sammenlignes ikke."""),
)
def _rent_outlier(r: Rule, ctx: RuleContext) -> sa.Select:
    s = ctx.settings
    bands = tuple(s.rent_size_bands) or (10**9,)
    per = (
        sa.select(
            A.c.id.label("aid"),
            A.c.district_code.label("d"),
            A.c.monthly_rent.label("rent"),
            sa.func.sum(W.c.area_m2).label("area"),
            sa.func.count(W.c.id).label("n"),
        )
        .select_from(A.join(L, L.c.agreement_id == A.c.id).join(W, W.c.id == L.c.dwelling_id))
        .where(
            live(A), A.c.kind == "lease", A.c.monthly_rent > 0,
            sa.or_(A.c.end_date.is_(None), A.c.end_date >= ctx.today),
            _open_link(ctx.today), live(W), W.c.area_m2 > 0,
            ctx.scope(A.c.district_code),
        )
        .group_by(A.c.id, A.c.district_code, A.c.monthly_rent)
        .subquery()
    )
    rate = sa.type_coerce(per.c.rent, sa.Float) / sa.type_coerce(per.c.area, sa.Float)
    size = sa.type_coerce(per.c.area, sa.Float) / per.c.n
    band = sa.case(*[(size < b, i) for i, b in enumerate(bands)], else_=len(bands))
    part = [per.c.d, band]
    # A CTE: used twice below, and SQLite computes a subquery once per use.
    ranked = sa.select(
        per.c.aid, per.c.d, rate.label("rate"), band.label("band"),
        sa.func.row_number().over(partition_by=part, order_by=rate).label("rn"),
        sa.func.count().over(partition_by=part).label("cnt"),
    ).cte("rent_ranked")
    # Median without percentile_cont (SQLite has none): the middle row, or the mean of two.
    middle = sa.or_(ranked.c.rn == (ranked.c.cnt + 1) // 2, ranked.c.rn == (ranked.c.cnt + 2) // 2)
    med = (
        sa.select(ranked.c.d, ranked.c.band, sa.func.avg(ranked.c.rate).label("median"),
                  sa.func.max(ranked.c.cnt).label("cnt"))
        .where(middle)
        .group_by(ranked.c.d, ranked.c.band)
        .subquery()
    )
    median = sa.type_coerce(med.c.median, sa.Float)
    rate_r = sa.type_coerce(ranked.c.rate, sa.Float)
    ratio10 = sa.cast(sa.func.round(rate_r * 10 / median), sa.Integer)
    message = txt(
        "Leie ", num(sa.cast(sa.func.round(rate_r), sa.Integer)), " kr/m² per måned er ",
        num(ratio10 // 10), ",", num(ratio10 % 10), " × medianen (",
        num(sa.cast(sa.func.round(median), sa.Integer)), " kr/m²) for boliger på ",
        _band_label(ranked.c.band, bands), " i bydelen",
    )
    return (
        sa.select(*hit("agreement", A.c.id, A.c.district_code, agreement_label(), message,
                       r.severity_expr(ctx)))
        .select_from(
            ranked.join(med, sa.and_(med.c.d == ranked.c.d, med.c.band == ranked.c.band))
            .join(A, A.c.id == ranked.c.aid)
        )
        .where(med.c.cnt >= s.rent_min_group, rate_r > median * s.rent_factor)
    )


@rule(
    "REFERRAL_QUOTA", QT_TRANSLATE_NOOP("AuditRule", "Tilvisningsandel overskredet"),
    Severity.HIGH, ["agreement"],
    QT_TRANSLATE_NOOP("AuditRule", """Kommunen kan tilvise til høyst {s.referral_max_pct} % av
    boligene i et prosjekt med {s.referral_min_project} eller flere boliger, i
    {s.referral_years} år fra utbetaling av lånet (Husbanken). Avvik når flere boliger er
    tilvist enn andelen tillater, flere enn prosjektet har, eller når retten er utløpt mens
    boliger fortsatt er registrert."""),
)
def _referral_quota(r: Rule, ctx: RuleContext) -> sa.Select:
    s = ctx.settings
    counted = (
        sa.select(L.c.agreement_id.label("aid"), sa.func.count().label("n"))
        .select_from(L.join(W, W.c.id == L.c.dwelling_id))
        .where(_open_link(ctx.today), live(W))
        .group_by(L.c.agreement_id)
        .subquery()
    )
    n, total = counted.c.n, A.c.project_total_dwellings
    right_over = sa.and_(A.c.start_date.is_not(None),
                         A.c.start_date <= years_before(ctx.today, s.referral_years))
    over_total = sa.and_(total.is_not(None), n > total)
    over_quota = sa.and_(total >= s.referral_min_project, n * 100 > total * s.referral_max_pct)
    message = sa.case(
        (right_over, txt(f"Tilvisningsretten ({s.referral_years} år fra ",
                         nb_date(A.c.start_date), ") er utløpt, men ", num(n),
                         plural(n, " bolig er", " boliger er"), " fortsatt registrert")),
        (over_total, txt(num(n), " boliger er tilvist, men prosjektet har bare ",
                         num(total))),
        else_=txt(num(n), " av ", num(total), " boliger er tilvist (", num(n * 100 // total),
                  f" %), over grensen på {s.referral_max_pct} %"),
    )
    return (
        sa.select(*hit("agreement", A.c.id, A.c.district_code, agreement_label(), message,
                       r.severity_expr(ctx)))
        .select_from(A.join(counted, counted.c.aid == A.c.id))
        .where(live(A), A.c.kind == "referral", sa.or_(right_over, over_total, over_quota),
               ctx.scope(A.c.district_code))
    )


@rule(
    "TENANCY_INDEFINITE",
    QT_TRANSLATE_NOOP("AuditRule", "Tidsubestemt leieforhold til gjennomgang"),
    Severity.LOW, ["tenancy"],
    QT_TRANSLATE_NOOP("AuditRule", """Byrådet har bedt om en gjennomgang av tidsubestemte
    leieavtaler i kommunale boliger (tildelingsbrevet 2024, oppdrag 8). Avvik når et
    løpende tidsubestemt leieforhold ikke har noen planlagt gjennomgang, eller
    gjennomgangen har forfalt."""),
)
def _tenancy_indefinite(r: Rule, ctx: RuleContext) -> sa.Select:
    due = ctx.today + timedelta(days=ctx.settings.tenancy_review_lead_days)
    review = T.c.next_review
    case_ref = sa.case(
        (sa.func.coalesce(T.c.case_reference, "") != "", txt(" (sak ", T.c.case_reference, ")")),
        else_="",
    )
    message = txt(
        sa.case(
            (review.is_(None), "Tidsubestemt leieforhold uten planlagt gjennomgang"),
            (review <= ctx.today, txt("Gjennomgang av tidsubestemt leieforhold forfalt ",
                                      nb_date(review))),
            else_=txt("Gjennomgang av tidsubestemt leieforhold forfaller ", nb_date(review)),
        ),
        case_ref,
    )
    return (
        sa.select(*hit("tenancy", T.c.id, W.c.district_code, dwelling_label(), message,
                       r.severity_expr(ctx)))
        .select_from(T.join(W, W.c.id == T.c.dwelling_id).join(P, P.c.id == W.c.property_id))
        .where(
            live(T), live(W), T.c.kind == "indefinite",
            sa.or_(T.c.end_date.is_(None), T.c.end_date >= ctx.today),
            sa.or_(review.is_(None), review <= due),
            ctx.scope(W.c.district_code),
        )
    )


@rule(
    "LET_WITH_VACANCY_DATE", QT_TRANSLATE_NOOP("AuditRule", "Utleid bolig med ledig-dato"),
    Severity.LOW, ["dwelling"],
    QT_TRANSLATE_NOOP("AuditRule", """Boligen står som utleid, men har en dato for når den ble
    ledig. Enten er statusen feil (boligen står tom), eller datoen er gammel og skulle vært
    fjernet."""),
)
def _let_with_vacancy_date(r: Rule, ctx: RuleContext) -> sa.Select:
    return (
        sa.select(*hit("dwelling", W.c.id, W.c.district_code, dwelling_label(),
                       txt("Utleid, men registrert ledig fra ", nb_date(W.c.vacant_since)),
                       r.severity_expr(ctx)))
        .select_from(DWELLING_FROM)
        .where(live(W), W.c.status == "occupied", W.c.vacant_since.is_not(None),
               ctx.scope(W.c.district_code))
    )


@rule(
    "VACANT_WITH_TENANCY", QT_TRANSLATE_NOOP("AuditRule", "Ledig bolig med løpende leieforhold"),
    Severity.MEDIUM, ["dwelling"],
    QT_TRANSLATE_NOOP("AuditRule", """Boligen står som ledig, men har et leieforhold som løper i
    dag og som begynte etter at boligen ble ledig (eller uten ledig-dato). Enten er
    statusen feil, eller leieforholdet skulle vært avsluttet."""),
)
def _vacant_with_tenancy(r: Rule, ctx: RuleContext) -> sa.Select:
    running = (
        sa.select(T.c.dwelling_id.label("did"), sa.func.max(T.c.start_date).label("start"))
        .where(live(T), T.c.start_date <= ctx.today,
               sa.or_(T.c.end_date.is_(None), T.c.end_date >= ctx.today))
        .group_by(T.c.dwelling_id)
        .subquery()
    )
    return (
        sa.select(*hit("dwelling", W.c.id, W.c.district_code, dwelling_label(),
                       txt("Ledig, men et leieforhold løper fra ", nb_date(running.c.start)),
                       r.severity_expr(ctx)))
        .select_from(DWELLING_FROM.join(running, running.c.did == W.c.id))
        .where(live(W), W.c.status == "vacant",
               sa.or_(W.c.vacant_since.is_(None), running.c.start >= W.c.vacant_since),
               ctx.scope(W.c.district_code))
    )


def _kroner(expr: ColumnElement) -> ColumnElement[str]:
    """Whole kroner as text (both dialects)."""
    return sa.cast(sa.cast(sa.func.round(expr), sa.Integer), sa.String)


@rule(
    "TENANT_RENT_BELOW_LEASE_COST",
    QT_TRANSLATE_NOOP("AuditRule", "Husleie lavere enn innleiekostnad"),
    Severity.MEDIUM,
    ["dwelling"],
    QT_TRANSLATE_NOOP("AuditRule", """En innleid bolig der leietakerens husleie er lavere enn det
    kommunen betaler utleier for boligen (mer enn {s.lease_rent_margin_pct} % lavere).
    Kommunen dekker da mellomlegget hver måned; det kan være riktig, men bør være et valg."""),
)
def _tenant_rent_below_cost(r: Rule, ctx: RuleContext) -> sa.Select:
    factor = 1 - ctx.settings.lease_rent_margin_pct / 100
    cost = (
        sa.select(L.c.dwelling_id.label("did"), sa.func.sum(L.c.monthly_cost).label("cost"),
                  sa.func.min(A.c.reference).label("ref"))
        .select_from(L.join(A, A.c.id == L.c.agreement_id))
        .where(_open_link(ctx.today), live(A), A.c.kind == "lease",
               L.c.monthly_cost.is_not(None),
               sa.or_(A.c.end_date.is_(None), A.c.end_date >= ctx.today))
        .group_by(L.c.dwelling_id)
        .subquery()
    )
    message = txt("Leietaker betaler ", _kroner(W.c.tenant_rent), " kr, kommunen betaler ",
                  _kroner(cost.c.cost), " kr per måned (avtale ", cost.c.ref, ")")
    return (
        sa.select(*hit("dwelling", W.c.id, W.c.district_code, dwelling_label(), message,
                       r.severity_expr(ctx)))
        .select_from(DWELLING_FROM.join(cost, cost.c.did == W.c.id))
        .where(live(W), W.c.tenure == "leased", W.c.tenant_rent.is_not(None),
               W.c.tenant_rent < cost.c.cost * factor, ctx.scope(W.c.district_code))
    )


RULE_CODES: tuple[str, ...] = tuple(RULES)


@lru_cache(maxsize=256)
def _built(code: str, today: date, district: str | None, settings_json: str
           ) -> sa.Select | sa.CompoundSelect:
    """Building a statement costs a few ms in Python; a window re-running the audit with the
    same settings on the same day reuses it (statements are immutable)."""
    ctx = RuleContext(today, AuditSettings.from_json(settings_json), district)
    return RULES[code].build(ctx)


def rule_title(code: str) -> str:
    """The title of rule ``code`` in the chosen language (the code itself for an unknown
    rule, e.g. one a newer version wrote): what a user reads instead of the code."""
    r = RULES.get(code)
    return r.title if r else code
