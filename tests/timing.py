"""Linear-time checks shared by the robustness tests (not a benchmark: a ratio, with slack)."""
import time


def seconds(fn, *args) -> float:
    """Wall time of ``fn(*args)``."""
    t0 = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t0


def assert_linear(fn, chunk: str, small: int = 50_000, big: int = 1_000_000, floor: float = 15.0,
                  slack: float = 2.0) -> None:
    """``fn`` over ``big`` characters of repeated ``chunk`` takes at most ``slack`` times the
    linear share of its time on ``small`` (by default 40x for 20x the text, where quadratic
    would be 400x), or ``floor`` seconds on a busy machine."""
    t_small = seconds(fn, chunk * max(1, small // len(chunk)))
    t_big = seconds(fn, chunk * max(1, big // len(chunk)))
    assert t_big < max(floor, slack * big / small * t_small), (chunk, t_small, t_big)
