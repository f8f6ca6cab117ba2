#!/usr/bin/env bash
# End to end (issue 16's target: `./aiecosim run scenarios/baseline.yaml` takes at most 1.5x its
# simulation time): the launcher as shipped, without its JIT directives, and without both of its
# start-up savings (class-data archive, JIT directives), side by side in interleaved rounds (bench/ab.py
# prints each command's wall time over the simulation time that run-info.txt records).
#   bench/end-to-end.sh [ROUNDS] [RUN ARGS...]   default: 5 rounds of the baseline
# Writes bench/results/<date>-<host>-end-to-end.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
shift || true
args=("$@")
./aiecosim --version >/dev/null   # builds the jar and its class-data archive if needed
out="bench/results/$(date +%Y%m%d-%H%M%S)-$(hostname)-end-to-end.txt"
mkdir -p bench/results
run="./aiecosim run scenarios/baseline.yaml -q ${args[*]:-} --out {out}"
{
  echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1); git $(git rev-parse --short HEAD)"
  bench/ab.py "$rounds" 2>&1 \
    launcher "$run" \
    no-directives "AIECOSIM_JIT_DIRECTIVES=0 $run" \
    neither "AIECOSIM_JIT_DIRECTIVES=0 AIECOSIM_CDS=0 $run"
} | tee "$out"
