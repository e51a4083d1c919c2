"""Reading one data file against its declared schema: the rows that could be used and the
problems found on the way, each naming the file, the row and the column."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from twente import config
from twente.csvio import Schema, read_table
from twente.problems import DataFileError, Problem


@dataclass
class Loaded:
    """A loaded dataset: the usable rows, and what was wrong on the way."""

    frame: pd.DataFrame
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.frame.empty


def display_name(relative: str) -> str:
    """A data file as problems name it: 'twente_data/population/population_by_year.csv'."""
    return config.display_path(config.data_dir() / relative)


def read(relative: str, schema: Schema, codes=None) -> Loaded:
    """``twente_data/relative`` read against ``schema`` (``codes``: the area codes allowed)."""
    path = config.data_dir() / relative
    try:
        frame, problems = read_table(path, schema, codes)
    except DataFileError as exc:
        return Loaded(pd.DataFrame(columns=["_row"] + [c.name for c in schema.columns]), exc.problems)
    return Loaded(frame, problems)
