"""Storage for files that must never be reachable by a media URL (letters, private uploads)."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage

_storage: FileSystemStorage | None = None


def private_storage() -> FileSystemStorage:
    """The private file store; a callable, so migrations name it rather than its location."""
    global _storage
    if _storage is None or _storage.location != str(settings.PRIVATE_MEDIA_ROOT):
        # A str location: Wagtail passes the storage's deconstructed arguments to a task when a
        # document is deleted, and task arguments must be JSON (a Path is not).
        _storage = FileSystemStorage(location=str(settings.PRIVATE_MEDIA_ROOT), base_url=None)
    return _storage
