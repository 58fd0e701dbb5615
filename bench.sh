#!/usr/bin/env bash
# Builds what the benchmarks need (plugin API, core, runtime, bench — nothing else) and runs them all, printing
# one figure per line with its target and a baseline measured in the same run. Each line ends in PASS or MISS;
# the script exits 0 either way (non-zero only if the build or a benchmark crashes). Figures: BENCHMARKS.md.
# Usage: ./bench.sh [<shared corpus folder>]   (default: ../shared/corpus beside the checkout)
# BENCH_JAVA_OPTS is passed to the JVM, e.g. BENCH_JAVA_OPTS=-Djava.io.tmpdir=/dev/shm to write the generated
# factory and its exports to memory instead of the disk.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CORPUS="${1:-$HERE/../shared/corpus}"
cd "$HERE"
echo "bench: building plugins/api, app/core, app/runtime, app/git, the connector plugins, app/cli, bench..." >&2
# bench/reactor/pom.xml lists just those modules, so the build does not depend on the root module list.
# `package`, not `install`: nothing in ~/.m2 changes.
mvn -B -q -ntp -Dstyle.color=never -DskipTests -f bench/reactor/pom.xml package dependency:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile=target/bench.classpath >&2
echo "bench: running (about four minutes; the first run also writes a 1 GB CSV and a 10-million-row SQLite file to the temp folder, and the copy benchmark a 1 GB CSV it deletes after)..." >&2
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS may hold several options
exec java ${BENCH_JAVA_OPTS:-} -cp "bench/target/classes:$(cat bench/target/bench.classpath)" dev.pipewright.bench.Benchmarks "$CORPUS"
