"""The wijken (districts) of the 14 municipalities: CBS key figures per wijk, read and checked.

``twente_data/districts/district_key_figures.csv`` is long form (one row per wijk, year and
indicator) with CBS's published value; an empty cell is a value CBS does not publish (secret,
too few observations): it stays NaN and is shown as 'no data', never 0.
``district_indicators.csv`` names each indicator in Dutch and English, with its decimals, whether
it is a count (``aggregate = sum``: drawn as circles, not coloured areas) and its direction.
Dinkelland and Tubbergen redrew their wijken in 2024: they have 2024 rows only."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from twente import config
from twente.csvio import Column, Schema, read_table
from twente.data import DIRECTIONS
from twente.i18n import localized, t
from twente.loading import Loaded
from twente.problems import DataFileError, Problem
from twente.registry import MUNICIPALITY_CODES

VALUES_FILE = "districts/district_key_figures.csv"
CATALOGUE_FILE = "districts/district_indicators.csv"
# The CBS tables behind each year (see twente_data/districts/SOURCES.md).
TABLES = {2024: "85984NED + Wijk- en Buurtkaart 2024 (PDOK)", 2023: "85618NED"}

VALUES_SCHEMA = Schema(
    columns=(
        Column("code", not_empty=True),
        Column("name", not_empty=True),
        Column("municipality_code", "code", not_empty=True),
        Column("year", "year", not_empty=True),
        Column("indicator", not_empty=True),
        Column("cbs_variable", required=False),
        Column("value", "number"),
        Column("unit", required=False),
    ),
    key=("code", "year", "indicator"),
    value_columns=("value",),
)
CATALOGUE_SCHEMA = Schema(
    columns=(
        Column("id", not_empty=True),
        Column("title_nl", not_empty=True),
        Column("title_en", not_empty=True),
        Column("unit_nl", not_empty=True),
        Column("unit_en", not_empty=True),
        Column("decimals", "number", not_empty=True),
        Column("aggregate", "choice", not_empty=True, choices=frozenset({"sum", "none"})),
        Column("direction", "choice", not_empty=True, choices=DIRECTIONS),
    ),
    key=("id",),
    value_columns=("title_nl", "title_en"),
)


@dataclass(frozen=True)
class DistrictIndicator:
    id: str
    title_nl: str
    title_en: str
    unit_nl: str
    unit_en: str
    decimals: int
    aggregate: str
    direction: str
    scale: str = "sequential"

    def title(self, lang: str) -> str:
        return localized(self, "title", lang)

    def unit(self, lang: str) -> str:
        return localized(self, "unit", lang)

    @property
    def is_count(self) -> bool:
        return self.aggregate == "sum"


def _read(relative: str, schema: Schema, codes=None) -> Loaded:
    try:
        frame, problems = read_table(config.data_dir() / relative, schema, codes)
    except DataFileError as exc:
        return Loaded(pd.DataFrame(columns=["_row"] + [c.name for c in schema.columns]), exc.problems)
    return Loaded(frame, problems)


def load_catalogue() -> tuple[dict[str, DistrictIndicator], list[Problem]]:
    loaded = _read(CATALOGUE_FILE, CATALOGUE_SCHEMA)
    items = {
        r["id"]: DistrictIndicator(
            r["id"],
            r["title_nl"],
            r["title_en"],
            r["unit_nl"],
            r["unit_en"],
            int(r["decimals"]),
            r["aggregate"],
            r["direction"],
        )
        for _, r in loaded.frame.iterrows()
    }
    return items, loaded.problems


def load_values(catalogue: dict[str, DistrictIndicator]) -> Loaded:
    """All district values; rows of an indicator the catalogue does not name are reported and left out."""
    loaded = _read(VALUES_FILE, VALUES_SCHEMA, frozenset(MUNICIPALITY_CODES))
    frame, problems = loaded.frame, list(loaded.problems)
    if frame.empty:
        return loaded
    name = config.display_path(config.data_dir() / VALUES_FILE)
    unknown = ~frame["indicator"].isin(list(catalogue))
    for indicator, rows in frame[unknown].groupby("indicator"):
        problems.append(
            Problem(
                name,
                "not_in_catalogue",
                row=int(rows["_row"].min()),
                column="indicator",
                severity="warning",
                params={"value": indicator},
            )
        )
    frame = frame[~unknown].copy()
    frame["year"] = frame["year"].astype(int)
    frame["value"] = pd.to_numeric(frame["value"], errors="coerce")
    return Loaded(frame.reset_index(drop=True), problems)


def years(frame: pd.DataFrame, municipality: str | None = None) -> list[int]:
    """Years with rows (newest first), for one municipality or all of Twente."""
    rows = frame if municipality is None else frame[frame["municipality_code"] == municipality]
    return sorted({int(y) for y in rows["year"].unique()}, reverse=True)


def indicators_in(frame: pd.DataFrame, year: int, catalogue: dict[str, DistrictIndicator]) -> list[str]:
    """The indicators that year has, in the catalogue's order."""
    present = set(frame.loc[frame["year"] == year, "indicator"])
    return [i for i in catalogue if i in present]


def district_values(frame: pd.DataFrame, year: int, indicator: str, municipality: str | None = None) -> pd.DataFrame:
    """One row per wijk that has a row for this year (code, name, municipality_code, value);
    a wijk whose value CBS does not publish keeps NaN."""
    rows = frame[(frame["year"] == year) & (frame["indicator"] == indicator)]
    if municipality is not None:
        rows = rows[rows["municipality_code"] == municipality]
    return rows[["code", "name", "municipality_code", "value"]].sort_values("code").reset_index(drop=True)


def source_line(year: int, lang: str) -> str:
    table = TABLES.get(year, "")
    return t("district_source", lang, year=year, table=table)
