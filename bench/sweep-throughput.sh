#!/usr/bin/env bash
# Sweep throughput with 1 and 2 threads (200 baseline runs), timed with /usr/bin/time -v.
# Writes bench/results/<date>-<host>-sweep.txt. Target: 2 threads >= 1.7x the throughput of 1.
set -euo pipefail
cd "$(dirname "$0")/.."
./aiecosim --version >/dev/null   # builds the jar if needed
tmp=$(mktemp -d)
out="bench/results/$(date +%Y%m%d-%H%M%S)-$(hostname)-sweep.txt"
mkdir -p bench/results
{
  echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1)"
  for t in 1 2; do
    /usr/bin/time -v ./aiecosim sweep bench/sweep-200.yaml --threads "$t" --out "$tmp/t$t" 2> "$tmp/time$t" >/dev/null
    wall=$(grep 'Elapsed (wall clock)' "$tmp/time$t" | awk '{print $NF}')
    rss=$(grep 'Maximum resident' "$tmp/time$t" | awk '{print $NF}')
    echo "threads=$t wall=$wall max_rss_kb=$rss"
  done
  python3 - "$tmp" <<'PY'
import sys,re
def secs(s):
    p=[float(x) for x in s.split(':')]
    return p[-1]+60*p[-2]+(3600*p[-3] if len(p)>2 else 0)
t={}
for n in (1,2):
    txt=open(f"{sys.argv[1]}/time{n}").read()
    t[n]=secs(re.search(r'Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)',txt).group(1))
print(f"runs/s: 1 thread {200/t[1]:.2f}, 2 threads {200/t[2]:.2f}; speedup {t[1]/t[2]:.2f}x")
PY
  cmp -s "$tmp/t1/runs.csv" "$tmp/t2/runs.csv" && echo "runs.csv identical for 1 and 2 threads" || echo "runs.csv DIFFERS"
} | tee "$out"
rm -rf "$tmp"
