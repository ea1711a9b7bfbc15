"""manage.py backup / restore: one archive, restored into an empty instance (a fresh database and
fresh media folders) with every table's rows and every file's checksum equal; refusals for a
non-empty instance, a damaged archive and paths leaving the folders.

Both commands run in their own process, as in production. On SQLite the source is a snapshot of
the test database in a file (the test's open transaction holds a write lock that sqlite3's
backup API would wait on for ever); on PostgreSQL it is the test database itself, whose demo
data is committed."""

import datetime
import io
import json
import os
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from cms.operations.backup import sha256_of, stored_files

ROOT = Path(__file__).resolve().parents[2]
POSTGRES = connection.vendor == "postgresql"


def normal(value):
    """One form for values read through Django's connection and through a plain one."""
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        return value.astimezone(datetime.UTC)
    if isinstance(value, memoryview):
        return bytes(value)
    return value


def table_rows(cursor, tables, quote) -> dict[str, list]:
    rows = {}
    for table in tables:
        cursor.execute(f"SELECT * FROM {quote(table)}")  # noqa: S608 - names from introspection
        rows[table] = sorted((tuple(normal(v) for v in row) for row in cursor.fetchall()), key=repr)
    return rows


def database_tables(target: str, tables) -> dict[str, list]:
    quote = connection.ops.quote_name
    if POSTGRES:
        import psycopg

        with psycopg.connect(target, options="-c timezone=UTC") as conn, conn.cursor() as cursor:
            return table_rows(cursor, tables, quote)
    path = target.removeprefix("sqlite:///")
    conn = sqlite3.connect(path, detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
    try:
        return table_rows(conn.cursor(), tables, quote)
    finally:
        conn.close()


@pytest.fixture
def empty_database(tmp_path):
    """The address of an empty database of the same engine (created, and dropped after)."""
    if not POSTGRES:
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    params = connection.get_connection_params()
    name = f"{connection.settings_dict['NAME']}_restore"
    options = [
        f"--host={params.get('host') or '127.0.0.1'}",
        f"--port={params.get('port') or 5432}",
    ]
    options.append(f"--username={params.get('user') or 'postgres'}")
    env = {**os.environ, "PGPASSWORD": str(params.get("password") or "")}
    subprocess.run(["dropdb", "--if-exists", *options, name], env=env, check=True)
    subprocess.run(["createdb", *options, name], env=env, check=True)
    user = params.get("user") or "postgres"
    password = f":{params['password']}" if params.get("password") else ""
    host, port = params.get("host") or "127.0.0.1", params.get("port") or 5432
    yield f"postgres://{user}{password}@{host}:{port}/{name}"
    subprocess.run(["dropdb", "--if-exists", *options, name], env=env, check=True)


def manage(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def instance_env(database: str, media: Path, private: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DEBUG": "0",
        "DATABASE_URL": database,
        "MEDIA_ROOT": str(media),
        "PRIVATE_MEDIA_ROOT": str(private),
    }


def source_database(folder: Path) -> str:
    """The address of the demo instance's database, as another process reaches it."""
    if POSTGRES:
        params = connection.get_connection_params()
        password = f":{params['password']}" if params.get("password") else ""
        host, port = params.get("host") or "127.0.0.1", params.get("port") or 5432
        user, name = params.get("user") or "postgres", connection.settings_dict["NAME"]
        return f"postgres://{user}{password}@{host}:{port}/{name}"
    connection.ensure_connection()
    snapshot = folder / "source.sqlite3"
    snapshot.write_bytes(connection.connection.serialize())
    return f"sqlite:///{snapshot}"


@pytest.fixture
def source(db, tmp_path, settings):
    """(database address, environment) of the demo instance, with a public image file beside
    the private documents."""
    image = Path(settings.MEDIA_ROOT) / "original_images" / "backup-check.png"
    image.parent.mkdir(parents=True, exist_ok=True)
    image.write_bytes(b"\x89PNG\r\n\x1a\n backup check")
    database = source_database(tmp_path)
    yield database, instance_env(database, settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT)
    image.unlink()


@pytest.fixture
def archive(source, tmp_path):
    path = tmp_path / "backup.tar.gz"
    result = manage("backup", str(path), env=source[1])
    assert result.returncode == 0, result.stderr
    assert "Dumping the" in result.stdout and "Backup written to" in result.stdout
    return path


def test_backup_is_one_archive_with_a_manifest_of_checksums(archive):
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        manifest = json.load(tar.extractfile("manifest.json"))
    assert names[0] == "manifest.json"
    assert manifest["engine"] == connection.vendor
    assert manifest["database"] in names
    assert "media/original_images/backup-check.png" in manifest["files"]
    assert any(name.startswith("private/documents/") for name in manifest["files"])
    assert set(names) == {"manifest.json", *manifest["files"]}


def test_round_trip_into_an_empty_instance_keeps_every_row_and_file(
    source, archive, empty_database, tmp_path
):
    tables = sorted(connection.introspection.table_names())
    expected_tables = database_tables(source[0], tables)
    assert len(expected_tables["network_user"]) >= 9  # the demo accounts are in it
    expected_files = {name: sha256_of(path) for name, path in stored_files()}
    assert any(name.startswith("private/") for name in expected_files)
    restored_root = tmp_path / "restored"
    env = instance_env(empty_database, restored_root / "media", restored_root / "private")
    result = manage("restore", str(archive), env=env)
    assert result.returncode == 0, result.stderr
    assert "Verified" in result.stdout and "Restore complete." in result.stdout

    assert database_tables(empty_database, tables) == expected_tables
    restored = {}
    for prefix in ("media", "private"):
        base = restored_root / prefix
        for path in base.rglob("*"):
            if path.is_file():
                restored[f"{prefix}/{path.relative_to(base).as_posix()}"] = sha256_of(path)
    assert restored == expected_files

    again = manage("restore", str(archive), env=env)
    assert again.returncode != 0 and "not empty" in again.stderr
    forced = manage("restore", "--force", str(archive), env=env)
    assert forced.returncode == 0, forced.stderr


def test_restore_refuses_a_non_empty_instance(archive):
    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", str(archive), stdout=io.StringIO())


def test_restore_refuses_a_damaged_archive(archive, tmp_path):
    damaged = tmp_path / "damaged.tar.gz"
    with tarfile.open(archive) as source, tarfile.open(damaged, "w:gz") as target:
        for member in source.getmembers():
            data = source.extractfile(member).read()
            if member.name == "media/original_images/backup-check.png":
                data = b"tampered"
                member.size = len(data)
            target.addfile(member, io.BytesIO(data))
    with pytest.raises(CommandError, match="Checksums do not match"):
        call_command("restore", "--force", str(damaged), stdout=io.StringIO())


def test_restore_refuses_an_archive_with_paths_outside_its_folders(tmp_path, db):
    evil = tmp_path / "evil.tar.gz"
    payload = b"owned"
    with tarfile.open(evil, "w:gz") as tar:
        manifest = json.dumps(
            {"format": 1, "created": "", "engine": connection.vendor, "database": "x", "files": {}}
        ).encode()
        for name, data in (("manifest.json", manifest), ("../outside.txt", payload)):
            member = tarfile.TarInfo(name)
            member.size = len(data)
            tar.addfile(member, io.BytesIO(data))
    with pytest.raises(CommandError, match="Unexpected entry"):
        call_command("restore", "--force", str(evil), stdout=io.StringIO())
    assert not (tmp_path.parent / "outside.txt").exists()
