"""Text from outside the app (a URL, a search box, an upload, a data file) shown as text.

Streamlit renders ``st.markdown``, alerts, captions, headers and widget labels as GitHub
Markdown with extras: LaTeX between ``$``, emoji shortcodes (``:smile:``), Material icons
(``:material/home:``), directives (``:red[x]``) and bare web addresses turned into links.
``escape_markdown`` makes a piece of such text render as exactly its characters.

How: the characters that open Markdown constructs get a backslash (CommonMark lets any ASCII
punctuation be escaped), which stops links, images, emphasis, code, tables, HTML, entities,
math and directives at the parser; a list or heading marker is escaped where it could start a
line, that is at the start of the text. Characters that start nothing (, . ( ) ' / % ...) stay
as they are, so '1,2 mln' and 'ca. 380 km' read the same in the page's source. Emoji and icon
shortcodes and bare web addresses are found later, in the parsed text where the backslashes
are gone; for those a zero-width space after ``:``, ``@`` and in ``www.`` breaks the pattern
without changing what a reader sees. Line breaks become spaces: a message from outside is one
line.
"""

from __future__ import annotations

import re

ZERO_WIDTH = "\u200b"
_SPECIAL = "\\`*_{}[]<>#+|~$:@&!="
_ESCAPE = {ch: "\\" + ch for ch in _SPECIAL}
_ESCAPE[":"] = "\\:" + ZERO_WIDTH  # :smile:, :material/home:, https://
_ESCAPE["@"] = "\\@" + ZERO_WIDTH  # name@example.org becomes a mailto: link otherwise
_WWW = re.compile(r"(www)(?=\.)", re.IGNORECASE)
_LINE_START = re.compile(r"^(\s*)(?:(-)|(\d{1,9})([.)])(?=\s|$))")  # '- item', '1. item', '1) item'
_SPACE = re.compile(r"[\s\x00-\x1f\x7f]+")


def escape_markdown(text: object) -> str:
    """``text`` as Markdown source that Streamlit renders as exactly these characters."""
    if text is None:
        return ""
    plain = _SPACE.sub(" ", str(text))
    escaped = "".join(_ESCAPE.get(ch, ch) for ch in plain)
    escaped = _LINE_START.sub(lambda m: m.group(1) + ("\\-" if m.group(2) else m.group(3) + "\\" + m.group(4)), escaped)
    return _WWW.sub(lambda m: m.group(1) + ZERO_WIDTH, escaped)
