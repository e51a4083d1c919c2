"""Comparing municipalities: the significance rule, reference values, change between
survey years, caveats, and the ranking and change charts built from them."""

import pandas as pd
import pytest

from twente import charts, data, indicators
from twente.indicators import Catalogue, significance
from twente.registry import MUNICIPALITY_CODES

EXPECTED_GGD_2020_OVERWEIGHT = 53.2  # 85012NED, GGD Twente, 18+, interval 52.1-54.4


def overweight_view(values, year=2020, group="adults"):
    frame = indicators.municipality_values(values, "overweight_bmi_ge_25", year, group)
    refs = indicators.reference_rows(values, "overweight_bmi_ge_25", year, group, "nl")
    reference = indicators.significance_reference(refs)
    return indicators.with_significance(frame, reference["value"]), refs, reference


# ------------------------------------------------------------------ the rule


@pytest.mark.parametrize(
    "low, high, ref, expected",
    [
        (54.0, 58.0, 53.2, "higher"),  # whole interval above
        (48.0, 53.1, 53.2, "lower"),  # whole interval below
        (50.0, 56.0, 53.2, "similar"),  # contains the reference
        (53.2, 58.0, 53.2, "similar"),  # touching the reference is not 'above'
        (48.0, 53.2, 53.2, "similar"),
        (None, 58.0, 53.2, None),  # no interval: no verdict
        (float("nan"), float("nan"), 53.2, None),
        (50.0, 56.0, None, None),  # no reference: no verdict
    ],
)
def test_significance_needs_the_whole_interval_on_one_side(low, high, ref, expected):
    assert significance(low, high, ref) == expected


def test_region_reference_is_the_ggd_estimate_with_its_interval(values):
    _, refs, reference = overweight_view(values)
    assert reference["code"] == "GGD_TWENTE"
    assert reference["value"] == pytest.approx(EXPECTED_GGD_2020_OVERWEIGHT)
    by_code = refs.set_index("code")
    assert by_code.at["NL01", "value"] == pytest.approx(49.4)
    assert by_code.at["PV23", "value"] == pytest.approx(51.8)
    assert (by_code.at["GGD_TWENTE", "ci_low"], by_code.at["GGD_TWENTE", "ci_high"]) == (52.1, 54.4)
    assert "TWENTE" not in by_code.index, "a rate is never summed into a Twente value"


def test_reference_falls_back_to_twente_and_to_nothing():
    refs = pd.DataFrame(
        {
            "code": ["TWENTE", "NL01"],
            "name": ["Twente", "Nederland"],
            "value": [1.0, 2.0],
            "ci_low": [None, None],
            "ci_high": [None, None],
        }
    )
    assert indicators.significance_reference(refs)["code"] == "TWENTE"
    assert indicators.significance_reference(refs[refs["code"] == "NL01"]) is None


def test_municipalities_significantly_different_from_the_region(values):
    frame, _, _ = overweight_view(values)
    groups = indicators.split_by_significance(frame)
    assert groups["higher"] == ["Almelo", "Losser", "Twenterand"]
    assert groups["lower"] == []
    assert len(groups["similar"]) == 11
    enschede = frame.set_index("code").loc["GM0153"]
    assert (enschede["value"], enschede["significance"]) == (51.1, "similar")  # 47.5-54.7 contains 53.2

    frame_2016, _, reference_2016 = overweight_view(values, 2016)
    assert reference_2016["value"] == pytest.approx(52.1)
    assert indicators.split_by_significance(frame_2016)["lower"] == ["Dinkelland", "Tubbergen"]


def test_missing_value_is_reported_as_missing_not_as_a_verdict(values):
    frame, _, reference = overweight_view(values)
    frame.loc[frame["code"] == "GM0147", ["value", "ci_low", "ci_high"]] = float("nan")
    frame = indicators.with_significance(frame, reference["value"])
    groups = indicators.split_by_significance(frame)
    assert groups["missing"] == ["Borne"]
    assert "Borne" not in groups["similar"]


# ------------------------------------------------------------------ change between survey years


def test_change_is_called_only_where_the_intervals_do_not_overlap(values):
    change = indicators.change_between(values, "weekly_sports_participation", 2016, 2020, "adults").set_index("code")
    # Haaksbergen 59.5 (55.5-63.4) in 2016, 51.8 (48.2-55.4) in 2020
    assert change.at["GM0158", "change"] == "down"
    assert change.at["GM0158", "difference"] == pytest.approx(-7.7)
    # Enschede 52.3 (49.0-55.6) -> 47.7 (44.1-51.4): a drop, but the intervals overlap
    assert change.at["GM0153", "change"] == "similar"
    assert sorted(change.index[change["change"] == "down"]) == ["GM0158", "GM0189", "GM1735"]


def test_change_without_intervals_gives_no_verdict(values):
    change = indicators.change_between(values, "unemployment_rate", 2019, 2022).set_index("code")
    assert sorted(change.index) == sorted(MUNICIPALITY_CODES), "all() below is not vacuous"
    assert change["start"].notna().all() and change["end"].notna().all()
    assert change["change"].isna().all()


def test_comparable_years_come_from_the_catalogue(catalogue):
    assert catalogue["overweight_bmi_ge_25"].compare_years == (2016, 2020)
    assert catalogue["unemployment_rate"].compare_years == (2019, 2022)
    assert catalogue["smokers"].compare_years is None  # 2020 only
    assert catalogue["employed_as_employee"].compare_years is None  # counts rounded to thousands


def test_a_bad_compare_cell_is_ignored_with_a_warning(project_copy):
    path = project_copy / "twente_data" / "indicators.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    row = next(i for i, line in enumerate(lines) if line.startswith("overweight_bmi_ge_25,"))
    lines[row] = lines[row].removesuffix("2016;2020") + "2016 en 2020"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    loaded = data.load_catalogue()
    [problem] = [p for p in loaded.problems if p.column == "compare"]
    assert problem.severity == "warning" and problem.row == row + 1
    assert "2016 en 2020" in problem.text("en") and "indicators.csv" in problem.text("en")
    kept = Catalogue(loaded.frame)
    assert "overweight_bmi_ge_25" in kept and kept["overweight_bmi_ge_25"].compare_years is None


def test_a_catalogue_row_with_unreadable_years_is_skipped_with_its_row(project_copy):
    path = project_copy / "twente_data" / "indicators.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace(",2012-2025,", ",2012 tot 2025,")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    loaded = data.load_catalogue()
    [problem] = [p for p in loaded.problems if p.column == "years"]
    assert problem.row == 2 and "population" not in loaded.frame.index


# ------------------------------------------------------------------ caveats


@pytest.mark.parametrize(
    "year, group, expected",
    [
        (2020, "adults", ["caveat_survey_interval", "caveat_covid", "caveat_age_definition"]),
        (
            2016,
            "adults_lt65",
            ["caveat_survey_interval", "caveat_covid", "caveat_age_definition"],
        ),  # the change view shows 2020
        (2020, "65+", ["caveat_survey_interval", "caveat_covid"]),  # 65+ is defined the same in both years
    ],
)
def test_health_caveats(catalogue, year, group, expected):
    ind = catalogue["overweight_bmi_ge_25"]
    assert indicators.caveats(ind, year, group, ind.compare_years) == expected


def test_caveats_for_a_single_year_and_for_labour(catalogue):
    smokers = catalogue["smokers"]
    assert indicators.caveats(smokers, 2020, "adults", smokers.compare_years) == [
        "caveat_survey_interval",
        "caveat_covid",
    ]
    labour = catalogue["unemployment_rate"]
    assert indicators.caveats(labour, 2022, "", labour.compare_years) == []
    assert "duizendtallen" in labour.note("nl") and "thousands" in labour.note("en")


# ------------------------------------------------------------------ charts


def _layers(chart) -> list[dict]:
    return chart.to_dict()["layer"]


def test_ranking_chart_draws_intervals_references_and_meaningful_colours(values, catalogue):
    frame, refs, reference = overweight_view(values)
    chart = charts.ranking_chart(
        frame, catalogue["overweight_bmi_ge_25"], refs, "nl", reference["name"], selected="GM0153"
    )
    spec = chart.to_dict()
    layers = spec["layer"]
    intervals = [layer for layer in layers if layer["encoding"].get("x2", {}).get("field") == "ci_high"]
    assert len(intervals) == 1 and intervals[0]["encoding"]["x"]["field"] == "ci_low"
    datasets = spec["datasets"]
    reference_values = {
        row["value"]
        for rows in datasets.values()
        for row in rows
        if row.get("code") in ("GGD_TWENTE", "NL01", "PV23") and "dash" in row
    }
    assert reference_values == {53.2, 49.4, 51.8}
    colour = next(layer["encoding"]["color"] for layer in layers if layer["mark"]["type"] == "point")
    palette = dict(zip(colour["scale"]["domain"], colour["scale"]["range"]))
    assert palette["significant hoger"] == charts.WARNING  # higher overweight is worse
    # the legend's labels are short (they fit a phone); its title names what they are compared with
    assert "GGD Twente (regio)" in " ".join(colour["title"])
    assert any(layer["mark"]["type"] == "rect" for layer in layers), "the selected municipality is highlighted"
    order = intervals[0]["encoding"]["y"]["sort"]
    assert order[0] == "Twenterand" and order[-1] == "Hengelo"


def test_ranking_colours_follow_the_direction_of_the_indicator(values, catalogue):
    frame = indicators.municipality_values(values, "self_rated_health_good_or_very_good", 2020, "adults")
    refs = indicators.reference_rows(values, "self_rated_health_good_or_very_good", 2020, "adults", "en")
    reference = indicators.significance_reference(refs)
    frame = indicators.with_significance(frame, reference["value"])
    chart = charts.ranking_chart(frame, catalogue["self_rated_health_good_or_very_good"], refs, "en", reference["name"])
    spec = chart.to_dict()
    points = next(layer for layer in spec["layer"] if layer["mark"]["type"] == "point")
    colour = points["encoding"]["color"]
    palette = dict(zip(colour["scale"]["domain"], colour["scale"]["range"]))
    higher, lower = "significantly higher", "significantly lower"  # than GGD Twente (region), as the title says
    assert palette[higher] == charts.FAVOURABLE and palette[lower] == charts.WARNING  # more good health is better
    status = {row["name"]: row[colour["field"]] for row in spec["datasets"][points["data"]["name"]]}
    # 85012NED 2020, 18+: GGD Twente 80.1; the whole interval above it in these five, below it in these two
    assert sorted(n for n, s in status.items() if s == higher) == [
        "Borne",
        "Dinkelland",
        "Hof van Twente",
        "Rijssen-Holten",
        "Tubbergen",
    ]
    assert sorted(n for n, s in status.items() if s == lower) == ["Almelo", "Enschede"]


def test_ranking_chart_marks_a_missing_value_as_no_data(values, catalogue):
    frame, refs, reference = overweight_view(values)
    frame.loc[frame["code"] == "GM0147", ["value", "ci_low", "ci_high"]] = float("nan")
    chart = charts.ranking_chart(frame, catalogue["overweight_bmi_ge_25"], refs, "en", reference["name"])
    texts = [
        layer
        for layer in _layers(chart)
        if layer["mark"]["type"] == "text"
        and layer["encoding"].get("text", {}).get("field") == "label"
        and layer["encoding"].get("y", {}).get("field") == "name"
    ]
    assert len(texts) == 1
    rows = chart.to_dict()["datasets"][texts[0]["data"]["name"]]
    assert [(r["name"], r["label"]) for r in rows] == [("Borne", "no data")]


def test_ranking_without_intervals_uses_bars_from_zero(values, catalogue):
    frame = indicators.municipality_values(values, "unemployment_rate", 2022)
    chart = charts.ranking_chart(frame, catalogue["unemployment_rate"], frame.iloc[0:0], "nl")
    [bars] = [layer for layer in _layers(chart) if layer["mark"]["type"] == "bar"]
    assert bars["encoding"]["x"]["scale"]["zero"] is True


def test_change_chart_shows_both_years_and_the_verdict(values, catalogue):
    change = indicators.change_between(values, "weekly_sports_participation", 2016, 2020, "adults")
    change["name"] = change["code"]
    chart = charts.change_chart(change, catalogue["weekly_sports_participation"], "en", "2016 (19+)", "2020 (18+)")
    spec = chart.to_dict()
    shapes = [layer["encoding"]["shape"] for layer in spec["layer"] if "shape" in layer["encoding"]]
    assert shapes[0]["scale"]["domain"] == ["2016 (19+)", "2020 (18+)"]
    colour = next(layer["encoding"]["color"] for layer in spec["layer"] if layer["mark"]["type"] == "rule")
    labels = colour["scale"]["domain"]
    # a legend titled by what it shows, each entry saying what 'clearly' rests on (#15: the reason was
    # a second title line above a single entry, read as a title)
    assert colour["title"] == "Change"
    assert "clearly down (intervals do not overlap)" in labels and not any(x.startswith("clearly up") for x in labels)
    assert colour["legend"]["titleFontWeight"] == "bold"


def test_change_legend_entry_puts_its_reason_on_a_line_of_its_own(values, catalogue):
    """On a phone the entry 'no clear change (intervals overlap)' was cut at the chart's edge: rendered
    by vl-convert, the entry is two lines, the reason in brackets on the second."""
    import re

    import vl_convert

    change = indicators.change_between(values, "overweight_bmi_ge_25", 2016, 2020, "adults")
    change["name"] = change["code"]
    chart = charts.change_chart(change, catalogue["overweight_bmi_ge_25"], "en", "2016 (19+)", "2020 (18+)")
    svg = vl_convert.vegalite_to_svg(charts.spec(chart, "en"))
    legend = svg[svg.rindex('class="mark-text role-legend-label"') :]
    lines = re.findall(r"<tspan[^>]*>([^<]*)</tspan>", legend.split("</g>")[0])
    assert lines == ["no clear change", "(intervals overlap)"], legend[:600]


def _legend_symbols(svg: str) -> dict[str, str]:
    """Legend label -> the path of its symbol, in an SVG rendered by vl-convert."""
    import re

    legend = svg[svg.index('class="mark-group role-legend"') :]
    paths = re.findall(r'class="mark-symbol role-legend-symbol".*?<path[^>]*?d="([^"]+)"', legend, re.S)
    labels = re.findall(r'class="mark-text role-legend-label".*?<text[^>]*>([^<]+)</text>', legend, re.S)
    return dict(zip(labels, paths))


def test_ranking_legend_shows_the_shapes_the_chart_draws(values, catalogue):
    """The marks 'significantly higher' are triangles: the legend's entry is a triangle too, not a circle
    for every entry (#15; colour is not the only carrier of meaning). Rendered by vl-convert."""
    import vl_convert

    frame, refs, reference = overweight_view(values)
    chart = charts.ranking_chart(frame, catalogue["overweight_bmi_ge_25"], refs, "nl", reference["name"])
    svg = vl_convert.vegalite_to_svg(charts.spec(chart, "nl"))
    symbols = _legend_symbols(svg)
    higher, similar = "significant hoger", "geen significant verschil"
    assert set(symbols) == {higher, similar}, symbols  # overweight 2020: three higher, the rest similar
    # a circle's path is drawn with arcs ('A'), a triangle's with lines only
    assert "A" in symbols[similar].upper() and "A" not in symbols[higher].upper(), symbols
    points = next(layer for layer in chart.to_dict()["layer"] if layer["mark"]["type"] == "point")["encoding"]
    assert dict(zip(points["shape"]["scale"]["domain"], points["shape"]["scale"]["range"]))[higher] == "triangle-up"


def test_change_chart_says_which_municipalities_lack_one_of_the_years(values, catalogue):
    # CBS suppresses small cells: heavily burdened caregivers 65+ exist for few municipalities
    change = indicators.change_between(values, "heavily_burdened_caregivers_share_of_caregivers", 2016, 2020, "65+")
    change["name"] = change["code"]
    chart = charts.change_chart(
        change, catalogue["heavily_burdened_caregivers_share_of_caregivers"], "en", "2016", "2020"
    )
    spec = chart.to_dict()
    [text] = [layer for layer in spec["layer"] if layer["mark"]["type"] == "text"]
    labels = {r["code"]: r["label"] for r in spec["datasets"][text["data"]["name"]]}
    # health_indicators.csv, 65+: 2016 has Enschede, Hengelo, Hof van Twente, Rijssen-Holten;
    # 2020 has Almelo, Hengelo, Hof van Twente, Oldenzaal, Rijssen-Holten, Twenterand
    one_year = {"GM0153", "GM0141", "GM0173", "GM1700"}
    both = {"GM0164", "GM1735", "GM1742"}
    assert {c for c, label in labels.items() if label == "not in both years"} == one_year
    assert {c for c, label in labels.items() if label == "no data"} == set(MUNICIPALITY_CODES) - one_year - both


@pytest.mark.parametrize("scale", [1.0, 1.45, 2.0])
def test_reference_labels_stay_apart_at_any_type_size(values, catalogue, scale):
    """The three reference labels above the ranking (NL, Overijssel, GGD region) stacked by offsets:
    rendered to SVG (vl-convert, not the code under test) at the type size a projector asks for,
    their baselines are at least one font size apart (they ran into each other on slide 4)."""
    import re

    import vl_convert

    from twente.ui.chartview import _scale_type

    frame, refs, reference = overweight_view(values)
    spec = charts.spec(
        charts.ranking_chart(frame, catalogue["overweight_bmi_ge_25"], refs, "de", reference["name"]), "de"
    )
    _scale_type(spec, scale)
    svg = vl_convert.vegalite_to_svg(spec)
    ys = sorted(
        float(m.group(1))
        for m in re.finditer(r'<text[^>]*transform="translate\([\d.]+,(-?[\d.]+)\)"[^>]*>([^<]*)</text>', svg)
        if re.match(r"(Nederland|Niederlande|Overijssel|GGD Twente)[^:]*: ", m.group(2))
    )
    assert len(ys) == 3, svg[:300]
    assert min(b - a for a, b in zip(ys, ys[1:])) >= 11 * scale
