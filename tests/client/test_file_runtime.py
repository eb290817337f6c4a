"""runtime/downloads.py and runtime/uploads.py one function at a time, on the package under test (so `make
mutation` sees them; tests/generator/test_files.py runs the same behaviour through generated endpoints)."""

import asyncio
import errno
import io
from pathlib import Path

import pytest
from cekura_api_client.runtime import downloads, uploads
from cekura_api_client.types import UNSET, File


def test_a_path_holds_the_download_only_once_it_is_complete(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_bytes(b"old")
    with downloads.opened(target) as write:
        write(b"id,")
        write(b"name\n")
        assert target.read_bytes() == b"old"  # the body goes to a part file beside it meanwhile
        assert len(list(tmp_path.iterdir())) == 2
    assert target.read_bytes() == b"id,name\n"
    assert [path.name for path in tmp_path.iterdir()] == ["export.csv"]


def test_a_failed_download_leaves_no_part_file_and_the_old_file_alone(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), downloads.opened(str(target)) as write:
        write(b"half")
        raise RuntimeError("the connection broke")
    assert [path.name for path in tmp_path.iterdir()] == ["export.csv"]
    assert target.read_bytes() == b"old"


def test_a_file_object_is_written_as_it_is(tmp_path: Path) -> None:
    into = io.BytesIO()
    with downloads.opened(into) as write:
        write(b"abc")
    assert into.getvalue() == b"abc"
    assert list(tmp_path.iterdir()) == []


def test_what_takes_no_bytes_is_refused(tmp_path: Path) -> None:
    with open(tmp_path / "t.txt", "w") as text, pytest.raises(TypeError, match=r"binary mode \('wb'\)"):
        downloads.opened(text).__enter__()  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not int"):
        downloads.opened(7).__enter__()  # type: ignore[arg-type]


def test_async_downloads_write_paths_and_file_objects_and_clean_up(tmp_path: Path) -> None:
    into = io.BytesIO()

    async def main() -> None:
        async with downloads.opened_async(tmp_path / "a.bin") as write:
            await write(b"path")
        async with downloads.opened_async(into) as write:
            await write(b"object")
        with pytest.raises(RuntimeError):
            async with downloads.opened_async(tmp_path / "b.bin") as write:
                await write(b"half")
                raise RuntimeError("broke")

    asyncio.run(main())
    assert (tmp_path / "a.bin").read_bytes() == b"path" and into.getvalue() == b"object"
    assert [path.name for path in tmp_path.iterdir()] == ["a.bin"]


def test_bytes_and_unnamed_objects_are_sent_as_upload(tmp_path: Path) -> None:
    given = File(payload=io.BytesIO(b"x"), file_name="x.bin")
    assert uploads.as_file(given) is given
    values: list[uploads.Upload] = [b"data", io.BytesIO(b"data")]
    for value in values:
        file = uploads.as_file(value)
        assert (file.file_name, file.payload.read()) == ("upload", b"data")
    assert uploads.as_file(bytearray(b"data")).payload.read() == b"data"  # type: ignore[arg-type]


def test_a_named_file_object_keeps_its_base_name(tmp_path: Path) -> None:
    (tmp_path / "faq.md").write_bytes(b"# FAQ")
    with open(tmp_path / "faq.md", "rb") as opened:
        file = uploads.as_file(opened)
        assert (file.file_name, file.payload.read()) == ("faq.md", b"# FAQ")


def test_a_path_is_checked_at_once_and_opened_only_while_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"0123456789")
    for value in (tmp_path / "a.txt", str(tmp_path / "a.txt")):
        file = uploads.as_file(value)
        reader = file.payload
        assert file.file_name == "a.txt" and reader._handle is None  # type: ignore[attr-defined]
        assert reader.readable() and reader.seekable()
        assert reader.name == str(value)
        assert reader.read(4) == b"0123" and reader.tell() == 4
        assert reader.fileno() >= 0
        handle = reader._handle  # type: ignore[attr-defined]
        assert reader.seek(-2, io.SEEK_END) == 8 and reader.read() == b"89"
        assert reader._handle is None and handle.closed  # type: ignore[attr-defined]  # read to its end
        assert reader.seek(0) == 0 and reader.read(2) == b"01"
        handle = reader._handle  # type: ignore[attr-defined]
        reader.close()
        assert reader.closed and reader._handle is None and handle.closed  # type: ignore[attr-defined]
    uploads.as_file(tmp_path / "a.txt").payload.close()  # never opened: nothing to release
    with pytest.raises(FileNotFoundError, match="no file to upload") as missing:
        uploads.as_file(tmp_path / "missing.txt")
    assert missing.value.errno == errno.ENOENT and missing.value.filename == str(tmp_path / "missing.txt")
    with pytest.raises(FileNotFoundError):
        uploads.as_file(tmp_path)  # a directory is no file


def test_what_is_no_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text("text")
    with open(tmp_path / "t.txt") as text, pytest.raises(TypeError, match=r"binary mode \('rb'\)"):
        uploads.as_file(text)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not 7"):
        uploads.as_file(7)  # type: ignore[arg-type]


def test_lists_take_each_kind_and_refuse_one_file_where_a_list_belongs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"A")
    files = uploads.as_files([tmp_path / "a.txt", b"B"])
    assert [(file.file_name, file.payload.read()) for file in files] == [("a.txt", b"A"), ("upload", b"B")]
    for single in (str(tmp_path / "a.txt"), tmp_path / "a.txt", b"B", bytearray(b"B"), io.BytesIO(b"B")):
        with pytest.raises(TypeError, match="takes a list of files"):
            uploads.as_files(single)  # type: ignore[arg-type]


def test_unset_stays_unset() -> None:
    assert uploads.as_optional_file(UNSET) is UNSET
    assert uploads.as_optional_files(UNSET) is UNSET
    assert uploads.as_optional_file(b"x").file_name == "upload"  # type: ignore[union-attr]
    assert [file.file_name for file in uploads.as_optional_files([b"x"])] == ["upload"]  # type: ignore[union-attr]
