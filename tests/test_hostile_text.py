"""Text from a URL, the search box or a data file is shown as text, never as Markdown.

Two parts. ``escape_markdown`` is checked against an independent CommonMark parser
(markdown-it-py) and against the patterns Streamlit's renderer applies to text after parsing
(emoji and icon shortcodes, bare web addresses); then every page is run with hostile values
in every URL parameter it reads (and the park finder with them in its search box), and the
rendered bodies may contain no link, image, HTML tag, math, directive or emphasis that the
same page does not render without them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from streamlit.testing.v1 import AppTest

from twente.text import ZERO_WIDTH, escape_markdown
from twente.ui import nav

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / entry.script for entry in nav.PAGES]  # every page (test_pages checks the list)
FINDER = ROOT / nav.BY_ID["parks"].script

HOSTILE = [
    "[Inloggen](https://evil.example)",
    "![x](https://evil.example/p.png)",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "$x^2$",
    ":material/home:",
    ":red[x]",
    "**bold**",
]
MORE = [
    "<https://evil.example>",
    "www.evil.example",
    "mail@evil.example",
    "# Kop",
    "- lijst",
    "1. lijst",
    "> citaat",
    "`code`",
    "~~weg~~",
    "a | b",
    "&lt;b&gt;",
    ":smile: :+1:",
    ":streamlit:",
    "\\[x](y)",
    "x\n\n# kop\n\n- y",
    "[x]: https://evil.example",
    "$$\\int$$",
    ":small[x] :help[x]",
    "__x__ _y_",
    "Hengelo (O.)",
    "",
    "---",
    "===",
    "***",
    "+ x",
    "* x",
    "1) x",
    "    code",
    "ca. 1.200 km",
    "a\\",
    "<!-- c -->",
    "[x][y]",
    "x  ",
]

# --------------------------------------------------------------------------- the helper

# What Streamlit's renderer (StreamlitMarkdown.tsx, Streamlit 1.67) finds in text nodes after
# Markdown parsing, where backslash escapes are already gone.
_EMOJI = re.compile(r":(?!material/|streamlit:)[\w+-][\w_+-]*:")
_MATERIAL = re.compile(r":material[/_](\w+):")
_LOGO = re.compile(r":streamlit:")
# mdast-util-gfm-autolink-literal: bare web and mail addresses become links
_WWW_OR_HTTP = re.compile(r"(https?://|www(?=\.))([-.\w]+)", re.IGNORECASE)
_EMAIL = re.compile(r"[-.\w+]+@[-\w]+(?:\.[-\w]+)+")


def _render(source: str) -> list:
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    return md.parse(source)


@pytest.mark.parametrize("text", HOSTILE + MORE)
def test_escaped_text_parses_to_one_plain_text(text):
    tokens = _render(escape_markdown(text))
    if not text.strip():
        assert tokens == []
        return
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    children = tokens[1].children
    assert {c.type for c in children} == {"text"}, [c.type for c in children]
    shown = "".join(c.content for c in children)
    assert shown.replace(ZERO_WIDTH, "") == " ".join(text.split())  # every character, as typed (one line)
    for pattern in (_EMOJI, _MATERIAL, _LOGO, _WWW_OR_HTTP, _EMAIL):
        assert not pattern.search(shown), (pattern.pattern, shown)


@pytest.mark.parametrize("text", HOSTILE + MORE)
def test_escaped_text_has_no_math_or_directive(text):
    """remark-math and remark-directive act on the source: an escaped '$' or ':' is text."""
    source = escape_markdown(text)
    assert not re.search(r"(?<!\\)[$:]", source)


def test_the_oracle_sees_what_unescaped_text_would_do():
    """The checks above can fail: raw hostile text parses to a link and an image."""
    inline = _render("[Inloggen](https://evil.example) ![x](https://evil.example/p.png)")[1].children
    assert {"link_open", "image"} <= {c.type for c in inline}
    assert _EMOJI.search(":smile:") and _WWW_OR_HTTP.search("see www.evil.example")


def test_html_entities_and_none():
    assert escape_markdown(None) == ""
    tokens = _render(escape_markdown("&amp; <b>"))
    assert "".join(c.content for c in tokens[1].children) == "&amp; <b>"  # an entity stays as typed


# --------------------------------------------------------------------------- the pages


def _url_parameters() -> set[str]:
    """Every URL parameter the pages read: what each page declares in the navigation (it drops
    the rest from the URL), the global ones, and any parameter read in the source directly."""
    names = {name for entry in nav.PAGES for name in entry.params} | {"lang", "kaart"}
    sources = "\n".join(p.read_text(encoding="utf-8") for p in PAGES + sorted((ROOT / "twente" / "ui").glob("*.py")))
    names |= set(re.findall(r"(?:url_chooser|url_choice|set_url)\(\s*\"(\w+)\"", sources))
    names |= set(re.findall(r"query_params(?:\.get\(|\[)\s*\"(\w+)\"", sources))
    names |= set(re.findall(r"state\.\w+\(st\.query_params,\s*\"(\w+)\"", sources))
    return names


PARAMS = sorted(_url_parameters())
_UNESCAPED = [
    re.compile(r"(?<!\\)!?\[[^\]\n]*(?<!\\)\]\("),  # link or image
    re.compile(r"(?<!\\)<[a-zA-Z/!]"),  # HTML tag or autolink
    re.compile(r"(?<!\\)\$"),  # math
    re.compile(r"(?<!\\):[a-z][\w-]*[\[/:]"),  # directive, icon, emoji
    re.compile(r"(?<!\\)\*\*[^*\n]+\*\*"),  # emphasis
    re.compile(r"(?<![\\\u200b])://|javascript:|www\.evil", re.IGNORECASE),  # bare web address
]


def _bodies(at: AppTest) -> list[str]:
    out = []
    for kind in ("markdown", "caption", "error", "warning", "info", "success", "title", "header", "subheader"):
        out += [e.value for e in getattr(at, kind)]
    for kind in ("button", "metric", "expander", "selectbox", "text_input", "toggle", "radio", "multiselect"):
        out += [e.label for e in getattr(at, kind)]
    return [str(b) for b in out]


def _constructs(bodies: list[str]) -> set[str]:
    return {m.group(0) + "…" + b[m.end() : m.end() + 30] for b in bodies for p in _UNESCAPED for m in p.finditer(b)}


def _run(page: Path, params: dict[str, str]) -> AppTest:
    at = AppTest.from_file(str(page), default_timeout=120)
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


def test_the_pages_read_these_parameters():
    assert {"lang", "plaats", "postcode", "indicator", "gemeente", "jaar"} <= set(PARAMS)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_hostile_url_parameters_render_as_text(page):
    baseline = _constructs(_bodies(_run(page, {})))
    # each parameter gets a different hostile string, and in the second run the next one
    for shift in range(2):
        params = {name: HOSTILE[(i + shift) % len(HOSTILE)] for i, name in enumerate(PARAMS)}
        at = _run(page, params)
        assert not at.exception, at.exception
        new = _constructs(_bodies(at)) - baseline
        assert not new, new


@pytest.mark.parametrize("text", HOSTILE)
def test_finder_shows_a_hostile_search_as_text(text):
    for how in ("url", "box"):
        if how == "url":
            at = _run(FINDER, {"plaats": text})
        else:
            at = _run(FINDER, {})
            at.text_input(key="plaats").input(text).run()
        assert not at.exception, at.exception
        bodies = _bodies(at)
        assert not _constructs(bodies) - _constructs(_bodies(_run(FINDER, {}))), bodies
        # what was typed is still shown, as text, in the 'not found' message
        shown = [w.value.replace(ZERO_WIDTH, "") for w in at.warning]
        assert any(re.sub(r"\\(.)", r"\1", w).find(text) != -1 for w in shown), shown
