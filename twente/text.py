"""Text from outside the app (a URL, a search box, an upload, a data file) shown as text.

Streamlit renders ``st.markdown``, alerts, captions, headers and widget labels as GitHub
Markdown with extras: LaTeX between ``$``, emoji shortcodes (``:smile:``), Material icons
(``:material/home:``), directives (``:red[x]``) and bare web addresses turned into links.
``escape_markdown`` makes a piece of such text render as exactly its characters.

How: every ASCII punctuation character gets a backslash (CommonMark lets any of them be
escaped), which stops links, images, emphasis, headings, lists, tables, HTML, math and
directives at the parser. Emoji and icon shortcodes and bare web addresses are found later,
in the parsed text where the backslashes are gone; for those a zero-width space after
``:``, ``@`` and in ``www.`` breaks the pattern without changing what a reader sees.
Line breaks become spaces: a message from outside is one line.
"""
from __future__ import annotations

import re
import string

ZERO_WIDTH = "\u200b"
_ESCAPE = {ch: "\\" + ch for ch in string.punctuation}
_ESCAPE[":"] = "\\:" + ZERO_WIDTH  # :smile:, :material/home:, https://
_ESCAPE["@"] = "\\@" + ZERO_WIDTH  # name@example.org becomes a mailto: link otherwise
_WWW = re.compile(r"(www)(?=\\\.)", re.IGNORECASE)
_SPACE = re.compile(r"[\s\x00-\x1f\x7f]+")


def escape_markdown(text: object) -> str:
    """``text`` as Markdown source that Streamlit renders as exactly these characters."""
    if text is None:
        return ""
    plain = _SPACE.sub(" ", str(text))
    escaped = "".join(_ESCAPE.get(ch, ch) for ch in plain)
    return _WWW.sub(lambda m: m.group(1) + ZERO_WIDTH, escaped)
