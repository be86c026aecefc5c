"""The register as of a date (issue 13): state of every record at the end of an Oslo day,
rebuilt from today's rows and the change log, and how far back that history is complete.

Layers inside: ``day`` (dates asked for → stored UTC moments), ``changes`` (reading the log),
``values`` (logged JSON → column values), ``asof`` (walking back), ``coverage`` (what the log
cannot tell), ``figures`` (the fact-sheet counts over a state), ``materialize`` (a state as an
in-memory database, for builders that read tables). Design: docs/history.md.
"""

from .asof import HistoryIncompleteError, RegisterState, register_as_of, state_at
from .changes import TRACKED, UNTRACKED
from .coverage import Coverage
from .day import OSLO, end_of_day_utc, format_day, oslo_day, parse_day
from .materialize import materialize

__all__ = [
    "OSLO",
    "TRACKED",
    "UNTRACKED",
    "Coverage",
    "HistoryIncompleteError",
    "RegisterState",
    "end_of_day_utc",
    "format_day",
    "materialize",
    "oslo_day",
    "parse_day",
    "register_as_of",
    "state_at",
]
