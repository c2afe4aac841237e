"""Documents keyed by normalised number, or by type + issuer + congress/term when unnumbered."""
from extractor.archive import document_key, index


def _rec(doc_id, published, *resolutions):
    return {"id": doc_id, "published": published, "resolutions": list(resolutions)}


def test_numbered_documents_match_by_letters_and_digits():
    ix = index([
        _rec("a", "2019-01-05", {"doc_type": "Nghị quyết", "number": "35-NQ/TW", "issuer": "Bộ Chính trị",
                                 "subject": "bảo vệ nền tảng tư tưởng", "issued": "2018-10-22"}),
        _rec("b", "2020-06-01", {"doc_type": "Nghị quyết", "number": "35/NQ-TW", "issuer": None,
                                 "subject": "tăng cường bảo vệ nền tảng tư tưởng của Đảng", "issued": None}),
        _rec("c", "2018-12-01", {"doc_type": "Nghị quyết", "number": "35-NQ/TW"}),
    ])
    (row,) = ix.documents
    assert row == {"key": "no:35NQTW", "doc_type": "Nghị quyết", "number": "35-NQ/TW", "issuer": "Bộ Chính trị",
                   "issued": "2018-10-22", "subject": "tăng cường bảo vệ nền tảng tư tưởng của Đảng",
                   "congress": None, "term": None, "n_citing": 3, "first_cited": "2018-12-01",
                   "last_cited": "2020-06-01", "citing_ids": ["a", "b", "c"]}


def test_unnumbered_congress_resolutions_key_on_type_issuer_congress_and_term():
    a = {"doc_type": "Nghị quyết", "congress": "Đại hội Đảng bộ tỉnh lần thứ XI", "term": "2020/2025"}
    b = {"doc_type": "nghị quyết", "congress": "Đại hội Đảng bộ tỉnh lần thứ XI", "term": "2020/2025"}
    c = {"doc_type": "Nghị quyết", "congress": "Đại hội Đảng bộ tỉnh lần thứ XII", "term": "2025/2030"}
    assert document_key(a) == document_key(b) == "doc:nghị quyết||đại hội đảng bộ tỉnh lần thứ xi|2020 2025"
    assert document_key(c) != document_key(a)


def test_unnumbered_documents_without_congress_or_term_also_key_on_their_subject():
    a = {"doc_type": "Nghị quyết", "issuer": "Tỉnh ủy", "subject": "phát triển du lịch"}
    b = {"doc_type": "Nghị quyết", "issuer": "Tỉnh ủy", "subject": "chuyển đổi số"}
    law = {"doc_type": "Luật", "text": "Luật Đất đai năm 2024"}
    assert document_key(a) != document_key(b)
    assert document_key(law) == "doc:luật||||luật đất đai năm 2024"


def test_documents_are_listed_most_cited_first():
    one = {"doc_type": "Chỉ thị", "number": "05-CT/TW"}
    two = {"doc_type": "Kết luận", "number": "21-KL/TW"}
    ix = index([_rec("a", None, one, two), _rec("b", None, two)])
    assert [(r["key"], r["n_citing"]) for r in ix.documents] == [("no:21KLTW", 2), ("no:05CTTW", 1)]
