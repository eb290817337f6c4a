"""An upload whose file changes size while it is sent (after its Content-Length was taken): h11 refuses to
send more or less than declared, and the client raises an APIConnectionError saying so, sync, asyncio and
trio, never h11's bare LocalProtocolError."""

import asyncio
import functools
import io
import socket
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import trio
from cekura_api_client import AuthenticatedClient, RetryPolicy
from cekura_api_client.api.test_framework import aiagents_upload_knowledge_base
from cekura_api_client.models import AiagentsUploadKnowledgeBaseFilesBody
from cekura_api_client.runtime import errors as e
from cekura_api_client.runtime.calls import _failed

from tests.client.conftest import API_KEY
from tests.client.rawserver import RawServer

SIZE = 100_000


class Changing(io.RawIOBase):
    """The file at `path`, which grows (or shrinks) by half the moment its first bytes are read."""

    def __init__(self, path: Path, grow: bool) -> None:
        super().__init__()
        self.name, self._path, self._grow = str(path), path, grow
        self._file = open(path, "rb")  # noqa: SIM115  # closed by close()
        self._changed = False

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self._file.seek(offset, whence)

    def tell(self) -> int:
        return self._file.tell()

    def fileno(self) -> int:
        return self._file.fileno()

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if not self._changed:
            self._changed = True
            with open(self._path, "r+b") as writer:
                if self._grow:
                    writer.seek(0, io.SEEK_END)
                    writer.write(b"x" * (SIZE // 2))
                else:
                    writer.truncate(SIZE // 2)
        return self._file.readinto(buffer)

    def close(self) -> None:
        self._file.close()
        super().close()


def swallow(connection: socket.socket) -> None:
    """Read whatever comes until the client stops, then answer (too late for a refused body)."""
    connection.settimeout(2)
    try:
        while connection.recv(65536):
            pass
    except OSError:
        pass
    connection.sendall(b"HTTP/1.1 201 X\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")


def run_in(mode: str, function: Callable[..., Awaitable[Any]], *args: Any, **kwargs: Any) -> Any:
    """`await function(*args, **kwargs)` under asyncio or trio."""
    call = functools.partial(function, *args, **kwargs)
    return trio.run(call) if mode == "trio" else asyncio.run(call())  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", ["sync", "asyncio", "trio"])
@pytest.mark.parametrize(
    ("grow", "said"), [(True, "Too much data"), (False, "Too little data")], ids=["grows", "shrinks"]
)
def test_a_file_changing_size_during_its_upload_is_a_typed_error(
    tmp_path: Path, grow: bool, said: str, mode: str
) -> None:
    path = tmp_path / "faq.md"
    path.write_bytes(b"a" * SIZE)
    with RawServer([swallow]) as server, Changing(path, grow) as upload:
        client = AuthenticatedClient(base_url=server.url, api_key=API_KEY, retry=RetryPolicy(max_retries=0))
        body = AiagentsUploadKnowledgeBaseFilesBody(files=[upload])  # type: ignore[list-item]  # a binary file object
        with pytest.raises(e.APIConnectionError) as raised:
            if mode == "sync":
                aiagents_upload_knowledge_base.sync_detailed(4, client=client, body=body)
            else:
                run_in(mode, aiagents_upload_knowledge_base.asyncio_detailed, 4, client=client, body=body)
    message = str(raised.value)
    assert message.startswith("the request body was not the size it declared: did a file being uploaded change")
    assert f"({said} for declared Content-Length) (POST {server.url}/test_framework/v1/aiagents/4/" in message
    assert API_KEY not in message


def test_another_local_protocol_error_keeps_its_own_message() -> None:
    request = httpx.Request("POST", "http://api.example/x/")
    error = _failed(httpx.LocalProtocolError("Illegal header value", request=request), {}, time.monotonic())
    assert str(error) == "LocalProtocolError: Illegal header value (POST http://api.example/x/)"
