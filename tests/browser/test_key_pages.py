"""Issue 9: every key page in English (ltr) and Arabic (rtl) passes axe-core's WCAG 2.2 AA rules
with no serious or critical violation, stays within 100 KB of HTML, CSS and JS, and asks no other
host for anything. English is read on a desktop screen, Arabic on a phone, where nothing may be
wider than the screen."""

import pytest

from tests.browser.checks import BUDGET_BYTES, Weighing, axe_violations
from tests.browser.pages import KEY_PAGE_NAMES, LANGUAGES, key_pages

DESKTOP_WIDTH, MOBILE_WIDTH = 1280, 390


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", KEY_PAGE_NAMES)
def test_key_page(open_context, lang, name):
    key = key_pages(lang)[name]
    width = MOBILE_WIDTH if lang == "ar" else DESKTOP_WIDTH
    page = open_context(key.role, lang, viewport={"width": width, "height": 800}).new_page()
    weighing = Weighing(page)
    response = page.goto(key.path)
    assert response.status == 200, f"{key.path} as {key.role}: {response.status}"
    html = page.locator("html")
    assert html.get_attribute("lang") == lang
    assert html.get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")

    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{key.path} is {overflow}px wider than a {width}px screen"

    violations = axe_violations(page)
    assert violations == [], "\n".join(violations)

    page.wait_for_load_state("load")
    sizes = weighing.sizes()
    assert sum(sizes.values()) <= BUDGET_BYTES, sizes
    assert page.context.foreign_requests == []
