"""Person × position rows: variants merged, namesakes kept apart only when their posts conflict in time."""
from extractor.archive import index


def _rec(doc_id, published, *officials):
    return {"id": doc_id, "published": published, "dates": [], "officials": [
        {"name": name, "honorific": hon, "titles": [
            {"title": f"{role} {org}".strip(), "role": role, "organization": org or None}
            for role, org in titles]}
        for name, hon, titles in officials]}


def _people(ix):
    return sorted((r["person_id"], r["person"], r["role"], r["organization"], r["first_seen"], r["last_seen"],
                   r["n_articles"], tuple(r["article_ids"])) for r in ix.positions)


def test_tone_mark_variants_and_honorifics_are_one_person():
    ix = index([
        _rec("a", "2021-03-01", ("Nguyễn Thị Hoà", "bà", [("Chủ tịch", "Hội LHPN huyện")])),
        _rec("b", "2021-09-15", ("Nguyễn Thị Hòa", "đồng chí", [("Chủ tịch", "Hội LHPN huyện")])),
        _rec("c", "2022-01-10", ("Nguyễn Thị Hòa", None, [("Chủ tịch", "Hội LHPN huyện")])),
    ])
    assert _people(ix) == [("nguyễn thị hòa", "Nguyễn Thị Hòa", "Chủ tịch", "Hội LHPN huyện",
                            "2021-03-01", "2022-01-10", 3, ("a", "b", "c"))]


def test_one_person_keeps_successive_posts():
    ix = index([
        _rec("a", "2015-05-01", ("Lê Văn Tâm", None, [("Bí thư", "Huyện ủy Đông Triều")])),
        _rec("b", "2021-06-01", ("Lê Văn Tâm", None, [("Bí thư", "Tỉnh ủy Quảng Ninh")])),
    ])
    assert {r["person_id"] for r in ix.positions} == {"lê văn tâm"}


def test_namesakes_holding_the_same_role_in_two_bodies_at_once_are_two_people():
    ix = index([
        _rec("a", "2020-03-01", ("Trần Văn Hùng", None, [("Chủ tịch", "UBND xã Tân An")])),
        _rec("b", "2020-04-01", ("Trần Văn Hùng", None, [("Chủ tịch", "UBND xã Phú Lộc")])),
        _rec("c", "2020-09-01", ("Trần Văn Hùng", None, [("Chủ tịch", "UBND xã Tân An")])),
    ])
    assert [(r["person_id"], r["organization"], r["n_articles"]) for r in ix.positions] == [
        ("trần văn hùng", "UBND xã Tân An", 2), ("trần văn hùng #2", "UBND xã Phú Lộc", 1)]


def test_a_shorter_wording_of_the_same_body_does_not_split_a_person():
    ix = index([
        _rec("a", "2020-03-01", ("Phạm Minh Đức", None, [("Phó Chủ tịch", "UBND tỉnh")])),
        _rec("b", "2020-04-01", ("Phạm Minh Đức", None, [("Phó Chủ tịch", "UBND tỉnh Hà Nam")])),
    ])
    assert {r["person_id"] for r in ix.positions} == {"phạm minh đức"}


def test_two_bodies_named_in_one_article_are_one_person():
    ix = index([_rec("a", "2020-03-01", ("Vũ Thị Lan", None, [("Giám đốc", "Sở Tài chính"),
                                                              ("Giám đốc", "Kho bạc Nhà nước tỉnh")]))])
    assert {r["person_id"] for r in ix.positions} == {"vũ thị lan"}


def test_error_rows_are_counted_not_indexed():
    ix = index([{"id": "x", "error": "line 2: invalid JSON"}, _rec("a", None, ("Lê Văn Tâm", None, [("Bí thư", "")]))])
    assert (ix.records, ix.skipped) == (1, 1)
    assert [(r["role"], r["organization"], r["first_seen"]) for r in ix.positions] == [("Bí thư", None, None)]
