import shutil
from pathlib import Path

import pytest
import streamlit as st

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session", autouse=True)
def _components_scanned_once():
    """Each AppTest run scans every installed distribution's metadata for Streamlit components
    (about 1,400 here: two thirds of a page run). The installed packages do not change during a
    test session, so it scans once; the pages themselves run as before. Browser tests run a real
    server in its own process and are not affected."""
    import functools

    from streamlit.components.v2 import manifest_scanner

    patch = pytest.MonkeyPatch()
    scan = functools.lru_cache(maxsize=None)(manifest_scanner.scan_component_manifests)
    patch.setattr(manifest_scanner, "scan_component_manifests", scan)
    yield
    patch.undo()


@pytest.fixture(scope="module")
def app_url():
    """A real server of the app on 127.0.0.1, one per test module (browser tests)."""
    from tests.browser import streamlit_server

    with streamlit_server() as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright, one per test module (browser tests)."""
    from tests.browser import chromium

    with chromium() as b:
        yield b


@pytest.fixture
def project_copy(tmp_path, monkeypatch):
    """A copy of the shipped data in a temporary folder, for breaking files on purpose."""
    for folder in ("twente_data", "geodata"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    monkeypatch.setenv("TWENTE_ROOT", str(tmp_path))
    st.cache_resource.clear()  # the app caches loads per process: read the copy, not the cache
    yield tmp_path
    st.cache_resource.clear()


@pytest.fixture(scope="session")
def catalogue():
    """The shipped indicator catalogue (read once)."""
    from twente import data
    from twente.indicators import Catalogue

    return Catalogue(data.load_catalogue().frame)


@pytest.fixture(scope="session")
def values():
    """All shipped indicator values in the tidy form (read once)."""
    from twente import data

    return data.load_values(data.load_catalogue().frame).frame
