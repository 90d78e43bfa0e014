#!/usr/bin/env bash
# Documents per second of `./budget validate` over a batch, end to end (JVM start included), on one core
# (taskset -c 0, --jobs 1) and on every core (--jobs = the processors). The batch: N copies (default
# 1000) of the seeds and, when ../shared/corpus is beside the checkout, of the corpus texts, in a
# temporary directory. Build first: mvn -B -q -DskipTests package.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
sources=(examples/seed-000.txt examples/seed-001.txt examples/seed-003.txt)
if [ -d ../shared/corpus/text ]; then
  sources+=(../shared/corpus/text/*.txt)
fi
for ((i = 0; i < n; i++)); do
  cp "${sources[i % ${#sources[@]}]}" "$dir/doc-$(printf %05d "$i").txt"
done
bytes=$(cat "$dir"/*.txt | wc -c)
echo "batch: $n documents, $((bytes / 1024 / 1024)) MB, ${#sources[@]} distinct; $(nproc) processors"
run() {
  local label=$1
  shift
  local start end
  start=$(date +%s.%N)
  "$@" -f json -o "$dir.json" "$dir" 2>/dev/null || true
  end=$(date +%s.%N)
  awk -v l="$label" -v n="$n" -v s="$start" -v e="$end" \
    'BEGIN { t = e - s; printf "%-28s %7.1f s  %6.1f documents/s\n", l, t, n / t }'
}
run "1 core (--jobs 1)" taskset -c 0 ./budget validate --jobs 1
run "$(nproc) cores (--jobs $(nproc))" ./budget validate --jobs "$(nproc)"
rm -f "$dir.json"
