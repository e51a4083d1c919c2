"""A policy officer who corrects a data file sees the new figures without a server restart."""

import os

from streamlit.testing.v1 import AppTest

from tests.test_pages import ROOT


def _indicator_titles(at: AppTest) -> list[str]:
    chooser = at.selectbox(key="ov_indicator")
    return [str(o) for o in chooser.options]


def _save(path, text: str) -> None:
    """Write as an editor does; bump the time so a save within the same tick still counts."""
    before = path.stat().st_mtime_ns
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 1_000_000_000, before + 1_000_000_000))


def test_an_edited_catalogue_shows_without_a_restart(project_copy):
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()
    assert "Inwoners op 1 januari" in _indicator_titles(at)

    path = project_copy / "twente_data" / "indicators.csv"
    text = path.read_text(encoding="utf-8")
    _save(path, text.replace("population,population,Inwoners op 1 januari,", "population,population,Inwoners per 1-1,"))

    at.run()  # the same session, the same process: only the file changed
    titles = _indicator_titles(at)
    assert "Inwoners per 1-1" in titles and "Inwoners op 1 januari" not in titles


def test_an_edited_value_file_shows_without_a_restart(project_copy):
    at = AppTest.from_file(str(ROOT / "pages" / "leefomgeving.py"), default_timeout=60).run()
    path = project_copy / "twente_data" / "living" / "recreation_facts.csv"
    text = path.read_text(encoding="utf-8")
    assert ",380," in text, "the cycle-path length this test edits"
    before = [m.value for m in at.metric]
    _save(path, text.replace(",380,", ",381,", 1))
    at.run()
    after = [m.value for m in at.metric]
    assert any("380" in v for v in before) and any("381" in v for v in after), (before, after)
