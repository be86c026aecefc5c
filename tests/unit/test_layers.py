"""Layers point one way: nothing outside boligreg/ui imports Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "boligreg"
ALLOWED_QT = {"ui", "app.py", "__main__.py"}


def test_no_qt_outside_ui_by_source() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] in ALLOWED_QT:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in {"PySide6", "shiboken6"} for n in names):
                offenders.append(str(rel))
    assert offenders == []


def test_services_reports_cli_do_not_load_qt() -> None:
    modules = sorted(
        "boligreg." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for p in PACKAGE.rglob("*.py")
        if p.relative_to(PACKAGE).parts[0] not in ALLOWED_QT
        and "migrations" not in p.parts and p.name != "__init__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "import boligreg.cli; boligreg.cli.build_parser()\n"
        "print(sorted(k for k in sys.modules if k.startswith(('PySide6', 'shiboken'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_no_sql_in_ui() -> None:
    """Same textual check as the project's pre-stop hook, plus Core connections."""
    import re

    # Whole words: sa.text( and select( are SQL; formats.date_text( and figure_text( are not.
    bad = re.compile(r"(session\.(execute|query)|\bselect\(|\btext\(|conn\.execute)")
    offenders = [
        f"{p.relative_to(PACKAGE)}:{n}: {line.strip()}"
        for p in (PACKAGE / "ui").rglob("*.py")
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if bad.search(line)
    ]
    assert offenders == []


def test_ui_never_imports_sqlalchemy() -> None:
    """Import-based, not a text search: no module of the window imports SQLAlchemy, at the
    top or inside a function; it asks the services, which open their own connections."""
    offenders = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            if any(n == "sqlalchemy" or n.startswith("sqlalchemy.") for n in names):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


def test_sync_window_never_imports_models_or_sqlalchemy() -> None:
    """The Synkronisering section and the sync menu ask services.sync for everything: neither
    imports boligreg.models nor SQLAlchemy at run time (names for annotations under
    TYPE_CHECKING only)."""
    offenders = []
    for rel in ("ui/sections/sync_section.py", "ui/sync_ui.py"):
        tree = ast.parse((PACKAGE / rel).read_text(encoding="utf-8"))
        skip = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
                and "TYPE_CHECKING" in ast.unparse(node.test) for n in ast.walk(node)}
        for node in ast.walk(tree):
            if id(node) in skip:
                continue
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = "." * node.level + (node.module or "")
                names = [base, *(f"{base}.{a.name}" for a in node.names)]
            else:
                continue
            for n in names:
                parts = n.lstrip(".").split(".")
                if parts[0] == "sqlalchemy" or "models" in parts[:2] or n == "boligreg.models":
                    offenders.append(f"{rel}:{node.lineno}: {n}")
    assert offenders == []
