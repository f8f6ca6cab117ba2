#!/usr/bin/env bash
# Distribution equality of key indicators between an earlier version and the working tree:
# REPLICATIONS baseline replications of each (50,000 developers, base seed SEED), then Welch t and
# Kolmogorov-Smirnov per indicator and month (IndicatorSample, DistributionCheck; Commons Math).
#   bench/distribution.sh [COMMIT] [REPLICATIONS] [SEED]    default: d408391 (before issue 16's skipping) 100 20220101
# Writes bench/results/<date>-<host>-distribution.txt; exit status 1 when a difference is detected
# (a p-value below 0.05 / number of tests).
set -euo pipefail
cd "$(dirname "$0")/.."
commit="${1:-d408391}"; reps="${2:-100}"; seed="${3:-20220101}"
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
deps=$(cat target/bench-classpath.txt)
tmp=$(mktemp -d)
git archive "$commit" | tar -x -C "$tmp"
(cd "$tmp" && mvn -B -q -DskipTests test-compile)
mkdir -p "$tmp/tools"
javac -d "$tmp/tools" -cp "$tmp/target/test-classes:$tmp/target/classes:$deps" src/test/java/org/aiecosim/bench/IndicatorSample.java
java -Xmx1g -cp "$tmp/tools:$tmp/target/test-classes:$tmp/target/classes:$deps" org.aiecosim.bench.IndicatorSample "$tmp/before.csv" "$reps" "$seed"
java -Xmx1g -cp "target/test-classes:target/classes:$deps" org.aiecosim.bench.IndicatorSample "$tmp/after.csv" "$reps" "$seed"
mkdir -p bench/results
out="bench/results/$(date +%Y%m%d-%H%M%S)-$(hostname)-distribution.txt"
status=0
echo "# before: git $commit; after: git $(git rev-parse --short HEAD)$(git diff --quiet || echo ' + uncommitted changes'); $reps baseline replications each, base seed $seed" > "$out"
java -cp "target/test-classes:target/classes:$deps" org.aiecosim.bench.DistributionCheck "$tmp/before.csv" "$tmp/after.csv" >> "$out" || status=$?
cat "$out"
rm -rf "$tmp"
exit $status
