"""Where a click's time goes, from the map event to the panel settled (prints, asserts nothing).
Run: python bench/click_trace.py [script] [--runs N] [--query ?kaart=none] [--url http://127.0.0.1:PORT]

Each round opens a fresh page, waits until the map is drawn and the app idle, then clicks a
municipality (nth(0), then nth(7) of the same page) and reads, on the browser's own clock (ms
from the pointerdown):
* ``send``: when the page sent its first WebSocket message after the click (streamlit-folium's
  250 ms debounce, then Streamlit's widget message: the rerun request);
* ``first in`` / ``last in``: the first and last WebSocket message the server sent back
  (the fragment run's first delta; the run's end), their count and bytes;
* ``render``: the component iframe's last render event (new arguments reaching the map);
* ``settled``: the panel's heading shown and Streamlit reporting the run over.
The server's own time is about ``last in - send``; what follows ``last in`` is the frontend's.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# In every frame: the click's pointerdown and Streamlit's render events for a component; in the
# page: every WebSocket frame sent and received, headings added, the script state.
_TRACE = r"""
(() => {
  const now = () => performance.timeOrigin + performance.now();
  window.addEventListener('pointerdown', () => { window.__clicked = now(); }, true);
  window.__renders = [];
  window.addEventListener('message', e => {
    if (e.data && e.data.type === 'streamlit:render') window.__renders.push(now());
  }, true);
  if (window !== window.top) return;
  const t = window.__trace = {sent: [], got: [], h3: 0, idle: 0, long: []};
  try {  // the main thread's long tasks (> 50 ms): the page and its same-origin map iframe share it
    new PerformanceObserver(l => l.getEntries().forEach(e => t.long.push([performance.timeOrigin + e.startTime,
      e.duration]))).observe({type: 'longtask'});
  } catch (e) {}
  const Orig = window.WebSocket;
  window.WebSocket = function (...args) {
    const ws = new Orig(...args);
    const send = ws.send.bind(ws);
    ws.send = (data) => { t.sent.push([now(), data.byteLength || data.size || data.length || 0]); return send(data); };
    ws.addEventListener('message', e => t.got.push([now(), e.data.byteLength || e.data.size || e.data.length || 0]));
    return ws;
  };
  window.WebSocket.prototype = Orig.prototype;
  Object.assign(window.WebSocket, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
  new MutationObserver(ms => ms.forEach(m => {
    if (m.type === 'attributes' && m.target.getAttribute('data-test-script-state') === 'notRunning') t.idle = now();
    if (m.type === 'childList') m.addedNodes.forEach(n => {
      if (n instanceof Element && (n.tagName === 'H3' || n.querySelector('h3'))) t.h3 = now();
    });
  })).observe(document, {attributes: true, attributeFilter: ['data-test-script-state'], childList: true, subtree: true});
})();
"""


def main() -> None:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    from tests.browser import app_idle, chromium, map_frame, streamlit_server
    from twente.registry import MUNICIPALITIES

    parser = argparse.ArgumentParser()
    parser.add_argument("script", nargs="?", default="dashboard.py")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--query", default="/?kaart=none")
    parser.add_argument("--verbose", action="store_true", help="every message of the last round (ms, bytes)")
    parser.add_argument("--url", help="a server already running (e.g. under py-spy) instead of a new one")
    args = parser.parse_args()
    names = [m.name for m in MUNICIPALITIES]
    rows: dict[str, list[dict]] = {"first": [], "next": []}

    def clicked(page, frame_locator, nth: int, heading: str) -> dict:
        page.evaluate("() => { const t = window.__trace; t.sent = []; t.got = []; t.h3 = 0; t.idle = 0; t.long = []; }")
        shape = frame_locator.locator("path.twente-municipality").nth(nth)
        shape.click()
        page.locator("h3").filter(has_text=re.compile(heading)).first.wait_for(timeout=30_000)
        app_idle(page)
        page.wait_for_timeout(300)  # let late messages in: this is a trace, not a test
        t0 = shape.evaluate("el => el.ownerDocument.defaultView.__clicked")
        renders = shape.evaluate("el => el.ownerDocument.defaultView.__renders")
        trace = page.evaluate("() => window.__trace")
        sent = [s for s in trace["sent"] if s[0] >= t0]
        got = [g for g in trace["got"] if sent and g[0] >= sent[0][0]]
        ms = lambda x: round(x - t0, 1) if x else float("nan")  # noqa: E731
        return {
            "send": ms(sent[0][0]) if sent else float("nan"),
            "first in": ms(got[0][0]) if got else float("nan"),
            "last in": ms(got[-1][0]) if got else float("nan"),
            "render": ms(max((r for r in renders if r >= t0), default=0)),
            "settled": ms(max(trace["h3"], trace["idle"])),
            "in": f"{len(got)} msgs {sum(g[1] for g in got) / 1000:.1f} KB",
            "out": f"{len(sent)} msgs",
            "messages": [(ms(g[0]), g[1]) for g in got],
            "long tasks": [(ms(start), round(duration)) for start, duration in trace["long"] if start >= t0],
        }

    import contextlib

    server = contextlib.nullcontext(args.url) if args.url else streamlit_server(args.script)
    with server as url, chromium() as browser:
        for round_ in range(args.runs + 1):
            context = browser.new_context(viewport={"width": 1440, "height": 1400})
            context.add_init_script(_TRACE)
            page = context.new_page()
            try:
                page.goto(url + args.query)
                frame_locator = map_frame(page, timeout=120_000)
                app_idle(page)
                first = clicked(page, frame_locator, 0, "|".join(names))
                shown = next((n for n in names if page.locator("h3").filter(has_text=n).count()), "")
                second = clicked(page, frame_locator, 7, "|".join(n for n in names if n != shown))
            except PlaywrightTimeout as error:
                print("round", round_, "timed out:", error)
                continue
            finally:
                context.close()
            if round_:  # the first round warms the server
                rows["first"].append(first)
                rows["next"].append(second)
    for name, values in rows.items():
        print(f"\n{name} click (ms from pointerdown; median of {len(values)}):")
        for field in ("send", "first in", "last in", "render", "settled"):
            print(f"  {field:9} {statistics.median(v[field] for v in values):7.1f}   ", [v[field] for v in values])
        print("  ", values[-1]["in"], "·", values[-1]["out"])
        if args.verbose:
            print("   messages in (ms, bytes):", values[-1]["messages"])
            print("   long tasks (start ms, duration ms):", [v["long tasks"] for v in values])


if __name__ == "__main__":
    main()
