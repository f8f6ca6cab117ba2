#!/usr/bin/env python3
"""Side-by-side (interleaved) timing of commands, for a shared, noisy machine.

    bench/ab.py ROUNDS NAME 'COMMAND' NAME 'COMMAND' ...

Each round runs every command once, in turn (order rotated each round), under /usr/bin/time -v,
so load changes hit all of them alike. '{out}' in a command is replaced by a fresh folder that is
removed afterwards. Prints per command: CPU time (user+sys) median and min-max, wall time median,
peak RSS median, each command's CPU median relative to the first command's, and, for a `run`
whose folder has run-info.txt, its end-to-end wall time over its simulation time (same process).
"""
import os, re, shutil, statistics, subprocess, sys, tempfile

def secs(s):
    p = [float(x) for x in s.split(':')]
    return p[-1] + 60 * p[-2] + (3600 * p[-3] if len(p) > 2 else 0)

def once(cmd):
    tmp = tempfile.mkdtemp(prefix='ab-')
    try:
        out = os.path.join(tmp, 'out')
        r = subprocess.run(['/usr/bin/time', '-v', 'bash', '-c', cmd.replace('{out}', out)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        t = r.stderr
        if r.returncode != 0:
            sys.exit(f"failed ({r.returncode}): {cmd}\n{t[-2000:]}")
        user = float(re.search(r'User time \(seconds\): (\S+)', t).group(1))
        sys_ = float(re.search(r'System time \(seconds\): (\S+)', t).group(1))
        wall = secs(re.search(r'Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)', t).group(1))
        rss = int(re.search(r'Maximum resident set size \(kbytes\): (\d+)', t).group(1)) / 1024
        info = os.path.join(out, 'run-info.txt')
        sim = None
        if os.path.exists(info):
            m = re.search(r'simulation time: (\S+) s', open(info).read())
            sim = float(m.group(1)) if m else None
        return user + sys_, wall, rss, sim
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

def main():
    rounds = int(sys.argv[1])
    pairs = list(zip(sys.argv[2::2], sys.argv[3::2]))
    res = {n: [] for n, _ in pairs}
    load = []
    for r in range(rounds):
        load.append(os.getloadavg()[0])
        k = r % len(pairs)
        for name, cmd in pairs[k:] + pairs[:k]:
            res[name].append(once(cmd))
            c, w, m, sim = res[name][-1]
            extra = f", simulation {sim:.2f} s (run-info.txt)" if sim else ""
            print(f"  round {r + 1} {name}: cpu {c:.2f} s, wall {w:.2f} s, rss {m:.0f} MiB{extra}", file=sys.stderr, flush=True)
    print(f"# {rounds} interleaved rounds; load average (1 min) at round starts: "
          f"{min(load):.1f}-{max(load):.1f}; figures: median (min-max)")
    base = statistics.median(x[0] for x in res[pairs[0][0]])
    for name, cmd in pairs:
        c = [x[0] for x in res[name]]; w = [x[1] for x in res[name]]; m = [x[2] for x in res[name]]
        print(f"{name}: cpu {statistics.median(c):.2f} s ({min(c):.2f}-{max(c):.2f}), "
              f"wall {statistics.median(w):.2f} s ({min(w):.2f}-{max(w):.2f}), "
              f"peak rss {statistics.median(m):.0f} MiB ({min(m):.0f}-{max(m):.0f}), "
              f"cpu x{statistics.median(c) / base:.2f} of {pairs[0][0]}")
        ratios = [x[1] / x[3] for x in res[name] if x[3]]
        if ratios:
            print(f"    end-to-end wall / simulation wall (same process): {statistics.median(ratios):.2f} "
                  f"({min(ratios):.2f}-{max(ratios):.2f})")
        print(f"    $ {cmd}")

main()
