#!/usr/bin/env bash
# Time from process start to the first line the command line prints: median and spread (min-max) of N runs, for the
# launcher (class-data sharing archive) running lookup, explain and search, for java -jar running the lookup, and for
# `java -version`, all in the same run: the runs of each are interleaved, so a machine that gets busier part-way
# slows them alike. Each median is also given as a multiple of java -version's.
# Run from the repository root after building the jar.
set -euo pipefail
runs=${1:-11}
jar=catalog-cli/target/errorcatalog.jar
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -q -pl catalog-cli -am package -DskipTests" >&2; exit 2; }

first_line_ms() {
  local start end
  start=$(date +%s%N)
  "$@" 2>&1 | { IFS= read -r _; end=$(date +%s%N); cat >/dev/null; echo $(( (end - start) / 1000000 )); }
}

# median, min and max of the numbers in a file
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
stats() { sort -n "$1" | awk '{ v[NR] = $1 } END { printf "%d ms (median of %d; %d-%d)", v[int((NR + 1) / 2)], NR, v[1], v[NR] }'; }

sdk_line='[TencentCloudSDKException]code:ResourceUnavailable.CmkDisabled message:disabled requestId:r-1'
names=(java-version lookup explain search java-jar-lookup)
# each measured command, by name
command_of() {
  case $1 in
    java-version) echo java -version ;;
    lookup) echo catalog-cli/errorcatalog lookup -p vod -l zh-CN InvalidParameterValue.FileIdsTooMany ;;
    explain) echo catalog-cli/errorcatalog explain "'$sdk_line'" ;;
    search) echo catalog-cli/errorcatalog search 未开通 ;;
    java-jar-lookup) echo java -jar "$jar" lookup -p vod -l zh-CN InvalidParameterValue.FileIdsTooMany ;;
  esac
}
run_named() {
  case $1 in
    java-version) java -version ;;
    lookup) catalog-cli/errorcatalog lookup -p vod -l zh-CN InvalidParameterValue.FileIdsTooMany ;;
    explain) catalog-cli/errorcatalog explain "$sdk_line" ;;
    search) catalog-cli/errorcatalog search 未开通 ;;
    java-jar-lookup) java -jar "$jar" lookup -p vod -l zh-CN InvalidParameterValue.FileIdsTooMany ;;
  esac
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for _ in $(seq "$runs"); do
  for name in "${names[@]}"; do
    first_line_ms run_named "$name" >> "$tmp/$name"
  done
done
base=$(median "$tmp/java-version")
for name in "${names[@]}"; do
  m=$(median "$tmp/$name")
  echo "$(command_of "$name"): $(stats "$tmp/$name"), $(awk -v m="$m" -v b="$base" 'BEGIN { printf "%.1f", m / b }') x java -version"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
