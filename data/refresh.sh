#!/usr/bin/env bash
# Regenerates the catalog's data (core's common codes and every generated product of data/products.json) from
# ../shared and data/*.json: each product module's enum, bundles, provenance, provider, module-info, services file,
# contract test and pom; for every listed product, generated or not, its lines in the poms and README that name
# each product (between the "products:" marker comments: the parent's modules and dependency management, the BOM, the
# command line's, the architecture tests' and the starter's dependencies, the README's module table); and catalog-all's
# facts (catalog-all/src/main/facts/<product>.json) for every other product of the two SDKs, from the official lists
# alone (catalog-all's build turns them into its runtime files).
# Newer official lists than ../shared's (see data/README.md):
#   data/refresh.sh [--sdk-zh <sources jar, folder or release such as 3.1.1436>] [--sdk-en <folder>] [--sdk-go <folder or zip>]
#                   [--feed <error-centre feed .json>] [--feed-version <yyyy-mm-dd>]
# The drift tests (catalog-generator's DataDriftTest and FactsDriftTest) fail whenever the committed files differ from what this writes.
set -euo pipefail
source "$(dirname "$0")/lists.sh"
official_lists "$@"
cd "$(dirname "$0")/.."
args="$(exec_args "$PWD" "$PWD/../shared" ${LISTS[@]+"${LISTS[@]}"})"
./mvnw -B -ntp -q install -pl catalog-generator -am -DskipTests
./mvnw -B -ntp -q -pl catalog-generator exec:java@refresh -Dexec.args="$args"
git status --short -- 'catalog-*' pom.xml architecture-tests README.md
