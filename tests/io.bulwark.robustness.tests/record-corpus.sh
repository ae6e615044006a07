#!/usr/bin/env bash
# Records resources/bad/manifest.tsv: runs every case of resources/bad/intent.tsv (written by make-corpus.py) through
# `bulwark check` on the command line's jars and writes its exit code and first diagnostic, then prints each case whose
# result differs from its intent. Review those before committing: a wrong intent is corrected in make-corpus.py, a
# product bug is reported (and, once fixed, re-recorded).
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
"$root/bulwark" --version >/dev/null   # builds the command line's jars when a bundle changed
. "$root/releng/scripts/find-jdk.sh"
bulwark_find_jdk
exec "$JAVA_HOME/bin/java" -cp "$root/releng/io.bulwark.cli.dist/target/repository/plugins/*" tools/RecordCorpus.java .
