"""The call's deadline holds however the transport connects: over TCP (test_faults), over a Unix socket
(`httpx_args={"uds": ...}`), over TLS, and through httpcore's own connect retries (`httpx_args={"retries":
...}`), sync and async. A server that sends headers and then nothing ends the call at its deadline."""

import asyncio
import contextlib
import gc
import logging
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cekura_api_client import AuthenticatedClient, RetryPolicy
from cekura_api_client import errors as e
from cekura_api_client.models import BillingInfo

from .calls import MODES, fetch
from .rawserver import RawServer, Script, head, respond, then_silence

MakeClient = Callable[..., AuthenticatedClient]
JSON = [("Content-Type", "application/json")]
Served = tuple[RawServer, dict[str, Any]]
# No read timeout: only the deadline can end a silent server's call (which closes after 10 s otherwise).
SILENCE = {"retry": RetryPolicy(max_retries=0, deadline=0.3), "timeout": httpx.Timeout(None)}


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """A self-signed certificate for 127.0.0.1: (certificate, key) files."""
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"),
            *("-keyout", str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1"),
            *("-addext", "subjectAltName=IP:127.0.0.1"),
        ],
        check=True,
        capture_output=True,
        timeout=30,
    )
    return str(cert), str(key)


@pytest.fixture(params=["uds", "tls"])
def serve(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Callable[[Script], tuple[RawServer, dict[str, Any]]]]:
    """serve(script) -> a server running `script` over a Unix socket or TLS, and the client settings to reach it."""
    servers: list[RawServer] = []

    def start(script: Script) -> Served:
        settings: dict[str, Any]
        if request.param == "uds":
            path = str(tmp_path / "api.sock")
            server, settings = RawServer([script], uds=path), {"httpx_args": {"uds": path}}
        else:
            cert, key = request.getfixturevalue("certificate")
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(cert, key)
            server, settings = RawServer([script], tls=context), {"verify_ssl": ssl.create_default_context(cafile=cert)}
        servers.append(server.__enter__())
        return server, {"base_url": server.url, **settings}

    yield start
    for server in servers:
        server.__exit__()


@pytest.mark.parametrize("mode", MODES)
def test_a_call_goes_through(serve: Any, make_client: MakeClient, body: str, mode: str) -> None:
    server, settings = serve(respond(200, body.encode(), JSON))
    assert isinstance(fetch(make_client(**settings), mode), BillingInfo)
    assert server.requests[0].startswith(b"GET /test_framework/billing/info/ HTTP/1.1")


@pytest.mark.parametrize("mode", MODES)
def test_a_silent_server_ends_the_call_at_its_deadline(serve: Any, make_client: MakeClient, mode: str) -> None:
    _, settings = serve(then_silence(head(200, [("Content-Length", "100"), *JSON])))
    with pytest.raises(e.APITimeoutError):
        fetch(make_client(**settings, **SILENCE), mode)


@pytest.mark.parametrize("mode", MODES)
def test_a_request_on_the_httpx_client_itself_is_held_to_the_deadline(
    serve: Any, make_client: MakeClient, mode: str
) -> None:
    """Outside the generated functions (which set the call's deadline), the transport sets its own. (With
    retries: without, the transport hands the body to httpx unread, and only httpx's timeout bounds it.)"""
    _, settings = serve(then_silence(head(200, [("Content-Length", "100"), *JSON])))
    client = make_client(**settings, **{**SILENCE, "retry": RetryPolicy(max_retries=1, deadline=0.3)})

    async def get_async() -> httpx.Response:
        async with client.get_async_httpx_client() as httpx_client:
            return await httpx_client.get("/")

    with pytest.raises(httpx.TimeoutException):
        client.get_httpx_client().get("/") if mode == "sync" else asyncio.run(get_async())


@pytest.mark.parametrize("mode", MODES)
def test_httpcore_connect_retries_sleep_through_the_deadline_backend(
    make_client: MakeClient, refused_url: str, mode: str
) -> None:
    client = make_client(base_url=refused_url, retry=RetryPolicy(max_retries=0), httpx_args={"retries": 1})
    with pytest.raises(e.APIConnectionError, match=r"^ConnectError: "):
        fetch(client, mode)


def guarded(call: Callable[[], Any], bound: float = 10.0) -> BaseException | None:
    """What `call` raised (None if nothing), run in a thread; fail the test if it has not ended after `bound`
    seconds (a hang guard, not a performance assertion)."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            call()
            outcome.append(None)
        except BaseException as error:
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(bound)
    if thread.is_alive():
        pytest.fail(f"the call was still running after {bound} s (hang guard)")
    return outcome[0]


CONNECT_ONLY = {"timeout": httpx.Timeout(30.0, connect=0.1), "retry": RetryPolicy(initial_backoff=0.0, deadline=30.0)}


@pytest.mark.parametrize("mode", MODES)
def test_a_stalled_tls_handshake_ends_at_the_connect_timeout(
    certificate: tuple[str, str], make_client: MakeClient, caplog: pytest.LogCaptureFixture, mode: str
) -> None:
    """A server that never answers the TLS handshake: each attempt ends at the connect timeout."""
    caplog.set_level(logging.INFO, logger="cekura_api_client")
    with RawServer([respond(200, b"")]) as server:  # plain TCP: it waits for an HTTP request that never comes
        https = server.url.replace("http://", "https://")
        client = make_client(
            base_url=https, verify_ssl=ssl.create_default_context(cafile=certificate[0]), **CONNECT_ONLY
        )
        error = guarded(lambda: fetch(client, mode))
    assert isinstance(error, e.APITimeoutError), error
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("retrying")]
    assert [message.rpartition(": ")[2] for message in retries] == ["ConnectTimeout"] * 2


@pytest.mark.parametrize("mode", MODES)
def test_a_unix_socket_nobody_accepts_on_fails_within_the_connect_timeout(
    tmp_path: Path, make_client: MakeClient, mode: str
) -> None:
    path = str(tmp_path / "full.sock")
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(path)
        listener.listen(0)
        fillers: list[socket.socket] = []
        with contextlib.suppress(OSError):  # the queue is full when a non-blocking connect would block
            while len(fillers) < 16:
                filler = socket.socket(socket.AF_UNIX)
                filler.setblocking(False)
                fillers.append(filler)
                filler.connect(path)
        client = make_client(base_url="http://localhost", httpx_args={"uds": path}, **CONNECT_ONLY)
        try:
            error = guarded(lambda: fetch(client, mode))
        finally:
            for filler in fillers:
                filler.close()
    assert isinstance(error, e.APIConnectionError), error


@pytest.mark.parametrize("mode", MODES)
def test_socket_options_reach_the_socket(serve: Any, make_client: MakeClient, mode: str) -> None:
    """httpx_args' socket_options are set on each new socket: one the kernel refuses fails the connect."""
    _, settings = serve(respond(200, b"{}", JSON))
    refused = [(socket.SOL_SOCKET, -1, 1)]
    settings["httpx_args"] = {**settings.get("httpx_args", {}), "socket_options": refused}
    with pytest.raises(e.APIConnectionError, match=r"^ConnectError: .*Protocol not available"):
        fetch(make_client(**settings, retry=RetryPolicy(max_retries=0)), mode)
    gc.collect()  # httpcore's anyio backend leaves the failed socket to the collector; close it now


@pytest.mark.parametrize("mode", MODES)
def test_tls_is_verified_by_default(certificate: tuple[str, str], make_client: MakeClient, mode: str) -> None:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    with RawServer([respond(200, b"{}", JSON)], tls=context) as server:
        with pytest.raises(e.APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
            fetch(make_client(base_url=server.url, retry=RetryPolicy(max_retries=0)), mode)
        assert server.requests == []


def trusting(certificate: tuple[str, str]) -> ssl.SSLContext:
    """A client context trusting `certificate` (one per client: httpx loads a client certificate into it)."""
    return ssl.create_default_context(cafile=certificate[0])


NO_RETRIES = RetryPolicy(max_retries=0)


@pytest.mark.filterwarnings("ignore:`cert=...` is deprecated:DeprecationWarning")  # httpx's, still supported
def test_a_client_certificate_and_local_address_in_httpx_args_reach_the_connection(
    certificate: tuple[str, str], make_client: MakeClient, body: str
) -> None:
    """A server that requires a client certificate (the test's own self-signed one) answers only a client
    that presents it."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=certificate[0])
    context.load_cert_chain(*certificate)
    context.verify_mode = ssl.CERT_REQUIRED
    with RawServer([respond(200, body.encode(), JSON)], tls=context) as server:
        with pytest.raises(e.APIConnectionError):
            fetch(make_client(base_url=server.url, verify_ssl=trusting(certificate), retry=NO_RETRIES), "sync")
        args = {"cert": certificate, "local_address": "127.0.0.1"}
        client = make_client(base_url=server.url, verify_ssl=trusting(certificate), httpx_args=args)
        assert isinstance(fetch(client, "sync"), BillingInfo)
    assert len(server.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_certificate_for_another_host_is_refused(
    certificate: tuple[str, str], make_client: MakeClient, mode: str
) -> None:
    """The certificate names 127.0.0.1; the client asks for localhost (the same server)."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    with RawServer([respond(200, b"{}", JSON)], tls=context) as server:
        url = server.url.replace("127.0.0.1", "localhost")
        with pytest.raises(e.APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
            fetch(make_client(base_url=url, verify_ssl=trusting(certificate), retry=NO_RETRIES), mode)
