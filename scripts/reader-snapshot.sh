#!/usr/bin/env bash
# Writes what the reader and the rules make of every seed and corpus document — the JSON model
# (`budget read`), the JSON report and the text report — into OUTDIR, so that a change meant to keep
# behaviour (a faster reader, leaner rules) can be checked with `diff -r BEFORE AFTER`.
# usage: scripts/reader-snapshot.sh OUTDIR   (after `mvn -B -q -DskipTests package`; the corpus is
# read from ../shared/corpus when present)
set -uo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/reader-snapshot.sh OUTDIR}
mkdir -p "$out"
docs=(examples/seed-000.txt examples/seed-001.txt examples/seed-003.txt)
if [ -d ../shared/corpus ]; then
  docs+=(../shared/corpus/text/*.txt ../shared/corpus/pdf/*.pdf)
else
  echo "reader-snapshot: no ../shared/corpus: the seeds only" >&2
fi
for f in "${docs[@]}"; do
  b=$(basename "$f")
  ./budget read "$f" -o "$out/$b.model.json" >/dev/null 2>"$out/$b.read.err"
  ./budget validate "$f" -f json >"$out/$b.report.json" 2>"$out/$b.validate.err"
  ./budget validate "$f" >"$out/$b.report.txt" 2>/dev/null
done
echo "reader-snapshot: ${#docs[@]} documents in $out"
