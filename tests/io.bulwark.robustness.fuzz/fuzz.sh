#!/usr/bin/env bash
# Fuzzes `bulwark check --format json` with Jazzer for DURATION (default 5m; e.g. 30s, 10m, 1h), starting from the seed
# inputs (examples, the malformed-input corpus, earlier crashes). Builds the command line's jars first. A crashing input
# lands in src/test/resources/io/bulwark/robustness/fuzz/CheckFuzzTestInputs/checkAnyBytes/crash-*: commit it.
# The second argument picks another fuzz test: `fuzz.sh 10m OptionsFuzzTest#anyOptions` fuzzes the option parsing
# (crashes in .../OptionsFuzzTestInputs/anyOptions).
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-5m}
target=${2:-CheckFuzzTest#checkAnyBytes}
. releng/scripts/find-jdk.sh
bulwark_find_jdk
./bulwark --version >/dev/null   # builds releng/io.bulwark.cli.dist when a bundle changed
JAZZER_FUZZ=1 exec ./mvnw -B verify -pl tests/io.bulwark.robustness.fuzz -Djazzer.max_duration="$duration" \
  -Dsurefire.failIfNoSpecifiedTests=false -Dtest="$target"
