"""Extension helpers: zone look-up by offset."""
import pytest
from hypothesis import given, strategies as st
from spacy.tokens import Doc
from spacy.vocab import Vocab

from extractor.pipeline.extensions import zone_at, zone_finder
from extractor.pipeline.zones import Line


def _doc(lines):
    doc = Doc(Vocab(), words=["x"])
    doc._.zones = lines
    return doc


def _linear(lines, pos):
    return next((x.zone for x in lines if x.start <= pos < x.end), "body")


_LINES = [Line(0, 5, "headline"), Line(7, 20, "dateline"), Line(20, 30, "caption"), Line(40, 41, "byline")]


@pytest.mark.parametrize("pos, zone", [
    (0, "headline"), (4, "headline"), (5, "body"), (6, "body"), (7, "dateline"), (19, "dateline"),
    (20, "caption"), (35, "body"), (40, "byline"), (41, "body"), (-1, "body"),
])
def test_zone_at(pos, zone):
    assert zone_at(_doc(_LINES), pos) == zone


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8), st.sampled_from(["a", "b", "c"])), max_size=8),
       st.integers(-2, 70))
def test_zone_finder_equals_the_linear_scan(rows, pos):
    """Bisection when the lines are in order; otherwise (hand-made zones) the first line wins."""
    lines = [Line(s, s + n, z) for s, n, z in rows]
    for ordered in (lines, sorted(lines, key=lambda x: x.start)):
        assert zone_finder(_doc(ordered))(pos) == _linear(ordered, pos)


def test_no_zones_is_body():
    assert zone_at(_doc(None), 3) == "body"
