"""The component reads the date items by start offset, as ``span._.date`` gives them."""
from types import SimpleNamespace

from extractor.resolutions.component import date_items


def test_date_items_are_the_span_extensions_by_start(ex):
    text = "Ngày 12/3/2024, tỉnh ban hành Kế hoạch số 5-KH/UBND ngày 2/1/2024, nhiệm kỳ 2020 - 2025."
    doc = ex.nlp(text)
    items = date_items(doc)
    expected = {span._.date.start: span._.date for span in doc.spans["dates"]}
    assert items == expected
    assert all(items[k] is expected[k] for k in expected)
    assert [(start, doc.text[d.start:d.end]) for start, d in sorted(items.items())] == [
        (0, "Ngày 12/3/2024"), (52, "ngày 2/1/2024"), (67, "nhiệm kỳ 2020 - 2025")]


def test_date_items_fall_back_to_the_extension_when_spacy_keeps_it_elsewhere():
    item = SimpleNamespace(start=4, end=9)
    span = SimpleNamespace(start_char=4, end_char=9, _=SimpleNamespace(date=item))
    doc = SimpleNamespace(spans={"dates": [span]}, user_data={})
    assert date_items(doc) == {4: item}


def test_date_items_of_a_text_without_dates():
    assert date_items(SimpleNamespace(spans={}, user_data={})) == {}
