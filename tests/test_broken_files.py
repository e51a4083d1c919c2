"""Whole-project guard: every CSV file the app reads, broken the ways people break files,
with every page run on it. No page may raise, and a page that shows what the file holds
must say, in a visible error or warning, which file is wrong.

The files come from ``twente.datafiles.DATA_FILES`` (the one list of data files) and the pages
from the page folders, so a new file or page is covered without touching this test.

Runtime: the most destructive variant (an empty file) runs every page for every file; the
other variants run the pages that show the file plus the Sources page (a page that does not
read a file cannot be affected by how it is broken, only by whether it loads at all, which
the empty variant covers).
"""

from __future__ import annotations

import csv
import html
import importlib
import io
import json
import pkgutil
import re
import shutil
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from twente import config, datafiles, geo, loading, places
from twente.ui import nav

ROOT = Path(__file__).resolve().parent.parent
PAGES = {entry.id: ROOT / entry.script for entry in nav.PAGES}  # every page (test_pages checks the list)
FILES = sorted(datafiles.DATA_FILES)
WRONG = "#WAARDE!"  # what Dutch Excel writes into a cell whose formula failed
UNKNOWN = "GM9999"


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def _write_rows(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def empty(text: str, relative: str) -> str:
    return ""


def header_only(text: str, relative: str) -> str:
    return text.splitlines(keepends=True)[0]


def first_column_dropped(text: str, relative: str) -> str:
    return _write_rows([r[1:] for r in _rows(text)])


def columns_renamed(text: str, relative: str) -> str:
    rows = _rows(text)
    rows[0] = [f"kolom {i + 1}" for i in range(len(rows[0]))]
    return _write_rows(rows)


def cut_off_mid_row(text: str, relative: str) -> str:
    """The file as a copy that stopped half-way: in a quoted cell when the file has one
    (the quote is then never closed), else in the middle of a row."""
    half = len(text) // 2
    opening = text.find(',"', half)
    if opening != -1 and text.find('"', opening + 2) > opening + 3:
        return text[: opening + 3]  # one character into the quoted cell
    line_start = text.rfind("\n", 0, half) + 1
    line_end = text.find("\n", line_start)
    return text[: line_start + max(1, (line_end - line_start) // 2)]


def wrong_type_in_every_column(text: str, relative: str) -> str:
    """Row k has a value of the wrong kind in column k, for every column."""
    rows = _rows(text)
    width = len(rows[0])
    for k in range(width):
        row = rows[1 + k % (len(rows) - 1)]
        if k < len(row):
            row[k] = WRONG
    return _write_rows(rows)


def unknown_code(text: str, relative: str) -> str:
    """An area code no municipality has (or, in a file without codes, a value outside the
    allowed choices) in the first data row."""
    schema = datafiles.DATA_FILES[relative]
    rows = _rows(text)
    header = [h.strip().lower() for h in rows[0]]
    column = next((c for c in schema.columns if c.kind == "code" and c.name in header), None) or next(
        (c for c in schema.columns if c.kind == "choice" and c.name in header), None
    )
    if column is None:  # no coded column: an id nobody refers to instead
        column = schema.columns[0]
    rows[1][header.index(column.name)] = UNKNOWN
    return _write_rows(rows)


VARIANTS = {
    f.__name__: f
    for f in (
        empty,
        header_only,
        first_column_dropped,
        columns_renamed,
        cut_off_mid_row,
        wrong_type_in_every_column,
        unknown_code,
    )
}


def _cases():
    for relative in FILES:
        for variant in VARIANTS:
            if variant == "empty":
                pages = tuple(PAGES)
            else:
                pages = tuple(p for p in PAGES if p in datafiles.USED_BY[relative] or p == "sources")
            yield pytest.param(relative, variant, pages, id=f"{relative}-{variant}")


# Caches built from the GeoJSON only: no variant here touches it, so they may outlive a case
# (rebuilding the simplified outlines for every case would double the runtime).
GEOMETRY_CACHES = {"municipalities", "municipality_shapes", "municipality_labels", "nature_areas", "nature_shapes"}


def _clear_data_caches() -> None:
    """Forget everything read from the CSV files, in every twente.ui module."""
    import twente.ui

    for info in pkgutil.iter_modules(twente.ui.__path__):
        module = importlib.import_module(f"twente.ui.{info.name}")
        for name, obj in vars(module).items():
            if type(obj).__name__ == "CachedFunc" and name not in GEOMETRY_CACHES:
                obj.clear()


@pytest.fixture(scope="module")
def shared_copy(tmp_path_factory):
    """One copy of the shipped data for the guard cases; each case restores the file it broke."""
    root = tmp_path_factory.mktemp("guard")
    for folder in ("twente_data", "geodata"):
        shutil.copytree(ROOT / folder, root / folder)
    return root


def _alerts(at: AppTest) -> list[str]:
    """The visible errors and warnings, as the reader sees their text (escapes removed); also the
    presenter's own alert box (HTML with role='alert', kept off the slides' Streamlit alerts)."""
    shown = [e.value for e in list(at.error) + list(at.warning)]
    shown += [
        html.unescape(re.sub(r"<[^>]+>", " ", h.proto.body)) for h in at.get("html") if "role='alert'" in h.proto.body
    ]
    return [a.replace("\\", "").replace("\u200b", "") for a in shown]


@pytest.mark.timeout(600)
@pytest.mark.parametrize("relative, variant, pages", list(_cases()))
def test_every_page_survives_a_broken_file(shared_copy, monkeypatch, relative, variant, pages):
    monkeypatch.setenv("TWENTE_ROOT", str(shared_copy))
    path = shared_copy / "twente_data" / relative
    original = (ROOT / "twente_data" / relative).read_text(encoding="utf-8")
    path.write_text(VARIANTS[variant](original, relative), encoding="utf-8")
    _clear_data_caches()  # nothing read before this file broke; the pages then share what they read
    shown = loading.display_name(relative)
    failures = []
    try:
        for page in pages:
            at = AppTest.from_file(str(PAGES[page]), default_timeout=120).run()
            if at.exception:
                failures.append(f"{page}: {at.exception[0].message}")
                continue
            if page in datafiles.USED_BY[relative] or page == "sources":
                named = [a for a in _alerts(at) if shown in a]
                if not named:
                    failures.append(f"{page}: no visible error or warning names {relative}")
    finally:
        path.write_text(original, encoding="utf-8")
        _clear_data_caches()
    assert not failures, failures


def test_the_file_list_is_complete():
    """Every CSV shipped in twente_data/ is in the list the guard and the Sources page use."""
    shipped = {str(p.relative_to(ROOT / "twente_data")) for p in (ROOT / "twente_data").rglob("*.csv")}
    assert shipped == set(datafiles.DATA_FILES)


@pytest.mark.parametrize("variant", VARIANTS)
def test_variants_really_break_the_file(variant):
    """Each variant changes each file (a variant that leaves a file intact tests nothing)."""
    for relative in FILES:
        text = (ROOT / "twente_data" / relative).read_text(encoding="utf-8")
        assert VARIANTS[variant](text, relative) != text, relative


def _population_page() -> AppTest:
    return AppTest.from_file(str(PAGES["population"]), default_timeout=120).run()


@pytest.mark.parametrize("variant", ["empty", "header_only", "first_column_dropped"])
def test_population_page_without_its_yearly_file_still_draws_the_rest(project_copy, variant):
    """Issue 13: the start-year chooser got None and the page raised a TypeError."""
    relative = "population/population_by_year.csv"
    path = project_copy / "twente_data" / relative
    path.write_text(VARIANTS[variant](path.read_text(encoding="utf-8"), relative), encoding="utf-8")
    at = _population_page()
    assert not at.exception, at.exception
    assert any("twente_data/population/population_by_year.csv" in a for a in _alerts(at))
    # the age structure chart and the household and change tables are still there
    assert at.get("vega_lite_chart"), "age structure chart"
    assert len(at.dataframe) >= 2


def test_a_municipality_missing_from_a_map_is_said_on_the_page(project_copy):
    """Almelo's 2025 population taken out of both files that hold it: the overview map (the
    population in 2025 by default) says so in a visible warning, in the reader's language."""
    for relative in ("population/population_by_year.csv", "population/key_figures.csv"):
        path = project_copy / "twente_data" / relative
        lines = path.read_text(encoding="utf-8").splitlines()
        kept = [
            line
            for line in lines
            if not (
                line.startswith("GM0141,Almelo,2025,") and (relative.endswith("by_year.csv") or ",population," in line)
            )
        ]
        assert len(kept) == len(lines) - 1
        path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    for lang, words in (("nl", "geen rij voor Almelo"), ("en", "no row for Almelo")):
        at = AppTest.from_file(str(PAGES["overview"]), default_timeout=120)
        at.query_params["lang"] = lang
        at.run()
        assert not at.exception
        assert [w for w in _alerts(at) if words in w and "2025" in w], _alerts(at)


def test_sources_page_lists_every_file_and_the_finders_problems(project_copy):
    """The Sources page has a row for every CSV the app reads, and a problem in a file only
    the park finder reads (postcodes) is listed there too."""
    path = project_copy / "twente_data" / places.POSTCODES_FILE
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[1] = "75AB" + lines[1][4:]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    at = AppTest.from_file(str(PAGES["sources"]), default_timeout=120).run()
    assert not at.exception
    # a static table (st.table) whose text wraps: the file names are its row names, headers capitalised
    status = next(tb.value for tb in at.table if tb.value.index.name == "Bestand")
    status = status.reset_index().rename(columns=str.lower)
    assert set(status["bestand"]) >= {loading.display_name(rel) for rel in datafiles.DATA_FILES} | {
        f"geodata/{rel}" for rel in datafiles.GEO_USED_BY
    }
    row = status[status["bestand"] == "twente_data/places/postcodes.csv"].iloc[0]
    assert row["fouten"] == 1
    assert any("twente_data/places/postcodes.csv, rij 2, kolom 'pc4'" in a and "75AB" in a for a in _alerts(at))


# --------------------------------------------------------------------------- GeoJSON
#
# The same guard for the GeoJSON files (twente.datafiles.GEO_USED_BY). A page reads each file
# through its own loader and cache, so one run can break all four files at once, each in
# another way: case k gives file j variant k + j (a Latin square), so over the ten cases every
# file is broken in every way, next to the others broken in other ways (where the caches that
# combine two files, such as the profile's context map or the finder, would trip). Every page
# is run in every case: ten runs of each page, not forty (the guard's time stays in bounds).

GEO_FILES = sorted(datafiles.GEO_USED_BY)
GEO_UNKNOWN = {  # a code that does not belong in the file
    geo.MUNICIPALITIES_FILE: ("code", UNKNOWN),
    geo.DISTRICTS_FILE: ("code", "WK999901"),
    geo.NEIGHBOURS_FILE: ("code", "GM0141"),  # a Twente municipality is no neighbour of Twente
    geo.NATURE_FILE: ("municipality_codes", UNKNOWN),
}


def _features(text: str) -> tuple[dict, list]:
    doc = json.loads(text)
    return doc, doc["features"]


def cut_off_mid_json(text: str, relative: str) -> str:
    return text[: len(text) // 2]


def not_json(text: str, relative: str) -> str:
    return "Dit is geen JSON maar een opmerking van iemand die het bestand opende\n" + text[:300]


def not_a_feature_collection(text: str, relative: str) -> str:
    return json.dumps(_features(text)[1][0])  # valid JSON: one Feature


def no_features(text: str, relative: str) -> str:
    doc, _ = _features(text)
    doc["features"] = []
    return json.dumps(doc)


def feature_without_properties(text: str, relative: str) -> str:
    doc, features = _features(text)
    del features[0]["properties"]
    return json.dumps(doc)


def feature_without_geometry(text: str, relative: str) -> str:
    doc, features = _features(text)
    del features[0]["geometry"]
    return json.dumps(doc)


def null_geometry(text: str, relative: str) -> str:
    doc, features = _features(text)
    features[0]["geometry"] = None
    return json.dumps(doc)


def property_of_wrong_type(text: str, relative: str) -> str:
    """Feature k has property k of the wrong JSON type (a code as a number, an area as text)."""
    doc, features = _features(text)
    for k, prop in enumerate(geo.PROPERTIES[relative]):
        props = features[k % len(features)]["properties"]
        value = props.get(prop.name)
        digits = "".join(c for c in str(value) if c.isdigit())
        props[prop.name] = int(digits or 1) if prop.kind == "text" else WRONG
    return json.dumps(doc)


def unknown_geo_code(text: str, relative: str) -> str:
    doc, features = _features(text)
    key, value = GEO_UNKNOWN[relative]
    features[0]["properties"][key] = value
    return json.dumps(doc)


def one_feature_missing(text: str, relative: str) -> str:
    """The first feature deleted (13 municipalities in the municipal file)."""
    doc, features = _features(text)
    del features[0]
    return json.dumps(doc)


GEO_VARIANTS = {
    f.__name__: f
    for f in (
        cut_off_mid_json,
        not_json,
        not_a_feature_collection,
        no_features,
        feature_without_properties,
        feature_without_geometry,
        null_geometry,
        property_of_wrong_type,
        unknown_geo_code,
        one_feature_missing,
    )
}
# Only the municipal file says which features it must hold (the 14): a wijk, neighbour or
# nature area deleted from its file cannot be told from one that never existed.
SAYS_WHAT_IS_MISSING = {geo.MUNICIPALITIES_FILE}
# Pages as the guard runs them: the profile with a municipality chosen (its map), the overview
# also at the wijk level. The upload page reads no GeoJSON until a file is uploaded.
GEO_RUNS = [(page, {}) for page in PAGES] + [
    ("overview", {"niveau": "wijken"}),
]
GEO_RUN_PARAMS = {"municipality": {"gemeente": "GM0141"}}


def _geo_cases():
    names = list(GEO_VARIANTS)
    for k in range(len(names)):
        broken = {rel: names[(k + j) % len(names)] for j, rel in enumerate(GEO_FILES)}
        label = ",".join(f"{Path(rel).stem}={variant}" for rel, variant in broken.items())
        yield pytest.param(broken, id=label)


def _geo_named(relative: str, variant: str, page: str, params: dict) -> bool:
    """Whether the page must name the file: it draws it, and the variant changes what it can tell."""
    if variant == "one_feature_missing" and relative not in SAYS_WHAT_IS_MISSING:
        return False
    if page == "sources":
        return True
    if relative == geo.DISTRICTS_FILE and page == "overview":
        return params.get("niveau") == "wijken"
    if page == "overview" and params.get("niveau") == "wijken":
        return relative == geo.DISTRICTS_FILE
    return page in datafiles.GEO_USED_BY[relative]


@pytest.mark.timeout(900)
@pytest.mark.parametrize("broken", list(_geo_cases()))
def test_every_page_survives_broken_geojson(shared_copy, monkeypatch, broken):
    monkeypatch.setenv("TWENTE_ROOT", str(shared_copy))
    originals = {rel: (ROOT / "geodata" / rel).read_text(encoding="utf-8") for rel in broken}
    for rel, variant in broken.items():
        (shared_copy / "geodata" / rel).write_text(GEO_VARIANTS[variant](originals[rel], rel), encoding="utf-8")
    st.cache_resource.clear()  # a fresh process as far as the app can tell: nothing read yet
    failures = []
    try:
        for page, params in GEO_RUNS:
            at = AppTest.from_file(str(PAGES[page]), default_timeout=120)
            for name, value in {**GEO_RUN_PARAMS.get(page, {}), **params}.items():
                at.query_params[name] = value
            at.run()
            where = page + (f"?{params}" if params else "")
            if at.exception:
                failures.append(f"{where}: {at.exception[0].message}")
                continue
            alerts = _alerts(at)
            if page == "sources":  # its list of warnings, unfolded
                alerts += [e.value for e in at.text]
            for rel, variant in broken.items():
                shown = config.display_path(shared_copy / "geodata" / rel)
                if _geo_named(rel, variant, page, params) and not any(shown in a for a in alerts):
                    failures.append(f"{where}: no visible error or warning names {rel} ({variant})")
    finally:
        for rel, text in originals.items():
            (shared_copy / "geodata" / rel).write_text(text, encoding="utf-8")
        st.cache_resource.clear()
    assert not failures, failures


@pytest.mark.parametrize("variant", GEO_VARIANTS)
def test_geo_variants_really_break_the_file(variant):
    for relative in GEO_FILES:
        text = (ROOT / "geodata" / relative).read_text(encoding="utf-8")
        assert GEO_VARIANTS[variant](text, relative) != text, relative


def test_the_geo_file_list_is_complete():
    shipped = {str(p.relative_to(ROOT / "geodata")) for p in (ROOT / "geodata").rglob("*.geojson")}
    assert shipped == set(datafiles.GEO_USED_BY) == set(geo.PROPERTIES)
