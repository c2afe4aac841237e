"""What `pip install .` ships: every subpackage, the data files and the model, usable outside the repo."""
import configparser
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def test_every_subpackage_is_listed_in_setup_cfg():
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg")
    listed = set(cfg["options"]["packages"].split())
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "extractor").rglob("__init__.py")}
    assert on_disk | {"extractor.model"} == listed


def test_installed_package_runs_from_elsewhere(tmp_path):
    code = ("import extractor, json; r = extractor.extract('Sáng ngày 12/6/2023 đạt 97%.');"
            "print(json.dumps([r.dates[0].value, r.percentages[0].value]))")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == '["2023-06-12", 97.0]'


def test_the_example_ships_with_the_package():
    from importlib import resources

    text = resources.files("extractor").joinpath("examples", "article.txt").read_text("utf-8")
    assert text.startswith("Đảng ủy Công ty Than Đồng Bắc")
    assert Path(str(resources.files("extractor").joinpath("schema", "record.schema.json"))).exists()
