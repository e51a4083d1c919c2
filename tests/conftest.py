import shutil
from pathlib import Path

import pytest
import streamlit as st

ROOT = Path(__file__).resolve().parent.parent


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
