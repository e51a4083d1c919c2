"""Chart builders (Altair) that any page can use. No Streamlit here: a builder takes
tidy frames from ``twente.indicators`` and returns a chart specification.

- ``ranking_chart``: the 14 municipalities sorted by value, with 95 % intervals as error
  bars where the data has them, reference lines (GGD region, Overijssel, Netherlands), and
  each municipality marked by how its interval lies against the region value;
- ``change_chart``: the value in two years per municipality (a dumbbell), with the change
  marked only where the two intervals do not overlap.

Colours carry meaning: where higher is worse, 'higher' is the warning colour (orange);
where higher is better, 'lower' is. Shapes repeat the message for colour-blind readers
and in print (▲ higher, ▼ lower, ● no clear difference)."""

from __future__ import annotations

import altair as alt
import pandas as pd

from twente.formatting import capitalised, format_number, format_signed, format_value, vega_locale
from twente.i18n import t
from twente.indicators import Indicator, has_intervals
from twente.registry import GGD_REGION, MUNICIPALITY_CODES, NETHERLANDS, OVERIJSSEL, TWENTE, area_name

WARNING = "#d95f0e"
FAVOURABLE = "#2c7fb8"
NEUTRAL_HIGH = "#7b3294"
NEUTRAL_LOW = "#008837"
SIMILAR = "#8c8c8c"
NO_TEST = "#4d4d4d"
REFERENCE = "#333333"
HIGHLIGHT = "#fff1a8"

# One colour per area in every chart, whatever else is chosen: the 14 municipalities in the
# order of twente.registry (Tableau 20's dark tones, then four of its light ones), the reference
# areas in greys and black (they are also dashed).
MUNICIPALITY_COLOURS = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
    "#bcbd22", "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#c5b0d5", "#c49c94",
)  # fmt: skip
AREA_COLOURS: dict[str, str] = {
    **dict(zip(MUNICIPALITY_CODES, MUNICIPALITY_COLOURS)),
    TWENTE.code: "#595959",
    GGD_REGION.code: "#7f7f7f",
    OVERIJSSEL.code: "#a6a6a6",
    NETHERLANDS.code: "#000000",
}

SHAPES = {"higher": "triangle-up", "lower": "triangle-down", "similar": "circle", None: "circle"}


def spec(chart: alt.TopLevelMixin, lang: str | None = None) -> dict:
    """The chart as a Vega-Lite dict with its data inline, without Altair's default theme
    (as Streamlit converts it). Building and validating a chart costs ~100 ms; a page
    converts each view once and keeps the dict. With ``lang``, the chart's axes, legends and
    tooltips write numbers as that language does (``config.locale``)."""
    with alt.theme.enable("none"):
        out = chart.to_dict()
    if lang is not None:
        with_locale(out, lang)
    return out


def with_locale(spec_dict: dict, lang: str) -> dict:
    """Set the number locale of ``lang`` in a Vega-Lite dict (in place; also returned)."""
    spec_dict.setdefault("config", {})["locale"] = vega_locale(lang)
    return spec_dict


# The reference areas' one dash style (a municipality's line is solid), in every chart that draws lines.
REFERENCE_CODES = frozenset({TWENTE.code, GGD_REGION.code, OVERIJSSEL.code, NETHERLANDS.code})
REFERENCE_DASH = [6, 3]
SOLID = [1, 0]


def area_label(code: str, lang: str) -> str:
    """An area's name as a chart's ``area`` field and legend write it ('The Netherlands'): the colour
    and dash scales below are keyed by the area's code and matched to this name."""
    return capitalised(area_name(code, lang))


def area_colour(field: str, codes, lang: str, **kwargs) -> alt.Color:
    """A colour encoding of the area names in ``field`` (written by ``area_label``) with each area's
    own colour (``AREA_COLOURS``, keyed by its code, so the same in every language), for the areas
    ``codes`` in that order."""
    codes = list(dict.fromkeys(codes))
    scale = alt.Scale(
        domain=[area_label(c, lang) for c in codes], range=[AREA_COLOURS.get(c, REFERENCE) for c in codes]
    )
    return alt.Color(field, scale=scale, **kwargs)


def area_dash(field: str, codes, lang: str, **kwargs) -> alt.StrokeDash:
    """The lines of the areas ``codes``: a reference area (Twente, the GGD region, Overijssel, the
    Netherlands) dashed, a municipality solid. On the same field and with the same title as
    ``area_colour``, Vega-Lite draws one legend with both the colour and the dash."""
    codes = list(dict.fromkeys(codes))
    scale = alt.Scale(
        domain=[area_label(c, lang) for c in codes],
        range=[REFERENCE_DASH if c in REFERENCE_CODES else SOLID for c in codes],
    )
    return alt.StrokeDash(field, scale=scale, **kwargs)


def status_colours(direction: str) -> dict:
    """Colour per comparison result, by what 'higher' means for the indicator."""
    if direction == "higher_worse":
        high, low = WARNING, FAVOURABLE
    elif direction == "higher_better":
        high, low = FAVOURABLE, WARNING
    else:
        high, low = NEUTRAL_HIGH, NEUTRAL_LOW
    return {"higher": high, "lower": low, "similar": SIMILAR, None: NO_TEST}


def status_label(status: str | None, reference_name: str, lang: str) -> str:
    if status is None:
        return t("sig_none", lang)
    return t(f"sig_{status}", lang, ref=reference_name)


def status_short(status: str | None, lang: str) -> str:
    """The comparison result in a legend's few words ('significantly higher'): the legend's title
    names the reference area, so a legend fits a phone's chart (issue #15)."""
    if status is None:
        return t("sig_none", lang)
    return t(
        "sig_higher_short" if status == "higher" else "sig_lower_short" if status == "lower" else "sig_similar_short",
        lang,
    )


def change_label(change: str | None, lang: str) -> str:
    """A change between two years as a legend entry and tooltip say it, with what 'clearly' rests on:
    'clearly up (intervals do not overlap)'."""
    return t(f"chg_{change}" if isinstance(change, str) else "chg_none", lang)


# A legend entry 'clearly up (intervals do not overlap)' as two lines, split before its bracket.
_REASON_ON_ITS_OWN_LINE = (
    "indexof(datum.label, ' (') < 0 ? datum.label"
    " : [slice(datum.label, 0, indexof(datum.label, ' (')), slice(datum.label, indexof(datum.label, ' (') + 1)]"
)


def _two_lines(title: str) -> list[str]:
    """'Compared with GGD Twente (region) (95% interval)' as two lines, split before its last
    parenthesis: a legend title as narrow as a phone's chart."""
    head, sep, tail = title.rpartition(" (")
    return [head, "(" + tail] if sep and head else [title]


# A legend under its chart, its lines cut (with '…') at the width a phone leaves beside the names.
LEGEND_LIMIT = 240


def bottom_legend(**kwargs) -> alt.Legend:
    """A legend of areas under its chart, in two columns: a phone's chart has room for two names
    side by side, not for a row of five (issue #15: 'Nede…' was cut off)."""
    return alt.Legend(orient="bottom", columns=2, labelLimit=LEGEND_LIMIT // 2, columnPadding=16, **kwargs)


def chart_title(text: str) -> alt.TitleParams:
    """A chart's title inside the chart's box: Streamlit's theme puts a title 26 px above the plot,
    which Vega leaves partly outside the box it sizes, where the top of the letters is cut off."""
    return alt.TitleParams(text, anchor="start", offset=6)


def _order(frame: pd.DataFrame) -> list[str]:
    """Names from highest to lowest value, missing values last (sorted by name)."""
    with_value = frame[frame["value"].notna()].sort_values(["value", "name"], ascending=[False, True])
    missing = frame[frame["value"].isna()].sort_values("name")
    return list(with_value["name"]) + list(missing["name"])


def _interval_text(low, high, indicator: Indicator, lang: str) -> str:
    if pd.isna(low) or pd.isna(high):
        return "–"
    return f"{format_number(low, indicator.decimals, lang)} – {format_number(high, indicator.decimals, lang)}"


def ranking_chart(
    frame: pd.DataFrame,
    indicator: Indicator,
    refs: pd.DataFrame,
    lang: str,
    reference_name: str | None = None,
    selected: str | None = None,
    title: str = "",
) -> alt.LayerChart:
    """``frame``: code, name, value, ci_low, ci_high and (optionally) significance, one row per
    municipality. ``refs``: code, name, value of the reference areas drawn as lines."""
    data = frame.copy()
    if "significance" not in data.columns:
        data["significance"] = None
    intervals = has_intervals(data)
    reference_name = reference_name or ""
    data["status"] = [
        status_label(s if intervals else None, reference_name, lang) if pd.notna(v) else t("no_data", lang)
        for s, v in zip(data["significance"], data["value"])
    ]
    data["status_short"] = [
        status_short(s if intervals and isinstance(s, str) else None, lang) if pd.notna(v) else t("no_data", lang)
        for s, v in zip(data["significance"], data["value"])
    ]
    data["value_text"] = [format_value(v, indicator, lang) for v in data["value"]]
    data["short_text"] = [format_number(v, indicator.decimals, lang) or "" for v in data["value"]]
    data["interval_text"] = [_interval_text(lo, hi, indicator, lang) for lo, hi in zip(data["ci_low"], data["ci_high"])]
    data["is_selected"] = data["code"] == selected
    order = _order(data)
    has_value = data[data["value"].notna()]
    missing = data[data["value"].isna()].assign(label=t("no_data", lang))

    y = alt.Y("name:N", sort=order, title=None, axis=alt.Axis(labelLimit=160, labelFontSize=13))
    tooltip = [
        alt.Tooltip("name:N", title=t("municipality", lang)),
        alt.Tooltip("value_text:N", title=t("col_value", lang)),
    ]
    if intervals:
        tooltip += [
            alt.Tooltip("interval_text:N", title=t("interval_95", lang)),
            alt.Tooltip("status:N", title=t("comparison", lang)),
        ]

    values_for_domain = list(has_value["value"]) + list(refs["value"] if len(refs) else [])
    if intervals:
        values_for_domain += list(has_value["ci_low"].dropna()) + list(has_value["ci_high"].dropna())
    x_title = indicator.unit(lang)
    x_scale = (
        (alt.Scale(zero=False, nice=True, padding=8) if intervals else alt.Scale(zero=True, nice=True))
        if values_for_domain
        else alt.Scale()
    )
    x = alt.X("value:Q", title=x_title, scale=x_scale)

    layers = []
    if data["is_selected"].any():
        layers.append(alt.Chart(data[data["is_selected"]]).mark_rect(color=HIGHLIGHT).encode(y=y))
    if intervals:
        colours = status_colours(indicator.direction)
        present = [
            k
            for k in ("higher", "lower", "similar", None)
            if status_label(k, reference_name, lang) in set(has_value["status"])
        ]
        # colour and shape of one field, with the same title and legend: Vega-Lite draws one legend whose
        # entries show the shape the chart draws (▲ higher, ▼ lower, ● no difference), not only the colour
        domain = [status_short(k, lang) for k in present]
        legend = alt.Legend(orient="bottom", direction="vertical", labelLimit=LEGEND_LIMIT, titleLimit=LEGEND_LIMIT)
        legend_title = _two_lines(t("comparison_with", lang, ref=reference_name))
        colour = alt.Color(
            "status_short:N",
            title=legend_title,
            scale=alt.Scale(domain=domain, range=[colours[k] for k in present]),
            legend=legend,
        )
        shape = alt.Shape(
            "status_short:N",
            title=legend_title,
            scale=alt.Scale(domain=domain, range=[SHAPES[k] for k in present]),
            legend=legend,
        )
        bars = (
            alt.Chart(has_value)
            .mark_rule(strokeWidth=2)
            .encode(
                y=y, x=alt.X("ci_low:Q", title=x_title, scale=x_scale), x2="ci_high:Q", color=colour, tooltip=tooltip
            )
        )
        points = (
            alt.Chart(has_value)
            .mark_point(filled=True, size=120, opacity=1)
            .encode(y=y, x=x, color=colour, shape=shape, tooltip=tooltip)
        )
        layers += [bars, points]
    else:
        bars = (
            alt.Chart(has_value)
            .mark_bar(height={"band": 0.7})
            .encode(
                y=y,
                x=x,
                tooltip=tooltip,
                color=alt.condition(alt.datum.is_selected, alt.value("#08519c"), alt.value("#6baed6")),
            )
        )
        labels = (
            alt.Chart(has_value)
            .mark_text(align="right", dx=-4, color="white", fontSize=11, fontWeight="bold")
            .encode(y=y, x=x, text="short_text:N")
        )
        layers += [bars, labels]

    if len(missing):
        layers.append(_label_at_axis(missing, y))
    if len(refs):
        ref_data = refs.assign(
            label=[
                capitalised(f"{n}: {format_value(v, indicator, lang, with_unit=False)}")
                for n, v in zip(refs["name"], refs["value"])
            ]
        )
        ref_data = ref_data.reset_index(drop=True)
        ref_data["dash"] = [
            [6, 3] if c == NETHERLANDS.code else [2, 2] if c == OVERIJSSEL.code else [1, 0] for c in ref_data["code"]
        ]
        rules = (
            alt.Chart(ref_data)
            .mark_rule(color=REFERENCE, strokeWidth=1.5)
            .encode(
                x=alt.X("value:Q", scale=x_scale),
                strokeDash=alt.StrokeDash("dash:N", legend=None, scale=None),
                tooltip=[alt.Tooltip("label:N", title=t("reference", lang))],
            )
        )
        labels = [
            alt.Chart(ref_data.iloc[[i]])
            # stacked above the plot by an offset of the mark (dy), which grows with its type size
            # (chartview's type_scale on a projector); a fixed y would let bigger labels overlap
            .mark_text(align="left", dx=3, dy=-8 - 14 * i, fontSize=11, color=REFERENCE)
            .encode(x=alt.X("value:Q", scale=x_scale), y=alt.value(0), text="label:N")
            for i in range(len(ref_data))
        ]
        layers += [rules, *labels]

    return _finish(alt.layer(*layers), title)


def change_chart(
    change: pd.DataFrame, indicator: Indicator, lang: str, start_label: str, end_label: str, title: str = ""
) -> alt.LayerChart:
    """``change``: code, name, start, end (with _low/_high) and change (up/down/similar/None),
    as from ``indicators.change_between`` plus a name column."""
    data = change.copy()
    both = data[data["start"].notna() & data["end"].notna()].copy()
    colours = status_colours(indicator.direction)
    key = {"up": "higher", "down": "lower", "similar": "similar", None: None}
    both["change_label"] = [change_label(c, lang) for c in both["change"]]
    present = [c for c in ("up", "down", "similar", None) if change_label(c, lang) in set(both["change_label"])]
    domain = [change_label(c, lang) for c in present]
    colour_range = [colours[key[c]] for c in present]
    # the legend's title names what it shows ('Change'); each entry says what it means, with what
    # 'clearly' rests on ('clearly up (intervals do not overlap)'): a second title line read as a title
    colour = alt.Color(
        "change_label:N",
        title=t("change_meaning", lang),
        scale=alt.Scale(domain=domain, range=colour_range),
        legend=alt.Legend(
            orient="bottom",
            direction="vertical",
            labelLimit=LEGEND_LIMIT,
            # the reason in brackets on a line of its own: the entry fits a phone's chart
            labelExpr=_REASON_ON_ITS_OWN_LINE,
            titleLimit=LEGEND_LIMIT,
            titleFontWeight="bold",
            symbolType="stroke",
            symbolStrokeWidth=3,
        )
        if present != [None]
        else None,
    )
    both["diff_text"] = [format_signed(d, indicator.decimals, lang) for d in both["difference"]]
    both["start_text"] = [format_value(v, indicator, lang) for v in both["start"]]
    both["end_text"] = [format_value(v, indicator, lang) for v in both["end"]]
    order = list(both.sort_values("end", ascending=False)["name"]) + sorted(
        data[~data["code"].isin(both["code"])]["name"]
    )
    y = alt.Y("name:N", sort=order, title=None, axis=alt.Axis(labelLimit=200, labelFontSize=13))
    tooltip = [
        alt.Tooltip("name:N", title=t("col_name", lang)),
        alt.Tooltip("start_text:N", title=start_label),
        alt.Tooltip("end_text:N", title=end_label),
        alt.Tooltip("diff_text:N", title=t("difference", lang)),
        alt.Tooltip("change_label:N", title=t("change_meaning", lang)),
    ]
    x_scale = alt.Scale(zero=False, nice=True, padding=8)
    line = (
        alt.Chart(both)
        .mark_rule(strokeWidth=3, opacity=0.7)
        .encode(
            y=y,
            x=alt.X("start:Q", scale=x_scale, title=indicator.unit(lang)),
            x2="end:Q",
            color=colour,
            tooltip=tooltip,
        )
    )
    long = pd.concat(
        [
            both.assign(year_label=start_label, value=both["start"]),
            both.assign(year_label=end_label, value=both["end"]),
        ]
    )
    points = (
        alt.Chart(long)
        .mark_point(size=110, opacity=1, strokeWidth=2)
        .encode(
            y=y,
            x=alt.X("value:Q", scale=x_scale, title=indicator.unit(lang)),
            shape=alt.Shape(
                "year_label:N",
                title=None,
                scale=alt.Scale(domain=[start_label, end_label], range=["circle", "diamond"]),
                legend=alt.Legend(orient="top"),
            ),
            fill=alt.Fill(
                "year_label:N",
                title=None,
                scale=alt.Scale(domain=[start_label, end_label], range=["white", "#222"]),
                legend=alt.Legend(orient="top"),
            ),  # same field, title and legend as shape: one merged legend, above the chart (the colours' below)
            color=alt.value("#222"),
            tooltip=tooltip,
        )
    )
    layers = [line, points]
    missing = data[~data["code"].isin(both["code"])].copy()
    missing["label"] = [
        t("no_data", lang) if pd.isna(a) and pd.isna(b) else t("chg_one_year", lang)
        for a, b in zip(missing["start"], missing["end"])
    ]
    if len(missing):
        layers.append(_label_at_axis(missing, y))
    return _finish(alt.layer(*layers).resolve_scale(color="independent"), title)


def _label_at_axis(rows: pd.DataFrame, y: alt.Y) -> alt.Chart:
    """The rows' 'label' (e.g. 'no data') in italics at the start of their line."""
    return (
        alt.Chart(rows)
        .mark_text(align="left", fontStyle="italic", color="#555", dx=4)
        .encode(y=y, x=alt.value(0), text="label:N")
    )


def _finish(chart: alt.LayerChart, title: str) -> alt.LayerChart:
    """One row of 28 px per area, the optional title, and the shared fonts."""
    chart = chart.properties(
        height=alt.Step(28), title=alt.TitleParams(title, anchor="start", fontSize=15) if title else ""
    )
    return (
        chart.configure_view(stroke=None)
        .configure_axis(labelFontSize=12, titleFontSize=12)
        .configure_legend(labelFontSize=12, titleFontSize=12)
    )


def scatter_chart(frame: pd.DataFrame, x_title: str, y_title: str, lang: str) -> alt.LayerChart:
    """``frame``: name, x, y (one row per municipality with both values): points labelled with
    the municipality's name, to compare an uploaded figure with a built-in indicator."""
    data = frame.dropna(subset=["x", "y"]).reset_index(drop=True)
    tooltip = [
        alt.Tooltip("name:N", title=t("municipality", lang)),
        alt.Tooltip("x:Q", title=x_title, format=",.2~f"),
        alt.Tooltip("y:Q", title=y_title, format=",.2~f"),
    ]
    x = alt.X("x:Q", title=x_title, scale=alt.Scale(zero=False, nice=True))
    y = alt.Y("y:Q", title=y_title, scale=alt.Scale(zero=False, nice=True))
    points = alt.Chart(data).mark_point(filled=True, size=90, color=FAVOURABLE).encode(x=x, y=y, tooltip=tooltip)
    labels = (
        alt.Chart(data)
        .mark_text(align="left", dx=7, dy=-4, fontSize=11, color=REFERENCE)
        .encode(x=x, y=y, text="name:N")
    )
    chart = alt.layer(points, labels).properties(height=380)
    return chart.configure_view(stroke=None).configure_axis(labelFontSize=12, titleFontSize=12)
