"""The audit's thresholds: one dataclass with the defaults of issue 4, stored as JSON per run."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from ...errors import ValidationError
from ...models.enums import Severity


@dataclass
class AuditSettings:
    """Configurable thresholds. Every field has the default the issue names.

    ``rules`` limits a run to some rule codes (None: all); ``severities`` overrides a rule's
    severity for every hit (e.g. ``{"INSPECTION_OVERDUE": "medium"}``).
    """

    rules: tuple[str, ...] | None = None
    severities: dict[str, str] = field(default_factory=dict)
    # MISUSE: these actual uses are not housing.
    misuse_uses: tuple[str, ...] = ("staff_base", "office", "storage", "other")
    # VACANT_LONG: medium after this many days, high after the second; no date → low.
    vacant_medium_days: int = 90
    vacant_high_days: int = 365
    vacant_without_date: bool = True
    # AGREEMENT_EXPIRING
    expiring_days: int = 90
    # AGREEMENT_EXPIRED_IN_USE: dwelling statuses that count as "in use".
    in_use_statuses: tuple[str, ...] = ("occupied", "reserved")
    # AGREEMENT_UNMANAGED
    review_months: int = 12
    # INSPECTION_OVERDUE
    inspection_years: int = 3
    # RENT_OUTLIER: rent/m² above factor × the median of its bydel and size band, in bands
    # holding at least rent_min_group agreements. Bands are m² per dwelling.
    rent_factor: float = 1.5
    rent_min_group: int = 5
    rent_size_bands: tuple[int, ...] = (40, 60, 80)
    # REFERRAL_QUOTA (Husbanken: at most 40 % of a project of 5 or more, for 20 years).
    referral_max_pct: int = 40
    referral_min_project: int = 5
    referral_years: int = 20
    # TENANCY_INDEFINITE: flag reviews due within this many days (0: due today or earlier).
    tenancy_review_lead_days: int = 0
    # INVALID_IDENTIFIER: a property without gnr/bnr counts as an invalid matrikkel.
    require_matrikkel: bool = True
    # TENANT_RENT_BELOW_LEASE_COST: a finding when the tenant's rent is more than this many
    # per cent below what the kommune pays the landlord for the dwelling (0: any amount).
    lease_rent_margin_pct: float = 0.0

    def validate(self, rule_codes: Collection[str]) -> AuditSettings:
        """Raise ValidationError for thresholds that make no sense or rules not among
        ``rule_codes`` (``rules.RULE_CODES``: the rules import this module, not the other
        way round); return self."""
        problems = []
        unknown = [r for r in (self.rules or ()) if r not in rule_codes]
        unknown += [r for r in self.severities if r not in rule_codes]
        if unknown:
            problems.append(f"ukjente regler: {', '.join(sorted(set(unknown)))}")
        bad_sev = [s for s in self.severities.values() if s not in {x.value for x in Severity}]
        if bad_sev:
            problems.append(f"ukjent alvorlighet: {', '.join(bad_sev)}")
        if not 0 < self.vacant_medium_days <= self.vacant_high_days:
            problems.append("ledig-grensene må være positive og stigende")
        for name in ("expiring_days", "review_months", "inspection_years", "referral_years",
                     "rent_min_group", "referral_min_project"):
            if getattr(self, name) < 1:
                problems.append(f"{name} må være minst 1")
        if self.rent_factor <= 1:
            problems.append("rent_factor må være større enn 1")
        if not 0 <= self.lease_rent_margin_pct < 100:
            problems.append("lease_rent_margin_pct må være fra 0 til under 100")
        if not 0 < self.referral_max_pct <= 100:
            problems.append("referral_max_pct må være mellom 1 og 100")
        if list(self.rent_size_bands) != sorted(set(self.rent_size_bands)):
            problems.append("rent_size_bands må være stigende")
        if problems:
            raise ValidationError(
                "Ugyldige kontrollinnstillinger: " + "; ".join(problems),
                "Invalid audit settings: " + "; ".join(problems),
            )
        return self

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> AuditSettings:
        """Settings from JSON; unknown keys (from a newer version) are ignored."""
        data: dict[str, Any] = json.loads(text) if text else {}
        known = {f.name: f for f in fields(cls)}
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                continue
            if isinstance(value, list):
                value = tuple(value)
            kwargs[key] = value
        return cls(**kwargs)
