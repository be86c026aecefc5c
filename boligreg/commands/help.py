"""``boligreg help [SIDE] [--search ORD]``: the user guide in the terminal."""

from __future__ import annotations

import argparse

from ..i18n import translate
from ..services.help import help_page, help_pages, search_help


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "help",
        help="the user guide (the window's F1), page by page or searched",
        description=translate(
            "Cli",
            "Brukerveiledningen: uten argument en liste over sidene; med et sidenavn "
            "siden selv; med --search sidene som inneholder ordene."),
    )
    p.add_argument("page", nargs="?", help="page name, e.g. import or kom-i-gang")
    p.add_argument("--search", metavar="WORDS", help="words to look for in every page")
    p.set_defaults(func=cmd_help)


def cmd_help(args: argparse.Namespace) -> int:
    if args.search:
        hits = search_help(args.search)
        if not hits:
            print(translate("Cli", "Ingen hjelpeside inneholder «{text}».").format(
                text=args.search))
            return 1
        for hit in hits:
            print(f"{hit.page.slug:16} {hit.page.title}\n{'':16} {hit.snippet}")
        return 0
    if args.page:
        print(help_page(args.page).plain.strip())
        return 0
    for page in help_pages():
        print(f"{page.slug:16} {page.title}")
    print("\n" + translate("Cli", "boligreg help SIDE viser en side; boligreg help --search "
                                   "ORD søker."))
    return 0
