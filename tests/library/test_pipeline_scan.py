"""scan: clamd's INSTREAM protocol against a fake clamd, failing closed; and, when CI provides
one (CLAMD_TEST_URL), against a real clamd whose database holds the EICAR signature."""

import os
import socket
import socketserver
import struct
import threading
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile, TemporaryUploadedFile
from django.utils import translation

from library.pipeline import Rejected, ScanUnavailable, check_upload, corpus, scan

REPLIES = {
    "ok": b"stream: OK\x00",
    "found": b"stream: Eicar-Test-Signature FOUND\x00",
    "error": b"INSTREAM size limit exceeded. ERROR\x00",
    "odd": b"PONG\x00",
}


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _exactly(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        piece = sock.recv(size - len(data))
        if not piece:
            raise ConnectionError("client went away")
        data += piece
    return data


class FakeClamdHandler(socketserver.BaseRequestHandler):
    """Reads one INSTREAM command and answers as the server's ``mode`` says."""

    def handle(self):
        server = self.server
        if server.mode == "close":
            return
        command = b""
        while not command.endswith(b"\x00") and len(command) < 32:
            command += _exactly(self.request, 1)
        server.commands.append(command)
        while True:
            (length,) = struct.unpack(">L", _exactly(self.request, 4))
            if length == 0:
                break
            server.chunks.append(length)
            server.received += _exactly(self.request, length)
        if server.mode == "silent":
            server.release.wait(10)
            return
        self.request.sendall(REPLIES[server.mode])


class _Fake:
    def __init__(self, mode: str):
        self.mode = mode
        self.commands: list[bytes] = []
        self.chunks: list[int] = []
        self.received = bytearray()
        self.release = threading.Event()


class FakeTcpClamd(_Fake, socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, mode: str):
        _Fake.__init__(self, mode)
        socketserver.ThreadingTCPServer.__init__(self, ("127.0.0.1", 0), FakeClamdHandler)

    @property
    def url(self) -> str:
        return f"tcp://127.0.0.1:{self.server_address[1]}"


class FakeUnixClamd(_Fake, socketserver.ThreadingUnixStreamServer):
    daemon_threads = True

    def __init__(self, mode: str, path: str):
        _Fake.__init__(self, mode)
        socketserver.ThreadingUnixStreamServer.__init__(self, path, FakeClamdHandler)

    @property
    def url(self) -> str:
        return f"unix://{self.server_address}"


@pytest.fixture
def clamd(settings, tmp_path):
    """``clamd("ok")`` starts a fake clamd answering that way and points CLAMAV_URL at it."""
    servers = []
    settings.CLAMAV_TIMEOUT = 0.5

    def start(mode: str, unix: bool = False):
        server = FakeUnixClamd(mode, str(tmp_path / "clamd.ctl")) if unix else FakeTcpClamd(mode)
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        servers.append(server)
        settings.CLAMAV_URL = server.url
        return server

    yield start
    for server in servers:
        server.release.set()
        server.shutdown()
        server.server_close()


def test_without_clamav_url_nothing_is_scanned(settings, monkeypatch):
    settings.CLAMAV_URL = ""

    def no_network(*args, **kwargs):
        raise AssertionError("no connection expected")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "socket", no_network)
    assert scan(SimpleUploadedFile("eicar.txt", corpus.eicar())) is None


def test_clean_file_passes_and_is_streamed_in_chunks(clamd):
    server = clamd("ok")
    data = corpus.sample_pdf(300, lines=20)
    assert scan(SimpleUploadedFile("report.pdf", data)) is None
    assert server.commands == [b"zINSTREAM\x00"]
    assert bytes(server.received) == data
    assert len(server.chunks) > 1 and max(server.chunks) <= 256 * 1024


def test_file_on_disk_and_path_are_scanned(clamd, tmp_path):
    server = clamd("ok")
    data = corpus.sample_docx()
    upload = TemporaryUploadedFile("report.docx", "application/octet-stream", len(data), None)
    upload.write(data)
    scan(upload)
    path = tmp_path / "report.docx"
    path.write_bytes(data)
    scan(str(path))
    assert bytes(server.received) == data * 2


def test_infected_file_is_rejected_naming_the_signature(clamd):
    clamd("found")
    with pytest.raises(Rejected) as caught:
        scan(SimpleUploadedFile("eicar.txt", corpus.eicar()))
    assert not isinstance(caught.value, ScanUnavailable)
    assert caught.value.code == "malware"
    message = str(caught.value.message)
    assert "contains malware (Eicar-Test-Signature)" in message
    assert "was not stored" in message


@pytest.mark.parametrize("mode", ["close", "error", "odd"])
def test_broken_clamd_fails_closed(clamd, mode):
    clamd(mode)
    with pytest.raises(ScanUnavailable) as caught:
        scan(SimpleUploadedFile("report.pdf", corpus.sample_pdf()))
    assert caught.value.code == "scan_unavailable"
    assert "could not be checked for malware right now" in str(caught.value.message)
    assert "nothing was stored" in str(caught.value.message)


def test_clamd_that_never_answers_times_out(clamd):
    clamd("silent")
    started = time.monotonic()
    with pytest.raises(ScanUnavailable):
        scan(SimpleUploadedFile("report.pdf", corpus.sample_pdf()))
    assert time.monotonic() - started < 5


def test_unreachable_clamd_fails_closed(settings):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.CLAMAV_URL = f"tcp://127.0.0.1:{port}"
    with pytest.raises(ScanUnavailable):
        scan(SimpleUploadedFile("report.pdf", corpus.sample_pdf()))


@pytest.mark.parametrize("url", ["http://127.0.0.1:3310", "3310", "unix:///nonexistent/clamd.ctl"])
def test_bad_clamav_url_fails_closed(settings, url):
    settings.CLAMAV_URL = url
    with pytest.raises(ScanUnavailable):
        scan(SimpleUploadedFile("report.pdf", corpus.sample_pdf()))


@pytest.mark.parametrize("mode", ["ok", "found"])
def test_unix_socket(clamd, mode):
    clamd(mode, unix=True)
    upload = SimpleUploadedFile("notes.txt", corpus.sample_txt())
    if mode == "ok":
        scan(upload)
    else:
        with pytest.raises(Rejected, match="malware"):
            scan(upload)


REAL_CLAMD = os.environ.get("CLAMD_TEST_URL", "")


@pytest.mark.skipif(
    not REAL_CLAMD,
    reason="CLAMD_TEST_URL is not set: no real clamd here (CI starts one with .ci/clamd.sh)",
)
@pytest.mark.parametrize(
    "name, build",
    [("eicar.txt", corpus.eicar), ("report.docx", corpus.eicar_docx)],
)
def test_real_clamd_finds_eicar(settings, name, build):
    settings.CLAMAV_URL = REAL_CLAMD
    settings.CLAMAV_TIMEOUT = 30
    upload = SimpleUploadedFile(name, build())
    check_upload(upload)  # the checks let it through: only the scanner can tell
    with pytest.raises(Rejected) as caught:
        scan(upload)
    assert caught.value.code == "malware"
    assert "Eicar" in str(caught.value.message)


@pytest.mark.skipif(
    not REAL_CLAMD,
    reason="CLAMD_TEST_URL is not set: no real clamd here (CI starts one with .ci/clamd.sh)",
)
@pytest.mark.parametrize("kind", ["pdf", "docx", "jpg"])
def test_real_clamd_passes_clean_files(settings, kind):
    settings.CLAMAV_URL = REAL_CLAMD
    settings.CLAMAV_TIMEOUT = 30
    name, build = corpus.SAMPLES[kind]
    assert scan(SimpleUploadedFile(name, build())) is None
