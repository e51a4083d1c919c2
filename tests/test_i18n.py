"""The translation table: every text the code asks for exists in every language, every
text in the table is asked for, and a missing text fails loudly.

Keys are found in the source, not in the table: ``t("key", ...)`` literals (also both
branches of ``t("a" if x else "b")``), dynamic families such as ``t("fac_" + f)`` whose
allowed suffixes are declared below from the data schemas and registries, and the few
calls whose key is a variable, declared with the keys they can receive."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from twente import data, datafiles, formatting, indicators, maps, places, registry, storyboard, upload
from twente.i18n import LANGS, NUMBER_MARKS, TEXT, data_language, in_sentence, localized, t

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted([ROOT / "dashboard.py"] + list((ROOT / "pages").glob("*.py")) + list((ROOT / "twente").rglob("*.py")))


def _trees() -> dict[Path, ast.AST]:
    return {path: ast.parse(path.read_text(encoding="utf-8"), filename=str(path)) for path in SOURCES}


def _page_list(page: str, name: str) -> set[str]:
    """The literal list assigned to ``name`` in a page script."""
    [path] = [p for p in SOURCES if p.name == page and p.parent.name == "pages"]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assign) and any(isinstance(x, ast.Name) and x.id == name for x in node.targets):
            return set(ast.literal_eval(node.value))
    raise AssertionError(f"no list {name} in {path}")


def _constants_or_branches(node: ast.AST) -> set[str]:
    """The strings an expression can be: a literal, or both branches of ``a if x else b``."""
    if isinstance(node, ast.IfExp):
        return _constants_or_branches(node.body) | _constants_or_branches(node.orelse)
    return {node.value} if isinstance(node, ast.Constant) and isinstance(node.value, str) else set()


def _problem_kinds(trees: dict[Path, ast.AST]) -> set[str]:
    """Every kind a Problem is created with: ``Problem(file, "kind", ...)``, and in csvio the
    cell checks' ``("kind", {params})`` results and ``ValueError("kind")`` from number parsing."""
    kinds, dynamic = set(), []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Problem":
                arg = node.args[1] if len(node.args) > 1 else next(k.value for k in node.keywords if k.arg == "kind")
                if isinstance(arg, ast.Constant):
                    kinds.add(arg.value)
                else:
                    dynamic.append((path.name, ast.unparse(arg)))
            if path.name == "csvio.py":
                if (
                    isinstance(node, ast.Tuple)
                    and len(node.elts) == 2
                    and isinstance(node.elts[1], ast.Dict)
                    and isinstance(node.elts[0], ast.Constant)
                ):
                    kinds.add(node.elts[0].value)
                if (
                    isinstance(node, ast.Raise)
                    and isinstance(node.exc, ast.Call)
                    and getattr(node.exc.func, "id", "") == "ValueError"
                ):
                    kinds |= _constants_or_branches(node.exc.args[0])
    # The kinds that are not literals: csvio passes on the kind its cell check returned (collected above);
    # its quote errors choose between two literal kinds (declared here); the storyboard passes on what
    # parse_view found, one of storyboard.VIEW_PROBLEMS.
    assert dynamic == [("csvio.py", "error[0]"), ("csvio.py", "kind"), ("storyboard.py", "kind")], (
        f"Problem kinds that this test cannot see: {dynamic}"
    )
    return kinds | {"unclosed_quote", "bad_quote"} | set(storyboard.VIEW_PROBLEMS)


def _significance_outcomes() -> set[str]:
    return {indicators.significance(1, 2, 0), indicators.significance(-2, -1, 0), indicators.significance(-1, 1, 0)}


def _dynamic(trees) -> dict[str, set[str]]:
    """Key prefix -> the suffixes the code can add, from the schemas and registries."""
    qualifier = next(c for c in places.RECREATION_FACTS_SCHEMA.columns if c.name == "qualifier")
    return {
        "domain_": set(data.DOMAINS),
        "group_": set(data.AGE_GROUPS.values()),
        "fac_": set(places.FACILITIES),
        "qualifier_": set(qualifier.choices) - {"exactly"},  # 'exactly' is shown without a word
        "basemap_": set(maps.BASEMAPS),
        "area_": {a.code for a in registry.REFERENCE_AREAS},
        "mode_": _page_list("bevolking.py", "modes"),
        "kind_": {"park", "nature"},  # twente.nearest.Destination.kind
        "sig_": _significance_outcomes(),
        "summary_": {"higher", "lower"},  # ui/compare.py names only these two groups
        "chg_": {"up", "down", "similar"},  # indicators.change_between's verdicts
        "problem_": _problem_kinds(trees),
        "page_": {page for pages in datafiles.USED_BY.values() for page in pages},  # common.file_status
        # the own-data page (twente/ui/upload.py): report counts, row statuses, what higher means
        "upload_count_": {"matched", "ambiguous", "outside", "unmatched"},
        "upload_status_": {"matched", "ambiguous", "outside", "unmatched", "empty"},
        "upload_dir_": set(upload.DIRECTIONS),
        "upload_figures_": set(upload.KINDS),
    }


def _caveat_keys() -> set[str]:
    health = indicators.Indicator(
        "x", "health", "", "", "", "", "2016;2020", "", "", "", "neutral", 0, "none", "sequential"
    )
    keys = set()
    for year in (2016, 2020):
        for group in ("adults", "65+"):
            for comparing in (None, (2016, 2020)):
                keys |= set(indicators.caveats(health, year, group, comparing))
    return keys


def _indirect() -> dict[tuple[str, str], set[str]]:
    """Calls whose key is a variable: (file, argument as written) -> the keys it can be."""
    from twente.ui import nav, recreation

    return {
        ("mapview.py", "hint"): {"map_hint", "map_hint_compare"},  # default and compare.py's argument
        ("mapview.py", "k"): {
            "operator",
            "municipality",
            "area",
            "offers",
            "location",
            "approximate",
            "approximate_short",
        },  # park_labels
        ("bevolking.py", "heading"): {"pop_households", "pop_change"},
        ("nav.py", "entry.title_key"): {p.title_key for p in nav.PAGES},
        ("nav.py", "group_key"): {p.group_key for p in nav.PAGES},
        ("compare.py", "k"): _caveat_keys(),
        ("recreation.py", "DIRECTIVES[p['directive']]"): set(recreation.DIRECTIVES.values()),
    }


def _prefix(node: ast.AST) -> str | None:
    """'fac_' for ``"fac_" + f`` and ``f"fac_{f}"``; None when the key does not start with a literal."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and isinstance(node.left, ast.Constant):
        return node.left.value
    if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
        return node.values[0].value
    return None


def _keys_in_code():
    """(literal keys, dynamic prefixes, indirect call sites, every string constant) in the code."""
    literal, prefixes, indirect, constants = set(), set(), set(), set()
    for path, tree in _trees().items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
            is_t = isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "t"
            if not (is_t and node.args):
                continue
            todo = [node.args[0]]
            while todo:
                arg = todo.pop()
                if isinstance(arg, ast.IfExp):
                    todo += [arg.body, arg.orelse]
                elif isinstance(arg, ast.Constant):
                    literal.add(arg.value)
                elif _prefix(arg) is not None:
                    prefixes.add(_prefix(arg))
                else:
                    indirect.add((path.name, ast.unparse(arg)))
    return literal, prefixes, indirect, constants


def _fields(text: str) -> frozenset[str]:
    return frozenset(f for _, f, _, _ in string.Formatter().parse(text) if f is not None)


def test_every_text_exists_in_every_language_with_the_same_placeholders():
    assert set(NUMBER_MARKS) == set(LANGS)
    for key, texts in TEXT.items():
        assert set(texts) == set(LANGS), f"{key}: languages {sorted(texts)}, expected {LANGS}"
        assert all(isinstance(v, str) and v.strip() for v in texts.values()), f"{key}: empty text"
        assert len({_fields(v) for v in texts.values()}) == 1, f"{key}: placeholders differ between languages"


def test_a_missing_text_fails():
    assert t("app_title", "en") == "Twente in figures"
    assert t("rank_of", "nl", rank=3, n=14) == "3 van 14"
    with pytest.raises(KeyError, match="no_such_key"):
        t("no_such_key", "nl")
    with pytest.raises(KeyError, match="'xx'"):
        t("app_title", "xx")


def test_german_is_a_language_with_dutch_number_marks():
    assert "de" in LANGS and t("app_title", "de") == "Twente in Zahlen"
    assert formatting.format_number(1234.5, 1, "de") == "1.234,5"
    assert formatting.format_number(643603, 0, "de") == "643.603"


def test_data_texts_without_a_german_column_are_shown_in_dutch():
    """The data files have nl/en columns only: German reads the Dutch one, from a dataclass,
    a row, a frame and a mapping alike; a language with its own column keeps it."""
    import pandas as pd

    population = indicators.Catalogue(data.load_catalogue().frame)["population"]
    assert population.title("de") == population.title_nl == "Inwoners op 1 januari"
    assert population.title("en") == "Inhabitants on 1 January"
    frame = pd.DataFrame({"label_nl": ["bezoekers"], "label_en": ["visitors"]})
    assert localized(frame, "label", "de").tolist() == ["bezoekers"]
    assert localized(frame.iloc[0], "label", "de") == "bezoekers"
    assert localized({"label_nl": "bezoekers", "label_en": "visitors"}, "label", "en") == "visitors"
    assert data_language("de") == "nl" and data_language("en") == "en" and data_language("nl") == "nl"
    with pytest.raises(KeyError):
        localized(frame, "unit", "de")


def test_every_key_the_code_uses_exists():
    literal, prefixes, indirect, _ = _keys_in_code()
    dynamic, declared = _dynamic(_trees()), _indirect()
    assert literal <= set(TEXT), f"keys used but not in the table: {sorted(literal - set(TEXT))}"
    assert prefixes <= set(dynamic), f"dynamic keys without declared suffixes: {sorted(prefixes - set(dynamic))}"
    assert indirect <= set(declared), f"keys from variables this test does not know: {sorted(indirect - set(declared))}"
    missing = sorted(p + s for p, suffixes in dynamic.items() for s in suffixes if p + s not in TEXT)
    missing += sorted(k for keys in declared.values() for k in keys if k not in TEXT)
    assert not missing, f"keys the code can ask for that are not in the table: {missing}"


def test_every_key_in_the_table_is_used():
    literal, prefixes, indirect, constants = _keys_in_code()
    dynamic, declared = _dynamic(_trees()), _indirect()
    assert set(dynamic) <= prefixes, f"declared dynamic families no code uses: {sorted(set(dynamic) - prefixes)}"
    assert set(declared) <= indirect, f"declared call sites that no longer exist: {sorted(set(declared) - indirect)}"
    used = literal | {p + s for p, suffixes in dynamic.items() for s in suffixes}
    # a key passed through a variable must still be written somewhere in the code
    used |= {k for keys in declared.values() for k in keys if k in constants}
    assert not set(TEXT) - used, f"keys in the table that no code uses: {sorted(set(TEXT) - used)}"


def test_a_park_description_says_it_is_in_english_on_other_pages():
    """parks.csv describes the parks in English only: the popup's label says so where the page is not English."""
    from twente.ui.mapview import park_labels

    assert park_labels("en")["offers"] == "What it offers"
    assert park_labels("de")["offers"] == "Angebot (auf Englisch)"
    assert park_labels("nl")["offers"] == "Wat is er (in het Engels)"


def test_inside_a_sentence_german_nouns_keep_their_capital():
    assert in_sentence(t("group_adults", "nl"), "nl") == "volwassenen"
    assert in_sentence(t("group_adults", "en"), "en") == "adults"
    assert in_sentence(t("group_adults", "de"), "de") == "Erwachsene"
