"""Response bodies read with bounded memory: decompressed here, in bounded steps, and held to a size limit
while they stream, so a gzip bomb or an endless body stops at the limit instead of filling memory.

The client asks only for the encodings decoded here (gzip, deflate); the response it hands on is already
decoded, so its Content-Encoding header is dropped (a body in another encoding is passed on as it came,
held to the limit as received).
"""

from __future__ import annotations

import typing
import zlib
from collections.abc import AsyncIterator, Iterator

import attrs
import httpx

from .errors import ResponseTooLargeError, ResponseValidationError

ACCEPT_ENCODING = "gzip, deflate"
STEP = 64 * 1024
# A request extension marking a download written to a file as it arrives (runtime/downloads.py): its success
# body is held to max_download_size whatever its content type, and the transports leave it unread.
STREAM_EXTENSION = "cekura_stream"
_WBITS = {"gzip": zlib.MAX_WBITS | 16, "x-gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS}


@attrs.frozen
class Limits:
    """Largest bodies read into memory: JSON, text and error bodies, and other content types (files)."""

    max_response_size: int | None = 50 * 1024 * 1024
    max_download_size: int | None = 1024 * 1024 * 1024

    def for_response(self, response: httpx.Response, *, streamed: bool) -> tuple[int | None, str]:
        if streamed and response.is_success:
            return self.max_download_size, "max_download_size"
        kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if not kind or kind.startswith("text/") or kind == "application/json" or kind.endswith("+json"):
            return self.max_response_size, "max_response_size"
        return self.max_download_size, "max_download_size"

    def allow(self, size: int) -> bool:
        """Whether a body of `size` bytes is within both limits, whatever its content type."""
        return (self.max_response_size is None or size <= self.max_response_size) and (
            self.max_download_size is None or size <= self.max_download_size
        )


class _Decoder:
    """Decodes one body chunk by chunk, never producing more than STEP bytes at a time."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self._zlib = zlib.decompressobj(_WBITS[encoding]) if encoding in _WBITS else None
        self._raw_deflate = False

    def decode(self, data: bytes) -> Iterator[bytes]:
        if self._zlib is None:
            yield data
            return
        while data:
            try:
                piece = self._zlib.decompress(data, STEP)
            except zlib.error:
                if self.encoding != "deflate" or self._raw_deflate:
                    raise
                # Some servers send raw deflate without the zlib header, as httpx also allows.
                self._zlib, self._raw_deflate = zlib.decompressobj(-zlib.MAX_WBITS), True
                continue
            yield piece
            data = self._zlib.unconsumed_tail

    @property
    def decodes(self) -> bool:
        return self._zlib is not None

    def flush(self) -> bytes:
        return self._zlib.flush() if self._zlib is not None else b""


class _Reading:
    """The counting and decoding of one response body, shared by the sync and async streams."""

    def __init__(self, response: httpx.Response, request: httpx.Request, limits: Limits) -> None:
        self.request, self.status = request, response.status_code
        streamed = bool(request.extensions.get(STREAM_EXTENSION))
        self.limit, self.setting = limits.for_response(response, streamed=streamed)
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        self.decoder = _Decoder(encoding)
        self.size = 0
        declared = response.headers.get("content-length", "")
        self.declared = int(declared) if declared.isascii() and declared.isdigit() else None
        if self.limit is not None and self.declared is not None and self.declared > self.limit:
            raise self.too_large()

    def pieces(self, chunk: bytes) -> Iterator[bytes]:
        try:
            for piece in self.decoder.decode(chunk):
                yield self.counted(piece)
        except zlib.error as error:
            raise self.undecodable(error) from None

    def end(self) -> bytes:
        try:
            return self.counted(self.decoder.flush())
        except zlib.error as error:
            raise self.undecodable(error) from None

    def counted(self, piece: bytes) -> bytes:
        self.size += len(piece)
        if self.limit is not None and self.size > self.limit:
            raise self.too_large()
        return piece

    def too_large(self) -> ResponseTooLargeError:
        assert self.limit is not None
        method, url = self.request.method, str(self.request.url)
        return ResponseTooLargeError(self.limit, status_code=self.status, method=method, url=url, setting=self.setting)

    def undecodable(self, error: zlib.error) -> ResponseValidationError:
        problem = f"the {self.decoder.encoding} body could not be decoded ({error})"
        return ResponseValidationError((), problem, method=self.request.method, url=str(self.request.url))


class _Stream(httpx.SyncByteStream):
    def __init__(self, raw: httpx.SyncByteStream, reading: _Reading) -> None:
        self._raw, self._reading = raw, reading

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._raw:
            yield from self._reading.pieces(chunk)
        yield self._reading.end()

    def close(self) -> None:
        self._raw.close()


class _AsyncStream(httpx.AsyncByteStream):
    def __init__(self, raw: httpx.AsyncByteStream, reading: _Reading) -> None:
        self._raw, self._reading = raw, reading

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._raw:
            for piece in self._reading.pieces(chunk):
                yield piece
        yield self._reading.end()

    async def aclose(self) -> None:
        await self._raw.aclose()


def _declared_plain(headers: httpx.Headers) -> int | None:
    """The declared length of a body with nothing to decode here, else None; one pass over the headers
    as sent (~8 K instructions; three lookups take twice that). Headers' private lower-case list would
    save ~5 K, 0.3% of a local call: not worth an attribute httpx may change (issue 20)."""
    length: bytes | None = None
    for name, value in headers.raw:
        name = name.lower()
        if name == b"content-encoding" and value.strip().lower().decode("latin-1") in _WBITS:
            return None
        if name == b"content-length":
            if length is not None:  # repeated: the full reading sorts it out
                return None
            length = value
    return int(length) if length is not None and length.isdigit() else None


def bounded(response: httpx.Response, request: httpx.Request, limits: Limits, *, is_async: bool) -> httpx.Response:
    """`response` with its body decoded here and held to `limits` (raises when the declared length is over)."""
    declared = _declared_plain(response.headers)
    if declared is not None and limits.allow(declared):
        # Nothing to decode, and a declared length within the limit: h11 reads exactly that many bytes
        # (fewer is an error), so counting them again would only cost time (~4% of a local call).
        return response
    reading = _Reading(response, request, limits)
    if reading.declared is not None and not reading.decoder.decodes:
        return response
    headers = httpx.Headers(response.headers)
    if reading.decoder.decodes:
        del headers["content-encoding"]
        headers.pop("content-length", None)
    stream: httpx.SyncByteStream | httpx.AsyncByteStream
    if is_async:
        stream = _AsyncStream(typing.cast(httpx.AsyncByteStream, response.stream), reading)
    else:
        stream = _Stream(typing.cast(httpx.SyncByteStream, response.stream), reading)
    return httpx.Response(response.status_code, headers=headers, stream=stream, extensions=response.extensions)
