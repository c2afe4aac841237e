"""extractor.to_frame: one row per item with the document id, the span and every attribute."""
import pytest

import extractor
from conftest import check_record
from extractor.errors import MissingDependencyError
from extractor.record import Record
from extractor.tables import COLUMNS, rows
from view.records import at, full_record

pd = pytest.importorskip("pandas")


@pytest.fixture(scope="module")
def records():
    recs = [full_record(), Record(id="empty", text="Không có gì.")]
    for r in recs:
        check_record(r)
    return recs


@pytest.mark.parametrize("field, expected", [
    ("dates", [["hand-1", "Sáng ngày 12/6/2023", *at("Sáng ngày 12/6/2023"), "date", "2023-06-12",
                pd.Timestamp("2023-06-12"), pd.Timestamp("2023-06-12"), "morning", False, "body"],
               ["hand-1", "ngày 22/10/2018", *at("ngày 22/10/2018"), "date", "2018-10-22",
                pd.Timestamp("2018-10-22"), pd.Timestamp("2018-10-22"), None, False, "body"]]),
    ("percentages", [["hand-1", "105%", *at("105%"), 105.0, "doanh thu", False, "body"]]),
    ("targets", [["hand-1", "Doanh thu đạt 2.134 tỷ đồng, bằng 105% kế hoạch",
                  *at("Doanh thu đạt 2.134 tỷ đồng, bằng 105% kế hoạch"), "Doanh thu", 2134.0, "tỷ đồng",
                  105.0, "kế hoạch", "exceeded"]]),
    ("resolutions", [["hand-1", "Nghị quyết số 35/NQ/TW ngày 22/10/2018 của Bộ Chính trị",
                      *at("Nghị quyết số 35/NQ/TW ngày 22/10/2018 của Bộ Chính trị"), "Nghị quyết", "35/NQ/TW",
                      pd.Timestamp("2018-10-22"), "Bộ Chính trị", None, None, None, None]]),
    ("officials", [["hand-1", "Bí thư Tỉnh ủy Quảng Ninh", *at("Bí thư Tỉnh ủy Quảng Ninh"), "Lê Văn An",
                    "đồng chí", 2, "Bí thư Tỉnh ủy Quảng Ninh", "Bí thư", "Tỉnh ủy Quảng Ninh"]]),
    ("organizations", [
        ["hand-1", "Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam",
         *at("Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam"), "Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam",
         "TKV", 2],
        ["hand-1", "Tỉnh ủy Quảng Ninh", *at("Tỉnh ủy Quảng Ninh"), "Tỉnh ủy Quảng Ninh", None, 1]]),
])
def test_one_row_per_item_with_span_and_attributes(records, field, expected):
    frame = extractor.to_frame(records, field)
    assert list(frame.columns) == COLUMNS[field]
    got = [[None if (not isinstance(v, str) and pd.isna(v)) else v for v in row] for row in frame.values.tolist()]
    assert got == expected


def test_columns_follow_the_contract():
    assert COLUMNS["dates"] == ["doc_id", "text", "start", "end", "kind", "value", "start_date", "end_date",
                                "part_of_day", "year_inferred", "zone"]
    assert COLUMNS["officials"] == ["doc_id", "text", "start", "end", "name", "honorific", "mentions",
                                    "title", "role", "organization"]


def test_documents_table_counts_every_field(records):
    for field in (None, "documents"):
        frame = extractor.to_frame(records, field)
        assert frame[["doc_id", "chars", "dates", "officials", "percentages", "targets", "resolutions",
                      "organizations", "titles", "warnings"]].values.tolist() == [
            ["hand-1", len(records[0].text), 2, 1, 1, 1, 1, 2, 1, 1],
            ["empty", 12, 0, 0, 0, 0, 0, 0, 0, 0]]
        assert frame["published"].tolist()[0] == pd.Timestamp("2023-06-12")


def test_official_without_titles_keeps_one_row_at_its_first_mention():
    rec = full_record()
    rec.officials[0].titles = []
    check_record(rec)
    [row] = rows([rec], "officials")
    assert (row["name"], row["text"], row["start"], row["title"]) == ("Lê Văn An", "Lê Văn An", at("Lê Văn An")[0], None)


def test_spans_table_lists_what_the_view_marks(records):
    frame = extractor.to_frame(records, "spans")
    assert frame["field"].value_counts().to_dict() == {
        "dates": 2, "percentages": 1, "targets": 1, "resolutions": 1, "titles": 1, "officials": 2, "organizations": 3}
    for _, row in frame.iterrows():
        assert records[0].text[row["start"]:row["end"]] == row["text"]


def test_dicts_from_jsonl_give_the_same_tables_as_records(records):
    dicts = [r.to_dict() for r in records] + [{**Record(id="bad", text="").to_dict(), "error": "not UTF-8"}]
    for field in COLUMNS:
        assert rows(dicts[:2], field) == rows(records, field)
    assert extractor.to_frame(dicts, None)["error"].tolist()[-1] == "not UTF-8"


def test_one_record_and_empty_input_give_frames_with_the_columns(records):
    assert extractor.to_frame(records[0], "percentages")["value"].tolist() == [105.0]
    empty = extractor.to_frame([], "targets")
    assert empty.empty and list(empty.columns) == COLUMNS["targets"]


def test_unknown_field_is_an_error(records):
    with pytest.raises(ValueError, match="unknown table 'people'"):
        extractor.to_frame(records, "people")


def test_without_pandas_the_error_names_the_extra(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(MissingDependencyError, match=r"pip install 'extractor\[pandas\]'"):
        extractor.to_frame([], "dates")


def test_records_written_without_text_still_give_tables(records):
    dicts = [records[0].to_dict(include_text=False)]
    assert rows(dicts, "percentages") == rows(records[:1], "percentages")
    assert rows(dicts, "documents")[0]["chars"] == 0
