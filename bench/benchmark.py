"""Benchmark: prints figures, asserts nothing. Run: python bench/benchmark.py [--runs N]

1. Script-run time of each page, cold (first run in a fresh process: imports and data
   loads) and warm (a rerun), next to two floors: an empty Streamlit script, and the page's own
   floor, bench/elements_page.py with as many containers, elements and widgets as the page
   shows and nothing computed (Streamlit's cost per element), each as a ratio.
2. Bytes the map component receives per run (its JSON arguments).
3. In Debian's Chromium: time until an empty page shows its first element, until a
   one-marker st_folium map is drawn (the floor of the map component), until the overview's
   map alone is drawn (bench/overview_map_only.py: the same component arguments on an
   otherwise empty page), and until the overview shows its headline figures and has drawn
   its map.
4. In Chromium: a click on a municipality until its panel has settled (heading shown, the
   run over), against two floors: a button on an almost empty page (bench/button_page.py)
   until the text it adds is shown, and a click on a one-shape st_folium map
   (bench/one_shape_click.py) until the heading it adds is shown: the map component's own
   floor, which includes the 250 ms streamlit-folium waits before it reports a click.
5. The first visit after a fresh server start against the next visit (each on a new server),
   for plain `streamlit run dashboard.py`, the launcher `streamlit run app.py` and as deployed.

Every browser figure is also given as a ratio to its floor measured in the same run: on the
shared 2-core development machine seconds vary 2-3x with its load (printed at start and end).
bench/trace_overview.py shows where a load's time goes (requests, long tasks, elements).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import subprocess
import sys
import time
import urllib.request
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
warm, cpu = [], []
for _ in range(runs):
    c0 = time.process_time(); t0 = time.perf_counter(); at.run()
    warm.append(time.perf_counter() - t0); cpu.append(time.process_time() - c0)
payload = [len(c.proto.json_args) for c in at.get("component_instance")]
from streamlit.testing.v1.element_tree import Block, Widget
counts = {"blocks": 0, "elements": 0, "widgets": 0}
def walk(node):
    if isinstance(node, Block):
        counts["blocks"] += 1
        for child in node.children.values():
            walk(child)
    else:
        counts["widgets" if isinstance(node, Widget) else "elements"] += 1
walk(at._tree)
result = {"cold": cold, "warm": warm, "cpu": cpu, "payload": payload, "counts": counts}
print(json.dumps({**result, "exception": bool(at.exception)}))
"""


def _child(page: str, runs: int) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, page, str(runs)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


RERUNS = 20  # warm reruns per page: a rerun takes milliseconds, and a loaded machine scatters them


def script_runs(runs: int) -> dict:
    """Each page, and its own floor: bench/elements_page.py with as many containers, elements and
    widgets as the page showed (Streamlit's cost per element, with nothing computed)."""
    runs = max(runs, RERUNS)
    results = {}
    for page in PAGES:
        results[page] = _child(page, runs)
        if page != "bench/empty_page.py":
            counts = results[page]["counts"]
            query = "&".join(f"{k}={v}" for k, v in counts.items())
            results[page]["floor"] = _child(f"bench/elements_page.py?{query}", runs)
    return results


IFRAME = "iframe[title='streamlit_folium.st_folium']"


def _load(browser, url: str, ready) -> float:
    """Seconds from navigation until ``ready(page)`` returns, in a fresh browser context."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    try:
        t0 = time.perf_counter()
        page.goto(url, wait_until="commit")
        ready(page)
        return time.perf_counter() - t0
    finally:
        context.close()


def _first_element(page) -> None:
    page.locator("h1").first.wait_for(timeout=120_000)


def _map_drawn(selector: str):
    def wait(page) -> None:
        page.frame_locator(IFRAME).first.locator(selector).first.wait_for(timeout=120_000)

    return wait


def browser_times(runs: int) -> dict[str, list[float]]:
    """Page loads in Chromium, interleaved: each round loads every page once (in a rotating
    order), so that the floors and the overview are measured under the same load."""
    from tests.browser import chromium, streamlit_server

    headline: list[float] = []

    def overview(page) -> None:
        t0 = time.perf_counter()
        page.get_by_text("643.603").first.wait_for(timeout=120_000)
        headline.append(time.perf_counter() - t0)
        _map_drawn("path.twente-municipality")(page)

    with (
        streamlit_server("bench/empty_page.py") as empty,
        streamlit_server("bench/one_marker_map.py") as marker,
        streamlit_server("bench/overview_map_only.py") as alone,
        streamlit_server("dashboard.py") as app,
        chromium() as browser,
    ):
        loads = {
            EMPTY: (empty, _first_element),
            MARKER: (marker, _map_drawn(".bench-marker")),
            ALONE: (alone, _map_drawn("path.twente-municipality")),
            OVERVIEW: (app + "/?kaart=none", overview),
            OVERVIEW_PDOK: (app, _map_drawn("path.twente-municipality")),
        }
        for url, ready in loads.values():  # warm-up: each server's first visit fills its caches
            _load(browser, url, ready)
        headline.clear()
        times: dict[str, list[float]] = {name: [] for name in loads}
        names = list(loads)
        for round_ in range(runs):
            for name in names[round_ % len(names) :] + names[: round_ % len(names)]:
                url, ready = loads[name]
                times[name].append(_load(browser, url, ready))
    times[HEADLINE] = headline
    return times


# In every frame: the epoch time of the last click's pointerdown (Leaflet cancels mousedown), and in the page, when the
# script state last became notRunning and when an <h3> last appeared. Timing on the browser's
# own clock leaves out Playwright's round trips, which take 0.3-0.7 s on a loaded machine.
_CLICK_CLOCK = r"""
(() => {
  const now = () => performance.timeOrigin + performance.now();
  window.addEventListener('pointerdown', () => { window.__clicked = now(); }, true);
  if (window !== window.top) return;
  window.__idle = 0; window.__h3 = 0;
  new MutationObserver(ms => ms.forEach(m => {
    if (m.type === 'attributes' && m.target.getAttribute('data-test-script-state') === 'notRunning') window.__idle = now();
    if (m.type === 'childList') m.addedNodes.forEach(n => {
      if (n instanceof Element && (n.tagName === 'H3' || n.querySelector('h3'))) window.__h3 = now();
    });
    // React may keep the heading's element and change only its text
    const at = m.target instanceof Element ? m.target : m.target.parentElement;
    if ((m.type === 'characterData' || m.type === 'childList') && at && at.closest('h3')) window.__h3 = now();
  })).observe(document, {attributes: true, attributeFilter: ['data-test-script-state'], childList: true,
                         characterData: true, subtree: true});
})();
"""


@contextlib.contextmanager
def _server_in(folder: Path, script: str):
    """``tests.browser.streamlit_server`` for another checkout of the app (``--baseline``)."""
    import os

    from tests.browser import free_port

    port = free_port()
    command = [sys.executable, "-m", "streamlit", "run", script, "--server.port", str(port)]
    command += ["--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    env = {**os.environ, "PYTHONPATH": str(folder), "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.Popen(command, cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                if urllib.request.urlopen(url + "/_stcore/health", timeout=2).status == 200:
                    break
            except OSError:
                time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def click_times(runs: int, baseline: Path | None = None) -> dict[str, list[float]]:
    """A click until its answer has settled (its heading shown and Streamlit reporting the run
    over), timed in the browser from the click event: on a municipality of the overview map until
    its panel's heading is shown, then on a second municipality of the same page; and the floor,
    a button on an almost empty page until the heading it adds is shown. A fresh page per round;
    the first round warms the servers: not counted. With ``baseline`` (another checkout, e.g. the
    main branch), its overview is clicked in the same rounds: before and after under one load."""
    import re

    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    from tests.browser import app_idle, chromium, map_frame, streamlit_server
    from twente.registry import MUNICIPALITIES

    names = {m.code: m.name for m in MUNICIPALITIES}

    def timed(page, target, heading: str) -> float:
        page.evaluate("() => { window.__idle = 0; window.__h3 = 0; }")  # this click's answer only
        try:
            target.click()
            page.locator("h3").filter(has_text=re.compile(heading)).first.wait_for(timeout=30_000)
            app_idle(page)
        except PlaywrightTimeout:  # reported, not hidden: a click that answered nothing
            return float("nan")
        clicked = target.evaluate("el => el.ownerDocument.defaultView.__clicked")
        settled = page.evaluate("() => Math.max(window.__idle, window.__h3)")
        return (settled - clicked) / 1000 if settled else float("nan")

    def page_with(browser, url: str):
        # tall: with the map partly below the fold, Playwright's click lands on the map's
        # container instead of the shape (see tests/test_browser.py)
        context = browser.new_context(viewport={"width": 1440, "height": 1400})
        context.add_init_script(_CLICK_CLOCK)
        page = context.new_page()
        page.goto(url)
        return context, page

    def map_clicks(browser, url: str) -> tuple[float, float]:
        context, page = page_with(browser, url)
        try:
            frame_locator = map_frame(page, timeout=120_000)
            app_idle(page)
            shapes = frame_locator.locator("path.twente-municipality")
            first = timed(page, shapes.nth(0), "|".join(names.values()))
            selected = next((n for n in names.values() if page.locator("h3").filter(has_text=n).count()), "")
            others = "|".join(n for n in names.values() if n != selected)
            second = timed(page, shapes.nth(7), others)
            return first, second
        finally:
            context.close()

    def button_click(browser, url: str) -> float:
        context, page = page_with(browser, url)
        try:
            button = page.get_by_role("button", name="Klik")
            button.wait_for(timeout=120_000)
            app_idle(page)
            return timed(page, button, "Geklikt")
        finally:
            context.close()

    def shape_click(browser, url: str) -> float:
        context, page = page_with(browser, url)
        try:
            page.wait_for_selector(IFRAME, state="attached", timeout=120_000)
            shape = page.frame_locator(IFRAME).first.locator("path.bench-shape").first
            shape.wait_for(timeout=120_000)
            app_idle(page)
            return timed(page, shape, "Geklikt")
        finally:
            context.close()

    out: dict[str, list[float]] = {CLICK_FLOOR: [], CLICK_MAP_FLOOR: [], CLICK: [], CLICK_NEXT: []}
    if baseline is not None:
        out.update({CLICK_BASELINE: [], CLICK_NEXT_BASELINE: []})
    with (
        streamlit_server("bench/button_page.py") as floor,
        streamlit_server("bench/one_shape_click.py") as shape,
        streamlit_server("dashboard.py") as app,
        _server_in(baseline, "dashboard.py") if baseline else contextlib.nullcontext() as before,
        chromium() as browser,
    ):
        for round_ in range(runs + 1):
            floor_time = button_click(browser, floor)
            shape_time = shape_click(browser, shape)
            first, second = map_clicks(browser, app + "/?kaart=none")
            if before:
                first_before, second_before = map_clicks(browser, before + "/?kaart=none")
            if round_:
                out[CLICK_FLOOR].append(floor_time)
                out[CLICK_MAP_FLOOR].append(shape_time)
                out[CLICK].append(first)
                out[CLICK_NEXT].append(second)
                if before:
                    out[CLICK_BASELINE].append(first_before)
                    out[CLICK_NEXT_BASELINE].append(second_before)
    return out


FIRST_VISIT_MODES = {
    "plain `streamlit run dashboard.py`": ("dashboard.py", False),
    "`streamlit run app.py` (the launcher, README)": ("app.py", False),
    "as deployed (script health check, deploy/)": ("dashboard.py", True),
}


def first_visits(starts: int) -> dict[str, list[tuple[float, float, float]]]:
    """For each way of starting the app (``FIRST_VISIT_MODES``), interleaved so that they share
    the machine's load: (server start until it answers its health check, the first visit after
    that, the next visit) until the overview's map is drawn, each on a freshly started server.
    The first visit starts as soon as the health check answers: that is when a load balancer
    sends the first visitor (deploy/), and what the server prepares in the background after its
    start has to be ready by then or run beside that visit. The launcher (app.py) answers only
    once its start-up run is over; the deployment runs the script health check first."""
    from tests.browser import chromium, streamlit_server

    out: dict[str, list[tuple[float, float, float]]] = {mode: [] for mode in FIRST_VISIT_MODES}
    with chromium() as browser:
        for round_ in range(starts):
            modes = list(FIRST_VISIT_MODES)
            for mode in modes[round_ % len(modes) :] + modes[: round_ % len(modes)]:
                script, warmed = FIRST_VISIT_MODES[mode]
                t0 = time.perf_counter()
                env = {"STREAMLIT_SERVER_SCRIPT_HEALTH_CHECK_ENABLED": "true"} if warmed else None
                with streamlit_server(script, env=env) as url:
                    if warmed:  # what the deployment does before it sends visitors (deploy/streamlit.env)
                        urllib.request.urlopen(url + "/_stcore/script-health-check", timeout=120).read()
                    up = time.perf_counter() - t0
                    first = _load(browser, url + "/?kaart=none", _map_drawn("path.twente-municipality"))
                    second = _load(browser, url + "/?kaart=none", _map_drawn("path.twente-municipality"))
                out[mode].append((up, first, second))
    return out


EMPTY = "empty page: first element"
MARKER = "one-marker map drawn"
ALONE = "overview's map alone drawn"
OVERVIEW = "overview map drawn"
OVERVIEW_PDOK = "overview map drawn (PDOK basemap, offline here)"
HEADLINE = "overview headline figures on screen"
CLICK_FLOOR = "click on a button until its text settled (floor)"
CLICK_MAP_FLOOR = "click on a one-shape st_folium map (map floor)"
CLICK = "click on a municipality until its panel settled"
CLICK_NEXT = "the next click, on another municipality"
CLICK_BASELINE = "municipality click, baseline checkout"
CLICK_NEXT_BASELINE = "the next click, baseline checkout"


def load_average() -> str:
    """The machine's load average (1, 5, 15 min) and core count: figures under load are not
    comparable between runs, their ratios within one run are."""
    import os

    try:
        one, five, fifteen = Path("/proc/loadavg").read_text().split()[:3]
    except OSError:
        return "load average unknown"
    return f"load average {one} / {five} / {fifteen} (1/5/15 min) on {os.cpu_count()} cores"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--starts", type=int, default=0, help="fresh server starts (default: runs // 2, at least 1)")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument(
        "--baseline", type=Path, help="another checkout (e.g. /work/main) whose clicks are timed in the same rounds"
    )
    parser.add_argument(
        "--only", choices=["scripts", "loads", "clicks", "visits"], help="one part only (default: all of them)"
    )
    args = parser.parse_args()
    print(time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "·", load_average())

    if args.only in (None, "scripts"):
        print_script_runs(args.runs)
    if args.no_browser or args.only == "scripts":
        return
    if args.only in (None, "loads"):
        print_loads(args.runs)
    if args.only in (None, "clicks"):
        print_clicks(args.runs, args.baseline)
    if args.only in (None, "visits"):
        print_visits(args.runs, args.starts)
    print("\n" + time.strftime("%H:%M UTC", time.gmtime()), "·", load_average())


def print_script_runs(runs_wanted: int) -> None:
    med = statistics.median
    runs = script_runs(runs_wanted)
    floor = runs["bench/empty_page.py"]
    empty_warm = med(floor["warm"])
    print(f"\nScript runs (AppTest; warm: median of {max(runs_wanted, RERUNS)} reruns, ms). Floors: the empty")
    print("script, and as many containers/elements/widgets with nothing computed (bench/elements_page.py)")
    print(
        f"{'page':34} {'cold s':>7} {'warm':>6} {'cpu':>5} {'x empty':>8} {'floor':>6} {'x floor':>8}"
        f" {'blocks/elements/widgets':>24} {'map bytes':>10}"
    )
    for page, r in runs.items():
        warm = med(r["warm"]) * 1000
        payload = ", ".join(str(p) for p in r["payload"]) or "-"
        own = r.get("floor")
        same = med(own["warm"]) * 1000 if own else empty_warm * 1000
        counts = "/".join(str(v) for v in r["counts"].values())
        print(
            f"{page:34} {r['cold']:7.3f} {warm:6.1f} {med(r['cpu']) * 1000:5.1f} {warm / (empty_warm * 1000):8.1f}"
            f" {same:6.1f} {warm / same:8.2f}"
            f" {counts:>24} {payload:>10}" + ("  EXCEPTION" if r["exception"] or (own and own["exception"]) else "")
        )
    print("  (cpu: the process's CPU time per rerun, which a loaded machine changes less than the wall time;")
    print("   target: every page's warm rerun <= 30 ms)")


def print_loads(runs: int) -> None:
    med = statistics.median
    times = browser_times(runs)
    base, marker = med(times[EMPTY]), med(times[MARKER])
    print(f"\nIn Chromium (seconds from navigation; median of {runs} interleaved rounds after one warm-up load)")
    print(f"{'':52} {'s':>7} {'x empty page':>13} {'x one-marker':>13}   all")
    for name, values in times.items():
        m = med(values)
        print(f"{name:52} {m:7.3f} {m / base:13.2f} {m / marker:13.2f}   {' '.join(f'{v:.2f}' for v in values)}")
    print("  (headline: from navigation commit; target for the overview map: <= 1.2 x one-marker)")


def print_clicks(runs: int, baseline: Path | None = None) -> None:
    med = statistics.median
    clicks = click_times(runs, baseline)

    def median_answered(values):
        answered = [v for v in values if v == v]
        return med(answered) if answered else float("nan")

    floor_click, map_floor = median_answered(clicks[CLICK_FLOOR]), median_answered(clicks[CLICK_MAP_FLOOR])
    print(f"\nClicks in Chromium (seconds; median of {runs}, each the first click of a fresh page, basemap off)")
    print(f"{'':52} {'s':>7} {'x button':>9} {'x map floor':>12}   all")
    for name, values in clicks.items():
        m = median_answered(values)
        print(
            f"{name:52} {m:7.3f} {m / floor_click:9.2f} {m / map_floor:12.2f}   {' '.join(f'{v:.2f}' for v in values)}"
        )
    print("  (nan: no answer within 30 s; target for the municipality: <= 0.3 s; streamlit-folium itself")
    print("   waits 250 ms after a click before it reports it, which the map floor includes)")


def print_visits(runs: int, starts: int) -> None:
    med = statistics.median
    visits = first_visits(starts or max(1, runs // 2))
    print(
        f"\nFresh server starts ({len(next(iter(visits.values())))} of each, interleaved): seconds until the overview's map is drawn"
    )
    print(f"{'':46} {'start':>7} {'first':>7} {'next':>7} {'first/next':>11}")
    for mode, values in visits.items():
        up, first, second = (med(v[i] for v in values) for i in range(3))
        print(f"{mode:46} {up:7.3f} {first:7.3f} {second:7.3f} {first / second:11.2f}")
        print("    all (start, first, next):", "; ".join(" ".join(f"{x:.2f}" for x in v) for v in values))
    print("  (start: until the server answers /_stcore/health, and for the deployment its script health check too)")


if __name__ == "__main__":
    main()
