"""Where the time goes between navigation and the overview's map being drawn (prints, asserts
nothing). Run: python bench/trace_overview.py [script] [--runs N] [--query ?kaart=none]

For each load (after one warm-up load) it prints, in ms from navigation start, from the browser's
own timelines (Resource Timing, Long Tasks, a MutationObserver on the page and the map iframe):
* the requests of the page and of the map iframe (start, end) that took part in the first paint;
* the main thread's long tasks (> 50 ms), which delay everything else in the page and its
  same-origin iframe (they share the renderer's main thread);
* when each Streamlit element first appeared (by data-testid), when the iframe was attached, when
  its document started, when Leaflet's container and the first municipality were drawn.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

IFRAME = "iframe[title='streamlit_folium.st_folium']"

# Registered before any page script: long tasks and when each kind of element first appeared.
_OBSERVE = r"""
(() => {
  const t = window.__trace = {longtasks: [], first: {}, iframe: null};
  try {
    new PerformanceObserver(l => l.getEntries().forEach(e => t.longtasks.push([e.startTime, e.duration])))
      .observe({type: 'longtask', buffered: true});
  } catch (e) {}
  const seen = (name) => { if (!(name in t.first)) t.first[name] = performance.now(); };
  const scan = (node) => {
    if (!(node instanceof Element)) return;
    for (const el of [node, ...node.querySelectorAll('[data-testid]')]) {
      const id = el.getAttribute && el.getAttribute('data-testid');
      if (id) seen(id);
      if (el.tagName === 'IFRAME' && t.iframe === null) t.iframe = performance.now();
    }
  };
  new MutationObserver(ms => ms.forEach(m => m.addedNodes.forEach(scan)))
    .observe(document, {childList: true, subtree: true});
})();
"""

_COLLECT = r"""
() => ({
  nav: performance.timeOrigin,
  resources: performance.getEntriesByType('resource').map(r => [r.name, r.startTime, r.responseEnd, r.transferSize]),
  longtasks: window.__trace.longtasks, first: window.__trace.first, iframe: window.__trace.iframe,
})
"""

_COLLECT_FRAME = r"""
() => ({
  origin: performance.timeOrigin,
  resources: performance.getEntriesByType('resource').map(r => [r.name, r.startTime, r.responseEnd, r.transferSize]),
  leaflet: window.__trace && window.__trace.first['leaflet'],
})
"""


def one_load(browser, url: str, selector: str) -> dict:
    import time

    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.add_init_script(_OBSERVE)
    page = context.new_page()
    t0 = time.perf_counter()
    page.goto(url, wait_until="commit")
    page.wait_for_selector(IFRAME, state="attached", timeout=120_000)
    frame = page.frame_locator(IFRAME).first
    frame.locator(selector).first.wait_for(timeout=120_000)
    drawn_wall = time.perf_counter() - t0
    main = page.evaluate(_COLLECT)
    inner = next(f for f in page.frames if f != page.main_frame and "streamlit_folium" in (f.url or ""))
    drawn = inner.evaluate("() => performance.now()")  # just after the shape was seen
    sub = inner.evaluate(_COLLECT_FRAME)
    context.close()
    shift = sub["origin"] - main["nav"]  # the iframe's time origin, on the page's clock
    return {"wall": drawn_wall, "main": main, "frame": sub, "shift": shift, "drawn": drawn + shift}


def short(name: str) -> str:
    name = name.split("?")[0]
    for cut in ("/static/static/", "/component/", "/app/static/", "/_stcore/"):
        if cut in name:
            return name[name.index(cut) :]
    return name[-60:]


def report(load: dict, limit_ms: float) -> None:
    m, f, shift = load["main"], load["frame"], load["shift"]
    print(
        f"  map drawn at {load['drawn']:.0f} ms (wall {load['wall'] * 1000:.0f} ms); iframe attached at "
        f"{m['iframe'] or float('nan'):.0f} ms; iframe document starts at {shift:.0f} ms"
    )
    events = [(t, "element " + k) for k, t in m["first"].items()]
    events += [(s, f"page  GET {short(n)} -> {e:.0f} ({size} B)") for n, s, e, size in m["resources"]]
    events += [(s + shift, f"frame GET {short(n)} -> {e + shift:.0f} ({size} B)") for n, s, e, size in f["resources"]]
    events += [(s, f"LONG TASK {d:.0f} ms") for s, d in m["longtasks"]]
    for t, what in sorted(events):
        if t <= limit_ms:
            print(f"  {t:7.0f}  {what}")
    busy = sum(d for s, d in m["longtasks"] if s < load["drawn"])
    print(
        f"  long tasks before the map was drawn: {busy:.0f} ms in {sum(1 for s, _ in m['longtasks'] if s < load['drawn'])}"
    )


def main() -> None:
    from tests.browser import chromium, streamlit_server

    parser = argparse.ArgumentParser()
    parser.add_argument("script", nargs="?", default="dashboard.py")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--query", default="/?kaart=none")
    parser.add_argument("--selector", default="path.twente-municipality")
    parser.add_argument("--json", help="write the raw timelines here")
    args = parser.parse_args()
    loads = []
    with streamlit_server(args.script) as url, chromium() as browser:
        for i in range(args.runs + 1):
            load = one_load(browser, url + args.query, args.selector)
            if i:
                loads.append(load)
                print(f"load {i}:")
                report(load, load["drawn"] + 50)
    print(f"median map drawn: {statistics.median(x['drawn'] for x in loads):.0f} ms")
    if args.json:
        Path(args.json).write_text(json.dumps(loads))


if __name__ == "__main__":
    main()
