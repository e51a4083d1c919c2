"""The presenter's storyboard: one row per slide in ``twente_data/storyboard.csv``.

Each slide names a view as it would appear in a link to the app (``/gezondheid?indicator=...``).
Loading checks every row against the declared schema and every view against the pages and the
data: a broken slide (a missing field, a bad slide number, an unknown page, indicator, year or
municipality) is reported with its row and slide number and left out; the other slides still run.

The view link is parsed here with ``twente.state``'s validators, not with the pages' widgets, so
a slide does not depend on how a page keeps its state. Nothing here imports Streamlit."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from twente import config
from twente.csvio import Column, Schema, read_table
from twente.problems import DataFileError, Problem
from twente.registry import MUNICIPALITY_CODES

FILE = "storyboard.csv"
SCHEMA = Schema(
    columns=(
        Column("slide"),
        Column("title_nl"),
        Column("title_en"),
        Column("title_de"),
        Column("view"),
        Column("text_nl"),
        Column("text_en"),
        Column("text_de"),
    ),
)
TEXT_FIELDS = ("title_nl", "title_en", "title_de", "view", "text_nl", "text_en", "text_de")
LANGS = ("nl", "en", "de")
MAX_SLIDES = 99
# What ``parse_view`` can say is wrong with a view (the message is "problem_" + kind in twente.i18n).
VIEW_PROBLEMS = (
    "slide_bad_link",
    "slide_unknown_page",
    "slide_unknown_param",
    "slide_unknown_indicator",
    "slide_bad_value",
)

# Pages a slide can show (the URL path, as in twente.ui.nav.PAGES) and the indicator domains
# each one offers; the parks and population pages have views of their own.
INDICATOR_PAGES = {"": ("population", "health", "living"), "gezondheid": ("health",), "leefomgeving": ("living",)}
DEFAULT_INDICATOR = {"": "population", "gezondheid": "overweight_bmi_ge_25", "leefomgeving": "net_labour_participation"}
SLIDE_PAGES = ("", "bevolking", "gezondheid", "leefomgeving", "parken")
POPULATION_MODES = ("absolute", "index", "growth")
POPULATION_REFS = ("TWENTE", "NL01")
DEFAULT_AREAS = ("GM0153", "GM0164", "GM0141")
# Parameters a view may carry that a slide ignores (the language and basemap are the presenter's).
IGNORED = frozenset({"lang", "kaart", "domein", "dia", "contrast"})
KNOWN = {
    "": {"indicator", "jaar", "groep", "gemeente"},
    "gezondheid": {"indicator", "jaar", "groep", "gemeente"},
    "leefomgeving": {"indicator", "jaar", "groep", "gemeente"},
    "bevolking": {"weergave", "gemeenten", "ref", "van", "tot"},
    "parken": {"plaats", "postcode"},
}


@dataclass(frozen=True)
class View:
    """What a slide shows. ``kind``: 'indicator' (a page's map and ranking), 'trend' or 'growth'
    (population), 'parks'."""

    page: str
    kind: str
    indicator: str | None = None
    year: int | None = None
    group: str = ""
    municipality: str | None = None
    mode: str = "index"
    areas: tuple[str, ...] = DEFAULT_AREAS
    refs: tuple[str, ...] = POPULATION_REFS
    start: int | None = None
    end: int | None = None


@dataclass
class Slide:
    number: int
    row: int
    titles: dict[str, str]
    link: str
    texts: dict[str, str]
    view: View

    def title(self, lang: str) -> str:
        """The title in ``lang`` (nl, en, de); Dutch for any other language."""
        return self.titles.get(lang) or self.titles["nl"]

    def text(self, lang: str) -> str:
        return self.texts.get(lang) or self.texts["nl"]


@dataclass
class Storyboard:
    slides: list[Slide] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _one(query: dict, name: str) -> str | None:
    values = query.get(name)
    return values[-1].strip() if values else None


def parse_view(
    link: str, index: dict, domains: dict[str, str], population_years: list[int]
) -> tuple[View | None, str, dict]:
    """The view a link shows, or ``(None, problem kind, params)`` when it cannot be shown.

    ``index`` is ``{indicator: {year: [groups]}}`` (twente.indicators.index_years_groups),
    ``domains`` maps each indicator to its domain, ``population_years`` are the years with
    population figures. Values are checked strictly: a slide names what it shows, so a typo
    is an error here, where a visitor's link would fall back to the default."""
    from twente import state

    parts = urlsplit(link.strip())
    if parts.scheme or parts.netloc or not link.strip().startswith("/"):
        return None, "slide_bad_link", {"value": link}
    page = parts.path.strip("/")
    if page not in SLIDE_PAGES:
        return None, "slide_unknown_page", {"value": "/" + page}
    query = parse_qs(parts.query, keep_blank_values=True)
    unknown = sorted(set(query) - KNOWN[page] - IGNORED)
    if unknown:
        return None, "slide_unknown_param", {"value": ", ".join(unknown)}
    params = {k: _one(query, k) for k in query}

    def bad(name: str) -> tuple[None, str, dict]:
        return None, "slide_bad_value", {"name": name, "value": params.get(name) or ""}

    if page in INDICATOR_PAGES:
        allowed = [i for i in index if domains.get(i) in INDICATOR_PAGES[page]]
        indicator = state.choice(params, "indicator", allowed, DEFAULT_INDICATOR[page], case_insensitive=False)
        if params.get("indicator") and indicator != params["indicator"]:
            return None, "slide_unknown_indicator", {"value": params["indicator"]}
        if indicator not in index:
            return None, "slide_unknown_indicator", {"value": indicator}
        years = sorted(index[indicator])
        year = state.integer(params, "jaar", years, years[-1])
        if params.get("jaar") and year != _int(params["jaar"]):
            return bad("jaar")
        groups = index[indicator][year]
        group = state.choice(params, "groep", groups, groups[0] if groups else "", case_insensitive=False)
        if params.get("groep") and group != params["groep"]:
            return bad("groep")
        municipality = state.choice(params, "gemeente", MUNICIPALITY_CODES, None)
        if params.get("gemeente") and municipality is None:
            return bad("gemeente")
        return View(page, "indicator", indicator, year, group or "", municipality), "", {}
    if page == "bevolking":
        if not population_years:
            return None, "slide_unknown_indicator", {"value": "population"}
        mode = state.choice(params, "weergave", POPULATION_MODES, "index")
        if params.get("weergave") and params["weergave"].lower() != mode:
            return bad("weergave")
        areas = state.many(params, "gemeenten", MUNICIPALITY_CODES, list(DEFAULT_AREAS))
        refs = state.many(params, "ref", POPULATION_REFS, list(POPULATION_REFS))
        if "van" in params or "tot" in params:
            start = state.integer(params, "van", population_years[:-1], population_years[0])
            if params.get("van") and start != _int(params["van"]):
                return bad("van")
            ends = [y for y in population_years if y > start]
            end = state.integer(params, "tot", ends, ends[-1])
            if params.get("tot") and end != _int(params["tot"]):
                return bad("tot")
            return View(page, "growth", "population", start=start, end=end), "", {}
        return View(page, "trend", "population", mode=mode, areas=tuple(areas), refs=tuple(refs)), "", {}
    return View(page, "parks"), "", {}


def _int(text: str) -> int | None:
    return int(text) if text.strip().isdigit() and len(text.strip()) <= 6 else None


def load(index: dict, domains: dict[str, str], population_years: list[int]) -> Storyboard:
    """Read and check the storyboard; see ``parse_view`` for the arguments."""
    path = config.data_dir() / FILE
    try:
        frame, problems = read_table(path, SCHEMA)
    except DataFileError as exc:
        return Storyboard([], exc.problems)
    name = config.display_path(path)
    board = Storyboard([], list(problems))
    seen: dict[int, int] = {}
    for _, r in frame.iterrows():
        row = int(r["_row"])
        r = {k: (v.strip() if isinstance(v, str) else "") for k, v in r.items() if k != "_row"}
        raw_number = r["slide"]
        number = _int(raw_number)
        if number is None or not 1 <= number <= MAX_SLIDES:
            board.problems.append(
                Problem(
                    name, "slide_bad_number", row=row, column="slide", params={"value": raw_number, "max": MAX_SLIDES}
                )
            )
            continue
        if number in seen:
            board.problems.append(
                Problem(
                    name, "slide_duplicate", row=row, column="slide", params={"slide": number, "first": seen[number]}
                )
            )
            continue
        seen[number] = row
        empty = [c for c in TEXT_FIELDS if not r[c]]
        if empty:
            board.problems.append(
                Problem(
                    name,
                    "slide_missing_field",
                    row=row,
                    column=empty[0],
                    params={"slide": number, "fields": ", ".join(empty)},
                )
            )
            continue
        view, kind, params = parse_view(r["view"], index, domains, population_years)
        if view is None:
            board.problems.append(Problem(name, kind, row=row, column="view", params={"slide": number, **params}))
            continue
        titles = {lang: r[f"title_{lang}"] for lang in LANGS}
        texts = {lang: r[f"text_{lang}"] for lang in LANGS}
        board.slides.append(Slide(number, row, titles, r["view"], texts, view))
    board.slides.sort(key=lambda s: s.number)
    return board


def slide_position(raw, count: int) -> int | None:
    """The 1-based slide a ``?dia=`` value asks for, or None when it is not one of ``count``."""
    from twente import state

    return state.integer({"dia": raw}, "dia", range(1, count + 1), None) if count else None
