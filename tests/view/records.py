"""A hand-made record with items of every field (other extractors may not exist yet)."""
from extractor.record import Date, Official, Organization, Percentage, Record, Resolution, Span, Target, Title

TEXT = (
    "Sáng ngày 12/6/2023, đồng chí Lê Văn An – Bí thư Tỉnh ủy Quảng Ninh chủ trì hội nghị.\n"
    "Hội nghị quán triệt Nghị quyết số 35/NQ/TW ngày 22/10/2018 của Bộ Chính trị.\n"
    "Doanh thu đạt 2.134 tỷ đồng, bằng 105% kế hoạch.\n"
    "Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam (TKV) giao chỉ tiêu. Đồng chí Lê Văn An phát biểu.\n"
)


def at(piece: str, occ: int = 0) -> tuple[int, int]:
    """Offsets of the ``occ``-th occurrence of ``piece`` in TEXT."""
    start = -1
    for _ in range(occ + 1):
        start = TEXT.index(piece, start + 1)
    return start, start + len(piece)


def span(cls, piece: str, occ: int = 0, **kw):
    start, end = at(piece, occ)
    return cls(text=piece, start=start, end=end, **kw)


def full_record() -> Record:
    """One item of each field, with nesting: a date inside a resolution, a percentage
    inside a target, an organisation mention inside an official's title."""
    return Record(
        id="hand-1", text=TEXT, title="Hội nghị", published="2023-06-12",
        dates=[
            span(Date, "Sáng ngày 12/6/2023", kind="date", value="2023-06-12", start_date="2023-06-12",
                 end_date="2023-06-12", part_of_day="morning"),
            span(Date, "ngày 22/10/2018", kind="date", value="2018-10-22", start_date="2018-10-22",
                 end_date="2018-10-22"),
        ],
        percentages=[span(Percentage, "105%", value=105.0, subject="doanh thu")],
        targets=[span(Target, "Doanh thu đạt 2.134 tỷ đồng, bằng 105% kế hoạch", metric="Doanh thu",
                      value=2134.0, unit="tỷ đồng", attainment_percent=105.0, baseline="kế hoạch",
                      status="exceeded")],
        resolutions=[span(Resolution, "Nghị quyết số 35/NQ/TW ngày 22/10/2018 của Bộ Chính trị",
                          doc_type="Nghị quyết", number="35/NQ/TW", issued="2018-10-22", issuer="Bộ Chính trị")],
        officials=[Official(
            name="Lê Văn An", honorific="đồng chí",
            titles=[span(Title, "Bí thư Tỉnh ủy Quảng Ninh", title="Bí thư Tỉnh ủy Quảng Ninh", role="Bí thư",
                         organization="Tỉnh ủy Quảng Ninh")],
            mentions=[span(Span, "Lê Văn An", 0), span(Span, "Lê Văn An", 1)],
        )],
        organizations=[
            Organization(name="Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam", abbreviation="TKV",
                         mentions=[span(Span, "Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam"), span(Span, "TKV")]),
            Organization(name="Tỉnh ủy Quảng Ninh", mentions=[span(Span, "Tỉnh ủy Quảng Ninh")]),
        ],
        warnings=["W004: year-less date 'sáng 28-6' has no article date to take its year from; left out"],
    )
