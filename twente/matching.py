"""Forgiving recognition of a municipality in text a person typed: a link (?gemeente=), a
search box or a column of an uploaded file.

Recognised (any case, accents, spaces, hyphens and punctuation ignored): the CBS code with or
without ``GM`` and leading zeros (``GM0153``, ``gm 0153``, ``0153``, ``153``), the name
(``Enschede``, ``rijssen holten``, ``RijssenHolten``), an optional ``gemeente`` in front, the
usual abbreviations (``Hof v Twente``) and CBS's own qualifier for Hengelo (``Hengelo (O.)``,
``Hengelo Ov``, ``Hengelo Overijssel``).

Nothing else is guessed: a typo or a village name does not silently become a municipality
(``Hengelo (Gld)`` is a village in Bronckhorst; ``Enschede-Noord`` is not Enschede). For those,
``suggestions`` offers the closest names, to show as 'did you mean'."""

from __future__ import annotations

import re

from twente.registry import MUNICIPALITIES, MUNICIPALITY_CODES
from twente.search import normalise

_CODE = re.compile(r"^(?:gm[-_]?)?(\d{1,4})$")
# Words that may precede or follow a name without changing which municipality is meant.
_PREFIXES = ("gemeente ", "gem ")
# Abbreviations inside names: 'hof v twente' is 'hof van twente'.
_WORDS = {"v": "van", "vd": "van de"}
# Province qualifiers CBS and people add to a name shared with another place (Hengelo (O.)).
_OVERIJSSEL = ("o", "ov", "ovl", "overijssel")


def _squash(text: str) -> str:
    return text.replace(" ", "")


def _canonical(text: str) -> str:
    """Lower case, accents and punctuation gone, abbreviations written out, no spaces."""
    plain = normalise(text)
    for prefix in _PREFIXES:
        plain = plain.removeprefix(prefix)
    words = [_WORDS.get(w, w) for w in plain.split()]
    return _squash(" ".join(words))


def _names() -> dict[str, str]:
    """Canonical spelling -> code, for every name and accepted qualified form."""
    out: dict[str, str] = {}
    for m in MUNICIPALITIES:
        name = _canonical(m.name)
        out[name] = m.code
        if m.code == "GM0164":  # CBS calls it 'Hengelo (O.)': Overijssel, not Hengelo in Gelderland
            for qualifier in _OVERIJSSEL:
                out[name + qualifier] = m.code
    return out


_BY_NAME = _names()


def match_municipality(text) -> str | None:
    """The code (GMxxxx) of the municipality ``text`` names, or None when it names none of the 14."""
    if text is None:
        return None
    plain = normalise(str(text))
    if not plain:
        return None
    code = _CODE.match(re.sub(r"\s+", "", str(text).casefold()))
    if code:
        candidate = f"GM{int(code.group(1)):04d}"
        return candidate if candidate in MUNICIPALITY_CODES else None
    return _BY_NAME.get(_canonical(plain))


def suggestions(text, limit: int = 3, cutoff: float = 60.0) -> list[str]:
    """Codes of the municipalities whose names come closest to ``text`` (best first), for a
    'did you mean' line; village names known to the registry count too (Goor -> Hof van Twente)."""
    from rapidfuzz import fuzz, process

    plain = _canonical(str(text or ""))
    if not plain:
        return []
    choices: dict[str, str] = {}
    for m in MUNICIPALITIES:
        for term in (m.name,) + m.search_terms:
            choices.setdefault(_canonical(term), m.code)
    found = process.extract(plain, list(choices), scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=cutoff)
    out: list[str] = []
    for term, _score, _ in found:
        code = choices[term]
        if code not in out:
            out.append(code)
    return out[:limit]
