"""Scoring as defined in shared/scoring.md."""
import copy

from extractor.evaluation.scoring import norm, score, token_f1


def test_norm_unifies_tone_marks_dashes_and_punctuation():
    assert norm("Đảng uỷ TKV – Hoà") == norm("đảng ủy tkv - hòa") == "đảng ủy tkv hòa"


def test_token_f1():
    assert token_f1("Bí thư Đảng uỷ", "Bí thư Đảng ủy") == 1.0
    assert round(token_f1("a b c d", "a b"), 3) == 0.667


def test_gold_against_itself_is_perfect(seed_gold):
    report = score([seed_gold], {seed_gold["id"]: seed_gold})
    assert report.macro_f1 == 1.0
    assert report.counts["abbreviations"].f1 == 1.0


def test_counts_for_a_wrong_date_a_missing_title_and_an_extra_official(seed_gold):
    pred = copy.deepcopy(seed_gold)
    pred["dates"][0]["end_date"] = "2023-12-31"
    pred["officials"][1]["titles"] = pred["officials"][1]["titles"][:1]
    pred["officials"].append({"name": "Nguyễn Văn Z", "titles": [{"title": "Chủ tịch"}]})
    report = score([seed_gold], {seed_gold["id"]: pred})
    d, o = report.counts["dates"], report.counts["officials"]
    assert (d.tp, d.fp, d.fn) == (11, 1, 1)
    assert (o.tp, o.fp, o.fn) == (2 + 2, 2, 1)


def test_abbreviations_need_the_same_abbreviation_and_a_close_name():
    gold = {"id": "g", "organizations": [
        {"name": "Ủy ban Mặt trận Tổ quốc Việt Nam", "abbreviation": "MTTQ"},
        {"name": "Tập đoàn Điện lực Việt Nam", "abbreviation": "EVN"}]}
    pred = {"organizations": [
        {"name": "Uỷ ban Mặt trận Tổ quốc", "abbreviation": "MTTQ"},   # token F1 0.83
        {"name": "Điện lực Việt", "abbreviation": "EVN"},               # token F1 0.67
        {"name": "Tổng sản phẩm trong nước", "abbreviation": "GDP"}]}
    c = score([gold], {"g": pred}).counts["abbreviations"]
    assert (c.tp, c.fp, c.fn) == (1, 2, 1)
