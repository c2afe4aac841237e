"""The review view names, on each official title, reference and target, its row in the archive index."""
import re
from html import unescape

import extractor

TEXT = ("Ngày 5/3/2024, đồng chí Lò Văn Páo, Bí thư Huyện ủy Mường Tè, quán triệt Nghị quyết số 35-NQ/TW "
        "của Bộ Chính trị. Năm 2024, huyện kết nạp 210 đảng viên, vượt 5% kế hoạch.")


def test_each_marked_item_leads_to_exactly_one_index_row(ex):
    rec = ex({"id": "v1", "text": TEXT, "published": "2024-03-05"})
    ix = extractor.index([rec])
    links = {unescape(m) for m in re.findall(r'data-index="([^"]+)"', rec.to_html())}
    assert links == {"positions:lò văn páo|bí thư|huyện ủy mường tè", "documents:no:35NQTW",
                     "targets:" + ix.targets[0]["metric_key"]}
    for link in links:
        table, key = link.split(":", 1)
        (row,) = ix.lookup(table, key)
        assert row["article_ids" if table == "positions" else "citing_ids" if table == "documents" else "doc_id"] \
            in (["v1"], "v1")
