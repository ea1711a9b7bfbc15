"""Storage for files that must never be reachable by a media URL (letters, private uploads)."""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class PrivateStorage(FileSystemStorage):
    """Local private files; a write that fails part-way (the disk full, say) leaves no partial
    file behind, and the error goes up to the caller, whose transaction then stores nothing."""

    def _save(self, name, content):
        full_path = self.path(name)
        existed = os.path.lexists(full_path)
        try:
            return super()._save(name, content)
        except OSError:
            if not existed and os.path.lexists(full_path):
                os.remove(full_path)
            raise


_storage: PrivateStorage | None = None


def private_storage() -> PrivateStorage:
    """The private file store; a callable, so migrations name it rather than its location."""
    global _storage
    if _storage is None or _storage.location != str(settings.PRIVATE_MEDIA_ROOT):
        # A str location: Wagtail passes the storage's deconstructed arguments to a task when a
        # document is deleted, and task arguments must be JSON (a Path is not).
        _storage = PrivateStorage(location=str(settings.PRIVATE_MEDIA_ROOT), base_url=None)
    return _storage
