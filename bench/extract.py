"""Extraction speed: documents per second and per-document latency, on one core.

    python bench/extract.py [--docs 2000]

The corpus is the shipped seed articles plus the labelled articles beside the project when present
(../shared/eval/dev), each repeated with its figures and company names varied so that no two
documents are the same text. Prints docs/s (wall clock, and per CPU second, which other work on the machine
does not disturb), p50/p99/max ms and the mean size; the goal is at least 500 docs/s on one core.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from extraction import extract  # noqa: E402
from extraction.caching import forget_sentences  # noqa: E402

_NAMES = ["Kestrel", "Norvane", "Halvard", "Ostrin", "Tamsin", "Orrery", "Brightwell", "Corvid", "Ilex", "Marrow"]


def corpus() -> list[str]:
    paths = sorted((REPO / "seeds").glob("*.txt")) + sorted((REPO.parent / "shared" / "eval" / "dev").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def vary(text: str, rng: random.Random) -> str:
    def shift(m: re.Match[str]) -> str:
        return str(int(m.group(0)) + rng.randint(0, 9)) if len(m.group(0)) < 6 else m.group(0)

    text = re.sub(r"\d+", shift, text)
    return text.replace("Sanofi", rng.choice(_NAMES)).replace("Merck", rng.choice(_NAMES))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    rng = random.Random(7)
    base = corpus()
    docs = [vary(base[i % len(base)], rng) for i in range(args.docs)]
    extract(docs[0])  # load the company registry and compile the tables once
    timings: list[float] = []
    deals = 0
    elapsed = cpu = 0.0
    for doc in docs:
        forget_sentences()  # the documents are variations of a few articles: read each one cold
        t0, c0 = time.perf_counter(), time.process_time()
        deals += extract(doc).is_deal
        took = time.perf_counter() - t0
        cpu += time.process_time() - c0
        elapsed += took
        timings.append(took * 1000)
    timings.sort()
    size = statistics.mean(map(len, docs))
    print(f"documents      {len(docs)} ({len(base)} distinct articles varied), mean {size:.0f} chars")
    print(f"throughput     {len(docs) / elapsed:.0f} docs/s on one core (wall), {len(docs) / cpu:.0f} docs/s of CPU")
    p50, p99 = timings[len(timings) // 2], timings[int(len(timings) * 0.99)]
    print(f"latency        p50 {p50:.2f} ms, p99 {p99:.2f} ms, max {timings[-1]:.2f} ms")
    print(f"deals found    {deals}")


if __name__ == "__main__":
    main()
