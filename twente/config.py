"""Where the app finds its files. Tests point TWENTE_ROOT at a copy to try broken data."""

from __future__ import annotations

import functools
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
    without a restart. Every page run asks (``cache.refresh_when_files_change``): a plain
    directory walk, about 0.5 ms for the shipped folders (pathlib's rglob took 3x that)."""
    stamp: list = [str(folder)]

    def walk(path: str, relative: str) -> None:
        try:
            entries = sorted(os.scandir(path), key=lambda e: e.name)
        except (FileNotFoundError, NotADirectoryError):
            return
        for entry in entries:
            name = relative + entry.name
            if entry.is_dir():
                walk(entry.path, name + "/")
            elif entry.is_file():
                info = entry.stat()
                stamp.append((name, info.st_mtime_ns, info.st_size))

    walk(str(folder), "")
    return tuple(stamp)


def display_path(path: Path) -> str:
    """A path as users know it: relative to the project folder."""
    return _display_path(str(path), str(root()))


@functools.lru_cache(maxsize=4096)
def _display_path(path: str, root_folder: str) -> str:
    try:
        return str(Path(path).resolve().relative_to(Path(root_folder).resolve()))
    except ValueError:
        return path


# Where Streamlit serves ./static (server.enableStaticServing). The map component's iframe
# is served by the same server, so these absolute paths work from inside it.
STATIC_URL = os.environ.get("TWENTE_STATIC_URL", "/app/static")
