"""Embedded TrueType fonts for every PDF, found robustly on any machine.

reportlab's 14 standard fonts are not embedded and their encoding is Latin-1 only; an embedded
TrueType font keeps æ, ø, å right in every viewer and keeps the text selectable. DejaVu Sans is
looked for in the usual places (Debian/Ubuntu, Fedora, Arch, macOS, Windows, ``fc-match``);
without it, reportlab's bundled Bitstream Vera (which covers Norwegian) is used, so a PDF can
always be made.

Usage::

    fonts = register_fonts()
    canvas.setFont(fonts.regular, 9)
    ParagraphStyle("body", fontName=fonts.regular)  # <b>…</b> works: the family is registered
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import reportlab
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "BoligregSans"

# File names per style, in order of preference.
_DEJAVU: dict[str, tuple[str, ...]] = {
    "regular": ("DejaVuSans.ttf",),
    "bold": ("DejaVuSans-Bold.ttf",),
    "italic": ("DejaVuSans-Oblique.ttf",),
    "bolditalic": ("DejaVuSans-BoldOblique.ttf",),
}
_VERA: dict[str, tuple[str, ...]] = {
    "regular": ("Vera.ttf",),
    "bold": ("VeraBd.ttf",),
    "italic": ("VeraIt.ttf",),
    "bolditalic": ("VeraBI.ttf",),
}


@dataclass(frozen=True)
class FontSet:
    """Registered reportlab font names, and the files they came from."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    family: str  # the font family name (for Paragraph styles: <b>, <i> map within it)
    source: str  # human-readable: "DejaVu Sans" or "Bitstream Vera (reportlab)"
    files: tuple[Path, ...]


def _candidate_dirs() -> list[Path]:
    dirs: list[Path] = []
    env = os.environ.get("BOLIGREG_FONT_DIR")
    if env:
        dirs.append(Path(env))
    home = Path.home()
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        dirs.append(windir / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [home / "Library" / "Fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts")]
    dirs += [
        Path("/usr/share/fonts/truetype/dejavu"),  # Debian, Ubuntu
        Path("/usr/share/fonts/dejavu-sans-fonts"),  # Fedora
        Path("/usr/share/fonts/dejavu"),
        Path("/usr/share/fonts/TTF"),  # Arch
        Path("/usr/local/share/fonts"),
        home / ".local" / "share" / "fonts",
        home / ".fonts",
    ]
    return dirs


def _fc_match(name: str) -> Path | None:
    """Ask fontconfig where a font lives (Linux/BSD); None if it cannot say."""
    exe = shutil.which("fc-match")
    if not exe:
        return None
    try:
        out = subprocess.run(
            [exe, "-f", "%{file}", name], capture_output=True, text=True, timeout=5, check=False
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    path = Path(out) if out else None
    return path if path and path.is_file() and path.name.startswith("DejaVuSans") else None


def _find_in(dirs: list[Path], names: dict[str, tuple[str, ...]]) -> dict[str, Path] | None:
    for folder in dirs:
        found: dict[str, Path] = {}
        for style, options in names.items():
            for option in options:
                p = folder / option
                if p.is_file():
                    found[style] = p
                    break
        if "regular" in found and "bold" in found:
            return found
    return None


def find_font_files() -> tuple[str, dict[str, Path]]:
    """(description, {style: file}) of the best available font family."""
    found = _find_in(_candidate_dirs(), _DEJAVU)
    if found is None:
        regular = _fc_match("DejaVu Sans")
        if regular is not None:
            found = _find_in([regular.parent], _DEJAVU)
    if found is not None:
        return "DejaVu Sans", found
    bundled = Path(reportlab.__file__).resolve().parent / "fonts"
    vera = _find_in([bundled], _VERA)
    if vera is None:  # pragma: no cover - reportlab always ships Vera
        raise FileNotFoundError("no TrueType font found (neither DejaVu Sans nor reportlab's Vera)")
    return "Bitstream Vera (reportlab)", vera


@cache
def register_fonts() -> FontSet:
    """Register the family with reportlab once per process and return its names."""
    source, files = find_font_files()
    names = {
        "regular": FAMILY,
        "bold": f"{FAMILY}-Bold",
        "italic": f"{FAMILY}-Italic",
        "bolditalic": f"{FAMILY}-BoldItalic",
    }
    for style, name in names.items():
        # A missing italic falls back to the upright face rather than failing.
        path = files.get(style) or files["bold" if "bold" in style else "regular"]
        pdfmetrics.registerFont(TTFont(name, str(path)))
    addMapping(FAMILY, 0, 0, names["regular"])
    addMapping(FAMILY, 1, 0, names["bold"])
    addMapping(FAMILY, 0, 1, names["italic"])
    addMapping(FAMILY, 1, 1, names["bolditalic"])
    pdfmetrics.registerFontFamily(
        FAMILY,
        normal=names["regular"],
        bold=names["bold"],
        italic=names["italic"],
        boldItalic=names["bolditalic"],
    )
    return FontSet(
        regular=names["regular"],
        bold=names["bold"],
        italic=names["italic"],
        bold_italic=names["bolditalic"],
        family=FAMILY,
        source=source,
        files=tuple(dict.fromkeys(files.values())),
    )
