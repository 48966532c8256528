#!/usr/bin/env bash
# Time from process start to the first line the command line prints: median and spread (min-max) of N runs, for
# java -jar, for the launcher (class-data sharing archive), and for `java -version` on the same machine.
# Run from the repository root after building the jar.
set -euo pipefail
runs=${1:-11}
jar=catalog-cli/target/errorcatalog.jar
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -q package -DskipTests" >&2; exit 2; }

first_line_ms() {
  local start end
  start=$(date +%s%N)
  "$@" 2>&1 | { IFS= read -r _; end=$(date +%s%N); cat >/dev/null; echo $(( (end - start) / 1000000 )); }
}

# median, min and max of the numbers on standard input
stats() { sort -n | awk '{ v[NR] = $1 } END { printf "%d ms (median of %d; %d-%d)", v[int((NR + 1) / 2)], NR, v[1], v[NR] }'; }

measure() { for _ in $(seq "$runs"); do first_line_ms "$@"; done | stats; }

code=(lookup -p vod -l zh-CN InvalidParameterValue.FileIdsTooMany)
echo "java -jar errorcatalog.jar ${code[*]}, first line: $(measure java -jar "$jar" "${code[@]}")"
echo "catalog-cli/errorcatalog ${code[*]}, first line: $(measure catalog-cli/errorcatalog "${code[@]}")"
echo "java -version, first line: $(measure java -version)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
