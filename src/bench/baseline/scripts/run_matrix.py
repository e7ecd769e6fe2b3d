#!/usr/bin/env python3
"""Runs the baseline benchmark matrix and prints medians as Markdown.

Standard library only. Run from tools/baseline after `mvn -q clean package`:

    python3 scripts/run_matrix.py --corpus seeds=../../../corpus --corpus dev2=../../../corpus/dev2/articles

For every (corpus, mode, threads) it first calibrates R with short runs so that the measured
phase lasts about --target-s seconds, then runs --reps repetitions, interleaved across
configurations (rep 1 of everything, then rep 2, ...). A configuration whose median wall time
falls outside [--min-s, --max-s] is re-run once with R rescaled. Finally it runs the cold
start-up measurement (--startup-only, T=1) --reps times per corpus.

Every java invocation is a fresh JVM: `java -jar JAR MODE DIR R T`, with a hard timeout.
Raw RESULT lines go to OUT/raw-<stamp>.jsonl, the Markdown summary to OUT/summary-<stamp>.md.
"""

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import time

MODES = [
    "tika",
    "tika+t2s",
    "tika+t2s+seg",
    "tika+t2s+seg+sent",
    "hanlp-only",
    "t2s-only",
    "hanlp-t2s-only",
]


def run_java(args, jar, mode, d, r, t, extra=(), log=None, phase="measured", label=None):
    if phase != "startup":
        extra = [*args.bench_arg, *extra]
    cmd = ["java", *args.jvm_opt, "-jar", jar, mode, d, str(r), str(t), *extra]
    env = dict(os.environ)
    env["BASELINE_LAUNCH_EPOCH_MS"] = str(int(time.time() * 1000))
    t0 = time.monotonic()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout_s, env=env)
    except subprocess.TimeoutExpired:
        print(f"  TIMEOUT after {args.timeout_s}s: {' '.join(cmd)}", file=sys.stderr, flush=True)
        return None
    elapsed = time.monotonic() - t0
    res = None
    for line in p.stdout.splitlines():
        if line.startswith("RESULT "):
            res = json.loads(line[len("RESULT "):])
    if p.returncode != 0 or res is None:
        print(f"  FAILED rc={p.returncode}: {' '.join(cmd)}\n{p.stdout[-2000:]}\n{p.stderr[-2000:]}",
              file=sys.stderr, flush=True)
        return None
    res["invocation_s"] = round(elapsed, 3)
    res["phase"] = phase
    res["corpus_label"] = label
    # record the command with paths relative to the working directory (no machine paths in files)
    res["cmd"] = " ".join(os.path.relpath(c) if os.path.isabs(c) else c for c in cmd)
    if log is not None:
        log.write(json.dumps(res, ensure_ascii=False) + "\n")
        log.flush()
    return res


def calibrate(args, jar, label, d, mode, t, nfiles, log):
    """Returns R so that the measured phase lasts about args.target_s seconds."""
    r = max(1, math.ceil(args.calib_docs / nfiles))
    for _ in range(4):
        res = run_java(args, jar, mode, d, r, t, log=log, phase="calib", label=label)
        if res is None:
            raise SystemExit(f"calibration failed for {label} {mode} T={t}")
        res["corpus_label"] = label
        wall = res["wall_s"]
        print(f"  calib {label:8s} {mode:18s} T={t} R={r:7d} wall={wall:7.3f}s "
              f"{res['docs_per_s']:10.1f} docs/s (process {res['invocation_s']:.1f}s)", flush=True)
        if wall >= args.calib_s * 0.6:
            break
        r = max(r + 1, math.ceil(r * args.calib_s / max(wall, 0.01)))
    return max(1, round(r * args.target_s / wall))


def med(xs):
    return statistics.median(xs) if xs else float("nan")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--jar", default=os.path.join(here, "target", "baseline.jar"))
    ap.add_argument("--corpus", action="append", required=True, help="LABEL=DIR (repeatable)")
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--target-s", type=float, default=14.0)
    ap.add_argument("--min-s", type=float, default=10.0)
    ap.add_argument("--max-s", type=float, default=20.0)
    ap.add_argument("--calib-s", type=float, default=4.0, help="measured seconds of a calibration run")
    ap.add_argument("--calib-docs", type=int, default=100, help="documents in the first calibration run")
    ap.add_argument("--timeout-s", type=float, default=90.0, help="hard limit per java invocation")
    ap.add_argument("--startup-mode", default="tika+t2s+seg+sent")
    ap.add_argument("--skip-matrix", action="store_true")
    ap.add_argument("--jvm-opt", action="append", default=[],
                    help="JVM option placed before -jar (repeatable; none by default)")
    ap.add_argument("--bench-arg", action="append", default=[],
                    help="extra benchmark argument for calibration and measured runs, e.g. "
                         "--bench-arg=--warmup --bench-arg=200 (repeatable)")
    ap.add_argument("--out", default=os.path.join(here, "results"))
    args = ap.parse_args()

    os.makedirs(args.out, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    raw_path = os.path.join(args.out, f"raw-{stamp}.jsonl")
    log = open(raw_path, "w", encoding="utf-8")

    corpora = []
    for c in args.corpus:
        label, d = c.split("=", 1)
        n = len([f for f in os.listdir(d) if not f.startswith(".") and os.path.isfile(os.path.join(d, f))])
        corpora.append((label, d, n))
    modes = [m for m in args.modes.split(",") if m]
    threads = [int(x) for x in args.threads.split(",")]
    configs = [(c, m, t) for c in corpora for m in modes for t in threads]

    results = {}  # (label, mode, t) -> list of result dicts
    rvals = {}
    if not args.skip_matrix:
        print("== calibration", flush=True)
        for (label, d, n), m, t in configs:
            rvals[(label, m, t)] = calibrate(args, args.jar, label, d, m, t, n, log)
        print("== measured runs", flush=True)
        pending = list(configs)
        for attempt in range(2):
            for k in pending:
                results[(k[0][0], k[1], k[2])] = []
            for rep in range(args.reps):
                for (label, d, n), m, t in pending:
                    r = rvals[(label, m, t)]
                    res = run_java(args, args.jar, m, d, r, t, log=log, label=label)
                    if res is None:
                        continue
                    res["corpus_label"] = label
                    results[(label, m, t)].append(res)
                    print(f"  rep{rep + 1} {label:8s} {m:18s} T={t} R={r:7d} wall={res['wall_s']:7.3f}s "
                          f"{res['docs_per_s']:10.1f} docs/s {res['chars_per_s']:10d} chars/s "
                          f"peak {res['peak_heap_mb']:7.1f} MB (process {res['invocation_s']:.1f}s)",
                          flush=True)
            redo = []
            for (label, d, n), m, t in pending:
                walls = [x["wall_s"] for x in results[(label, m, t)]]
                w = med(walls)
                if not walls or not (args.min_s <= w <= args.max_s):
                    old = rvals[(label, m, t)]
                    rvals[(label, m, t)] = max(1, round(old * args.target_s / (w if walls else args.target_s)))
                    print(f"  re-run {label} {m} T={t}: median wall {w:.2f}s, R {old} -> {rvals[(label, m, t)]}",
                          flush=True)
                    redo.append(((label, d, n), m, t))
            if not redo:
                break
            pending = redo

    print("== cold start-up", flush=True)
    startups = {}
    for label, d, n in corpora:
        startups[label] = []
        for rep in range(args.reps):
            res = run_java(args, args.jar, args.startup_mode, d, 1, 1, extra=["--startup-only"], log=log,
                           phase="startup", label=label)
            if res is None:
                continue
            res["corpus_label"] = label
            startups[label].append(res)
            print(f"  startup {label:8s} rep{rep + 1}: JVM start->first doc {res['startup_ms']} ms, "
                  f"launch->first doc {res.get('launch_to_first_doc_ms')} ms, "
                  f"peak heap {res['peak_heap_mb']} MB", flush=True)
    log.close()

    # ---- summary ---------------------------------------------------------------------------
    out = []
    out.append(f"raw results: {os.path.basename(raw_path)}\n")
    if results:
        out.append("| corpus | mode | T | R | wall s | docs/s | chars/s | peak heap used MB | peak heap after a GC MB "
                   "| live heap at end MB | docs/s min–max |")
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
        for (label, d, n), m, t in configs:
            rs = results.get((label, m, t), [])
            if not rs:
                out.append(f"| {label} | {m} | {t} | – | FAILED | | | | | | |")
                continue
            dps = [x["docs_per_s"] for x in rs]
            out.append(
                f"| {label} | {m} | {t} | {rs[0]['repeat']} | {med([x['wall_s'] for x in rs]):.2f} "
                f"| {med(dps):,.1f} | {med([x['chars_per_s'] for x in rs]):,.0f} "
                f"| {med([x['peak_heap_mb'] for x in rs]):.0f} | {med([x['peak_heap_after_gc_mb'] for x in rs]):.0f} "
                f"| {med([x['live_heap_after_gc_mb'] for x in rs]):.0f} | {min(dps):,.1f}–{max(dps):,.1f} |")
        out.append("")
        out.append("Stage share of summed per-thread stage time (median over reps), cumulative modes:\n")
        out.append("| corpus | mode | T | tika % | t2s % | seg % | sent % | lang % |")
        out.append("|---|---|---:|---:|---:|---:|---:|---:|")
        for (label, d, n), m, t in configs:
            rs = results.get((label, m, t), [])
            if not rs or not m.startswith("tika"):
                continue
            cells = []
            for s in ["tika", "t2s", "seg", "sent", "lang"]:
                v = [x["stage_share_pct"].get(s) for x in rs if s in x["stage_share_pct"]]
                cells.append(f"{med(v):.1f}" if v else "–")
            out.append(f"| {label} | {m} | {t} | " + " | ".join(cells) + " |")
        out.append("")
        out.append("Per-document cost (ms of one thread per document = T / docs/s; incremental = this mode minus "
                   "the previous cumulative mode), T=1:\n")
        out.append("| corpus | mode | ms/doc | incremental ms/doc |")
        out.append("|---|---|---:|---:|")
        for label, d, n in corpora:
            prev = None
            for m in ["tika", "tika+t2s", "tika+t2s+seg", "tika+t2s+seg+sent"]:
                rs = results.get((label, m, 1), [])
                if not rs:
                    continue
                ms = 1000.0 / med([x["docs_per_s"] for x in rs])
                inc = "" if prev is None else f"{ms - prev:.3f}"
                out.append(f"| {label} | {m} | {ms:.3f} | {inc} |")
                prev = ms
            for m in ["hanlp-only", "t2s-only", "hanlp-t2s-only"]:
                rs = results.get((label, m, 1), [])
                if rs:
                    out.append(f"| {label} | {m} | {1000.0 / med([x['docs_per_s'] for x in rs]):.3f} | |")
        out.append("")
    if any(startups.values()):
        out.append(f"Cold start-up, mode {args.startup_mode}, T=1, `--startup-only` (median of {args.reps}):\n")
        out.append("| corpus | JVM start → first doc done ms | `java -jar` launch → first doc done ms | "
                   "build pipeline ms | first doc ms | peak heap MB | runs (ms) |")
        out.append("|---|---:|---:|---:|---:|---:|---|")
        for label, rs in startups.items():
            if not rs:
                continue
            out.append(
                f"| {label} | {med([x['startup_ms'] for x in rs]):.0f} "
                f"| {med([x.get('launch_to_first_doc_ms', float('nan')) for x in rs]):.0f} "
                f"| {med([x['build_pipeline_ms'] for x in rs]):.0f} | {med([x['first_doc_ms'] for x in rs]):.0f} "
                f"| {med([x['peak_heap_mb'] for x in rs]):.0f} "
                f"| {', '.join(str(x['startup_ms']) for x in rs)} |")
    text = "\n".join(out) + "\n"
    with open(os.path.join(args.out, f"summary-{stamp}.md"), "w", encoding="utf-8") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
