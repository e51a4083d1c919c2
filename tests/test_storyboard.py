"""The storyboard: every shipped slide runs; a broken row is reported by row and slide and the rest still run."""

import csv
import re

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT
from twente import storyboard
from twente.indicators import index_years_groups

HEADER = ["slide", "title_nl", "title_en", "title_de", "view", "text_nl", "text_en", "text_de"]


def load(values, catalogue):
    index = index_years_groups(values)
    domains = {i: catalogue[i].domain for i in catalogue.ids()}
    return storyboard.load(index, domains, sorted(index["population"]))


def write(folder, rows):
    """Rows written as [slide, title_nl, title_en, view, text_nl, text_en]; German texts added
    ('Titel N (de)', 'Text (de)') unless a row already has all eight fields."""

    def full(row):
        if len(row) == len(HEADER):
            return row
        return [*row[:3], row[2] and f"{row[2]} (de)", row[3], *row[4:6], row[5] and "Text (de)"]

    with open(folder / "twente_data" / storyboard.FILE, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([HEADER] + [full(r) for r in rows])


def good(n, view="/?indicator=population"):
    return [str(n), f"Titel {n}", f"Title {n}", view, "tekst", "text"]


def test_shipped_storyboard_is_valid_and_tells_the_story(values, catalogue):
    board = load(values, catalogue)
    assert board.problems == []
    assert len(board.slides) >= 6
    pages = {s.view.page for s in board.slides}
    assert {"", "bevolking", "gezondheid", "leefomgeving", "parken"} <= pages
    assert any(s.view.municipality for s in board.slides), "one slide is about one municipality"


NUMBER = {  # a figure as each language writes it: 643.603 / 643,603; 12,5 / 12.5
    "nl": (r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", ".", ","),
    "de": (r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", ".", ","),
    "en": (r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", ",", "."),
}


def figures(text: str, lang: str) -> list[float]:
    pattern, thousands, decimal = NUMBER[lang]
    text = re.sub(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", r"\1-\2-\3", text)  # a German date, 1.1.2025
    found = re.findall(rf"(?<![\d.,])(?:{pattern})(?![\d])", text)
    return sorted(float(n.replace(thousands, "").replace(decimal, ".")) for n in found)


def shipped_rows():
    with open(ROOT / "twente_data" / storyboard.FILE, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_every_language_quotes_the_same_figures():
    """The German (and English) text is a translation: the same figures as the Dutch, no new ones."""
    for r in shipped_rows():
        for field in ("title", "text"):
            dutch = figures(r[f"{field}_nl"], "nl")
            for lang in ("en", "de"):
                assert figures(r[f"{field}_{lang}"], lang) == dutch, (r["slide"], field, lang)


def test_shipped_figures_are_in_the_data(values):
    """Every figure a slide quotes is in the shipped data: a value (as the app rounds it), a
    population growth between two years it has, a recreation figure, a year, or the 14
    municipalities. Nothing else."""
    from twente import places
    from twente.registry import MUNICIPALITY_CODES

    known = set()
    for decimals in (0, 1, 2):
        known |= set(values["value"].dropna().abs().round(decimals))
    population = values[(values["indicator"] == "population") & (values["group"] == "")]
    by_code = population.pivot_table(index="code", columns="year", values="value")
    for start in by_code.columns:
        for end in by_code.columns:
            if end > start:
                known |= set((100 * (by_code[end] / by_code[start] - 1)).dropna().abs().round(1))
    facts = places.load_recreation_facts().frame["value"]
    known |= set(facts) | set((facts / 1_000_000).round(1))
    years = set(values["year"].astype(float))
    quoted = [(r["slide"], n) for r in shipped_rows() for n in figures(r["text_nl"] + " " + r["title_nl"], "nl")]
    assert len(quoted) > 30, "the story quotes figures"
    counts = {float(len(MUNICIPALITY_CODES)), 1.0}  # the 14 municipalities; '1' in the date 1-1-2025
    stray = [(slide, n) for slide, n in quoted if n not in known and n not in years and n not in counts]
    assert stray == [], stray


@pytest.mark.parametrize(
    "row, kind",
    [
        (["2", "", "Title", "/?indicator=population", "tekst", "text"], "slide_missing_field"),
        (["3", "T", "T", "/?indicator=no_such_thing", "t", "t"], "slide_unknown_indicator"),
        (["4", "T", "T", "/nietbestaand?jaar=2020", "t", "t"], "slide_unknown_page"),
        (["5", "T", "T", "/bronnen", "t", "t"], "slide_unknown_page"),
        (["zes", "T", "T", "/", "t", "t"], "slide_bad_number"),
        (["0", "T", "T", "/", "t", "t"], "slide_bad_number"),
        (["1", "T", "T", "/", "t", "t"], "slide_duplicate"),
        (["7", "T", "T", "/gezondheid?jaar=1999", "t", "t"], "slide_bad_value"),
        (["8", "T", "T", "/?gemeente=GM9999", "t", "t"], "slide_bad_value"),
        (["9", "T", "T", "/?onzin=1", "t", "t"], "slide_unknown_param"),
        (["10", "T", "T", "https://example.org/", "t", "t"], "slide_bad_link"),
        (["11", "T", "T", "/gezondheid?indicator=population", "t", "t"], "slide_unknown_indicator"),
    ],
)
def test_a_broken_row_is_reported_and_the_others_still_run(project_copy, values, catalogue, row, kind):
    write(project_copy, [good(1), row, good(12, "/parken")])
    board = load(values, catalogue)
    assert [s.number for s in board.slides] == [1, 12]
    [problem] = board.problems
    assert problem.kind == kind and problem.row == 3
    assert "storyboard.csv" in problem.text("nl") and "3" in problem.text("nl")


def test_views_are_read_as_the_pages_read_them(values, catalogue):
    index = index_years_groups(values)
    domains = {i: catalogue[i].domain for i in catalogue.ids()}
    years = sorted(index["population"])
    view, _, _ = storyboard.parse_view(
        "/gezondheid?indicator=overweight_bmi_ge_25&jaar=2020&groep=65%2B&gemeente=GM0153", index, domains, years
    )
    assert (view.indicator, view.year, view.group, view.municipality) == ("overweight_bmi_ge_25", 2020, "65+", "GM0153")
    view, _, _ = storyboard.parse_view("/bevolking?weergave=growth&van=2015&tot=2025", index, domains, years)
    assert (view.kind, view.start, view.end) == ("growth", 2015, 2025)
    view, _, _ = storyboard.parse_view("/?indicator=population", index, domains, years)
    assert (view.kind, view.year) == ("indicator", max(index["population"]))


def test_missing_storyboard_file_is_a_message_not_a_crash(project_copy, values, catalogue):
    (project_copy / "twente_data" / storyboard.FILE).unlink()
    board = load(values, catalogue)
    assert board.slides == [] and board.problems[0].kind == "missing_file"


@pytest.mark.parametrize(
    "raw, count, expected",
    [("3", 7, 3), ("0", 7, None), ("8", 7, None), ("x", 7, None), (None, 7, None), ("-1", 7, None), ("1", 0, None)],
)
def test_slide_position(raw, count, expected):
    assert storyboard.slide_position(raw, count) == expected


@pytest.mark.parametrize("lang", ["nl", "en", "de"])
def test_presenter_steps_through_every_shipped_slide(values, catalogue, lang):
    board = load(values, catalogue)
    at = AppTest.from_file(str(ROOT / "pages" / "presentatie.py"), default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    for n, slide in enumerate(board.slides, start=1):
        assert not at.exception, (n, at.exception)
        assert at.title[0].value == slide.title(lang)
        dia = at.query_params.get("dia")
        assert (dia in (str(n), [str(n)])) if n > 1 else not dia, (n, dia)
        at.button(key="dia_next").click().run()
    assert at.title[0].value == board.slides[-1].title(lang), "the last slide stays"
    at.button(key="dia_prev_page").click().run()
    assert at.title[0].value == board.slides[-2].title(lang)


def test_presenter_reports_a_broken_slide_and_shows_the_rest(project_copy):
    write(project_copy, [good(1), ["2", "T", "T", "/nergens", "t", "t"], good(3, "/parken")])
    at = AppTest.from_file(str(ROOT / "pages" / "presentatie.py"), default_timeout=60)
    at.query_params["dia"] = "2"
    at.run()
    assert not at.exception
    assert at.title[0].value == "Titel 3", "two slides are left; ?dia=2 is the second of them"
    alerts = " ".join(h.proto.body for h in at.get("html"))
    assert "dia 2" in alerts and "/nergens" in alerts
