"""Check, before Qt is imported, that the OS libraries Qt needs are present (Linux).

``python -m boligreg.oscheck [--window]`` prints the missing apt packages and exits 1, so
``make run``/``make test`` say what to install instead of failing with a Qt traceback.
"""

from __future__ import annotations

import ctypes.util
import os
import sys

# library soname stem -> Debian/Ubuntu package (DESIGN.md, platform notes)
OFFSCREEN = {
    "EGL": "libegl1",
    "GL": "libgl1",
    "xkbcommon": "libxkbcommon0",
    "fontconfig": "libfontconfig1",
    "freetype": "libfreetype6",
    "dbus-1": "libdbus-1-3",
    "glib-2.0": "libglib2.0-0",
}
WINDOW = {
    "X11-xcb": "libx11-xcb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-randr": "libxcb-randr0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xfixes": "libxcb-xfixes0",
    "xcb-xkb": "libxcb-xkb1",
}


def _fonts_present() -> bool:
    return any(
        os.path.isdir(d) and any(os.scandir(d))
        for d in ("/usr/share/fonts", "/usr/local/share/fonts", os.path.expanduser("~/.fonts"))
    )


def missing_packages(window: bool) -> list[str]:
    """apt packages whose libraries are missing; empty off Linux."""
    if not sys.platform.startswith("linux"):
        return []
    libs = dict(OFFSCREEN)
    if window:
        libs.update(WINDOW)
    missing = [pkg for lib, pkg in libs.items() if ctypes.util.find_library(lib) is None]
    if not _fonts_present():
        missing.append("fonts-dejavu-core")
    return missing


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    window = "--window" in args and os.environ.get("QT_QPA_PLATFORM", "") != "offscreen"
    missing = missing_packages(window)
    if not missing:
        return 0
    print(
        "boligreg: Qt mangler systembiblioteker / Qt needs OS libraries:\n"
        f"    sudo apt-get install -y {' '.join(missing)}",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
