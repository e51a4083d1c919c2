"""The streamlit-folium adapter (twente/ui/folium_adapter.py) against the public ``st_folium``.

The component function is replaced by a recorder, so no browser is needed: what the
recorder receives is exactly what the frontend would receive."""

import itertools
import json
import logging
import re
import sys
import types
from pathlib import Path

import branca.element
import folium
import pytest
import streamlit_folium

from twente import maps
from twente.ui import folium_adapter, mapview

ROOT = Path(__file__).resolve().parent.parent
ADAPTER = ROOT / "twente" / "ui" / "folium_adapter.py"
SHAPES = json.loads((ROOT / "geodata" / "boundaries" / "twente_municipalities.geojson").read_text(encoding="utf-8"))
CODES = sorted(f["properties"]["code"] for f in SHAPES["features"])


class Recorder:
    def __init__(self):
        self.calls = []

    def __call__(self, **kwargs):
        self.calls.append(kwargs)


@pytest.fixture
def deterministic_ids(monkeypatch):
    """folium names every element with a random id; number them instead, so that two builds
    of the same map give the same strings. Call the returned function before each build."""
    counter = {"n": itertools.count()}

    def restart():
        counter["n"] = itertools.count()

    monkeypatch.setattr(branca.element.Element, "_generate_id", classmethod(lambda cls: f"{next(counter['n']):032x}"))
    return restart


@pytest.fixture(autouse=True)
def fresh_adapter(monkeypatch):
    folium_adapter._rendered.clear()
    folium_adapter._rendered_overlay.clear()
    monkeypatch.setattr(folium_adapter, "_warned", set())
    yield
    folium_adapter._rendered.clear()
    folium_adapter._rendered_overlay.clear()


def build_base() -> folium.Map:
    """The overview's base map: tiles, municipality labels, park markers."""
    return mapview.base_map("nl", "brt")


def build_groups() -> list[folium.FeatureGroup]:
    colours = {code: "#fdbb84" for code in CODES}
    tooltips = {f["properties"]["code"]: f["properties"]["name"] for f in SHAPES["features"]}
    group = maps.choropleth_group(SHAPES, colours, tooltips, name="Inwoners", title="Inwoners")
    maps.FitView([(52.22, 6.89), (52.26, 6.79)]).add_to(group)
    return [group]


@pytest.mark.parametrize("returned", [["last_active_drawing", "last_clicked"], ["last_clicked", "bounds", "zoom"]])
def test_the_component_receives_what_st_folium_would_send(monkeypatch, deterministic_ids, returned):
    recorder = Recorder()
    monkeypatch.setattr(streamlit_folium, "_component_func", recorder)

    deterministic_ids()
    base, groups = build_base(), build_groups()
    streamlit_folium.st_folium(
        base,
        key="finder",
        height=420,
        use_container_width=True,
        returned_objects=returned,
        feature_group_to_add=groups,
        layer_control=folium.LayerControl(collapsed=True),
    )
    deterministic_ids()
    folium_adapter.draw(
        ("test", tuple(returned)), build_base, ("test",), build_groups, key="finder", height=420, returned=returned
    )

    public, adapter = recorder.calls
    assert callable(public.pop("on_change")), "st_folium's callback only copies the value to session_state[key]"
    assert set(adapter) == set(public)
    for name in (
        "script",
        "html",
        "header",
        "feature_group",
        "layer_control",
        "js_links",
        "css_links",
        "id",
        "key",
        "default",
        "height",
        "width",
        "returned_objects",
        "zoom",
        "center",
        "return_on_hover",
        "pixelated",
        "wrap_longitude",
    ):
        assert adapter[name] == public[name], name
    assert "park-marker" in adapter["script"] and "GM0153" in adapter["feature_group"], "a real map was compared"


def draw_counted(built: list, **overlay) -> None:
    """The same view drawn through the cached path; ``built`` records which builders ran."""
    folium_adapter.draw(
        ("cached",),
        lambda: built.append("base") or build_base(),
        ("cached",),
        lambda: built.append("groups") or build_groups(),
        key="k",
        height=300,
        returned=["last_clicked"],
        **overlay,
    )


def test_the_cached_path_is_used_when_streamlit_folium_is_as_expected(monkeypatch, caplog):
    recorder = Recorder()
    monkeypatch.setattr(streamlit_folium, "_component_func", recorder)
    monkeypatch.setattr(streamlit_folium, "st_folium", lambda *a, **k: pytest.fail("the public path was used"))
    built = []
    for _ in range(2):
        draw_counted(built)
    assert built == ["base", "groups"], "the second run reuses the rendered map"
    assert len(recorder.calls) == 2 and recorder.calls[0]["script"] == recorder.calls[1]["script"]
    assert folium_adapter.missing_names() == []
    assert not [r for r in caplog.records if r.name == folium_adapter.__name__]


def test_a_selection_is_an_overlay_cached_apart_from_the_view(monkeypatch):
    """A click or a new selection re-renders only the outline; the view is rendered once."""
    recorder = Recorder()
    monkeypatch.setattr(streamlit_folium, "_component_func", recorder)
    built = []
    for selected in ("GM0153", "GM0141", "GM0153"):
        draw_counted(
            built,
            overlay_key=("selection", selected),
            build_overlay=lambda s=selected: built.append(s) or [maps.selection_group(SHAPES, s)],
        )
    assert built == ["base", "groups", "GM0153", "GM0141"], "the view once, each outline once"
    first, second, third = (c["feature_group"] for c in recorder.calls)
    assert first == third and first != second
    outline = next(f for f in SHAPES["features"] if f["properties"]["code"] == "GM0153")["geometry"]
    # the oracle is the shapes file: the overlay holds that municipality's outline, not clickable,
    # and stays out of the layer control that lists the view's layers
    ring = outline["coordinates"][0][0] if outline["type"] == "MultiPolygon" else outline["coordinates"][0]
    overlay = first.split("feature_group_overlay_0", 1)[1]
    assert json.dumps(ring[0]) in overlay and '"interactive": false' in overlay
    assert "feature_group_overlay" not in recorder.calls[0]["layer_control"]
    assert all(c["layer_control"] == recorder.calls[0]["layer_control"] for c in recorder.calls)


def renamed_streamlit_folium(old: str, new: str) -> types.ModuleType:
    """A scratch copy of the installed streamlit_folium in which the name ``old`` is renamed
    ``new`` everywhere, as an upgrade that renames a helper or an argument would look."""
    path = Path(streamlit_folium.__file__)
    source = path.read_text(encoding="utf-8")
    renamed = re.sub(rf"(?<![\w.]){re.escape(old)}\b", new, source)
    assert renamed != source, f"{old} is not in streamlit_folium any more: update PRIVATE_NAMES"
    module = types.ModuleType("streamlit_folium")
    module.__file__ = str(path)
    exec(compile(renamed, str(path), "exec"), module.__dict__)  # noqa: S102 -- the installed package, edited
    assert not hasattr(module, old)
    return module


@pytest.mark.parametrize("name", folium_adapter.PRIVATE_NAMES)
def test_a_renamed_private_name_falls_back_to_st_folium_and_still_draws(monkeypatch, caplog, name):
    new_name = name.lstrip("_") + "_renamed"
    scratch = renamed_streamlit_folium(name, new_name)
    recorder = Recorder()
    setattr(scratch, new_name if name == "_component_func" else "_component_func", recorder)
    monkeypatch.setitem(sys.modules, "streamlit_folium", scratch)

    with caplog.at_level(logging.WARNING, logger=folium_adapter.__name__):
        for _ in range(2):
            folium_adapter.draw(
                ("fallback", name),
                build_base,
                ("fallback", name),
                build_groups,
                key="overview",
                height=560,
                returned=["last_active_drawing", "last_clicked"],
            )

    assert len(recorder.calls) == 2, "drawn on every run"
    args = recorder.calls[0]
    assert all(f'"code": "{code}"' in args["feature_group"] for code in CODES), "all 14 municipalities are drawn"
    assert args["script"].count("park-marker") == 4 and "L.tileLayer" in args["script"]
    warnings = [r for r in caplog.records if r.name == folium_adapter.__name__]
    assert len(warnings) == 1 and name in warnings[0].getMessage(), "one warning naming what is missing"


def test_a_changed_private_signature_also_falls_back(monkeypatch, caplog):
    scratch = renamed_streamlit_folium("idx", "index")  # _get_feature_group_string(..., index=0) after an upgrade
    recorder = Recorder()
    scratch._component_func = recorder
    monkeypatch.setitem(sys.modules, "streamlit_folium", scratch)
    folium_adapter.draw(("sig",), build_base, ("sig",), build_groups, key="k", height=300, returned=["last_clicked"])
    [call] = recorder.calls
    assert all(f'"code": "{code}"' in call["feature_group"] for code in CODES)
    assert "private rendering failed (TypeError" in caplog.text


def test_no_other_module_uses_streamlit_folium_internals():
    pattern = re.compile(
        r"\b(_children|_component_func|_get_html|_get_header|_get_map_string|_get_feature_group_string"
        r"|_get_layer_control_string|generate_js_hash|get_full_id)\b|import streamlit_folium|from streamlit_folium"
    )
    offenders = [
        str(p.relative_to(ROOT))
        for p in ROOT.glob("**/*.py")
        if p != ADAPTER
        and "tests" not in p.parts
        and "bench" not in p.parts
        and ".git" not in p.parts
        and pattern.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_fit_view_reaches_the_map_through_its_group_not_through_map_div(monkeypatch):
    recorder = Recorder()
    monkeypatch.setattr(streamlit_folium, "_component_func", recorder)
    folium_adapter.draw(("fit",), build_base, ("fit",), build_groups, key="k", height=300, returned=["last_clicked"])
    script = recorder.calls[0]["feature_group"]
    fit = script[script.index("fitBounds") - 200 :]
    assert "map_div" not in fit[: fit.index("})(")], "FitView does not rely on streamlit-folium's map variable name"
    group = re.search(r"\}\)\((\w+)\);", fit).group(1)
    assert re.search(rf"\b{group}\.addTo\(|addLayer\({group}\)", script), "the layer FitView waits for is added"
    assert "[[52.22, 6.79], [52.26, 6.89]]" in fit
