"""The notebooks: committed without outputs, and each runs top to bottom in a headless kernel."""
import os
import re
from pathlib import Path

import pytest

import extractor
from conftest import CORPUS, ROOT

nbformat = pytest.importorskip("nbformat", reason="the notebooks test needs the test extra (nbformat)")
nbclient = pytest.importorskip("nbclient", reason="the notebooks test needs the test extra (nbclient)")

NOTEBOOKS = ROOT / "notebooks"
NAMES = ["archive_analysis.ipynb", "archive_index.ipynb", "error_analysis.ipynb", "quickstart.ipynb"]


def test_the_four_notebooks_are_there():
    assert sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_committed_notebook_has_no_outputs(name):
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(nb)
    dirty = [i for i, c in enumerate(nb.cells)
             if c.cell_type == "code" and (c.outputs or c.execution_count is not None)]
    assert dirty == [], f"{name}: cells {dirty} keep outputs; run `python notebooks/strip.py notebooks/*.ipynb`"


def _outputs(nb, mime: str) -> list[str]:
    return [out.get("data", {}).get(mime, "") if out.output_type != "stream" else out.text
            for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs
            if mime in out.get("data", {}) or (mime == "stream" and out.output_type == "stream")]


@pytest.fixture(scope="module")
def run_notebook():
    """Run a notebook in a fresh kernel, importing the same extractor as these tests do."""
    code_root = str(Path(extractor.__file__).resolve().parent.parent)
    env_path = os.pathsep.join(filter(None, [code_root, os.environ.get("PYTHONPATH")]))

    def run(name):
        nb = nbformat.read(NOTEBOOKS / name, as_version=4)
        old = os.environ.get("PYTHONPATH")
        os.environ["PYTHONPATH"] = env_path  # the kernel inherits it
        os.environ.pop("EXTRACTOR_FIGURES", None)
        try:
            nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                    resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
        finally:
            if old is None:
                os.environ.pop("PYTHONPATH", None)
            else:
                os.environ["PYTHONPATH"] = old
        return nb

    return run


def test_quickstart_runs_and_shows_the_review_view(run_notebook):
    nb = run_notebook("quickstart.ipynb")
    html = "".join(_outputs(nb, "text/html"))
    assert 'class="ex-review"' in html and 'data-field="dates"' in html and 'data-field="percentages"' in html
    plain = "".join(_outputs(nb, "text/plain"))
    assert "'Sáng ngày 15/7/2024', 'date', '2024-07-15'" in plain
    assert "[('ngày 12/6/2023', '2023-06-12')]" in plain  # the component in a blank pipeline


def test_archive_analysis_runs_and_plots(run_notebook):
    nb = run_notebook("archive_analysis.ipynb")
    assert len(_outputs(nb, "image/png")) == 1
    assert "percentages" in "".join(_outputs(nb, "text/plain"))


def test_archive_index_runs_and_plots_positions_documents_and_a_target_series(run_notebook):
    nb = run_notebook("archive_index.ipynb")
    assert len(_outputs(nb, "image/png")) == 1
    plain = "".join(_outputs(nb, "text/plain"))
    assert "'positions':" in plain and "'documents':" in plain and "'targets':" in plain
    html = "".join(_outputs(nb, "text/html"))
    assert "n_citing" in html and "attainment_percent" in html


def test_error_analysis_runs_and_lists_misses_per_field(run_notebook):
    nb = run_notebook("error_analysis.ipynb")
    printed = "".join(_outputs(nb, "stream"))
    test_docs = len(list((CORPUS / "test").glob("*.json")))
    assert f"documents: {test_docs}" in printed and "macro F1" in printed
    for field in ("dates", "officials", "percentages", "targets", "resolutions", "abbreviations"):
        assert re.search(rf"^{field}: \d+ missed$", printed, re.M), field
