"""Accessibility, measured (issue #15.6), in Debian's Chromium: axe-core (bundled by the pinned
axe-playwright-python) finds no critical or serious WCAG 2.1 A/AA violation on any page in any
language; ``<html lang>`` is the chosen language; the map has its text alternative next to it;
the main controls are reached with Tab in a sensible order and work with the keyboard alone."""

from __future__ import annotations

import re

import pytest

from tests.browser import ARTIFACTS, app_idle, map_frame
from twente.i18n import LANGS, t

pytestmark = pytest.mark.browser

# Every page in a representative state: a municipality chosen, a search made.
PAGES = {
    "overview": "/?gemeente=GM0153",
    "population": "/bevolking",
    "municipality": "/gemeente?gemeente=GM0153",
    "upload": "/eigen-gegevens",
    "health": "/gezondheid?gemeente=GM0153",
    "living": "/leefomgeving",
    "parks": "/parken?plaats=Enschede",
    "sources": "/bronnen",
    "presentation": "/presentatie",
}
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = ("critical", "serious")

# Violations inside Streamlit's own frontend that the app cannot change: (rule, CSS selector, why).
# Each is excluded by rule and selector only; everything else on the page is still checked.
STREAMLIT_OWN: list[tuple[str, str, str]] = []


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def with_params(path: str, **params: str) -> str:
    return path + ("&" if "?" in path else "?") + "&".join(f"{k}={v}" for k, v in params.items())


def load(page, url: str) -> None:
    page.goto(url)
    page.locator("h1").first.wait_for(timeout=90_000)
    app_idle(page, 90_000)
    if page.locator("iframe[title='streamlit_folium.st_folium']").count():
        # any Leaflet layer: the profile's district map and the finder have no municipality shapes
        frame = page.frame_locator("iframe[title='streamlit_folium.st_folium']").first
        frame.locator(".leaflet-interactive, .leaflet-marker-icon").first.wait_for(state="attached", timeout=90_000)
        app_idle(page, 90_000)
    # a rerun after the first (the map reports its first state) fades the page's elements while it
    # runs (Streamlit's data-stale): axe would measure the faded colours, Tab would skip them.
    page.wait_for_function("!document.querySelector('[data-stale=\"true\"]')", timeout=30_000)
    app_idle(page, 90_000)
    # and elements that fade in (CSS transitions) have finished: axe measures colours as drawn
    page.wait_for_function(
        "document.getAnimations().every(a => a.playState !== 'running'"
        " || (a.effect && a.effect.getTiming().iterations === Infinity))",
        timeout=30_000,
    )


def axe_violations(page) -> list[dict]:
    """The critical and serious WCAG 2.1 A/AA violations axe finds, less the STREAMLIT_OWN ones."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}})
    found = []
    for v in results.response["violations"]:
        if v["impact"] not in BLOCKING:
            continue
        excluded = [selector for rule, selector, _ in STREAMLIT_OWN if rule == v["id"]]
        targets = [n["target"] for n in v["nodes"] if not any(_matches(page, n["target"], s) for s in excluded)]
        if targets:
            found.append({"rule": v["id"], "impact": v["impact"], "help": v["help"], "targets": targets})
    return found


def _matches(page, target: list, selector: str) -> bool:
    """Whether the node axe names (a CSS selector path) is an element matching ``selector``."""
    return page.evaluate(
        "([t, s]) => { const e = document.querySelector(t); return !!e && e.matches(s); }", [target[-1], selector]
    )


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", PAGES)
def test_no_serious_accessibility_violation(page, app_url, name, lang):
    load(page, app_url + with_params(PAGES[name], lang=lang, kaart="none"))
    # the app's script sets it once the page is drawn; fails (times out) when it stays Streamlit's 'en'
    page.wait_for_function("(lang) => document.documentElement.lang === lang", arg=lang, timeout=20_000)
    found = axe_violations(page)
    if found:  # measured while a component was still mounting (a blank map, faded elements)? Once more, settled
        app_idle(page, 90_000)
        page.wait_for_function("!document.querySelector('[data-stale=\"true\"]')", timeout=30_000)
        found = axe_violations(page)
    if found:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"axe_{name}_{lang}.png"), full_page=True)
    assert found == [], found


def test_a_table_that_scrolls_sideways_is_reached_with_the_keyboard(browser, app_url):
    """On a phone the households table is wider than the screen: its box takes the focus, has a name
    in the page's language, and the arrow keys scroll it."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        load(page, f"{app_url}/bevolking?kaart=none&lang=de")
        box = page.locator("[data-testid=stTable] table").first.locator("xpath=..")
        box.wait_for(timeout=60_000)
        assert box.evaluate("b => b.scrollWidth > b.clientWidth + 1"), "the table is wider than a phone"
        page.wait_for_function(
            "() => { const b = document.querySelector('[data-testid=stTable] table').parentElement;"
            " return b.tabIndex === 0 && b.getAttribute('role') === 'region'; }",
            timeout=20_000,
        )
        assert box.get_attribute("aria-label") == t("table_scrolls", "de")
        box.focus()
        box.press("ArrowRight")
        page.wait_for_function(
            "() => document.querySelector('[data-testid=stTable] table').parentElement.scrollLeft > 0", timeout=10_000
        )
    finally:
        context.close()


def test_html_lang_follows_the_language_switch(page, app_url):
    load(page, f"{app_url}/gezondheid?kaart=none")
    # the app's script sets it once the page is drawn (times out when it stays Streamlit's 'en')
    page.wait_for_function("document.documentElement.lang === 'nl'", timeout=20_000)
    page.get_by_role("radio", name="DE", exact=True).click()
    page.wait_for_function("document.documentElement.lang === 'de'", timeout=30_000)
    page.get_by_role("link", name=t("page_parks", "de")).click()
    page.locator("h1").filter(has_text=t("finder_title", "de")).wait_for(timeout=60_000)
    assert page.evaluate("document.documentElement.lang") == "de", "and stays so on the next page"


def test_the_map_says_where_its_figures_are_as_text(page, app_url):
    load(page, f"{app_url}/?kaart=none")
    note, table = t("map_table_note", "nl"), t("table_view", "nl")
    assert page.get_by_text(note).count() == 1
    # one measurement of the page as it stands (the positions are relative to the same scroll)
    found = page.wait_for_function(
        """([note, table]) => {
          const top = (pred) => { const e = [...document.querySelectorAll('p, summary')].find(pred);
                                  return e ? e.getBoundingClientRect().top : null; };
          const m = document.querySelector("iframe[title='streamlit_folium.st_folium']");
          const box = m ? m.getBoundingClientRect() : null;  // laid out: the map has its height
          const found = {mapBottom: box && box.height > 100 ? box.bottom : null,
                         note: top(e => e.innerText.includes(note)),
                         table: top(e => e.tagName === 'SUMMARY' && e.innerText.includes(table))};
          return Object.values(found).every(v => v !== null) && found;
        }""",
        arg=[note, table],
        timeout=30_000,
    ).json_value()
    assert 0 <= found["note"] - found["mapBottom"] < 250, f"the sentence is right under the map: {found}"
    assert found["table"] > found["note"], f"and the table it names is below it: {found}"


# What has the focus, in words: the element's name, and inside the map's iframe, "map".
FOCUS_JS = """() => {
  const e = document.activeElement;
  if (!e) return {kind: 'none', name: ''};
  const tid = (e.closest('[data-testid]') || {getAttribute: () => ''}).getAttribute('data-testid') || '';
  const name = e.getAttribute('aria-label') || (e.innerText || '').trim().split('\\n').pop() || '';
  if (e.tagName === 'IFRAME') return {kind: 'iframe', name: e.title, tid};
  return {kind: e.getAttribute('role') || e.tagName.toLowerCase(), name, tid};
}"""


def from_the_top(page) -> None:
    """Put the focus on the first stop of the page, Streamlit's 'Skip to main content' link
    (focusing <body> does not move the starting point of Tab once a control had the focus)."""
    page.locator("[data-testid='stSkipToContent']").focus()


def tab_order(page, limit: int = 150) -> list[dict]:
    """Press Tab from the top of the page until the focus comes back to the first stop."""
    from_the_top(page)
    stops = [page.evaluate(FOCUS_JS)]
    for _ in range(limit):
        page.keyboard.press("Tab")
        now = page.evaluate(FOCUS_JS)
        if stops and now == stops[0]:
            break
        stops.append(now)
    return stops


def first(stops: list[dict], test, what: str) -> int:
    for i, s in enumerate(stops):
        if test(s):
            return i
    raise AssertionError(f"{what} is never reached with Tab: {stops}")


def test_the_main_controls_are_reached_with_tab_in_order(page, app_url):
    load(page, f"{app_url}/?kaart=none")
    wanted = {
        "page link": lambda s: s["tid"].startswith("stPageLink") and s["name"] == t("page_health", "nl"),
        "the language switch": lambda s: s["kind"] == "radio" and s["name"] == "NL",
        "indicator": lambda s: s["kind"] == "combobox" and s["name"] == t("indicator", "nl"),
        "the map": lambda s: s["kind"] == "iframe" and "folium" in s["name"],
        "municipality": lambda s: s["kind"] == "combobox" and s["name"] == t("choose_municipality", "nl"),
        "map download": lambda s: s["tid"].startswith("stBaseButton") and "HTML" in s["name"],
        "the table": lambda s: s["kind"] == "summary" and s["name"] == t("table_view", "nl"),
    }
    stops = tab_order(page)
    for _ in range(3):
        # a rerun during the walk (the map reporting its state) fades the page and Tab skips what is
        # faded or being mounted: walk again once the page has settled; what is still missing then fails
        if all(any(test(s) for s in stops) for test in wanted.values()):
            break
        app_idle(page, 90_000)
        page.wait_for_function("!document.querySelector('[data-stale=\"true\"]')", timeout=30_000)
        map_frame(page)
        stops = tab_order(page)
    at = {what: first(stops, test, what) for what, test in wanted.items()}
    assert (
        at["page link"]
        < at["the language switch"]
        < at["indicator"]
        < at["the map"]
        < at["map download"]
        < at["the table"]
    ), stops
    assert at["the map"] < at["municipality"] < at["the table"], "the chooser beside the map comes after it"


def test_the_indicator_and_the_language_change_with_the_keyboard_alone(page, app_url):
    load(page, f"{app_url}/?kaart=none")
    legend = page.locator(".twente-legend").first
    before = legend.inner_text()
    from_the_top(page)
    for _ in range(60):  # Tab to the indicator chooser
        page.keyboard.press("Tab")
        if page.evaluate(FOCUS_JS)["name"] == t("indicator", "nl"):
            break
    else:
        raise AssertionError("the indicator chooser is not reached with Tab")
    page.keyboard.press("ArrowDown")  # opens the list
    page.get_by_role("listbox").first.wait_for(timeout=10_000)
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"indicator="), timeout=30_000)
    app_idle(page, 90_000)
    page.wait_for_function(
        "(b) => document.querySelector('.twente-legend').innerText !== b", arg=before, timeout=30_000
    )

    from_the_top(page)
    for _ in range(30):  # Tab to the language switch: NL has the focus, the arrow keys move, Space chooses
        page.keyboard.press("Tab")
        if page.evaluate(FOCUS_JS)["name"] == "NL":
            break
    else:
        raise AssertionError("the language switch is not reached with Tab")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Space")
    page.wait_for_function("document.documentElement.lang === 'en'", timeout=30_000)
    page.get_by_role("heading", name=t("app_title", "en")).first.wait_for(timeout=30_000)
    assert "indicator=" in page.url, "the chosen indicator stays"
