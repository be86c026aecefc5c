"""CSV formula injection (OWASP): every CSV boligreg writes goes through :func:`csv_cell`.

Excel and LibreOffice run a CSV cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return as a formula (``=HYPERLINK(...)``, ``+cmd|' /C calc'!A0``). A text cell that
starts with one of them is written with a leading ``'``, which makes the spreadsheet show it as
text. Numbers written from numeric fields are not text and stay numeric (``-1500``).

The importer undoes exactly that quote (:func:`restore_cell`), so an exported CSV imports back
to the same text. Text that already starts with quotes before a trigger (``'=x``) gets one more
on the way out, so the round trip is exact for every string.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

# Leading quotes (maybe none) followed by a trigger: these cells need one more quote.
_GUARDED = re.compile(r"'*[=+\-@\t\r]")
# Anywhere in a CSV text: a field that starts with a quote before a trigger (cheap pre-check).
_GUARD_IN_TEXT = re.compile(r"(?:^|[;,\t\"\n\r])'+[=+\-@\t\r]")


def neutralise(text: str) -> str:
    """``text`` with a leading ``'`` if a spreadsheet would read it as a formula."""
    return "'" + text if _GUARDED.match(text) else text


def csv_cell(value: Any) -> Any:
    """A value ready for ``csv.writer``: text neutralised; numbers (not bool) left numeric."""
    if isinstance(value, str):
        return neutralise(value)
    if value is None or (isinstance(value, int | float) and not isinstance(value, bool)):
        return value
    return neutralise(str(value))


def csv_row(values: Iterable[Any]) -> list[Any]:
    return [csv_cell(v) for v in values]


def restore_cell(text: str) -> str:
    """The inverse of :func:`neutralise`: drop exactly one leading ``'`` before a trigger."""
    if text[:1] == "'" and _GUARDED.match(text, 1):
        return text[1:]
    return text


def may_hold_guards(text: str) -> bool:
    """False when no field of a CSV text can start with a guard quote (nothing to undo)."""
    return _GUARD_IN_TEXT.search(text) is not None
