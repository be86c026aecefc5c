"""Published fact-sheet editions travelling with sync (issue 13): insert-only, both ways.

An edition (one year's 16 sheets under one number, services/editions.py) is never changed
after it is written, so it does not go through the outbox, the feed and the field merge: each
sync compares which editions each side holds (by row id, without the PDF bytes) and copies
what the other side lacks, one whole edition per transaction.

* **Push**: the copy that published an edition sends it; the central only ever adds rows
  (APPEND_ONLY in services/central.py: no UPDATE or DELETE policy, not even for an
  administrator).
* **Pull**: every other copy receives it as stored, byte for byte, hash included.
* **Two copies publish the same number** for the same year before either has synced: the
  first to reach the central keeps the number. The other edition is *refused*: it is not
  sent, nothing is overwritten on either side, it stays readable in the file that published
  it, and the central's edition of that number is not pulled into that file (a year's numbers
  would otherwise mean two different documents there). Each sync says so in its notes. To get
  the later figures out, publish again after the sync: that becomes the next free number.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import sqlalchemy as sa

from ...models import Database, PublishedEdition

KEY_COLUMNS = ("id", "year", "scope", "edition")
Key = tuple[int, str, int]  # year, scope, edition


@dataclass
class EditionSync:
    sent: int = 0  # sheets
    received: int = 0  # sheets
    refused: list[tuple[int, int]] = field(default_factory=list)  # (year, edition)

    def notes_nb(self) -> list[str]:
        return [f"Utgave {e} av faktaarkene for {y} er også publisert fra en annen kopi, som "
                "kom først til sentraldatabasen. Din utgave er ikke sendt og ikke overskrevet; "
                "den finnes bare i denne filen. Publiser på nytt for å få et nytt nummer."
                for y, e in self.refused]


def _keys(conn: sa.Connection) -> dict[str, Key]:
    t = PublishedEdition.__table__
    return {r.id: (int(r.year), r.scope, int(r.edition))
            for r in conn.execute(sa.select(*(t.c[c] for c in KEY_COLUMNS)))}


def _groups(ids: dict[str, Key]) -> dict[tuple[int, int], list[str]]:
    out: dict[tuple[int, int], list[str]] = defaultdict(list)
    for i, (year, _scope, edition) in ids.items():
        out[(year, edition)].append(i)
    return out


def _rows(conn: sa.Connection, ids: list[str]) -> list[dict]:
    t = PublishedEdition.__table__
    return [dict(r._mapping) for r in conn.execute(sa.select(t).where(t.c.id.in_(ids)))]


def sync_editions(db: Database, central: sa.Engine) -> EditionSync:
    """Send this copy's editions the central lacks, then fetch the ones this copy lacks."""
    t = PublishedEdition.__table__
    out = EditionSync()
    with db.engine.connect() as lc:
        mine = _keys(lc)
    with central.connect() as sc:
        theirs = _keys(sc)
    taken_there = {k: i for i, k in theirs.items()}
    taken_here = {k: i for i, k in mine.items()}

    def clash(ids: list[str], keys: dict[str, Key], taken: dict[Key, str]) -> bool:
        return any(taken.get(keys[i], i) != i for i in ids)

    refused: set[tuple[int, int]] = set()
    for group, ids in sorted(_groups({i: k for i, k in mine.items()
                                      if i not in theirs}).items()):
        if clash(ids, mine, taken_there):
            refused.add(group)
            continue
        with db.engine.connect() as lc:
            rows = _rows(lc, ids)
        try:
            with central.begin() as sc:
                sc.execute(sa.insert(t), rows)
        except sa.exc.IntegrityError:  # another copy's edition got there in between
            refused.add(group)
            continue
        out.sent += len(rows)
        theirs.update({i: mine[i] for i in ids})

    for group, ids in sorted(_groups({i: k for i, k in theirs.items()
                                      if i not in mine}).items()):
        if group in refused or clash(ids, theirs, taken_here):
            refused.add(group)
            continue
        with central.connect() as sc:
            rows = _rows(sc, ids)
        with db.engine.begin() as lc:
            lc.execute(sa.insert(t), rows)
        out.received += len(rows)
    out.refused = sorted(refused)
    return out
