"""Layers point one way: nothing outside boligreg/ui imports Qt."""

from __future__ import annotations

import ast
import os
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

    # Whole words: sa.text( and select( are SQL; names ending in _text( are not.
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


# --- the import graph (AST: what the modules import at their top level) ----------------------

# Imports inside functions are allowed in the entry points, which load what a command or the
# window start needs when it needs it (``boligreg --help`` ≈ 0.1 s against ≈ 2–3 s for the
# services, measured with ``python -X importtime``), and for these targets, each measured with
# the window already loaded; every other import sits at the top of its module.
LAZY_ENTRY_POINTS = ("cli.py", "app.py", "commands/", "ui/screenshot.py")
LAZY_TARGETS = {
    "reportlab": "≈ 0.3–0.8 s; PDFs and maps, not at window start",
    "openpyxl": "≈ 0.3–1.1 s; only when an xlsx is read or written",
    "pypdfium2": "≈ 70 ms; previews only, and it may be missing",
    "sqlcipher3": "≈ 45 ms; encrypted files only",
    "keyring": "≈ 75 ms; only when a key is stored or read",
    "xlsxwriter": "≈ 65 ms; only when an xlsx is written",
    "scipy": "optional: the column matcher has its own fallback when it is missing",
    "boligreg.services.history": "pandas ≈ 0.35 s; the window and stats load at start, the "
                                 "register's history only when a past day is asked for",
    "boligreg.models.migrate": "Alembic ≈ 0.6 s; only when migrating",
    "boligreg.reports": "reportlab (and openpyxl) behind every report",
    "boligreg.services.sync": "the sync engine ≈ 0.2–0.35 s, not at window start",
    "boligreg.services.central": "the sync engine, as above",
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _targets(node: ast.AST, module: str, path: Path, known: set[str]) -> list[str]:
    """Absolute names an import statement loads (a ``from pkg import sub`` names pkg.sub)."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    if node.level == 0:
        base = node.module or ""
    else:
        parts = module.split(".")
        if path.name != "__init__.py":
            parts = parts[:-1]
        parts = parts[: len(parts) - (node.level - 1)]
        base = ".".join(parts + ([node.module] if node.module else []))
    return [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]


def _is_type_checking(node: ast.stmt) -> bool:
    test = getattr(node, "test", None)
    return isinstance(node, ast.If) and (
        (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
        or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"))


def _import_graph() -> tuple[dict[str, set[str]], list[tuple[str, int, str]]]:
    """(module → boligreg modules its top level imports, [imports inside functions])."""
    paths = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    known = set(paths)
    graph: dict[str, set[str]] = {}
    inner: list[tuple[str, int, str]] = []
    for module, path in paths.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        edges: set[str] = set()
        for stmt in tree.body:
            if _is_type_checking(stmt) or isinstance(stmt, ast.FunctionDef | ast.ClassDef):
                continue
            for node in ast.walk(stmt):
                for name in _targets(node, module, path, known):
                    # importing a.b.c runs a and a.b first, unless they are our own parents
                    bits = name.split(".")
                    for i in range(1, len(bits) + 1):
                        dep = ".".join(bits[:i])
                        if dep in known and dep != module and not module.startswith(dep + "."):
                            edges.add(dep)
        graph[module] = edges
        for fn in ast.walk(tree):
            if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                for stmt in fn.body:
                    for node in ast.walk(stmt):
                        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                            continue
                        for name in _targets(node, module, path, known):
                            inner.append((str(path.relative_to(PACKAGE)), node.lineno, name))
    return graph, sorted(set(inner))


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            v, children = work[-1]
            for w in children:
                if w not in index:
                    index[w] = low[w] = len(index)
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(sorted(graph.get(w, ())))))
                    break
                if w in on_stack:
                    low[v] = min(low[v], index[w])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[v])
                if low[v] == index[v]:
                    component = []
                    while True:
                        w = stack.pop()
                        on_stack.discard(w)
                        component.append(w)
                        if w == v:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
    return found


def test_cycle_finder_finds_a_loop() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles_among_boligreg_modules() -> None:
    """No loop among top-level imports (an import inside a function hides one; those are
    held to the measured list below)."""
    graph, _inner = _import_graph()
    assert "boligreg.ui.main_window" in graph["boligreg.ui.sync_ui"] or \
        "boligreg.ui.sync_ui" in graph["boligreg.ui.main_window"]  # the graph sees edges
    assert _cycles(graph) == []


def test_widgets_never_import_sections() -> None:
    """Widgets are the parts sections are built from: ui/widgets never imports ui/sections
    (at the top or inside a function)."""
    graph, inner = _import_graph()
    up = [(m, d) for m, deps in graph.items() if m.startswith("boligreg.ui.widgets")
          for d in deps if d.startswith("boligreg.ui.sections")]
    up += [(f, n) for f, _line, n in inner
           if f.startswith("ui/widgets/") and n.startswith("boligreg.ui.sections")]
    assert up == []


def test_imports_inside_functions_are_the_measured_ones() -> None:
    _graph, inner = _import_graph()

    def lazy_ok(name: str) -> bool:
        return any(name == t or name.startswith(t + ".") for t in LAZY_TARGETS)

    hidden = [f"{f}:{line} {name}" for f, line, name in inner
              if not f.startswith(LAZY_ENTRY_POINTS) and not lazy_ok(name)]
    assert hidden == []


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


def test_no_database_calls_in_ui() -> None:
    """Call-based, not a text search: no module of the window opens a connection or a
    session (``….engine.connect()``, ``db.session()``) or executes a statement (``.execute``,
    ``.scalar(s)``, ``.query``); it asks the services (``services.register.read``/``write``)."""
    calls = {"execute", "scalar", "scalars", "query", "exec_driver_sql"}
    offenders = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            f = node.func
            owner = f.value.attr if isinstance(f.value, ast.Attribute) else \
                f.value.id if isinstance(f.value, ast.Name) else ""
            if f.attr in calls or (f.attr == "connect" and owner == "engine") or (
                    f.attr in ("session", "session_factory") and owner in ("db", "live_db")):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: .{f.attr}()")
    assert offenders == []


def test_ui_never_imports_models_or_sqlalchemy() -> None:
    """Import-based: no module of the window imports ``sqlalchemy`` or ``boligreg.models``
    (absolute or relative, at the top, inside a function, or under ``TYPE_CHECKING`` — type
    names too come from services: ``services.collection.Register``, ``services.enums``)."""
    known = {_module_name(p) for p in PACKAGE.rglob("*.py")}
    offenders = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        module = _module_name(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            for name in _targets(node, module, path, known):
                if name.split(".")[0] == "sqlalchemy" or name == "boligreg.models" \
                        or name.startswith("boligreg.models."):
                    offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {name}")
    assert offenders == []


def test_models_check_sees_relative_imports() -> None:
    """The check above resolves ``from ...models.enums import X`` inside a function."""
    known = {"boligreg.models", "boligreg.models.enums", "boligreg.ui.widgets.form"}
    tree = ast.parse("def f():\n    from ...models.enums import Tenure\n")
    path = PACKAGE / "ui" / "widgets" / "form.py"
    names = [n for node in ast.walk(tree)
             for n in _targets(node, "boligreg.ui.widgets.form", path, known)]
    assert names == ["boligreg.models.enums"]


def test_ui_holds_a_register_not_a_database() -> None:
    """The window asks its Register (``ctx.register``/``ctx.live_register``) for everything:
    outside ui/context.py no window code reaches for the Database under it (``ctx.db``,
    ``ctx.live_db``, ``register.db``) or for an ORM class (``model_for``)."""
    offenders = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        if path.name == "context.py" and path.parent.name == "ui":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute):
                owner = node.value.attr if isinstance(node.value, ast.Attribute) else \
                    node.value.id if isinstance(node.value, ast.Name) else ""
                if node.attr == "live_db" or (node.attr == "db" and owner in (
                        "ctx", "state", "register", "live_register")) \
                        or node.attr == "model_for":
                    offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: "
                                     f"{owner}.{node.attr}")
            elif isinstance(node, ast.Name) and node.id == "model_for":
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: model_for")
    assert offenders == []


def test_the_window_starts_without_pandas() -> None:
    """pandas costs ≈ 0.35 s to import: the window and every section load without it (the
    register's history, the importer's column work and the exports load it when used)."""
    import subprocess
    import sys

    code = ("import importlib, sys\n"
            "import boligreg.ui.main_window\n"
            "from boligreg.ui.sections import SECTIONS\n"
            "for s in SECTIONS: importlib.import_module('boligreg.ui.sections.' + "
            "s.split(':')[0])\n"
            "print(sorted(m for m in sys.modules if m == 'pandas'))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={**os.environ,
                                          "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "[]"
