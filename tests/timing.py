"""Linear-time checks shared by the robustness tests (not a benchmark: a ratio, with slack)."""
import time


def seconds(fn, *args) -> float:
    """Wall time of ``fn(*args)``."""
    t0 = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t0


def assert_linear(fn, chunk: str, small: int = 50_000, big: int = 1_000_000, floor: float = 15.0) -> None:
    """``fn`` over ``big`` characters of repeated ``chunk`` takes at most 40x its time on
    ``small`` (20x the text; quadratic would be 400x), or ``floor`` seconds on a busy machine."""
    t_small = seconds(fn, chunk * (small // len(chunk)))
    t_big = seconds(fn, chunk * (big // len(chunk)))
    assert t_big < max(floor, 40 * t_small), (chunk, t_small, t_big)
