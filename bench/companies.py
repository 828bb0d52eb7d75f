"""Company-name resolution speed, beside a naive full-registry rapidfuzz search; and the fuzzy calibration.

    python bench/companies.py              # 10,000 lookups against 50,000 names
    python bench/companies.py --calibrate  # core-ratio table behind FUZZY_THRESHOLD

The registry holds the built-in companies plus synthetic names (seeded, pronounceable words with the
industry's descriptors) up to 50,000 names. The lookups mix exact names (40%), written variants of
known names (legal form, capitals, ticker, hyphens, one-letter slips: 30%) and unknown companies (30%).
The naive baseline is `rapidfuzz.process.extractOne` with `WRatio` over all 50,000 names, timed on a
sample of the same lookups (it is too slow to run all of them) in the same process.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rapidfuzz import fuzz, process

from extraction.companies import CompanyRegistry, normalize
from extraction.companies.registry import FUZZY_MIN_LENGTH, FUZZY_THRESHOLD

_ONSETS = ["b", "c", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "cr", "tr", "st",
           "ph", "th", "x", "qu", "vr", "gl", "pl", "sk", "zy", "ky", "ar"]
_VOWELS = ["a", "e", "i", "o", "u", "y", "ae", "io", "ea", "ou"]
_CODAS = ["", "", "n", "r", "x", "s", "l", "m", "t", "nt", "rx", "gen", "mab", "vir", "cel", "tis"]
_DESCRIPTORS = ["Therapeutics", "Pharma", "Pharmaceuticals", "Biosciences", "Bio", "Biotech", "Medicines",
                "Biologics", "Oncology", "Biopharma", "Labs", "Sciences", "Health", "Genomics",
                "Immune"]
_LEGAL = ["Inc.", "Ltd.", "Co., Ltd.", "AG", "S.A.", "plc", "GmbH", "N.V.", "Corporation", "A/S", "SE",
          "K.K."]


def _word(rnd: random.Random) -> str:
    syllables = rnd.randint(2, 4)
    text = "".join(rnd.choice(_ONSETS) + rnd.choice(_VOWELS) for _ in range(syllables)) + rnd.choice(_CODAS)
    return text.capitalize()


def synthetic_names(count: int, rnd: random.Random, taken: set[str]) -> list[str]:
    out: list[str] = []
    while len(out) < count:
        words = [_word(rnd)] + ([_word(rnd)] if rnd.random() < 0.15 else [])
        name = " ".join(words) + " " + rnd.choice(_DESCRIPTORS)
        core = normalize(name).core
        if core in taken:
            continue
        taken.add(core)
        out.append(name)
    return out


def _slip(name: str, rnd: random.Random) -> str:
    words = name.split()
    i = max(range(len(words)), key=lambda k: len(words[k]))
    w = words[i]
    if len(w) >= 9:
        pos = rnd.randrange(1, len(w) - 1)
        w = w[:pos] + w[pos + 1 :]
    words[i] = w
    return " ".join(words)


def variant(name: str, rnd: random.Random) -> str:
    kind = rnd.randrange(5)
    if kind == 0:
        return f"{name} {rnd.choice(_LEGAL)}"
    if kind == 1:
        return name.upper()
    if kind == 2:
        return f"{name} (NASDAQ: {''.join(rnd.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(4))})"
    if kind == 3:
        return name.replace(" ", "-", 1)
    return _slip(name, rnd)


def build(total: int, rnd: random.Random) -> tuple[CompanyRegistry, list[str], list[str]]:
    registry = CompanyRegistry.builtin()
    known = [e.canonical for e in registry.entities()]
    known += [a for e in registry.entities() for a in e.aliases]
    taken = {normalize(n).core for n in known}
    extra = synthetic_names(total - len(known), rnd, taken)
    for name in extra:
        registry.add_entity(name)
    unknown = synthetic_names(5000, rnd, taken)
    return registry, known + extra, unknown


def run_bench(args: argparse.Namespace) -> None:
    rnd = random.Random(20240601)
    started = time.perf_counter()
    registry, names, unknown = build(args.names, rnd)
    print(f"registry: {len(names):,} names, {len(registry):,} companies, built in "
          f"{time.perf_counter() - started:.1f} s")
    queries = []
    for _ in range(args.lookups):
        roll = rnd.random()
        if roll < 0.4:
            queries.append(rnd.choice(names))
        elif roll < 0.7:
            queries.append(variant(rnd.choice(names), rnd))
        else:
            queries.append(rnd.choice(unknown) + rnd.choice(["", " " + rnd.choice(_LEGAL)]))
    timings = []
    found = 0
    t0 = time.perf_counter()
    for q in queries:
        s = time.perf_counter()
        if registry.resolve(q) is not None:
            found += 1
        timings.append(time.perf_counter() - s)
    elapsed = time.perf_counter() - t0
    p99 = statistics.quantiles(timings, n=100)[98] * 1e6
    rate = len(queries) / elapsed
    print(f"registry.resolve: {len(queries):,} lookups, {rate:,.0f} lookups/s, p99 {p99:,.0f} µs, "
          f"{found:,} resolved")

    sample = queries[: args.naive_sample]
    choices = names
    naive = []
    t0 = time.perf_counter()
    for q in sample:
        s = time.perf_counter()
        process.extractOne(q, choices, scorer=fuzz.WRatio, score_cutoff=90)
        naive.append(time.perf_counter() - s)
    naive_elapsed = time.perf_counter() - t0
    naive_rate = len(sample) / naive_elapsed
    naive_p99 = statistics.quantiles(naive, n=100)[98] * 1e6
    print(f"naive extractOne(WRatio) over {len(choices):,} names: {len(sample):,} of the lookups, "
          f"{naive_rate:,.0f} lookups/s, p99 {naive_p99:,.0f} µs")
    print(f"speed-up: {rate / naive_rate:,.0f}x")


def run_calibration() -> None:
    registry = CompanyRegistry.builtin()
    cores: dict[str, set[str]] = {}
    for entity in registry.entities():
        for name in (entity.canonical, *entity.aliases):
            n = normalize(name)
            if not (n.cjk or n.generic_only):
                cores.setdefault(n.core, set()).add(entity.entity_id)
    keys = sorted(cores)
    pairs = []
    guarded = []
    count = 0
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if cores[a] & cores[b]:
                continue
            count += 1
            score = fuzz.ratio(a, b)
            if score >= 75:
                pairs.append((score, a, b))
                if min(len(a), len(b)) >= FUZZY_MIN_LENGTH and a[0] == b[0]:
                    guarded.append((score, a, b))
    pairs.sort(reverse=True)
    guarded.sort(reverse=True)
    print(f"{len(keys):,} distinctive cores, {count:,} pairs of different companies")
    print("highest ratios, any pair:")
    for score, a, b in pairs[:8]:
        print(f"  {score:5.1f}  {a} / {b}")
    print(f"highest ratios, both cores >= {FUZZY_MIN_LENGTH} letters with the same first letter:")
    for score, a, b in guarded[:8]:
        print(f"  {score:5.1f}  {a} / {b}")
    print("one-letter slips in a core of L letters (same company):")
    for length in (8, 9, 10, 12):
        sub = 100 * (2 * length - 2) / (2 * length)
        dele = 100 * (2 * length - 2) / (2 * length - 1)
        print(f"  L={length:2}: substitution or swap {sub:5.1f}, letter dropped {dele:5.1f}")
    print(f"FUZZY_THRESHOLD = {FUZZY_THRESHOLD}, FUZZY_MIN_LENGTH = {FUZZY_MIN_LENGTH}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=50_000)
    parser.add_argument("--lookups", type=int, default=10_000)
    parser.add_argument("--naive-sample", type=int, default=200)
    parser.add_argument("--calibrate", action="store_true")
    args = parser.parse_args()
    if args.calibrate:
        run_calibration()
    else:
        run_bench(args)


if __name__ == "__main__":
    main()
