"""Every file boligreg writes, replaces or removes goes through here (no Qt).

An output path is the one place a typo destroys a register: ``--out boligreg.db`` used to
overwrite the open database. So every target is checked before anything is written:

- never a database (SQLite, WAL or journal header; a database file name, which also covers
  encrypted files that have no readable header), never a backup (anything under the backup
  folder), never the input file or the open database, however it is reached (symlink, hard
  link, ``..``);
- only regular files: a device node, FIFO, socket or folder is refused before it is opened,
  so nothing hangs on a FIFO and nothing ever unlinks ``/dev/null``;
- an existing file is replaced only when the caller says so (``--overwrite``; the window's
  save dialogs ask first);
- written to a temporary file in the same folder, fsynced, then renamed into place, so a full
  disk, a crash or a cancel never leaves a half (or 0-byte) file under the real name.

Inputs get the same care: ``check_input`` refuses a missing file, a folder and every
non-regular file before anything opens it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from .errors import BoligregError
from .paths import data_dir

T = TypeVar("T")
PathLike = str | os.PathLike[str]

SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_MAGICS = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
JOURNAL_MAGIC = b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"
# Names a database (or one of its side files) goes by; an encrypted database has no header
# to recognise, so its name is what protects it.
DATABASE_SUFFIXES = (".db", ".sqlite", ".sqlite3", ".db3", ".bak.db", ".skadet")
SIDE_FILE_SUFFIXES = ("-wal", "-shm", "-journal", ".partial", ".restoring", ".encrypting")


class UnsafePathError(BoligregError):
    """A path boligreg will not write to or read from; nothing was touched."""

    exit_code = 2


def _kind(mode: int) -> tuple[str, str] | None:
    """(nb, en) for a file type that is not a regular file."""
    if stat.S_ISDIR(mode):
        return "en mappe", "a folder"
    if stat.S_ISFIFO(mode):
        return "en navngitt rørledning (FIFO)", "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "en socket", "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "en enhetsfil", "a device file"
    if not stat.S_ISREG(mode):
        return "ikke en vanlig fil", "not a regular file"
    return None


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()  # follows symlinks: what a write would reach
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno in (errno.ENOTDIR, errno.ENAMETOOLONG, errno.ELOOP):
            raise UnsafePathError(
                f"«{path}» er ikke en gyldig filsti ({exc.strerror}).",
                f"'{path}' is not a valid path ({exc.strerror}).",
            ) from None
        raise


def refuse_non_regular(path: PathLike, *, what: str = "Filen", what_en: str = "The file"
                       ) -> os.stat_result | None:
    """The stat of ``path`` if it is a regular file, None if it does not exist; anything else
    (folder, FIFO, device, socket, or a symlink to one) raises UnsafePathError."""
    p = Path(path)
    st = _stat(p)
    if st is None:
        if p.is_symlink():
            raise UnsafePathError(
                f"{what} «{p}» er en symbolsk lenke som peker til ingenting.",
                f"{what_en} '{p}' is a symbolic link to nothing.",
            )
        return None
    kind = _kind(st.st_mode)
    if kind is not None:
        raise UnsafePathError(
            f"{what} «{p}» er {kind[0]}, ikke en vanlig fil. Ingenting er endret.",
            f"{what_en} '{p}' is {kind[1]}, not a regular file. Nothing was changed.",
        )
    return st


def check_input(path: PathLike, *, what: str = "Filen", what_en: str = "The file") -> Path:
    """An existing regular file to read; checked before anything opens it (a FIFO would
    block the open forever)."""
    p = Path(path).expanduser()
    if refuse_non_regular(p, what=what, what_en=what_en) is None:
        raise UnsafePathError(f"{what} «{p}» finnes ikke.", f"{what_en} '{p}' does not exist.")
    return p


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _backup_root() -> Path | None:
    try:
        return (data_dir() / "backups").resolve()
    except OSError:
        return None


def _looks_like_database(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        head = os.read(fd, 16)
    except OSError:
        return False
    finally:
        os.close(fd)
    return head.startswith(SQLITE_MAGIC) or head[:4] in WAL_MAGICS or head[:8] == JOURNAL_MAGIC


def _refuse(path: Path, nb: str, en: str) -> UnsafePathError:
    return UnsafePathError(f"Skriver ikke til «{path}»: {nb} Ingenting er endret.",
                           f"Will not write to '{path}': {en} Nothing was changed.")


def check_output(path: PathLike, *, overwrite: bool = False,
                 protect: Iterable[PathLike | None] = ()) -> Path:
    """Check ``path`` as a target for a new file; returns the real path to write (a symlink
    is followed, so its target is the one checked and replaced).

    ``protect``: the open database, the input file, … — never written to, nor their side
    files. Raises UnsafePathError (exit code 2) with the reason.
    """
    raw = os.fspath(path)
    if not raw or not raw.strip():
        raise UnsafePathError("Filnavnet er tomt.", "The file name is empty.")
    if raw.endswith(("/", os.sep)):
        raise _refuse(Path(raw), "det er en mappe, ikke et filnavn.",
                      "it is a folder, not a file name.")
    p = Path(raw).expanduser()
    st = _stat(p)
    if st is None and p.is_symlink():
        raise _refuse(p, "det er en symbolsk lenke som peker til ingenting.",
                      "it is a symbolic link to nothing.")
    real = p.resolve()  # symlinks and .. gone: the file a rename would replace
    if st is not None:
        kind = _kind(st.st_mode)
        if kind is not None:
            raise _refuse(p, f"det er {kind[0]}, ikke en vanlig fil.",
                          f"it is {kind[1]}, not a regular file.")
    name = real.name.lower()
    for protected in protect:
        if protected is None:
            continue
        prot = Path(protected).expanduser()
        prot_real = prot.resolve()
        same = real == prot_real or (st is not None and _identity(prot) == (st.st_dev, st.st_ino))
        if same:
            raise _refuse(p, "det er filen som leses eller den åpne databasen.",
                          "it is the file being read or the open database.")
        if real.parent == prot_real.parent and any(
                name == prot_real.name.lower() + s for s in SIDE_FILE_SUFFIXES):
            raise _refuse(p, "det er en hjelpefil til databasen.",
                          "it is one of the database's own files.")
    root = _backup_root()
    if root is not None and real.is_relative_to(root):
        raise _refuse(p, "mappen er boligregs mappe for sikkerhetskopier.",
                      "the folder is boligreg's backup folder.")
    if name.endswith(SIDE_FILE_SUFFIXES):
        raise _refuse(p, "navnet er en databases hjelpefil (-wal, -shm, -journal …).",
                      "the name is a database side file (-wal, -shm, -journal …).")
    if st is not None:
        if _looks_like_database(real):
            raise _refuse(p, "filen er en database (SQLite). Velg et annet filnavn.",
                          "the file is a database (SQLite). Choose another file name.")
        if name.endswith(DATABASE_SUFFIXES):
            raise _refuse(p, "filnavnet er en databases (den kan være kryptert). Velg et annet "
                          "filnavn.", "the name is a database's (it may be encrypted). "
                          "Choose another file name.")
        if not overwrite:
            raise UnsafePathError(
                f"«{p}» finnes allerede. Velg et annet filnavn, eller bruk --overwrite for å "
                "erstatte den. Ingenting er endret.",
                f"'{p}' already exists. Choose another file name, or use --overwrite to "
                "replace it. Nothing was changed.",
            )
    check_folder(real.parent)
    return real


def check_folder(folder: PathLike, *, create: bool = False) -> Path:
    """A folder files may be written into: exists (or is made, ``create``), is a folder,
    and is writable."""
    d = Path(folder).expanduser()
    st = _stat(d)
    if st is None and create:
        try:
            d.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise write_error(d, exc) from None
        st = _stat(d)
    if st is None:
        raise UnsafePathError(f"Mappen «{d}» finnes ikke. Ingenting er skrevet.",
                              f"The folder '{d}' does not exist. Nothing was written.")
    if not stat.S_ISDIR(st.st_mode):
        raise UnsafePathError(f"«{d}» er ikke en mappe. Ingenting er skrevet.",
                              f"'{d}' is not a folder. Nothing was written.")
    if not os.access(d, os.W_OK | os.X_OK):
        raise UnsafePathError(
            f"Har ikke skrivetilgang til mappen «{d}». Ingenting er skrevet.",
            f"No permission to write in the folder '{d}'. Nothing was written.",
        )
    return d


def write_error(path: Path, exc: OSError) -> UnsafePathError:
    """A person's message for an OSError met while writing ``path``."""
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1), errno.EFBIG):
        nb, en = "disken er full (eller filen for stor)", "the disk is full (or the file too big)"
    elif code in (errno.EACCES, errno.EPERM):
        nb, en = "mangler skrivetilgang", "no permission to write"
    elif code == errno.EROFS:
        nb, en = "disken er skrivebeskyttet", "the disk is read-only"
    elif code == errno.ENAMETOOLONG:
        nb, en = "filnavnet er for langt", "the file name is too long"
    else:
        nb = en = exc.strerror or str(exc)
    return UnsafePathError(
        f"Kunne ikke skrive «{path}»: {nb}. Ingen halvferdig fil er lagt igjen.",
        f"Could not write '{path}': {en}. No partial file was left behind.",
    )


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_name(target: Path) -> Path:
    """A fresh hidden name beside ``target`` that keeps its suffix (writers pick the format
    by it)."""
    return target.with_name(f".{target.stem}.{secrets.token_hex(4)}.part{target.suffix}")


@contextlib.contextmanager
def atomic_output(path: PathLike, *, overwrite: bool = False,
                  protect: Iterable[PathLike | None] = ()) -> Iterator[Path]:
    """Yield a temporary path to write instead of ``path``; when the block succeeds it is
    fsynced and renamed over ``path``, otherwise removed. The target is checked first
    (``check_output``) and once more just before the rename."""
    protect = list(protect)
    target = check_output(path, overwrite=overwrite, protect=protect)
    tmp = temp_name(target)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise write_error(target, exc) from None
    os.close(fd)
    try:
        try:
            yield tmp
            _fsync(tmp)
            check_output(path, overwrite=overwrite, protect=protect)  # still safe to replace?
            if overwrite:
                os.replace(tmp, target)
            else:
                _link_new(tmp, target)
        except OSError as exc:
            raise write_error(target, exc) from exc
        _fsync_dir(target.parent)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _link_new(tmp: Path, target: Path) -> None:
    """Put ``tmp`` at ``target`` only if nothing is there (a hard link cannot replace)."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise UnsafePathError(
            f"«{target}» ble opprettet av et annet program mens filen ble skrevet; den er ikke "
            "erstattet.",
            f"'{target}' was created by another program while the file was written; it was "
            "not replaced.",
        ) from None
    except OSError:  # a file system without hard links (FAT, some shares)
        if target.exists():
            raise
        os.replace(tmp, target)


def write_output(path: PathLike, writer: Callable[[Path], T], *, overwrite: bool = False,
                 protect: Iterable[PathLike | None] = ()) -> T:
    """``writer(temporary path)``, then the temporary file takes ``path``'s place."""
    with atomic_output(path, overwrite=overwrite, protect=protect) as tmp:
        return writer(tmp)


def remove_file(path: PathLike) -> bool:
    """Remove ``path`` only if it is a regular file (or a symlink, which is removed itself);
    a device, FIFO, socket or folder is never removed. Returns whether something was
    removed."""
    p = Path(path)
    try:
        st = p.lstat()
    except OSError:
        return False
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISLNK(st.st_mode)):
        return False
    with contextlib.suppress(FileNotFoundError):
        p.unlink()
    return True


def file_identity(path: PathLike) -> tuple[int, int] | None:
    """(device, inode) of a regular file, None if missing or not regular (never followed)."""
    try:
        st = Path(path).lstat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


def remove_created(path: PathLike, identity: tuple[int, int] | None) -> None:
    """Remove a file this program created (and its -wal/-shm), but only if ``path`` is still
    that very file: never a device, FIFO or a file someone put there since."""
    p = Path(path)
    if identity is None or file_identity(p) != identity:
        return
    remove_file(p)
    for suffix in ("-wal", "-shm", "-journal"):
        remove_file(f"{p}{suffix}")


__all__ = [
    "UnsafePathError",
    "atomic_output",
    "check_folder",
    "check_input",
    "check_output",
    "file_identity",
    "refuse_non_regular",
    "remove_created",
    "remove_file",
    "write_error",
    "write_output",
]
