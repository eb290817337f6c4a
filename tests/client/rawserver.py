"""A TCP server on 127.0.0.1 that does exactly what a test scripts, byte by byte: what pytest-httpserver
(a well-behaved HTTP server) cannot, such as endless `100 Continue`, a reset in the middle of a body or a
body trickled one byte at a time."""

from __future__ import annotations

import contextlib
import select
import socket
import ssl
import threading
import time
from collections.abc import Callable, Sequence

Script = Callable[[socket.socket], None]


class RawServer:
    """Serves connection number n with `scripts[n]` (the last script for every later one); on a Unix socket
    at `uds` instead of TCP, or over TLS with `tls` (a server context)."""

    def __init__(self, scripts: Sequence[Script], *, uds: str | None = None, tls: ssl.SSLContext | None = None) -> None:
        self.scripts = scripts
        self.connections = 0
        self.requests: list[bytes] = []
        if uds is None:
            self._listener = socket.create_server(("127.0.0.1", 0))
            self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self._listener.getsockname()[1]}"
        else:
            self._listener = socket.socket(socket.AF_UNIX)
            self._listener.bind(uds)
            self._listener.listen()
            self.url = "http://localhost"
        self._listener.settimeout(0.1)
        self._tls = tls
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    def __enter__(self) -> RawServer:
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, *args: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=5)
        self._listener.close()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            script = self.scripts[min(self.connections, len(self.scripts) - 1)]
            self.connections += 1
            thread = threading.Thread(target=self._serve, args=(connection, script), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, connection: socket.socket, script: Script) -> None:
        if self._tls is not None:
            connection.settimeout(10)
            try:
                connection = self._tls.wrap_socket(connection, server_side=True)
            except (OSError, ssl.SSLError):
                connection.close()
                return
        with connection:
            connection.settimeout(10)
            request = b""
            while b"\r\n\r\n" not in request:
                chunk = connection.recv(65536)
                if not chunk:
                    return
                request += chunk
            self.requests.append(request)
            with contextlib.suppress(OSError):  # the client gave up and closed: what some rows expect
                script(connection)


def head(status: int = 200, headers: Sequence[tuple[str, str]] = (), reason: str = "X") -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}", *(f"{name}: {value}" for name, value in headers)]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def respond(status: int, body: bytes, headers: Sequence[tuple[str, str]] = ()) -> Script:
    """A complete response, then the connection closes."""
    fixed = [("Content-Length", str(len(body))), ("Connection", "close"), *headers]
    return lambda connection: connection.sendall(head(status, fixed) + body)


def _left(connection: socket.socket, within: float) -> bool:
    """Whether the client closed the connection within `within` seconds (it sends nothing more after its
    request), so a script does not outlive the test by its pauses."""
    readable, _, _ = select.select([connection], [], [], within)
    return bool(readable) and not connection.recv(1)


def then_silence(first: bytes) -> Script:
    """Send `first`, then nothing until the client leaves (the connection's 10 s timeout bounds the wait)."""

    def send(connection: socket.socket) -> None:
        connection.sendall(first)
        connection.recv(1)

    return send


def drip(first: bytes, chunk: bytes, pause: float, for_at_most: float = 60.0) -> Script:
    """Send `first`, then `chunk` every `pause` seconds until the client leaves (or `for_at_most` passes)."""

    def send(connection: socket.socket) -> None:
        connection.sendall(first)
        ends = time.monotonic() + for_at_most
        while time.monotonic() < ends and not _left(connection, pause):
            connection.sendall(chunk)

    return send
