#!/usr/bin/env bash
# Benchmarks (JMH): time per baseline replication on one thread after warm-up.
# Usage: bench/run.sh [extra JMH args], e.g. bench/run.sh -p developers=50000,200000
# Writes bench/results/<date>-<host>.txt with the JMH report and the machine it ran on.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
mkdir -p bench/results
out="bench/results/$(date +%Y%m%d-%H%M%S)-$(hostname).txt"
{
  echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1)"
  java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main ReplicationBenchmark -t 1 "$@"
} 2>&1 | tee "$out.tmp"
mv "$out.tmp" "$out"
echo "written: $out"
