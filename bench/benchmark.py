"""Benchmark: prints figures, asserts nothing. Run: python bench/benchmark.py [--runs N]

1. Script-run time of each page, cold (first run in a fresh process: imports and data
   loads) and warm (a rerun), next to an empty Streamlit script (the floor), as a ratio.
2. Bytes the map component receives per run (its JSON arguments).
3. In Debian's Chromium: time until an empty page shows its first element, until a
   one-marker st_folium map is drawn (the floor of the map component), until the overview's
   map alone is drawn (bench/overview_map_only.py: the same component arguments on an
   otherwise empty page), and until the overview shows its headline figures and has drawn
   its map.
4. In Chromium: a click on a municipality until its panel has settled (heading shown, the
   run over), against the same click on the one-marker floor's scale.
5. The first visit after a fresh server start against the next (warm) visit.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAGES = ["bench/empty_page.py", "dashboard.py"] + sorted(f"pages/{p.name}" for p in (ROOT / "pages").glob("*.py"))
# Views behind a URL parameter: the wijken of all of Twente (issue #11: payload <= 120 KB, warm
# rerun no slower than the municipal overview) and one municipality's profile.
PAGES += ["dashboard.py?niveau=wijken", "pages/gemeente.py?gemeente=GM0153"]

_CHILD = r"""
import json, sys, time
from streamlit.testing.v1 import AppTest
page, runs = sys.argv[1], int(sys.argv[2])
page, _, query = page.partition("?")
at = AppTest.from_file(page, default_timeout=120)
for pair in filter(None, query.split("&")):
    name, _, value = pair.partition("=")
    at.query_params[name] = value
t0 = time.perf_counter(); at.run(); cold = time.perf_counter() - t0
warm = []
for _ in range(runs):
    t0 = time.perf_counter(); at.run(); warm.append(time.perf_counter() - t0)
payload = [len(c.proto.json_args) for c in at.get("component_instance")]
print(json.dumps({"cold": cold, "warm": warm, "payload": payload, "exception": bool(at.exception)}))
"""


def script_runs(runs: int) -> dict:
    results = {}
    for page in PAGES:
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, page, str(runs)], cwd=ROOT, capture_output=True, text=True, check=True
        )
        results[page] = json.loads(out.stdout.strip().splitlines()[-1])
    return results


def browser_times(runs: int) -> dict:
    from tests.browser import chromium, streamlit_server

    def timed(url: str, ready) -> list[float]:
        times = []
        with chromium() as browser:
            for _ in range(runs + 1):  # the first load warms the server's caches: not counted
                context = browser.new_context(viewport={"width": 1400, "height": 1000})
                page = context.new_page()
                t0 = time.perf_counter()
                page.goto(url, wait_until="commit")
                ready(page)
                times.append(time.perf_counter() - t0)
                context.close()
        return times[1:]

    def first_element(page):
        page.locator("h1").first.wait_for(timeout=60_000)

    def map_drawn(selector):
        def wait(page):
            frame = page.frame_locator("iframe[title='streamlit_folium.st_folium']").first
            frame.locator(selector).first.wait_for(timeout=60_000)

        return wait

    headline_times: list[float] = []

    def overview_ready(page):
        t0 = time.perf_counter()
        page.get_by_text("643.603").first.wait_for(timeout=60_000)
        headline_times.append(time.perf_counter() - t0)
        map_drawn("path.twente-municipality")(page)

    out = {}
    with streamlit_server("bench/empty_page.py") as url:
        out["empty page: first element"] = timed(url, first_element)
    with streamlit_server("bench/one_marker_map.py") as url:
        out["one-marker map drawn"] = timed(url, map_drawn(".bench-marker"))
    with streamlit_server("bench/overview_map_only.py") as url:
        out["overview's map alone drawn"] = timed(url, map_drawn("path.twente-municipality"))
    with streamlit_server("dashboard.py") as url:
        out["overview map drawn"] = timed(url + "/?kaart=none", overview_ready)
        out["overview map drawn (PDOK basemap, offline here)"] = timed(url, map_drawn("path.twente-municipality"))
        clicks = click_times(url + "/?kaart=none", runs)
    return out, headline_times, clicks


def click_times(url: str, runs: int) -> list[float]:
    """A click on a municipality until its panel has settled: the panel's heading is shown and
    Streamlit reports the run over. One fresh page per click (nothing selected before)."""
    import re

    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    from tests.browser import app_idle, chromium, map_frame
    from twente.registry import MUNICIPALITIES

    names = re.compile("|".join(sorted(m.name for m in MUNICIPALITIES)))
    times = []
    with chromium() as browser:
        for _ in range(runs + 1):  # the first click warms the server's caches: not counted
            # tall: with the map partly below the fold, Playwright's click lands on the map's
            # container instead of the shape (see tests/test_browser.py)
            context = browser.new_context(viewport={"width": 1440, "height": 1400})
            page = context.new_page()
            page.goto(url)
            frame = map_frame(page, timeout=60_000)
            app_idle(page)
            shape = frame.locator("path.twente-municipality").nth(0)
            shape.wait_for()
            t0 = time.perf_counter()
            shape.click()
            try:
                page.locator("h3").filter(has_text=names).first.wait_for(timeout=30_000)
                app_idle(page)
                times.append(time.perf_counter() - t0)
            except PlaywrightTimeout:  # reported, not hidden: a click that selected nothing
                times.append(float("nan"))
            context.close()
    return times[1:]


def first_visits(runs: int) -> list[tuple[float, float]]:
    """(first visit after a fresh server start, the next visit) until the overview's map is
    drawn, each on a new server; the server is up (health check answered) before the visit."""
    from tests.browser import chromium, map_frame, streamlit_server

    pairs = []
    with chromium() as browser:
        for _ in range(runs):
            with streamlit_server("dashboard.py") as url:
                pair = []
                for _visit in range(2):
                    context = browser.new_context(viewport={"width": 1400, "height": 1000})
                    page = context.new_page()
                    t0 = time.perf_counter()
                    page.goto(url + "/?kaart=none", wait_until="commit")
                    map_frame(page, timeout=120_000)
                    pair.append(time.perf_counter() - t0)
                    context.close()
                pairs.append(tuple(pair))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    med = statistics.median

    runs = script_runs(args.runs)
    floor = runs["bench/empty_page.py"]
    print("Script runs (AppTest, seconds; ratio to the empty script)")
    print(f"{'page':34} {'cold':>8} {'x floor':>8} {'warm':>8} {'x floor':>8} {'map bytes':>10}")
    for page, r in runs.items():
        warm = med(r["warm"])
        payload = ", ".join(str(p) for p in r["payload"]) or "-"
        print(
            f"{page:34} {r['cold']:8.3f} {r['cold'] / floor['cold']:8.1f} {warm:8.4f} {warm / med(floor['warm']):8.1f} {payload:>10}"
            + ("  EXCEPTION" if r["exception"] else "")
        )

    if args.no_browser:
        return
    times, headline, clicks = browser_times(args.runs)
    base = med(times["empty page: first element"])
    marker = med(times["one-marker map drawn"])
    print("\nIn Chromium (seconds from navigation, median of", args.runs, "loads after one warm-up)")
    for name, values in times.items():
        print(
            f"{name:50} {med(values):7.3f}   x empty page {med(values) / base:5.2f}   x one-marker map {med(values) / marker:5.2f}"
        )
    print(
        f"{'overview headline figures on screen':50} {med(headline):7.3f}   (measured after navigation commit; see the map row for the total)"
    )
    answered = [c for c in clicks if c == c]
    click = med(answered) if answered else float("nan")
    print(
        f"{'click on a municipality until its panel settled':50} {click:7.3f}   "
        f"(all: {', '.join(f'{c:.2f}' for c in clicks)}; nan: no panel within 30 s; target <= 0.3 s)"
    )
    visits = first_visits(max(1, args.runs // 2))
    first, second = med(v[0] for v in visits), med(v[1] for v in visits)
    print(
        f"{'first visit after a fresh start (map drawn)':50} {first:7.3f}   x the next visit {first / second:5.2f}"
        f"   (next visit {second:.3f}; {len(visits)} fresh starts)"
    )


if __name__ == "__main__":
    main()
