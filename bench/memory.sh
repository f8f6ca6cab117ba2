#!/usr/bin/env bash
# Peak RSS and CPU of a sweep under JVM option sets, run side by side (bench/ab.py, interleaved rounds).
#   bench/memory.sh [ROUNDS] [SWEEP]     default: 3 rounds of bench/sweep-200.yaml
# Compares the launcher's first default (-Xmx4g), its G1 default before issue 16's last change
# (-Xmx4g -Xms16m) and its current one.
# Writes bench/results/<date>-<host>-memory.txt. Target (issue 16): a 1,000-run sweep
# (bench/sweep-1000.yaml) peaks under 300 MB RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
sweep="${2:-bench/sweep-200.yaml}"
./aiecosim --version >/dev/null   # builds the jar if needed
default=$(sed -n 's/.*AIECOSIM_JAVA_OPTS:-\([^}]*\)}.*/\1/p' aiecosim | head -1)
out="bench/results/$(date +%Y%m%d-%H%M%S)-$(hostname)-memory.txt"
mkdir -p bench/results
{
  echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1); git $(git rev-parse --short HEAD)"
  echo "# sweep: $sweep; launcher default AIECOSIM_JAVA_OPTS: $default"
  bench/ab.py "$rounds" \
    old-default "java -Xmx4g -jar target/aiecosim-all.jar sweep $sweep -q --out {out}" \
    g1-xms16m "java -Xmx4g -Xms16m -jar target/aiecosim-all.jar sweep $sweep -q --out {out}" \
    launcher-default "java $default -jar target/aiecosim-all.jar sweep $sweep -q --out {out}"
} | tee "$out"
