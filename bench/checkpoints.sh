#!/usr/bin/env bash
# CPU of a checkpointed run against a plain one (bench/ab.py, interleaved rounds), and the checkpoints' size.
#   bench/checkpoints.sh [ROUNDS]     default: 3 rounds of ./aiecosim run scenarios/baseline.yaml (10 replications)
# Writes bench/results/<date>-<host>-checkpoints.txt. Target (issue 16): --checkpoint-every 12 costs at
# most 1.25x the CPU of the same run without.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
./aiecosim --version >/dev/null   # builds the jar if needed
opts=$(sed -n 's/.*AIECOSIM_JAVA_OPTS:-\([^}]*\)}.*/\1/p' aiecosim | head -1)
out="bench/results/$(date +%Y%m%d-%H%M%S)-$(hostname)-checkpoints.txt"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p bench/results
{
  echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1); git $(git rev-parse --short HEAD)"
  bench/ab.py "$rounds" \
    plain "java $opts -jar target/aiecosim-all.jar run scenarios/baseline.yaml -q --out {out}" \
    ckpt12 "java $opts -jar target/aiecosim-all.jar run scenarios/baseline.yaml -q --checkpoint-every 12 --out {out}"
  java $opts -jar target/aiecosim-all.jar run scenarios/baseline.yaml -q --checkpoint-every 12 --out "$tmp/run" >/dev/null
  echo "checkpoints: $(ls "$tmp/run/checkpoints" | wc -l) files, $(du -sb "$tmp/run/checkpoints" | cut -f1) bytes in all;" \
    "sizes $(stat -c %s "$tmp"/run/checkpoints/*.ckpt | sort -n | sed -n '1p;$p' | paste -sd- ) bytes"
} | tee "$out"
