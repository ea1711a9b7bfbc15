"""Storage for files that must never be reachable by a media URL (letters, private uploads)."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage

_storage: FileSystemStorage | None = None


def private_storage() -> FileSystemStorage:
    """The private file store; a callable, so migrations name it rather than its location."""
    global _storage
    if _storage is None or _storage.location != str(settings.PRIVATE_MEDIA_ROOT):
        _storage = FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)
    return _storage
