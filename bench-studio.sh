#!/usr/bin/env bash
# Studio benchmarks in a real window: builds the studio and bench/studio (package, nothing installed), then runs
# CanvasFrameBenchmark — a factory of 1,000 pipelines in the resource tree, a pipeline of 500 activities opened,
# panned and dragged — and prints one line per figure with its target and the same run's baseline.
# Needs a display; without one it starts Xvfb through xvfb-run (apt-get install xvfb libgtk-3-0). Figures:
# BENCHMARKS.md. BENCH_JAVA_OPTS is passed to the JVM (e.g. -Dprism.order=sw).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE"
echo "bench-studio: building the studio and bench/studio..." >&2
mvn -B -q -ntp -Dstyle.color=never -DskipTests -pl bench/studio -am package dependency:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile=target/bench.classpath >&2
CP="bench/studio/target/classes:$(cat bench/studio/target/bench.classpath)"
# fullspeed: pulses follow each other as soon as a frame is done, so the interval between pulses is the frame time
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS may hold several options
RUN=(java -Djavafx.animation.fullspeed=true ${BENCH_JAVA_OPTS:-} -cp "$CP" dev.pipewright.bench.studio.CanvasFrameBenchmark\$Main)
echo "bench-studio: running (about a minute)..." >&2
if [ -n "${DISPLAY:-}" ]; then
  exec "${RUN[@]}"
fi
exec xvfb-run -a -s "-screen 0 1280x1024x24" "${RUN[@]}"
