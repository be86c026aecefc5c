"""Keep boligreg's translation catalogues in step with the source.

    python tools/i18n.py update        # lupdate over boligreg/, then nb = source, .qm rebuilt
    python tools/i18n.py merge OTHER   # take OTHER's finished translations (a git conflict)
    python tools/i18n.py todo          # the English entries still unfinished, one per line

``update`` runs ``pyside6-lupdate`` (Qt's own extractor: it reads ``self.tr``,
``translate("ctx", …)`` and ``QT_TRANSLATE_NOOP("ctx", …)``) without source locations, so
the catalogues change only when a text does and two branches rarely touch the same lines.
Bokmål is the source language: every nb entry is finished with its source text. English
translations are written into ``resources/i18n/boligreg_en.ts`` by hand (or any .ts editor,
e.g. Qt Linguist), then ``update`` compiles ``boligreg_en.qm`` for the window.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGS = ("nb", "en")


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "boligreg").rglob("*.py"))


def run_lupdate(target: Path) -> None:
    subprocess.run([_tool("pyside6-lupdate"), *sources(), "-locations", "none", "-no-obsolete",
                    "-source-language", "nb_NO", "-target-language",
                    "nb_NO" if target.stem.endswith("_nb") else "en_GB", "-ts", str(target)],
                   check=True, cwd=ROOT, capture_output=True, timeout=300)


def _messages(root: ET.Element):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def fill_source_language(path: Path) -> None:
    """Every bokmål entry is finished and says its own source text."""
    tree = ET.parse(path)
    for _name, message in _messages(tree.getroot()):
        node = message.find("translation")
        if node is None:
            node = ET.SubElement(message, "translation")
        node.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(node):
                node.remove(form)
            for _ in range(2):
                ET.SubElement(node, "numerusform").text = message.findtext("source")
            node.text = None
        else:
            node.text = message.findtext("source")
    write(tree, path)


def write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def compile_qm(language: str) -> None:
    ts = I18N / f"boligreg_{language}.ts"
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True, capture_output=True, timeout=120)


def update() -> None:
    for lang in LANGS:
        run_lupdate(I18N / f"boligreg_{lang}.ts")
    fill_source_language(I18N / "boligreg_nb.ts")
    # Rewrite en through the same writer so its layout does not flip between tools.
    write(ET.parse(I18N / "boligreg_en.ts"), I18N / "boligreg_en.ts")
    compile_qm("en")  # bokmål is the source language: the window needs no .qm for it


def merge(other: Path, language: str = "en") -> int:
    """Fill unfinished entries of our catalogue from ``other``'s finished ones."""
    path = I18N / f"boligreg_{language}.ts"
    theirs = {(n, m.findtext("source")): m.find("translation")
              for n, m in _messages(ET.parse(other).getroot())}
    tree = ET.parse(path)
    taken = 0
    for name, message in _messages(tree.getroot()):
        node = message.find("translation")
        if node is not None and node.get("type") != "unfinished" and (node.text or len(node)):
            continue
        source = theirs.get((name, message.findtext("source")))
        if source is None or source.get("type") == "unfinished":
            continue
        message.remove(node) if node is not None else None
        message.append(source)
        taken += 1
    write(tree, path)
    return taken


def todo(language: str = "en") -> list[tuple[str, str]]:
    out = []
    for name, message in _messages(ET.parse(I18N / f"boligreg_{language}.ts").getroot()):
        node = message.find("translation")
        if node is None or node.get("type") == "unfinished" or not (node.text or len(node)):
            out.append((name, message.findtext("source") or ""))
    return out


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "merge", "todo"):
        print(__doc__)
        return 2
    if argv[0] == "update":
        update()
        print(f"{len(todo())} English entries unfinished")
    elif argv[0] == "merge":
        print(f"took {merge(Path(argv[1]))} translations")
        update()
    else:
        for name, source in todo():
            print(f"{name}\t{source}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
