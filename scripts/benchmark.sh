#!/usr/bin/env bash
# The build benchmark: builds the ChinaXiv corpus (1×) and a corpus of ten
# copies of it (10×, each copy's texts given a line of their own so that
# they are distinct documents) into fresh stores, and prints for each:
# documents/s and MB/s of `build`, the share of each stage, peak memory,
# quads per 1,000 characters, and the times of `summary` and of three named
# queries. Then the floor it is measured against: jieba-rs segmenting the same texts
# and Oxigraph's bulk loader loading the same quads (examples/baseline.rs).
#
#   scripts/benchmark.sh [CORPUS_DIR]     (default ../shared/corpus/chinaxiv)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/chinaxiv}"
[ -d "$corpus" ] || { echo "benchmark: $corpus: no such folder" >&2; exit 1; }
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$(pwd)/target}"
scripts/prerequisites.sh
cargo build --quiet --bin argraph --example baseline
argraph="$CARGO_TARGET_DIR/debug/argraph"
baseline="$CARGO_TARGET_DIR/debug/examples/baseline"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

seconds() { date +%s%N; }
elapsed() { local ns=$(( $(date +%s%N) - $1 )); printf '%d.%03d' $(( ns / 1000000000 )) $(( ns / 1000000 % 1000 )); }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
echo "corpus: $corpus ($(find "$corpus" -type f | wc -l) files, $(du -sh "$corpus" | cut -f1))"

mkdir -p "$work/1x" "$work/10x"
cp -r "$corpus"/. "$work/1x/"
for k in $(seq 1 10); do
  for file in "$work/1x"/*; do
    [ -f "$file" ] || continue
    name="$(basename "$file")"
    # A line of its own after the first (the end of a text may be cut as
    # site furniture), so that each copy is a document of its own.
    { head -n 1 "$file"; printf '\n基准副本%s。\n\n' "$k"; tail -n +2 "$file"; } > "$work/10x/$k-$name"
  done
done

for size in 1x 10x; do
  store="$work/store-$size"
  echo
  echo "== build $size"
  start=$(seconds)
  "$argraph" build --quiet --timings --store "$store" "$work/$size" 2>/dev/null \
    | grep -E '^(added|stages|peak|quads per|store )' || true
  echo "wall time: $(elapsed "$start") s"
  # The build leaves gigabytes of written pages for the kernel to flush;
  # flushed first, so that they do not count in the reads' times.
  sync
  start=$(seconds)
  "$argraph" summary --store "$store" > /dev/null
  echo "summary: $(elapsed "$start") s"
  for query in concepts works cooccurrence; do
    start=$(seconds)
    "$argraph" query --store "$store" --name "$query" --format csv > /dev/null
    echo "query $query: $(elapsed "$start") s"
  done
  if [ "$size" = 1x ]; then
    "$argraph" export rdf --store "$store" --format nquads --out "$work/1x.nq" 2>/dev/null
    echo
    echo "== floor: jieba-rs segmenting the texts, Oxigraph bulk-loading the quads"
    "$baseline" "$work/1x" "$work/1x.nq" "$work/bulk-store"
  fi
done
