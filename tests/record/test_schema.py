"""The checked-in JSON Schema is the one generated from the models, and records satisfy it."""
import jsonschema
import pytest

from extractor.record import Date, Record, record_from_dict, record_to_dict
from extractor.record.schema import load_schema, schema_text


def test_checked_in_schema_is_current():
    from importlib import resources

    checked_in = resources.files("extractor").joinpath("schema", "record.schema.json").read_text("utf-8")
    assert checked_in == schema_text(), "run: python -m extractor.record.schema"


def test_schema_rejects_a_bad_day():
    rec = Record(id="x", text="năm 2023", dates=[Date("năm 2023", 0, 8, "year", "2023", "2023-1-1", "2023-12-31")])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(rec.to_dict(), load_schema())


def test_round_trip_and_key_order():
    rec = Record(id="a", text="năm 2023", dates=[Date("năm 2023", 0, 8, "year", "2023", "2023-01-01", "2023-12-31")])
    data = record_to_dict(rec)
    assert list(data)[:6] == ["schema_version", "id", "source", "title", "published", "text"]
    assert record_from_dict(data) == rec
    assert "text" not in rec.to_dict(include_text=False)


def test_regression_record_without_text_reads_back():
    """Records written with --no-text have no "text" key; reading them back failed."""
    rec = Record(id="a", text="năm 2023", dates=[Date(text="năm 2023", start=0, end=8, kind="year",
                                                       value="2023", start_date="2023-01-01",
                                                       end_date="2023-12-31")])
    back = record_from_dict(rec.to_dict(include_text=False))
    assert back.text == "" and back.dates == rec.dates and back.id == "a"
