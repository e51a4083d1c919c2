"""Class breaks (mapclassify) and colours (ColorBrewer via branca) for choropleths.

Colours carry meaning: where higher is worse the top class is the warning colour, where
higher is better the top class is green, neutral indicators are blue, and indicators that
cross zero (growth, migration) get a diverging scheme centred on zero.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
from branca.utilities import color_brewer

NO_DATA_COLOUR = "#d9d9d9"
PALETTES = {"higher_worse": "OrRd", "higher_better": "YlGn", "neutral": "Blues", "diverging": "PuOr"}


@dataclass(frozen=True)
class Classes:
    """Upper bounds of each class (the last is the maximum) and one colour per class."""

    lower: float
    bounds: tuple[float, ...]
    colours: tuple[str, ...]

    def colour(self, value) -> str:
        if value is None or np.isnan(value):
            return NO_DATA_COLOUR
        for bound, colour in zip(self.bounds, self.colours):
            if value <= bound + 1e-9:
                return colour
        return self.colours[-1]

    def intervals(self) -> list[tuple[float, float, str]]:
        lows = (self.lower,) + self.bounds[:-1]
        return list(zip(lows, self.bounds, self.colours))


def class_breaks(values, k: int = 5) -> tuple[float, tuple[float, ...]]:
    """Fisher-Jenks natural breaks of the finite values (fewer classes when there are
    fewer distinct values). Pool several years' values to keep colours comparable."""
    import mapclassify  # imported here: it pulls in scikit-learn, which costs start-up time

    arr = np.asarray([v for v in values if v is not None and np.isfinite(v)], dtype=float)
    if arr.size == 0:
        return 0.0, ()
    distinct = np.unique(arr)
    k = max(1, min(k, distinct.size))
    if k == 1:
        return float(arr.min()), (float(arr.max()),)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Numba not installed": the pure Python path is fine for 14 values
        bins = mapclassify.FisherJenks(arr, k=k).bins
    return float(arr.min()), tuple(float(b) for b in bins)


def palette(direction: str, scale: str, n: int, lower: float = 0.0, upper: float = 0.0) -> tuple[str, ...]:
    if n <= 0:
        return ()
    if scale == "diverging" and lower < 0 < upper:
        name = PALETTES["diverging"]
    else:
        name = PALETTES.get(direction, PALETTES["neutral"])
    colours = color_brewer(name, max(n, 3))
    if n < 3:
        colours = [colours[0], colours[-1]][:n] if n == 2 else [colours[len(colours) // 2]]
    return tuple(colours[:n]) if len(colours) >= n else tuple(colours)


# ColorBrewer PuOr, 6 classes: orange for decline, purple for growth.
_DIVERGING = ("#b35806", "#f1a340", "#fee0b6", "#d8daeb", "#998ec3", "#542788")


def classify(values, direction: str = "neutral", scale: str = "sequential", k: int = 5) -> Classes:
    finite = [float(v) for v in values if v is not None and np.isfinite(v)]
    if scale == "diverging" and finite and min(finite) < 0 < max(finite):
        # Zero is always a class boundary, so decline and growth never share a colour.
        neg_low, neg = class_breaks([v for v in finite if v < 0], 3)
        _, pos = class_breaks([v for v in finite if v >= 0], 3)
        neg = neg[:-1] + (0.0,)
        colours = _DIVERGING[3 - len(neg) : 3] + _DIVERGING[3 : 3 + len(pos)]
        return Classes(neg_low, neg + pos, colours)
    lower, bounds = class_breaks(finite, k)
    return Classes(lower, bounds, palette(direction, scale, len(bounds), lower, bounds[-1] if bounds else 0.0))
