"""Locust users that use the dashboard as a browser does, over Streamlit's own protocol.

Run by bench/load.py and tests/test_cluster.py, or by hand:

    locust -f bench/locustfile.py --headless -u 20 -r 5 -t 30s --host http://127.0.0.1:8080

Each user opens the home page in a URL state (the map page), then every LOAD_PACING seconds
(default 10) changes the indicator (3 in 4 actions) or clicks a municipality on the map (1 in
4). Timed: "page load" (both runs a page load causes), "indicator change", "map click", and
"reconnect" after the WebSocket dropped (the frontend's reconnect: health, WebSocket
with the old session id, rerun with the URL). After a reconnect the user checks that its indicator
came back.

LOAD_RESULTS=path writes one JSON object per user (samples, errors, affinity cookie) when the
run ends, for the load figures and the fault test; LOAD_PROGRESS=path gets a line per action.
Traffic goes to 127.0.0.1 only; Locust's run time bounds every user, and every wait in the
client is bounded.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import sys
import time
from pathlib import Path

import gevent
from locust import User, constant_pacing, events, task

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.stclient import Disconnected, ProtocolError, StreamlitSession  # noqa: E402

PACING = float(os.environ.get("LOAD_PACING", "10"))
TIMEOUT = float(os.environ.get("LOAD_TIMEOUT", "30"))
RESULTS = os.environ.get("LOAD_RESULTS")
PROGRESS = os.environ.get("LOAD_PROGRESS")  # one line per finished action, for tests to wait on
# Start states: a few of the links people share (indicator, language, municipality).
START_QUERIES = [
    "kaart=none",
    "kaart=none&lang=en",
    "kaart=none&indicator=population_65_plus",
    "kaart=none&indicator=smokers&jaar=2020&groep=65%2B&gemeente=GM0153",
    "kaart=none&lang=en&indicator=smokers&jaar=2020&gemeente=GM0164",
]
MUNICIPALITIES = [
    "GM0141",
    "GM0147",
    "GM0153",
    "GM0158",
    "GM0164",
    "GM0168",
    "GM0173",
    "GM0183",
    "GM0189",
    "GM1700",
    "GM1735",
    "GM1742",
    "GM1774",
    "GM0163",
]
INDICATOR_LABELS = ("Indicator",)

_ids = itertools.count(1)
RECORDS: list[dict] = []


class DashboardUser(User):
    wait_time = constant_pacing(PACING)

    def on_start(self) -> None:
        self.rng = random.Random()
        self.record = {
            "user": next(_ids),
            "query": self.rng.choice(START_QUERIES),
            "samples": [],
            "errors": [],
            "disconnects": 0,
            "restored": [],
            "cookie": None,
        }
        RECORDS.append(self.record)
        gevent.sleep(self.rng.uniform(0, PACING))  # users do not act in step
        self.session = StreamlitSession(self.host, "/", self.record["query"], timeout=TIMEOUT)
        self.loaded = False

    def on_stop(self) -> None:
        session = getattr(self, "session", None)
        if session is not None:
            self.record["cookie"] = session.cookie("twente_affinity")
            session.close()

    def _fire(self, name: str, seconds: float, error: Exception | None, runs: int = 0) -> None:
        self.record["samples"].append([name, round(time.time(), 3), round(seconds, 4), runs, error is None])
        if PROGRESS:
            with open(PROGRESS, "a", encoding="utf-8") as out:
                out.write(f"{name}\t{error is None}\n")
        self.environment.events.request.fire(
            request_type="WS", name=name, response_time=seconds * 1000, response_length=0, exception=error, context={}
        )

    def _timed(self, name: str, action):
        self.record["cookie"] = self.session.cookie("twente_affinity") or self.record["cookie"]
        start = time.perf_counter()
        try:
            run = action()
        except Disconnected as exc:
            self._fire(name, time.perf_counter() - start, exc)
            self.record["disconnects"] += 1
            self.record["errors"].append([round(time.time(), 3), name, f"disconnected: {exc}"])
            self._reconnect()
            return None
        except ProtocolError as exc:
            self._fire(name, time.perf_counter() - start, exc)
            self.record["errors"].append([round(time.time(), 3), name, str(exc)])
            return None
        self._fire(name, run.seconds, None, run.runs)
        return run

    def _reconnect(self) -> None:
        before = self._indicator()
        start = time.perf_counter()
        try:
            self.session.reconnect(attempts=20, within=TIMEOUT * 2)
        except (Disconnected, ProtocolError) as exc:
            self._fire("reconnect", time.perf_counter() - start, exc)
            self.record["errors"].append([round(time.time(), 3), "reconnect", str(exc)])
            return
        self._fire("reconnect", time.perf_counter() - start, None, 1)
        after = self._indicator()
        # A user cut off during its first page load had no view yet: it must get the page now.
        self.record["restored"].append([before, after, after is not None if before is None else before == after])

    def _indicator(self) -> str | None:
        for label in INDICATOR_LABELS:
            box = self.session.last.selectbox(label) if self.session.last else None
            if box is not None:
                return self.session.current(box)
        return None

    def _page_shown(self) -> bool:
        """The first action opens the page (inside a task, so a stopping run lets it finish);
        a user whose reconnect failed tries again."""
        if not self.loaded:
            self.loaded = True
            self._timed("page load", self.session.load)
            return False
        if self.session.last is None:
            self._reconnect()
            return False
        return True

    @task(3)
    def change_indicator(self) -> None:
        if self._page_shown():
            self._timed("indicator change", lambda: self.session.change_indicator(INDICATOR_LABELS[0], self.rng))

    @task(1)
    def click_municipality(self) -> None:
        if self._page_shown():
            self._timed("map click", lambda: self.session.click_municipality(self.rng.choice(MUNICIPALITIES)))


@events.quitting.add_listener
def _write_results(environment, **_kwargs) -> None:
    if RESULTS:
        with open(RESULTS, "w", encoding="utf-8") as out:
            out.writelines(json.dumps(record) + "\n" for record in RECORDS)
