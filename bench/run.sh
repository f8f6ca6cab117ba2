#!/usr/bin/env bash
# Benchmarks: the whole suite in one run (BenchSuite on JMH), or JMH directly.
#   bench/run.sh            full suite, ~10 minutes; writes bench/results/<date>-<host>.txt (summary,
#                           then the JMH logs), .csv (times), -heap.csv (memory per size) and the
#                           charts -developers.png and -labs.png
#   bench/run.sh quick      the same with few iterations (smoke test; figures not for quoting)
#   bench/run.sh --jmh ARGS JMH alone, e.g. bench/run.sh --jmh replication -p developers=200000
#   bench/run.sh --alloc [N] bytes allocated per recorded month by the indicator recorder (baseline, N developers)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
machine="machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1); git $(git rev-parse --short HEAD)"
if [[ "${1:-}" == "--jmh" ]]; then
  shift
  echo "# $machine"
  exec java -cp "$cp" org.openjdk.jmh.Main ReplicationBenchmark -t 1 "$@"
fi
if [[ "${1:-}" == "--alloc" ]]; then
  shift
  exec java -Xmx1g -Dbench.machine="$machine" -cp "$cp" org.aiecosim.bench.RecorderAllocation "$@"
fi
mkdir -p bench/results
prefix="bench/results/$(date +%Y%m%d-%H%M%S)-$(hostname)"
java -Xmx1g -Dbench.machine="$machine" -cp "$cp" org.aiecosim.bench.BenchSuite "$prefix" "$@"
echo "written: $prefix.txt, $prefix.csv, $prefix-heap.csv, $prefix-developers.png, $prefix-labs.png"
