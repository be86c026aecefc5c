"""No function in boligreg/ runs past 80 lines unless its docstring says why ("Long because
…", issue 16 item 6): a long function is split where that reads better, or explains itself."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "boligreg"
LIMIT = 80


def long_functions(root: Path = PACKAGE, limit: int = LIMIT) -> dict[str, tuple[int, str]]:
    """``"rel/path.py:Class.name"`` → (lines, docstring) of every function over ``limit``
    lines (decorators not counted, docstring and comments counted)."""
    found: dict[str, tuple[int, str]] = {}
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()

        def visit(node: ast.AST, prefix: str, rel: str = rel) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                    name = prefix + child.name
                    lines = (child.end_lineno or child.lineno) - child.lineno + 1
                    if lines > limit:
                        found[f"{rel}:{name}"] = (lines, ast.get_docstring(child) or "")
                    visit(child, name + ".")
                elif isinstance(child, ast.ClassDef):
                    visit(child, prefix + child.name + ".")

        visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


def test_long_functions_say_why() -> None:
    unexplained = sorted(f"{name} ({lines} lines)"
                         for name, (lines, doc) in long_functions().items()
                         if "long because" not in doc.lower())
    assert unexplained == []


def test_finder_counts_methods_and_nested_functions(tmp_path: Path) -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(85))
    (tmp_path / "m.py").write_text(
        f"class C:\n  def f(self):\n{body}\n\ndef g():\n    '''Long because: a test.'''\n"
        f"{body}\n\ndef h():\n    pass\n", encoding="utf-8")
    found = long_functions(tmp_path)
    assert sorted(found) == ["m.py:C.f", "m.py:g"]
    assert "Long because" in found["m.py:g"][1]
