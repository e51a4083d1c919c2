"""One municipality against Twente, the Netherlands and the other 13: the figures of its profile page.

``key_figures`` gives, for every catalogue indicator, the municipality's latest value, the
region's (Twente = the sum of the 14 for counts; the GGD Twente region for survey estimates)
and the Netherlands' where the source has them, the difference, and the rank among the 14.
Survey estimates carry 95 % intervals: a rank is only given where the municipality's interval
lies wholly above or below the region's value; otherwise the table says there is no clear
difference instead of claiming a place. Counts (``aggregate = sum``) are not compared by
difference with a total: their share of Twente is given instead. Missing stays missing."""

from __future__ import annotations

import numpy as np
import pandas as pd

from twente.indicators import Catalogue, significance
from twente.registry import MUNICIPALITIES, MUNICIPALITY_CODES

REGION_CODES = ("TWENTE", "GGD_TWENTE")
COLUMNS = [
    "indicator",
    "domain",
    "year",
    "group",
    "group_label",
    "value",
    "ci_low",
    "ci_high",
    "region_code",
    "region",
    "nl",
    "difference_region",
    "versus_region",
    "share_of_region",
    "difference_nl",
    "versus_nl",
    "rank",
    "ranked",
]


def _group_order(groups) -> list[str]:
    order = {"": 0, "adults": 1, "adults_lt65": 2, "65+": 3}
    return sorted(set(groups), key=lambda g: (order.get(g, 9), g))


def _versus(value: float, reference: float | None) -> str | None:
    if reference is None or pd.isna(reference) or pd.isna(value):
        return None
    return "higher" if value > reference else "lower" if value < reference else "equal"


def _at(rows: pd.DataFrame, code: str) -> pd.Series | None:
    hit = rows[(rows["code"] == code) & rows["value"].notna()]
    return hit.iloc[0] if len(hit) else None


def rank_of(values: pd.Series, code: str) -> tuple[int | None, int]:
    """Place of ``code`` among the municipalities with a value, 1 = highest (ties share the
    best place), and how many have a value. ``values`` is indexed by code."""
    present = values.dropna()
    if code not in present.index:
        return None, len(present)
    return int((present > present[code]).sum()) + 1, len(present)


def key_figures(values: pd.DataFrame, catalogue: Catalogue, code: str) -> pd.DataFrame:
    """One row per catalogue indicator the municipality has a value for (see the module doc)."""
    mine = values[(values["code"] == code) & values["value"].notna()]
    rows = []
    for indicator in catalogue.all():
        own = mine[mine["indicator"] == indicator.id]
        if own.empty:
            continue
        group = _group_order(own["group"])[0]
        own = own[own["group"] == group]
        year = int(own["year"].max())
        me = own[own["year"] == year].iloc[0]
        view = values[(values["indicator"] == indicator.id) & (values["year"] == year) & (values["group"] == group)]
        region = next((r for c in REGION_CODES if (r := _at(view, c)) is not None), None)
        nl = _at(view, "NL01")
        region_value = None if region is None else float(region["value"])
        nl_value = None if nl is None else float(nl["value"])
        value = float(me["value"])
        counts = indicator.aggregate == "sum"
        has_interval = pd.notna(me["ci_low"]) and pd.notna(me["ci_high"])
        if has_interval:
            versus_region = significance(me["ci_low"], me["ci_high"], region_value)
            versus_nl = significance(me["ci_low"], me["ci_high"], nl_value)
        else:
            versus_region = None if counts else _versus(value, region_value)
            versus_nl = None if counts else _versus(value, nl_value)
        municipal = view[view["code"].isin(MUNICIPALITY_CODES)].drop_duplicates("code").set_index("code")["value"]
        rank, ranked = rank_of(municipal, code)
        if has_interval and versus_region not in ("higher", "lower"):
            rank = None  # the interval overlaps the region's value: no place is claimed
        rows.append(
            {
                "indicator": indicator.id,
                "domain": indicator.domain,
                "year": year,
                "group": group,
                "group_label": me.get("group_label", "") or "",
                "value": value,
                "ci_low": me["ci_low"],
                "ci_high": me["ci_high"],
                "region_code": None if region is None else region["code"],
                "region": region_value,
                "nl": nl_value,
                "difference_region": None if counts or region_value is None else value - region_value,
                "versus_region": versus_region,
                # A share of the Twente total only for positive totals (not for growth or net migration).
                "share_of_region": value / region_value * 100
                if counts and region_value and region_value > 0 and value >= 0
                else None,
                "difference_nl": None if counts or nl_value is None else value - nl_value,
                "versus_nl": versus_nl,
                "rank": rank,
                "ranked": ranked,
            }
        )
    out = pd.DataFrame(rows, columns=COLUMNS)
    return out.astype({"rank": "Int64"})


def population_trend(values: pd.DataFrame, code: str) -> pd.DataFrame:
    """Inhabitants on 1 January per year (year, value), without missing years filled in."""
    rows = values[
        (values["indicator"] == "population")
        & (values["code"] == code)
        & (values["group"] == "")
        & values["value"].notna()
    ]
    return rows[["year", "value"]].drop_duplicates("year").sort_values("year").reset_index(drop=True)


def _age_start(group: str) -> int:
    digits = "".join(ch if ch.isdigit() else " " for ch in group).split()
    return int(digits[0]) if digits else 999


def age_structure(age_sex: pd.DataFrame, code: str) -> pd.DataFrame:
    """The municipality's age groups in the latest year that has them (sex 'total'), with the
    share of each in the sum of the groups, for the municipality, Twente (the 14 summed) and
    the Netherlands where the file has that year. Columns: area, age_group, start, population, share."""
    rows = age_sex[(age_sex["sex"] == "total") & (age_sex["age_group"] != "total") & age_sex["population"].notna()]
    own = rows[rows["code"] == code]
    if own.empty:
        return pd.DataFrame(columns=["area", "age_group", "start", "population", "share"])
    year = int(own["year"].max())
    at_year = rows[rows["year"] == year]
    groups = list(own[own["year"] == year]["age_group"])
    parts = {code: at_year[at_year["code"] == code]}
    munis = at_year[at_year["code"].isin(MUNICIPALITY_CODES) & at_year["age_group"].isin(groups)]
    if munis.groupby("age_group")["code"].nunique().eq(len(MUNICIPALITIES)).all():
        parts["TWENTE"] = munis.groupby("age_group", as_index=False)["population"].sum()
    nl = at_year[at_year["code"] == "NL01"]
    if set(groups) <= set(nl["age_group"]):
        parts["NL01"] = nl
    out = []
    for area, frame in parts.items():
        frame = frame[frame["age_group"].isin(groups)]
        total = frame["population"].sum()
        for _, r in frame.iterrows():
            out.append(
                {
                    "area": area,
                    "age_group": r["age_group"],
                    "start": _age_start(r["age_group"]),
                    "population": float(r["population"]),
                    "share": float(r["population"]) / total * 100 if total else np.nan,
                }
            )
    result = pd.DataFrame(out).sort_values(["area", "start"]).reset_index(drop=True)
    result.attrs["year"] = year
    return result


def neighbours_in_order(code: str) -> tuple[str, str]:
    """The previous and next municipality in alphabetical order (wrapping around)."""
    order = [m.code for m in sorted(MUNICIPALITIES, key=lambda m: m.name)]
    i = order.index(code)
    return order[i - 1], order[(i + 1) % len(order)]
