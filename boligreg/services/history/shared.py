"""One computation, one read: inside :func:`shared_reads`, history reads on a connection share
today's table reads and one scan of the change log (a fact sheet's year-end, the year before
and the nine year-ends of its chart each asked for their own: three scans of the whole log
and three reads of every table, most of the sheets' time at 100k — issue 13).

Only for read-only work: the caller writes nothing on the connection meanwhile, so what was
read stays true until the block ends, and the cache goes with it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa

_KEY = "boligreg.history.shared"


@contextmanager
def shared_reads(conn: sa.Connection) -> Iterator[None]:
    """History reads on ``conn`` inside the block share what they read (nested: the outer
    block's cache)."""
    if _KEY in conn.info:
        yield
        return
    conn.info[_KEY] = {}
    try:
        yield
    finally:
        conn.info.pop(_KEY, None)


def cache(conn: sa.Connection) -> dict[str, Any] | None:
    """The block's cache, or None outside a :func:`shared_reads` block."""
    found = conn.info.get(_KEY)
    return found if isinstance(found, dict) else None
