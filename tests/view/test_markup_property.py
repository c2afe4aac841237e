"""Any text with any spans: the marked HTML is balanced, keeps the text, and every item's fragments rebuild it."""
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.view.items import Highlight
from extractor.view.markup import mark_text
from extractor.view.style import FIELD_ORDER
from view.parse import items, parse


@st.composite
def text_and_spans(draw):
    text = draw(st.text(alphabet=st.sampled_from("ab <>&\"'\nđ%"), min_size=1, max_size=40))
    spans = draw(st.lists(st.tuples(st.integers(0, len(text) - 1), st.integers(1, len(text)),
                                    st.sampled_from(FIELD_ORDER)), max_size=8))
    marks = [Highlight(field, f"{field}-{n}", a, b, f"tip <{n}>")
             for n, (a, b, field) in enumerate(spans) if a < b]
    return text, marks


@settings(max_examples=300, deadline=None)
@given(text_and_spans())
def test_marks_are_balanced_and_lossless(case):
    text, marks = case
    page = parse(f'<div class="ex-text">{mark_text(text, marks)}</div>')
    assert page.texts == [text]
    found = items(page)
    assert sorted(found) == sorted(h.key for h in marks)
    for h in marks:
        assert (found[h.key]["text"], found[h.key]["start"], found[h.key]["end"]) == (text[h.start:h.end], h.start, h.end)
