"""Helpers for the window's tests (imported by name: tests/ui is on the path)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import pytest


def patch_message(monkeypatch: pytest.MonkeyPatch, name: str, replacement: Callable[..., Any]
                  ) -> None:
    """Replace ``boligreg.ui.messages.<name>`` (``confirm``, ``show_error`` …) and every
    window module's own reference to it: modules import these helpers at the top, so
    patching the messages module alone would leave a real, modal dialog in their way."""
    from boligreg.ui import messages

    original = getattr(messages, name)
    monkeypatch.setattr(messages, name, replacement)
    for mod_name, module in list(sys.modules.items()):
        if mod_name.startswith("boligreg.ui.") and getattr(module, name, None) is original:
            monkeypatch.setattr(module, name, replacement)
