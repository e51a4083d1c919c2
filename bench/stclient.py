"""A Streamlit client that speaks the browser's protocol, for load tests and fault tests.

It does what the frontend does (checked against Chromium's WebSocket frames, see
tests/test_cluster.py): GET the page (the proxy sets its affinity cookie, Streamlit its
XSRF cookie), GET /_stcore/health and /_stcore/host-config, open the WebSocket
/_stcore/stream with the subprotocols ["streamlit", <xsrf token>(, <old session id>)], send a
``rerun_script`` BackMsg with the URL's query string, then a second one with the values
every widget reported on mount. A widget change is a ``rerun_script`` with all widget
states, as the frontend sends. Messages are Streamlit's own protobuf classes.

The time of a user action is from sending the BackMsg to the ``script_finished`` ForwardMsg
of the last run it caused. A widget change is sent as a whole-page rerun (a map click too, which
makes it heavier than Chromium's, a rerun of the map's fragment: the load figures are on the safe
side); ``send(fragment_id)`` sends the widgets' states as a fragment's rerun, as Chromium does.

No dependency on Locust or gevent: the load test (bench/locustfile.py) wraps this class.
Only 127.0.0.1/localhost URLs are accepted; every wait is bounded.
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import requests
import websocket
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

ROOT = Path(__file__).resolve().parent.parent
FINISHED = ForwardMsg.ScriptFinishedStatus
FOLIUM = "streamlit_folium.st_folium"
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


class ProtocolError(Exception):
    """The server answered something a browser would show as an error."""


class Disconnected(Exception):
    """The WebSocket closed or the server could not be reached."""


@dataclass
class Run:
    """What one user action produced."""

    seconds: float
    runs: int  # script runs finished (more than one when a run was cut short by the next)
    elements: list = field(default_factory=list)  # Element protos of the last run, in arrival order
    exceptions: list[str] = field(default_factory=list)
    page_not_found: bool = False
    fragments: dict = field(default_factory=dict)  # widget id -> id of the fragment that drew it
    status: int = 0  # the ScriptFinishedStatus that ended it (a fragment's run, or the whole page's)

    def of(self, kind: str) -> list:
        return [e for e in self.elements if e.WhichOneof("type") == kind]

    def texts(self) -> dict[str, list[str]]:
        """Headline text of the page: titles, metrics (label and value), error boxes."""
        return {
            "headings": [e.heading.body for e in self.of("heading")],
            "metrics": [f"{e.metric.label}|{e.metric.body}" for e in self.of("metric")],
            "errors": [e.alert.body for e in self.of("alert") if e.alert.format == e.alert.ERROR],
        }

    def selectbox(self, label: str):
        for e in self.of("selectbox"):
            if e.selectbox.label == label:
                return e.selectbox
        return None


def _check_local(url: str) -> None:
    host = urlparse(url).hostname
    if host not in LOCAL_HOSTS:
        raise ValueError(f"load traffic goes to 127.0.0.1 only, not {host}")


def _selectbox_value(box) -> str | None:
    if box.set_value or box.raw_value:
        return box.raw_value
    if box.HasField("default") and 0 <= box.default < len(box.options):
        return box.options[box.default]
    return None


def _municipality_features() -> dict[str, dict]:
    """The 14 municipality shapes as GeoJSON features, as Leaflet's ``toGeoJSON`` reports a
    clicked shape (rounded to 5 decimals like the map). Only used to make a click's
    widget value the size a browser sends; the app reads ``properties.code``."""
    features = {}
    for path in sorted((ROOT / "geodata").rglob("*.geojson")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for f in data.get("features", []) if isinstance(data, dict) else []:
            code = (f.get("properties") or {}).get("code") or (f.get("properties") or {}).get("statcode")
            if isinstance(code, str) and code.startswith("GM") and code not in features:
                features[code] = f
    return features


_FEATURES: dict[str, dict] | None = None


def click_value(code: str, name: str = "") -> str:
    """The st_folium component value after a click on municipality ``code``."""
    global _FEATURES
    if _FEATURES is None:
        _FEATURES = _municipality_features()
    feature = _FEATURES.get(code) or {}
    geometry = feature.get("geometry") or {"type": "Point", "coordinates": [6.8, 52.3]}
    ring = _first_point(geometry.get("coordinates"))
    drawing = {"geometry": geometry, "id": code, "properties": {"code": code, "name": name}, "type": "Feature"}
    return json.dumps(
        {"last_clicked": {"lat": ring[1], "lng": ring[0]}, "last_active_drawing": drawing}, separators=(",", ":")
    )


def _first_point(coords):
    for _ in range(6):  # bounded descent into nested coordinate lists
        if isinstance(coords, list) and coords and isinstance(coords[0], list):
            coords = coords[0]
    return coords if isinstance(coords, list) and len(coords) >= 2 else [6.8, 52.3]


class StreamlitSession:
    """One simulated browser tab on one page of the app."""

    def __init__(self, base_url: str, path: str = "/", query: str = "", timeout: float = 30.0, locale: str = "en-US"):
        _check_local(base_url)
        self.base_url = base_url.rstrip("/")
        self.path = "/" + path.strip("/")
        self.query = query
        self.timeout = timeout
        self.locale = locale
        self.http = requests.Session()
        self.ws: websocket.WebSocket | None = None
        self.session_id = ""
        self.widgets: dict[str, BackMsg] = {}  # widget id -> WidgetState (as the frontend holds them)
        self.cache: dict[str, ForwardMsg] = {}  # cacheable ForwardMsgs by hash (the frontend's message cache)
        self.last: Run | None = None
        self.reconnects = 0

    # ------------------------------------------------------------------ connection

    def cookie(self, name: str) -> str | None:
        return self.http.cookies.get(name)

    def _get(self, path: str) -> requests.Response:
        try:
            r = self.http.get(self.base_url + path, timeout=self.timeout)
        except requests.RequestException as exc:
            raise Disconnected(f"GET {path}: {exc}") from exc
        if r.status_code != 200:
            raise Disconnected(f"GET {path}: HTTP {r.status_code}")
        return r

    def connect(self) -> None:
        """What the browser does before its first BackMsg."""
        page = self.path + (f"?{self.query}" if self.query else "")
        self._get(page)
        self._get("/_stcore/health")
        self._get("/_stcore/host-config")
        protocols = ["streamlit", self.cookie("_streamlit_xsrf") or ""]
        if self.session_id:
            protocols.append(self.session_id)
        cookies = "; ".join(f"{c.name}={c.value}" for c in self.http.cookies)
        url = "ws" + self.base_url[4:] + "/_stcore/stream"
        try:
            self.ws = websocket.create_connection(
                url,
                timeout=self.timeout,
                subprotocols=protocols,
                cookie=cookies or None,
                origin=self.base_url,
                enable_multithread=False,
            )
        except (OSError, websocket.WebSocketException) as exc:
            raise Disconnected(f"WebSocket: {exc}") from exc

    def close(self) -> None:
        if self.ws is not None:
            try:
                self.ws.close(timeout=2)
            except (OSError, websocket.WebSocketException):
                pass
            self.ws = None
        self.http.close()

    # ------------------------------------------------------------------ messages

    def _send_rerun(self, fragment_id: str = "") -> None:
        msg = BackMsg()
        state = msg.rerun_script
        state.query_string = self.query
        state.fragment_id = fragment_id
        if self.path != "/":
            state.page_name = self.path.strip("/")
        state.widget_states.widgets.extend(self.widgets.values())
        state.cached_message_hashes.extend(self.cache)
        info = state.context_info
        info.timezone, info.timezone_offset, info.locale = "UTC", 0, self.locale
        info.url, info.is_embedded, info.color_scheme = self.base_url + "/", False, "light"
        try:
            self.ws.send_binary(msg.SerializeToString())
        except (OSError, websocket.WebSocketException) as exc:
            raise Disconnected(f"send: {exc}") from exc

    def _receive_until_finished(self) -> Run:
        start = time.perf_counter()
        deadline = start + self.timeout
        elements: dict[tuple, object] = {}
        runs, exceptions, not_found, fragments = 0, [], False, {}
        # Only runs that start after the request count: after a reconnect to a session that still
        # exists, the tail of a run begun before the drop (no new_session seen here) may come first.
        started = False
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise ProtocolError(f"no script_finished within {self.timeout:.0f} s")
            self.ws.settimeout(left)
            try:
                data = self.ws.recv()
            except websocket.WebSocketTimeoutException as exc:
                raise ProtocolError(f"no script_finished within {self.timeout:.0f} s") from exc
            except (OSError, websocket.WebSocketException) as exc:
                raise Disconnected(f"receive: {exc}") from exc
            if not data:
                raise Disconnected("WebSocket closed by the server")
            msg = ForwardMsg()
            msg.ParseFromString(data)
            kind = msg.WhichOneof("type")
            if kind == "ref_hash":
                cached = self.cache.get(msg.ref_hash)
                if cached is None:
                    raise ProtocolError(f"reference to a message not cached: {msg.ref_hash}")
                resolved = ForwardMsg()
                resolved.CopyFrom(cached)
                resolved.metadata.CopyFrom(msg.metadata)
                msg, kind = resolved, resolved.WhichOneof("type")
            elif msg.metadata.cacheable and msg.hash:
                self.cache[msg.hash] = msg
            if kind == "new_session":
                self.session_id = msg.new_session.initialize.session_id or self.session_id
                elements, started = {}, True
            elif kind == "delta" and started and msg.delta.WhichOneof("type") == "new_element":
                element = msg.delta.new_element
                elements[tuple(msg.metadata.delta_path)] = element
                widget = getattr(element, element.WhichOneof("type") or "", None)
                if msg.delta.fragment_id and isinstance(getattr(widget, "id", None), str):
                    fragments[widget.id] = msg.delta.fragment_id
                if element.WhichOneof("type") == "exception":
                    exceptions.append(f"{element.exception.type}: {element.exception.message}")
            elif kind == "page_info_changed":
                self.query = msg.page_info_changed.query_string
            elif kind == "page_not_found":
                not_found = True
            elif kind == "script_finished" and started:
                runs += 1
                if msg.script_finished != FINISHED.FINISHED_EARLY_FOR_RERUN:
                    ordered = [elements[k] for k in sorted(elements)]
                    took = time.perf_counter() - start
                    return Run(took, runs, ordered, exceptions, not_found, fragments, msg.script_finished)

    def send(self, fragment_id: str = "") -> Run:
        """Send the widgets' states (``self.widgets``) as the browser does after a change: a
        whole-page rerun, or with ``fragment_id`` that fragment's rerun."""
        return self._act(fragment_id)

    def _act(self, fragment_id: str = "") -> Run:
        self._send_rerun(fragment_id)
        run = self._receive_until_finished()
        self.last = run
        self._mount_widgets(run)
        if run.exceptions:
            raise ProtocolError("traceback on the page: " + "; ".join(run.exceptions))
        if run.page_not_found:
            raise ProtocolError(f"page not found: {self.path}")
        return run

    def _mount_widgets(self, run: Run) -> None:
        """Keep the widget states the frontend would hold after this run: the values of the
        widgets on the page (reported on mount), dropping widgets that are gone."""
        from streamlit.proto.WidgetStates_pb2 import WidgetState

        present = {}
        for e in run.elements:
            kind = e.WhichOneof("type")
            if kind == "selectbox":
                old = self.widgets.get(e.selectbox.id)
                value = old.string_value if old is not None else _selectbox_value(e.selectbox)
                if value is not None:
                    present[e.selectbox.id] = WidgetState(id=e.selectbox.id, string_value=value)
            elif kind == "component_instance" and e.component_instance.component_name == FOLIUM:
                wid = e.component_instance.id
                old = self.widgets.get(wid)
                if old is None:
                    returned = json.loads(e.component_instance.json_args or "{}").get("returned_objects") or []
                    old = WidgetState(id=wid, json_value=json.dumps({k: None for k in returned}, separators=(",", ":")))
                present[wid] = old
        self.widgets = present

    # ------------------------------------------------------------------ user actions

    def load(self) -> Run:
        """Open the page: the first run, then the run with the widgets' mount values. The
        time includes the HTTP requests before the WebSocket."""
        start = time.perf_counter()
        self.widgets = {}
        self.connect()
        first = self._act()
        second = self._act()
        took = time.perf_counter() - start
        return Run(took, first.runs + second.runs, second.elements, fragments=second.fragments, status=second.status)

    def reconnect(self, attempts: int = 20, within: float = 60.0) -> Run:
        """What the frontend does when its WebSocket drops: poll health, reopen the
        WebSocket with the old session id, rerun with the URL's query string."""
        self.reconnects += 1
        if self.ws is not None:
            try:
                self.ws.close(timeout=1)
            except (OSError, websocket.WebSocketException):
                pass
            self.ws = None
        deadline = time.monotonic() + within
        last_error: Exception | None = None
        for attempt in range(attempts):
            if time.monotonic() > deadline:
                break
            try:
                start = time.perf_counter()
                self.connect()
                run = self._act()
                run.seconds = time.perf_counter() - start
                return run
            except Disconnected as exc:
                last_error = exc
                time.sleep(min(0.25 * 2**attempt, 3.0))
        raise Disconnected(f"could not reconnect: {last_error}")

    def indicator_box(self, label: str = "Indicator"):
        box = self.last.selectbox(label) if self.last else None
        if box is None:
            raise ProtocolError(f"no selectbox labelled {label!r} on {self.path}")
        return box

    def current(self, box) -> str:
        state = self.widgets.get(box.id)
        return state.string_value if state is not None else _selectbox_value(box)

    def change_indicator(self, label: str = "Indicator", rng: random.Random | None = None) -> Run:
        """Pick another option in the indicator selectbox."""
        from streamlit.proto.WidgetStates_pb2 import WidgetState

        box = self.indicator_box(label)
        others = [o for o in box.options if o != self.current(box)]
        if not others:
            raise ProtocolError("the indicator selectbox has one option")
        choice = (rng or random).choice(others)
        self.widgets[box.id] = WidgetState(id=box.id, string_value=choice)
        return self._act()

    def click_municipality(self, code: str, name: str = "") -> Run:
        """A click on a municipality shape: the st_folium component's new value."""
        from streamlit.proto.WidgetStates_pb2 import WidgetState

        maps = [
            e.component_instance
            for e in (self.last.of("component_instance") if self.last else [])
            if e.component_instance.component_name == FOLIUM
        ]
        if not maps:
            raise ProtocolError(f"no map on {self.path}")
        wid = maps[0].id
        self.widgets[wid] = WidgetState(id=wid, json_value=click_value(code, name))
        return self._act()
