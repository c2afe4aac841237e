"""Screenshots of review pages in headless Chromium (a subprocess; no driver library needed)."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Optional

#: Names Debian, Ubuntu and upstream builds install the browser under.
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_chromium() -> Optional[str]:
    """The path of a Chromium executable (``$CHROMIUM`` first), or None."""
    env = os.environ.get("CHROMIUM")
    if env and shutil.which(env):
        return shutil.which(env)
    return next((shutil.which(n) for n in CHROMIUM_NAMES if shutil.which(n)), None)


def screenshot(html_path: str | Path, png_path: str | Path, *, width: int = 1100, height: int = 1400,
               chromium: Optional[str] = None, timeout: float = 120) -> Path:
    """Render an HTML file in headless Chromium and save a PNG of the window.

    Args:
        html_path: the page to render (a local file; the view needs no network).
        png_path: where the PNG goes.
        width, height: window size in CSS pixels (the PNG has this size).
        chromium: the executable; default :func:`find_chromium`.
        timeout: seconds before the browser is given up on.

    Raises:
        FileNotFoundError: no Chromium is installed.
        RuntimeError: the browser ran but wrote no screenshot.
    """
    exe = chromium or find_chromium()
    if exe is None:
        raise FileNotFoundError("no Chromium found; install it (Debian: apt-get install chromium)")
    png = Path(png_path).resolve()
    png.unlink(missing_ok=True)
    # A throw-away profile: a shared one can be locked by another browser, and root needs --no-sandbox.
    with tempfile.TemporaryDirectory(prefix="extractor-chromium-") as profile:
        cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               "--no-first-run", "--disable-dev-shm-usage", f"--user-data-dir={profile}",
               f"--window-size={width},{height}", f"--screenshot={png}",
               Path(html_path).resolve().as_uri()]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    if not png.exists() or png.stat().st_size == 0:
        raise RuntimeError(f"chromium wrote no screenshot (exit {proc.returncode}): {proc.stderr[-2000:]}")
    return png
