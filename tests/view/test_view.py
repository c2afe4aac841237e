"""The review view, read back with html.parser: marks, field classes, offsets, hover texts."""
import pytest

from conftest import check_record
from extractor.record import Record
from extractor.view import highlights, to_html
from extractor.view.items import Highlight
from extractor.view.markup import mark_text
from view.parse import items, parse
from view.records import TEXT, at, full_record


@pytest.fixture(scope="module")
def page():
    rec = full_record()
    check_record(rec)
    return parse(rec.to_html())


@pytest.mark.parametrize("key, field, piece, occ, title", [
    ("dates-0", "dates", "Sáng ngày 12/6/2023", 0,
     "date (date): 2023-06-12\ncovers 2023-06-12 … 2023-06-12\npart of day: morning"),
    ("dates-1", "dates", "ngày 22/10/2018", 0, "date (date): 2018-10-22\ncovers 2018-10-22 … 2018-10-22"),
    ("percentages-0", "percentages", "105%", 0, "percentage: 105%\nsubject: doanh thu"),
    ("targets-0", "targets", "Doanh thu đạt 2.134 tỷ đồng, bằng 105% kế hoạch", 0,
     "target: exceeded\nattainment: 105%\nmetric: Doanh thu\nvalue: 2134 tỷ đồng\nbaseline: kế hoạch"),
    ("resolutions-0", "resolutions", "Nghị quyết số 35/NQ/TW ngày 22/10/2018 của Bộ Chính trị", 0,
     "resolution: Nghị quyết 35/NQ/TW\nissuer: Bộ Chính trị\nissued: 2018-10-22"),
    ("officials-0.0", "officials", "Lê Văn An", 0,
     "official: đồng chí Lê Văn An\ntitle: Bí thư · Tỉnh ủy Quảng Ninh"),
    ("officials-0.1", "officials", "Lê Văn An", 1,
     "official: đồng chí Lê Văn An\ntitle: Bí thư · Tỉnh ủy Quảng Ninh"),
    ("titles-0.0", "titles", "Bí thư Tỉnh ủy Quảng Ninh", 0,
     "title of Lê Văn An\nrole: Bí thư\norganization: Tỉnh ủy Quảng Ninh"),
    ("organizations-0.0", "organizations", "Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam", 0,
     "organization: Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam\nabbreviation: TKV"),
    ("organizations-0.1", "organizations", "TKV", 0,
     "organization: Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam\nabbreviation: TKV"),
    ("organizations-1.0", "organizations", "Tỉnh ủy Quảng Ninh", 0, "organization: Tỉnh ủy Quảng Ninh"),
])
def test_every_item_is_marked_with_its_field_offsets_and_hover_value(page, key, field, piece, occ, title):
    item = items(page)[key]
    start, end = at(piece, occ)
    assert item == {"field": field, "class": f"ex-mark ex-{field}", "start": start, "end": end,
                    "text": piece, "title": title, "fragments": 1}


def test_marks_are_exactly_the_records_items(page):
    assert len(items(page)) == 11 == len(list(full_record().spans()))


def test_article_text_is_kept_character_for_character(page):
    assert page.texts == [TEXT]


@pytest.mark.parametrize("inner, outer", [
    ("dates-1", ["resolutions-0"]),             # a date inside a resolution reference
    ("percentages-0", ["targets-0"]),           # a percentage inside a target clause
    ("organizations-1.0", ["titles-0.0"]),      # an organisation inside an official's title
    ("dates-0", []),
])
def test_nested_items_are_nested_marks(page, inner, outer):
    [mark] = [m for m in page.marks if m["attrs"]["data-item"] == inner]
    assert mark["parents"] == outer
    assert mark["attrs"]["data-depth"] == str(len(outer))


def test_legend_counts_every_field(page):
    keys = {a["data-field"]: None for t, a in page.tags if t == "span" and "ex-key" in a.get("class", "")}
    assert list(keys) == ["dates", "percentages", "targets", "resolutions", "officials", "titles", "organizations"]
    html = full_record().to_html()
    for label, n in [("date", 2), ("percentage", 1), ("target", 1), ("resolution", 1), ("official", 2),
                     ("title", 1), ("organization", 3)]:
        assert f">{label} {n}</span>" in html


def test_warnings_and_header_are_shown():
    html = full_record().to_html()
    assert "<li>W004: year-less date &#x27;sáng 28-6&#x27; has no article date" in html
    assert '<div class="ex-head"><b>hand-1</b> · Hội nghị · 2023-06-12</div>' in html


def test_crossing_items_are_cut_into_fragments_that_keep_the_whole_item():
    text = "0123456789abcdefghij"
    a = Highlight("targets", "targets-0", 0, 10, "A")
    b = Highlight("resolutions", "resolutions-0", 5, 15, "B")
    p = parse(f'<div class="ex-text">{mark_text(text, [a, b])}</div>')
    assert [(m["attrs"]["data-item"], m["text"], m["attrs"].get("data-part"), m["parents"]) for m in p.marks] == [
        ("targets-0", "0123456789", None, []),
        ("resolutions-0", "56789", None, ["targets-0"]),
        ("resolutions-0", "abcde", "1", []),
    ]
    assert items(p)["resolutions-0"]["text"] == text[5:15]
    assert p.texts == [text]


def test_markup_characters_in_text_and_values_are_escaped():
    text = 'a <b>&"x"</b> 5%'
    rec = Record(id="<id>", text=text)
    rec.percentages = [Percentage_(text, "5%", subject='<i>"q"</i>')]
    check_record(rec)
    p = parse(rec.to_html())
    assert p.texts == [text]
    assert [m["attrs"]["title"] for m in p.marks] == ['percentage: 5%\nsubject: <i>"q"</i>']
    # the only <b> is the header's; nothing from the text or the values became a tag
    assert [t for t, _ in p.tags if t in ("b", "i")] == ["b"]


def Percentage_(text, piece, **kw):
    from extractor.record import Percentage

    start = text.index(piece)
    return Percentage(text=piece, start=start, end=start + len(piece), value=5.0, **kw)


def test_items_outside_the_text_are_left_out_not_an_error():
    rec = full_record()
    cut = at("Lê Văn An")[1]
    rec.text = rec.text[:cut]  # as if the text had been cut after the first name
    assert [h.key for h in highlights(rec)] == ["dates-0", "officials-0.0"]
    assert parse(rec.to_html()).texts == [TEXT[:cut]]


def test_empty_record_renders_its_text_without_marks():
    rec = Record(id="e", text="Không có gì.")
    p = parse(rec.to_html())
    assert p.marks == [] and p.texts == ["Không có gì."]


def test_page_works_offline_no_scripts_fonts_or_links():
    html = full_record().to_html()
    assert html.startswith("<!DOCTYPE html>")
    for needle in ("<script", "<link", "@import", "url(", "src=", "href=", "http"):
        assert needle not in html


def test_jupyter_repr_is_a_styled_fragment():
    html = full_record()._repr_html_()
    assert html == to_html(full_record(), full_page=False)
    assert html.startswith('<div class="ex-review"><style>') and "<html" not in html
    assert items(parse(html)).keys() == items(parse(full_record().to_html())).keys()


def test_extracted_article_marks_every_predicted_item(ex):
    from importlib import resources

    text = resources.files("extractor").joinpath("examples/article.txt").read_text(encoding="utf-8")
    rec = ex(text)
    check_record(rec)
    found = items(parse(rec.to_html()))
    assert len(found) == len(list(rec.spans())) > 0
    for d in rec.dates:
        row = next(v for v in found.values() if v["field"] == "dates" and v["start"] == d.start)
        assert (row["text"], row["title"].split("\n")[0]) == (d.text, f"date ({d.kind}): {d.value}")


def test_record_without_text_says_its_items_could_not_be_marked():
    rec = full_record()
    rec.text = ""  # as read back from `extractor extract --no-text`
    p = parse(rec.to_html())
    assert p.marks == [] and p.texts == [""]
    assert "<li>11 item(s) not marked: their offsets fall outside the text" in rec.to_html()
