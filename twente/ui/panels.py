"""Panels around the map: headline figures, municipality key figures, the view's table."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from twente.formatting import capitalised, format_number, format_value, indicator_title
from twente.i18n import in_sentence, t
from twente.indicators import (
    Catalogue,
    Indicator,
    ranked,
    significance,
    significance_reference,
)
from twente.registry import MUNICIPALITY_CODES, TWENTE, area_name
from twente.text import escape_markdown
from twente.ui import common, nav

KEY_FIGURES = (
    "population",
    "population_density",
    "total_area",
    "households",
    "average_household_size",
    "share_65_plus",
    "avg_disposable_income_household",
    "net_labour_participation",
    "unemployment_rate",
)


def headline(values: pd.DataFrame, catalogue: Catalogue, parks, lang: str) -> None:
    """Inhabitants of Twente (sum of the 14), number of municipalities, number of parks."""
    from twente.ui import chartview

    year, total, count = chartview.view(("headline",), lambda: _headline_figures(values))
    c1, c2, c3 = st.container(key="headline").columns(3)  # kept in one row on a phone (nav.SCREEN_CSS)
    if year is not None:
        shown = format_number(total, 0, lang) if total is not None and pd.notna(total) else t("no_data", lang)
        c1.metric(
            t("inhabitants", lang) + f" ({t('jan1', lang, year=year)})",
            shown,
            help=t("inhabitants_help", lang, year=year),
        )
        c2.metric(t("municipalities", lang), count)
        source = catalogue["population"].source_line(lang) if "population" in catalogue else ""
    else:
        c1.metric(t("inhabitants", lang), t("no_data", lang))
        c2.metric(t("municipalities", lang), len(MUNICIPALITY_CODES))
        source = ""
    c3.metric(t("parks", lang), len(parks.frame) if parks.ok else t("no_data", lang), help=t("parks_help", lang))
    common.source_caption(f"{source} · {t('parks', lang)}: Recreatieschap Twente, Natuurmonumenten, zwemwater.nl")


def _headline_figures(values: pd.DataFrame) -> tuple[int | None, float | None, int]:
    """(the latest year of the 14's population, Twente's population then, how many of the 14 have it),
    once per loaded data (``chartview.view``); (None, None, 0) without population figures."""
    pop = (
        values[
            (values["indicator"] == "population") & values["code"].isin(MUNICIPALITY_CODES) & values["value"].notna()
        ]
        if len(values)
        else values
    )
    if not len(pop):
        return None, None, 0
    year = int(pop["year"].max())
    latest = pop[pop["year"] == year]
    total = values[(values["indicator"] == "population") & (values["code"] == TWENTE.code) & (values["year"] == year)][
        "value"
    ]
    return year, (total.iloc[0] if len(total) else None), int(latest["code"].nunique())


def view_title(pick, lang: str) -> str:
    """'Title (unit, group), year', each word and year once (``formatting.indicator_title``)."""
    group = in_sentence(t("group_" + pick.group, lang), lang) if pick.group else ""
    label = pick.group_label if pick.group else ""
    return indicator_title(pick.indicator.title(lang), pick.indicator.unit(lang), pick.year, group, label)


def source_line(indicator: Indicator, lang: str) -> None:
    note = indicator.note(lang)
    common.source_caption(indicator.source_line(lang) + (f" · {note}" if note else ""))


def municipality_chooser(frame: pd.DataFrame, lang: str, key: str) -> str:
    """The municipality to highlight, kept in ?gemeente= (a code; "" is none)."""
    options = [""] + list(frame["code"])
    names = dict(zip(frame["code"], frame["name"]))
    return common.url_chooser(
        st.selectbox,
        t("choose_municipality", lang),
        "gemeente",
        options,
        "",
        key,
        format_func=lambda c: names.get(c, "") if c else t("none_selected", lang),
    )


def municipality_panel(
    code: str | None,
    pick,
    frame: pd.DataFrame,
    refs: pd.DataFrame,
    values: pd.DataFrame,
    catalogue: Catalogue,
    lang: str,
) -> None:
    """Key figures of one municipality; ``refs`` are the view's reference values (see reference_rows).
    ``frame`` and ``refs`` are a cached view's (``compare.view_for``): the panel's texts are worked
    out once per view, municipality and language (``chartview.view``). It answers a click on the
    map, and picking its figures out of all the data took longer than the rest of that run."""
    if not code:
        st.info(t("select_prompt", lang))
        return
    from twente.ui import chartview

    texts = chartview.view(
        ("municipality_panel", pick.indicator.id, pick.year, pick.group, lang, code),
        lambda: _panel_texts(code, pick, frame, refs, values, catalogue, lang),
    )
    st.subheader(texts["heading"])
    nav.profile_link(code, lang)
    st.metric(texts["label"], texts["value"])
    for caption in texts["captions"]:
        st.caption(caption)
    st.markdown(f"**{t('key_figures', lang)}**")
    st.markdown(texts["key_figures"])
    common.source_caption(t("source_cbs", lang))


def _panel_texts(
    code: str, pick, frame: pd.DataFrame, refs: pd.DataFrame, values: pd.DataFrame, catalogue: Catalogue, lang: str
) -> dict:
    """What ``municipality_panel`` shows, as text: heading, metric, captions, key-figure table."""
    row = frame[frame["code"] == code].iloc[0]
    order = ranked(frame, pick.indicator.direction)
    with_value = order[order["value"].notna()]
    position = with_value.index[with_value["code"] == code]
    unit = pick.indicator.unit(lang)
    short = unit.startswith("%")  # '% van de volwassenen': the unit goes in the label, the value stays readable
    label = escape_markdown(f"{pick.indicator.title(lang)} ({unit + ', ' if short else ''}{pick.year})")
    value = escape_markdown(  # the unit is data-file text
        (format_number(row["value"], pick.indicator.decimals, lang) or t("no_data", lang))
        + ("%" if short and pd.notna(row["value"]) else "")
        if short
        else format_value(row["value"], pick.indicator, lang)
    )
    captions = []
    reference = significance_reference(refs) if len(refs) else None
    if pd.notna(row["ci_low"]) and pd.notna(row["value"]) and reference is not None:
        # Survey estimates: say how the interval lies against the region, not a rank.
        from twente.charts import status_label

        status = (
            row["significance"]
            if "significance" in row.index
            else significance(row["ci_low"], row["ci_high"], float(reference["value"]))
        )
        status = status if isinstance(status, str) else None
        captions.append(
            f"{t('interval_95', lang)} {format_number(row['ci_low'], pick.indicator.decimals, lang)}–"
            f"{format_number(row['ci_high'], pick.indicator.decimals, lang)}: "
            f"{status_label(status, reference['name'], lang)}"
        )
    elif len(position) and pick.indicator.direction != "neutral":
        captions.append(
            f"{t('rank', lang)}: {t('rank_of', lang, rank=int(position[0]) + 1, n=len(with_value))} "
            + t("rank_scale", lang)
        )
    if len(refs):
        captions.append(
            escape_markdown(
                " · ".join(f"{r['name']}: {format_value(r['value'], pick.indicator, lang)}" for _, r in refs.iterrows())
            )
        )

    lines = []
    mine = values[(values["code"] == code) & (values["group"] == "") & values["value"].notna()]
    for ind_id in KEY_FIGURES:
        if ind_id not in catalogue:
            continue
        ind = catalogue[ind_id]
        rows = mine[mine["indicator"] == ind_id]
        if rows.empty:
            lines.append((ind.title(lang), t("no_data", lang), ""))
            continue
        latest = rows.loc[rows["year"].idxmax()]
        lines.append((ind.title(lang), format_value(latest["value"], ind, lang), str(int(latest["year"]))))
    # A Markdown table (an HTML table), not st.dataframe: the panel answers a click on the map,
    # and the grid's 1.3 MB of script held that answer back on a page's first click (issue #16).
    header = tuple(capitalised(h) for h in (t("indicator", lang), t("col_value", lang), t("col_year", lang)))
    rows = [tuple(escape_markdown(c) for c in line) for line in [header, *lines]]
    rows.insert(1, ("---", "---:", "---:"))
    table = "\n".join("| " + " | ".join(row) + " |" for row in rows)
    return {
        "heading": area_name(code, lang),
        "label": label,
        "value": value,
        "captions": tuple(captions),
        "key_figures": table,
    }


def table_for(
    frame: pd.DataFrame, pick, refs: pd.DataFrame, lang: str, key: str, reference_name: str = "", lazy: bool = True
) -> None:
    """The figures behind the map: municipalities and reference areas, as shown; with the
    comparison against the region where ``frame`` has a 'significance' column. Shown only
    while its section is open (``lazy``, see ``common.table_and_download``). ``frame`` and
    ``refs`` are a cached view's (``compare.view_for``): the table is built once per view."""
    from twente.ui import chartview

    out = chartview.view(
        ("table_for", pick.indicator.id, pick.year, pick.group, lang, reference_name),
        lambda: _table(frame, pick, refs, lang, reference_name),
    )
    from twente.exports import Meta

    meta = Meta(view_title(pick, lang), str(pick.year), pick.indicator.source_line(lang))
    common.table_and_download(
        out,
        f"twente_{pick.indicator.id}_{pick.year}{'_' + pick.group if pick.group else ''}.csv",
        lang,
        key=f"{key}_download",
        meta=meta,
        lazy=lazy,
    )


def _table(frame: pd.DataFrame, pick, refs: pd.DataFrame, lang: str, reference_name: str) -> pd.DataFrame:
    both = pd.concat([frame, refs], ignore_index=True)
    out = pd.DataFrame(
        {
            t("col_code", lang): both["code"],
            t("col_name", lang): [area_name(c, lang) for c in both["code"]],
            t("col_year", lang): pick.year,
            t("col_value", lang): both["value"].round(pick.indicator.decimals),
            t("col_unit", lang): pick.indicator.unit(lang),
        }
    )
    if both["ci_low"].notna().any():
        out[t("col_ci_low", lang)] = both["ci_low"]
        out[t("col_ci_high", lang)] = both["ci_high"]
    if "significance" in both.columns and reference_name and both["ci_low"].notna().any():
        from twente.charts import status_label

        out[t("comparison_with", lang, ref=reference_name)] = [
            status_label(s if isinstance(s, str) else None, reference_name, lang) if c in MUNICIPALITY_CODES else ""
            for c, s in zip(both["code"], both["significance"])
        ]
    if pick.group:
        out[t("age_group", lang)] = pick.group_label
    out[t("col_source", lang)] = pick.indicator.source_line(lang)
    return out
