"""View state that lives in the URL, as plain query parameters.

Every parameter is read as text and checked against what is allowed; anything else falls
back to the default. Nothing from a URL is ever evaluated or unpickled.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

MAX_PARAM_LENGTH = 200


def _raw(params: Mapping, name: str) -> str | None:
    value = params.get(name)
    if isinstance(value, (list, tuple)):
        value = value[-1] if value else None
    if value is None:
        return None
    text = str(value).strip()
    return text[:MAX_PARAM_LENGTH] if text else None


def choice(
    params: Mapping, name: str, allowed: Iterable[str], default: str | None, case_insensitive: bool = True
) -> str | None:
    raw = _raw(params, name)
    if raw is None:
        return default
    allowed = list(allowed)
    if raw in allowed:
        return raw
    if case_insensitive:
        lookup = {a.lower(): a for a in allowed}
        return lookup.get(raw.lower(), default)
    return default


def integer(params: Mapping, name: str, allowed: Iterable[int], default: int | None) -> int | None:
    raw = _raw(params, name)
    if raw is None or not raw.lstrip("-").isdigit() or len(raw) > 6:
        return default
    value = int(raw)
    return value if value in set(allowed) else default


def many(params: Mapping, name: str, allowed: Iterable[str], default: list[str], limit: int = 30) -> list[str]:
    """A comma-separated list; unknown items are dropped; an empty result gives the default."""
    raw = _raw(params, name)
    if raw is None:
        return list(default)
    lookup = {a.lower(): a for a in allowed}
    picked: list[str] = []
    for item in raw.split(",")[:limit]:
        value = lookup.get(item.strip().lower())
        if value and value not in picked:
            picked.append(value)
    return picked or list(default)


POINT_DECIMALS = 4  # about 10 metres: enough for a map tap, short in a link


def point(params: Mapping, name: str, bounds, margin: float = 0.1) -> tuple[float, float] | None:
    """``?name=lat,lon`` as two finite numbers inside ``bounds`` (a ``registry.Bounds``) widened
    by ``margin`` degrees, rounded to POINT_DECIMALS; anything else is None."""
    raw = _raw(params, name)
    if raw is None or len(raw) > 40:
        return None
    parts = raw.split(",")
    if len(parts) != 2:
        return None
    try:
        lat, lon = (round(float(p), POINT_DECIMALS) for p in parts)
    except ValueError:
        return None
    if not bounds.contains(lat, lon, margin):
        return None  # also rejects nan and inf
    return lat, lon


def point_text(lat: float, lon: float) -> str:
    return f"{round(lat, POINT_DECIMALS)},{round(lon, POINT_DECIMALS)}"
