"""Offline search in the shipped gazetteer: place names (GeoNames) and four-digit
postcodes. No outside geocoding service is asked anything.

Case- and accent-insensitive, prefix matches while typing, small typos tolerated
(rapidfuzz, by edit distance), six-character postcodes reduced to their four digits, and 'did you mean'
suggestions instead of an error."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import pandas as pd
from rapidfuzz import fuzz, process

from twente.registry import area_name

_POSTCODE = re.compile(r"^\s*(\d{4})\s*([a-zA-Z]{2})?\s*$")


def normalise(text: str) -> str:
    """'  Ootmarsum ' -> 'ootmarsum'; 'Glanerbrug!' -> 'glanerbrug'; accents removed."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = re.sub(r"[^a-z0-9]+", " ", plain)
    return re.sub(r"\s+", " ", plain).strip()


@dataclass(frozen=True)
class Location:
    label: str
    lat: float
    lon: float
    kind: str  # place | postcode | map
    municipality_code: str = ""

    def describe(self, lang: str = "nl") -> str:
        gm = area_name(self.municipality_code, lang) if self.municipality_code else ""
        return f"{self.label} ({gm})" if gm and gm != self.label else self.label


@dataclass(frozen=True)
class SearchResult:
    query: str
    location: Location | None
    suggestions: tuple[Location, ...] = ()
    how: str = ""  # exact | prefix | fuzzy | postcode | none


class Gazetteer:
    def __init__(self, places: pd.DataFrame, postcodes: pd.DataFrame):
        self.places = (
            [
                Location(r["name"], float(r["latitude"]), float(r["longitude"]), "place", r["municipality_code"])
                for _, r in places.iterrows()
            ]
            if len(places)
            else []
        )
        # woonplaats (postal place) before kern, so 'Haarle' lists the postal places first
        order = (
            {name: i for i, name in enumerate(places.sort_values("kind", ascending=False)["name"])}
            if len(places)
            else {}
        )
        self.places.sort(key=lambda loc: (order.get(loc.label, 0), loc.label))
        self.keys = [normalise(loc.label) for loc in self.places]
        self.postcodes: dict[str, list[Location]] = {}
        for _, r in postcodes.iterrows() if len(postcodes) else []:
            pc = str(r["pc4"]).strip()
            if not re.fullmatch(r"\d{4}", pc):  # the loader rejects these; never let one break a search
                continue
            place = str(r.get("place") or "")
            self.postcodes.setdefault(pc, []).append(
                Location(
                    f"{pc} {place}".strip(),
                    float(r["latitude"]),
                    float(r["longitude"]),
                    "postcode",
                    r["municipality_code"],
                )
            )

    def search(self, query: str, limit: int = 5) -> SearchResult:
        query = (query or "")[:80]
        match = _POSTCODE.match(query)
        if match:
            pc = match.group(1)
            found = self.postcodes.get(pc)
            if found:
                return SearchResult(query, found[0], tuple(found[1:]), "postcode")
            near = sorted(self.postcodes, key=lambda p: abs(int(p) - int(pc)))[:limit]
            return SearchResult(query, None, tuple(self.postcodes[p][0] for p in near), "none")
        key = normalise(query)
        if not key:
            return SearchResult(query, None, (), "none")
        exact = [loc for loc, k in zip(self.places, self.keys) if k == key]
        if exact:
            return SearchResult(query, exact[0], tuple(exact[1:limit]), "exact")
        prefix = [loc for loc, k in zip(self.places, self.keys) if k.startswith(key)]
        if prefix and len(key) >= 2:
            return SearchResult(query, prefix[0], tuple(prefix[1:limit]), "prefix")
        scored = self._closest(key, limit)
        suggestions = tuple(self.places[i] for _, i in scored)
        best = scored[0] if scored else None
        if best and best[0] >= 88 and abs(len(self.keys[best[1]]) - len(key)) <= 2:
            return SearchResult(query, self.places[best[1]], suggestions[1:], "fuzzy")
        return SearchResult(query, None, suggestions, "none")

    def _closest(self, key: str, limit: int) -> list[tuple[float, int]]:
        """(similarity, index) of the names most like ``key``, most alike first.

        Similarity is the edit-distance ratio of the whole name (a typo changes a letter or
        two of the name meant); WRatio, which scores a name by its best-matching part, made
        'haaksbergn' suggest Rhaan and Haarle before Haaksbergen. Ties go to the name of
        the closest length."""
        scored = process.extract(key, self.keys, scorer=fuzz.ratio, limit=limit * 4, score_cutoff=60)
        ranked = sorted(
            scored, key=lambda s: (-round(s[1], 6), abs(len(s[0]) - len(key)), -fuzz.WRatio(key, s[0]), s[2])
        )
        return [(score, i) for _, score, i in ranked[:limit]]

    def names(self) -> list[str]:
        return sorted({loc.label for loc in self.places})
