"""The chosen municipality's outline is a layer of its own, cached apart from the map's view:
choosing a municipality must not render the view again (it was once part of the view's cache key,
so every click and every indicator change after one asked for a view nobody had drawn)."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

from twente.ui import folium_adapter, mapview

ROOT = Path(__file__).resolve().parent.parent


def test_choosing_municipalities_renders_the_view_once_and_each_outline_once(monkeypatch):
    views, outlines = [], []
    real_layers, real_outline = mapview.value_layers, mapview.maps.selection_group
    monkeypatch.setattr(mapview, "value_layers", lambda *a, **k: views.append(1) or real_layers(*a, **k))
    monkeypatch.setattr(
        mapview.maps, "selection_group", lambda shapes, code: outlines.append(code) or real_outline(shapes, code)
    )
    folium_adapter._rendered.clear()
    folium_adapter._rendered_overlay.clear()
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.query_params["kaart"] = "none"
    at.run()
    assert not at.exception and views == [1], "the overview's map view is rendered on the first run"
    for code in ("GM0153", "GM0141", "GM0153"):
        at.selectbox(key="ov_selected").select(code).run()
        assert not at.exception
    assert views == [1], "a selection does not render the view again"
    assert outlines[-2:] == ["GM0153", "GM0141"] and outlines.count("GM0153") == 1, outlines
    at.selectbox(key="ov_indicator").select_index(1).run()
    assert views == [1, 1] and outlines.count("GM0153") == 1, "a new view keeps the cached outline"
