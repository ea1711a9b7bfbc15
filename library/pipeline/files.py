"""Small helpers around files: where an upload's bytes are, and replacing a file atomically."""

import contextlib
import os
import tempfile

from . import limits


def upload_path(upload) -> str | None:
    """The upload's path on disk when it has one (a TemporaryUploadedFile), else None."""
    getter = getattr(upload, "temporary_file_path", None)
    if getter is None:
        return None
    try:
        return getter()
    except (AttributeError, OSError):
        return None


def upload_stream(upload):
    """A seekable binary file object over the upload, at its start (never read whole)."""
    stream = getattr(upload, "file", None) or upload
    stream.seek(0)
    return stream


def iter_chunks(upload, chunk_size: int = limits.CHUNK_BYTES):
    """The upload's bytes in chunks: a Django File, a binary file object or a path."""
    if isinstance(upload, (str, os.PathLike)):
        with open(upload, "rb") as handle:
            yield from iter(lambda: handle.read(chunk_size), b"")
        return
    if hasattr(upload, "chunks"):
        yield from upload.chunks(chunk_size)
        return
    upload.seek(0)
    yield from iter(lambda: upload.read(chunk_size), b"")


@contextlib.contextmanager
def replacing(path: str):
    """Yield a temporary path beside ``path``; on success it replaces ``path`` atomically."""
    directory = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(prefix=".strip-", dir=directory)
    os.close(handle)
    try:
        yield temporary
        with contextlib.suppress(OSError):
            os.chmod(temporary, os.stat(path).st_mode & 0o777)
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def replace_file(path: str, data: bytes) -> None:
    with replacing(path) as temporary, open(temporary, "wb") as handle:
        handle.write(data)
