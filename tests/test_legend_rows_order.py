"""Each legend row reads from low to high, however tightly packed its classes are: where two edges
need more decimals to tell them apart, both edges of a row get them ('0,14 – 0,15', never '0,14 – 0,1').
Oracle: the row's own text, read back as numbers."""

import random

import pytest

from twente.classify import Classes
from twente.maps import legend_rows

COLOURS = ("#111111", "#222222", "#333333", "#444444", "#555555")


def read(text: str, lang: str) -> list[float]:
    parts = text.split(" – ")
    if lang == "en":
        return [float(p.replace(",", "")) for p in parts]
    return [float(p.replace(".", "").replace(",", ".")) for p in parts]


def rows(lower, bounds, values, lang="nl", decimals=1):
    classes = Classes(lower, tuple(bounds), COLOURS[: len(bounds)])
    return legend_rows(classes, lang, decimals, values)


def test_the_tight_classes_a_review_found_read_upwards():
    out = rows(-1, (0.134, 0.149, 2.0), [-1, 0.134, 0.136, 0.149, 2.0])
    for _, label in out:
        edges = read(label, "nl")
        assert edges == sorted(edges), label


def test_a_class_of_one_value_reads_as_one_number():
    out = rows(0, (0.1234, 0.1236, 1.0), [0, 0.1234, 0.1236, 1.0])
    assert len(read(out[1][1], "nl")) == 1, out
    assert read(out[1][1], "nl") > read(out[0][1], "nl")[-1:], out


@pytest.mark.parametrize("lang", ["nl", "en", "de"])
def test_random_tight_classes_read_upwards_and_in_order(lang):
    rng = random.Random(7)
    for _ in range(300):
        values = sorted(round(rng.uniform(-1, 1) * 10 ** rng.randint(-3, 2), rng.randint(1, 5)) for _ in range(12))
        k = rng.randint(2, 5)
        cut = sorted(rng.sample(range(1, len(values)), k - 1))
        bounds = tuple(values[c - 1] for c in cut) + (values[-1],)
        if len(set(bounds)) < len(bounds):
            continue
        out = rows(values[0], bounds, values, lang, decimals=rng.randint(0, 2))
        previous = None
        for _, label in out:
            edges = read(label, lang)
            assert edges == sorted(edges), (label, bounds)
            if previous is not None:
                assert edges[0] >= previous, (out, bounds)
            previous = edges[-1]
