"""``boligreg central init|add-user``: set up the central PostgreSQL database."""

from __future__ import annotations

import argparse

from ..i18n import translate
from ..services.central import DEFAULT_PREFIX, add_login, init_central
from ._util import central_url


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "central",
        help="set up the central PostgreSQL database (schema, roles, row-level security)",
        description=translate(
            "Cli",
            "Opprett eller oppgrader sentraldatabasen: skjema, roller og "
            "radnivåsikkerhet. Kjøres som PostgreSQL-superbruker."),
    )
    csub = p.add_subparsers(dest="central_command", metavar="ACTION", required=True)
    init = csub.add_parser(
        "init",
        help="create or upgrade schema, roles, policies and change feed",
        description=translate(
            "Cli",
            "Oppretter eller oppgraderer skjemaet (samme migreringer som lokalt), "
            "rollene (én per bydel, revisor, admin, eier) og radnivåsikkerheten."),
    )
    init.add_argument("--url", required=True,
                      help="postgresql+psycopg://superuser@host/db")
    init.add_argument("--prefix", default=None,
                      help="prefix of the role names (a new central: default "
                      f"{DEFAULT_PREFIX}; an existing one keeps its own)")
    init.set_defaults(func=cmd_init)
    add = csub.add_parser(
        "add-user",
        help="create a person's login role in a bydel, auditor or admin group",
        description=translate(
            "Cli",
            "Oppretter en innloggingsrolle for en person og gir den en grupperolle."),
    )
    add.add_argument("--url", required=True,
                     help="postgresql+psycopg://superuser@host/db")
    add.add_argument("--name", required=True, help="login name, e.g. kari.nordmann")
    add.add_argument("--role", required=True,
                     help="admin, auditor, or a bydel number 01-15 / code 0301NN")
    add.add_argument("--password", help="password (omit with peer/cert authentication)")
    add.add_argument("--prefix", default=None,
                     help="prefix of the role names (default: the central's own)")
    add.add_argument("--existing", action="store_true",
                     help="the login role exists already in PostgreSQL and is to be used")
    add.add_argument("--also", action="store_true",
                     help="give a login that has a boligreg role one more")
    add.set_defaults(func=cmd_add_user)


def cmd_init(args: argparse.Namespace) -> int:
    r = init_central(central_url(args.url), prefix=args.prefix)
    print(translate("Cli", "Sentraldatabasen er på skjema {revision} (id {id}).").format(
        revision=r.revision, id=r.central_id))
    if r.seeded:
        print(translate("Cli", "Bydeler og folketall er lagt inn."))
    if r.created_roles:
        print(translate("Cli", "Nye roller: {roles}").format(roles=", ".join(r.created_roles)))
    print(translate("Cli", "Roller: {admin}, {auditor}, {n} bydelsroller ({prefix}bydel_01 … "
                           "_15); eier {owner} (logger aldri inn).").format(
        admin=r.roles.admin, auditor=r.roles.auditor, n=len(r.roles.districts),
        prefix=r.roles.prefix, owner=r.roles.owner))
    return 0


def cmd_add_user(args: argparse.Namespace) -> int:
    group = add_login(central_url(args.url), args.name, args.role, prefix=args.prefix,
                      password=args.password, existing=args.existing, also=args.also)
    print(translate("Cli", "{name} kan logge inn og har rollen {role}.").format(
        name=args.name, role=group))
    return 0
