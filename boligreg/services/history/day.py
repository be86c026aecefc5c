"""The day boundary: which stored moments belong to "the end of 31.12.2025".

Stamps and change-log times are naive UTC (models/base.py). A day asked for is an Oslo local
day (Europe/Oslo, with summer time), so its end is 00:00 Oslo time of the next day, turned into
UTC: a change at 23:30 Oslo time on 31.12 (22:30 UTC) counts, one at 00:30 on 1.1 does not.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from ...errors import ValidationError

OSLO = ZoneInfo("Europe/Oslo")

_NB = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def parse_day(text: str) -> date:
    """``dd.mm.yyyy`` (also d.m.yyyy) or ISO ``yyyy-mm-dd``; ValidationError otherwise."""
    m = _NB.match(text or "")
    parts = (m.group(3), m.group(2), m.group(1)) if m else None
    if parts is None:
        m = _ISO.match(text or "")
        parts = (m.group(1), m.group(2), m.group(3)) if m else None
    if parts is not None:
        try:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
        except ValueError:
            pass
    raise ValidationError(
        f"«{text}» er ikke en dato. Skriv dd.mm.åååå (f.eks. 31.12.2025) eller åååå-mm-dd.",
        f"{text!r} is not a date. Write dd.mm.yyyy (e.g. 31.12.2025) or yyyy-mm-dd.",
        field="as_of",
    )


def end_of_day_utc(day: date) -> datetime:
    """The first stored (naive UTC) moment that is *after* ``day`` in Oslo."""
    local = datetime.combine(day + timedelta(days=1), time.min, tzinfo=OSLO)
    return local.astimezone(UTC).replace(tzinfo=None)


def oslo_day(moment: datetime) -> date:
    """The Oslo local day a stored (naive UTC) moment falls on."""
    return moment.replace(tzinfo=UTC).astimezone(OSLO).date()


def format_day(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"
