"""Preparing, once per server process, what a visitor would otherwise wait for: the data, the
catalogue, the shapes and the parks.

``start()`` is called at the top of every page (``nav.page_start``): the first run of any
page starts one background thread that fills the same caches the pages read. The visitor's
own run does not wait for it; where both need the same entry, Streamlit's cache computes it
once and the other waits for that result.

When it is done, it freezes the garbage collector's view of every object alive then
(``gc.freeze``): the data, shapes and modules live as long as the process, and Streamlit runs a
full collection after every script run (``runner.postScriptGC``), which walked all of them
each time: 0.12-0.17 s of CPU per run (a click, a switch, a page load) on the development
machine, about half of the 0.3 s a click may take (issue #16); afterwards it walks only what
was made since. Reference counting still frees frozen objects; only frozen *cycles* would
stay, so ``cache.refresh_when_files_change`` unfreezes when it drops the data.

``lifespan`` is the start-up hook of app.py (``st.App``): it runs dashboard.py once before the
server takes its first visitor, and waits for the warm-up that run starts."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import threading
import time

log = logging.getLogger(__name__)
_lock = threading.Lock()
_thread: threading.Thread | None = None
finished = threading.Event()  # set when the warm-up is over (for the benchmark)
# How long the start-up hook waits for the background warm-up after the page's own run (seconds).
STARTUP_WAIT = 60


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
        gc.freeze()
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


@contextlib.asynccontextmanager
async def lifespan(app):
    """``st.App``'s start-up hook (app.py). Streamlit has started its runtime; uvicorn accepts
    connections only once this has yielded. Runs dashboard.py once, in a session of its own,
    through ``Runtime.does_script_run_without_error`` (what ``/_stcore/script-health-check``
    does in the deployment), then waits for the warm-up that run started (bounded). A page
    that fails here shows its error to the visitor as usual: the server starts all the same."""
    from streamlit import runtime

    began = time.perf_counter()
    try:
        _ok, status = await runtime.get_instance().does_script_run_without_error()
    except Exception:  # never keep the server from starting
        log.exception("start-up run of dashboard.py failed")
        status = "failed"
    if _thread is not None:
        await asyncio.to_thread(finished.wait, STARTUP_WAIT)
    # On the console under the URL Streamlit printed before: the URL answers from now on.
    print(f"  Ready: dashboard.py ran once ({status}) in {time.perf_counter() - began:.1f} s.", flush=True)
    yield
