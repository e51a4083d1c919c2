"""The indicator catalogue and the computations on indicator values.

Everything the maps, charts and tables show goes through here: which indicators exist,
their titles, units, years and sources; the values of the 14 municipalities for one
indicator/year/group; reference values; ranking with 95 % intervals; index and growth.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from twente.data import parse_years
from twente.i18n import localized, t
from twente.registry import GGD_REGION, MUNICIPALITIES, MUNICIPALITY_CODES, REFERENCE_AREAS, TWENTE, area_name

# The catalogue names publishers in Dutch (a data text); this one has proper names in every language.
HEALTH_MONITOR_PUBLISHER = "GGD'en, CBS en RIVM (Gezondheidsmonitor Volwassenen en Ouderen)"


@dataclass(frozen=True)
class Indicator:
    id: str
    domain: str
    title_nl: str
    title_en: str
    unit_nl: str
    unit_en: str
    years_text: str
    publisher: str
    table_id: str
    licence: str
    direction: str
    decimals: int
    aggregate: str
    scale: str
    note_nl: str = ""
    note_en: str = ""
    compare: str = ""

    def title(self, lang: str) -> str:
        return localized(self, "title", lang)

    def unit(self, lang: str) -> str:
        return localized(self, "unit", lang)

    def note(self, lang: str) -> str:
        return localized(self, "note", lang)

    @property
    def years(self) -> list[int]:
        return parse_years(self.years_text)

    @property
    def compare_years(self) -> tuple[int, int] | None:
        """The first and last year whose values the catalogue calls comparable, if any."""
        years = parse_years(self.compare) if self.compare else []
        return (years[0], years[-1]) if len(years) >= 2 else None

    def publisher_name(self, lang: str) -> str:
        """The publisher as ``lang`` names it where the source is known; otherwise as the catalogue does."""
        if self.publisher == HEALTH_MONITOR_PUBLISHER:
            return t("publisher_health_monitor", lang)
        return self.publisher

    def source_line(self, lang: str) -> str:
        return t("source_line", lang, publisher=self.publisher_name(lang), table=self.table_id, licence=self.licence)


class Catalogue:
    def __init__(self, frame: pd.DataFrame):
        self.frame = frame
        fields = Indicator.__dataclass_fields__
        self._items = (
            {
                r["id"]: Indicator(
                    **{
                        ("years_text" if k == "years" else k): r[k]
                        for k in r.index
                        if (k if k != "years" else "years_text") in fields
                    }
                )
                for _, r in frame.iterrows()
            }
            if not frame.empty
            else {}
        )

    def __contains__(self, indicator_id: str) -> bool:
        return indicator_id in self._items

    def __getitem__(self, indicator_id: str) -> Indicator:
        return self._items[indicator_id]

    def __len__(self) -> int:
        return len(self._items)

    def ids(self, domain: str | None = None) -> list[str]:
        return [i for i, ind in self._items.items() if domain is None or ind.domain == domain]

    def all(self) -> list[Indicator]:
        return list(self._items.values())


# --------------------------------------------------------------------------- values


def years_with_data(values: pd.DataFrame, indicator: str) -> list[int]:
    rows = values[
        (values["indicator"] == indicator) & values["code"].isin(MUNICIPALITY_CODES) & values["value"].notna()
    ]
    return sorted(int(y) for y in rows["year"].unique())


def index_years_groups(values: pd.DataFrame) -> dict:
    """{indicator: {year: [groups]}} for the municipalities' non-missing values."""
    rows = values[values["code"].isin(MUNICIPALITY_CODES) & values["value"].notna()]
    order = {"": 0, "adults": 1, "adults_lt65": 2, "65+": 3}
    out: dict = {}
    for (indicator, year), g in rows.groupby(["indicator", "year"]):
        out.setdefault(indicator, {})[int(year)] = sorted(
            set(g["group"].fillna("")), key=lambda x: (order.get(x, 9), x)
        )
    return out


def group_label(values: pd.DataFrame, indicator: str, year: int, group: str) -> str:
    """The age group as the source writes it for that year (2016: '19+', 2020: '18+')."""
    rows = values[(values["indicator"] == indicator) & (values["year"] == year) & (values["group"] == group)]
    labels = rows["group_label"].dropna().unique()
    return str(labels[0]) if len(labels) else ""


def municipality_values(
    values: pd.DataFrame, indicator: str, year: int, group: str = "", lang: str = "nl"
) -> pd.DataFrame:
    """One row for each of the 14 municipalities (missing ones with NaN, never 0)."""
    rows = values[(values["indicator"] == indicator) & (values["year"] == year) & (values["group"] == group)]
    rows = rows.set_index("code")[["value", "ci_low", "ci_high"]]
    out = pd.DataFrame({"code": list(MUNICIPALITY_CODES), "name": [m.name for m in MUNICIPALITIES]})
    out = out.join(rows, on="code")
    return out.reset_index(drop=True)


def reference_value(values: pd.DataFrame, indicator: str, year: int, code: str, group: str = "") -> float | None:
    rows = values[
        (values["indicator"] == indicator)
        & (values["year"] == year)
        & (values["code"] == code)
        & (values["group"] == group)
    ]
    if rows.empty or pd.isna(rows["value"].iloc[0]):
        return None
    return float(rows["value"].iloc[0])


def reference_rows(values: pd.DataFrame, indicator: str, year: int, group: str = "", lang: str = "nl") -> pd.DataFrame:
    """The reference areas that have a value: Twente (sum), GGD region, Overijssel, NL."""
    view = values[
        (values["indicator"] == indicator)
        & (values["year"] == year)
        & (values["group"] == group)
        & values["value"].notna()
    ]
    view = view.drop_duplicates("code").set_index("code")
    rows = [
        {
            "code": code,
            "name": area_name(code, lang),
            "value": float(view.at[code, "value"]),
            "ci_low": view.at[code, "ci_low"],
            "ci_high": view.at[code, "ci_high"],
        }
        for code in (a.code for a in REFERENCE_AREAS)
        if code in view.index
    ]
    return pd.DataFrame(rows, columns=["code", "name", "value", "ci_low", "ci_high"])


def significance(ci_low: float, ci_high: float, reference: float | None) -> str | None:
    """'higher' when the whole 95 % interval lies above the reference, 'lower' when below,
    'similar' when the interval contains it; None when there is no interval or reference."""
    if reference is None or ci_low is None or ci_high is None or pd.isna(ci_low) or pd.isna(ci_high):
        return None
    if ci_low > reference:
        return "higher"
    if ci_high < reference:
        return "lower"
    return "similar"


SIGNIFICANCE_REFERENCES = (GGD_REGION.code, TWENTE.code)


def significance_reference(refs: pd.DataFrame) -> pd.Series | None:
    """The area municipalities are tested against: the GGD Twente region (the survey's
    own region estimate), else Twente; None when neither has a value."""
    for code in SIGNIFICANCE_REFERENCES:
        rows = refs[refs["code"] == code] if len(refs) else refs
        if len(rows):
            return rows.iloc[0]
    return None


def with_significance(frame: pd.DataFrame, reference: float | None) -> pd.DataFrame:
    """Add 'significance' (higher/lower/similar, or None without interval or reference)."""
    out = frame.copy()
    out["significance"] = [significance(lo, hi, reference) for lo, hi in zip(out["ci_low"], out["ci_high"])]
    return out


def split_by_significance(frame: pd.DataFrame) -> dict[str, list[str]]:
    """Municipality names per outcome (higher/lower/similar/untested/missing), each by name."""
    out: dict[str, list[str]] = {k: [] for k in ("higher", "lower", "similar", "untested", "missing")}
    for _, r in frame.sort_values("name").iterrows():
        if pd.isna(r["value"]):
            out["missing"].append(r["name"])
        else:
            status = r.get("significance")
            out[status if isinstance(status, str) else "untested"].append(r["name"])
    return out


def has_intervals(frame: pd.DataFrame) -> bool:
    return bool(frame["ci_low"].notna().any() and frame["ci_high"].notna().any())


def change_between(
    values: pd.DataFrame, indicator: str, start: int, end: int, group: str = "", codes: list[str] | None = None
) -> pd.DataFrame:
    """Per area: the value (and 95 % interval) in ``start`` and ``end``, the difference, and
    'change' = up/down when the two intervals do not overlap, 'similar' when they do, None
    without intervals or without both values. Non-overlap is a conservative test: a real
    change can hide behind overlapping intervals, but non-overlapping ones are not chance."""
    codes = list(codes or MUNICIPALITY_CODES)
    rows = values[(values["indicator"] == indicator) & (values["group"] == group) & values["code"].isin(codes)]
    out = pd.DataFrame({"code": codes})
    for label, year in (("start", start), ("end", end)):
        at = rows[rows["year"] == year].drop_duplicates("code").set_index("code")
        out[label] = out["code"].map(at["value"])
        out[f"{label}_low"] = out["code"].map(at["ci_low"])
        out[f"{label}_high"] = out["code"].map(at["ci_high"])
    out["difference"] = out["end"] - out["start"]
    bounds = out[["start", "end", "start_low", "start_high", "end_low", "end_high"]]
    complete = bounds.notna().all(axis=1)
    verdict = np.where(
        out["end_low"] > out["start_high"], "up", np.where(out["end_high"] < out["start_low"], "down", "similar")
    )
    out["change"] = pd.Series(verdict, index=out.index, dtype=object).where(complete, None)
    return out


def caveats(indicator: Indicator, year: int, group: str, comparing: tuple[int, int] | None = None) -> list[str]:
    """Keys of the survey caveats (see i18n) that apply to a view, by domain and year.

    - the 2020 health survey was fielded in the COVID-19 autumn;
    - the 2016 survey counts adults from 19, the 2020 survey from 18 (not for 65+).
    Caveats of one indicator (labour figures rounded to thousands) are its catalogue note."""
    years = set(comparing or ()) | {year}
    out = []
    if indicator.domain == "health":
        out.append("caveat_survey_interval")
        if 2020 in years:
            out.append("caveat_covid")
        if comparing and {2016, 2020} <= years and group != "65+":
            out.append("caveat_age_definition")
    return out


def ranked(frame: pd.DataFrame, direction: str) -> pd.DataFrame:
    """Municipalities sorted from best to worst (or high to low when neutral); missing last."""
    ascending = direction == "higher_worse"
    return frame.sort_values("value", ascending=ascending, na_position="last").reset_index(drop=True)


def area_table(values: pd.DataFrame, indicator_ids: list[str], codes: list[str], group: str = "") -> pd.DataFrame:
    """One row per code (in the order given), one column per indicator: each indicator's
    latest year with a value for that code. Missing stays NaN ('no data'), never 0."""
    rows = values[
        values["indicator"].isin(indicator_ids)
        & values["code"].isin(codes)
        & (values["group"] == group)
        & values["value"].notna()
    ]
    latest = rows.sort_values("year").drop_duplicates(["code", "indicator"], keep="last")
    table = latest.pivot(index="code", columns="indicator", values="value")
    return table.reindex(index=codes, columns=indicator_ids)


# --------------------------------------------------------------------------- series


def series(values: pd.DataFrame, indicator: str, codes: list[str], group: str = "") -> pd.DataFrame:
    rows = values[(values["indicator"] == indicator) & values["code"].isin(codes) & (values["group"] == group)]
    return rows[["code", "year", "value"]].sort_values(["code", "year"]).reset_index(drop=True)


def with_index(frame: pd.DataFrame, base_year: int | None = None) -> pd.DataFrame:
    """Add 'index' (value / value in the base year × 100) per code. The base year is each
    code's first year unless given; a code without a base value gets NaN, never 0."""
    out = frame.copy()

    def _index(g: pd.DataFrame) -> pd.Series:
        base_rows = g[g["year"] == (base_year if base_year is not None else g["year"].min())]
        base = base_rows["value"].iloc[0] if len(base_rows) else np.nan
        return g["value"] / base * 100 if base and not pd.isna(base) else pd.Series(np.nan, index=g.index)

    out["index"] = pd.concat([_index(g) for _, g in out.groupby("code", sort=False)]) if len(out) else []
    return out


def with_growth(frame: pd.DataFrame) -> pd.DataFrame:
    """Add 'growth_pct': change against the previous year in %, per code (NaN for the
    first year and wherever a year is missing)."""
    out = frame.sort_values(["code", "year"]).copy()
    prev_value = out.groupby("code")["value"].shift(1)
    prev_year = out.groupby("code")["year"].shift(1)
    growth = (out["value"] / prev_value - 1) * 100
    out["growth_pct"] = growth.where(prev_year == out["year"] - 1)
    return out


def growth_between(values: pd.DataFrame, indicator: str, start: int, end: int, codes: list[str]) -> pd.DataFrame:
    """Change from ``start`` to ``end`` in % and in absolute numbers, per code."""
    return growth_to_each(values, indicator, start, [end], codes).drop(columns="end_year")


def growth_to_each(values: pd.DataFrame, indicator: str, start: int, ends: list[int], codes: list[str]) -> pd.DataFrame:
    """``growth_between`` for several end years at once (one filter of the values):
    columns code, end_year, start, end, change, change_pct."""
    rows = values[(values["indicator"] == indicator) & values["code"].isin(codes) & (values["group"] == "")]
    wide = rows.drop_duplicates(["code", "year"]).pivot(index="code", columns="year", values="value").reindex(codes)
    base = wide[start] if start in wide.columns else pd.Series(np.nan, index=wide.index)
    parts = []
    for end in ends:
        last = wide[end] if end in wide.columns else pd.Series(np.nan, index=wide.index)
        parts.append(pd.DataFrame({"code": codes, "end_year": end, "start": base.to_numpy(), "end": last.to_numpy()}))
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=["code", "end_year", "start", "end"])
    out["change"] = out["end"] - out["start"]
    out["change_pct"] = (out["end"] / out["start"] - 1) * 100
    return out
