"""A PostgreSQL server that only asks for a password and refuses it, speaking the real wire
protocol (version 3) on 127.0.0.1.

Why: the test server trusts every login on 127.0.0.1 and the unix socket (pg_hba ``trust``),
so a wrong password cannot be provoked there — trust never asks for one. This stand-in
answers a StartupMessage exactly as a ``scram``/``md5``/``password`` server answers a wrong
password (after the password message: ``ErrorResponse`` S=FATAL, C=28P01, "password
authentication failed for user …"), so libpq and psycopg raise the very error an officer
with a wrong password gets. ``ask_only=True`` lets the client send no password at all
(libpq then says "fe_sendauth: no password supplied" itself).
"""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress

SSL_REQUEST = 80877103
GSSENC_REQUEST = 80877104


def _read(conn: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = conn.recv(n - len(data))
        if not chunk:
            raise ConnectionError("client went away")
        data += chunk
    return data


def _startup_user(body: bytes) -> str:
    parts = body[4:].split(b"\x00")
    pairs = dict(zip(parts[0::2], parts[1::2], strict=False))
    return pairs.get(b"user", b"").decode()


def _answer(conn: socket.socket, passwords: list[str]) -> None:
    with conn:
        while True:
            (length,) = struct.unpack("!I", _read(conn, 4))
            body = _read(conn, length - 4)
            (code,) = struct.unpack("!I", body[:4])
            if code in (SSL_REQUEST, GSSENC_REQUEST):
                conn.sendall(b"N")  # no TLS here; the client goes on in the clear
                continue
            break
        user = _startup_user(body)
        conn.sendall(b"R" + struct.pack("!II", 8, 3))  # AuthenticationCleartextPassword
        kind = conn.recv(1)
        if kind != b"p":
            return  # libpq had no password and hung up
        (length,) = struct.unpack("!I", _read(conn, 4))
        passwords.append(_read(conn, length - 4).rstrip(b"\x00").decode())
        message = f'password authentication failed for user "{user}"'.encode()
        fields = (b"SFATAL\x00VFATAL\x00C28P01\x00M" + message + b"\x00"
                  b"Fauth.c\x00L330\x00Rauth_failed\x00\x00")
        conn.sendall(b"E" + struct.pack("!I", len(fields) + 4) + fields)


@contextmanager
def password_refusing_server() -> Iterator[tuple[int, list[str]]]:
    """(port, passwords received) of a server on 127.0.0.1 that refuses every password."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    sock.settimeout(0.2)
    port = sock.getsockname()[1]
    passwords: list[str] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(10)
            with suppress(OSError, ConnectionError, struct.error):
                _answer(conn, passwords)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield port, passwords
    finally:
        stop.set()
        thread.join(2)
        sock.close()


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens (taken from the OS, then let go)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
