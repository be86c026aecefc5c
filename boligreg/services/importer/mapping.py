"""Saved column mappings: which file column goes to which field, and value translations.

JSON, as in issue 6::

    {"columns": {"<header in file>": "<field>"},
     "values": {"<field>": {"<value in file>": "<canonical value>"}}}

A field of ``""`` (or ``null``) means "do not import this column". Field names are those of
``boligreg import --list-fields``.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ... import formats
from ...errors import ValidationError
from ...safefiles import UnsafePathError, refuse_non_regular
from ..text import shorten
from .fields import FIELD_BY_NAME
from .values import fold

MAX_MAPPING_CHARS = 5_000_000  # a real mapping is a few kB


@dataclass
class Mapping:
    columns: dict[str, str] = field(default_factory=dict)  # header → field ("" = skip)
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # field → {raw: canonical}

    def field_for(self, header: str) -> str | None:
        """The field the mapping names for ``header`` ("" = skip), or None if it says nothing.

        Headers are compared exactly first, then ignoring case, spaces and punctuation.
        """
        if header in self.columns:
            return self.columns[header]
        folded = fold(header)
        for key, name in self.columns.items():
            if fold(key) == folded and folded:
                return name
        return None

    def value_map(self, field_name: str) -> dict[str, str]:
        """``{raw value (stripped, case-folded): canonical}`` for one field."""
        return {k.strip().casefold(): val for k, val in self.values.get(field_name, {}).items()}

    def to_json(self) -> dict[str, Any]:
        return {"columns": dict(self.columns), "values": {k: dict(v) for k, v in
                                                          self.values.items() if v}}

    @classmethod
    def from_json(cls, data: Any, source: str = "koblingsfilen") -> Mapping:
        """Check and build; unknown fields and wrong shapes give one Norwegian message."""
        if not isinstance(data, dict):
            raise ValidationError(f"{source}: ventet et JSON-objekt med «columns» og «values».")
        unknown_keys = set(data) - {"columns", "values"}
        if unknown_keys:
            raise ValidationError(
                f"{source}: ukjent nøkkel {shorten(', '.join(sorted(map(str, unknown_keys))), 80)} "
                "(bare «columns» og «values» er tillatt)."
            )
        columns = data.get("columns", {})
        values = data.get("values", {})
        if not isinstance(columns, dict) or not isinstance(values, dict):
            raise ValidationError(f"{source}: «columns» og «values» må være JSON-objekter.")
        out = cls()
        for header, name in columns.items():
            name = "" if name is None else name
            if not isinstance(name, str) or (name and name not in FIELD_BY_NAME):
                raise ValidationError(
                    f"{source}: ukjent felt «{shorten(name, 60)}» for kolonnen "
                    f"«{shorten(header, 60)}». "
                    "Se «boligreg import --list-fields».", field=str(header),
                )
            out.columns[str(header)] = name
        for name, table in values.items():
            if name not in FIELD_BY_NAME:
                raise ValidationError(
                    f"{source}: ukjent felt «{shorten(name, 60)}» under «values». "
                    "Se «boligreg import --list-fields».", field=str(name),
                )
            if not isinstance(table, dict) or not all(
                isinstance(k, str) and isinstance(x, str | int | float) for k, x in table.items()
            ):
                raise ValidationError(
                    f"{source}: «values» for «{name}» må være et objekt med tekstverdier."
                )
            if any(isinstance(x, float) and not math.isfinite(x) for x in table.values()):
                raise ValidationError(f"{source}: «values» for «{name}» har et tall som ikke "
                                      "er endelig.")
            out.values[name] = {k: str(x) for k, x in table.items()}
        return out


def load_mapping(path: str | os.PathLike[str]) -> Mapping:
    p = Path(path)
    try:  # before the read: a FIFO's open would hang
        refuse_non_regular(p, what="Koblingsfilen", what_en="The mapping file")
    except UnsafePathError as exc:
        raise ValidationError(exc.nb, exc.en) from None
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ValidationError(f"Koblingsfilen «{p}» finnes ikke.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"Koblingsfilen «{p.name}» kan ikke leses: {exc}.") from None
    if len(text) > MAX_MAPPING_CHARS:
        raise ValidationError(
            f"Koblingsfilen «{p.name}» er {formats.integer(len(text))} tegn; en kobling er noen få "
            f"kB (høyst {formats.integer(MAX_MAPPING_CHARS)}).")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"Koblingsfilen «{p.name}» er ikke gyldig JSON (linje {exc.lineno}): {exc.msg}."
        ) from None
    except RecursionError:
        raise ValidationError(
            f"Koblingsfilen «{p.name}» er for dypt nøstet til å være en kobling (ventet "
            "{\"columns\": {…}, \"values\": {…}})."
        ) from None
    except ValueError:  # an integer of more than 4,300 digits
        raise ValidationError(
            f"Koblingsfilen «{p.name}» har et for langt tall; en kobling har bare tekst."
        ) from None
    return Mapping.from_json(data, f"Koblingsfilen «{p.name}»")


def save_mapping(mapping: Mapping, path: str | os.PathLike[str]) -> None:
    Path(path).write_text(
        json.dumps(mapping.to_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
