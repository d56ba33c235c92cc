#!/usr/bin/env bash
# The command line beside the engine (issue 20), side by side in one run: the engine's own figure
# (CpuThroughput: decode + parse + JSON in memory, warmed up, 1 and 2 threads) and `laurel parse` over the
# same .txt files with a cold JVM, JSON Lines written to a file, --jobs 1 and --jobs 2, in interleaved rounds.
#
#   mvn -B -ntp -q -pl examples -am package -DskipTests
#   examples/src/bench/pipeline-benchmark.sh [CORPUS (default: generated, ~100 MB)] [ROUNDS (default 2)] [TIMES (default 1)]
#
# TIMES > 1 passes the corpus folder that many times to each laurel run (a longer run: the JIT's warm-up is a
# fixed cost).
# The launcher (examples/target/laurel) is what is timed: its class-data archive is recorded first, outside the
# timings. Compare figures within one run: the build machine's two cores are shared and one is slower.
set -euo pipefail
TARGET=${TARGET:-examples/target}
WORK=${WORK:-/tmp/laurel-bench}
CORPUS=${1:-$WORK/corpus}
ROUNDS=${2:-2}
TIMES=${3:-1}
mkdir -p "$WORK"
if [ ! -d "$CORPUS" ]; then
  java -cp "$TARGET/laurel.jar" dev.laurel.examples.corpus.CorpusGenerator --out "$CORPUS" --count 34500 --seed 8 --no-gold
fi
MB=$(find "$CORPUS" -name '*.txt' -printf '%s\n' | awk -v t="$TIMES" '{s+=$1} END {printf "%.1f", t*s/1e6}')
INPUTS=$(for i in $(seq 1 "$TIMES"); do printf '%s ' "$CORPUS"; done)
echo "corpus: $(find "$CORPUS" -name '*.txt' | wc -l) .txt files read $TIMES times, $MB MB; load $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
"$TARGET/laurel" --version >/dev/null   # records the class-data archive if it is not there yet

for round in $(seq 1 "$ROUNDS"); do
  engine=$(java -Xmx3g -cp "$TARGET/laurel.jar" dev.laurel.examples.bench.CpuThroughput "$CORPUS" 1 2 1 \
    | grep 'threads 2' | sed -E 's/.*end-to-end ([0-9.]+) MB\/s wall.*/\1/')
  echo "round $round: engine, 2 threads: $engine MB/s"
  for jobs in 1 2; do
    start=$(date +%s.%N)
    # shellcheck disable=SC2086
    /usr/bin/env time -f "%U %S" -o "$WORK/cpu.txt" "$TARGET/laurel" parse --jobs "$jobs" --ext txt --quiet \
      $INPUTS > "$WORK/out.jsonl"
    end=$(date +%s.%N)
    read -r user sys < "$WORK/cpu.txt"
    awk -v mb="$MB" -v s="$start" -v e="$end" -v u="$user" -v y="$sys" -v j="$jobs" -v eng="$engine" \
      -v out="$(stat -c %s "$WORK/out.jsonl")" 'BEGIN {
        w = e - s; printf "round '"$round"': laurel parse --jobs %d: %.1f s, %.1f MB/s (%.0f%% of the engine), CPU %.1f s, %.0f MB of JSON Lines\n",
          j, w, mb / w, 100 * mb / w / eng, u + y, out / 1e6 }'
  done
done
