"""Where a download is written as it arrives (the `*_to_file` functions of operations that answer with a
file): a path, or a file object opened for binary writing. A path never holds half a download: the body
goes to a temporary file beside it, renamed over it once complete and removed if the call fails."""

from __future__ import annotations

import contextlib
import io
import os
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import IO

import anyio

Destination = str | os.PathLike[str] | IO[bytes]
"""A path (str or os.PathLike) or a file object opened for binary writing."""

Write = Callable[[bytes], object]


def _path(file: Destination) -> Path | None:
    """The path `file` names, or None for a file object (checked to be one that takes bytes)."""
    if isinstance(file, str | os.PathLike):
        return Path(os.fspath(file))
    if isinstance(file, io.TextIOBase):
        raise TypeError("a download is bytes: open the file in binary mode ('wb')")
    if not callable(getattr(file, "write", None)):
        raise TypeError(f"write a download to a path or a binary file object, not {type(file).__name__}")
    return None


def _part(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")


@contextlib.contextmanager
def opened(file: Destination) -> Iterator[Write]:
    """`write(chunk)` for `file`, opened before anything is sent (a bad path fails before the call)."""
    path = _path(file)
    if path is None:
        yield file.write  # type: ignore[union-attr]  # _path checked it is a file object
        return
    part = _part(path)
    try:
        with open(part, "xb") as handle:
            yield handle.write
        os.replace(part, path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


@contextlib.asynccontextmanager
async def opened_async(file: Destination) -> AsyncIterator[Callable[[bytes], Awaitable[object]]]:
    """`opened`, for async calls: a path is written from a worker thread, so the event loop never waits on
    the disk; a file object is written as it is (a BytesIO, or a file the caller accepts blocking on)."""
    path = _path(file)
    if path is None:
        write = file.write  # type: ignore[union-attr]

        async def write_object(chunk: bytes) -> object:
            return write(chunk)

        yield write_object
        return
    part = _part(path)
    try:
        async with await anyio.open_file(part, "xb") as handle:
            yield handle.write
        os.replace(part, path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
