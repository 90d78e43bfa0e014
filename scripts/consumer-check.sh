#!/usr/bin/env bash
# A fresh Maven project that imports budget-bom and depends on every published artifact as the README
# shows (scripts/consumer: an application reading and validating seed 003, a JUnit test, a jqwik
# property on the testkit, the enforcer's dependencyConvergence), built with the default versions and
# with Jackson and JUnit overridden. Run after a build of the tree (mvn -B -DskipTests package): the
# jars are deployed to a file repository in a temporary directory, and the consumer builds with its own
# local repository (a copy of ~/.m2 without org.yusuan), so that ~/.m2 is left as it was.
# Usage: scripts/consumer-check.sh [versions to try, default: the list below]
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
repo="$work/repo"
version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' "$root/pom.xml" | head -1)
deploy() {
  mvn -B -q org.apache.maven.plugins:maven-deploy-plugin:3.1.2:deploy-file -Durl="file://$repo" \
    -DrepositoryId=local "$@" || exit 2
}
deploy -Dfile="$root/pom.xml" -DpomFile="$root/pom.xml" -Dpackaging=pom
deploy -Dfile="$root/budget-bom/pom.xml" -DpomFile="$root/budget-bom/pom.xml" -Dpackaging=pom
for m in core codes validation disclosure testkit; do
  deploy -Dfile="$root/budget-$m/target/budget-$m-$version.jar" -DpomFile="$root/budget-$m/pom.xml"
done
cp -a ~/.m2/repository "$work/m2" && rm -rf "$work/m2/org/yusuan"
cp -r "$root/scripts/consumer" "$work/consumer"
cd "$work/consumer"
status=0
tries=("$@")
[ ${#tries[@]} -eq 0 ] && tries=("" "-Djackson.version=2.18.2" "-Djackson.version=2.17.2" "-Djunit.version=5.10.3" "-Djunit.version=6.0.3")
for v in "${tries[@]}"; do
  log="$work/consumer${v}.log"
  mvn -B -Dmaven.repo.local="$work/m2" -Dyusuan.repo="file://$repo" -Dyusuan.seed="$root/examples/seed-003.txt" \
    $v clean verify > "$log" 2>&1
  rc=$?
  [ $rc -ne 0 ] && status=1
  echo "${v:-default versions}: exit $rc, $(grep -E 'Tests run: [0-9]+, F' "$log" | tail -1 | sed 's/\x1b\[[0-9;]*m//g; s/^\[[A-Z]*\] //')"
done
echo "logs in $work"
exit $status
