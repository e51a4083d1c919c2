"""Uploads of one's own data (issue #17): awkward and broken files, built here, each giving the
expected matching report or a clear message; the settings file; the page's flow in AppTest."""

import io
import json
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from streamlit.testing.v1 import AppTest

from twente import upload
from twente.upload import Choices, UploadError, build, read_upload

ROOT = Path(__file__).resolve().parent.parent
PAGE = str(ROOT / "pages" / "eigen-gegevens.py")
ENSCHEDE, HENGELO, HOF, ALMELO = "GM0153", "GM0164", "GM1735", "GM0141"


def value(result, code):
    return result.frame.set_index("code").at[code, "value"]


def xlsx(*sheets: tuple[str, list[list]]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def kinds(error_or_result) -> set[str]:
    return {p.kind for p in error_or_result.problems}


def refused(name: str, data: bytes, **kw) -> UploadError:
    with pytest.raises(UploadError) as caught:
        read_upload(name, data, **kw)
    text = str(caught.value)
    assert name in text, "the message names the file"
    return caught.value


# --------------------------------------------------------------------------- awkward but usable


def test_semicolons_decimal_commas_and_a_bom_dutch_excel():
    table = read_upload("score.csv", "\ufeffGemeente;Score\nEnschede;7,5\nHengelo (O.);6,25\n".encode())
    assert (table.delimiter, table.decimal, table.encoding) == (";", ",", "UTF-8 (BOM)")
    assert table.columns == ["Gemeente", "Score"], "the BOM is not part of the first header"
    result = build(table, Choices("Gemeente", ("Score",)))
    assert value(result, ENSCHEDE) == 7.5 and value(result, HENGELO) == 6.25


def test_windows_1252_names_and_header():
    data = "Gemeente,Tevredenheid (€)\nHof v Twente,8\nrijssen holten,9\n".encode("cp1252")
    table = read_upload("oud.csv", data)
    assert table.encoding == "Windows-1252" and table.columns[1] == "Tevredenheid (€)"
    assert value(build(table, Choices("Gemeente", (table.columns[1],))), HOF) == 8


def test_tab_delimited_file_saved_as_csv():
    table = read_upload("tab.csv", b"code\twaarde\nGM0153\t1\n0164\t2\n141\t3\n")
    assert table.delimiter == "\t"
    result = build(table, Choices("code", ("waarde",)))
    assert [value(result, c) for c in (ENSCHEDE, HENGELO, ALMELO)] == [1, 2, 3]


def test_wrong_delimiter_decimal_commas_in_a_comma_separated_file_are_named():
    table = read_upload("x.csv", b"gemeente,score\nEnschede,7,5\nAlmelo,6,0\n")
    [problem] = [p for p in table.problems if p.kind == "upload_wider_than_header"]
    assert (problem.row, problem.params["n"], problem.severity) == (2, 2, "error")
    assert "delimiter" in problem.text("en")
    semicolons = b"gemeente;aantal\nEnschede;1,5\nAlmelo;2,5\n"
    assert read_upload("x.csv", semicolons).columns == ["gemeente", "aantal"], "automatic detection splits it"


def test_thousands_separators_both_styles():
    nl = read_upload("nl.csv", b"gemeente;inwoners\nEnschede;162.317,0\nAlmelo;73.000,5\n")
    assert value(build(nl, Choices("gemeente", ("inwoners",))), ENSCHEDE) == 162317
    en = read_upload("en.csv", b'gemeente,inwoners\nEnschede,"162,317.5"\nAlmelo,"1,000.25"\n')
    assert value(build(en, Choices("gemeente", ("inwoners",))), ALMELO) == 1000.25


def test_ambiguous_thousands_in_a_decimal_comma_file_is_not_guessed():
    table = read_upload("x.csv", b"gemeente;n\nEnschede;1.234\nAlmelo;2,5\n")
    result = build(table, Choices("gemeente", ("n",)))
    assert value(result, ALMELO) == 2.5
    assert result.frame.set_index("code")["value"].isna()[ENSCHEDE], "1.234 could be 1234 or 1.234: no value"
    [problem] = [p for p in result.problems if p.kind == "upload_ambiguous_number"]
    assert problem.row == 2 and problem.column == "n"
    told = read_upload("x.csv", b"gemeente;n\nEnschede;1.234\nAlmelo;2,5\n", decimal=",")
    chosen = build(told, Choices("gemeente", ("n",)))
    assert value(chosen, ENSCHEDE) == 1234, "once the user says the decimal mark is a comma, 1.234 is thousands"


def test_text_in_numbers_is_named_by_row_and_column_and_left_without_value():
    table = read_upload("x.csv", b"gemeente,aantal\nEnschede,12\nAlmelo,ca. 30\nBorne,n.v.t.\nLosser,\n")
    result = build(table, Choices("gemeente", ("aantal",)))
    bad = [(p.row, p.column, p.params["value"]) for p in result.problems if p.kind == "upload_not_a_number"]
    assert bad == [(3, "aantal", "ca. 30"), (4, "aantal", "n.v.t.")]
    assert result.drawn == 1, "missing stays missing, never zero"
    assert "Losser" in [result.frame.set_index("code").at[c, "name"] for c in result.missing]


def test_title_row_and_merged_header_band():
    rows = [
        ["Sportverenigingen 2024", None, None],
        [None, "Aantallen", None],
        ["Gemeente", "clubs", "leden"],
        ["Enschede", 10, 2000],
        ["Borne", 3, 400],
    ]
    table = read_upload("clubs.xlsx", xlsx(("Blad1", rows)))
    assert table.header_row == 3
    assert table.columns == ["Gemeente", "Aantallen – clubs", "Aantallen – leden"]
    assert [p.row for p in table.problems if p.kind == "upload_title_row_skipped"] == [1]
    result = build(table, Choices("Gemeente", ("Aantallen – leden",)))
    assert value(result, "GM0147") == 400


def test_duplicated_municipalities_same_value_used_different_values_not_guessed():
    table = read_upload("dup.csv", b"gemeente,n\nEnschede,5\nGM0153,5\nAlmelo,1\nalmelo,2\n")
    result = build(table, Choices("gemeente", ("n",)))
    assert value(result, ENSCHEDE) == 5
    assert ALMELO in result.missing
    conflict = [p for p in result.problems if p.kind == "upload_conflicting_duplicate"]
    assert conflict and conflict[0].params["rows"] == "4, 5"
    assert list(result.rows.loc[result.rows["row"].isin([4, 5]), "status"]) == ["ambiguous", "ambiguous"]


def test_unknown_names_outside_twente_and_two_names_in_one_cell_are_listed_not_dropped():
    data = (
        b"gemeente,n\nEnschede,1\nZwolle,2\nGM0363,3\nNederland,4\nHengelo / Borne,5\nEnschde,6\nHengelo (Gld),7\n,8\n"
    )
    result = build(read_upload("x.csv", data), Choices("gemeente", ("n",)))
    status = dict(zip(result.rows["text"], result.rows["status"]))
    assert status == {
        "Enschede": "matched",
        "Zwolle": "unmatched",
        "GM0363": "outside",
        "Nederland": "outside",
        "Hengelo / Borne": "ambiguous",
        "Enschde": "unmatched",
        "Hengelo (Gld)": "unmatched",
        "": "empty",
    }
    assert result.counts == {"matched": 1, "ambiguous": 1, "outside": 2, "unmatched": 3, "empty": 1}
    notes = dict(zip(result.rows["text"], result.rows["note"]))
    assert "Enschede" in notes["Enschde"], "a typo gets a suggestion"
    assert list(result.refs["code"]) == ["NL01"], "the Netherlands becomes a reference line"
    assert len(result.missing) == 13


def test_html_formula_and_script_in_cells_stay_text():
    data = (
        b'gemeente,n,opmerking\n<b>Enschede</b>,1,x\nAlmelo,=1+1,"<script>alert(1)</script>"\n'
        b'"=HYPERLINK(""http://x"")",3,y\n'
    )
    table = read_upload("x.csv", data)
    assert table.cells.loc[3, "opmerking"] == "<script>alert(1)</script>"
    result = build(table, Choices("gemeente", ("n",)))
    assert set(result.rows["text"]) >= {"<b>Enschede</b>", '=HYPERLINK("http://x")'}
    assert result.drawn == 0, "'=1+1' is not evaluated: it is not a number"
    assert [p.params["value"] for p in result.problems if p.kind == "upload_not_a_number"] == ["=1+1"]


def test_xlsx_formula_gives_its_cached_value_or_nothing_never_evaluated():
    data = xlsx(("Blad1", [["gemeente", "n"], ["Enschede", "=1+1"], ["Almelo", 4]]))
    result = build(read_upload("f.xlsx", data), Choices("gemeente", ("n",)))
    # openpyxl writes no cached value for a formula: the reader must not compute one
    assert ENSCHEDE in result.missing and value(result, ALMELO) == 4


def test_xlsx_with_two_sheets_first_by_default_or_the_chosen_one():
    data = xlsx(
        ("Toelichting", [["Dit blad legt uit"], ["wat de cijfers zijn"]]),
        ("Cijfers", [["gemeente", "n"], ["Wierden", 12]]),
    )
    first = read_upload("twee.xlsx", data)
    assert first.sheets == ["Toelichting", "Cijfers"] and first.sheet == "Toelichting"
    chosen = read_upload("twee.xlsx", data, sheet="Cijfers")
    assert value(build(chosen, Choices("gemeente", ("n",))), "GM0189") == 12


def test_excel_file_named_csv_is_read_as_excel():
    table = read_upload("export.csv", xlsx(("Blad1", [["gemeente", "n"], ["Losser", 1]])))
    assert table.kind == "xlsx"


def test_year_column_picks_the_rows_of_one_year():
    data = b"jaar,gemeente,n\n2023,Enschede,1\n2024,Enschede,2\n2024,Almelo,3\n"
    table = read_upload("x.csv", data)
    assert upload.guess_year_column(table) == "jaar" and upload.years_in(table, "jaar") == [2023, 2024]
    result = build(table, Choices("gemeente", ("n",), year_column="jaar", year=2024))
    assert value(result, ENSCHEDE) == 2 and not [p for p in result.problems if "duplicate" in p.kind]


# --------------------------------------------------------------------------- refused with a clear message


def test_empty_file():
    assert kinds(refused("leeg.csv", b"")) == {"upload_empty"}
    assert kinds(refused("leeg.csv", b"\n\n ; ;\n")) == {"upload_empty"}


def test_header_only():
    error = refused("kop.csv", b"gemeente;aantal\n")
    assert kinds(error) == {"upload_no_rows"} and error.problems[0].row == 1


def test_huge_file_is_refused_before_reading():
    error = refused("groot.csv", b"gemeente,n\n" + b"Enschede,1\n" * (upload.MAX_BYTES // 11 + 10))
    assert kinds(error) == {"upload_too_large"}
    assert "10.0 MB" in error.problems[0].text("en")


def test_too_many_rows_and_columns():
    rows = b"g,n\n" + b"a,1\n" * (upload.MAX_ROWS + upload.HEADER_SEARCH_ROWS + 5)
    assert kinds(refused("rijen.csv", rows)) == {"upload_too_many_rows"}
    wide = (",".join(f"k{i}" for i in range(upload.MAX_COLUMNS + 1)) + "\n").encode() * 2
    assert kinds(refused("breed.csv", wide)) == {"upload_too_many_columns"}


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"<!DOCTYPE html><html><body><table><tr><td>Enschede</td></tr></table></body></html>",
        bytes(range(256)) * 4,
    ],
    ids=["pdf", "png", "html", "binary"],
)
def test_not_a_spreadsheet_renamed_to_csv(data):
    assert kinds(refused("gegevens.csv", data)) == {"upload_not_a_table"}


def test_a_zip_that_is_not_a_workbook_and_an_old_xls():
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("readme.txt", "hello")
    assert kinds(refused("x.xlsx", archive.getvalue())) == {"upload_not_a_table"}
    assert kinds(refused("oud.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)) == {"upload_old_excel"}


def test_nothing_matched_is_an_error_naming_the_column():
    result = build(read_upload("x.csv", b"plaats,n\nZwolle,1\nDeventer,2\n"), Choices("plaats", ("n",)))
    [problem] = [p for p in result.problems if p.kind == "upload_nothing_matched"]
    assert problem.severity == "error" and problem.column == "plaats"


def test_messages_exist_in_both_languages_and_name_file_row_and_column():
    result = build(read_upload("x.csv", b"gemeente,n\nEnschede,veel\n"), Choices("gemeente", ("n",)))
    [problem] = [p for p in result.problems if p.kind == "upload_not_a_number"]
    assert problem.text("nl") == "x.csv, rij 2, kolom 'n': 'veel' is geen getal; deze gemeente krijgt hier geen waarde"
    assert problem.text("en").startswith("x.csv, row 2, column 'n': 'veel' is not a number")


# --------------------------------------------------------------------------- settings file


def test_settings_round_trip():
    settings = upload.Settings(
        "gemeente",
        ("a", "b"),
        shown="b",
        year_column="jaar",
        year=2024,
        title="Clubs",
        direction="higher_better",
        compare_with="population",
        figures="rate",
    )
    assert upload.read_settings("s.json", settings.to_json()) == settings


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[]",
        b'{"kind": "twente-upload-settings", "version": 1}',
        b'{"kind": "twente-upload-settings", "version": 1, "area_column": "g", "value_columns": ["n"], "evil": 1}',
        b'{"kind": "twente-upload-settings", "version": 1, "area_column": "g", "value_columns": ["n"], "year": NaN}',
        b'{"kind": "twente-upload-settings", "version": 1, "area_column": "g", "value_columns": [1]}',
        b'{"kind": "twente-upload-settings", "version": 1, "area_column": "g", "value_columns": ["n"], "direction": "up"}',
        b'{"kind": "other", "version": 1, "area_column": "g", "value_columns": ["n"]}',
        b"\x80\x81",
        b'{"kind": "twente-upload-settings", "version": 1, "area_column": "g", "value_columns": ["n"], "figures": "x"}',
    ],
    ids=[
        "text",
        "list",
        "no-columns",
        "unknown-key",
        "nan",
        "wrong-type",
        "bad-choice",
        "wrong-kind",
        "bytes",
        "bad-figures",
    ],
)
def test_settings_are_read_strictly(body):
    with pytest.raises(UploadError) as caught:
        upload.read_settings("s.json", body)
    assert kinds(caught.value) == {"upload_bad_settings"}


@pytest.mark.parametrize(
    "header, cells, unit, expected",
    [
        ("clubs", ["120", "80", "30"], "", "count"),  # whole numbers: an amount
        ("leden", ["9000", "5100"], "", "count"),
        ("tevredenheid", ["7,1", "6,8"], "", "rate"),  # decimals: not an amount of things
        ("rapportcijfer", ["7", "8"], "", "rate"),  # the name says a score
        ("aandeel", ["12", "15"], "", "rate"),
        ("leden", ["12", "15"], "% van de inwoners", "rate"),  # the unit the user typed says a share
        ("clubs", ["3", "4"], "per 1.000 inwoners", "rate"),
        ("share", ["12%", "15%"], "", "rate"),
        ("n", ["12%", "15%"], "", "rate"),  # cells written with a percent sign
    ],
)
def test_counts_and_rates_are_told_apart_by_name_unit_and_numbers(header, cells, unit, expected):
    data = f"gemeente;{header}\nEnschede;{cells[0]}\nAlmelo;{cells[1]}\n".encode()
    table = read_upload("f.csv", data)
    assert upload.guess_column_kind(table, header, unit) == expected


def test_settings_for_another_file_name_the_missing_column():
    table = read_upload("x.csv", b"gemeente,n\nEnschede,1\n")
    problems = upload.check_settings(upload.Settings("plaats", ("n",)), table)
    assert [(p.kind, p.params["column"]) for p in problems] == [("upload_settings_column_missing", "plaats")]


def test_correlation_against_hand_computation():
    import pandas as pd

    r, n = upload.correlation(pd.Series([1, 2, 3, None]), pd.Series([2, 4, 7, 1]))
    assert n == 3 and r == pytest.approx(0.99339927, abs=1e-6)  # by hand: cov 2.5, sd 1 and 2.5166
    assert upload.correlation(pd.Series([1, 2]), pd.Series([1, 2])) == (None, 2)


# --------------------------------------------------------------------------- the page (AppTest)


def page(lang: str = "nl") -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=120)
    at.query_params["lang"] = lang
    return at.run()


def spec_with_data(proto) -> dict:
    """A chart's Vega-Lite dict as the browser gets it: Streamlit sends the data apart (Arrow)."""
    import pyarrow as pa

    spec = json.loads(proto.spec)
    spec["datasets"] = {
        d.name: json.loads(pa.ipc.open_stream(d.data.data).read_all().to_pandas().to_json(orient="records"))
        for d in proto.datasets
    }
    return spec


CLUBS = (
    "gemeente;clubs;leden\nEnschede;120;9000\nHengelo (O.);80;5100\nhof v twente;30;2000\nZwolle;12;800\n"
    "<img src=x onerror=alert(1)>;1;1\n"
).encode("cp1252")


def test_page_upload_flow_map_report_table_and_settings():
    at = page()
    assert not at.exception
    at.file_uploader(key="up_file").set_value(("clubs.csv", CLUBS, "text/csv")).run()
    assert not at.exception, at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Gekoppeld"] == "3" and metrics["Niet herkend"] == "2"
    assert metrics["Gemeenten zonder waarde"] == "11"
    [component] = [c for c in at.get("component_instance") if c.proto.component_name.endswith("st_folium")]
    args = json.loads(component.proto.json_args)
    group = args["feature_group"]
    shapes = group[: group.index("feature_group_feature_group_1")]  # the first group: the 14 areas
    assert shapes.count('"code": "GM') == 14, "all 14 shapes drawn"
    assert "120" in group
    # whole numbers named 'clubs': counts, drawn as circles like the built-in counts (one per
    # municipality with a value: the file matched 3), no colour classes; the page says so
    assert at.selectbox(key="up_figures").value == "count"
    assert group.count('"kind": "twente-circle"') == 3
    assert any(c.value.startswith("Getekend als aantallen") for c in at.caption)
    at.text_input(key="up_unit").set_value("per 1.000 inwoners").run()  # the unit says it is a rate after all
    assert at.selectbox(key="up_figures").value == "rate"
    assert "twente-circle" not in map_layers(at)
    at.text_input(key="up_unit").set_value("").run()
    assert at.selectbox(key="up_figures").value == "count"
    assert at.selectbox(key="up_area").value == "gemeente"
    assert at.multiselect(key="up_values").value == ["clubs", "leden"]
    # the hostile cell is shown as text in a dataframe, never as Markdown or HTML
    assert not any("<img" in m.value for m in at.markdown if not m.proto.allow_html)
    keys = {b.key for b in at.get("download_button")}
    assert keys == {
        "up_download",
        "up_download_xlsx",
        "up_ranking_export_svg",
        "up_ranking_export_png",
        "up_settings_download",
    }  # the matched table (CSV, XLSX), the ranking (SVG, PNG), the settings
    # the ranking writes numbers as the page's language does: members 9000, 5100, 2000 give axis
    # ticks of thousands, which Vega (rendered to SVG here) writes '8.000' in Dutch, never '8,000'
    import vl_convert

    at.selectbox(key="up_shown").set_value("leden").run()
    [chart] = at.get("vega_lite_chart")
    svg = vl_convert.vegalite_to_svg(spec_with_data(chart.proto))
    ticks = re.findall(r">(\d[\d.,]*)</text>", svg)
    assert "8.000" in ticks and not any("," in tick for tick in ticks), ticks


SATISFACTION = b"gemeente;tevredenheid\nEnschede;7,1\nAlmelo;6,8\nLosser;7,9\n"


def map_layers(at) -> str:
    """The JavaScript of the layers the page hands to the map component."""
    [component] = [c for c in at.get("component_instance") if c.proto.component_name.endswith("st_folium")]
    return json.loads(component.proto.json_args)["feature_group"]


def test_page_rate_is_coloured_by_class_and_the_user_can_say_it_is_a_count():
    at = page("en")
    at.file_uploader(key="up_file").set_value(("t.csv", SATISFACTION, "text/csv")).run()
    assert not at.exception, at.exception
    assert at.selectbox(key="up_figures").value == "rate"
    group = map_layers(at)
    assert "twente-circle" not in group
    assert any(c.value.startswith("Drawn as a share, average or score") for c in at.caption)
    at.selectbox(key="up_figures").set_value("count").run()  # the user knows better
    assert not at.exception, at.exception
    group = map_layers(at)
    assert group.count('"kind": "twente-circle"') == 3
    assert any(c.value.startswith("Drawn as counts") for c in at.caption)
    at.text_input(key="up_unit").set_value("punten").run()  # the user's own choice stays, another unit or not
    assert at.selectbox(key="up_figures").value == "count"
    # and a settings file brings it back with the same file in a new session
    again = page("en")
    again.file_uploader(key="up_file").set_value(("t.csv", SATISFACTION, "text/csv")).run()
    settings = upload.Settings("gemeente", ("tevredenheid",), figures="count")
    again.file_uploader(key="up_settings_file").set_value(("s.json", settings.to_json(), "application/json")).run()
    assert not again.exception, again.exception
    assert again.selectbox(key="up_figures").value == "count"
    assert map_layers(again).count('"kind": "twente-circle"') == 3


def test_page_settings_file_restores_the_view():
    at = page("en")
    at.file_uploader(key="up_file").set_value(("clubs.csv", CLUBS, "text/csv")).run()
    settings = upload.Settings("gemeente", ("leden",), title="Members", direction="higher_better")
    at.file_uploader(key="up_settings_file").set_value(("s.json", settings.to_json(), "application/json")).run()
    assert not at.exception, at.exception
    assert at.multiselect(key="up_values").value == ["leden"]
    assert at.text_input(key="up_title").value == "Members"
    assert any("Settings from s.json applied" in s.value for s in at.success)


def test_page_refused_file_shows_a_message_not_a_traceback():
    at = page("en")
    at.file_uploader(key="up_file").set_value(("data.csv", b"%PDF-1.4\x00\x01", "text/csv")).run()
    assert not at.exception
    assert any("data.csv" in e.value and "not a CSV or Excel" in e.value for e in at.error)


def test_decimals_follow_the_file():
    import pandas as pd

    assert [upload.decimals_for(pd.Series(v)) for v in ([12, 3], [7.5, 8], [0.125, None], [1 / 3])] == [0, 1, 3, 3]


def test_page_hostile_header_and_file_name_render_as_text():
    from markdown_it import MarkdownIt

    header = "[klik](javascript:alert(1)) <b>x</b> :red[y] $x^2$"
    data = f"gemeente;{header}\nEnschede;1\nAlmelo;2\n".encode()
    at = page("en")
    at.file_uploader(key="up_file").set_value(("<img src=x>[a](b).csv", data, "text/csv")).run()
    assert not at.exception, at.exception
    parser = MarkdownIt("commonmark")
    for element in list(at.markdown) + list(at.caption):
        if element.proto.allow_html:
            assert "<b>x</b>" not in element.value and "<img" not in element.value
            continue
        html = parser.render(element.value)
        assert 'href="javascript' not in html and "<b>" not in html and "<img" not in html, element.value
        assert "[a](b)" not in html or "<a " not in html, "the file name's link stays text"
    for element in at.html:  # the map's legend (its title is the column's name): escaped HTML
        assert "<b>x</b>" not in element.value and "<img" not in element.value
    shown = [*at.markdown, *at.html]
    assert any("[klik](javascript:alert(1))" in m.value.replace("\\", "") for m in shown)


# --------------------------------------------------------------------------- district-level files (#17.6)
# Oracle: the wijken as the shipped files list them, read here with GeoPandas and pandas.


@pytest.fixture(scope="module")
def districts():
    import geopandas as gpd

    frame = gpd.read_file(ROOT / "geodata" / "boundaries" / "twente_districts.geojson")
    return frame[["code", "name", "municipality_code"]]


@pytest.fixture(scope="module")
def wijken(districts):
    return upload.Wijken(districts)


def district_names(municipality: str) -> dict[str, str]:
    """code -> CBS name of one municipality's 2024 wijken, from the key-figures CSV."""
    import pandas as pd

    frame = pd.read_csv(ROOT / "twente_data" / "districts" / "district_key_figures.csv", dtype=str)
    frame = frame[(frame["year"] == "2024") & (frame["municipality_code"] == municipality)]
    return dict(frame[["code", "name"]].drop_duplicates().itertuples(index=False))


def typed(name: str, i: int) -> str:
    """How people type a CBS wijk name: without 'Wijk 00', in another case, other punctuation."""
    import re

    short = re.sub(r"^Wijk \d\d ", "", name)
    return [short, short.upper(), name.lower(), short.replace(" - ", "/").replace("-", " ")][i % 4]


def test_district_codes_in_every_usual_spelling_match_all_127(districts, wijken):
    codes = list(districts["code"])
    assert len(codes) == 127
    spellings = [
        lambda c: c,
        lambda c: f"{c[:2]} {c[2:6]} {c[6:]}",
        lambda c: c[2:],
        lambda c: c.lower(),
        lambda c: str(int(c[2:])),  # Excel dropped the leading zero
    ]
    lines = [f"{spellings[i % 5](c)};{i}" for i, c in enumerate(codes)]
    table = read_upload("wijken.csv", ("wijkcode;score\n" + "\n".join(lines) + "\n").encode())
    assert upload.guess_level(table, "wijkcode", wijken) == "district"
    assert not upload.names_wijken(table, "wijkcode", wijken), "codes need no municipality"
    result = build(table, Choices("wijkcode", ("score",), level="district"), wijken)
    assert result.counts["matched"] == 127 and result.missing == []
    got = result.frame.set_index("code")["value"]
    assert {c: got[c] for c in codes} == {c: float(i) for i, c in enumerate(codes)}


def test_district_names_within_the_chosen_municipality(wijken):
    enschede = district_names(ENSCHEDE)
    assert len(enschede) == 10
    left_out = sorted(enschede)[-1]
    rows = [(typed(n, i), i) for i, (c, n) in enumerate(sorted(enschede.items())) if c != left_out]
    rows += [("Binnenstad", 99), ("Binensingelgebied", 98), ("Enschede", 97), ("WK020000", 96)]
    data = "wijk,waarde\n" + "".join(f'"{n}",{v}\n' for n, v in rows)
    table = read_upload("enschede.csv", data.encode())
    assert upload.guess_level(table, "wijk", wijken) == "district"
    assert upload.names_wijken(table, "wijk", wijken)
    assert upload.guess_municipality(table, "wijk", wijken) == ENSCHEDE
    result = build(table, Choices("wijk", ("waarde",), level="district", municipality=ENSCHEDE), wijken)
    assert sorted(result.frame["code"]) == sorted(enschede), "the map shows Enschede's wijken"
    assert result.missing == [left_out]
    assert result.counts == {"matched": 9, "ambiguous": 0, "outside": 3, "unmatched": 1, "empty": 0}
    by_text = result.rows.set_index("text")
    assert "Almelo" in by_text.at["Binnenstad", "note"], "another municipality's wijk is named, not dropped"
    assert by_text.at["Binensingelgebied", "status"] == "unmatched"
    assert "Binnensingelgebied" in by_text.at["Binensingelgebied", "note"], "did you mean"
    assert by_text.at["Enschede", "status"] == "outside" and by_text.at["WK020000", "status"] == "outside"
    for i, (code, _name) in enumerate(sorted(enschede.items())):
        if code != left_out:
            assert value(result, code) == i


def test_district_names_in_all_of_twente_unique_matched_shared_ambiguous(districts, wijken):
    counts = districts["name"].str.replace(r"^Wijk \d\d ", "", regex=True).value_counts()
    shared = counts[counts > 1].index[0]  # a name several municipalities' wijken have (oracle: the file)
    unique = counts[counts == 1].index[0]
    table = read_upload("twente.csv", f"naam;n\n{shared};1\n{unique};2\n".encode())
    result = build(table, Choices("naam", ("n",), level="district"), wijken)
    status = dict(zip(result.rows["text"], result.rows["status"]))
    assert status == {shared: "ambiguous", unique: "matched"}
    assert len(result.frame) == 127 and len(result.missing) == 126
    assert result.frame["name"].is_unique, "names carry their municipality on the Twente map"


def test_municipality_file_is_not_taken_for_wijken(wijken):
    table = read_upload("clubs.csv", CLUBS)
    assert upload.guess_level(table, "gemeente", wijken) == "municipality"


def test_district_duplicates_and_settings_round_trip(wijken):
    data = b"wijk;v\nWK015300;1\nwk015300;2\nWK015301;3\n"
    result = build(read_upload("d.csv", data), Choices("wijk", ("v",), level="district", municipality=ENSCHEDE), wijken)
    assert "upload_conflicting_duplicate" in kinds(result)
    assert pd_isna(value(result, "WK015300")) and value(result, "WK015301") == 3
    settings = upload.Settings("wijk", ("v",), level="district", municipality=ENSCHEDE)
    assert upload.read_settings("s.json", settings.to_json()) == settings
    bad = json.loads(settings.to_json())
    bad["municipality"] = "GM0363"
    with pytest.raises(UploadError):
        upload.read_settings("s.json", json.dumps(bad).encode())


def pd_isna(v) -> bool:
    import math

    return v is None or math.isnan(v)


def test_page_district_upload_by_name_draws_the_wijken():
    enschede = district_names(ENSCHEDE)
    data = "wijk;score\n" + "".join(f"{typed(n, i)};{i + 1}\n" for i, n in enumerate(enschede.values()))
    at = page()
    at.file_uploader(key="up_file").set_value(("wijken.csv", data.encode(), "text/csv")).run()
    assert not at.exception, at.exception
    assert at.radio(key="up_level").value == "district"
    assert at.selectbox(key="up_municipality").value == ENSCHEDE
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Gekoppeld"] == "10" and metrics["Wijken zonder waarde"] == "0"
    [component] = [c for c in at.get("component_instance") if c.proto.component_name.endswith("st_folium")]
    group = json.loads(component.proto.json_args)["feature_group"]
    assert {c for c in enschede if f'"code": "{c}"' in group} == set(enschede), "every wijk of Enschede drawn"
    assert "twente-district" in group
    at.selectbox(key="up_municipality").set_value("").run()  # all of Twente: 127 wijken, the rest no value
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Wijken zonder waarde"] == "117"
    # as counts, the wijken get circles (10, one per wijk with a value) over the municipal borders,
    # as the profile's district map draws a count on all of Twente
    assert at.selectbox(key="up_figures").value == "rate"  # 'score': not an amount
    at.selectbox(key="up_figures").set_value("count").run()
    assert not at.exception, at.exception
    group = map_layers(at)
    assert group.count('"kind": "twente-circle"') == 10
    from twente.registry import MUNICIPALITIES

    assert "twente-outline" in group and all(f'"name": "{m.name}"' in group for m in MUNICIPALITIES), (
        "the 14 municipal borders under the circles"
    )


def test_really_merged_header_cells_in_excel():
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["Gemeente", "Aantallen", None], [None, "clubs", "leden"], ["Enschede", 10, 2000], ["Borne", 3, 400]):
        sheet.append(row)
    sheet.merge_cells("B1:C1")  # a band over two columns, as Excel saves it
    sheet.merge_cells("A1:A2")  # the area's name over both header rows
    out = io.BytesIO()
    book.save(out)
    table = read_upload("samengevoegd.xlsx", out.getvalue())
    assert table.columns[1:] == ["Aantallen – clubs", "Aantallen – leden"]
    assert value(build(table, Choices(table.columns[0], ("Aantallen – leden",))), "GM0147") == 400


def test_workbook_that_unpacks_to_too_much_is_refused(monkeypatch):
    data = xlsx(("Blad1", [["gemeente", "n"]] + [["Enschede", i] for i in range(2000)]))
    monkeypatch.setattr(upload, "MAX_UNZIPPED", 10_000)  # a zip bomb, in small
    assert kinds(refused("bom.xlsx", data)) == {"upload_too_large"}


def test_district_file_with_buurt_codes_and_empty_cells_is_reported_not_drawn(wijken):
    data = b"code;n\nBU01530000;1\n;2\nWK 0153 01;3\n"
    result = build(read_upload("buurten.csv", data), Choices("code", ("n",), level="district"), wijken)
    assert result.counts["matched"] == 1 and result.counts["unmatched"] == 1 and result.counts["empty"] == 1
    assert result.drawn == 1 and len(result.missing) == 126


# --------------------------------------------------------------------------- found by trying (review)


def test_a_number_too_long_for_a_float_is_named_not_drawn():
    """400 digits overflow to infinity: refused with the row, like the text 'inf', never drawn."""
    data = ("gemeente;aantal\nEnschede;1" + "0" * 400 + "\nHengelo;5\nAlmelo;7\n").encode()
    result = build(read_upload("lang.csv", data), Choices("gemeente", ("aantal",)))
    [problem] = [p for p in result.problems if p.kind == "upload_not_a_number"]
    assert problem.row == 2
    assert value(result, HENGELO) == 5 and value(result, ALMELO) == 7
    assert value(result, ENSCHEDE) != value(result, ENSCHEDE), "no value (NaN), not infinity"


def test_settings_nested_too_deep_are_refused_with_a_message():
    with pytest.raises(UploadError) as caught:
        upload.read_settings("s.json", b"[" * 5000 + b"]" * 5000)
    assert kinds(caught.value) == {"upload_bad_settings"}


def test_settings_texts_no_longer_than_the_page_accepts():
    base = {"kind": "twente-upload-settings", "version": 1, "area_column": "g", "value_columns": ["n"]}
    upload.read_settings("s.json", json.dumps({**base, "unit": "x" * 40}).encode())
    with pytest.raises(UploadError):
        upload.read_settings("s.json", json.dumps({**base, "unit": "x" * 41}).encode())
    with pytest.raises(UploadError):
        upload.read_settings("s.json", json.dumps({**base, "title": "x" * 121}).encode())


def test_a_file_without_a_header_row_is_said_not_swallowed():
    table = read_upload("geen_kop.csv", b"Enschede;10\nHengelo;20\nAlmelo;30\n")
    [problem] = [p for p in table.problems if p.kind == "upload_header_has_numbers"]
    assert problem.row == 1 and problem.params["value"] == "10"
    assert "geen_kop.csv, rij 1" in problem.text("nl")
    # a proper header raises nothing
    assert "upload_header_has_numbers" not in kinds(read_upload("kop.csv", b"gemeente;n\nEnschede;10\n"))


def test_every_area_on_two_rows_is_called_ambiguous_not_unmatched():
    data = b"gemeente;jaar;aantal\nEnschede;2020;1\nHengelo;2020;3\nEnschede;2021;5\nHengelo;2021;6\n"
    result = build(read_upload("jaren.csv", data), Choices("gemeente", ("aantal",)))
    assert "upload_nothing_unambiguous" in kinds(result) and "upload_nothing_matched" not in kinds(result)
    assert "jaarkolom" in next(p for p in result.problems if p.kind == "upload_nothing_unambiguous").text("nl")


@pytest.mark.parametrize(
    "data",
    [
        b"gemeente;kans\nEnschede;0,00001\nHengelo;0,5\nAlmelo;0,25\n",  # repr '1e-05' has no '.'
        ("gemeente;aantal\nEnschede;1" + "0" * 400 + "\nHengelo;5\nAlmelo;7\n").encode(),
    ],
    ids=["tiny", "overflow"],
)
def test_page_draws_tiny_and_overlong_numbers_without_a_traceback(data):
    at = page()
    at.file_uploader(key="up_file").set_value(("x.csv", data, "text/csv")).run()
    assert not at.exception, at.exception
    assert at.selectbox(key="up_area").value == "gemeente"


def test_the_uploaders_names_are_written_into_their_script_as_json_that_cannot_close_it():
    from twente.ui.upload import upload_names_js

    js = upload_names_js({"up_file": ("Bestand kiezen", "</script><b>")})
    assert 'window.twenteUploadNames = {"up_file": ["Bestand kiezen", "\\u003c/script>\\u003cb>"]};' in js
    assert "</script" not in js
