#!/usr/bin/env bash
# What the library uses of ICU4J: the figures under "ICU4J, whole" in the README. Runs the test suites of i18n,
# core and the four products, then eight command-line runs, each with ICU unpacked on the class path, and counts
# the ICU classes loaded (-Xlog:class+load) and the ICU data files opened (strace -e openat). Needs strace and a
# build (./mvnw -B -ntp package -DskipTests). Maven options (e.g. -Dmaven.repo.local=...) go in MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(./mvnw -B -ntp -q help:evaluate -Dexpression=settings.localRepository -DforceStdout -N)"
version="$(./mvnw -B -ntp -q help:evaluate -Dexpression=icu4j.version -DforceStdout -N)"
jar="$repo/com/ibm/icu/icu4j/$version/icu4j-$version.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/icu" "$work/log"
(cd "$work/icu" && unzip -q "$jar")

strace -f -qq -e trace=openat -o "$work/log/strace.tests" ./mvnw -B -ntp -q test \
  -pl i18n,catalog-core,catalog-vod,catalog-kms,catalog-live,catalog-legacy \
  -Dmaven.test.dependency.excludes=com.ibm.icu:icu4j -Dmaven.test.additionalClasspath="$work/icu" \
  "-DargLine=-Xlog:class+load=info:file=$work/log/classes.tests.%p"

cp="$(ls i18n/target/catalog-i18n-*.jar catalog-{core,vod,kms,live,legacy,cli}/target/catalog-*.jar \
  | grep -v -e sources -e javadoc -e tests | tr '\n' ':')"
cp="$cp$(./mvnw -B -ntp -q dependency:build-classpath -pl catalog-cli -Dmdep.outputFile=/dev/stdout \
  -Dmdep.excludeGroupIds=com.ibm.icu,dev.errorcatalog):$work/icu"
n=0
while read -r args; do
  n=$((n + 1))
  # shellcheck disable=SC2086
  eval "strace -f -qq -e trace=openat -o '$work/log/strace.cli$n' java '-Xlog:class+load=info:file=$work/log/classes.cli$n' -cp '$cp' dev.errorcatalog.cli.Main $args" > /dev/null
  echo "cli: $args: $(grep -ch 'com\.ibm\.icu' "$work/log/classes.cli$n") ICU classes"
done <<'EOF'
lookup --product vod --locale zh-CN InvalidParameterValue.FileIdsTooMany InvalidParameterValue.NoSuchThing
lookup --product vod --locale en InvalidParameterValue.FileIdsTooMany
lookup --product vod --locale 'zh-TW, zh-CN;q=0.5' InvalidParameterValue
lookup --product kms --locale fr,ja ResourceUnavailable.CmkDisabled
list --product live --locale zh-Hans-CN
export --format json --locale zh-CN
export --format markdown --product legacy
products
EOF

classes="$(cat "$work"/log/classes.* | grep -o 'com\.ibm\.icu[^ ]*' | sort -u)"
data="$(cat "$work"/log/strace.* | grep -o "$work/icu/[^\"]*" | grep -v -e '/$' -e '\.class$' \
  | grep -e '\.res$' -e '\.icu$' -e '\.nrm$' -e '\.spp$' -e '\.brk$' -e '\.dict$' -e '\.cfu$' | sort -u)"
echo "ICU jar: $(stat -c %s "$jar") bytes; $(find "$work/icu" -name '*.class' | wc -l) classes" \
  "($(find "$work/icu" -name '*.class' -printf '%s\n' | awk '{s+=$1} END {print s}') bytes);" \
  "$(find "$work/icu/com/ibm/icu/impl/data" -type f | wc -l) data files" \
  "($(find "$work/icu/com/ibm/icu/impl/data" -type f -printf '%s\n' | awk '{s+=$1} END {print s}') bytes)"
echo "used: $(echo "$classes" | wc -l) classes; $(echo "$data" | grep -c .) data files" \
  "($(echo "$data" | xargs stat -c %s | awk '{s+=$1} END {print s}') bytes):"
echo "$data" | sed "s#$work/icu/com/ibm/icu/impl/data/icudata/##" | tr '\n' ' '
echo
