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
