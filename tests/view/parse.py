"""Read the review HTML back with html.parser: the marks, their nesting, and the article text."""
from html.parser import HTMLParser

VOID = {"meta", "br", "img", "link", "hr", "input"}


class ReviewParser(HTMLParser):
    """Collects every ``<mark>`` (attributes, text, enclosing marks) and the text of ``div.ex-text``."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.marks: list[dict] = []
        self.open_marks: list[dict] = []
        self.texts: list[str] = []  # one per div.ex-text
        self.tags: list[tuple[str, dict]] = []

    def _in_text(self) -> bool:
        return any(t == "div" and "ex-text" in a.get("class", "").split() for t, a in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag in VOID:
            return
        if tag == "div" and "ex-text" in attrs.get("class", "").split():
            self.texts.append("")
        if tag == "mark":
            mark = {"attrs": attrs, "text": "", "parents": [m["attrs"]["data-item"] for m in self.open_marks]}
            self.marks.append(mark)
            self.open_marks.append(mark)
        self.stack.append((tag, attrs))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        assert self.stack and self.stack[-1][0] == tag, f"unbalanced </{tag}> after {self.stack[-1:]}"
        self.stack.pop()
        if tag == "mark":
            self.open_marks.pop()

    def handle_data(self, data):
        for mark in self.open_marks:
            mark["text"] += data
        if self._in_text():
            self.texts[-1] += data


def parse(html: str) -> ReviewParser:
    p = ReviewParser()
    p.feed(html)
    p.close()
    assert not p.stack, f"unclosed elements: {p.stack}"
    return p


def items(p: ReviewParser) -> dict[str, dict]:
    """Fragments grouped by ``data-item``: field, offsets, joined text, tip, fragment count."""
    out: dict[str, dict] = {}
    for m in p.marks:
        a = m["attrs"]
        row = out.setdefault(a["data-item"], {"field": a["data-field"], "class": a["class"],
                                              "start": int(a["data-start"]), "end": int(a["data-end"]),
                                              "text": "", "title": a["title"], "fragments": 0})
        row["text"] += m["text"]
        row["fragments"] += 1
    return out
