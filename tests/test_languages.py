"""Every page, rendered in each language, shows no interface text of another language (issue #15,
points 4 and 5): no text of another language's column of the translation table appears in the
rendered elements (titles, headings, markdown, captions, alerts, metrics, widget labels, options
and help, expanders, table headers and cells, links).

The oracle is the table itself, not the code that picks from it: a text of another language
counts only when it is not also a text of the page's own language (identical words such as
'Twente', 'Indicator' or 'OpenStreetMap' are excepted). Placeholders match any text. Matching is
case-sensitive and on whole words, so Dutch 'strand' is not found in German 'Strand'.

Data texts are data: a German page shows the catalogue's Dutch titles, units and notes and the
recreation figures' Dutch labels by design (``i18n.DATA_FALLBACK``, with a note), so those data
texts are taken out of the rendered text before the check. Charts are checked too: their
titles, axis and legend titles and the words in their data (area names, comparison labels,
reference labels); maps are left out here (their texts go into a component payload that also
holds code). Every page of the navigation is rendered (``test_every_page_is_checked``)."""

from __future__ import annotations

import html
import json
import re
import string
from functools import cache
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from twente import data, datafiles, districts, places, registry
from twente.i18n import LANGS, TEXT, data_language
from twente.ui import nav

ROOT = Path(__file__).resolve().parent.parent

# Each page with parameters that make it show most of what it can (a chosen municipality, a search).
PAGES = {
    "dashboard.py": {"gemeente": "GM0153"},
    "pages/bevolking.py": {},
    "pages/gezondheid.py": {"gemeente": "GM0153"},
    "pages/leefomgeving.py": {"gemeente": "GM0164"},
    "pages/parken.py": {"plaats": "delden"},
    "pages/bronnen.py": {},
    "pages/gemeente.py": {"gemeente": "GM0153"},
    "pages/eigen-gegevens.py": {},
    "pages/presentatie.py": {},
}
TEXT_ATTRIBUTES = ("value", "label", "body", "help", "placeholder", "options")
CHOOSERS = ("selectbox", "radio", "multiselect", "select_slider", "segmented_control", "button_group")


# Placeholders that are always numbers; any other placeholder matches one word or more.
NUMERIC_FIELDS = {"rank", "n", "row", "year", "km", "got", "want", "first", "index", "low", "high", "lat", "lon"}


def _pattern(text: str) -> re.Pattern:
    """A regular expression for a table text: its literal parts in order, a number for a numeric
    placeholder ('{rank} of {n}' must not match 'geschat of aangevuld'), any text for the others."""
    parts = []
    for literal, field, _, _ in string.Formatter().parse(text.strip()):
        parts.append(re.escape(literal))
        if field is not None:
            parts.append(r"\d[\d.,]*" if field in NUMERIC_FIELDS else r"\S.*?")
    return re.compile(r"(?<!\w)" + "".join(parts) + r"(?!\w|\.\w)")  # 'zwemwater.nl' is a name


@cache
def foreign_texts(lang: str) -> dict[str, tuple[str, str, re.Pattern]]:
    """Texts of other languages that this language does not also use: text -> (key, language, pattern)."""
    own = {texts[lang].strip() for texts in TEXT.values()}
    found = {}
    for key, texts in TEXT.items():
        if key == "language_name":  # the language switch names each language in itself, by design
            continue
        for other, text in texts.items():
            if other != lang and text.strip() not in own:
                found.setdefault(text.strip(), (key, other, _pattern(text)))
    return found


@cache
def own_texts(lang: str) -> tuple[str, ...]:
    """The page language's own texts without placeholders, longest first: taken out before the
    check, so that German 'Park' is not found inside Dutch 'Park zoeken'."""
    texts = {
        texts[lang].strip()
        for texts in TEXT.values()
        if not any(f for _, f, _, _ in string.Formatter().parse(texts[lang]))
    }
    return tuple(sorted(texts, key=len, reverse=True))


@cache
def data_texts(lang: str) -> tuple[str, ...]:
    """The data texts a page in ``lang`` shows in the data's language, longest first."""
    code = data_language(lang)
    texts = set()
    catalogue = data.load_catalogue().frame
    for column in (f"title_{code}", f"unit_{code}", f"note_{code}", "publisher"):  # publishers keep their names
        texts |= set(catalogue[column].dropna().astype(str))
    texts |= set(places.load_parks().frame["name"].astype(str))  # 'Arboretum Poort Bulten' is a name
    texts |= {m.name for m in registry.MUNICIPALITIES}  # 'Hof van Twente' is a name
    facts = places.load_recreation_facts().frame
    for base in ("label", "unit"):
        texts |= set(facts[f"{base}_{code}"].dropna().astype(str))
    district_catalogue, _ = districts.load_catalogue()
    for indicator in district_catalogue.values():  # the wijken's indicators: titles and units per language
        texts |= {getattr(indicator, f"{base}_{code}", "") for base in ("title", "unit")}
    texts |= set(districts.load_values(district_catalogue).frame["name"].astype(str))  # 'Wijk 00 ...' is a name
    texts |= set(districts.TABLES.values())  # 'Wijk- en Buurtkaart 2024 (PDOK)' is a product's name
    texts.add("GGD GHOR Nederland")  # the GGDs' association's own name, in every language
    board = pd.read_csv(ROOT / "twente_data" / "storyboard.csv", dtype=str).fillna("")
    for base in ("title", "text"):  # the storyboard's slides: a data text per language (German reads Dutch)
        texts |= set(board[f"{base}_{code}"])
    # a file's column names are quoted in problem messages as the file has them: 'code'
    texts |= {f"'{c.name}'" for schema in datafiles.DATA_FILES.values() for c in schema.columns}
    return tuple(sorted((t for t in texts if t.strip()), key=len, reverse=True))


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, pd.DataFrame):
        cells = value.select_dtypes(include=["object", "string"]).astype(str).to_numpy().ravel().tolist()
        return [str(c) for c in value.columns] + cells
    if isinstance(value, (list, tuple)):
        return [v for v in value if isinstance(v, str)]
    return []


# Vega-Lite keys whose string values are words a reader sees; data rows are read separately.
CHART_TEXT_KEYS = ("title", "text", "subtitle")
# Data columns of the charts that hold words (the others hold codes, numbers or shape names).
CHART_WORD_FIELDS = (
    "area", "name", "status", "status_short", "label", "change_label", "change_short", "year_label", "value_text",
    "age_group",
)  # fmt: skip


def chart_texts(spec: dict) -> list[str]:
    """The words a Vega-Lite chart shows: titles (of the chart, axes, legends, tooltips) and the
    word-holding fields of its inline data."""
    out = []

    def walk(node, parent_key=""):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("datasets", "data"):
                    continue
                if key in CHART_TEXT_KEYS and isinstance(value, str):
                    out.append(value)
                elif key in CHART_TEXT_KEYS and isinstance(value, list):
                    out.extend(v for v in value if isinstance(v, str))
                else:
                    walk(value, key)
        elif isinstance(node, list):
            for item in node:
                walk(item, parent_key)

    walk(spec)
    for rows in spec.get("datasets", {}).values():
        for row in rows:
            out.extend(str(row[f]) for f in CHART_WORD_FIELDS if isinstance(row.get(f), str))
    return out


def rendered_texts(node) -> list[str]:
    """Every text of every element under ``node`` (a block or the whole tree), maps excepted."""
    out = []
    if getattr(node, "type", "") in ("vega_lite_chart", "arrow_vega_lite_chart"):
        return chart_texts(json.loads(node.proto.spec))
    if getattr(node, "type", "") in ("component_instance", "deck_gl_json_chart"):
        return out
    for name in TEXT_ATTRIBUTES:
        if name == "value" and getattr(node, "type", "") in CHOOSERS:
            continue  # a chooser's value is an id (?niveau=gemeenten); what it shows is in its options
        # elements without the attribute raise AttributeError; a style sheet (st.html) is not text
        for text in _strings(getattr(node, name, None)):
            if text.lstrip().startswith("<style"):
                continue
            if text.lstrip().startswith("<script"):  # the app's own code is not text; its strings are
                out += [json.loads(f'"{m}"') for m in re.findall(r'"((?:[^"\\]|\\.)*)"', text)]
                continue
            if text.startswith("<table class='print-table'>"):  # the printed copy of a table: each cell a text
                out += [html.unescape(c) for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", text, re.S)]
            else:
                out.append(text)
    for child in getattr(node, "children", {}).values():
        out += rendered_texts(child)
    return out


def render(script: str, lang: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / script), default_timeout=60)
    for k, v in {**PAGES[script], "lang": lang}.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, at.exception
    return at


def foreign_on_page(texts: list[str], lang: str) -> list[tuple[str, str, str]]:
    found = []
    for text in texts:
        text = re.sub(r"\]\([^)\s]*\)", "]", text)  # a link's target is a URL (/eigen-gegevens), not words
        text = text.replace("\\", "").replace("\u200b", "")  # escape_markdown's escapes are not words
        if "<table" in text:  # a printed table (HTML): its tags are not words, its cells are escaped text
            text = html.unescape(re.sub(r"<[^>]*>", " ", text))
        for known in data_texts(lang) + own_texts(lang):  # data texts and the page's own texts are not foreign
            text = text.replace(known, "\u2063")
        for key, other, pattern in foreign_texts(lang).values():
            if pattern.search(text):
                found.append((key, other, text[:120]))
    return found


def test_the_check_can_fail():
    """The same check finds a Dutch text on a page said to be German, and accepts words shared by both."""
    assert foreign_on_page(["Kies een gemeente (of klik op de kaart)"], "de")
    assert foreign_on_page(["3 van 14"], "de"), "a placeholder matches any text"
    assert not foreign_on_page(["Twente", "Indikator", "Strand", "OpenStreetMap"], "de")
    assert not foreign_on_page(["Inwoners op 1 januari"], "de"), "a Dutch data text on a German page is data"
    assert foreign_on_page(["Inwoners op 1 januari"], "en"), "but not on an English one"


def test_every_page_is_checked():
    """The pages checked are the navigation's pages, in every language of the table."""
    assert set(PAGES) == {p.script for p in nav.PAGES}
    assert set(LANGS) == {"nl", "en", "de"}


def test_chart_texts_are_read():
    """A chart's title, axis title and data words are found (so the check sees chart words)."""
    spec = {
        "title": "Bevölkerung",
        "encoding": {"x": {"field": "year", "title": "Jahr"}, "tooltip": [{"field": "area", "title": "Gebiet"}]},
        "datasets": {"d": [{"area": "Nederland", "value": 1.5, "code": "NL01"}]},
    }
    assert set(chart_texts(spec)) == {"Bevölkerung", "Jahr", "Gebiet", "Nederland"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("script", list(PAGES))
def test_a_page_shows_no_text_of_another_language(script, lang):
    at = render(script, lang)
    texts = rendered_texts(at._tree)
    assert len(texts) > 10, "the check sees the page's texts"
    if script == "pages/bevolking.py":
        charts = at.get("vega_lite_chart")
        assert len(charts) >= 2, "the population page's charts are checked"
    found = foreign_on_page(texts, lang)
    assert not found, "\n".join(f"{key} ({other}) in: {text}" for key, other, text in found)
