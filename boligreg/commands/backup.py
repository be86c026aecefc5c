"""``boligreg backup``, ``backups``, ``restore`` and ``encrypt``."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..i18n import translate
from ..services import backup as svc
from ._util import db_path


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "backup", parents=[common], help="back up a database (safe while the app has it open)",
        description=translate(
            "Cli",
            "Ta sikkerhetskopi med SQLites backup-API (fungerer mens appen er åpen)."),
    )
    p.add_argument("--to", metavar="FILE", help="write the copy here (default: backup folder)")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser(
        "backups", parents=[common], help="list a database's backups with record counts",
        description=translate(
            "Cli",
            "Vis sikkerhetskopiene med tidspunkt og antall poster."),
    )
    p.set_defaults(func=cmd_list)
    p = sub.add_parser(
        "restore", parents=[common], help="restore a database from a backup",
        description=translate(
            "Cli",
            "Gjenopprett fra sikkerhetskopi. Gjeldende fil tas vare på som en kopi."),
    )
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--from", dest="source", metavar="FILE", help="the backup file to restore")
    g.add_argument("--latest", action="store_true", help="the newest backup that passes checks")
    p.set_defaults(func=cmd_restore)
    p = sub.add_parser(
        "encrypt", parents=[common], help="encrypt a plain database (SQLCipher; key in keyring)",
        description=translate(
            "Cli",
            "Krypter en ukryptert database. Nøkkelen lagres i nøkkelringen."),
    )
    p.set_defaults(func=cmd_encrypt)


def cmd_backup(args: argparse.Namespace) -> int:
    out = svc.backup_now(db_path(args), Path(args.to) if args.to else None)
    print(translate("Cli", "Sikkerhetskopi: {path}").format(path=out))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    rows = svc.list_backups(db_path(args))
    if not rows:
        print(translate("Cli", "Ingen sikkerhetskopier."))
        return 0
    heads = [translate("Cli", "Tidspunkt (UTC)"), translate("Cli", "Årsak"),
             translate("Cli", "Boliger"), translate("Cli", "Eiend."), translate("Cli", "Avtaler"),
             translate("Cli", "Status"), translate("Cli", "Fil")]
    print(f"{heads[0]:<20} {heads[1]:<20} {heads[2]:>8} {heads[3]:>7} {heads[4]:>8} "
          f"{heads[5]:<8} {heads[6]}")
    ok, damaged = translate("Cli", "ok"), translate("Cli", "SKADET")
    for b in rows:
        c = b.counts
        print(
            f"{b.taken_at:%Y-%m-%d %H:%M:%S}  {b.reason:<20} {c.get('dwelling', 0):>8} "
            f"{c.get('property', 0):>7} {c.get('agreement', 0):>8} "
            f"{ok if b.ok else damaged:<8} {b.path}"
        )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    used = svc.restore_backup(db_path(args), None if args.latest else Path(args.source))
    print(translate("Cli", "Gjenopprettet {path} fra {backup}").format(path=db_path(args),
                                                                      backup=used))
    return 0


def cmd_encrypt(args: argparse.Namespace) -> int:
    key = svc.encrypt_database(db_path(args))
    if svc.key_is_from_environment(key):
        print(translate("Cli", "Kryptert {path} med nøkkelen i BOLIGREG_DB_KEY; den er ikke "
                               "lagret noe sted, så ta vare på den.").format(path=db_path(args)))
    else:
        print(translate("Cli", "Kryptert {path}; nøkkelen ligger i operativsystemets "
                               "nøkkelring.").format(path=db_path(args)))
    return 0
