"""Where the app finds its files. Tests point TWENTE_ROOT at a copy to try broken data."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def root() -> Path:
    return Path(os.environ.get("TWENTE_ROOT", PACKAGE_ROOT))


def data_dir() -> Path:
    return root() / "twente_data"


def geo_dir() -> Path:
    return root() / "geodata"


def files_stamp(folder: Path) -> tuple:
    """What the files under ``folder`` look like on disk now: each file with its modification
    time and size. It changes when someone saves a file, so the app notices an edited CSV
    without a restart (well under a millisecond for the shipped folders)."""
    stamp: list = [str(folder)]
    for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
        if path.is_file():
            info = path.stat()
            stamp.append((str(path.relative_to(folder)), info.st_mtime_ns, info.st_size))
    return tuple(stamp)


def display_path(path: Path) -> str:
    """A path as users know it: relative to the project folder."""
    try:
        return str(Path(path).resolve().relative_to(root().resolve()))
    except ValueError:
        return str(path)


# Where Streamlit serves ./static (server.enableStaticServing). The map component's iframe
# is served by the same server, so these absolute paths work from inside it.
STATIC_URL = os.environ.get("TWENTE_STATIC_URL", "/app/static")
