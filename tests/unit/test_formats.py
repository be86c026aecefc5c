"""The one formatter (boligreg.formats): separators, signs, rounding, blanks, round trips."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_EVEN, Decimal

from hypothesis import given
from hypothesis import strategies as st

from boligreg import formats as fm

NBSP = "\u00a0"
finite = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)
decimals = st.integers(min_value=0, max_value=3)


def expected_digits(value: float, places: int) -> str:
    """The rounded magnitude, computed with Decimal from the float's exact value."""
    q = Decimal(1).scaleb(-places)
    return str(abs(Decimal(value)).quantize(q, rounding=ROUND_HALF_EVEN))


@given(finite, decimals)
def test_number_matches_an_independent_rounding(value: float, places: int) -> None:
    text = fm.number(value, places)
    digits = expected_digits(value, places)
    whole, _, frac = digits.partition(".")
    grouped = f"{int(whole):,}".replace(",", NBSP)
    zero = Decimal(digits) == 0
    sign = "" if zero or value >= 0 else "\u2212"
    assert text == sign + grouped + ("," + frac if places else "")


@given(finite, decimals)
def test_number_reads_back_to_the_rounded_value(value: float, places: int) -> None:
    rounded = Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
    assert fm.parse_number(fm.number(value, places)) == float(rounded)


@given(st.integers(min_value=-10**15, max_value=10**15))
def test_integer_groups_by_three_with_one_separator(n: int) -> None:
    text = fm.integer(n)
    body = text.removeprefix("\u2212")
    assert (text != body) == (n < 0)
    groups = body.split(NBSP)
    assert all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3
    assert int("".join(groups)) == abs(n)
    assert not re.search(r"[ ,.\u202f\u2009-]", text)  # no other separator, no hyphen
    assert fm.parse_number(text) == n


def test_fixed_examples() -> None:
    assert fm.integer(14007) == f"14{NBSP}007"
    assert fm.integer(999) == "999" and fm.integer(1000) == f"1{NBSP}000"
    assert fm.integer(-1200) == f"\u22121{NBSP}200"
    assert fm.number(13.849, 1) == "13,8" and fm.number(0.125, 2) == "0,12"
    assert fm.number(-0.04, 1) == "0,0"  # no negative zero
    assert fm.integer(2.5) == "2" and fm.integer(3.5) == "4"  # ties to even
    assert fm.money(12500) == f"12{NBSP}500{NBSP}kr"
    assert fm.money(15500.5, 2) == f"15{NBSP}500,50{NBSP}kr"
    assert fm.percent(13.8) == f"13,8{NBSP}%"
    assert fm.per_1000(42.07) == "42,1"
    assert fm.signed(1200) == f"+1{NBSP}200" and fm.signed(-3) == "\u22123"
    assert fm.signed(0.4) == "±0" and fm.signed(0.04, 1) == "±0,0"
    assert fm.date(date(2025, 2, 1)) == "01.02.2025"
    assert fm.date(datetime(2025, 2, 1, 23, 59)) == "01.02.2025"
    assert fm.date("2025-02-01T10:00:00") == "01.02.2025"
    assert fm.timestamp(datetime(2025, 2, 1, 14, 5)) == "01.02.2025 kl. 14.05"
    assert fm.timestamp("2025-02-01 14:05:09", seconds=True) == "01.02.2025 kl. 14.05.09"
    assert fm.parse_date("1.2.2025") == fm.parse_date("01.02.2025") == date(2025, 2, 1)


def test_blanks_are_a_dash_or_what_the_caller_asks() -> None:
    for fn in (fm.integer, fm.number, fm.money, fm.percent, fm.per_1000, fm.signed,
               fm.date, fm.timestamp):
        assert fn(None) == "–" and fn("") == "–"  # type: ignore[arg-type]
        assert fn(None, none="") == ""
    assert fm.integer(0) == "0" and fm.money(0) == f"0{NBSP}kr"


@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_dates_read_back(d: date) -> None:
    text = fm.date(d)
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4}", text)
    assert fm.parse_date(text) == d
    assert fm.date(d.isoformat()) == text


@given(st.datetimes(min_value=datetime(1971, 1, 2), max_value=datetime(2100, 1, 1)))
def test_stored_utc_times_are_shown_in_local_time(t: datetime) -> None:
    local = t.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    text = fm.timestamp(t, utc=True)
    assert text == f"{local.day:02d}.{local.month:02d}.{local.year} kl. {local:%H}.{local:%M}"
    day, clock = text.split(" kl. ")
    hh, mm = clock.split(".")
    back = datetime.combine(fm.parse_date(day), datetime.min.time()) + timedelta(
        hours=int(hh), minutes=int(mm))
    assert back == local.replace(second=0, microsecond=0)


@given(finite)
def test_money_and_percent_read_back(value: float) -> None:
    assert fm.money(value).endswith(f"{NBSP}kr")
    assert fm.percent(value).endswith(f"{NBSP}%")
    assert fm.parse_number(fm.money(value)) == fm.parse_number(fm.integer(value))
    assert fm.parse_number(fm.percent(value)) == fm.parse_number(fm.number(value, 1))


def test_parse_number_refuses_text() -> None:
    for bad in ("", "kr", "1,2,3", "12a", "−", "1 2 3 x"):
        try:
            fm.parse_number(bad)
        except ValueError:
            continue
        raise AssertionError(f"{bad!r} parsed")
    assert fm.parse_number("-1234.5") == -1234.5 == fm.parse_number("\u22121\u202f234,5")
