#!/usr/bin/env bash
# Builds what the benchmarks need and runs them all; prints one figure per line with its target and baseline.
# Figures are recorded in BENCHMARKS.md. Usage: ./bench.sh [<shared corpus folder>]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CORPUS="${1:-$HERE/../shared/corpus}"
cd "$HERE"
echo "bench: building (core, runtime, bench)..." >&2
mvn -B -q -ntp -Dstyle.color=never -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -pl bench -am >&2
exec java -cp "bench/target/classes:$(cat bench/target/bench.classpath)" dev.pipewright.bench.Benchmarks "$CORPUS"
