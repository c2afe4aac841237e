"""The package's layering (setup.cfg [importlinter]) holds: no import runs upwards, no import circles."""
import configparser
import subprocess
import sys

import importlinter  # noqa: F401 - the test extra installs it; fail loudly when it is missing

from conftest import ROOT


def _lint(config_path) -> subprocess.CompletedProcess:
    code = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"
    return subprocess.run([sys.executable, "-c", code, str(config_path), "--no-cache"],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_every_import_runs_down_the_layers():
    done = _lint(ROOT / "setup.cfg")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "2 kept, 0 broken" in done.stdout


def test_the_contract_catches_an_upward_import(tmp_path):
    # Swap two layers: the view imports the record, so a record layer above it must break.
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg", encoding="utf-8")
    contract = "importlinter:contract:layers"
    config[contract]["layers"] = "\nextractor.record\nextractor.view"
    config.remove_section("importlinter:contract:acyclic")
    path = tmp_path / "swapped.cfg"
    with path.open("w", encoding="utf-8") as fh:
        config.write(fh)
    done = _lint(path)
    assert done.returncode == 1 and "extractor.view -> extractor.record" in done.stdout
