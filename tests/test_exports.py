"""Exports: the map as a standalone HTML file that draws with the network cut, the chart as SVG
and PNG rendered on the server, the data as XLSX; each with title, reference date and source."""

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
