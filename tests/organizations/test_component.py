"""The organizations component in the pipeline: records, span group, warnings, seed, linear time."""

import pytest

from extractor.lang import load
from extractor.organizations import compile_lexicon, find_organizations
from extractor.text.normalize import matching_view
from conftest import check_record
from timing import assert_linear

TEXT = ("Sáng 12/6/2023, Đảng bộ Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam (Đảng bộ TKV) họp. "
        "Đồng chí A, Phó Bí thư Đảng ủy TKV, và đại diện Ủy ban nhân dân (UBND) tỉnh dự. "
        "Tổng sản phẩm trong nước (GDP) tăng 5%.")


def test_records_carry_organizations_with_exact_mentions(ex):
    data = check_record(ex(TEXT))
    got = [(o["name"], o["abbreviation"], [(m["text"], m["start"]) for m in o["mentions"]])
           for o in data["organizations"]]
    assert got == [
        ("Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam", "TKV",
         [("Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam", 24), ("TKV", 81), ("TKV", 122)]),
        ("Ủy ban nhân dân", "UBND", [("Ủy ban nhân dân", 139), ("UBND", 156)]),
    ]


def test_span_group_holds_every_mention(ex):
    doc = ex.nlp(ex._prepare(TEXT))
    assert [(s.text, s.start_char, s.label_) for s in doc.spans["organizations"]] == [
        ("Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam", 24, "ORG"), ("TKV", 81, "ORG"),
        ("TKV", 122, "ORG"), ("Ủy ban nhân dân", 139, "ORG"), ("UBND", 156, "ORG")]
    assert [o.abbreviation for o in doc._.organizations] == ["TKV", "UBND"]


def test_seed_organization_matches_gold(ex, seed_gold):
    data = check_record(ex(seed_gold["text"], id=seed_gold["id"]))
    assert [(o["name"], o["abbreviation"]) for o in data["organizations"]] == [
        (o["name"], o["abbreviation"]) for o in seed_gold["organizations"]]
    assert all(m["text"] in ("TKV", seed_gold["organizations"][0]["name"])
               for m in data["organizations"][0]["mentions"])


def test_too_many_organizations_is_a_warning(ex):
    text = " ".join(f"Công ty Số {i} (CT{i}X)." for i in range(120))
    rec = ex(text)
    check_record(rec)
    assert len(rec.organizations) == 100
    assert [w[:4] for w in rec.warnings] == ["W070"]


def test_no_organizations_in_plain_text(ex):
    assert ex("Hội nghị sơ kết công tác sản xuất kinh doanh (SXKD) năm 2023.").organizations == []


LEX = compile_lexicon(load("organizations"))


@pytest.mark.parametrize("chunk", [
    "(ABC) (ABC) ",
    "Công Ty Ban Hội Tập Đoàn Viện Sở Bộ ",
    "Công ty Ban Hội Tập đoàn Viện Sở Bộ Ngân hàng Quỹ Ủy ban (ABC) ",
    "Công ty Than (ABC) ",
    "Công ty A, ",
    "Ban Chấp hành Đảng ủy Ban Thường vụ Công ty (CT) ",
    "Hội Liên hiệp Phụ nữ HLHPN ABCDEFG ",
])
def test_linear_time_on_1mb(chunk):
    """1 MB of brackets and capitalised runs, in time linear in its length (both pairing modes)."""
    def run(text):
        view = matching_view(text)
        find_organizations(view, LEX)
        find_organizations(view, LEX, by_initials=True)

    assert_linear(run, chunk)
