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

__all__ = ["INVISIBLE_CLASS", "NulCharacterError", "has_invisible", "normalise_text", "shorten"]

# Every code point of category Cf (format): zero-width space/joiners, LRM/RLM, the
# bidirectional embeddings and isolates, the BOM, soft hyphen, … Built once from the running
# Python's Unicode tables so it stays complete.
_CF = "".join(chr(c) for c in range(sys.maxunicode + 1)
              if unicodedata.category(chr(c)) == "Cf")
_INVISIBLE = re.compile("[" + re.escape(_CF) + "]")
# The same set for a bracket expression in PostgreSQL's regular expressions (no Cf character
# is special there; U+0000 is never one of them).
INVISIBLE_CLASS = _CF


class NulCharacterError(ValueError):
    """The text holds a NUL character (U+0000)."""


def has_invisible(text: str) -> bool:
    """True if ``text`` holds an invisible format character (category Cf)."""
    return _INVISIBLE.search(text) is not None


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
