"""Helpers of the targets tests: run the finder on one sentence and compare exact parts."""
from extractor.targets.finder import find_targets
from extractor.text.normalize import matching_view


def find(text):
    """The targets of ``text`` read as one paragraph."""
    return find_targets(text, matching_view(text), [(0, len(text))])


def check(sentence, expected):
    """``expected`` is ``[(span, metric, value, unit, attainment, baseline, status)]``; offsets checked too."""
    got = find(sentence)
    assert [(t.text, t.metric, t.value, t.unit, t.attainment_percent, t.baseline, t.status) for t in got] == expected
    for t in got:
        assert (t.start, t.end) == (sentence.index(t.text), sentence.index(t.text) + len(t.text))
