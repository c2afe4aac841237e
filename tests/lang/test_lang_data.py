"""Every language-data entry is clean: NFC, no surrounding spaces, no duplicates."""
import unicodedata

import pytest

from extractor.lang import available, load


def _strings(obj):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield k
            yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)
    elif isinstance(obj, str):
        yield obj


@pytest.mark.parametrize("name", available())
def test_entries_are_clean(name):
    data = load(name)
    for s in _strings(data):
        assert unicodedata.normalize("NFC", s) == s, s
        assert s == s.strip() and "  " not in s, repr(s)
    for key, value in data.items():
        if isinstance(value, list):
            folded = [v.lower() if isinstance(v, str) else v for v in value]
            assert len(folded) == len(set(folded)), f"{name}.{key} has duplicates"


def test_expected_files_exist():
    assert {"dates", "numbers", "subjects", "layout"} <= set(available())
