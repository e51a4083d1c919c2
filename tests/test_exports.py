"""Exports: the map as a standalone HTML file that draws with the network cut, the chart as SVG
and PNG rendered on the server, the data as XLSX; each with title, reference date and source."""

import csv
import io
import re

import altair as alt
import pandas as pd
import pytest

from twente import charts, data, exports, geo, maps
from twente.classify import classify
from twente.indicators import municipality_values

META = exports.Meta(
    "Overgewicht (BMI ≥ 25) (% van de volwassenen), 2020",
    "2020",
    "Bron: GGD'en, CBS en RIVM · CC BY 4.0",
    (("#fee8c8", "50,8 – 52,2"),),
)


def choropleth_map(values, catalogue):
    layer = geo.load_municipalities()
    outlines = layer.frame[["code", "name", "geometry"]]
    shapes = outlines.set_geometry(geo.display_geometry(outlines.geometry)).to_geo_dict(drop_id=True)
    frame = municipality_values(values, "overweight_bmi_ge_25", 2020, "adults")
    classes = classify(frame["value"], "higher_worse", "sequential")
    colours = {c: classes.colour(v) for c, v in zip(frame["code"], frame["value"])}
    m = maps.folium_map(maps.NO_TILES, "nl")
    maps.choropleth_group(shapes, colours, {}, name="x", title="x").add_to(m)
    return m


def test_map_html_is_self_contained(values, catalogue):
    page = exports.map_html(choropleth_map(values, catalogue), META, "nl").decode("utf-8")
    assert "/app/static" not in page
    assert not re.search(r"<(script|link)[^>]+(src|href)=", page), "no file is fetched"
    assert "tile.openstreetmap" not in page and "service.pdok.nl" not in page
    for text in ("Overgewicht (BMI ≥ 25)", "Peildatum: 2020", "CC BY 4.0"):
        assert text in page


@pytest.mark.browser
def test_exported_map_draws_14_municipalities_with_the_network_cut(values, catalogue, tmp_path):
    from tests.browser import chromium

    path = tmp_path / "kaart.html"
    path.write_bytes(exports.map_html(choropleth_map(values, catalogue), META, "nl"))
    asked = []
    with chromium() as browser:
        context = browser.new_context(offline=True)
        context.route(
            "**/*",
            lambda route: (
                asked.append(route.request.url),
                route.continue_() if route.request.url.startswith("file:") else route.abort(),
            ),
        )
        page = context.new_page()
        page.goto(path.as_uri())
        page.locator("path.twente-municipality").nth(13).wait_for(timeout=20_000)
        assert page.locator("path.twente-municipality").count() == 14
        assert page.get_by_text("Peildatum: 2020").is_visible()
        # the background the see-through areas and the legend's swatches are worked out over (#eef1f4);
        # the inlined leaflet.css had set it back to Leaflet's grey #ddd
        background = page.evaluate("getComputedStyle(document.querySelector('.leaflet-container')).backgroundColor")
        assert background == "rgb(238, 241, 244)"
        context.close()
    assert [u for u in asked if not u.startswith("file:")] == []


def ranking_spec(values):
    from twente.indicators import reference_rows, with_significance

    catalogue = data.load_catalogue().frame
    from twente.indicators import Catalogue

    ind = Catalogue(catalogue)["overweight_bmi_ge_25"]
    frame = with_significance(municipality_values(values, ind.id, 2020, "adults"), 53.2)
    refs = reference_rows(values, ind.id, 2020, "adults", "nl")
    return charts.spec(charts.ranking_chart(frame, ind, refs, "nl", "GGD Twente (regio)", None))


def test_chart_svg_carries_title_date_and_source(values):
    svg = exports.chart_svg(ranking_spec(values), META, "nl").decode("utf-8")
    assert svg.lstrip().startswith("<svg")
    width, height = (float(x) for x in re.search(r'width="([\d.]+)" height="([\d.]+)"', svg).groups())
    assert width >= 600 and height >= 300
    for text in ("Overgewicht (BMI", "Peildatum: 2020", "CC BY 4.0", "Enschede"):
        assert text in svg or text.replace("'", "&#39;") in svg, text


def test_chart_png_is_a_sharp_image_with_the_title(values):
    from PIL import Image

    png = exports.chart_png(ranking_spec(values), META, "nl")
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.width >= 1200 and image.height >= 600
    # the title is drawn at the top left: dark pixels there, on a white background
    top = image.convert("L").crop((0, 0, image.width // 2, 60))
    assert min(top.histogram()[:100]) >= 0 and sum(top.histogram()[:100]) > 0 and sum(top.histogram()[241:]) > 0


def test_simple_chart_svg():
    spec = charts.spec(
        alt.Chart(pd.DataFrame({"jaar": [2024, 2025], "n": [1, 2]})).mark_bar().encode(x="jaar:O", y="n:Q")
    )
    svg = exports.chart_svg(spec, META, "en").decode("utf-8")
    assert "Reference date: 2020" in svg


def test_xlsx_has_title_date_source_and_the_data():
    from openpyxl import load_workbook

    frame = pd.DataFrame({"gemeente": ["Enschede", '=HYPERLINK("x")'], "waarde": [51.1, 50.8]})
    book = load_workbook(io.BytesIO(exports.table_xlsx(frame, META, "nl")))
    sheet = book.active
    column = [c.value for c in sheet["A"]]
    assert column[:3] == META.lines("nl")
    assert "Enschede" in column and 51.1 in [c.value for c in sheet["B"]]
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row), "text from data never becomes a formula"


def test_filename_is_plain():
    assert re.fullmatch(r"twente_[a-z0-9_]+\.svg", exports.filename(META, "svg"))


# --------------------------------------------------------------------------- every CSV the app offers
#
# Each page is run (AppTest) in every language with the downloads recorded; each recorded table is
# written as the app writes it and read back with pandas and openpyxl, which are the oracles here.

VIEWS = [
    ("dashboard.py", {}),
    ("dashboard.py", {"niveau": "wijken"}),
    ("pages/bevolking.py", {}),
    ("pages/gemeente.py", {"gemeente": "GM0153"}),
    ("pages/gezondheid.py", {}),
    ("pages/leefomgeving.py", {}),
    ("pages/bronnen.py", {}),
    ("pages/eigen-gegevens.py", {}),
]
CLUBS = b"gemeente;clubs;leden\nEnschede;120;9000\nHengelo;80,5;5100\nAlmelo;;2000\n"
LICENCE = re.compile(r"CC BY|CC0|ODbL|licen|Lizenz", re.IGNORECASE)


def offered_tables(monkeypatch, script: str, params: dict, lang: str) -> list[tuple]:
    from pathlib import Path

    from streamlit.testing.v1 import AppTest

    from twente.ui import common

    seen: list[tuple] = []
    real = common.downloads

    def record(frame, filename, lang_, key, meta):
        seen.append((frame.copy(), filename, meta))
        real(frame, filename, lang_, key, meta)

    monkeypatch.setattr(common, "downloads", record)
    eager = common.table_and_download

    def opened(*args, **kwargs):  # a folded table is filled when opened (issue #16): here every one is open
        eager(*args, **{**kwargs, "lazy": False})

    monkeypatch.setattr(common, "table_and_download", opened)
    at = AppTest.from_file(str(Path(__file__).resolve().parent.parent / script), default_timeout=120)
    for k, v in {"lang": lang, **params}.items():
        at.query_params[k] = v
    at.run()
    if script.endswith("eigen-gegevens.py"):
        at.file_uploader(key="up_file").set_value(("clubs.csv", CLUBS, "text/csv")).run()
    assert not at.exception, at.exception
    return seen


def other_language_words(lang: str) -> set[str]:
    """Words of the UI table that occur only in another language (never in ``lang``'s texts)."""
    from twente.i18n import TEXT

    def words(code: str) -> set[str]:
        return {w.lower() for entry in TEXT.values() for w in re.findall(r"[A-Za-zÀ-ÿ]{4,}", entry.get(code, ""))}

    mine = words(lang)
    others = set().union(*(words(code) for code in ("nl", "en", "de") if code != lang))
    return others - mine


@pytest.mark.parametrize("lang", ["nl", "en", "de"])
def test_every_offered_csv_carries_title_date_source_and_reads_back(monkeypatch, lang, catalogue):
    from openpyxl import load_workbook

    from twente import districts

    foreign = other_language_words(lang)
    dutch_data_texts = {i.title("nl") for i in districts.load_catalogue()[0].values()}
    dutch_data_texts |= {i.title("nl") for i in catalogue.all()}
    count = 0
    for script, params in VIEWS:
        tables = offered_tables(monkeypatch, script, params, lang)
        assert tables, f"{script} offers a download"
        for frame, filename, meta in tables:
            count += 1
            raw = exports.table_csv(frame, meta, lang)
            text = raw.decode("utf-8-sig")
            head = text.splitlines()[:3]
            assert [line[:2] for line in head] == ["# "] * 3, (filename, head)
            assert head[0] == f"# {meta.title}" and meta.title.strip(), filename
            assert head[1].split(": ", 1)[1].strip(), f"{filename}: a reference date"
            assert LICENCE.search(head[2]), f"{filename}: the source line names the licence: {head[2]}"
            back = pd.read_csv(io.BytesIO(raw), comment="#", keep_default_na=False, na_values=[""])
            assert list(back.columns) == [str(c) for c in frame.columns], filename
            assert len(back) == len(frame), filename
            fields = list(csv.reader(io.StringIO(text)))[4:]
            for i, column in enumerate(frame.columns):
                mine = frame[column]
                if pd.api.types.is_numeric_dtype(mine) and not pd.api.types.is_bool_dtype(mine):
                    assert back[str(column)].tolist() == pytest.approx(mine.astype(float).tolist(), nan_ok=True)
                    if ((mine.dropna() % 1) == 0).all():  # counts are written as counts: no '74776.0'
                        assert all(re.fullmatch(r"-?\d*", row[i]) for row in fields), (filename, column)
            for header in map(str, frame.columns):
                if header in dutch_data_texts and lang == "de":
                    continue  # a data text that exists only in Dutch is shown in Dutch (with a note on the page)
                strays = {w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]{4,}", header)} & foreign
                assert not strays, f"{lang} {filename}: header {header!r} has {strays}"
            book = load_workbook(io.BytesIO(exports.table_xlsx(frame, meta, lang)))
            cells = [c.value for c in book.active["A"]]
            assert cells[:3] == meta.lines(lang), filename
    assert count >= 15


def test_no_csv_is_written_outside_the_one_layout():
    """Every CSV download goes through twente.ui.common.downloads (one layout, with metadata)."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    for path in [*root.glob("pages/*.py"), root / "dashboard.py", *root.glob("twente/**/*.py")]:
        code = path.read_text(encoding="utf-8")
        if path.name == "exports.py" and path.parent.name == "twente":
            continue
        assert ".to_csv(" not in code, path
        assert 'mime="text/csv"' not in code or path.name == "common.py", path


def test_csv_counts_dots_missing_and_hash_in_text():
    frame = pd.DataFrame(
        {"naam": ["Enschede #1", "Almelo, O.", None], "inwoners": [162317.0, None, 74776.0], "pct": [18.6, None, 3.25]}
    )
    raw = exports.table_csv(frame, META, "nl")
    text = raw.decode("utf-8-sig")
    assert raw.startswith(b"\xef\xbb\xbf# Overgewicht")
    assert "162317," in text and "74776," in text and "74776.0" not in text
    assert "18.6" in text and "3.25" in text and "18,6" not in text
    back = pd.read_csv(io.BytesIO(raw), comment="#")
    assert back["naam"].tolist()[:2] == ["Enschede #1", "Almelo, O."] and pd.isna(back["naam"][2])
    assert pd.isna(back["inwoners"][1]) and back["inwoners"][0] == 162317

    rows = list(csv.reader(io.StringIO(text)))
    assert rows[3] == ["naam", "inwoners", "pct"]
    assert rows[5] == ["Almelo, O.", "", ""], "missing is an empty field, never 0"


def test_xlsx_keeps_counts_as_whole_numbers():
    from openpyxl import load_workbook

    frame = pd.DataFrame({"gemeente": ["Enschede", "Almelo"], "inwoners": [162317.0, None]})
    sheet = load_workbook(io.BytesIO(exports.table_xlsx(frame, META, "nl"))).active
    values = [c.value for c in sheet["B"]]
    assert 162317 in values and all(not isinstance(v, float) for v in values if v is not None)
    assert values[-1] is None


@pytest.mark.parametrize("lang", ["nl", "en", "de"])
def test_svg_text_elements_hold_title_date_and_source(values, lang):
    """Read as XML: the title, the date and the source are drawn as text elements of the image."""
    import xml.etree.ElementTree as ET

    root = ET.fromstring(exports.chart_svg(ranking_spec(values), META, lang))
    texts = [(e.text or "").strip() for e in root.iter() if e.tag.rsplit("}", 1)[-1] in ("text", "tspan")]
    assert META.title in texts
    assert {"nl": "Peildatum: 2020", "en": "Reference date: 2020", "de": "Stichtag: 2020"}[lang] in texts
    assert META.source in texts


# --------------------------------------------------------------------------- copy this view

SHARED = [
    ("dashboard.py", "", {"indicator": "unemployment_rate", "jaar": "2019", "gemeente": "GM0153", "kaart": "none"}),
    ("pages/bevolking.py", "bevolking", {"weergave": "growth", "gemeenten": "GM0147,GM0158", "van": "2015"}),
    ("pages/gemeente.py", "gemeente", {"gemeente": "GM0164"}),
    ("pages/gezondheid.py", "gezondheid", {"indicator": "smokers", "groep": "65+"}),
    ("pages/leefomgeving.py", "leefomgeving", {"indicator": "unemployment_rate", "jaar": "2019"}),
    ("pages/parken.py", "parken", {"plaats": "delden"}),
    ("pages/bronnen.py", "bronnen", {}),
]


@pytest.mark.parametrize("script, path, params", SHARED)
def test_copy_this_view_gives_the_full_link_and_a_readable_form(script, path, params):
    from pathlib import Path
    from urllib.parse import parse_qs, urlsplit

    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(Path(__file__).resolve().parent.parent / script), default_timeout=120)
    for k, v in {"lang": "en", **params}.items():
        at.query_params[k] = v
    at.session_state["copy_view"] = True  # the section is filled only while open (issue #16)
    at.run()
    assert not at.exception, at.exception
    [link] = [c.value for c in at.sidebar.code]
    parts = urlsplit(link)
    assert parts.path.rstrip("/") == ("/" + path).rstrip("/"), link
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert query == {"lang": "en", **params}, "the link holds every parameter of the view, and only those"
    captions = [c.value.replace("\\", "").replace("\u200b", "") for c in at.sidebar.caption]  # the Markdown, unescaped
    readable = [c for c in captions if "Language" in c][-1]
    assert "Language: English" in readable
    if "gemeente" in params:
        assert {"GM0153": "Enschede", "GM0164": "Hengelo"}[params["gemeente"]] in readable and "GM01" not in readable
    if params.get("indicator") == "unemployment_rate":
        assert "Indicator: Unemployment" in readable and "unemployment_rate" not in readable, readable
        assert "Year: 2019" in readable and "jaar" not in readable, readable


def test_exported_legend_shows_the_colours_as_the_map_draws_them(values, catalogue):
    """The exported map's areas are see-through (fill opacity 0.78 over the map's #eef1f4): a class
    #fee8c8 is seen as #faead2 (worked out by hand: 254·.78 + 238·.22 = 250.48 → 250 = fa,
    232·.78 + 241·.22 = 233.98 → 234 = ea, 200·.78 + 244·.22 = 209.68 → 210 = d2), and the legend's
    swatch shows that colour, as on screen."""
    m = choropleth_map(values, catalogue)
    page = exports.map_html(m, META, "nl").decode("utf-8")
    assert '"fillOpacity": 0.78' in page and "#eef1f4" in page  # what the hand calculation assumes
    [swatch] = re.findall(r"<span class='swatch' style='background:([^']+)'>", page)
    assert swatch == "#faead2"
