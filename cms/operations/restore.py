"""Bringing a backup archive (cms/operations/backup.py) into an empty instance."""

import json
import shutil
import sqlite3
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connections

from .backup import (
    FORMAT,
    MANIFEST,
    BackupError,
    Progress,
    _pg_env,
    _run,
    engine,
    file_roots,
    sha256_of,
    stored_files,
)


def _safe_name(name: str) -> bool:
    path = PurePosixPath(name)
    return not path.is_absolute() and ".." not in path.parts and name == path.as_posix()


def read_archive(archive: Path, folder: Path, progress: Progress = print) -> dict:
    """Unpack ``archive`` into ``folder`` and verify it against its manifest; returns it."""
    try:
        tar = tarfile.open(archive, "r:gz")  # noqa: SIM115 - closed by the with below
    except (OSError, tarfile.TarError) as exc:
        raise BackupError(f"{archive} is not a readable backup archive: {exc}") from exc
    with tar:
        try:
            manifest = json.load(tar.extractfile(MANIFEST))
        except (KeyError, AttributeError, ValueError) as exc:
            raise BackupError(f"{archive} has no valid {MANIFEST}.") from exc
        if manifest.get("format") != FORMAT:
            raise BackupError(f"Unknown backup format {manifest.get('format')!r}.")
        expected = manifest["files"]
        members = [member for member in tar.getmembers() if member.name != MANIFEST]
        for member in members:
            if not member.isfile() or not _safe_name(member.name) or member.name not in expected:
                raise BackupError(f"Unexpected entry in the archive: {member.name!r}.")
        progress(f"Unpacking {len(members)} files…")
        tar.extractall(folder, members=members, filter="data")
    found = {member.name for member in members}
    missing = sorted(set(expected) - found)
    if missing:
        raise BackupError(f"Files listed in the manifest are missing: {', '.join(missing[:10])}")
    damaged = [name for name in sorted(expected) if sha256_of(folder / name) != expected[name]]
    if damaged:
        raise BackupError(f"Checksums do not match for: {', '.join(damaged[:10])}")
    progress(f"Verified {len(expected)} checksums.")
    return manifest


def is_empty(alias: str = "default") -> bool:
    """No accounts in the database and no stored files: nothing a restore could overwrite."""
    user_model = get_user_model()
    tables = connections[alias].introspection.table_names()
    if (
        user_model._meta.db_table in tables
        and user_model._default_manager.db_manager(alias).exists()
    ):
        return False
    return next(stored_files(), None) is None


def load_database(dump: Path, alias: str = "default") -> None:
    connection = connections[alias]
    if engine(alias) == "postgresql":
        connection.close()
        options, env = _pg_env(alias)
        _run(
            ["pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges"]
            + ["--single-transaction", "--exit-on-error", *options]
            + [f"--dbname={connection.settings_dict['NAME']}", str(dump)],
            env,
        )
        return
    connection.ensure_connection()
    source = sqlite3.connect(dump)
    try:
        source.backup(connection.connection)
    finally:
        source.close()


def restore_files(folder: Path, manifest: dict, progress: Progress = print) -> None:
    roots = file_roots()
    for root in roots.values():
        if root.is_dir():
            shutil.rmtree(root)  # only reached on an empty instance or with --force
        root.mkdir(parents=True, exist_ok=True)
    names = [name for name in sorted(manifest["files"]) if name != manifest["database"]]
    for number, name in enumerate(names, 1):
        prefix, relative = name.split("/", 1)
        target = roots[prefix] / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(folder / name, target)
        if sha256_of(target) != manifest["files"][name]:
            raise BackupError(f"{target} differs from the archive after copying.")
        if number % 100 == 0 or number == len(names):
            progress(f"Restored files: {number}/{len(names)}")


def restore_backup(
    archive: Path, *, force: bool = False, progress: Progress = print, alias: str = "default"
) -> dict:
    """Verify ``archive``, then load its database and files into this (empty) instance."""
    archive = Path(archive)
    with tempfile.TemporaryDirectory(prefix="nmirf-restore-") as work:
        folder = Path(work)
        manifest = read_archive(archive, folder, progress)
        if manifest["engine"] != engine(alias):
            raise BackupError(
                f"The archive holds a {manifest['engine']} database; this instance uses "
                f"{engine(alias)}."
            )
        if not force and not is_empty(alias):
            raise BackupError(
                "This instance is not empty (it has accounts or stored files). Restore into an "
                "empty one, or pass --force to replace everything in it."
            )
        progress(f"Loading the {manifest['engine']} database…")
        load_database(folder / manifest["database"], alias)
        restore_files(folder, manifest, progress)
    cache.clear()  # counts, fragments and sessions cached from the data before
    progress(f"Restored {archive} (made {manifest['created']}).")
    return manifest
