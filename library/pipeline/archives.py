"""OOXML (DOCX, XLSX, PPTX) and ODF (ODT, ODS, ODP) files are ZIP archives: their directory is
checked against the limits before any entry is unpacked, then their structure is confirmed."""

import posixpath
import re
import struct
import unicodedata
import zipfile

from django.utils.translation import gettext_lazy as _

from . import limits
from .errors import Rejected
from .kinds import LABELS, ODF, OOXML
from .xmlparts import NS, XML_ERRORS, drain, q, safe_fromstring

_EOCD = struct.Struct("<4s4H2LH")  # end of central directory record
_ZIP64_LOCATOR = struct.Struct("<4sLQL")
_ZIP64_EOCD = struct.Struct("<4sQ2H2L4Q")
_MAX_COMMENT = 0xFFFF

ODF_MIMETYPES = {
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/vnd.oasis.opendocument.presentation": "odp",
}
ODF_MAIN_PART = "content.xml"

# Content type of the main part -> kind; the macro-enabled variants are refused.
OOXML_MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": "docx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "xlsx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": "xlsx",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": "pptx",
    "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml": "pptx",
    "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml": "pptx",
}
OOXML_MACRO_TYPES = {
    "application/vnd.ms-word.document.macroenabled.main+xml",
    "application/vnd.ms-word.template.macroenabledtemplate.main+xml",
    "application/vnd.ms-excel.sheet.macroenabled.main+xml",
    "application/vnd.ms-excel.template.macroenabled.main+xml",
    "application/vnd.ms-excel.addin.macroenabled.main+xml",
    "application/vnd.ms-powerpoint.presentation.macroenabled.main+xml",
    "application/vnd.ms-powerpoint.slideshow.macroenabled.main+xml",
    "application/vnd.ms-powerpoint.template.macroenabled.main+xml",
    "application/vnd.ms-office.vbaproject",
    "application/vnd.ms-office.activex+xml",
    "application/vnd.ms-office.activex",
}
OOXML_FOLDERS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
OFFICE_DOCUMENT_REL = re.compile(r"/officeDocument$")

# Small parts read whole while checking; anything larger is refused.
_MAX_SMALL_PART = 2 * limits.MB
_DRIVE = re.compile(r"^[A-Za-z]:")


def _corrupt(kind: str) -> Rejected:
    return Rejected(
        "corrupt_archive",
        _("The file is damaged: it cannot be read as %(type)s."),
        type=LABELS[kind],
    )


def _encrypted() -> Rejected:
    return Rejected(
        "archive_encrypted",
        _(
            "The file is encrypted or password-protected, so it cannot be checked. "
            "Please remove the password and upload it again."
        ),
    )


def end_record(fp, size: int):
    """(entries, directory size, directory offset, end of the record) from the archive's end.

    Reads at most the last 64 KiB; refuses archives spanning several disks."""
    tail_size = min(size, _EOCD.size + _MAX_COMMENT + _ZIP64_LOCATOR.size)
    fp.seek(size - tail_size)
    tail = fp.read(tail_size)
    position = tail.rfind(b"PK\x05\x06")
    candidates = []
    while position >= 0:
        if position + _EOCD.size <= len(tail):
            candidates.append(position)
            record = _EOCD.unpack_from(tail, position)
            if position + _EOCD.size + record[-1] == len(tail):
                break
        position = tail.rfind(b"PK\x05\x06", 0, position)
    if not candidates:
        return None
    position = candidates[0] if position < 0 else position
    _sig, disk, cd_disk, disk_entries, entries, cd_size, cd_offset, comment = _EOCD.unpack_from(
        tail, position
    )
    record_end = size - tail_size + position + _EOCD.size + comment
    if 0xFFFF in (entries, disk_entries) or 0xFFFFFFFF in (cd_size, cd_offset):
        locator_at = position - _ZIP64_LOCATOR.size
        if locator_at < 0:
            return None
        sig, _disk, eocd64_offset, _disks = _ZIP64_LOCATOR.unpack_from(tail, locator_at)
        if sig != b"PK\x06\x07" or eocd64_offset + _ZIP64_EOCD.size > size:
            return None
        fp.seek(eocd64_offset)
        record64 = fp.read(_ZIP64_EOCD.size)
        if len(record64) < _ZIP64_EOCD.size:
            return None
        fields = _ZIP64_EOCD.unpack(record64)
        if fields[0] != b"PK\x06\x06":
            return None
        disk, cd_disk, disk_entries, entries, cd_size, cd_offset = fields[4:]
    if disk != 0 or cd_disk != 0 or disk_entries != entries:
        return None
    return entries, cd_size, cd_offset, record_end


def _check_entry_name(name: str, seen: set) -> None:
    parts = name.replace("\\", "/").split("/")
    if (
        not name
        or name.startswith(("/", "\\"))
        or "\\" in name
        or _DRIVE.match(name)
        or ".." in parts
        or any(unicodedata.category(char) in {"Cc", "Cf"} for char in name)
    ):
        raise Rejected(
            "archive_entry_name",
            _(
                "The file contains an entry with a dangerous name (%(name)s): an absolute path, "
                "“..” or control characters. It was not accepted."
            ),
            name=name.encode("ascii", "backslashreplace").decode()[:80],
        )
    if name in seen:
        raise Rejected(
            "archive_entry_name",
            _("The file contains the entry %(name)s twice, which programs read differently."),
            name=name[:80],
        )
    seen.add(name)


def check_directory(fp, size: int, kind: str) -> zipfile.ZipFile:
    """The archive opened, once its directory is within every limit (nothing unpacked yet)."""
    record = end_record(fp, size)
    if record is None:
        raise _corrupt(kind)
    entries, cd_size, cd_offset, record_end = record
    if record_end != size:
        raise Rejected(
            "polyglot",
            _(
                "The file has other data hidden after the end of its contents, a trick used to "
                "disguise one file as another. It was not accepted."
            ),
        )
    max_entries = limits.max_archive_entries()
    if entries > max_entries or cd_size > limits.MAX_CENTRAL_DIRECTORY_BYTES:
        raise Rejected(
            "archive_entries",
            _(
                "The file is made of too many parts (%(count)s; at most %(limit)s are accepted). "
                "It may be an attack on the server and was not unpacked."
            ),
            count=entries,
            limit=max_entries,
        )
    if cd_offset + cd_size > size:
        raise _corrupt(kind)
    try:
        archive = zipfile.ZipFile(fp)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise _corrupt(kind) from None
    infos = archive.infolist()
    if len(infos) > max_entries:  # the record undercounted
        raise Rejected(
            "archive_entries",
            _(
                "The file is made of too many parts (%(count)s; at most %(limit)s are accepted). "
                "It may be an attack on the server and was not unpacked."
            ),
            count=len(infos),
            limit=max_entries,
        )
    if not infos:
        raise _corrupt(kind)
    if min(info.header_offset for info in infos) != 0:
        raise Rejected(
            "polyglot",
            _(
                "The file has other data hidden before its contents, a trick used to disguise "
                "one file as another. It was not accepted."
            ),
        )
    seen: set[str] = set()
    total = 0
    max_total = limits.max_archive_bytes()
    max_ratio = limits.max_archive_ratio()
    for info in infos:
        _check_entry_name(info.filename, seen)
        if info.flag_bits & 0x41:  # encrypted, or strongly encrypted
            raise _encrypted()
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise Rejected(
                "corrupt_archive",
                _("The file uses a compression method that office documents never use."),
            )
        total += info.file_size
        if total > max_total:
            raise Rejected(
                "archive_too_big",
                _(
                    "Unpacked, the file would take more than %(limit)s MB. It may be a "
                    "“zip bomb” and was not unpacked."
                ),
                limit=max_total // limits.MB,
            )
        if info.file_size > limits.RATIO_FLOOR_BYTES and info.file_size > max_ratio * max(
            info.compress_size, 1
        ):
            raise Rejected(
                "archive_ratio",
                _(
                    "A part of the file (%(name)s) is compressed more than %(ratio)s times, as "
                    "in a “zip bomb”. It was not unpacked."
                ),
                name=info.filename[:80],
                ratio=max_ratio,
            )
    return archive


def read_small(archive: zipfile.ZipFile, name: str, kind: str) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > _MAX_SMALL_PART:
        raise _corrupt(kind)
    try:
        return archive.read(info)
    except XML_ERRORS:
        raise _corrupt(kind) from None


def _macros(kind: str) -> Rejected:
    return Rejected(
        "macros",
        _(
            "The file contains macros or active content (VBA, ActiveX or scripts), which can "
            "run code on readers' computers. Please save it without macros (for example as "
            "%(type)s) and upload it again."
        ),
        type=LABELS[kind],
    )


def _has_macro_parts(names) -> bool:
    for name in names:
        lower = name.lower()
        base = posixpath.basename(lower)
        if (
            base in {"vbaproject.bin", "vbadata.xml"}
            or "/activex/" in f"/{lower}"
            or lower.startswith(("basic/", "scripts/"))
        ):
            return True
    return False


def ooxml_kind(archive: zipfile.ZipFile, kind: str) -> tuple[str | None, str | None]:
    """(kind the package says it is, its main part) — kind None when it is no OOXML package."""
    names = set(archive.namelist())
    if "[Content_Types].xml" not in names or "_rels/.rels" not in names:
        return None, None
    try:
        types = safe_fromstring(read_small(archive, "[Content_Types].xml", kind))
        rels = safe_fromstring(read_small(archive, "_rels/.rels", kind))
    except XML_ERRORS:
        raise _corrupt(kind) from None
    overrides = {
        element.get("PartName", "").lstrip("/"): element.get("ContentType", "").lower()
        for element in types.iter(q("ct", "Override"))
    }
    if any(value in OOXML_MACRO_TYPES for value in overrides.values()):
        raise _macros(kind)
    for element in types.iter(q("ct", "Default")):
        if element.get("ContentType", "").lower() in OOXML_MACRO_TYPES:
            raise _macros(kind)
    main = None
    for element in rels.iter(f"{{{NS['rel']}}}Relationship"):
        if OFFICE_DOCUMENT_REL.search(element.get("Type", "")):
            main = posixpath.normpath(element.get("Target", "").lstrip("/"))
            break
    if main is None or main not in names:
        return None, None
    return OOXML_MAIN_TYPES.get(overrides.get(main, "")), main


def check_structure(archive: zipfile.ZipFile, kind: str) -> None:
    """Confirm the archive is the OOXML or ODF document its name says, without macros."""
    names = archive.namelist()
    if _has_macro_parts(names):
        raise _macros(kind)
    if kind in OOXML:
        found, main = ooxml_kind(archive, kind)
        if found is None and "mimetype" in names:
            found = _odf_kind(archive, kind)
            main = ODF_MAIN_PART
        if found != kind or main is None or not main.startswith(OOXML_FOLDERS[kind]):
            raise _mismatch(kind, found)
    elif kind in ODF:
        found = _odf_kind(archive, kind) if "mimetype" in names else None
        main = ODF_MAIN_PART
        if found is None:
            found, _main = ooxml_kind(archive, kind)
        if found != kind or main not in names:
            raise _mismatch(kind, found)
        if "META-INF/manifest.xml" in names and b"encryption-data" in read_small(
            archive, "META-INF/manifest.xml", kind
        ):
            raise _encrypted()
    try:
        with archive.open(main) as part:
            drain(part)
    except XML_ERRORS:
        raise Rejected(
            "corrupt_archive",
            _(
                "The file is damaged or contains XML that is not allowed (such as entity "
                "declarations): it cannot be read as %(type)s."
            ),
            type=LABELS[kind],
        ) from None


def _odf_kind(archive: zipfile.ZipFile, kind: str) -> str | None:
    mimetype = read_small(archive, "mimetype", kind)[:200]
    return ODF_MIMETYPES.get(mimetype.decode("ascii", "replace").strip())


def _mismatch(kind: str, found: str | None) -> Rejected:
    return Rejected(
        "type_mismatch",
        _("The file name says it is %(expected)s, but its content is %(actual)s."),
        expected=LABELS[kind],
        actual=LABELS[found or "zip"],
    )


def check_archive(fp, size: int, kind: str) -> None:
    archive = check_directory(fp, size, kind)
    with archive:
        check_structure(archive, kind)
