"""Presenter mode in Chromium at 1920×1080, driven from the keyboard as a clicker drives it."""

import csv

import pytest

from tests.browser import ARTIFACTS, ROOT, RequestLog, app_idle, chromium, streamlit_server

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


def test_every_slide_fits_the_screen_from_the_keyboard_with_no_outside_request():
    slides = shipped_slides()
    count = len(slides)
    assert count >= 6
    SHOTS.mkdir(parents=True, exist_ok=True)
    with streamlit_server() as url, chromium() as browser:
        context = browser.new_context(viewport={"width": WIDTH, "height": HEIGHT})
        page = context.new_page()
        log = RequestLog(page)
        page.goto(f"{url}/presentatie")
        keys = ["ArrowRight", "PageDown"]
        for n, slide in enumerate(slides, start=1):
            wait_for_slide(page, n, count, slide["title_nl"])
            shown = visual(page)
            box, title = shown.bounding_box(), page.locator("h1").first.bounding_box()
            assert inside_first_screen(box), (n, box)
            assert inside_first_screen(title), (n, title)
            assert box["height"] >= 400, (n, box)
            assert page.evaluate("document.scrollingElement.scrollTop") == 0
            text_size = page.locator(".slide-text").first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
            assert text_size >= 28
            assert page.locator("[data-testid='stSidebar']").first.is_hidden()
            assert (
                page.locator("[data-testid='stToolbar']").count() == 0
                or page.locator("[data-testid='stToolbar']").first.is_hidden()
            )
            page.screenshot(path=str(SHOTS / f"slide_{n}.png"))
            assert (f"dia={n}" in page.url) if n > 1 else ("dia=" not in page.url)
            if n < count:
                page.keyboard.press(keys[n % 2])
        # and back with the other keys a clicker sends
        page.keyboard.press("PageUp")
        wait_for_slide(page, count - 1, count, slides[count - 2]["title_nl"])
        page.keyboard.press("ArrowLeft")
        wait_for_slide(page, count - 2, count, slides[count - 3]["title_nl"])
        assert log.outside_hosts() == set(), log.outside_hosts()
        context.close()


def test_a_bad_slide_number_in_the_link_gives_slide_one_and_leaves_the_url():
    slides = shipped_slides()
    with streamlit_server() as url, chromium() as browser:
        page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
        page.goto(f"{url}/presentatie?dia=99&contrast=hoog")
        wait_for_slide(page, 1, len(slides), slides[0]["title_nl"])
        page.wait_for_function("() => !location.search.includes('dia=')", timeout=10_000)
        assert "contrast=hoog" in page.url
        page.screenshot(path=str(SHOTS / "slide_1_contrast.png"))
