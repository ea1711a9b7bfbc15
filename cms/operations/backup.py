"""One-archive backups (``manage.py backup`` / ``manage.py restore``).

The archive is a tar.gz holding:

- ``manifest.json``: format, creation time, database engine, and the SHA-256 of every other
  member (``files``);
- ``database.dump`` (PostgreSQL, ``pg_dump --format=custom``) or ``database.sqlite3`` (SQLite,
  through sqlite3's online backup API);
- ``media/…`` and ``private/…``: every file under MEDIA_ROOT and PRIVATE_MEDIA_ROOT.

Restoring verifies every checksum before it touches anything, refuses an instance that already
holds accounts or files (unless forced), then loads the database and copies the files back.
"""

import hashlib
import json
import os
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.utils import timezone

FORMAT = 1
MANIFEST = "manifest.json"
FILE_ROOTS = {"media": "MEDIA_ROOT", "private": "PRIVATE_MEDIA_ROOT"}
CHUNK = 1024 * 1024

Progress = Callable[[str], None]


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def file_roots() -> dict[str, Path]:
    return {prefix: Path(getattr(settings, name)) for prefix, name in FILE_ROOTS.items()}


def stored_files() -> Iterator[tuple[str, Path]]:
    """(archive name, path) of every file under the media roots, in a stable order."""
    for prefix, root in file_roots().items():
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file() and not path.is_symlink():
                yield f"{prefix}/{path.relative_to(root).as_posix()}", path


def engine(alias: str = "default") -> str:
    vendor = connections[alias].vendor
    if vendor not in ("postgresql", "sqlite"):
        raise BackupError(f"Backups support PostgreSQL and SQLite, not {vendor}.")
    return vendor


def _pg_env(alias: str) -> tuple[list[str], dict[str, str]]:
    """Connection options for pg_dump / pg_restore, the password through the environment."""
    params = connections[alias].get_connection_params()
    options = []
    for flag, key in (("--host", "host"), ("--port", "port"), ("--username", "user")):
        if params.get(key):
            options.append(f"{flag}={params[key]}")
    env = dict(os.environ)
    if params.get("password"):
        env["PGPASSWORD"] = str(params["password"])
    return options, env


def _run(command: list[str], env: dict[str, str]) -> None:
    try:
        # The command is a fixed PostgreSQL client tool; only its options come from settings.
        result = subprocess.run(  # noqa: S603
            command, env=env, capture_output=True, text=True, check=False
        )
    except FileNotFoundError as exc:
        raise BackupError(f"{command[0]} is not installed on this machine.") from exc
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()[-2000:]}")


def dump_database(folder: Path, alias: str = "default") -> Path:
    """Write the database into ``folder``; returns the dump's path."""
    connection = connections[alias]
    if engine(alias) == "postgresql":
        target = folder / "database.dump"
        options, env = _pg_env(alias)
        name = connection.settings_dict["NAME"]
        _run(
            ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", *options]
            + [f"--file={target}", f"--dbname={name}"],
            env,
        )
        return target
    target = folder / "database.sqlite3"
    connection.ensure_connection()
    destination = sqlite3.connect(target)
    try:
        connection.connection.backup(destination)
    finally:
        destination.close()
    return target


def create_backup(archive: Path, progress: Progress = print, alias: str = "default") -> dict:
    """Write the database and every stored file into one tar.gz at ``archive``."""
    archive = Path(archive)
    archive.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="nmirf-backup-") as work:
        progress(f"Dumping the {engine(alias)} database…")
        dump = dump_database(Path(work), alias)
        members = [(dump.name, dump)]
        members += list(stored_files())
        checksums = {}
        for number, (name, path) in enumerate(members, 1):
            checksums[name] = sha256_of(path)
            if number % 100 == 0 or number == len(members):
                progress(f"Checksums: {number}/{len(members)} files")
        manifest = {
            "format": FORMAT,
            "created": timezone.now().isoformat(),
            "engine": engine(alias),
            "database": dump.name,
            "files": checksums,
        }
        manifest_path = Path(work) / MANIFEST
        manifest_path.write_text(json.dumps(manifest, indent=1, sort_keys=True))
        partial = archive.with_name(archive.name + ".partial")
        with tarfile.open(partial, "w:gz") as tar:
            tar.add(manifest_path, arcname=MANIFEST)
            for number, (name, path) in enumerate(members, 1):
                tar.add(path, arcname=name, recursive=False)
                if number % 100 == 0 or number == len(members):
                    progress(f"Archived: {number}/{len(members)} files")
        partial.replace(archive)  # never leave a half-written archive under the final name
    progress(f"Backup written to {archive} ({archive.stat().st_size:,} bytes).")
    return manifest
