"""Issue 9: Arabic mirrors the layout (right-to-left), English does not; the stylesheet uses only
logical properties, so every rule mirrors by itself."""

import re

import pytest

from tests.browser.chromium import ROOT

STYLESHEETS = sorted(ROOT.glob("*/static/*/*.css"))
PHYSICAL = re.compile(
    r"(?<![\w-])(margin|padding|border)-(left|right)\b|(?<![\w-])(left|right)\s*:"
    r"|text-align\s*:\s*(left|right)|float\s*:\s*(left|right)"
)


def test_stylesheets_use_logical_properties_only():
    assert STYLESHEETS
    physical = [
        f"{sheet.relative_to(ROOT)}:{number}: {line.strip()}"
        for sheet in STYLESHEETS
        for number, line in enumerate(sheet.read_text().splitlines(), 1)
        if PHYSICAL.search(line)
    ]
    assert physical == []


def box(page, selector: str) -> dict:
    return page.locator(selector).first.bounding_box()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_layout_follows_the_reading_direction(open_context, lang):
    page = open_context("mechanism", lang, viewport={"width": 1280, "height": 800}).new_page()
    page.goto(f"/{lang}/library/")
    brand = box(page, ".brand")
    filters, results = box(page, "aside.facets"), box(page, "section[aria-labelledby]")
    if lang == "ar":  # the brand and the filters start at the right
        assert brand["x"] + brand["width"] > 1280 - 200 and brand["x"] > 200
        assert filters["x"] > results["x"]
    else:
        assert brand["x"] < 200 and brand["x"] + brand["width"] < 1280 - 200
        assert filters["x"] < results["x"]
    # Labels and table headers align with the start of the line, whichever side that is.
    align = page.evaluate("getComputedStyle(document.querySelector('label')).textAlign")
    assert align in {"start", "right" if lang == "ar" else "left"}

    page.goto(f"/{lang}/forum/")
    heading = page.locator("th").first
    header_box, cell_text = (
        heading.bounding_box(),
        heading.evaluate(
            """(th) => { const r = document.createRange(); r.selectNodeContents(th);
                     return r.getBoundingClientRect().toJSON(); }"""
        ),
    )
    if lang == "ar":
        assert cell_text["right"] >= header_box["x"] + header_box["width"] - 12
    else:
        assert cell_text["left"] <= header_box["x"] + 12
