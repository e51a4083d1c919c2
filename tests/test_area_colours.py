"""One colour per area, and one dash style for the reference areas, in every chart and every language
(issue #15: on the presenter's trend slide 'Nederland' was red and 'Twente' teal in Dutch, in English the
other way round, and the Population page drew the same two lines grey and black)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent

# Written out by hand (not read from twente.charts): the area names each language shows.
NAMES = {
    "nl": {"GM0147": "Borne", "GM0158": "Haaksbergen", "TWENTE": "Twente", "NL01": "Nederland"},
    "en": {"GM0147": "Borne", "GM0158": "Haaksbergen", "TWENTE": "Twente", "NL01": "The Netherlands"},
    "de": {"GM0147": "Borne", "GM0158": "Haaksbergen", "TWENTE": "Twente", "NL01": "Niederlande"},
}
REFERENCES = {"TWENTE", "NL01"}


def _scales(spec: dict) -> tuple[dict, dict]:
    """Area name -> colour and area name -> dash of a line chart's scales."""
    enc = spec.get("encoding") or next(layer["encoding"] for layer in spec["layer"] if "encoding" in layer)
    colour, dash = enc["color"]["scale"], enc["strokeDash"]["scale"]
    return dict(zip(colour["domain"], colour["range"])), dict(zip(dash["domain"], dash["range"]))


def _run(page: str, params: dict) -> dict:
    at = AppTest.from_file(str(ROOT / "pages" / page), default_timeout=120)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, at.exception
    return json.loads(at.get("vega_lite_chart")[0].proto.spec)


def _by_code(spec: dict, lang: str) -> dict[str, tuple[str, tuple]]:
    colours, dashes = _scales(spec)
    return {code: (colours[name], tuple(dashes[name])) for code, name in NAMES[lang].items()}


@pytest.fixture(scope="module")
def charts() -> dict[tuple[str, str], dict]:
    out = {}
    for lang in NAMES:
        out[("slide", lang)] = _run("presentatie.py", {"dia": "2", "lang": lang})
        out[("population", lang)] = _run(
            "bevolking.py", {"gemeenten": "GM0147,GM0158", "ref": "TWENTE,NL01", "weergave": "index", "lang": lang}
        )
    return out


def test_an_area_has_the_same_colour_and_dash_in_every_language_and_on_both_charts(charts):
    seen = {key: _by_code(spec, key[1]) for key, spec in charts.items()}
    first = seen[("slide", "nl")]
    for key, styles in seen.items():
        assert styles == first, key
    assert len({colour for colour, _ in first.values()}) == 4, "four lines, four colours"
    for code, (_, dash) in first.items():
        solid = len(set(dash)) == 2 and dash[1] == 0
        assert solid == (code not in REFERENCES), (code, dash)
