"""Issue 9: a form sent with mistakes comes back with an error summary at its top that takes the
focus, names each problem and links to the field, where the link puts the focus."""

import pytest

from tests.browser.checks import axe_violations
from tests.browser.pages import key_pages

FORMS = [("contribute", "en"), ("contribute", "ar"), ("join", "en"), ("new-topic", "en")]


@pytest.mark.parametrize(("name", "lang"), FORMS)
def test_error_summary_leads_to_each_field(open_context, name, lang):
    key = key_pages(lang)[name]
    page = open_context(key.role, lang).new_page()
    page.goto(key.path)
    send = page.locator("main form[method=post] button[type=submit]:not(.link-button)").last
    send.click()  # the upload form sends with JavaScript and writes the answer in place
    page.wait_for_selector(".error-summary")
    page.wait_for_load_state()
    summary = page.locator(".error-summary")
    assert summary.count() == 1
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    # The summary comes before the form's fields.
    assert page.evaluate(
        """() => { const s = document.querySelector(".error-summary");
                   const f = document.querySelector(".field-error");
                   return !!(s.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING); }"""
    )
    links = summary.locator("a")
    assert links.count() >= 1
    for index in range(links.count()):
        link = links.nth(index)
        target = link.get_attribute("href")
        assert target.startswith("#") and len(target) > 1, link.inner_text()
        link.click()
        focused = page.evaluate("document.activeElement.id")
        assert f"#{focused}" == target, f"{link.inner_text()} leads to {target}, focus on {focused}"
        # The field's own message is text, not only a red border.
        field = page.locator(f"{target}").locator("xpath=ancestor::div[contains(@class,'field')]")
        assert field.locator(".error-text").first.inner_text().strip()
    assert axe_violations(page) == []
