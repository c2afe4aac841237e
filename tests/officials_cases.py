"""Helpers of the officials tests: run the finder on a text and check every span on the way."""
from extractor.officials.finder import find_officials
from extractor.text.normalize import matching_view


def officials(text):
    """The officials found in ``text``, every title and mention checked against the text."""
    found, _ = find_officials(text, matching_view(text))
    for off in found:
        for item in off.titles + off.mentions:
            assert text[item.start:item.end] == item.text
    return found


def summary(text):
    """``(name, honorific, [(title, role, organization)])`` of each official."""
    return [(o.name, o.honorific, [(t.title, t.role, t.organization) for t in o.titles])
            for o in officials(text)]
