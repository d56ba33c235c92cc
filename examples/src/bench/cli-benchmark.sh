#!/usr/bin/env bash
# CLI benchmark of `laurel parse` in batch mode (issue 8): throughput with --jobs 1 and 2 on a generated
# corpus, and peak memory over ~1 GB of generated files with -Xmx256m. Everything it writes goes under
# $WORK (default /tmp/laurel-bench), outside the repository, and the 1 GB copy is deleted at the end.
#
#   mvn -B -ntp -q -pl examples -am package -DskipTests
#   examples/src/bench/cli-benchmark.sh [MB-of-corpus (default 100)] [copies for the memory run (default 10)]
#
# Peak RSS: /usr/bin/time -v when installed, else VmHWM polled from /proc/PID/status.
set -euo pipefail
JAR=${JAR:-examples/target/laurel.jar}
WORK=${WORK:-/tmp/laurel-bench}
MB=${1:-100}
COPIES=${2:-10}
DOCS=$(( MB * 1000000 / 3300 ))   # generated documents average ~3.3 KB
mkdir -p "$WORK"
if [ ! -d "$WORK/corpus" ]; then
  java -cp "$JAR" dev.laurel.examples.corpus.CorpusGenerator --out "$WORK/corpus" --count "$DOCS" --seed 1 --no-gold
fi
echo "corpus: $(ls "$WORK/corpus" | wc -l) files, $(du -sm "$WORK/corpus" | cut -f1) MB on disk"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

for jobs in 1 2; do
  echo "== laurel parse --jobs $jobs (JSON Lines into $WORK/out-$jobs)"
  /usr/bin/env time -f "wall %e s, user %U s, sys %S s, max RSS %M KB" \
    java -jar "$JAR" parse --jobs "$jobs" --progress log --out "$WORK/out-$jobs" "$WORK/corpus" 2>&1 | grep -v '^laurel: [0-9]' || true
done

echo "== memory: $COPIES copies of the corpus (hard links), -Xmx256m, --jobs 2, CSV tables"
BIG="$WORK/big"
rm -rf "$BIG"
for i in $(seq 1 "$COPIES"); do cp -al "$WORK/corpus" "$BIG/copy-$i" 2>/dev/null || { mkdir -p "$BIG"; cp -al "$WORK/corpus" "$BIG/copy-$i"; }; done
echo "input: $(du -sm --apparent-size -l "$BIG" | cut -f1) MB (apparent size, links counted)"
java -Xmx256m -jar "$JAR" parse --jobs 2 --progress log --format csv --out "$WORK/out-big" "$BIG" 2>"$WORK/big.err" &
PID=$!
PEAK=0
while kill -0 "$PID" 2>/dev/null; do
  HWM=$(awk '/VmHWM/ {print $2}' "/proc/$PID/status" 2>/dev/null || echo 0)
  [ -n "$HWM" ] && [ "$HWM" -gt "$PEAK" ] && PEAK=$HWM
  sleep 1
done
wait "$PID" && RC=0 || RC=$?
grep -v '^laurel: [0-9]' "$WORK/big.err" || true
echo "exit $RC; peak RSS (VmHWM) ${PEAK} KB = $(( PEAK / 1024 )) MiB"
rm -rf "$BIG" "$WORK/out-big"
