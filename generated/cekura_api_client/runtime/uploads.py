"""What a model's file field accepts (multipart uploads): the generator's `File`, a path (str or
os.PathLike), an open binary file object, or bytes. The model templates use these as attrs converters, so
the field always holds a `File` (what `to_multipart()` sends) and the constructor's type says what it takes.

A path is checked when the model is built and opened only while httpx reads it: a model can be sent
again (each attempt reads from the start) and keeps no file open between calls."""

from __future__ import annotations

import errno
import io
import os
from collections.abc import Iterable
from pathlib import Path
from typing import IO, BinaryIO, cast

from ..types import File, Unset

# The file name sent for bytes or a file object without one (as httpx names one): a part without a file name
# is a form field, not a file, to Django and most servers.
UNNAMED = "upload"

Upload = File | bytes | str | os.PathLike[str] | IO[bytes]
"""A file to upload: a `File`, a path, a file object opened for binary reading, or the bytes themselves."""


class _PathReader(io.RawIOBase):
    """The file at a path, opened on first use and closed when read to its end."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.name = str(path)
        self._path = path
        self._handle: io.BufferedReader | None = None

    def _opened(self) -> io.BufferedReader:
        if self._handle is None:
            self._handle = open(self._path, "rb")  # noqa: SIM115  # closed at the end of the file or by close()
        return self._handle

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        count = self._opened().readinto(buffer)
        if not count:
            self._release()
        return count

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self._opened().seek(offset, whence)

    def tell(self) -> int:
        return self._opened().tell()

    def fileno(self) -> int:
        return self._opened().fileno()

    def _release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is not None:
            handle.close()

    def close(self) -> None:
        self._release()
        super().close()


def as_file(value: Upload) -> File:
    """`value` as the `File` a multipart body sends; TypeError for what is none of `Upload`,
    FileNotFoundError for a path that names no file."""
    if isinstance(value, File):
        return value
    if isinstance(value, bytes | bytearray):
        return File(payload=io.BytesIO(value), file_name=UNNAMED)
    if isinstance(value, str | os.PathLike):
        path = Path(os.fspath(value))
        if not path.is_file():
            raise FileNotFoundError(errno.ENOENT, "no file to upload at this path", str(path))
        return File(payload=cast(BinaryIO, _PathReader(path)), file_name=path.name)
    if isinstance(value, io.TextIOBase) or not callable(getattr(value, "read", None)):
        raise TypeError(f"upload a path, bytes or a file object opened in binary mode ('rb'), not {value!r}")
    name = getattr(value, "name", None)
    return File(payload=cast(BinaryIO, value), file_name=Path(name).name if isinstance(name, str) else UNNAMED)


def as_optional_file(value: Upload | Unset) -> File | Unset:
    return value if isinstance(value, Unset) else as_file(value)


def as_files(values: Iterable[Upload]) -> list[File]:
    """Each of `values` as a `File`; TypeError for a single path or bytes where a list belongs."""
    if isinstance(values, str | bytes | bytearray | os.PathLike | io.IOBase):
        raise TypeError("this field takes a list of files: wrap the one file in a list")
    return [as_file(value) for value in values]


def as_optional_files(values: Iterable[Upload] | Unset) -> list[File] | Unset:
    return values if isinstance(values, Unset) else as_files(values)
