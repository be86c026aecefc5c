"""One normal form for every text boligreg takes in (issue 18, D5).

The same address typed as NFC or NFD ("å" as one code point or as "a" + combining ring), with a
zero-width space, a byte-order mark or a right-to-left mark inside, looks identical on screen
but compares different: it would make a second building and a duplicate the audit cannot see.
So every text from a file or a form goes through :func:`normalise_text`: Unicode NFC, and the
invisible format characters (category Cf: U+200B, U+200E, U+FEFF, U+202E …) removed. A NUL
character is refused (:class:`NulCharacterError`): the central PostgreSQL database cannot
store it, so a local record holding one could never be synchronised.

Control characters (C0/C1, terminal escapes) are a separate concern, handled where the form
validation lives.
"""

from __future__ import annotations

import re
import sys
import unicodedata

from ..formats import integer

__all__ = ["INVISIBLE_CLASS", "NulCharacterError", "count_nb", "has_invisible", "is_normal",
           "normalise_text", "shorten"]

# Every code point of category Cf (format): zero-width space/joiners, LRM/RLM, the
# bidirectional embeddings and isolates, the BOM, soft hyphen, … Built once from the running
# Python's Unicode tables so it stays complete. Only the planes that hold any assigned
# character are read (0–3 and 14; 4–13 are unassigned, 15–16 private use, never Cf): a
# quarter of the code points, ~20 ms at import instead of ~80 ms — the window loads this
# module at start. A test compares it with a scan of every code point.
CF_PLANES = (0, 1, 2, 3, 14)
_CF = "".join(chr(c) for plane in CF_PLANES for c in range(plane << 16, (plane + 1) << 16)
              if c <= sys.maxunicode and unicodedata.category(chr(c)) == "Cf")


def _ranges(chars: str) -> str:
    """A bracket-expression body with consecutive code points as ranges (a regex over 21
    ranges is ten times faster than one over 163 single characters)."""
    spans: list[list[int]] = []
    for c in map(ord, chars):
        if spans and spans[-1][1] == c - 1:
            spans[-1][1] = c
        else:
            spans.append([c, c])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in spans)


_INVISIBLE = re.compile("[" + _ranges(_CF) + "]")
_LATIN1_CF = "".join(ch for ch in _CF if ord(ch) < 0x100)  # only U+00AD, the soft hyphen
# The same set for a bracket expression in PostgreSQL's regular expressions (no Cf character
# is special there; U+0000 is never one of them).
INVISIBLE_CLASS = _CF


class NulCharacterError(ValueError):
    """The text holds a NUL character (U+0000)."""


def has_invisible(text: str) -> bool:
    """True if ``text`` holds an invisible format character (category Cf)."""
    return _INVISIBLE.search(text) is not None


def is_normal(text: str) -> bool:
    """True if :func:`normalise_text` would return ``text`` unchanged (and it holds no NUL).

    All C-speed passes, so a caller can check many cells at once: join them with "\\n" (a
    starter that composes with nothing, so each piece is NFC exactly when the whole is).
    """
    if "\x00" in text:
        return False
    if text.isascii():
        return True
    try:  # Norwegian text is Latin-1: no combining marks, one invisible character
        text.encode("latin-1")
    except UnicodeEncodeError:
        return _INVISIBLE.search(text) is None and unicodedata.is_normalized("NFC", text)
    return _LATIN1_CF not in text and unicodedata.is_normalized("NFC", text)


def normalise_text(text: str) -> str:
    """``text`` in NFC with invisible format characters removed; NUL raises NulCharacterError.

    Cheap for the common case: plain ASCII without a NUL is returned as it is.
    """
    if "\x00" in text:
        raise NulCharacterError("NUL")
    if text.isascii():
        return text
    if _INVISIBLE.search(text) is not None:
        text = _INVISIBLE.sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def shorten(value: object, limit: int = 80) -> str:
    """``value`` as text, cut to ``limit`` characters with "…" (for messages: a hostile cell
    of a gigabyte must never be echoed whole)."""
    text = "" if value is None else str(value) if not isinstance(value, str) else value
    if len(text) <= limit:
        return text
    return text[: limit - 1] + "…"


def count_nb(n: int, one: str, many: str) -> str:
    """A count with the noun phrase in the right number: ``count_nb(1, "ny bolig", "nye
    boliger")`` → "1 ny bolig", 2 → "2 nye boliger", 0 → "0 nye boliger". The number is
    written as everywhere else (``formats.integer``: "12 000 rader" with a no-break space)."""
    return f"{integer(n)} {one if n == 1 else many}"
