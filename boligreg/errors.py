"""Errors a user may see. Each carries a Norwegian and an English text; no Qt here."""

from __future__ import annotations


class BoligregError(Exception):
    """An error with a message fit for a person: Norwegian first, English second."""

    exit_code = 1

    def __init__(self, nb: str, en: str | None = None) -> None:
        super().__init__(nb)
        self.nb = nb
        self.en = en or nb

    def __str__(self) -> str:
        if self.en and self.en != self.nb:
            return f"{self.nb} ({self.en})"
        return self.nb


class DatabaseOpenError(BoligregError):
    """The file could not be opened as a boligreg database; it was left untouched."""


class SchemaTooNewError(DatabaseOpenError):
    """The file was written by a newer boligreg than this one."""


class StaleRecordError(BoligregError):
    """Someone else changed the record since it was read (optimistic locking)."""

    def __init__(self, entity: str, entity_id: str, expected: int | None, actual: int | None):
        super().__init__(
            f"Posten ({entity} {entity_id}) er endret av noen andre siden du åpnet den "
            f"(versjon {expected}, nå {actual}). Ingenting er overskrevet.",
            f"The record ({entity} {entity_id}) was changed by someone else since you opened it "
            f"(version {expected}, now {actual}). Nothing was overwritten.",
        )
        self.entity = entity
        self.entity_id = entity_id
        self.expected = expected
        self.actual = actual


class ValidationError(BoligregError):
    """Input that cannot be stored; ``field`` names where it belongs."""

    exit_code = 2

    def __init__(self, nb: str, en: str | None = None, field: str | None = None) -> None:
        super().__init__(nb, en)
        self.field = field


class CancelledError(BoligregError):
    """A long job stopped because the user cancelled it; nothing was written."""

    exit_code = 130

    def __init__(self, nb: str = "Avbrutt. Ingenting er lagret.", en: str | None = None):
        super().__init__(nb, en or "Cancelled. Nothing was saved.")
