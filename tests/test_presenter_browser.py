"""Presenter mode in Chromium at 1920×1080, driven from the keyboard as a clicker drives it."""

import csv
import re

import pytest

from tests.browser import ARTIFACTS, ROOT, RequestLog, app_idle
from twente.i18n import t

pytestmark = pytest.mark.browser

WIDTH, HEIGHT = 1920, 1080
SHOTS = ARTIFACTS / "presenter"


def shipped_slides() -> list[dict]:
    with open(ROOT / "twente_data" / "storyboard.csv", encoding="utf-8") as f:
        return sorted(csv.DictReader(f), key=lambda r: int(r["slide"]))


def wait_for_slide(page, n: int, count: int, title: str) -> None:
    page.locator(".slide-counter").filter(has_text=f"{n} / {count}").wait_for(timeout=30_000)
    page.locator("h1").filter(has_text=title).wait_for(timeout=30_000)
    app_idle(page)


def open_slide(page, app_url: str, n: int, lang: str, slides: list[dict]) -> None:
    """Go to slide ``n`` in ``lang`` and wait until it shows its counter and title and its run has ended."""
    page.goto(f"{app_url}/presentatie?dia={n}&lang={lang}")
    wait_for_slide(page, n, len(slides), slides[n - 1][f"title_{lang}"])


def visual(page):
    """The slide's map (the folium iframe, drawn) or chart (Vega's canvas or SVG)."""
    column = page.locator("[data-testid='stColumn']").first
    chart = column.locator("[data-testid='stVegaLiteChart'] canvas, [data-testid='stVegaLiteChart'] svg.marks")
    frame = column.locator("iframe[title='streamlit_folium.st_folium']")
    column.locator("iframe[title='streamlit_folium.st_folium'], [data-testid='stVegaLiteChart']").first.wait_for(
        timeout=30_000
    )
    if frame.count():
        inner = page.frame_locator("iframe[title='streamlit_folium.st_folium']").first
        inner.locator("path.leaflet-interactive, .park-marker").first.wait_for(timeout=30_000)
        return frame.first
    chart.first.wait_for(timeout=30_000)
    return chart.first


def inside_first_screen(box) -> bool:
    return (
        box is not None
        and box["y"] >= 0
        and box["x"] >= 0
        and box["y"] + box["height"] <= HEIGHT
        and box["x"] + box["width"] <= WIDTH
    )


WIDGETS = ", ".join(
    f"[data-testid='{w}']"
    for w in ("stSelectbox", "stMultiSelect", "stRadio", "stSlider", "stTextInput", "stCheckbox", "stDownloadButton")
)


def only_the_slide(page) -> None:
    """No sidebar, toolbar, menu or widget in sight; the step buttons are there for the keys
    only (1 px, clipped)."""
    assert page.locator("[data-testid='stSidebar']:visible").count() == 0
    assert page.locator("[data-testid='stToolbar']:visible, [data-testid='stMainMenu']:visible").count() == 0
    assert page.locator(f"{WIDGETS}").count() == 0
    assert page.locator("[data-testid='stButton']").count() == 4
    for holder in page.locator("[class*='st-key-dia_']").all():
        box = holder.bounding_box()
        clip = holder.evaluate("e => getComputedStyle(e).clip")
        assert box is None or (box["width"] <= 1 and box["height"] <= 1 and clip == "rect(0px, 0px, 0px, 0px)"), box


@pytest.mark.parametrize("lang", ["nl", "en", "de"])
def test_every_slide_fits_the_screen_from_the_keyboard_with_no_outside_request(app_url, browser, lang):
    slides = shipped_slides()
    count = len(slides)
    assert count >= 6
    SHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": WIDTH, "height": HEIGHT})
    page = context.new_page()
    log = RequestLog(page)
    page.goto(f"{app_url}/presentatie?lang={lang}")
    keys = ["ArrowRight", "PageDown"]
    for n, slide in enumerate(slides, start=1):
        wait_for_slide(page, n, count, slide[f"title_{lang}"])
        shown = visual(page)
        box, title = shown.bounding_box(), page.locator("h1").first.bounding_box()
        assert inside_first_screen(box), (n, box)
        assert inside_first_screen(title), (n, title)
        assert box["height"] >= 400, (n, box)
        assert page.evaluate("document.scrollingElement.scrollTop") == 0
        texts = page.locator(".slide-text")
        shown_text = texts.first.inner_text().strip()
        # the storyboard's words, a number and its unit joined by a no-break space (never broken apart)
        assert shown_text.replace("\u00a0", " ") == slide[f"text_{lang}"], (n, lang)
        assert not re.search(r"\d %", shown_text), shown_text
        sizes = texts.evaluate_all("es => es.map(e => parseFloat(getComputedStyle(e).fontSize))")
        assert sizes and min(sizes) >= 28, sizes
        words = page.locator("[data-testid='stColumn']").nth(1).bounding_box()
        assert inside_first_screen(words), f"slide {n}: the words, legend and source line fit: {words}"
        under = page.locator("[data-testid='stColumn']").first.bounding_box()
        assert inside_first_screen(under), f"slide {n}: the visual and what is under it fit: {under}"
        only_the_slide(page)
        page.screenshot(path=str(SHOTS / f"slide_{n}_{lang}.png"))
        assert (f"dia={n}" in page.url) if n > 1 else ("dia=" not in page.url)
        if n < count:
            page.keyboard.press(keys[n % 2])
    # and back with the other keys a clicker sends
    page.keyboard.press("PageUp")
    wait_for_slide(page, count - 1, count, slides[count - 2][f"title_{lang}"])
    page.keyboard.press("ArrowLeft")
    wait_for_slide(page, count - 2, count, slides[count - 3][f"title_{lang}"])
    assert log.outside_hosts() == set(), log.outside_hosts()
    context.close()


def test_a_bad_slide_number_in_the_link_gives_slide_one_and_leaves_the_url(app_url, browser):
    slides = shipped_slides()
    page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
    page.goto(f"{app_url}/presentatie?dia=99&contrast=hoog")
    wait_for_slide(page, 1, len(slides), slides[0]["title_nl"])
    page.wait_for_function("() => !location.search.includes('dia=')", timeout=10_000)
    assert "contrast=hoog" in page.url
    page.screenshot(path=str(SHOTS / "slide_1_contrast.png"))
    page.close()


def test_high_contrast_is_black_and_bold(app_url, browser):
    slides = shipped_slides()
    page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
    page.goto(f"{app_url}/presentatie?dia=4&contrast=hoog&lang=de")
    wait_for_slide(page, 4, len(slides), slides[3]["title_de"])
    style = page.locator(".slide-text").first.evaluate(
        "e => [getComputedStyle(e).color, getComputedStyle(e).fontWeight]"
    )
    assert style == ["rgb(0, 0, 0)", "600"], style
    page.close()


def test_a_mouse_user_steps_with_the_counter_links(app_url, browser):
    """The counter's › and ‹ are links to the next and previous slide; they keep the language
    and the contrast."""
    slides = shipped_slides()
    count = len(slides)
    page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
    page.goto(f"{app_url}/presentatie?lang=en&contrast=hoog")
    wait_for_slide(page, 1, count, slides[0]["title_en"])
    assert page.locator(".slide-counter a[aria-label='Previous slide']").count() == 0, "no way back from slide 1"
    page.locator(".slide-counter a[aria-label='Next slide']").click()
    wait_for_slide(page, 2, count, slides[1]["title_en"])
    assert "contrast=hoog" in page.url and "lang=en" in page.url
    page.locator(".slide-counter a[aria-label='Previous slide']").click()
    wait_for_slide(page, 1, count, slides[0]["title_en"])
    page.close()


def test_slide_legends_match_the_map(app_url, browser):
    """The legend beside a slide's map says what the map draws, in the slide's type: a count's
    circles at the sizes of the map's circles (the sentence above them, no colour swatch); a
    choropleth's classes with every colour the map uses; nothing cut off."""
    from twente import data
    from twente.registry import MUNICIPALITY_CODES

    slides = shipped_slides()
    frame = data.load_values(data.load_catalogue().frame).frame
    people = frame[(frame["indicator"] == "population") & (frame["year"] == 2025) & (frame["group"] == "")]
    largest = people[people["code"].isin(MUNICIPALITY_CODES)]["value"].max()
    page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
    page.goto(f"{app_url}/presentatie?dia=1")
    wait_for_slide(page, 1, len(slides), slides[0]["title_nl"])
    visual(page)
    inner = page.frame_locator("iframe[title='streamlit_folium.st_folium']").first
    inner.locator("path.twente-circle").nth(13).wait_for(timeout=30_000)
    on_map = max(inner.locator("path.twente-circle").nth(i).bounding_box()["width"] for i in range(14))
    legend = page.locator(".slide-legend").first
    assert legend.locator(".sw").count() == 0, "a count has no colour swatch"
    circles = legend.locator(".circle")
    assert circles.count() >= 2
    label = circles.first.locator("xpath=..").inner_text().strip()  # '160.000'
    amount = float(label.replace(".", "").replace(",", "."))
    assert circles.first.bounding_box()["width"] == pytest.approx(on_map * (amount / largest) ** 0.5, rel=0.06)
    note = legend.locator(".note")
    assert note.bounding_box()["y"] < circles.first.bounding_box()["y"], "the sentence comes before the circles"
    size = float(circles.first.locator("xpath=..").evaluate("e => parseFloat(getComputedStyle(e).fontSize)"))
    assert size >= 28
    assert inside_first_screen(legend.bounding_box())

    page.goto(f"{app_url}/presentatie?dia=4")
    wait_for_slide(page, 4, len(slides), slides[3]["title_nl"])
    visual(page)
    # the colours as seen: each area's fill laid at its fill-opacity over the map's white background
    fills = set(
        inner.locator("path.twente-municipality").evaluate_all(
            """ps => ps.map(p => {
                const s = getComputedStyle(p), a = parseFloat(s.fillOpacity);
                const [r, g, b] = s.fill.match(/\\d+/g).map(Number);
                const map = p.closest('.leaflet-container');
                const back = getComputedStyle(map).backgroundColor.match(/\\d+/g).map(Number);
                const mix = (f, k) => Math.round(f * a + back[k] * (1 - a));
                return `rgb(${mix(r, 0)}, ${mix(g, 1)}, ${mix(b, 2)})`;
            })"""
        )
    )
    classes = page.locator(".slide-legend.across").first
    swatches = set(classes.locator(".sw").evaluate_all("ss => ss.map(s => getComputedStyle(s).backgroundColor)"))
    assert fills and fills <= swatches, (fills, swatches)
    assert inside_first_screen(classes.bounding_box())
    for box in page.locator(".slide-legend:visible").all():  # (the ranking's legend for a lower screen is hidden)
        assert box.evaluate("e => e.scrollWidth <= e.clientWidth"), "no legend runs out of its column"
        assert inside_first_screen(box.bounding_box())
    significance = page.locator(".slide-legend:visible .title").filter(has_text="Vergeleken met")
    assert significance.inner_text().strip() == "Vergeleken met GGD Twente (regio) (95%-interval)"
    assert "…" not in page.locator(".slide-legend:visible").last.inner_text()

    # the parks slide: every kind of thing on its map has a legend row (read from the map itself)
    parks = next(i for i, s in enumerate(slides, 1) if "parken" in s["view"] or "parks" in s["title_en"].lower())
    page.goto(f"{app_url}/presentatie?dia={parks}")
    wait_for_slide(page, parks, len(slides), slides[parks - 1]["title_nl"])
    visual(page)
    inner.locator(".park-marker").first.wait_for(timeout=30_000)
    drawn = set(inner.locator(".park-marker").evaluate_all("ms => ms.map(m => m.innerText.trim())"))
    nature = inner.locator("path[fill='#5aae61'], path[fill='rgb(90, 174, 97)']").count()
    legend = page.locator(".slide-legend").first.inner_text()
    assert drawn == {"P", "≈"} and nature > 0, (drawn, nature)
    for mark, words in (("P", "Recreatieparken"), ("≈", "locatie bij benadering"), ("", "Natura 2000-gebieden")):
        assert mark in legend and words in legend, legend
    assert inside_first_screen(page.locator(".slide-legend").first.bounding_box())
    page.close()


def map_slides() -> list[int]:
    """The slides that show a map: all but a population trend (a chart; its view names a 'weergave')."""
    return [i for i, s in enumerate(shipped_slides(), 1) if "weergave=" not in s["view"]]


@pytest.mark.parametrize("lang", ["nl", "de"])
def test_on_a_laptop_every_slide_map_with_its_scale_and_credit_fits_the_screen(app_url, browser, lang):
    """Made for 1920×1080, the slides are also shown from a 1440×900 laptop: each map's scale bar and
    credit line (the map's bottom edge) and what the slide shows under the map are on the screen."""
    width, height = 1440, 900
    slides = shipped_slides()
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    try:
        for n in map_slides():
            open_slide(page, app_url, n, lang, slides)
            shown = visual(page)
            inner = page.frame_locator("iframe[title='streamlit_folium.st_folium']").first
            page.wait_for_function(
                "() => { const f = document.querySelector(\"iframe[title='streamlit_folium.st_folium']\");"
                " return f && f.getBoundingClientRect().bottom <= window.innerHeight; }",
                timeout=15_000,
            )  # times out when the map's frame keeps its 1080 px height
            page.screenshot(path=str(SHOTS / f"laptop_slide_{n}_{lang}.png"))
            for part in (".leaflet-control-scale", ".leaflet-control-attribution"):
                b = inner.locator(part).first.bounding_box()
                assert b is not None and b["y"] + b["height"] <= height, (n, part, b)
                assert b["x"] >= 0 and b["x"] + b["width"] <= width, (n, part, b)
            frame = shown.bounding_box()
            assert frame["height"] >= 400, (n, frame)
            inner_map = inner.locator(".leaflet-container").first.bounding_box()
            assert inner_map["height"] == pytest.approx(frame["height"], abs=2), "the map fills its frame"
            # what the slide shows under the map (a legend, the source line; the column itself is as high as
            # the row, its other column included)
            under = page.locator("[data-testid='stColumn']").first.locator(".slide-legend, .slide-small")
            for i in range(under.count()):
                b = under.nth(i).bounding_box()
                assert b["y"] + b["height"] <= height, f"slide {n}: under the map, off the screen: {b}"
            assert page.evaluate("document.scrollingElement.scrollTop") == 0
    finally:
        context.close()


def ranked_slides() -> list[int]:
    """The slides with a ranking beside the map: a health or living indicator (``presenter._indicator``)."""
    return [i for i, s in enumerate(shipped_slides(), 1) if s["view"].startswith(("/gezondheid", "/leefomgeving"))]


@pytest.mark.parametrize("lang", ["nl", "de"])
def test_on_a_laptop_a_ranked_slide_shows_its_whole_ranking_and_legends(app_url, browser, lang):
    """At 1440×900 the ranking beside the map lay below the fold (its axis and the legend of its marks):
    the chart's bottom, the legend of its marks and everything in both columns are on the first screen."""
    width, height = 1440, 900
    slides = shipped_slides()
    ranked = ranked_slides()
    assert len(ranked) >= 2, ranked
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    try:
        for n in ranked:
            open_slide(page, app_url, n, lang, slides)
            visual(page)
            chart = page.locator("[data-testid='stColumn']").nth(1).locator("[data-testid='stVegaLiteChart']")
            chart.locator("canvas, svg.marks").first.wait_for(timeout=30_000)
            box = chart.first.bounding_box()
            assert box["height"] >= 300, (n, box)
            assert box["y"] + box["height"] <= height, f"slide {n}: the ranking's bottom is off the screen: {box}"
            legends = page.locator(".slide-legend:visible")
            titles = legends.locator(".title").all_inner_texts()
            if page.locator(".slide-legend.tall-screen").count():  # the ranking's marks are explained, once
                marks = t("comparison_with", lang, ref="X").split("X")[0].strip()  # 'Vergeleken met'
                assert marks
                assert sum(title.startswith(marks) for title in titles) == 1, titles
            for legend in legends.all():
                b = legend.bounding_box()
                assert b["y"] + b["height"] <= height and b["x"] + b["width"] <= width, (n, b)
            for column in page.locator("[data-testid='stColumn']").all()[:2]:
                for part in column.locator(".slide-text, .slide-small:visible, .slide-legend:visible").all():
                    b = part.bounding_box()
                    assert b["y"] + b["height"] <= height, f"slide {n}: off the screen: {part.inner_text()[:60]}"
            assert page.evaluate("document.scrollingElement.scrollTop") == 0
            page.screenshot(path=str(SHOTS / f"laptop_ranked_slide_{n}_{lang}.png"))
    finally:
        context.close()


# The municipality names a slide's map shows (hidden ones left out) and the room between them.
LABEL_GAPS_JS = """() => {
  const doc = document.querySelector("iframe[title='streamlit_folium.st_folium']").contentDocument;
  const boxes = [];
  for (const el of doc.querySelectorAll('.gm-label')) {
    if (getComputedStyle(el).visibility === 'hidden') continue;
    const range = document.createRange(); range.selectNodeContents(el);
    const r = range.getBoundingClientRect();
    if (r.width) boxes.push({name: el.textContent, l: r.left, r: r.right, t: r.top, b: r.bottom});
  }
  const close = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    const gapX = Math.max(b.l - a.r, a.l - b.r), gapY = Math.max(b.t - a.b, a.t - b.b);
    if (gapX < 4 && gapY < 2) close.push(`${a.name} / ${b.name}: ${Math.round(gapX)} px apart`);
  }
  return {shown: boxes.length, close};
}"""


@pytest.mark.parametrize("lang", ["nl", "de"])
def test_on_a_phone_the_slide_maps_names_stand_apart(app_url, browser, lang):
    """On a phone the slide's map is about as high as it is wide, and no two names run together
    ('Hengelo Losser', 'Wierden Almelo' at the projector's 22 px type)."""
    slides = shipped_slides()
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        for n in map_slides()[:2]:
            open_slide(page, app_url, n, lang, slides)
            shown = visual(page)
            page.wait_for_function(
                "() => { const f = document.querySelector(\"iframe[title='streamlit_folium.st_folium']\");"
                " return f && f.getBoundingClientRect().height < 500; }",
                timeout=15_000,
            )
            # the names are placed again after the map's resize: wait until two looks agree
            page.wait_for_function(
                f"() => {{ const now = JSON.stringify(({LABEL_GAPS_JS})());"
                " const same = now === window.__labels && JSON.parse(now).shown > 0;"
                " window.__labels = now; return same; }",
                polling=300,
                timeout=15_000,
            )
            page.screenshot(path=str(SHOTS / f"phone_slide_{n}_{lang}.png"))
            frame = shown.bounding_box()
            assert frame["height"] <= frame["width"] * 1.05, frame
            found = page.evaluate(LABEL_GAPS_JS)
            assert found["shown"] >= 8, found
            assert found["close"] == [], found
    finally:
        context.close()


def chart_and_figure_slides() -> list[int]:
    """The slides that are no map with a ranking: a population trend (a chart with its legend under it,
    its view names a 'weergave') and a municipality's key figures (its view names a 'gemeente')."""
    return [i for i, s in enumerate(shipped_slides(), 1) if "weergave=" in s["view"] or "gemeente=" in s["view"]]


@pytest.mark.parametrize("lang", ["nl", "en", "de"])
def test_on_a_laptop_a_trend_chart_and_the_key_figures_fit_the_screen(app_url, browser, lang):
    """At 1440×900 the trend chart's axis title ('jaar') was cut and its legend (which line is which) lay
    off the screen, and a municipality's key figures ran off the bottom: all of it on the first screen."""
    width, height = 1440, 900
    slides = shipped_slides()
    shown = chart_and_figure_slides()
    assert len(shown) >= 2, shown
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    try:
        for n in shown:
            open_slide(page, app_url, n, lang, slides)
            visual(page)
            parts = []
            if "weergave=" in slides[n - 1]["view"]:
                chart = page.locator("[data-testid='stColumn']").first.locator("[data-testid='stVegaLiteChart']")
                legend = chart.locator("g.role-legend").first
                legend.wait_for(timeout=30_000)
                titles = chart.locator("g.role-axis-title")
                assert t("col_year", lang) in titles.all_inner_texts() or titles.count() >= 2
                assert chart.locator("g.role-legend-label text").count() >= 4  # four lines, four names
                parts += [("the legend", legend), *(("an axis title", titles.nth(i)) for i in range(titles.count()))]
            else:
                figures = page.locator(".slide-figures tr")
                figures.last.wait_for(timeout=30_000)
                assert figures.count() >= 4
                parts.append(("the last key figure", figures.last))
            for column in page.locator("[data-testid='stColumn']").all()[:2]:
                parts += [("a text", p) for p in column.locator(".slide-text, .slide-small, .slide-legend").all()]
            page.screenshot(path=str(SHOTS / f"laptop_slide_{n}_{lang}.png"))
            for what, part in parts:
                b = part.bounding_box()
                assert b is not None and b["width"] > 0, (n, what)
                assert 0 <= b["y"] and b["y"] + b["height"] <= height, f"slide {n}: {what} off the screen: {b}"
                assert 0 <= b["x"] and b["x"] + b["width"] <= width, f"slide {n}: {what} off the screen: {b}"
            assert page.evaluate("document.scrollingElement.scrollTop") == 0
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_on_a_phone_the_trend_slides_legend_and_years_are_whole(app_url, browser, lang):
    """On a phone slide 2's legend was cut at the screen's edge ('Haaksberge') and its years ran together
    ('201220132014…'): every name of the legend within the screen's width, and no two years overlapping."""
    width = 390
    slides = shipped_slides()
    n = next(i for i, s in enumerate(slides, 1) if "weergave=" in s["view"])
    context = browser.new_context(viewport={"width": width, "height": 844})
    page = context.new_page()
    try:
        open_slide(page, app_url, n, lang, slides)
        chart = page.locator("[data-testid='stVegaLiteChart']").first
        chart.locator("g.role-legend").first.wait_for(timeout=30_000)
        app_idle(page)
        # the boxes in one look (Vega draws the chart again as its size settles)
        found = chart.evaluate(
            """c => ({
              labels: [...c.querySelectorAll('g.role-legend-label text')].map(e => {
                const r = e.getBoundingClientRect(); return {text: e.textContent, l: r.left, r: r.right}; }),
              years: [...c.querySelector('g.role-axis-label').querySelectorAll('text')].map(e => {
                const r = e.getBoundingClientRect(); return {text: e.textContent, l: r.left, r: r.right,
                  shown: getComputedStyle(e).opacity !== '0' && e.getAttribute('opacity') !== '0'}; }),
            })"""
        )
        assert len(found["labels"]) == 4, found["labels"]
        for label in found["labels"]:
            assert label["l"] >= 0 and label["r"] <= width, label
        years = sorted((y for y in found["years"] if y["shown"] and y["r"] > y["l"]), key=lambda y: y["l"])
        assert len(years) >= 5, found["years"]
        for a, b in zip(years, years[1:]):
            assert a["r"] <= b["l"] + 0.5, ("years overlap", a, b)
    finally:
        context.close()
