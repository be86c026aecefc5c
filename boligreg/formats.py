"""How every number, amount, percentage, date and time is written, wherever a person reads it:
the window, the PDFs, the exports' messages and the CLI. No Qt, no database.

One style, decided once (Norwegian typography, Språkrådet):

- thousands are grouped by a no-break space U+00A0 (``THOUSANDS``), from 1 000 up, also in
  table cells, so that columns align and a figure never breaks over two lines in a PDF;
- the decimal sign is a comma; negative numbers carry the minus sign U+2212 ("−1 200");
- amounts are "12 500 kr", percentages "13,8 %", both with a no-break space before the unit;
- dates are "01.02.2025" (two-digit day and month), times "01.02.2025 kl. 14.05";
- a value that is not there (None or "") is an en dash "–", unless the caller asks for
  another blank (the grids leave empty cells empty: ``none=""``).

Rounding is Python's correctly rounded formatting: to the nearest representable value, ties to
even on the float's exact binary value (2.5 → "2", 3.5 → "4", 0.125 → "0,12").
:func:`parse_number` and :func:`parse_date` read the texts back (and the usual variants people
type: ordinary or narrow spaces, a hyphen for minus, "1.2.2025").
"""

from __future__ import annotations

import datetime as dt
import re

from .i18n import language

THOUSANDS = "\u00a0"  # no-break space: the one thousands separator
NBSP = THOUSANDS  # before units ("12 500 kr", "13,8 %")
MINUS = "\u2212"
DASH = "–"  # en dash: no value

__all__ = [
    "DASH",
    "MINUS",
    "NBSP",
    "THOUSANDS",
    "date",
    "integer",
    "local_time",
    "money",
    "number",
    "parse_date",
    "parse_number",
    "per_1000",
    "percent",
    "signed",
    "timestamp",
]


def _blank(value: object) -> bool:
    return value is None or value == ""


def number(value: float | int | None, decimals: int = 1, *, none: str = DASH) -> str:
    """1234.56 → "1 234,6" (``decimals`` places, grouped thousands, decimal comma)."""
    if _blank(value):
        return none
    assert value is not None
    text = f"{abs(value):,.{decimals}f}"
    negative = value < 0 and float(text.replace(",", "")) != 0  # never "−0,0"
    return (MINUS if negative else "") + text.replace(",", THOUSANDS).replace(".", ",")


def integer(value: float | int | None, *, none: str = DASH) -> str:
    """12345 → "12 345"; a float is rounded to a whole number first."""
    return number(value, 0, none=none)


def money(value: float | int | None, decimals: int = 0, *, none: str = DASH) -> str:
    """12500 → "12 500 kr"."""
    return none if _blank(value) else f"{number(value, decimals)}{NBSP}kr"


def percent(value: float | None, decimals: int = 1, *, none: str = DASH) -> str:
    """13.82 (percentage points, not a fraction) → "13,8 %"."""
    return none if _blank(value) else f"{number(value, decimals)}{NBSP}%"


def per_1000(value: float | None, decimals: int = 1, *, none: str = DASH) -> str:
    """A rate per 1 000 inhabitants: 42.07 → "42,1" (the heading or label names the unit)."""
    return number(value, decimals, none=none)


def signed(value: float | None, decimals: int = 0, *, none: str = DASH) -> str:
    """A change: "+1 200", "−3", and "±0" when it rounds to nothing."""
    if _blank(value):
        return none
    assert value is not None
    if round(value, decimals) == 0:
        return "±" + number(0, decimals)
    return ("+" if value > 0 else "") + number(value, decimals)


def _as_date_or_time(value: dt.date | dt.datetime | str) -> dt.date | dt.datetime | None:
    if not isinstance(value, str):
        return value
    text = value.strip().replace(" ", "T")
    try:
        return dt.datetime.fromisoformat(text) if len(text) > 10 else dt.date.fromisoformat(text)
    except ValueError:
        return None


def date(value: dt.date | dt.datetime | str | None, *, none: str = DASH) -> str:
    """"01.02.2025" for a date, a datetime (its day) or an ISO text ("2025-02-01…")."""
    if _blank(value):
        return none
    assert value is not None
    parsed = _as_date_or_time(value[:10] if isinstance(value, str) else value)
    if parsed is None:
        return str(value)
    return f"{parsed.day:02d}.{parsed.month:02d}.{parsed.year:04d}"


def local_time(value: dt.datetime) -> dt.datetime:
    """A stored time (naive UTC, as the database keeps them) in the machine's time zone."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone().replace(tzinfo=None)


def timestamp(
    value: dt.datetime | str | None, *, utc: bool = False, seconds: bool = False, none: str = DASH
) -> str:
    """"01.02.2025 kl. 14.05" (with ``seconds``: "kl. 14.05.09"); in English "01.02.2025 14:05".

    ``utc=True`` for a stored time (naive UTC): it is shown in the machine's time zone.
    """
    if _blank(value):
        return none
    assert value is not None
    parsed = _as_date_or_time(value)
    if parsed is None:
        return str(value)
    if not isinstance(parsed, dt.datetime):
        parsed = dt.datetime(parsed.year, parsed.month, parsed.day)
    if utc:
        parsed = local_time(parsed)
    if language() == "en":  # "01.02.2025 14:05": the English reader's clock, the same date
        return f"{date(parsed)} {parsed:%H:%M:%S}" if seconds else f"{date(parsed)} {parsed:%H:%M}"
    clock = f"{parsed:%H.%M.%S}" if seconds else f"{parsed:%H.%M}"
    return f"{date(parsed)} kl. {clock}"


_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


def parse_number(text: str) -> float:
    """The value of a number as written here or as people type it ("−1 234,5", "12 500 kr",
    "13,8 %", "-1234.5"). Raises ValueError for anything else."""
    t = _SPACES.sub("", text).replace(MINUS, "-").removesuffix("kr").removesuffix("%")
    t = t.replace(",", ".")
    if not _NUMBER.fullmatch(t):
        raise ValueError(f"not a number: {text!r}")
    return float(t)


_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def parse_date(text: str) -> dt.date:
    """"01.02.2025" or "1.2.2025" → date(2025, 2, 1). Raises ValueError for anything else."""
    m = _DATE.fullmatch(text.strip())
    if not m:
        raise ValueError(f"not a date (dd.mm.åååå): {text!r}")
    return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
