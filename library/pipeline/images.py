"""PNG and JPEG images: opened under a pixel limit, cleaned of metadata, made into thumbnails."""

import io
import struct

from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageFile, ImageOps, JpegImagePlugin, PngImagePlugin, UnidentifiedImageError

from . import limits
from .errors import Rejected
from .files import replace_file

FORMATS = {"png": "PNG", "jpg": "JPEG"}
# The format's own class, not Image.open: Image.open refuses huge images by a global limit
# (Image.MAX_IMAGE_PIXELS, shared with the rest of the site) before their size can be told.
OPENERS = {"png": PngImagePlugin.PngImageFile, "jpg": JpegImagePlugin.JpegImageFile}
THUMBNAIL_PX = 300

# Images up to this size are decoded whole while checking (larger ones only verified), so the
# check never needs much memory.
_FULL_DECODE_PIXELS = 12_000_000

IMAGE_ERRORS = (
    UnidentifiedImageError,
    Image.DecompressionBombError,
    OSError,
    ValueError,
    SyntaxError,
    struct.error,
    EOFError,
    IndexError,
    KeyError,
    TypeError,
    ZeroDivisionError,
    MemoryError,
)


def corrupt_image(kind: str) -> Rejected:
    return Rejected(
        "corrupt_image",
        _("The image is damaged or incomplete and cannot be read as a %(format)s image."),
        format=FORMATS[kind],
    )


def _too_many_pixels(width: int, height: int, limit: int) -> Rejected:
    return Rejected(
        "image_too_many_pixels",
        _(
            "The image is too large: %(width)s × %(height)s pixels, more than the %(limit)s "
            "million pixels accepted. Please reduce its size."
        ),
        width=width,
        height=height,
        limit=round(limit / 1_000_000),
    )


def open_image(source, kind: str) -> Image.Image:
    """Open (lazily: only the header is read) an image of the given kind under the pixel limit.

    The limit is checked against the declared size before anything is decoded, so a tiny file
    declaring billions of pixels (a "pixel flood") never reaches the decoder."""
    limit = limits.max_image_pixels()
    try:
        image = OPENERS[kind](source)
    except IMAGE_ERRORS:
        raise corrupt_image(kind) from None
    width, height = image.size
    if width < 1 or height < 1:
        image.close()
        raise corrupt_image(kind)
    if width * height > limit:
        image.close()
        raise _too_many_pixels(width, height, limit)
    return image


def check_image(fileobj, kind: str) -> None:
    """Decode (or, for very large PNGs, verify) the image; truncation and damage are refused."""
    if ImageFile.LOAD_TRUNCATED_IMAGES:  # someone relaxed Pillow globally: not for uploads
        raise corrupt_image(kind)
    image = open_image(fileobj, kind)
    try:
        with image:
            width, height = image.size
            if kind == "jpg":
                # Decoding at 1/8 scale still reads every byte of the compressed data.
                image.draft(None, (max(1, width // 8), max(1, height // 8)))
                image.load()
            elif width * height <= _FULL_DECODE_PIXELS:
                image.load()
            else:
                image.verify()
    except Rejected:
        raise
    except IMAGE_ERRORS:
        raise corrupt_image(kind) from None


def strip_image(path: str, kind: str) -> None:
    """Re-encode the image without EXIF (GPS, camera, author), XMP, comments or text chunks.

    The EXIF orientation is applied to the pixels first, so the picture still stands upright."""
    with open_image(path, kind) as image:
        try:
            image.load()
            icc_profile = image.info.get("icc_profile")
            transparency = image.info.get("transparency")
            dpi = image.info.get("dpi")
            clean = ImageOps.exif_transpose(image)
        except IMAGE_ERRORS:
            raise corrupt_image(kind) from None
    clean.info = {}
    options = {}
    if icc_profile:
        options["icc_profile"] = icc_profile
    if dpi:
        options["dpi"] = dpi
    if kind == "jpg":
        if clean.mode not in ("RGB", "L", "CMYK"):
            clean = clean.convert("RGB")
        options.update(quality=92, exif=b"", comment=b"")
    elif transparency is not None and clean.mode in ("P", "L", "RGB", "1", "I"):
        options["transparency"] = transparency
    buffer = io.BytesIO()
    clean.save(buffer, FORMATS[kind], **options)
    replace_file(path, buffer.getvalue())


def thumbnail(source, kind: str, size: int = THUMBNAIL_PX) -> bytes:
    """A PNG at most ``size`` pixels wide and high."""
    with open_image(source, kind) as image:
        try:
            if kind == "jpg":
                image.draft("RGB", (size, size))
            upright = ImageOps.exif_transpose(image)
            upright.thumbnail((size, size))
            return png_bytes(upright)
        except IMAGE_ERRORS:
            raise corrupt_image(kind) from None


def png_bytes(image: Image.Image) -> bytes:
    if image.mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert(
            "RGBA" if "A" in image.getbands() or "transparency" in image.info else "RGB"
        )
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=1)  # a thumbnail: speed over the last kilobytes
    return buffer.getvalue()


# Lossless cleaning of pictures inside office documents (their pixels are left untouched).

_JPEG_KEEP = {0xE0, 0xEE}  # JFIF, Adobe (colour transform)
_PNG_KEEP = {
    b"IHDR",
    b"PLTE",
    b"IDAT",
    b"IEND",
    b"tRNS",
    b"gAMA",
    b"cHRM",
    b"sRGB",
    b"iCCP",
    b"sBIT",
    b"bKGD",
    b"pHYs",
    b"acTL",
    b"fcTL",
    b"fdAT",
}


def strip_jpeg_bytes(data: bytes) -> bytes:
    """The JPEG without APPn segments (EXIF, XMP, IPTC…) other than JFIF, ICC and Adobe, nor
    comments. Unparseable data is returned unchanged."""
    if not data.startswith(b"\xff\xd8"):
        return data
    out = [b"\xff\xd8"]
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            return data
        marker = data[position + 1]
        if marker == 0xFF:
            position += 1
            continue
        if marker == 0xDA:  # start of scan: the rest is image data
            out.append(data[position:])
            return b"".join(out)
        if marker == 0x01 or 0xD0 <= marker <= 0xD8:
            out.append(data[position : position + 2])
            position += 2
            continue
        length = int.from_bytes(data[position + 2 : position + 4], "big")
        segment = data[position : position + 2 + length]
        if length < 2 or len(segment) < 2 + length:
            return data
        is_metadata = 0xE1 <= marker <= 0xEF or marker == 0xFE
        keep = (
            not is_metadata
            or marker in _JPEG_KEEP
            or (marker == 0xE2 and segment[4:16] == b"ICC_PROFILE\x00")
        )
        if keep:
            out.append(segment)
        position += 2 + length
    return data


def strip_png_bytes(data: bytes) -> bytes:
    """The PNG without text, time, EXIF or unknown chunks. Unparseable data is returned
    unchanged."""
    signature = b"\x89PNG\r\n\x1a\n"
    if not data.startswith(signature):
        return data
    out = [signature]
    position = len(signature)
    while position + 12 <= len(data):
        length = int.from_bytes(data[position : position + 4], "big")
        chunk_type = data[position + 4 : position + 8]
        end = position + 12 + length
        if end > len(data):
            return data
        if chunk_type in _PNG_KEEP:
            out.append(data[position:end])
        position = end
        if chunk_type == b"IEND":
            return b"".join(out)
    return data
