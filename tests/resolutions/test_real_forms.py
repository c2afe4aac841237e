"""Reference forms of real party and council writing: congresses of delegates, plenums,
numbers without "số", lower-case types, reports and submissions, named kinds, nested
references and projects named up to their period (through the whole pipeline)."""
import pytest

from resolutions_cases import assert_items, expecter, resolutions

expect = expecter()


@pytest.mark.parametrize("text, expected", [
    # Congresses of delegates ("Đại hội đại biểu"), with and without the term.
    ("Ban Thường vụ lãnh đạo thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bắc Kạn lần thứ XII, nhiệm kỳ "
     "2020 - 2025 trên các lĩnh vực.",
     [expect("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bắc Kạn lần thứ XII, nhiệm kỳ 2020 - 2025", "Nghị quyết",
             congress="Đại hội đại biểu Đảng bộ tỉnh Bắc Kạn lần thứ XII", ordinal=12, term="2020/2025")]),
    ("Các chỉ tiêu của Nghị quyết Đại hội đại biểu Đảng bộ huyện Na Rì lần thứ XXII đều đạt và vượt.",
     [expect("Nghị quyết Đại hội đại biểu Đảng bộ huyện Na Rì lần thứ XXII", "Nghị quyết",
             congress="Đại hội đại biểu Đảng bộ huyện Na Rì lần thứ XXII", ordinal=22)]),
    # Plenums written by the committee's short name and number.
    ("Cán bộ, đảng viên thấm nhuần Nghị quyết Trung ương 4 khóa XII, Nghị quyết TW 7 khóa XI và Nghị quyết Hội "
     "nghị Trung ương 6 khóa XIII trong công tác.",
     [expect("Nghị quyết Trung ương 4 khóa XII", "Nghị quyết", ordinal=4),
      expect("Nghị quyết TW 7 khóa XI", "Nghị quyết", ordinal=7),
      expect("Nghị quyết Hội nghị Trung ương 6 khóa XIII", "Nghị quyết", ordinal=6)]),
    # Numbers without "số".
    ("Hội nghị quán triệt Nghị quyết 57/NQ-TW, Chỉ thị 35-CT/TW đến toàn thể đảng viên.",
     [expect("Nghị quyết 57/NQ-TW", "Nghị quyết", number="57/NQ-TW"),
      expect("Chỉ thị 35-CT/TW", "Chỉ thị", number="35-CT/TW")]),
    # Lower-case types before a full number.
    ("Đảng ủy xã quán triệt chỉ thị số 24-CT/HU về lãnh đạo đại hội chi bộ tiến tới Đại hội đại biểu Đảng bộ xã "
     "lần thứ XV, nhiệm kỳ 2025-2030. Theo đó, các chi bộ hoàn thành.",
     [expect("chỉ thị số 24-CT/HU về lãnh đạo đại hội chi bộ tiến tới Đại hội đại biểu Đảng bộ xã lần thứ XV, "
             "nhiệm kỳ 2025-2030", "Chỉ thị", number="24-CT/HU",
             subject="lãnh đạo đại hội chi bộ tiến tới Đại hội đại biểu Đảng bộ xã lần thứ XV, nhiệm kỳ 2025-2030")]),
    ("Tháng 3, HĐND huyện ban hành nghị quyết số 08/NQ-HĐND về dự toán ngân sách năm 2025; các xã triển khai.",
     [expect("nghị quyết số 08/NQ-HĐND về dự toán ngân sách năm 2025", "Nghị quyết", number="08/NQ-HĐND",
             subject="dự toán ngân sách năm 2025")]),
    ("UBND xã quán triệt quyết định số 1234/QĐ-UBND ngày 5/4/2023 của UBND tỉnh về việc phê duyệt quy hoạch. Sau đó",
     [expect("quyết định số 1234/QĐ-UBND ngày 5/4/2023 của UBND tỉnh về việc phê duyệt quy hoạch", "Quyết định",
             number="1234/QĐ-UBND", issued="2023-04-05", issuer="UBND tỉnh", subject="việc phê duyệt quy hoạch")]),
    # A reference adjusting another is one item; the inner one stays in its subject.
    ("Kỳ họp thông qua Nghị quyết số 21/NQ-HĐND ngày 10/7/2024 về việc điều chỉnh Nghị quyết số 45/NQ-HĐND ngày "
     "8/12/2023 của HĐND tỉnh về kế hoạch đầu tư công trung hạn. Sau đó, đại biểu thảo luận.",
     [expect("Nghị quyết số 21/NQ-HĐND ngày 10/7/2024 về việc điều chỉnh Nghị quyết số 45/NQ-HĐND ngày 8/12/2023 "
             "của HĐND tỉnh về kế hoạch đầu tư công trung hạn", "Nghị quyết", number="21/NQ-HĐND",
             issued="2024-07-10", subject="việc điều chỉnh Nghị quyết số 45/NQ-HĐND ngày 8/12/2023 của HĐND tỉnh "
             "về kế hoạch đầu tư công trung hạn")]),
    # A congress named by its numeral and its body, the term in brackets; the short repeat copies both.
    ("Hội nông dân các cấp thực hiện Nghị quyết Đại hội VIII Hội Nông dân Việt Nam (nhiệm kỳ 2023- 2028) bằng "
     "nhiều phong trào. Nghị quyết Đại hội VIII cũng đề ra mục tiêu mới.",
     [expect("Nghị quyết Đại hội VIII Hội Nông dân Việt Nam (nhiệm kỳ 2023- 2028)", "Nghị quyết",
             congress="Đại hội VIII Hội Nông dân Việt Nam", ordinal=8, term="2023/2028"),
      expect("Nghị quyết Đại hội VIII", "Nghị quyết", congress="Đại hội VIII Hội Nông dân Việt Nam", ordinal=8,
             term="2023/2028")]),
    ("Cựu chiến binh quán triệt Nghị quyết Đại hội VII Hội Cựu chiến binh tỉnh đến từng chi hội.",
     [expect("Nghị quyết Đại hội VII Hội Cựu chiến binh tỉnh", "Nghị quyết",
             congress="Đại hội VII Hội Cựu chiến binh tỉnh", ordinal=7)]),
    # A subject that is one quoted title is the title.
    ("Hướng dẫn số 09-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy về “Tuyên truyền kỷ niệm các ngày lễ lớn năm 2025” được "
     "triển khai.",
     [expect("Hướng dẫn số 09-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy về “Tuyên truyền kỷ niệm các ngày lễ lớn năm "
             "2025”", "Hướng dẫn", number="09-HD/BTGTU", issuer="Ban Tuyên giáo Tỉnh ủy",
             subject="Tuyên truyền kỷ niệm các ngày lễ lớn năm 2025")]),
])
def test_real_reference_forms(ex, text, expected):
    assert_items(text, resolutions(ex, text), expected)


@pytest.mark.parametrize("text, expected", [
    ("Đồng chí Nguyễn Văn An trình bày Báo cáo chính trị của Ban Chấp hành Đảng bộ huyện khóa XXIII trình Đại hội.",
     [expect("Báo cáo chính trị của Ban Chấp hành Đảng bộ huyện khóa XXIII", "Báo cáo",
             issuer="Ban Chấp hành Đảng bộ huyện khóa XXIII")]),
    ("Các đại biểu nghe Tờ trình của UBND tỉnh về việc điều chỉnh dự toán ngân sách năm 2024 và Báo cáo thẩm tra "
     "của Ban Kinh tế - Ngân sách HĐND tỉnh.",
     [expect("Tờ trình của UBND tỉnh về việc điều chỉnh dự toán ngân sách năm 2024", "Tờ trình", issuer="UBND tỉnh",
             subject="việc điều chỉnh dự toán ngân sách năm 2024"),
      expect("Báo cáo thẩm tra của Ban Kinh tế - Ngân sách HĐND tỉnh", "Báo cáo",
             issuer="Ban Kinh tế - Ngân sách HĐND tỉnh")]),
    ("Quốc hội xem xét tờ trình của Chính phủ về việc thành lập thành phố Huế trực thuộc Trung ương.",
     [expect("tờ trình của Chính phủ về việc thành lập thành phố Huế trực thuộc Trung ương", "Tờ trình",
             issuer="Chính phủ", subject="việc thành lập thành phố Huế trực thuộc Trung ương")]),
    ("Hội nghị cho ý kiến vào Báo cáo tổng kết công tác năm 2024 của Ban Thường vụ Tỉnh ủy và phương hướng năm 2025.",
     [expect("Báo cáo tổng kết công tác năm 2024 của Ban Thường vụ Tỉnh ủy", "Báo cáo",
             issuer="Ban Thường vụ Tỉnh ủy")]),
    # Named kinds stand alone; a list of them is one item each, the inner resolution stays in its subject.
    ("Hội nghị cho ý kiến về Quy chế làm việc, Kế hoạch toàn khóa thực hiện Nghị quyết Đại hội và Chương trình "
     "công tác của Ủy ban MTTQ tỉnh Nghệ An khóa XVI.",
     [expect("Quy chế làm việc", "Quy chế"),
      expect("Kế hoạch toàn khóa thực hiện Nghị quyết Đại hội", "Kế hoạch", subject="thực hiện Nghị quyết Đại hội"),
      expect("Chương trình công tác của Ủy ban MTTQ tỉnh Nghệ An khóa XVI", "Chương trình",
             issuer="Ủy ban MTTQ tỉnh Nghệ An khóa XVI")]),
    ("Hội nghị thông qua Chương trình công tác năm 2025 của Ban Chấp hành Công đoàn tỉnh.",
     [expect("Chương trình công tác năm 2025 của Ban Chấp hành Công đoàn tỉnh", "Chương trình",
             issuer="Ban Chấp hành Công đoàn tỉnh")]),
    ("Ban Thường vụ thảo luận Quy chế hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh; sau đó",
     [expect("Quy chế hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh", "Quy chế",
             issuer="Ban Chỉ đạo chuyển đổi số tỉnh")]),
])
def test_reports_submissions_and_named_kinds_are_items(ex, text, expected):
    assert_items(text, resolutions(ex, text), expected)


@pytest.mark.parametrize("text, expected", [
    ("Thực hiện đề án phát triển du lịch cộng đồng giai đoạn 2021-2025, tầm nhìn đến năm 2030, huyện đã xây dựng "
     "12 mô hình.",
     [expect("đề án phát triển du lịch cộng đồng giai đoạn 2021-2025, tầm nhìn đến năm 2030", "Đề án",
             subject="phát triển du lịch cộng đồng giai đoạn 2021-2025, tầm nhìn đến năm 2030")]),
    ("Triển khai đề án nâng cao chất lượng cây ăn quả, cây dược liệu giai đoạn 2022-2025, toàn xã trồng mới 30 ha.",
     [expect("đề án nâng cao chất lượng cây ăn quả, cây dược liệu giai đoạn 2022-2025", "Đề án",
             subject="nâng cao chất lượng cây ăn quả, cây dược liệu giai đoạn 2022-2025")]),
    ("Huyện xây dựng Đề án chuyển đổi số giai đoạn 2022 – 2025 của UBND huyện và triển khai.",
     [expect("Đề án chuyển đổi số giai đoạn 2022 – 2025 của UBND huyện", "Đề án", issuer="UBND huyện",
             subject="chuyển đổi số giai đoạn 2022 – 2025")]),
])
def test_project_named_up_to_its_period_is_an_item(ex, text, expected):
    assert_items(text, resolutions(ex, text), expected)


def test_resolution_named_by_local_committee_is_an_item(ex):
    text = "Năm qua, chi bộ hoàn thành chỉ tiêu kết nạp đảng viên theo Nghị quyết của BCH đã đề ra."
    assert_items(text, resolutions(ex, text), [expect("Nghị quyết của BCH", "Nghị quyết", issuer="BCH")])


def test_heading_line_naming_a_resolution_is_an_item():
    """A short line between the dateline and the body is a heading when a reference fills it."""
    from extractor.resolutions.finder import _whole_line
    from extractor.resolutions.patterns import Tokens
    from extractor.resolutions.reference import Reference

    tokens = Tokens("Thứ Hai, 12/5/2025\n\nNghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII\n\nBáo đăng …")
    first = tokens.low.index("nghị")
    last = tokens.low.index("xviii") + 1
    assert _whole_line(tokens, Reference(first, last, "Nghị quyết", "congress"))
    assert not _whole_line(tokens, Reference(first, last - 3, "Nghị quyết", "congress"))


def test_heading_reference_in_article_is_found(ex):
    text = ("Thứ Hai, 12/5/2025, 08:15 (GMT+7)\n.\n\n"
            "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Cao Bằng lần thứ XX\n\n"
            "Báo tỉnh trân trọng giới thiệu toàn văn Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Cao Bằng lần thứ XX, "
            "nhiệm kỳ 2025 - 2030 đã được thông qua tại phiên bế mạc Đại hội. Các đại biểu biểu quyết tán thành "
            "toàn bộ nội dung văn kiện và chương trình hành động của nhiệm kỳ mới.")
    found = resolutions(ex, text)
    assert [(r["text"], r["ordinal"]) for r in found] == [
        ("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Cao Bằng lần thứ XX", 20),
        ("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Cao Bằng lần thứ XX, nhiệm kỳ 2025 - 2030", 20),
    ]
    assert found[0]["start"] == text.index("Nghị quyết")


@pytest.mark.parametrize("text", [
    "Báo cáo tại hội nghị, đồng chí Lê Văn Bình cho biết các chỉ tiêu đều đạt.",
    "Các đại biểu nghe báo cáo tình hình kinh tế - xã hội và các báo cáo của UBND tỉnh.",
    "Báo cáo viên Trung ương đã quán triệt chuyên đề.",
    "Theo báo cáo của Sở Tài chính, thu ngân sách đạt 95% dự toán.",
    "Các ban HĐND tỉnh đã báo cáo thẩm tra các nội dung trình kỳ họp.",
    "Đồng chí Trần Thị Hoa trình bày Báo cáo chính trị tại Đại hội.",
    "Báo cáo chính trị trình đại hội nêu rõ những kết quả nổi bật.",
    "Lãnh đạo Sở Tài chính trình bày tờ trình và dự thảo nghị quyết.",
    "Các chi bộ xây dựng chương trình hành động thực hiện Nghị quyết sát với thực tiễn.",
    "Đề án này đã góp phần nâng cao thu nhập năm 2024 cho người dân.",
    "Quán triệt Nghị quyết của Đảng, chính sách pháp luật của Nhà nước.",
])
def test_generic_reports_and_common_nouns_are_not_items(ex, text):
    assert resolutions(ex, text) == []


@pytest.mark.parametrize("text, expected", [
    # Commas around the issue date.
    ("Thực hiện Kết luận số 09-KL/TW, ngày 14/3/2022 của Bộ Chính trị về công tác dân vận, các cấp ủy đã vào cuộc.",
     [expect("Kết luận số 09-KL/TW, ngày 14/3/2022 của Bộ Chính trị về công tác dân vận", "Kết luận",
             number="09-KL/TW", issued="2022-03-14", issuer="Bộ Chính trị", subject="công tác dân vận")]),
    ("Theo Kế hoạch số 45-KH/TU, ngày 10/3/2024, của Ban Thường vụ Tỉnh ủy, các huyện hoàn thành trước tháng 6.",
     [expect("Kế hoạch số 45-KH/TU, ngày 10/3/2024, của Ban Thường vụ Tỉnh ủy", "Kế hoạch", number="45-KH/TU",
             issued="2024-03-10", issuer="Ban Thường vụ Tỉnh ủy")]),
    # The council's place word written after its number.
    ("Sửa đổi Nghị quyết số 12/2021/NQ-HĐND tỉnh ngày 9/12/2021 của HĐND tỉnh về phí tham quan; định mức chi.",
     [expect("Nghị quyết số 12/2021/NQ-HĐND tỉnh ngày 9/12/2021 của HĐND tỉnh về phí tham quan", "Nghị quyết",
             number="12/2021/NQ-HĐND", issued="2021-12-09", issuer="HĐND tỉnh", subject="phí tham quan")]),
    # A plenum's term of office in brackets; a local committee's plenum; a council's session.
    ("Chi bộ quán triệt Nghị quyết Trung ương 7 (khóa XIII) về công tác cán bộ. Sau đó",
     [expect("Nghị quyết Trung ương 7 (khóa XIII) về công tác cán bộ", "Nghị quyết", subject="công tác cán bộ",
             ordinal=7)]),
    ("Hội nghị sơ kết thực hiện Nghị quyết Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh khóa XVI về phát triển "
     "kinh tế biển.",
     [expect("Nghị quyết Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh khóa XVI về phát triển kinh tế biển",
             "Nghị quyết", issuer="Ban Chấp hành Đảng bộ tỉnh khóa XVI", subject="phát triển kinh tế biển",
             ordinal=12)]),
    ("Các sở triển khai Nghị quyết Kỳ họp thứ 9, HĐND thành phố khóa XVI về đầu tư công. Sau đó",
     [expect("Nghị quyết Kỳ họp thứ 9, HĐND thành phố khóa XVI về đầu tư công", "Nghị quyết",
             issuer="HĐND thành phố khóa XVI", subject="đầu tư công", ordinal=9)]),
])
def test_dates_after_commas_place_words_plenums_and_sessions(ex, text, expected):
    assert_items(text, resolutions(ex, text), expected)


@pytest.mark.parametrize("text, expected", [
    # A plan or programme that carries out another document is one item; the inner one is its subject.
    ("UBND huyện ban hành Kế hoạch thực hiện Chỉ thị số 05-CT/TU của Tỉnh ủy về phòng cháy rừng; các xã triển khai.",
     [expect("Kế hoạch thực hiện Chỉ thị số 05-CT/TU của Tỉnh ủy về phòng cháy rừng", "Kế hoạch",
             subject="thực hiện Chỉ thị số 05-CT/TU của Tỉnh ủy về phòng cháy rừng")]),
    ("Ban Thường vụ ban hành Chương trình hành động thực hiện Nghị quyết số 68-NQ/TW, ngày 4/5/2025 của Bộ Chính trị "
     "về phát triển kinh tế tư nhân. Nội dung như sau:",
     [expect("Chương trình hành động thực hiện Nghị quyết số 68-NQ/TW, ngày 4/5/2025 của Bộ Chính trị về phát triển "
             "kinh tế tư nhân", "Chương trình", subject="thực hiện Nghị quyết số 68-NQ/TW, ngày 4/5/2025 của Bộ Chính "
             "trị về phát triển kinh tế tư nhân")]),
    # In lower case the plan is the common noun: the inner reference is the item.
    ("Các chi bộ xây dựng chương trình hành động thực hiện Nghị quyết Đại hội sát với thực tiễn.",
     [expect("Nghị quyết Đại hội", "Nghị quyết")]),
    # A number written with spaces around its first dash.
    ("Quán triệt Kết luận số 102 - KL/TW ngày 18/8/2014 của Ban Bí thư, công tác dư luận xã hội được quan tâm.",
     [expect("Kết luận số 102 - KL/TW ngày 18/8/2014 của Ban Bí thư", "Kết luận", number="102 - KL/TW",
             issued="2014-08-18", issuer="Ban Bí thư")]),
    # Lower-case working rules with their issuer.
    ("Hội nghị thông qua quy chế làm việc của Ban Chấp hành Đảng bộ xã khóa I, nhiệm kỳ 2025 - 2030.",
     [expect("quy chế làm việc của Ban Chấp hành Đảng bộ xã khóa I", "Quy chế",
             issuer="Ban Chấp hành Đảng bộ xã khóa I")]),
])
def test_plans_carrying_out_documents_and_spaced_numbers(ex, text, expected):
    assert_items(text, resolutions(ex, text), expected)


def test_spaced_dash_without_slash_is_not_a_number(ex):
    text = "Chỉ thị số 17 - Ảnh: Minh Anh. Các cấp ủy quán triệt."
    assert all(r["number"] != "17 - Ảnh" for r in resolutions(ex, text))


def test_issuer_ends_before_a_term_of_years(ex):
    text = "Kỳ họp xem xét Quy chế hoạt động của HĐND tỉnh nhiệm kỳ 2021 - 2026; các nội dung khác."
    assert_items(text, resolutions(ex, text), [expect("Quy chế hoạt động của HĐND tỉnh", "Quy chế", issuer="HĐND tỉnh")])


@pytest.mark.parametrize("text, expected", [
    ("Công ty triển khai Nghị quyết HĐQT số 07/NQ-HĐQT ngày 3/2/2024 về kế hoạch kinh doanh. Doanh thu tăng.",
     [expect("Nghị quyết HĐQT số 07/NQ-HĐQT ngày 3/2/2024 về kế hoạch kinh doanh", "Nghị quyết",
             number="07/NQ-HĐQT", issued="2024-02-03", issuer="HĐQT", subject="kế hoạch kinh doanh")]),
    ("Thực hiện Nghị quyết HĐND tỉnh số 14/2023/NQ-HĐND về hỗ trợ sản xuất, huyện đã giải ngân.",
     [expect("Nghị quyết HĐND tỉnh số 14/2023/NQ-HĐND về hỗ trợ sản xuất", "Nghị quyết", number="14/2023/NQ-HĐND",
             issuer="HĐND tỉnh", subject="hỗ trợ sản xuất")]),
])
def test_issuing_body_between_type_and_number(ex, text, expected):
    assert_items(text, resolutions(ex, text), expected)


def test_reports_listed_before_their_shared_issuer_are_items(ex):
    text = "Đại hội thảo luận, thông qua Báo cáo chính trị, Báo cáo kiểm điểm của Ban Chấp hành Đảng bộ khóa XXI."
    assert_items(text, resolutions(ex, text), [
        expect("Báo cáo chính trị", "Báo cáo"),
        expect("Báo cáo kiểm điểm của Ban Chấp hành Đảng bộ khóa XXI", "Báo cáo",
               issuer="Ban Chấp hành Đảng bộ khóa XXI"),
    ])


def test_reports_listed_without_any_issuer_are_not_items(ex):
    assert resolutions(ex, "Báo cáo chính trị, Báo cáo kiểm điểm được Đại hội thông qua.") == []
