"""What the browser tests look at in a page: axe-core's findings and the weight of what loaded."""

from functools import cache

from tests.browser import chromium

# WCAG 2.0, 2.1 and 2.2 at levels A and AA.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BLOCKING = {"serious", "critical"}
BUDGET_BYTES = 100 * 1024
WEIGHED = {"document", "stylesheet", "script"}


@cache
def axe_source() -> str:
    return chromium.AXE.read_text(encoding="utf-8")


def axe_violations(page) -> list[str]:
    """Serious and critical WCAG 2.2 AA violations on the page, one readable line per node."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=axe_source())
    result = page.evaluate(
        """async (tags) => await axe.run(document, {
            runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]})""",
        WCAG_TAGS,
    )
    return [
        f"{violation['id']} ({violation['impact']}): {node['target']} {node['failureSummary']}"
        for violation in result["violations"]
        if violation["impact"] in BLOCKING
        for node in violation["nodes"]
    ]


class Weighing:
    """Records the responses of a page load; ``bytes`` adds up HTML, CSS and JS bodies."""

    def __init__(self, page):
        self.responses = []
        page.on("response", lambda response: self.responses.append(response))

    def sizes(self) -> dict[str, int]:
        sizes = {}
        for response in self.responses:
            if response.request.resource_type in WEIGHED and not 300 <= response.status < 400:
                sizes[response.url] = len(response.body())
        return sizes

    @property
    def bytes(self) -> int:
        return sum(self.sizes().values())


# The focused element, whether its focus is drawn (an outline or a ring), and whether it matches.
FOCUSED = """(selector) => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow !== "none";
    const box = el.getBoundingClientRect();
    return {
        element: el.outerHTML.slice(0, 160),
        drawn: outline || ring,
        onScreen: box.width > 0 && box.height > 0,
        matches: el.matches(selector),
    };
}"""


def tab_to(page, selector: str, *, limit: int = 150) -> None:
    """Press Tab until the element matching ``selector`` has the focus; every element passed on the
    way must show where the focus is."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED, selector)
        if focused is None:
            continue
        assert focused["drawn"], f"focus not visible on {focused['element']}"
        assert focused["onScreen"], f"focus on an invisible element: {focused['element']}"
        if focused["matches"]:
            return
    raise AssertionError(f"Tab never reached {selector} on {page.url}")


def press_and_load(page, key: str = "Enter") -> None:
    """Press ``key`` on the focused element and wait for the page it leads to."""
    with page.expect_navigation():
        page.keyboard.press(key)
