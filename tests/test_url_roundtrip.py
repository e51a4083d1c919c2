"""Every view is a link: state -> URL -> a fresh AppTest from that URL -> the same state.
Also the defects of issue #10: the year change that dropped the indicator, the language
switch that reset the choosers, and parameters that make no sense staying in the URL."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent


def run(page: str, **params) -> AppTest:
    at = AppTest.from_file(str(ROOT / page), default_timeout=60)
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


def url(at: AppTest) -> dict[str, str]:
    """The URL as the browser would show it: one text per parameter. For a widget bound with
    bind="query-params" the browser, not the script, writes the URL (its formatted value, left
    out when it is the default); AppTest has no browser, so this does what the browser does.
    The browser tests (test_url_state.py) check the real thing."""
    out = {}
    for k, v in at.query_params.items():
        out[k] = v[-1] if isinstance(v, list) else v
    for kind in ("selectbox", "select_slider", "text_input", "toggle"):
        for w in getattr(at, kind):
            name = getattr(w.proto, "query_param_key", "")
            if not name:
                continue
            if kind == "selectbox":
                shown, default = w.format_func(w.value), w.proto.options[w.proto.default]
            elif kind == "select_slider":
                shown, default = w.format_func(w.value), w.proto.options[int(w.proto.default[0])]
            elif kind == "toggle":
                shown, default = str(w.value).lower(), str(w.proto.default).lower()
            else:
                shown, default = w.value, w.proto.default
            if shown == default:
                out.pop(name, None)
            else:
                out[name] = shown
    return out


def reopen(at: AppTest, page: str) -> AppTest:
    assert not at.exception, at.exception
    return run(page, **url(at))


def values(at: AppTest, keys: list[str]) -> dict:
    out = {}
    for key in keys:
        for kind in ("selectbox", "multiselect", "radio", "select_slider", "text_input", "toggle"):
            found = [w for w in getattr(at, kind) if w.key == key]
            if found:
                out[key] = found[0].value
                break
        else:
            out[key] = "<missing>"
    return out


def test_changing_the_year_keeps_the_indicator_in_the_url():
    at = run("pages/gezondheid.py")
    at.selectbox(key="hl_indicator").select("obesity_bmi_ge_30").run()
    at = reopen(at, "pages/gezondheid.py")  # a fresh session opened from the link
    assert at.selectbox(key="hl_indicator").value == "obesity_bmi_ge_30"
    at.selectbox(key="jaar").select(2016).run()
    assert url(at).get("indicator") == "obesity_bmi_ge_30", url(at)
    assert url(at).get("jaar") == "2016", url(at)
    again = reopen(at, "pages/gezondheid.py")
    assert (again.selectbox(key="hl_indicator").value, again.selectbox(key="jaar").value) == ("obesity_bmi_ge_30", 2016)


def test_the_language_switch_keeps_every_chooser():
    at = run("dashboard.py")
    at.selectbox(key="ov_domain").select("health").run()
    at.selectbox(key="ov_indicator").select("obesity_bmi_ge_30").run()
    at.selectbox(key="ov_group").select("65+").run()
    at.selectbox(key="jaar").select(2016).run()
    at.selectbox(key="ov_selected").select("GM0153").run()
    keys = ["ov_domain", "ov_indicator", "jaar", "ov_group", "ov_selected"]
    before = values(at, keys)
    assert before == {
        "ov_domain": "health",
        "ov_indicator": "obesity_bmi_ge_30",
        "jaar": 2016,
        "ov_group": "65+",
        "ov_selected": "GM0153",
    }
    at.segmented_control(key="lang_switch").set_value("en").run()
    assert at.title[0].value == "Twente in figures"
    assert values(at, keys) == before
    at.segmented_control(key="lang_switch").set_value("nl").run()
    assert at.title[0].value == "Twente in cijfers"
    assert values(at, keys) == before
    assert values(reopen(at, "dashboard.py"), keys) == before


@pytest.mark.parametrize(
    "page, keys, actions",
    [
        (
            "dashboard.py",
            ["ov_domain", "ov_indicator", "jaar", "ov_group", "ov_selected", "basemap"],
            [
                ("selectbox", "ov_domain", "living"),
                ("selectbox", "ov_indicator", "avg_disposable_income_household"),
                ("selectbox", "ov_selected", "GM0164"),
                ("selectbox", "basemap", "none"),
            ],
        ),
        (
            "pages/gezondheid.py",
            ["hl_indicator", "jaar", "hl_group", "hl_selected"],
            [
                ("selectbox", "hl_indicator", "obesity_bmi_ge_30"),
                ("selectbox", "hl_group", "65+"),
                ("selectbox", "hl_selected", "GM1735"),
                ("selectbox", "jaar", 2016),
            ],
        ),
        (
            "pages/leefomgeving.py",
            ["lv_indicator", "jaar", "lv_selected"],
            [("selectbox", "lv_selected", "GM0141"), ("selectbox", "jaar", 2019)],
        ),
        (
            "pages/bevolking.py",
            ["pop_mode", "pop_areas", "pop_refs", "van", "tot"],
            [
                ("radio", "pop_mode", "growth"),
                ("multiselect", "pop_areas", ["GM0183", "GM1774"]),
                ("multiselect", "pop_refs", ["NL01"]),
                ("selectbox", "van", 2015),
                ("select_slider", "tot", 2020),
            ],
        ),
        ("pages/parken.py", ["plaats", "natuur"], [("text_input", "plaats", "Delden"), ("toggle", "natuur", False)]),
    ],
)
def test_state_url_state_round_trip(page, keys, actions):
    at = run(page)
    defaults = values(at, keys)
    for kind, key, value in actions:
        widget = next(w for w in getattr(at, kind) if w.key == key)
        widget.input(value) if kind == "text_input" else widget.set_value(value)
        at.run()
        assert not at.exception, at.exception
    state = values(at, keys)
    assert state != defaults
    for _kind, key, value in actions:
        assert state[key] == value, (key, state)
    assert values(reopen(at, page), keys) == state, url(at)


@pytest.mark.parametrize(
    "page",
    [
        "dashboard.py",
        "pages/gezondheid.py",
        "pages/leefomgeving.py",
        "pages/bevolking.py",
        "pages/parken.py",
        "pages/bronnen.py",
    ],
)
def test_nonsense_and_unknown_parameters_leave_the_url(page):
    at = run(
        page,
        jaar="abc",
        indicator="nope",
        foo="bar",
        groep="x",
        gemeente="GM9999",
        domein="zzz",
        weergave="eval(1)",
        van="1800",
        tot="x",
        punt="91,200",
        kaart="none",
        lang="en",
    )
    assert not at.exception, at.exception
    assert url(at) == {"kaart": "none", "lang": "en"}


def test_park_finder_tapped_point_is_a_link():
    at = run("pages/parken.py", punt="52.23456789,6.81234")
    assert at.subheader[0].value.startswith("Vanaf "), [s.value for s in at.subheader]
    assert url(at)["punt"] == "52.2346,6.8123"
    assert len([m for m in at.markdown if m.value.startswith("**1. ")]) == 1


@pytest.mark.parametrize("bad", ["52.2", "abc,def", "48.85,2.35", "52.2,6.8,1", "nan,nan", "1e309,6.8"])
def test_park_finder_point_outside_twente_or_malformed_is_dropped(bad):
    at = run("pages/parken.py", punt=bad)
    assert not at.exception
    assert "punt" not in url(at)
    assert not at.subheader


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("52.23456,6.81234", (52.2346, 6.8123)),
        (" 52.3 , 6.9 ", (52.3, 6.9)),
        ("52.118,6.327", (52.118, 6.327)),  # the south-west corner of the 14 outlines
        ("6.8,52.2", None),  # swapped
        ("nan,6.8", None),
        ("52.2,inf", None),
        ("52.2", None),
        ("", None),
        ("52,2,6,8", None),
        ("1" * 50 + ",6.8", None),
        ("51.5,6.8", None),
        ("52.2,8.5", None),
    ],
)
def test_a_tapped_point_from_the_url(raw, expected):
    from twente import state
    from twente.registry import TWENTE_BOUNDS

    assert state.point({"punt": raw}, "punt", TWENTE_BOUNDS) == expected


@pytest.mark.parametrize(
    "page, params, kept",
    [
        ("pages/bronnen.py", {"kaart": "evil", "lang": "en"}, {"lang": "en"}),  # no basemap chooser here
        ("pages/gemeente.py", {"kaart": "<b>x</b>", "gemeente": "GM0153"}, {"gemeente": "GM0153"}),
        ("pages/presentatie.py", {"kaart": "evil", "contrast": "<b>", "dia": "2"}, {"dia": "2"}),
        ("pages/presentatie.py", {"contrast": "HOOG"}, {"contrast": "hoog"}),
        ("pages/bronnen.py", {"kaart": "None"}, {"kaart": "None"}),  # a valid basemap, any case, stays
        ("dashboard.py", {"niveau": "wijk", "wijkjaar": "abc", "wijkindicator": "evil"}, {}),
        ("dashboard.py", {"wijkjaar": "2024", "wijkindicator": "share_65_plus"}, {}),  # municipal level
    ],
    ids=["sources", "profile", "presenter", "presenter-case", "valid-basemap", "bad-level", "wijk-at-municipal"],
)
def test_global_and_level_parameters_that_make_no_sense_leave_the_url(page, params, kept):
    at = run(page, **params)
    assert not at.exception, at.exception
    assert url(at) == kept


# --------------------------------------------------------------------------- runs that cross a language switch
#
# The browser sends the URL it shows and every widget's value (a selectbox by its label) with each
# rerun. A rerun sent just before the browser received the language switch's new URL (a map event
# that crossed the click) carries the old ?lang= and labels of the other language. Seen in Chromium
# as a lost click and as `kaart=Keine (funktioniert offline)` in the URL.


def test_a_rerun_that_carries_the_url_from_before_the_switch_keeps_the_new_language():
    at = run("dashboard.py", lang="en", kaart="none")
    at.segmented_control(key="lang_switch").set_value("de").run()
    assert at.title[0].value == "Twente in Zahlen"
    at.query_params["lang"] = "en"  # what the crossing rerun carries
    at.run()
    assert at.title[0].value == "Twente in Zahlen", "the click is not undone"
    assert url(at).get("lang") == "de"
    assert at.segmented_control(key="lang_switch").value == "de"


def test_a_link_still_sets_the_language_on_a_sessions_first_run():
    for lang, title in (("en", "Twente in figures"), ("de", "Twente in Zahlen"), ("nl", "Twente in cijfers")):
        assert run("dashboard.py", lang=lang, kaart="none").title[0].value == title


def _labelled_chooser():
    """A chooser whose labels depend on the session's language, as every translated chooser's do."""
    import streamlit as st

    from twente.ui import common

    labels = {"nl": {"a": "Een", "b": "Twee"}, "de": {"a": "Eins", "b": "Zwei"}}[st.session_state.get("L", "nl")]
    common.url_chooser(st.selectbox, "Keuze", "keuze", ["a", "b"], "a", "keuze_box", format_func=labels.get)


def _browser_sends(monkeypatch, box, text: str) -> None:
    """From now on AppTest sends ``text`` as the selectbox ``box``'s value, as a browser that still shows
    a label of another run would; every other widget sends what it shows."""
    from streamlit.proto.WidgetStates_pb2 import WidgetState
    from streamlit.testing.v1.element_tree import Selectbox

    real = Selectbox._widget_state.fget

    def state(self):
        return WidgetState(id=self.id, string_value=text) if self.id == box.id else real(self)

    monkeypatch.setattr(Selectbox, "_widget_state", property(state))


def test_a_label_of_another_language_never_reaches_the_url(monkeypatch):
    at = AppTest.from_function(_labelled_chooser).run()
    at.query_params["keuze"] = "b"
    at.run()
    box = at.selectbox(key="keuze_box")
    assert box.value == "b" and box.options == ["Een", "Twee"]
    _browser_sends(monkeypatch, box, "Zwei")  # the browser still shows the German label of "b"
    at.run()
    assert not at.exception
    assert url(at).get("keuze") == "b", f"only an id goes into the URL: {dict(at.query_params)}"
    assert at.selectbox(key="keuze_box").value == "b"


def test_a_year_the_indicator_lacks_falls_back_to_its_latest_year(monkeypatch):
    """The browser sends the year it shows with every rerun; a year the indicator now shown has no
    figures for (a rerun that crossed an indicator change sends the other indicator's year, here
    2030) is the latest year then, never a traceback. Found by the load generator as 'KeyError: 2025' in
    pickers.indicator_picker."""
    at = run("dashboard.py", kaart="none", jaar="2016")
    year = at.selectbox(key="jaar")
    assert year.options[0] == "2012" and year.options[-1] == "2025" and year.value == 2016
    _browser_sends(monkeypatch, year, "2030")
    at.run()
    assert not at.exception, at.exception
    monkeypatch.undo()
    assert at.selectbox(key="jaar").value == 2025
    assert url(at).get("jaar") in (None, "2025")
