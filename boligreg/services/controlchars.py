"""Control characters and terminal escape sequences (issue 18, S8).

On input (:func:`clean_controls`, used by the forms' validation, the importer's text cells and
the indicator import) a text field keeps what a person can see and means:

* NUL is refused: it cuts strings short in C libraries and PostgreSQL rejects it, so the
  central would refuse the record later.
* ESC (``\\x1b``) and the 8-bit C1 sequence introducers (CSI ``\\x9b``, OSC ``\\x9d``, DCS,
  SOS, PM, APC) are refused: they start terminal escape sequences (``\\x1b]0;title\\x07``,
  ``\\x1b[2J``) whose payload is visible text; silently dropping the introducer would keep
  the payload as garbage, dropping the sequence could lose typed text.
* Tab, line feed, carriage return and the other whitespace controls (VT, FF, FS–US, NEL):
  a single-line field turns them into one space; a multi-line field (the notes, "memo")
  keeps line feeds and tabs and writes CR LF / CR as LF.
* Every other C0 control, DEL and the remaining C1 controls draw nothing: they are removed.

On output (:func:`escape_controls`, used for every line the command line prints) each such
character (and a lone surrogate from an undecodable file name) is shown as ``\\uXXXX`` so
nothing stored can act on a terminal; ``\\uXXXX`` is also
a valid JSON escape, so JSON output stays JSON.
"""

from __future__ import annotations

import re

# Refused on input: NUL, ESC and the C1 controls that introduce a sequence.
_REFUSED = re.compile("[\x00\x1b\x90\x98\x9b\x9d\x9e\x9f]")
_WHITESPACE_CONTROLS = "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85"
# Removed on input: the rest of C0, DEL and C1 (whitespace controls are handled apart).
_REMOVED = re.compile("[\x01-\x08\x0e-\x1a\x7f\x80-\x84\x86-\x8f\x91-\x97\x99\x9a\x9c]")
_ANY_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c\x1c\x1d\x1e\x85]")
_SPACES = re.compile("[\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85]")

_NAMES = {"\x00": "NUL", "\x1b": "ESC", "\x9b": "CSI", "\x9d": "OSC", "\x90": "DCS",
          "\x98": "SOS", "\x9e": "PM", "\x9f": "APC"}


class ControlCharError(ValueError):
    """Text with a character that cannot be stored; ``str(exc)`` is the Norwegian reason."""

    def __init__(self, char: str, position: int) -> None:
        self.char = char
        self.position = position  # 1-based, as a person counts
        name = _NAMES.get(char, "styretegn")
        self.nb = (f"Teksten inneholder et styretegn ({name}, U+{ord(char):04X}, tegn nr. "
                   f"{position}) som ikke kan lagres – fjern det")
        self.en = (f"The text contains a control character ({name}, U+{ord(char):04X}, at "
                   f"character {position}) that cannot be stored; remove it")
        super().__init__(self.nb)


def clean_controls(text: str, *, multiline: bool = False) -> str:
    """``text`` with control characters handled as the module says; ControlCharError if it
    holds NUL or an escape-sequence introducer. Other characters are returned unchanged."""
    if _ANY_CONTROL.search(text) is None:  # the common case: nothing to do
        return text
    bad = _REFUSED.search(text)
    if bad is not None:
        raise ControlCharError(bad.group(), bad.start() + 1)
    text = _REMOVED.sub("", text)
    if multiline:
        text = _LINE_BREAKS.sub("\n", text).replace("\x1f", " ")
    else:
        text = _SPACES.sub(" ", text)
    return text


# Shown escaped on output: C0 but the kept ones, DEL, C1, the bidirectional overrides and
# isolates (a terminal line would read differently from what it holds), and lone surrogates:
# a file name of undecodable bytes arrives in argv as "\udcff", which a UTF-8 stdout cannot
# encode (the print would fail half-way).
_UNSAFE_OUTPUT = {
    keep: re.compile("[" + "".join(
        re.escape(chr(c)) for c in range(0x20) if chr(c) not in keep
    ) + "\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
    for keep in ("\n\t", "")
}


def _escape(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def escape_controls(text: str, *, keep_newlines: bool = True) -> str:
    """``text`` safe to write to a terminal: every control character (and bidi override) as
    ``\\uXXXX``. Line feeds and tabs are kept unless ``keep_newlines`` is False (one value
    shown inside a table row or a one-line message)."""
    pattern = _UNSAFE_OUTPUT["\n\t" if keep_newlines else ""]
    if pattern.search(text) is None:
        return text
    return pattern.sub(_escape, text)
