"""Issue 13 in a real browser: a park-finder link with Markdown in ?plaats= shows that text
as text. No link to the outside, no outside image fetched, no script run."""

import pytest

from tests.browser import ARTIFACTS, RequestLog

pytestmark = pytest.mark.browser

LINKS = {
    "link": ("%5BInloggen%5D(https%3A%2F%2Fevil.example)", "[Inloggen](https://evil.example)"),
    "image": ("!%5Bx%5D(https%3A%2F%2Fevil.example%2Fp.png)", "![x](https://evil.example/p.png)"),
    "html": ("%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "<img src=x onerror=alert(1)>"),
}


@pytest.mark.parametrize("name", LINKS)
def test_hostile_search_link_shows_text_and_fetches_nothing_outside(app_url, browser, name):
    query, typed = LINKS[name]
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    log = RequestLog(page)
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{app_url}/parken?kaart=none&plaats={query}")
    warning = page.get_by_test_id("stAlertContentWarning").first
    warning.wait_for(timeout=60_000)
    page.wait_for_load_state("networkidle")
    assert typed in warning.inner_text().replace("\u200b", "")
    for frame in page.frames:
        assert frame.locator("a[href*='evil'], img[src*='evil'], img[src='x']").count() == 0
    assert log.outside_hosts() == set(), log.outside_hosts()
    assert dialogs == []
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"finder_hostile_{name}.png"))
    page.context.close()
