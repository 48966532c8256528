#!/usr/bin/env bash
# Builds the benchmarks and runs the short configuration (a few minutes on 2 cores), then prints the Markdown
# table: each benchmark's ns/op with its error, B/op from the GC profiler, and its ratio to HashMap.get measured
# in the same run; then the cold-start comparison. Arguments: [warm-up iterations] [measurement iterations].
set -euo pipefail
cd "$(dirname "$0")/.."
# The module is built only in the bench profile, so the default build downloads neither Spring nor JMH.
./mvnw -B -ntp -q -Pbench package -DskipTests -pl catalog-bench,catalog-cli -am
java -jar catalog-bench/target/benchmarks.jar "$@"
