#!/usr/bin/env python3
"""Benchmark articlekit on one core and print a markdown table (or JSON).

Standalone: needs only the standard library and an installed ``articlekit``.

    python benchmarks/bench.py --quick        # a smoke run, a few seconds
    python benchmarks/bench.py                # 10,000 articles, full adversarial sizes
    python benchmarks/bench.py --articles 2000 --rss-articles 100000 --json

What is measured
----------------
A corpus of seed-format articles is generated from ``seeds/*.txt`` (and, when present,
the dev files ``shared/eval/dev-*.txt``) with synthetic variations: paragraphs shuffled,
names, dates and datelines varied, one or three blank lines or none, hard wraps, header
lines that hold a lead or site furniture instead of a headline. The files are written to
a temporary directory. Then, in this process, pinned to one CPU when the OS allows:

* read-only: read each file and split it into lines (the floor: I/O and decoding);
* parse-only: ``parse(text, extract=False)`` on the texts already in memory;
* full: ``parse(text)``, extraction included;
* to_json / from_json: on the fully parsed articles.

MB/s counts megabytes (10^6 bytes) of UTF-8 article text for read/parse/full and of
JSON text for to_json/from_json.

Peak memory is the peak RSS (``VmHWM``; ``ru_maxrss`` where there is no /proc) of a
fresh subprocess per measurement, so the numbers are
independent: one that only imports articlekit (the floor), and one that streams N
articles through ``parse_file`` + ``write_jsonl`` (the file list is cycled when N is larger
than the corpus).

Adversarial inputs (each in its own subprocess, full extraction, at 1x and 10x size):
a run of quotation marks, one very long line, a run of capitalised words, one long
paragraph of attributed quotations. The ratio time(10x)/time(1x) shows whether
extraction grows linearly (about 10) or worse.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent

#: Targets from the issues: (key, comparison, threshold, label).
TARGETS = {
    "parse_only_mbps": (">=", 10.0, "parse-only >= 10 MB/s on one core"),
    "full_mbps": (">=", 2.0, "full extraction >= 2 MB/s on one core"),
    "stream_rss_mb": ("<", 100.0, "peak RSS streaming 10,000 articles < 100 MB"),
    "adversarial_ratio": ("<=", 12.0, "adversarial: 10x input <= 12x time"),
    "full_vs_floor": (">=", 0.05, "full extraction >= 1/20 of the read-only floor"),
    "two_jobs_ratio": (">=", 1.7, "parse_many: 2 jobs >= 1.7x the throughput of 1 job"),
}

# -- corpus ------------------------------------------------------------------------------

_FIRST = (
    "Anna Li Wei Omar Sofia Ivan Priya Kenji Maria Ahmed Elena Chen Fatima Lucas Yuki Samuel"
    " Amara Diego Nadia Pavel Grace Hiroshi Leila Tomas Aisha Jonas Mei Rahul Olga Kwame"
).split()
_LAST = (
    "Zhang Petrov Okafor Garcia Tanaka Novak Haddad Kowalski Mensah Silva Nakamura Ivanova"
    " Rossi Khan Larsen Dubois Moreau Santos Kim Park Osei Fischer Costa Wang Liu Sato"
).split()
_PLACES = (
    "BEIJING WASHINGTON MOSCOW PARIS TOKYO NAIROBI CAIRO BERLIN NEW DELHI GENEVA SEOUL"
).split()
_AGENCIES = ("Xinhua", "Reuters", "AP", "AFP", "TASS", "Kyodo")
_MONTHS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
_FURNITURE = (
    "Home>> World",
    "Home / World / Asia",
    "Top News",
    "Edition: International",
    "Languages",
)
_CUES = ("said", "told reporters", "added", "noted", "stressed")
_HEADER = re.compile(r"^\s*date\s+\S+[ \t]*(.*)$", re.IGNORECASE)
_BLANKS = re.compile(r"\n[ \t]*\n\s*")
_NAME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+ [A-Z][a-z]+\b")


def _shared_eval_dirs() -> list[Path]:
    env = os.environ.get("ARTICLEKIT_SHARED")
    cands = [Path(env) / "eval"] if env else []
    cands += [REPO.parent / "shared" / "eval", Path("/work/shared/eval")]
    return [c for c in cands if c.is_dir()]


def load_bases() -> list[tuple[str, str, list[str]]]:
    """Return ``(name, header_rest, paragraphs)`` for each seed and dev file found."""
    files = sorted((REPO / "seeds").glob("*.txt"))
    for d in _shared_eval_dirs()[:1]:
        files += sorted(d.glob("dev-*.txt"))
    bases = []
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        first, _, rest = text.partition("\n")
        m = _HEADER.match(first)
        header = m.group(1).strip() if m else first.strip()
        paras = [" ".join(p.split()) for p in _BLANKS.split(rest.strip()) if p.strip()]
        if paras:
            bases.append((f.name, header, paras))
    if not bases:  # no seeds at all: a synthetic fallback keeps the script usable
        bases.append(
            (
                "synthetic",
                "Officials agree to deepen cooperation",
                [
                    "Officials from the two countries on Thursday agreed to deepen cooperation.",
                    "Anna Zhang, the foreign minister, said that the talks had gone well.",
                    '"We will keep working together," she told reporters.',
                ],
            )
        )
    return bases


def make_article(rng: random.Random, base: tuple[str, str, list[str]]) -> str:
    """Build one article in the seed format from *base*, with random variations."""
    _, header, paras = base
    paras = list(paras)
    # vary names consistently within the article
    names = sorted(set(_NAME.findall("\n".join(paras))))
    mapping = {n: f"{rng.choice(_FIRST)} {rng.choice(_LAST)}" for n in names if rng.random() < 0.6}
    if mapping:
        pat = re.compile("|".join(re.escape(n) for n in sorted(mapping, key=len, reverse=True)))
        paras = [pat.sub(lambda m: mapping[m.group()], p) for p in paras]
        surnames = {n.split()[-1]: v.split()[-1] for n, v in mapping.items()}
        spat = re.compile(r"\b(?:" + "|".join(map(re.escape, surnames)) + r")\b")
        paras = [spat.sub(lambda m: surnames[m.group()], p) for p in paras]
    # shuffle the body, keeping the lead most of the time
    if len(paras) > 2 and rng.random() < 0.7:
        head, tail = ([paras[0]], paras[1:]) if rng.random() < 0.7 else ([], paras)
        rng.shuffle(tail)
        paras = head + tail
    if rng.random() < 0.5:
        paras = paras[: rng.randint(max(1, len(paras) // 2), len(paras))]
    date = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(365 * 25))
    if rng.random() < 0.3:
        month = _MONTHS[date.month - 1]
        agency = f" ({rng.choice(_AGENCIES)})" if rng.random() < 0.8 else ""
        paras[0] = f"{rng.choice(_PLACES)}, {month} {date.day}{agency} -- {paras[0]}"
    if rng.random() < 0.3:
        who = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        paras.insert(
            rng.randint(1, len(paras)),
            '"We will keep working on this, and we expect results soon," '
            f"{who} {rng.choice(_CUES)}.",
        )
    date_text = date.isoformat() if rng.random() < 0.95 else date.isoformat()[:7]
    r = rng.random()
    if r < 0.65:
        first_line = f" date {date_text} {header}"
    elif r < 0.85:
        first_line = (
            f" date {date_text} {paras.pop(0)}" if len(paras) > 1 else f" date {date_text} {header}"
        )
    elif r < 0.95:
        first_line = f" date {date_text} {rng.choice(_FURNITURE)}\n{header}"
    else:
        first_line = f" date {date_text} "
    if rng.random() < 0.1:
        paras = ["\n".join(textwrap.wrap(p, 65)) for p in paras]
    r = rng.random()
    sep = "\n\n" if r < 0.6 else "\n\n\n\n" if r < 0.85 else "\n"
    return first_line + "\n\n" + sep.join(paras) + "\n"


def build_corpus(directory: Path, n: int, seed: int = 20181117) -> tuple[list[Path], int]:
    """Write *n* articles into *directory*; return the paths and their total size in bytes."""
    rng = random.Random(seed)
    bases = load_bases()
    paths, total = [], 0
    for i in range(n):
        data = make_article(rng, bases[i % len(bases)]).encode("utf-8")
        p = directory / f"{i:06d}.txt"
        p.write_bytes(data)
        paths.append(p)
        total += len(data)
    return paths, total


# -- throughput --------------------------------------------------------------------------


def _pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        try:
            cpu = min(os.sched_getaffinity(0))
            os.sched_setaffinity(0, {cpu})
            return f"pinned to CPU {cpu}"
        except OSError:
            pass
    return "not pinned (single process)"


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def throughput(paths: list[Path], total_bytes: int) -> dict[str, dict[str, float]]:
    import articlekit

    n = len(paths)
    out: dict[str, dict[str, float]] = {}

    def rec(name: str, seconds: float, nbytes: int) -> None:
        out[name] = {
            "seconds": round(seconds, 4),
            "articles_per_s": round(n / seconds, 1),
            "mb_per_s": round(nbytes / 1e6 / seconds, 3),
            "mb": round(nbytes / 1e6, 3),
        }

    texts: list[str] = []

    def read_only() -> None:
        for p in paths:
            t = p.read_bytes().decode("utf-8")
            t.splitlines()
            texts.append(t)

    rec("read-only", _timed(read_only), total_bytes)

    for t in texts[:50]:  # warm up regex caches and imports
        articlekit.parse(t)

    def parse_only() -> None:
        for t in texts:
            articlekit.parse(t, extract=False)

    rec("parse-only", _timed(parse_only), total_bytes)

    articles = []

    def full() -> None:
        for t in texts:
            articles.append(articlekit.parse(t))

    rec("full extraction", _timed(full), total_bytes)

    docs: list[str] = []

    def to_json() -> None:
        for a in articles:
            docs.append(articlekit.to_json(a))

    secs = _timed(to_json)
    json_bytes = sum(len(d.encode("utf-8")) for d in docs)
    rec("to_json", secs, json_bytes)

    def from_json() -> None:
        for d in docs:
            articlekit.from_json(d)

    rec("from_json", _timed(from_json), json_bytes)
    return out


# -- child processes ---------------------------------------------------------------------


def _ru_maxrss_mb() -> float:
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def _maxrss_mb() -> float:
    """Peak RSS of this process in MB.

    On Linux ``ru_maxrss`` keeps the high-water mark of the process image before
    ``execve`` (for a vfork-spawned child: the parent's), so a fresh child reports at least
    the parent's peak. ``VmHWM`` in ``/proc/self/status`` belongs to the new image only;
    it is used when present, ``ru_maxrss`` otherwise.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return _ru_maxrss_mb()


def _child_rss(mode: str, listing: str, count: int, out: str) -> None:
    import articlekit

    if mode == "stream":
        paths = Path(listing).read_text().split("\n")

        def gen():  # type: ignore[no-untyped-def]
            for i in range(count):
                yield articlekit.parse_file(paths[i % len(paths)])

        written = articlekit.write_jsonl(gen(), out)
        assert written == count
    print(json.dumps({"rss_mb": round(_maxrss_mb(), 1), "ru_maxrss_mb": round(_ru_maxrss_mb(), 1)}))


def _child_pool(listing: str, jobs: int) -> None:
    """Run ``parse_many`` (full extraction) over the listed files with *jobs* processes."""
    import articlekit

    if hasattr(os, "sched_setaffinity"):
        # the parent pinned itself to one core and children inherit that: undo it
        with contextlib.suppress(OSError):
            os.sched_setaffinity(0, range(os.cpu_count() or 1))
    paths = Path(listing).read_text().split("\n")
    t0 = time.perf_counter()
    count = sum(1 for _ in articlekit.parse_many(paths, jobs=jobs))
    secs = time.perf_counter() - t0
    assert count == len(paths)
    print(json.dumps({"seconds": secs, "articles": count}))


def pool_scaling(listing: Path, n: int, total_bytes: int, rounds: int, timeout: float) -> dict:  # type: ignore[type-arg]
    """``parse_many`` with 1 job, 2 jobs and all cores, *rounds* times, in fresh processes.

    Rounds alternate the settings so that machine noise hits all of them alike; the
    ratio reported is the median of the per-round ratios.
    """
    import statistics

    cores = os.cpu_count() or 1
    settings = sorted({1, 2, cores}) if cores >= 2 else [1]
    runs: dict[int, list[float]] = {j: [] for j in settings}
    for _ in range(rounds):
        for jobs in settings:
            res = _run_child(["--_child", "pool", str(listing), str(jobs)], timeout)
            if res is None:
                return {"cores": cores, "timeout": True}
            runs[jobs].append(res["seconds"])
    out: dict[str, object] = {"cores": cores, "rounds": rounds, "timeout": False}
    for jobs, secs in runs.items():
        best = min(secs)
        out[f"jobs_{jobs}"] = {
            "articles_per_s": round(n / best, 1),
            "mb_per_s": round(total_bytes / 1e6 / best, 3),
        }
    if 2 in runs:
        out["two_vs_one"] = round(
            statistics.median(a / b for a, b in zip(runs[1], runs[2], strict=True)), 2
        )
    if cores > 2:
        out["all_vs_one"] = round(
            statistics.median(a / b for a, b in zip(runs[1], runs[cores], strict=True)), 2
        )
    return out


def adversarial_text(case: str, scale: int) -> str:
    """Return the adversarial input *case* at *scale* (1 or 10) times the base size."""
    if case == "quotes":  # a megabyte of quotation marks (mixed kinds)
        unit = "\"“”'‘’«»„"
        body = (unit * (1_000_000 * scale // len(unit) + 1))[: 1_000_000 * scale]
        return " date 2020-01-01 Quotes\n\n" + body + "\n"
    if case == "long-line":  # a 5 MB single line of ordinary prose
        unit = 'Officials said on Monday that the talks, "held in good faith", went well. '
        body = (unit * (5_000_000 * scale // len(unit) + 1))[: 5_000_000 * scale]
        return " date 2020-01-01 " + body
    if case == "capitals":  # 100,000 capitalised words in a row
        words = ("Guo", "Shengkun", "Nikolai", "Patrushev", "Security", "Council", "Xinhua")
        body = " ".join(words[i % len(words)] for i in range(100_000 * scale))
        return " date 2020-01-01 Names\n\n" + body + " said.\n"
    if case == "paragraph":  # one 200 KB paragraph of attributed quotations
        unit = 'Anna Varga described it as "a big plan" and said the vote "went well" today. '
        body = (unit * (200_000 * scale // len(unit) + 1))[: 200_000 * scale]
        return " date 2020-01-01 One paragraph\n\n" + body + "\n"
    raise ValueError(case)


ADVERSARIAL = {
    "quotes": "1 MB of quotation marks",
    "long-line": "5 MB single line",
    "capitals": "100,000 capitalised words",
    "paragraph": "one 200 KB paragraph of quotations",
}


def _child_adversarial(case: str, scale: int, divisor: int) -> None:
    import articlekit

    text = adversarial_text(case, scale)
    if divisor > 1:
        text = text[: max(64, len(text) // divisor)]
    t0 = time.perf_counter()
    articlekit.parse(text)
    secs = time.perf_counter() - t0
    print(json.dumps({"seconds": secs, "chars": len(text), "rss_mb": round(_maxrss_mb(), 1)}))


def _run_child(args: list[str], timeout: float) -> dict[str, float] | None:
    cmd = [sys.executable, str(Path(__file__).resolve()), *args]
    try:
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return None
    if res.returncode != 0:
        sys.stderr.write(res.stderr)
        raise SystemExit(f"child {args} failed with exit code {res.returncode}")
    return json.loads(res.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


# -- report ------------------------------------------------------------------------------


def _check(key: str, value: float | None) -> str:
    op, threshold, _ = TARGETS[key]
    if value is None:
        return "FAIL"
    ok = {">=": value >= threshold, "<": value < threshold, "<=": value <= threshold}[op]
    return "pass" if ok else "FAIL"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="small sizes for a smoke run")
    ap.add_argument(
        "--articles", type=int, default=None, help="corpus size (default 10,000; 300 with --quick)"
    )
    ap.add_argument(
        "--rss-articles",
        type=int,
        default=None,
        help="articles streamed for peak RSS (default: --articles)",
    )
    ap.add_argument(
        "--json", action="store_true", help="print machine-readable JSON instead of markdown"
    )
    ap.add_argument("--json-out", metavar="FILE", help="also write the JSON result to FILE")
    ap.add_argument(
        "--timeout",
        type=float,
        default=None,
        help="seconds per adversarial run (default 300; 60 with --quick)",
    )
    ap.add_argument(
        "--pool-rounds",
        type=int,
        default=3,
        help="rounds of parse_many with 1, 2 and all jobs (default 3)",
    )
    ap.add_argument("--_child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args._child:
        kind, *rest = args._child
        if kind == "rss":
            _child_rss(rest[0], rest[1], int(rest[2]), rest[3])
        elif kind == "pool":
            _child_pool(rest[0], int(rest[1]))
        elif kind == "adv":
            _child_adversarial(rest[0], int(rest[1]), int(rest[2]))
        return 0

    import articlekit

    n = args.articles or (300 if args.quick else 10_000)
    n_rss = args.rss_articles or n
    divisor = 100 if args.quick else 1
    timeout = args.timeout or (60.0 if args.quick else 300.0)
    pinned = _pin_one_core()
    try:
        commit = (
            subprocess.run(
                ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
                capture_output=True,
                text=True,
                check=False,
            ).stdout.strip()
            or None
        )
    except OSError:
        commit = None
    result: dict[str, object] = {
        "articlekit": articlekit.__version__,
        "commit": commit,
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, {pinned}",
        "articles": n,
        "quick": args.quick,
    }
    with tempfile.TemporaryDirectory(prefix="articlekit-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        paths, total = build_corpus(corpus, n)
        result["corpus_mb"] = round(total / 1e6, 3)
        result["bases"] = len(load_bases())
        listing = Path(tmp) / "paths.txt"
        listing.write_text("\n".join(str(p) for p in paths))
        base = _run_child(["--_child", "rss", "import", str(listing), "0", os.devnull], timeout)
        stream = _run_child(
            ["--_child", "rss", "stream", str(listing), str(n_rss), str(Path(tmp) / "out.jsonl")],
            max(timeout, 3600.0),
        )
        result["rss"] = {
            "import_only_mb": base and base["rss_mb"],
            "stream_mb": stream and stream["rss_mb"],
            "stream_articles": n_rss,
        }
        result["throughput"] = throughput(paths, total)
        result["pool"] = pool_scaling(listing, n, total, args.pool_rounds, max(timeout, 3600.0))

    adv: dict[str, dict[str, object]] = {}
    for case in ADVERSARIAL:
        one = _run_child(["--_child", "adv", case, "1", str(divisor)], timeout)
        ten = _run_child(["--_child", "adv", case, "10", str(divisor)], timeout) if one else None
        size = len(adversarial_text(case, 1))
        adv[case] = {
            "chars_1x": max(64, size // divisor) if divisor > 1 else size,
            "seconds_1x": one and round(one["seconds"], 4),
            "seconds_10x": ten and round(ten["seconds"], 4),
            "ratio": round(ten["seconds"] / one["seconds"], 2)
            if one and ten and one["seconds"] > 0
            else None,
            "rss_10x_mb": ten and ten["rss_mb"],
        }
    result["adversarial"] = adv

    tp = result["throughput"]
    assert isinstance(tp, dict)
    ratios = [v["ratio"] for v in adv.values()]
    worst = None if any(r is None for r in ratios) else max(ratios)  # type: ignore[type-var]
    checks = {
        "parse_only_mbps": tp["parse-only"]["mb_per_s"],
        "full_mbps": tp["full extraction"]["mb_per_s"],
        "stream_rss_mb": stream and stream["rss_mb"],
        "adversarial_ratio": worst,
        "full_vs_floor": round(tp["full extraction"]["mb_per_s"] / tp["read-only"]["mb_per_s"], 4),
    }
    pool = result["pool"]
    assert isinstance(pool, dict)
    if "two_vs_one" in pool:
        checks["two_jobs_ratio"] = pool["two_vs_one"]
    result["targets"] = {
        k: {"target": TARGETS[k][2], "measured": v, "result": _check(k, v)}
        for k, v in checks.items()
    }

    if args.json_out:
        Path(args.json_out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(render_markdown(result, timeout))
    return 0


def render_markdown(r: dict, timeout: float) -> str:  # type: ignore[type-arg]
    lines = [
        f"articlekit {r['articlekit']} (commit {r['commit']}), "
        f"Python {r['python']}, {r['machine']}; "
        f"{r['articles']:,} generated articles, {r['corpus_mb']} MB, from {r['bases']} base texts"
        + (" (--quick)" if r["quick"] else ""),
        "",
        "| step (one core) | articles/s | MB/s | time (s) |",
        "|---|---:|---:|---:|",
    ]
    for name, v in r["throughput"].items():
        lines.append(
            f"| {name} | {v['articles_per_s']:,.0f} | {v['mb_per_s']:.2f} | {v['seconds']:.2f} |"
        )
    rss = r["rss"]
    lines += [
        "",
        "| peak RSS (fresh process each) | MB |",
        "|---|---:|",
        f"| `import articlekit` only | {rss['import_only_mb']} |",
        f"| stream {rss['stream_articles']:,} articles through `parse_file` + `write_jsonl` | "
        f"{rss['stream_mb'] if rss['stream_mb'] is not None else 'timeout'} |",
        "",
        "| adversarial input (full extraction) | size 1x (chars) | 1x (s) | 10x (s) "
        "| ratio 10x/1x |",
        "|---|---:|---:|---:|---:|",
    ]
    for case, v in r["adversarial"].items():

        def f(x: object) -> str:
            return (
                f"{x:.3f}"
                if isinstance(x, float)
                else (f"timeout (> {timeout:.0f})" if x is None else str(x))
            )

        ten = f(v["seconds_10x"]) if v["seconds_1x"] is not None else "not run"
        lines.append(
            f"| {ADVERSARIAL[case]} | {v['chars_1x']:,} | {f(v['seconds_1x'])} | {ten} | "
            f"{v['ratio'] if v['ratio'] is not None else 'n/a'} |"
        )
    pool = r["pool"]
    lines += [
        "",
        f"| parse_many, full extraction ({pool['cores']} CPUs, best of "
        f"{pool.get('rounds', 0)}) | articles/s | MB/s |",
        "|---|---:|---:|",
    ]
    for key, v in pool.items():
        if key.startswith("jobs_"):
            lines.append(f"| {key[5:]} job(s) | {v['articles_per_s']:,.0f} | {v['mb_per_s']:.2f} |")
    if pool.get("timeout"):
        lines.append("| timeout | | |")
    for key, label in (("two_vs_one", "2 jobs / 1 job"), ("all_vs_one", "all cores / 1 job")):
        if key in pool:
            lines.append(f"| {label} (median ratio) | {pool[key]}x | |")
    lines += ["", "| target | measured | result |", "|---|---:|---|"]
    for v in r["targets"].values():
        lines.append(f"| {v['target']} | {v['measured']} | {v['result']} |")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
