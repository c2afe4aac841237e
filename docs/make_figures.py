"""Make the README's pictures: the review view of the example article and the archive figure.

    python docs/make_figures.py

Writes docs/review.png (``extractor show`` of the example article, in headless Chromium) and
docs/archive.png and docs/archive_index.png (notebooks/archive_analysis.ipynb and
archive_index.ipynb run with EXTRACTOR_FIGURES=docs).
Needs the ``notebooks`` extra and Chromium. Re-run it when the extractors change.
"""
import os
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent


def review_png() -> None:
    from extractor.cli.main import main
    from extractor.view.browser import screenshot

    os.chdir(ROOT)  # the page header shows the source path: keep it relative
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "review.html"
        code = main(["show", "extractor/examples/article.txt", "--no-items", "-o", str(page)])
        if code:
            sys.exit(code)
        screenshot(page, DOCS / "review.png", width=1000, height=760)


def archive_png(name: str = "archive_analysis.ipynb") -> None:
    import nbclient
    import nbformat

    nb = nbformat.read(ROOT / "notebooks" / name, as_version=4)
    os.environ["EXTRACTOR_FIGURES"] = str(DOCS)
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    review_png()
    archive_png()
    archive_png("archive_index.ipynb")
    print(f"wrote {DOCS / 'review.png'}, {DOCS / 'archive.png'} and {DOCS / 'archive_index.png'}")
