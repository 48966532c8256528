#!/usr/bin/env bash
# What a new data release changes, as a user upgrading reads it: per product, the codes added, removed and reworded
# (per language, the old text and the new), and the products added and removed, after a summary line.
#   data/diff.sh <old facts folder> <new facts folder>      two releases' catalog-all/src/main/facts
#   data/diff.sh --since <git revision>                     the facts committed then against the checkout's
#   data/diff.sh --sources [--sdk-zh <jar, folder or release such as 3.1.1436>] [--sdk-en <folder>]
#                [--feed <feed .json>] [--feed-version <yyyy-mm-dd>]
#                                                           the checkout's data (every product) against what those lists would give
#                                                           (made in a temporary folder; nothing here is written)
# Any of them after --format json prints one JSON object instead. Maven's own options go in MAVEN_ARGS (-o).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
source "$here/lists.sh"
usage() { sed -n '4,10p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
format=()
if [[ "${1-}" == --format ]]; then
  (( $# >= 2 )) || usage
  format=(--format "$2"); shift 2
fi
cleanup=""
trap '[[ -z "$cleanup" ]] || rm -rf -- "$cleanup"' EXIT
case "${1-}" in
  --sources)
    shift
    official_lists "$@"
    what=(--sources "$root" "$root/../shared" ${LISTS[@]+"${LISTS[@]}"}) ;;
  --since)
    (( $# == 2 )) || usage
    cleanup="$(mktemp -d)"
    git -C "$root" archive "$2" catalog-all/src/main/facts | tar -x -C "$cleanup"
    what=("$cleanup/catalog-all/src/main/facts" "$root/catalog-all/src/main/facts") ;;
  *)
    (( $# == 2 )) || usage
    what=("$(realpath -m -- "$1")" "$(realpath -m -- "$2")") ;;
esac
cd "$root"
# the generator and its dependencies as this checkout builds them, without installing anything
./mvnw -B -ntp -q -pl catalog-generator -am compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >&2
java -cp "catalog-generator/target/classes:$(cat catalog-generator/target/classpath.txt)" dev.errorcatalog.generator.DataDiff \
  ${format[@]+"${format[@]}"} "${what[@]}"
