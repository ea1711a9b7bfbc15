"""Keeping a user's valid upload across a form that fails for another reason.

Browsers cannot refill a file input, so a letter that passed its checks is stashed in private
storage under a random token remembered in the user's session; the form carries the token.
"""

import datetime
import secrets

from django.core.files.base import File
from django.utils import timezone

from .storage import private_storage

SESSION_KEY = "network_stashed_uploads"


def stash(request, upload) -> str:
    token = secrets.token_urlsafe(16)
    upload.seek(0)
    path = private_storage().save(f"stash/{token}", upload)
    stashed = request.session.get(SESSION_KEY, {})
    stashed[token] = {"path": path, "name": upload.name, "size": upload.size}
    request.session[SESSION_KEY] = stashed
    return token


def stashed_info(request, token: str) -> dict | None:
    return request.session.get(SESSION_KEY, {}).get(token or "")


def take(request, token: str) -> File | None:
    """The stashed file for ``token`` if it belongs to this session (removed from the stash)."""
    stashed = request.session.get(SESSION_KEY, {})
    info = stashed.pop(token or "", None)
    if info is None:
        return None
    request.session[SESSION_KEY] = stashed
    handle = private_storage().open(info["path"], "rb")
    file = File(handle, name=info["name"])
    file.stash_path = info["path"]
    return file


def discard(file: File) -> None:
    path = getattr(file, "stash_path", None)
    if path:
        file.close()
        private_storage().delete(path)


def discard_abandoned(older_than: datetime.timedelta) -> int:
    """Delete stashed files older than ``older_than`` (their forms were never sent again)."""
    storage = private_storage()
    try:
        _folders, names = storage.listdir("stash")
    except FileNotFoundError:
        return 0
    cutoff = timezone.now() - older_than
    removed = 0
    for name in names:
        path = f"stash/{name}"
        if storage.get_modified_time(path) < cutoff:
            storage.delete(path)
            removed += 1
    return removed
