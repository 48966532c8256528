#!/usr/bin/env bash
# Builds the benchmarks and runs the short configuration (a few minutes on 2 cores), then prints the Markdown
# table: each benchmark's ns/op with its error, B/op from the GC profiler, and its ratio to HashMap.get measured
# in the same run; then the cold-start comparison; then the growth measurement with 1, 10 and 100 generated product
# modules; then every product installed (catalog-all) against VOD alone, the plain-JDK program and java -version.
# Arguments: [--growth-only | --cold-start-only | --every-product-only] [warm-up iterations] [measurement iterations];
# each option runs that measurement alone.
set -euo pipefail
cd "$(dirname "$0")/.."
# The module is built only in the bench profile, so the default build downloads neither Spring nor JMH. Its package
# phase also copies the library's jars, without any product module, to catalog-bench/target/growth-libs, and the VOD
# module to catalog-bench/target/product-libs (the cold start runs on these, as a user's class path has them), and
# catalog-all with the product modules it depends on to catalog-bench/target/all-libs. -am builds them here: without
# it Maven would copy whatever catalog-all is in ~/.m2.
./mvnw -B -ntp -q -Pbench package -DskipTests -pl catalog-bench,catalog-cli -am
java -jar catalog-bench/target/benchmarks.jar "$@"
