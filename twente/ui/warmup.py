"""Preparing, once per server process, what a visitor would otherwise wait for: the data, the
catalogue, the shapes and the parks.

``start()`` is called at the top of every page (``nav.page_start``): the first run of any
page starts one background thread that fills the same caches the pages read. The visitor's
own run does not wait for it; where both need the same entry, Streamlit's cache computes it
once and the other waits for that result."""

from __future__ import annotations

import logging
import threading
import time

log = logging.getLogger(__name__)
_lock = threading.Lock()
_thread: threading.Thread | None = None
finished = threading.Event()  # set when the warm-up is over (for the benchmark)


def start() -> None:
    """Start the warm-up, once per server process. Not under AppTest (a mocked runtime, no
    server; tests swap the data folder and clear the caches, which a background fill would race)."""
    global _thread
    from streamlit.runtime import Runtime

    if not Runtime.exists() or type(Runtime.instance()) is not Runtime:
        return
    with _lock:
        if _thread is None:
            _thread = threading.Thread(target=_run, name="twente-warmup", daemon=True)
            _thread.start()


def _run() -> None:
    began = time.perf_counter()
    try:
        warm()
    except Exception:  # the pages compute what is missing themselves; never let this fail them
        log.exception("warm-up failed")
    finally:
        finished.set()
        log.info("warm-up done in %.1f s", time.perf_counter() - began)


def warm() -> None:
    from twente.ui import cache

    cache.catalogue()
    cache.values()
    for load in (
        cache.municipalities,
        cache.municipality_shapes,
        cache.municipality_labels,
        cache.parks,
        cache.data_index,
        cache.age_sex,
    ):
        load()
    # The default views' rendered maps are left to the first run that draws them: rendering
    # them here, beside the first visitor's own run, starved the server under load (the map
    # component's frontend timed out in the browser tests); see the README.
