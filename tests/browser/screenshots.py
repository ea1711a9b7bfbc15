"""`make screenshots`: PNGs of the key pages at desktop and mobile widths, left-to-right (en) and
right-to-left (ar), into $SCREENSHOTS_DIR (var/screenshots/, ignored by git) for reviewing the look.

Not collected with the suite (the name does not start with test_); the Makefile runs this file
explicitly so it reuses the browser fixtures and the live demo server.
"""

import os
import struct
from pathlib import Path

import pytest

from tests.browser.pages import KEY_PAGE_NAMES, LANGUAGES, key_pages

VIEWPORTS = {"desktop": (1280, 800), "mobile": (390, 844)}


def png_width(path: Path) -> int:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">I", header[16:20])[0]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("device", VIEWPORTS)
def test_screenshots(open_context, lang, device):
    folder = Path(os.environ.get("SCREENSHOTS_DIR", "var/screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    width, height = VIEWPORTS[device]
    contexts = {}
    for name in KEY_PAGE_NAMES:
        key = key_pages(lang)[name]
        if key.role not in contexts:
            contexts[key.role] = open_context(
                key.role,
                lang,
                viewport={"width": width, "height": height},
                is_mobile=device == "mobile",
                device_scale_factor=1,
            ).new_page()
        page = contexts[key.role]
        assert page.goto(key.path).status == 200, key.path
        path = folder / f"{name}-{lang}-{device}.png"
        page.screenshot(path=path, full_page=True)
        assert png_width(path) == width, path
