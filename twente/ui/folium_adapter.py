"""The one place that talks to streamlit-folium: draws a folium map with cached rendering.

Why it exists
    ``st_folium`` renders the whole folium map to JavaScript on every rerun (about 50 ms per
    map, measured). Our base maps (tiles, labels, parks) and feature groups only change when the
    view changes, so this module does what ``st_folium`` does, once per view, keeps the
    component's arguments in ``st.cache_resource`` and hands them to the component on every
    rerun. Identical strings also let the frontend keep the layers it already drew.

What it relies on (streamlit-folium internals, checked against streamlit-folium 0.27.4 and
folium 0.20.0)
    ``_get_html``, ``_get_header``, ``_get_map_string``, ``_get_feature_group_string``,
    ``_get_layer_control_string``, ``get_full_id``, ``generate_js_hash`` and ``_component_func``
    (the declared component), plus folium's ``_children`` to collect the JS/CSS links exactly
    as ``st_folium`` does. Nothing else in this repository may use these names.

How an upgrade is caught
    * tests/test_folium_adapter.py renders the same map through the public ``st_folium`` and
      through this module and asserts the component receives the same arguments: a change in
      ``st_folium``'s body fails that test instead of drawing a different map.
    * If one of the names above is missing, or the private rendering raises, ``draw`` logs a
      warning (once) and falls back to the public ``st_folium`` (uncached, slower, but drawn).

Feature groups are swapped by the frontend without reloading the map; streamlit-folium names
the map variable ``map_div`` in their scripts. Our own elements (``maps.FitView``) do not rely
on that name: they reach the map through the layer they belong to.
"""

from __future__ import annotations

import functools
import importlib.metadata
import logging
from collections.abc import Callable, Iterable

import branca
import folium
import folium.elements
import streamlit as st

CHECKED_VERSION = "0.27.4"
PRIVATE_NAMES = (
    "_get_html",
    "_get_header",
    "_get_map_string",
    "_get_feature_group_string",
    "_get_layer_control_string",
    "get_full_id",
    "generate_js_hash",
    "_component_func",
)

log = logging.getLogger(__name__)
_warned: set[str] = set()


def _streamlit_folium():
    import streamlit_folium

    return streamlit_folium


def missing_names() -> list[str]:
    """The private streamlit-folium names this module needs that the installed version lacks."""
    sf = _streamlit_folium()
    return [name for name in PRIVATE_NAMES if not hasattr(sf, name)]


def _warn_once(reason: str) -> None:
    if reason not in _warned:
        _warned.add(reason)
        try:
            version = importlib.metadata.version("streamlit-folium")
        except importlib.metadata.PackageNotFoundError:
            version = "(version unknown)"
        log.warning(
            "streamlit-folium %s: %s; maps are drawn with the public st_folium (uncached). "
            "twente/ui/folium_adapter.py was checked against %s.",
            version,
            reason,
            CHECKED_VERSION,
        )


def _defaults(m: folium.Map, returned: Iterable[str]) -> dict:
    """The component's value before the user did anything, as ``st_folium`` computes it."""
    southwest, northeast = m.get_bounds()
    known = {
        "bounds": {
            "_southWest": {"lat": southwest[0], "lng": southwest[1]},
            "_northEast": {"lat": northeast[0], "lng": northeast[1]},
        },
        "zoom": m.options.get("zoom"),
    }
    return {k: known.get(k) for k in returned}


def _links(element) -> tuple[list[str], list[str]]:
    """JS and CSS links of every element in the map, in ``st_folium``'s order."""
    js, css = [], []

    def walk(e):
        # st_folium adds d3 from two CDNs for a branca ColorMap; this app draws its legends itself
        # and serves every map asset, so a ColorMap's outside scripts are never linked.
        if isinstance(e, (branca.colormap.ColorMap, folium.elements.JSCSSMixin)):
            css.extend(href for _, href in getattr(e, "default_css", []))
            js.extend(src for _, src in getattr(e, "default_js", []))
        for child in getattr(e, "_children", {}).values():
            walk(child)

    walk(element)
    return list(dict.fromkeys(js)), list(dict.fromkeys(css))


def render(m: folium.Map, groups: list[folium.FeatureGroup], returned: list[str]) -> dict:
    """The component's arguments for map ``m`` with ``groups`` swapped in as feature groups and a
    collapsed layer control: the expensive part of ``st_folium``, without key, size and callbacks.
    Modifies ``m`` (the groups are added to it)."""
    sf = _streamlit_folium()
    m.get_root().render()
    m.render()
    html, header, script = sf._get_html(m), sf._get_header(m), sf._get_map_string(m)
    map_id = sf.get_full_id(m)
    default = _defaults(m, returned)  # before the groups are added, as st_folium does
    feature_group = "".join(sf._get_feature_group_string(g, map=m, idx=i) for i, g in enumerate(groups))
    layer_control = sf._get_layer_control_string(folium.LayerControl(collapsed=True), m)
    js, css = _links(m)
    return {
        "script": script,
        "header": header,
        "html": html,
        "id": map_id,
        "feature_group": feature_group,
        "layer_control": layer_control,
        "js_links": js,
        "css_links": css,
        "default": default,
    }


@st.cache_resource(max_entries=256, show_spinner=False)
def _rendered(base_key: tuple, groups_key: tuple, returned: tuple, _build_base, _build_groups) -> dict:
    return render(_build_base(), list(_build_groups()), list(returned))


def render_overlay(groups: list[folium.FeatureGroup]) -> str:
    """The script of layers drawn over a rendered map and kept out of its layer control (their
    ``control=False``): what changes with a selection, cached apart from the view, so that a click
    or a new indicator re-renders only the part that changed. The script names the map
    ``map_div`` (as ``render``'s feature groups do), so it fits any rendered map."""
    sf = _streamlit_folium()
    m = folium.Map(tiles=None)
    return "".join(sf._get_feature_group_string(g, map=m, idx=f"overlay_{i}") for i, g in enumerate(groups))


@st.cache_resource(max_entries=64, show_spinner=False)
def _rendered_overlay(overlay_key: tuple, _build_overlay) -> str:
    return render_overlay(list(_build_overlay()))


def _component(**kwargs):
    """The single call of the streamlit-folium component on the cached path."""
    return _streamlit_folium()._component_func(**kwargs)


def _public(build_base, build_groups, key: str, height: int, returned: list[str], on_change=None, build_overlay=None):
    sf = _streamlit_folium()
    return sf.st_folium(
        build_base(),
        key=key,
        height=height,
        use_container_width=True,
        returned_objects=returned,
        feature_group_to_add=list(build_groups()) + list(build_overlay() if build_overlay else []),
        layer_control=folium.LayerControl(collapsed=True),
        on_change=functools.partial(on_change, key) if on_change else None,
    )


def _draw(
    rendered: Callable[[], dict],
    build_base: Callable[[], folium.Map],
    build_groups: Callable[[], Iterable[folium.FeatureGroup]],
    key: str,
    height: int,
    returned: list[str],
    on_change: Callable[[str], None] | None = None,
    overlay: Callable[[], str] | None = None,
    build_overlay: Callable[[], Iterable[folium.FeatureGroup]] | None = None,
) -> dict:
    """The component call with its fallback, for both paths: ``rendered()`` gives the component's
    arguments and ``overlay()`` the script of the layers drawn over them; if streamlit-folium
    lacks a name or the private rendering fails, the public ``st_folium`` draws the map instead
    (warned once)."""
    missing = missing_names()
    if missing:
        _warn_once("missing " + ", ".join(missing))
        return _public(build_base, build_groups, key, height, returned, on_change, build_overlay) or {}
    try:
        args = rendered()
        if overlay is not None:
            args = {**args, "feature_group": args["feature_group"] + overlay()}  # the cached dict stays as it is
        hash_key = _streamlit_folium().generate_js_hash(args["script"], key, False)
    except (AttributeError, TypeError, ValueError, KeyError) as error:  # a changed signature or structure
        _warn_once(f"private rendering failed ({type(error).__name__}: {error})")
        return _public(build_base, build_groups, key, height, returned, on_change, build_overlay) or {}
    callback = {"on_change": functools.partial(on_change, hash_key)} if on_change else {}
    return (
        _component(
            **args,
            key=hash_key,
            height=height,
            width=None,
            returned_objects=returned,
            zoom=None,
            center=None,
            return_on_hover=False,
            pixelated=False,
            wrap_longitude=False,
            **callback,
        )
        or {}
    )


def draw(
    base_key: tuple,
    build_base: Callable[[], folium.Map],
    groups_key: tuple,
    build_groups: Callable[[], Iterable[folium.FeatureGroup]],
    key: str,
    height: int,
    returned: list[str],
    on_change: Callable[[str], None] | None = None,
    overlay_key: tuple | None = None,
    build_overlay: Callable[[], Iterable[folium.FeatureGroup]] | None = None,
) -> dict:
    """Draw the map; the folium objects are built and rendered only for a view (``base_key``,
    ``groups_key``) not drawn before in this process. Returns the component's value (what the
    user did, limited to ``returned``), ``{}`` before the first interaction. ``on_change(state_key)``
    is called before the rerun that an interaction starts; ``st.session_state[state_key]`` then
    holds the new value (so a callback can act on a click in the same run that shows it).
    ``build_overlay`` gives layers drawn over the view (``control=False``), cached by
    ``overlay_key`` on their own: a selection, which would otherwise multiply the views."""
    with_overlay = build_overlay is not None
    return _draw(
        lambda: _rendered(base_key, groups_key, tuple(returned), build_base, build_groups),
        build_base,
        build_groups,
        key,
        height,
        returned,
        on_change,
        (lambda: _rendered_overlay(overlay_key, build_overlay)) if with_overlay else None,
        build_overlay,
    )


def draw_uncached(
    build_base: Callable[[], folium.Map],
    groups: Iterable[folium.FeatureGroup],
    key: str,
    height: int,
    returned: list[str],
) -> dict:
    """Draw a map whose layers hold one session's own data (an uploaded file): rendered on every
    run and never put in the process-wide cache, so nothing of it outlives the session."""
    groups = list(groups)
    return _draw(
        lambda: render(build_base(), groups, list(returned)), build_base, lambda: groups, key, height, returned
    )
