"""Layout for three rooms (issue #15.1), in Debian's Chromium: at 1440×900 and 1920×1080 the map
pages show their title, their choosers and the whole map with its legend without scrolling; on a
phone (390×844) the map or the finder's first result is on the first screen, a tap on the map
brings the municipality's panel into view, and nothing is wider than the screen.

The oracle is the browser's own geometry (getBoundingClientRect against the viewport), not the
heights the pages ask for."""

import pytest

from tests.browser import ARTIFACTS, app_idle, map_frame  # app_url and browser: tests/conftest.py
from twente.i18n import t

pytestmark = pytest.mark.browser

SCREENS = {"1440x900": (1440, 900), "1920x1080": (1920, 1080)}
PHONE = (390, 844)
# page, what to open (a representative state), whether the map has a legend, the main chooser
MAP_PAGES = {
    "overview": ("/?gemeente=GM0153", True, "Indicator"),
    "health": ("/gezondheid?gemeente=GM0153", True, "Indicator"),
    "living": ("/leefomgeving", True, "Indicator"),
    "parks": ("/parken", False, "Plaats of postcode"),
    "municipality": ("/gemeente?gemeente=GM0153", True, "Indicator"),
    "districts": ("/?niveau=wijken", True, "Indicator"),
}
ALL_PAGES = (
    "/?gemeente=GM0153",
    "/bevolking",
    "/gemeente?gemeente=GM0153",
    "/eigen-gegevens",
    "/gezondheid?gemeente=GM0153",
    "/leefomgeving",
    "/parken?plaats=Enschede",
    "/bronnen",
    "/presentatie",
)
SHOTS = ARTIFACTS / "layout"


def open_page(browser, url: str, size: tuple[int, int]):
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    page = context.new_page()
    page.goto(url)
    page.locator("h1").first.wait_for(timeout=90_000)
    app_idle(page, 90_000)
    return context, page


def box(locator) -> dict:
    b = locator.bounding_box()
    assert b is not None, f"{locator} is not drawn"
    return b


def first_map(page):
    """The first map, once Leaflet has drawn in it (the finder's map has no municipalities)."""
    the_map = page.locator("iframe[title='streamlit_folium.st_folium']").first
    the_map.wait_for(state="attached", timeout=90_000)
    frame = page.frame_locator("iframe[title='streamlit_folium.st_folium']").first
    frame.locator(".leaflet-marker-icon, path.twente-municipality").first.wait_for(timeout=90_000)
    app_idle(page, 90_000)
    return the_map


def first_legend(page):
    legend = page.locator(".twente-legend").first
    legend.wait_for(timeout=30_000)
    return legend


# The smallest screen in every language (German words are the longest), the larger one in Dutch.
CASES = [("1440x900", lang) for lang in ("nl", "en", "de")] + [("1920x1080", "nl")]


@pytest.mark.parametrize(("screen", "lang"), CASES)
@pytest.mark.parametrize("name", MAP_PAGES)
def test_title_choosers_and_the_whole_map_fit_the_first_screen(app_url, browser, name, screen, lang):
    path, has_legend, chooser = MAP_PAGES[name]
    chooser = {"Indicator": t("indicator", lang), "Plaats of postcode": t("finder_input", lang)}[chooser]
    width, height = SCREENS[screen]
    url = f"{app_url}{path}{'&' if '?' in path else '?'}kaart=none&lang={lang}"
    context, page = open_page(browser, url, (width, height))
    try:
        the_map = first_map(page)
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}_{screen}_{lang}.png"))
        title = box(page.locator("h1").first)
        assert title["y"] < 80, f"the title starts {title['y']:.0f} px down: no empty band above it"
        control = box(page.get_by_label(chooser, exact=True).first)
        assert control["y"] + control["height"] <= height, f"the chooser '{chooser}' is below the first screen"
        m = box(the_map)
        assert m["y"] + m["height"] <= height, f"map bottom at {m['y'] + m['height']:.0f} px > {height}"
        if has_legend:
            legend = box(first_legend(page))
            assert legend["y"] + legend["height"] <= height, (
                f"legend bottom at {legend['y'] + legend['height']:.0f} px > {height}"
            )
            assert legend["y"] >= m["y"] + m["height"] - 1, "the legend is the one under this map"
    finally:
        context.close()


# Elements wider than the screen that are not clipped by a scrolling or hidden-overflow ancestor
# inside the screen; and the page's own horizontal scroll width.
OVERFLOW_JS = """() => {
  const vw = document.documentElement.clientWidth;
  const clippedInside = (el) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const cs = getComputedStyle(a);
      if (cs.overflowX !== 'visible' && a.getBoundingClientRect().right <= vw + 1) return true;
    }
    return false;
  };
  const wide = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
    if ((r.right > vw + 1 || r.left < -1) && !clippedInside(el)) {
      const name = el.getAttribute('data-testid') || el.className;
      wide.push(`${el.tagName}.${name} ${Math.round(r.left)}..${Math.round(r.right)}`);
    }
  }
  return {scroll: document.documentElement.scrollWidth, vw, wide: wide.slice(0, 10)};
}"""


@pytest.mark.parametrize("path", ALL_PAGES)
def test_nothing_is_wider_than_a_phone(app_url, browser, path):
    context, page = open_page(browser, f"{app_url}{path}{'&' if '?' in path else '?'}kaart=none", PHONE)
    try:
        if page.locator("iframe[title='streamlit_folium.st_folium']").count():
            first_map(page)
        found = page.evaluate(OVERFLOW_JS)
        assert found["scroll"] <= found["vw"], f"the page scrolls sideways: {found}"
        assert found["wide"] == [], f"wider than the screen: {found['wide']}"
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["nl", "de"])
@pytest.mark.parametrize("name", ["overview", "health", "living", "parks"])
def test_on_a_phone_the_map_starts_on_the_first_screen(app_url, browser, name, lang):
    path = MAP_PAGES[name][0]
    context, page = open_page(browser, f"{app_url}{path}{'&' if '?' in path else '?'}kaart=none&lang={lang}", PHONE)
    try:
        m = box(first_map(page))
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}_phone_{lang}.png"))
        assert m["y"] + 200 <= PHONE[1], (
            f"the map starts at {m['y']:.0f} px: less than 200 px of it on the first screen"
        )
        if name != "parks":  # the finder's first result comes before its map (next test)
            # the choosers side by side and a compact caveat: at least half the map is on the first screen
            assert m["y"] + m["height"] / 2 <= PHONE[1], (
                f"the map starts at {m['y']:.0f} px: less than half of its {m['height']:.0f} px on the first screen"
            )
            chooser = box(page.get_by_label(t("indicator", lang), exact=True).first)
            assert chooser["y"] < m["y"], "the indicator chooser is above the map"
    finally:
        context.close()


# Every text a chart draws (Vega's SVG: axis and legend labels, titles, reference labels) that runs
# past the screen's edge or above the chart's box (a second title line is), or a text Vega shortened with '…'.
CHART_TEXT_JS = """() => {
  const vw = document.documentElement.clientWidth;
  const bad = [];
  document.querySelectorAll('[data-testid=stVegaLiteChart] svg.marks').forEach((svg, i) => {
    const box = svg.getBoundingClientRect();  // an <svg> clips what it draws outside its box
    for (const text of svg.querySelectorAll('text')) {
      const r = text.getBoundingClientRect();
      if (r.width === 0) continue;
      const role = (text.closest('g[class*=role-]') || svg).getAttribute('class');
      const clipped = r.top < box.top - 6;  // a text's box reaches ~4 px above its letters: beyond that, cut off
      if (r.right > vw + 1 || r.left < -1 || clipped || text.textContent.endsWith('…')) {
        bad.push(`chart ${i} ${role}: '${text.textContent}' at x ${Math.round(r.left)}..${Math.round(r.right)}`
          + ` y ${Math.round(r.top)} (box from ${Math.round(box.top)})`);
      }
    }
  });
  return {charts: document.querySelectorAll('[data-testid=stVegaLiteChart] svg.marks').length, bad};
}"""


@pytest.mark.parametrize(
    ("path", "charts", "size"),
    [
        ("/gezondheid?gemeente=GM0153&lang=nl", 2, PHONE),  # ranking and change, with their comparison legends
        ("/gezondheid?gemeente=GM0153&lang=de", 2, PHONE),  # German words are the longest
        ("/bevolking?lang=de&gemeenten=GM1742,GM0189,GM1735", 2, PHONE),  # trend and ages, legends of five areas
        ("/bevolking?lang=de", 2, SCREENS["1440x900"]),  # a title over two lines was covered here
        ("/gemeente?gemeente=GM1742&lang=de", 2, PHONE),  # the profile's trend and ages
    ],
)
def test_no_chart_text_is_cut_off(app_url, browser, path, charts, size):
    context, page = open_page(browser, f"{app_url}{path}&kaart=none", size)
    try:
        page.locator("[data-testid=stVegaLiteChart] svg.marks").nth(charts - 1).wait_for(timeout=60_000)
        page.locator("[data-testid=stVegaLiteChart] svg.marks .role-legend-label text").first.wait_for(timeout=30_000)
        found = page.evaluate(CHART_TEXT_JS)
        assert found["charts"] >= charts
        assert found["bad"] == [], f"chart text cut off at {size}: {found['bad']}"
    finally:
        context.close()


@pytest.mark.parametrize("screen", SCREENS)
def test_the_population_trend_is_a_chart_not_a_strip(app_url, browser, screen):
    """The trend's lines get room to be told apart at 1440 and 1920 px wide: its plot (the y axis's grid,
    measured in the browser) at least 250 px high, as high as a third of its width or more at 1440."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    context, page = open_page(browser, f"{app_url}/bevolking?kaart=none", SCREENS[screen])
    try:
        grid = page.locator("[data-testid=stVegaLiteChart] svg.marks .role-axis-grid").first
        grid.wait_for(timeout=60_000)
        try:  # Vega may draw once at a first size and again when Streamlit has sized the chart
            page.wait_for_function(
                "() => document.querySelector('[data-testid=stVegaLiteChart] svg.marks .role-axis-grid')"
                ".getBoundingClientRect().height >= 250",
                timeout=20_000,
            )
        except PlaywrightTimeout:
            pass  # measured and reported below
        plot = box(grid)
        assert plot["height"] >= 250, f"the plot is {plot['height']:.0f} px high at {screen}"
        if screen == "1440x900":
            assert plot["height"] * 3.6 >= plot["width"], plot
    finally:
        context.close()


# Tables that scroll sideways inside themselves (their content wider than their box): the page's own
# OVERFLOW_JS does not see them, as the table clips what it cannot show. Streamlit's grids too.
TABLE_SCROLL_JS = """() => {
  const out = [];
  for (const t of document.querySelectorAll('[data-testid=stTable] table')) {
    const box = t.parentElement;
    if (t.getBoundingClientRect().width > box.clientWidth + 1) {
      const head = [...t.querySelectorAll('thead th')].map(th => th.textContent).join('|');
      out.push(`${head.slice(0, 80)}: ${Math.round(t.getBoundingClientRect().width)} > ${box.clientWidth}`);
    }
  }
  for (const grid of document.querySelectorAll('[data-testid=stDataFrame] .dvn-scroller')) {
    if (grid.scrollWidth > grid.clientWidth + 1) out.push(`a grid: ${grid.scrollWidth} > ${grid.clientWidth}`);
  }
  return {tables: document.querySelectorAll('[data-testid=stTable] table').length, wide: out};
}"""


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("lang", ["nl", "de"])
def test_the_sources_tables_fit_the_page(app_url, browser, screen, lang):
    """The catalogue (nine columns of titles, units and table numbers) and the list of data files
    wrap their text to the page's width instead of scrolling sideways, never inside a word."""
    context, page = open_page(browser, f"{app_url}/bronnen?kaart=none&lang={lang}", SCREENS[screen])
    try:
        page.locator("[data-testid=stTable] table, [data-testid=stDataFrame] .dvn-scroller").nth(2).wait_for(
            timeout=30_000
        )
        found = page.evaluate(TABLE_SCROLL_JS)
        assert found["wide"] == [], f"tables that scroll sideways: {found['wide']}"
        assert found["tables"] >= 3, "licences, catalogue and data files"
        catalogue = page.locator("[data-testid=stTable] table").nth(1)
        assert catalogue.locator("tbody tr").count() > 50, "the whole catalogue is there"
        # words, ids and file names wrap whole: an id after its '_' ('households_ | multi_person'), never inside
        assert page.evaluate(BROKEN_WORDS_JS, "[class*='st-key-static-table-wrap-']") == []
        assert "households_multi_person_with_children" in catalogue.inner_text().replace("\u200b", "")
    finally:
        context.close()


@pytest.mark.parametrize("screen", ["1440x900", "1920x1080"])
def test_the_population_tables_fit_a_laptop(app_url, browser, screen):
    """The households table (seven columns of figures) and the births and deaths table show every
    column at 1440 and 1920 px without scrolling sideways inside themselves."""
    context, page = open_page(browser, f"{app_url}/bevolking?kaart=none", SCREENS[screen])
    try:
        page.locator("[data-testid=stTable] table").nth(1).wait_for(timeout=60_000)
        app_idle(page, 90_000)
        found = page.evaluate(TABLE_SCROLL_JS)
        assert found["tables"] >= 2 and found["wide"] == [], found
    finally:
        context.close()


# Words of a table's cells cut over two lines ('Bevolkingsdich|theid', 'house|holds_multi'), and cells whose
# text runs out of them. A word is a run without spaces or hyphens (an id breaks where the page lets it: after '_').
BROKEN_WORDS_JS = """(root) => {
  const bad = [];
  for (const cell of document.querySelectorAll(`${root} td, ${root} tbody th`)) {
    if (cell.scrollWidth > cell.clientWidth + 1) bad.push(`cut: ${cell.textContent}`);
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.textContent.matchAll(/[^\\s\\u200b-]+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.bottom)));
        if (lines.size > 1) bad.push(`broken: ${m[0]}`);
      }
    }
  }
  return bad;
}"""

# Each header cell of a table and how far right it reaches, against the table's visible box.
HEADERS_JS = """(root) => {
  const table = document.querySelector(`${root} table`);
  const box = table.parentElement.getBoundingClientRect();
  const right = Math.min(box.right, document.documentElement.clientWidth);
  return [...table.querySelectorAll('thead th')].map(th => {
    const r = th.getBoundingClientRect();
    const visible = r.left >= box.left - 1 && r.right <= right + 1;
    return {text: th.textContent.trim(), left: Math.round(r.left), right: Math.round(r.right), visible};
  });
}"""


@pytest.mark.parametrize(("screen", "lang"), CASES + [("1920x1080", "de")])
def test_every_column_of_the_profiles_key_figures_is_in_view(app_url, browser, screen, lang):
    """The key-figure table at 1440 and 1920 px: every column (the year, the unit with the indicator,
    'compared with the Netherlands', the rank) within the table's visible box, nothing to scroll sideways,
    no word cut over two lines."""
    from twente import data
    from twente.indicators import Catalogue

    root = ".st-key-screen_copy_profile_key"
    context, page = open_page(browser, f"{app_url}/gemeente?gemeente=GM0153&kaart=none&lang={lang}", SCREENS[screen])
    try:
        page.locator(f"{root} table, {root} .dvn-scroller").first.wait_for(state="attached", timeout=60_000)
        page.locator(root).scroll_into_view_if_needed()
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"profile_key_{screen}_{lang}.png"))
        grid = page.locator(f"{root} .dvn-scroller")
        if grid.count():  # a grid (as before): it must not scroll sideways either
            wide = grid.evaluate("g => [g.scrollWidth, g.clientWidth]")
            assert wide[0] <= wide[1] + 1, f"the grid scrolls sideways: {wide}"
        headers = page.evaluate(HEADERS_JS, root)
        names = [h["text"] for h in headers]
        for wanted in ("profile_versus_nl", "profile_versus_region", "rank", "col_year"):
            assert any(n.lower() == t(wanted, lang).lower() for n in names), (wanted, names)
        assert [h["text"] for h in headers if not h["visible"]] == [], f"columns out of view at {screen}: {headers}"
        width, room = page.evaluate(
            "(root) => { const t = document.querySelector(`${root} table`);"
            " return [t.getBoundingClientRect().width, t.parentElement.clientWidth]; }",
            root,
        )
        assert width <= room + 1, f"the table is {width:.0f} px wide in {room} px: it scrolls sideways"
        assert page.evaluate(BROKEN_WORDS_JS, root) == []
        # the unit is read beside its indicator (its own column is gone from the screen)
        catalogue = Catalogue(data.load_catalogue().frame)
        density = catalogue["population_density"]
        row = page.locator(f"{root} tbody tr", has_text=density.title(lang)).first
        assert density.unit(lang) in row.inner_text()
    finally:
        context.close()


def test_on_a_phone_the_finders_first_result_is_on_the_first_screen(app_url, browser):
    context, page = open_page(browser, f"{app_url}/parken?plaats=Enschede&kaart=none", PHONE)
    try:
        first = page.get_by_text("1. ", exact=False).first
        first.wait_for(timeout=30_000)
        b = box(first)
        assert b["y"] + b["height"] <= PHONE[1], f"the first result is at {b['y']:.0f} px, below the first screen"
    finally:
        context.close()


@pytest.mark.parametrize(
    ("path", "answer"),
    [
        ("/", ".st-key-ov_panel h3"),  # the municipality's panel: its name as heading
        ("/gezondheid", ".st-key-hl_answer [data-testid=stSelectbox]"),  # the chooser above the ranking
        ("/leefomgeving", ".st-key-lv_answer [data-testid=stSelectbox]"),
    ],
)
def test_on_a_phone_a_tap_on_the_map_brings_the_answer_into_view(app_url, browser, path, answer):
    context, page = open_page(browser, f"{app_url}{path}?kaart=none", PHONE)
    try:
        frame = map_frame(page, timeout=90_000)
        page.locator("iframe[title='streamlit_folium.st_folium']").first.scroll_into_view_if_needed()
        assert not page.evaluate(
            "(sel) => { const el = document.querySelector(sel); if (!el) return false;"
            " const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }",
            answer,
        ), "the answer is already in view before the tap: the test would prove nothing"
        frame.locator("path.twente-municipality").nth(3).click()
        page.wait_for_function("() => location.search.includes('gemeente=GM')", timeout=30_000)
        page.locator(answer).first.wait_for(timeout=30_000)
        page.wait_for_function(
            """(sel) => { const r = document.querySelector(sel).getBoundingClientRect();
                       return r.top >= 0 && r.bottom <= window.innerHeight; }""",
            arg=answer,
            timeout=15_000,
        )  # fails (times out) when the answer stays out of sight
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["nl", "en", "de"])
def test_every_basemap_choice_reads_whole_in_the_sidebar(app_url, browser, lang):
    """The sidebar's basemap chooser at 1440×900: the chosen option's text fits its box (it was
    'Geen achtergrondkaart (werkt of…'), for every option."""
    from twente import maps

    for basemap in maps.BASEMAPS:
        context, page = open_page(browser, f"{app_url}/?lang={lang}&kaart={basemap}", SCREENS["1440x900"])
        try:
            field = page.locator("[data-testid=stSidebar] .st-key-basemap input")
            field.wait_for(timeout=30_000)
            assert field.input_value() == maps.BASEMAPS[basemap].label(lang)
            assert field.evaluate("e => e.scrollWidth <= e.clientWidth + 1"), (basemap, field.input_value())
        finally:
            context.close()


# The alignment of every cell of a column of the key-figure table, by its header, and its text.
CELLS_JS = """(root) => {
  const table = document.querySelector(`${root} table`);
  const heads = [...table.querySelectorAll('thead th')].map(h => h.innerText.trim());
  const out = {};
  heads.forEach(h => { out[h] = []; });
  for (const row of table.querySelectorAll('tbody tr')) {
    [...row.children].forEach((cell, i) =>
      out[heads[i]].push([getComputedStyle(cell).textAlign, cell.innerText.trim()]));
  }
  return out;
}"""


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_profiles_figures_are_right_aligned_and_no_comparison_cell_is_blank(app_url, browser, lang):
    """A Dutch reader reads figures right-aligned, digits under digits; a comparison that cannot be made
    says why instead of leaving the cell empty."""
    from twente.registry import area_name

    root = ".st-key-screen_copy_profile_key"
    context, page = open_page(browser, f"{app_url}/gemeente?gemeente=GM0153&kaart=none&lang={lang}", (1440, 900))
    try:
        page.locator(f"{root} table tbody tr").first.wait_for(state="attached", timeout=60_000)
        columns = page.evaluate(CELLS_JS, root)
        figures = [area_name("GM0153", lang), area_name("NL01", lang), t("col_year", lang)]
        for name in figures:
            [header] = [h for h in columns if h.lower() == name.lower()]
            assert {align for align, _ in columns[header]} == {"right"}, (header, columns[header][:3])
        [words] = [h for h in columns if h.lower() == t("indicator", lang).lower()]
        assert {align for align, _ in columns[words]} <= {"left", "start"}, "a column of words stays left"
        for key in ("profile_versus_nl", "profile_versus_region"):
            [header] = [h for h in columns if h.lower() == t(key, lang).lower()]
            assert all(text for _, text in columns[header]), (header, columns[header])
    finally:
        context.close()
