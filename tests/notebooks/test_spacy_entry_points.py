"""What the quickstart notebook says about spaCy: factories found through entry points alone."""
import subprocess
import sys
from importlib.metadata import entry_points

import pytest

from conftest import ROOT

SCRIPT = """
import spacy
nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
nlp.add_pipe("extractor_dates")  # no `import extractor`: spaCy finds the factory by its entry point
doc = nlp("Hội nghị ngày 12/6/2023 đã bế mạc.")
print([(s.text, s._.date.value) for s in doc.spans["dates"]])
"""


@pytest.mark.skipif("extractor_dates" not in {e.name for e in entry_points(group="spacy_factories")},
                    reason="the package is not installed, so its spacy_factories entry points are not registered")
def test_fresh_blank_pipeline_adds_extractor_dates_without_importing_extractor():
    out = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True,
                         timeout=120, check=True)
    assert out.stdout.strip() == "[('ngày 12/6/2023', '2023-06-12')]"
