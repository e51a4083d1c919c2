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
texts are taken out of the rendered text before the check. Maps and charts are left out here
(their texts go into component and Vega-Lite payloads that also hold code)."""

from __future__ import annotations

import re
import string
from functools import cache
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from twente import data, datafiles, places, registry
from twente.i18n import LANGS, TEXT, data_language

ROOT = Path(__file__).resolve().parent.parent

# Each page with parameters that make it show most of what it can (a chosen municipality, a search).
PAGES = {
    "dashboard.py": {"gemeente": "GM0153"},
    "pages/bevolking.py": {},
    "pages/gezondheid.py": {"gemeente": "GM0153"},
    "pages/leefomgeving.py": {"gemeente": "GM0164"},
    "pages/parken.py": {"plaats": "delden"},
    "pages/bronnen.py": {},
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


def rendered_texts(node) -> list[str]:
    """Every text of every element under ``node`` (a block or the whole tree), maps and charts excepted."""
    out = []
    if getattr(node, "type", "") in ("component_instance", "arrow_vega_lite_chart", "deck_gl_json_chart"):
        return out
    for name in TEXT_ATTRIBUTES:
        if name == "value" and getattr(node, "type", "") in CHOOSERS:
            continue  # a chooser's value is an id (?niveau=gemeenten); what it shows is in its options
        # elements without the attribute raise AttributeError; a style sheet (st.html) is not text
        out += [s for s in _strings(getattr(node, name, None)) if not s.lstrip().startswith("<style")]
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


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("script", list(PAGES))
def test_a_page_shows_no_text_of_another_language(script, lang):
    at = render(script, lang)
    texts = rendered_texts(at._tree)
    assert len(texts) > 10, "the check sees the page's texts"
    found = foreign_on_page(texts, lang)
    assert not found, "\n".join(f"{key} ({other}) in: {text}" for key, other, text in found)
