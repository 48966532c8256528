#!/usr/bin/env bash
# Time from process start to the first line the command line prints, median of N runs, next to the same
# figure for `java -version` on the same machine. Run from the repository root after building the jar.
set -euo pipefail
runs=${1:-11}
jar=catalog-cli/target/errorcatalog.jar
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -q package -DskipTests" >&2; exit 2; }

first_line_ms() {
  local start end
  start=$(date +%s%N)
  "$@" 2>&1 | { IFS= read -r _; end=$(date +%s%N); cat >/dev/null; echo $(( (end - start) / 1000000 )); }
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

lookup=$(for _ in $(seq "$runs"); do first_line_ms java -jar "$jar" lookup -p vod -l zh-CN InvalidParameterValue.FileIdsTooMany; done | median)
version=$(for _ in $(seq "$runs"); do first_line_ms java -version; done | median)
echo "lookup, first line: ${lookup} ms (median of ${runs})"
echo "java -version, first line: ${version} ms (median of ${runs})"
