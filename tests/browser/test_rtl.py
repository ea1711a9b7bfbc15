"""Issue 9: Arabic mirrors the layout (right-to-left), English does not (in Chromium)."""

import pytest


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


def test_text_in_another_language_keeps_its_own_direction(open_context):
    from forum.models import Topic

    topic = Topic.objects.get(title__startswith="¿Qué herramienta usan")
    page = open_context("mechanism", "ar").new_page()
    page.goto(f"/ar/forum/t/{topic.pk}/")
    direction = "(selector) => getComputedStyle(document.querySelector(selector)).direction"
    assert page.evaluate(direction, "main") == "rtl"
    # A Spanish title and post read left to right, their question marks in place.
    assert page.evaluate(direction, "h1") == "ltr"
    assert page.evaluate(direction, ".post-body") == "ltr"
