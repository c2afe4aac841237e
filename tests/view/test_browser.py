"""The review page in a real headless Chromium: the screenshot shows every field's colour in the article."""
import pytest

from conftest import check_record
from extractor.view.browser import find_chromium, screenshot
from extractor.view.style import FIELD_STYLES
from view.records import full_record

Image = pytest.importorskip("PIL.Image", reason="pillow (test extra) is needed to read the screenshot")

pytestmark = pytest.mark.skipif(
    find_chromium() is None,
    reason="no Chromium found (chromium, chromium-browser, google-chrome or $CHROMIUM); "
           ".ci/run installs Debian's chromium when it can",
)


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))


def _bands(rows: list[int]) -> int:
    """How many separate horizontal bands the rows form (gaps of more than 4 px split them)."""
    return sum(1 for a, b in zip(rows, rows[1:]) if b - a > 4) + 1 if rows else 0


@pytest.fixture(scope="module")
def shot(tmp_path_factory):
    rec = full_record()
    check_record(rec)
    folder = tmp_path_factory.mktemp("browser")
    page = folder / "review.html"
    page.write_text(rec.to_html(), encoding="utf-8")
    png = screenshot(page, folder / "review.png", width=900, height=700)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with Image.open(png) as img:
        return img.convert("RGB")


def test_screenshot_is_a_non_blank_png_of_the_window(shot):
    assert shot.size == (900, 700)
    assert len(shot.getcolors(maxcolors=1 << 20)) > 50  # text, marks, borders: far from blank


@pytest.mark.parametrize("field", list(FIELD_STYLES))
def test_each_fields_colour_is_painted_in_the_legend_and_in_the_article(shot, field):
    colour = _rgb(FIELD_STYLES[field][1])
    width, height = shot.size
    pixels = shot.load()
    rows = [y for y in range(height) if any(pixels[x, y] == colour for x in range(0, width, 2))]
    # One band is the legend key; the field's marks in the article make at least one more.
    assert _bands(rows) >= 2, (field, rows[:5], rows[-5:])
