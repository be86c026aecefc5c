"""``boligreg backup``, ``backups``, ``restore`` and ``encrypt``."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..services import backup as svc
from ._util import db_path


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "backup", parents=[common], help="back up a database (safe while the app has it open)",
        description="Ta sikkerhetskopi med SQLites backup-API (fungerer mens appen er åpen).",
    )
    p.add_argument("--to", metavar="FILE", help="write the copy here (default: backup folder)")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser(
        "backups", parents=[common], help="list a database's backups with record counts",
        description="Vis sikkerhetskopiene med tidspunkt og antall poster.",
    )
    p.set_defaults(func=cmd_list)
    p = sub.add_parser(
        "restore", parents=[common], help="restore a database from a backup",
        description="Gjenopprett fra sikkerhetskopi. Gjeldende fil tas vare på som en kopi.",
    )
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--from", dest="source", metavar="FILE", help="the backup file to restore")
    g.add_argument("--latest", action="store_true", help="the newest backup that passes checks")
    p.set_defaults(func=cmd_restore)
    p = sub.add_parser(
        "encrypt", parents=[common], help="encrypt a plain database (SQLCipher; key in keyring)",
        description="Krypter en ukryptert database. Nøkkelen lagres i nøkkelringen.",
    )
    p.set_defaults(func=cmd_encrypt)


def cmd_backup(args: argparse.Namespace) -> int:
    out = svc.backup_now(db_path(args), Path(args.to) if args.to else None)
    print(f"Sikkerhetskopi: {out}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    rows = svc.list_backups(db_path(args))
    if not rows:
        print("Ingen sikkerhetskopier.")
        return 0
    print(f"{'Tidspunkt (UTC)':<20} {'Årsak':<20} {'Boliger':>8} {'Eiend.':>7} {'Avtaler':>8} "
          f"{'Status':<8} Fil")
    for b in rows:
        c = b.counts
        print(
            f"{b.taken_at:%Y-%m-%d %H:%M:%S}  {b.reason:<20} {c.get('dwelling', 0):>8} "
            f"{c.get('property', 0):>7} {c.get('agreement', 0):>8} "
            f"{'ok' if b.ok else 'SKADET':<8} {b.path}"
        )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    used = svc.restore_backup(db_path(args), None if args.latest else Path(args.source))
    print(f"Gjenopprettet {db_path(args)} fra {used}")
    return 0


def cmd_encrypt(args: argparse.Namespace) -> int:
    key = svc.encrypt_database(db_path(args))
    if svc.key_is_from_environment(key):
        print(f"Kryptert {db_path(args)} med nøkkelen i BOLIGREG_DB_KEY; den er ikke lagret "
              "noe sted, så ta vare på den.")
    else:
        print(f"Kryptert {db_path(args)}; nøkkelen ligger i operativsystemets nøkkelring.")
    return 0
