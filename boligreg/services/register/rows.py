"""Grid rows in memory: sort (Norwegian order, natural numbers), filter, search.

:class:`RowSet` sorts and filters the plain tuples of a grid in Python, which on 100,000
dwellings is tens of milliseconds, far below a round-trip per keystroke. No database here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

# Norwegian alphabetical order: æ, ø, å after z (Unicode puts å before æ and ø), other
# accented letters with their base letter (é as e, ü as u).
_NB_ORDER = str.maketrans({"æ": "\ue000", "ø": "\ue001", "å": "\ue002", "ä": "\ue000",
                           "ö": "\ue001"})
_DIGITS_RE = re.compile(r"(\d+)")


def nb_sort_key(text: str) -> str:
    key = text.casefold().translate(_NB_ORDER)
    if key.isascii():
        return key
    return "".join(ch for ch in unicodedata.normalize("NFD", key)
                   if not unicodedata.combining(ch))


def natural_key(text: str) -> tuple:
    """"gate 2" before "gate 12"; letters in Norwegian order."""
    parts = _DIGITS_RE.split(nb_sort_key(text))
    return tuple(int(p) if i % 2 else p for i, p in enumerate(parts))


class RowSet:
    """Grid rows held in memory, with cached sort orders and a search index.

    ``fields`` names the tuple positions; ``search_fields`` are joined into one case-folded
    string per row, built on the first search (≈ 0.05 s for 100k rows) and reused.
    """

    def __init__(
        self,
        fields: Sequence[str],
        rows: list[tuple],
        search_fields: Sequence[str] = (),
        natural_fields: Iterable[str] = (),
    ) -> None:
        self.fields = tuple(fields)
        self.pos = {name: i for i, name in enumerate(self.fields)}
        self.rows = rows
        self.search_fields = tuple(search_fields)
        self.natural_fields = frozenset(natural_fields)
        self._haystack: list[str] | None = None
        self._orders: dict[tuple[str, bool], list[int]] = {}

    def __len__(self) -> int:
        return len(self.rows)

    def value(self, row: int, name: str) -> Any:
        return self.rows[row][self.pos[name]]

    def _sort_keys(self, name: str) -> tuple[list[int], list[int], list[Any]]:
        """(rows with a value, blank rows, a sort key per row) for one field."""
        i = self.pos[name]
        col = [r[i] for r in self.rows]
        present = [n for n, v in enumerate(col) if v is not None and v != ""]
        missing = [n for n, v in enumerate(col) if v is None or v == ""]
        sample = col[present[0]] if present else None
        if not isinstance(sample, str):
            return present, missing, col
        # Rank the distinct texts once (addresses and labels repeat a lot), then sort row
        # numbers by rank: integer compares, no Python call per row.
        fn = natural_key if name in self.natural_fields else nb_sort_key
        rank = {v: r for r, v in enumerate(sorted({col[n] for n in present}, key=fn))}
        return present, missing, [rank.get(v, 0) for v in col]

    def ascending(self, name: str) -> list[int]:
        """Row numbers sorted by ``name`` ascending, blanks last (cached per field)."""
        return self._sorted(name, False)

    def _sorted(self, name: str, descending: bool) -> list[int]:
        key = (name, descending)
        order = self._orders.get(key)
        if order is None:
            present, missing, keys = self._sort_keys(name)
            # sort(reverse=True) is stable too: equal values keep their row order both ways
            present.sort(key=keys.__getitem__, reverse=descending)
            order = self._orders[key] = present + missing
        return order

    def order(self, name: str | None, descending: bool = False) -> list[int]:
        """Row numbers in display order, blanks last either way (a copy)."""
        if name is None:
            return list(range(len(self.rows)))
        return list(self._sorted(name, descending))

    def patch(self, entity_id: str, fresh: Sequence[tuple]) -> None:
        """Replace (or add, or with no ``fresh`` row drop) one record's row after a save.

        A replaced row keeps the cached sort orders of the fields whose value did not
        change, so a save does not re-sort 100k rows; adding or dropping a row resets them.
        """
        where = next((n for n, r in enumerate(self.rows) if r[0] == entity_id), None)
        if where is not None and fresh:
            old, new = self.rows[where], fresh[0]
            self.rows[where] = new
            for key in [k for k in self._orders if old[self.pos[k[0]]] != new[self.pos[k[0]]]]:
                del self._orders[key]
            if self._haystack is not None:
                self._haystack[where] = self._hay(new)
            return
        if where is None:
            self.rows.extend(fresh)
        else:
            del self.rows[where]
        self._orders.clear()
        self._haystack = None

    def _hay(self, row: tuple) -> str:
        return " ".join(str(row[self.pos[f]]) for f in self.search_fields
                        if row[self.pos[f]] is not None).casefold()

    def haystack(self) -> list[str]:
        if self._haystack is None:
            self._haystack = [self._hay(r) for r in self.rows]
        return self._haystack

    def matching(
        self,
        order: Sequence[int],
        tests: Sequence[Callable[[tuple], bool]] = (),
        search: str = "",
    ) -> list[int]:
        """The rows of ``order`` passing every test and the search.

        Every word of ``search`` must occur in the row's search text; a number must begin a
        word there ("gate 3" is house number 3, not the 3 inside "H0303"; "985" still finds
        the org.nr. 985987246); a number typed with spaces ("985 987 246") also matches the
        digits written together. Rows holding the whole search as one phrase ("Colletts gate
        3", not "gate 30") come first; each group keeps the order of ``order``.
        """
        words = search.casefold().split()
        rows = self.rows
        out = list(order)
        for test in tests:  # the drop-downs first: cheap and usually the most selective
            out = [n for n in out if test(rows[n])]
        if not words:
            return out
        hay = self.haystack()
        joined = "".join(words)
        if len(words) > 1 and joined.isdigit():
            return [n for n in out if joined in hay[n] or all(w in hay[n] for w in words)]
        for w in words:
            out = [n for n in out if w in hay[n]]  # fast substring test first
            if w[0].isdigit():
                starts = re.compile(r"(?<![0-9a-zæøå])" + re.escape(w))
                out = [n for n in out if starts.search(hay[n])]
        if len(words) > 1:
            phrase = re.compile(r"(?<![0-9a-zæøå])" + r"\s+".join(map(re.escape, words))
                                + r"(?![0-9a-zæøå])")
            first = [n for n in out if phrase.search(hay[n])]
            if first and len(first) < len(out):
                chosen = set(first)
                out = first + [n for n in out if n not in chosen]
        return out


# --- Filters ---------------------------------------------------------------------------------


@dataclass
class RowFilter:
    """What the filter panel asks for; ``None`` means "any". Equality filters are by field."""

    equals: dict[str, str] = field(default_factory=dict)  # field -> value (enum value)
    wheelchair: bool | None = None
    agreement_kind: str | None = None
    expiring_days: int | None = None
    search: str = ""

    def is_empty(self) -> bool:
        return not (self.equals or self.wheelchair is not None or self.agreement_kind
                    or self.expiring_days is not None or self.search.strip())


# One small factory per predicate: each binds its own column and value (a lambda in a loop
# would see the last ones), and mypy can type them.
def _equals(i: int, wanted: object) -> Callable[[tuple], bool]:
    return lambda r: bool(r[i] == wanted)


def _flag(i: int, wanted: bool) -> Callable[[tuple], bool]:
    return lambda r: bool(r[i]) == wanted


def _contains(i: int, wanted: str) -> Callable[[tuple], bool]:
    return lambda r: bool(r[i]) and wanted in r[i]


def _between(i: int, lo: str, hi: str) -> Callable[[tuple], bool]:
    return lambda r: bool(r[i]) and lo <= r[i][:10] <= hi


def filter_tests(
    rowset: RowSet, flt: RowFilter, today: date | None = None
) -> list[Callable[[tuple], bool]]:
    """Row predicates for ``flt`` over a grid's fields (fields it lacks are ignored)."""
    pos = rowset.pos
    tests: list[Callable[[tuple], bool]] = []
    for name, wanted in flt.equals.items():
        if wanted in (None, "") or name not in pos:
            continue
        tests.append(_equals(pos[name], wanted))
    if flt.wheelchair is not None and "wheelchair" in pos:
        tests.append(_flag(pos["wheelchair"], flt.wheelchair))
    if flt.agreement_kind:
        k = pos.get("agreement_kind", pos.get("kind"))
        if k is not None:
            tests.append(_contains(k, flt.agreement_kind))
    if flt.expiring_days is not None:
        e = pos.get("agreement_end", pos.get("end_date"))
        if e is not None:
            today = today or date.today()
            lo = today.isoformat()
            hi = (today + timedelta(days=flt.expiring_days)).isoformat()
            tests.append(_between(e, lo, hi))
    return tests


def apply_filter(
    rowset: RowSet, order: Sequence[int], flt: RowFilter, today: date | None = None
) -> list[int]:
    return rowset.matching(order, filter_tests(rowset, flt, today), flt.search)
