"""Issue 9: the main journeys done with the keyboard alone, the focus visible at every step, and
error summaries at the top of forms that lead to their fields."""

import uuid

from django.test.utils import override_settings
from django.utils import translation
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from forum.models import Post, Topic
from library.models import LibraryDocument
from network.demo import simple_pdf
from tests.browser.checks import axe_violations, press_and_load, tab_to


def test_log_in_with_the_keyboard(open_context):
    page = open_context("visitor", "en").new_page()
    page.goto("/en/forum/")
    tab_to(page, "a[href^='/accounts/login/']")
    press_and_load(page)
    page.wait_for_url("**/accounts/login/**")

    # A wrong password: the error summary comes first and takes the focus.
    tab_to(page, "input[name=login]")
    page.keyboard.type("mechanism")
    tab_to(page, "input[name=password]")
    page.keyboard.type("not-the-password")
    press_and_load(page)
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    assert axe_violations(page) == []

    tab_to(page, "input[name=password]")
    page.keyboard.type("network-demo")
    press_and_load(page)
    page.wait_for_url("**/en/forum/")
    assert page.locator(".account-menu").get_by_text("Log out").is_visible()


@override_settings(FORUM_NEW_MEMBER_POSTS=0)
def test_reply_to_a_topic_with_the_keyboard(open_context):
    topic = Topic.objects.get(title="Welcome to the Network's forum")
    page = open_context("mechanism", "en").new_page()
    page.goto(f"/en/forum/t/{topic.pk}/")

    # Sending an empty reply: the summary names the problem and its link leads to the text box.
    tab_to(page, "form[action$='/reply/'] button[type=submit]:not(.link-button)")
    press_and_load(page)
    page.wait_for_url(f"**/forum/t/{topic.pk}/reply/")
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    tab_to(page, ".error-summary a")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.name") == "body"
    assert axe_violations(page) == []

    text = f"Keyboard reply {uuid.uuid4().hex[:8]}"
    page.keyboard.type(text)
    tab_to(page, "button[type=submit]:not(.link-button)")
    press_and_load(page)
    page.wait_for_url(f"**/forum/t/{topic.pk}/**")
    assert page.get_by_text(text).is_visible()
    assert Post.objects.filter(topic=topic, body=text, author__username="mechanism").exists()


def open_file_chooser(page):
    """Open the focused file input's chooser with the keyboard: Space, and Enter if a busy
    machine let Space's chooser go by (both are how keyboard users open it)."""
    try:
        with page.expect_file_chooser(timeout=10_000) as chooser:
            page.keyboard.press("Space")
    except PlaywrightTimeout:
        with page.expect_file_chooser() as chooser:
            page.keyboard.press("Enter")
    return chooser.value


def test_contribute_a_document_with_the_keyboard(open_context, tmp_path):
    upload = tmp_path / "keyboard-contribution.pdf"
    upload.write_bytes(simple_pdf(["A contribution sent with the keyboard."]))
    title = f"Keyboard contribution {uuid.uuid4().hex[:8]}"
    page = open_context("cso", "en").new_page()
    page.goto("/en/library/")
    tab_to(page, "a[href$='/library/contribute/']")
    press_and_load(page)
    page.wait_for_url("**/library/contribute/")

    tab_to(page, "input[type=file]")
    open_file_chooser(page).set_files(upload)
    tab_to(page, "input[name=title]")
    page.keyboard.type(title)
    tab_to(page, "select[name=language]")
    page.keyboard.type("English")
    tab_to(page, "select[name=countries]")
    page.keyboard.type("Paraguay")
    tab_to(page, "button[type=submit]")
    press_and_load(page)
    page.wait_for_url("**/library/*/status/**")
    assert page.locator("h1").inner_text() == title
    with translation.override("en"):
        document = LibraryDocument.objects.get(title=title)
    assert document.contributed_by.username == "cso"


def test_search_and_open_a_result_with_the_keyboard(open_context):
    page = open_context("visitor", "en").new_page()
    page.goto("/en/")
    tab_to(page, "#site-search-q")
    page.keyboard.type("Asunción")
    press_and_load(page)
    page.wait_for_url("**/en/search/?q=*")
    results = page.locator("ol.search-results h3 a")
    # The site search shows a document under its own language's title (it is in Spanish).
    assert "Declaración de Asunción" in results.all_inner_texts()
    href = results.filter(has_text="Declaración de Asunción").first.get_attribute("href")
    tab_to(page, f'ol.search-results h3 a[href="{href}"]')
    press_and_load(page)
    page.wait_for_url("**/en/library/*/")
    assert page.locator("h1").inner_text() == "Declaration of Asunción"


def test_switch_language_with_the_keyboard_keeps_page_and_query(open_context):
    page = open_context("visitor", "en").new_page()
    page.goto("/en/library/?q=Asunci%C3%B3n&sort=newest")
    tab_to(page, "button[name=language][value=ar]")
    press_and_load(page)
    page.wait_for_url("**/ar/library/?q=*")
    assert page.url.endswith("/ar/library/?q=Asunci%C3%B3n&sort=newest")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("#id_q").input_value() == "Asunción"
    assert "إعلان أسونسيون" in page.locator("ol.search-results h3 a").all_inner_texts()
    # Back to English, still with the keyboard, from the right-to-left layout.
    tab_to(page, "button[name=language][value=en]")
    press_and_load(page)
    page.wait_for_url("**/en/library/?q=*")
    assert page.locator("html").get_attribute("dir") == "ltr"
