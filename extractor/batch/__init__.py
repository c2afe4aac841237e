"""Batch runs: a process pool with timeouts, resumable outputs (JSONL, JSONL.gz, Parquet), and Dask."""
from .runner import TIMEOUT, BatchResult, run_batch

__all__ = ["TIMEOUT", "BatchResult", "run_batch"]
