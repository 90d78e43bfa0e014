#!/usr/bin/env bash
# Proves the build reproducible: clones the committed tree twice into different directories, builds
# each from clean (the release profile too, so the sources and javadoc jars are compared as well), a
# few seconds apart, and compares every jar byte for byte (SHA-256).
# Usage: scripts/reproducible-build.sh [extra mvn args, e.g. -o]
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
for run in 1 2; do
  git clone -q "$repo" "$out/tree$run"
  (cd "$out/tree$run" && mvn -B -q "$@" package -Prelease -DskipTests)
  (cd "$out/tree$run" && sha256sum */target/*.jar | sort -k2) > "$out/$run.sha256"
  sleep 3   # a later clock and another path: neither may reach a jar
done
n=$(wc -l < "$out/1.sha256")
if diff "$out/1.sha256" "$out/2.sha256"; then
  echo "reproducible: $n jars byte-identical in two clean builds"
  cat "$out/1.sha256"
  rm -rf "$out"
else
  echo "NOT reproducible: the jars above differ (both builds kept in $out)" >&2
  exit 1
fi
