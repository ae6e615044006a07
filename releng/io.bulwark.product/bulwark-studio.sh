#!/usr/bin/env bash
# Starts Bulwark Studio from the materialized product (no native launcher on Maven Central).
# Usage: bulwark-studio.sh [PRODUCT_DIR] [eclipse arguments...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
product=${1:-$here/target/products/io.bulwark.studio/linux/gtk/x86_64/bulwark-studio}
[ $# -gt 0 ] && shift
. "$here/../scripts/find-jdk.sh"
bulwark_find_jdk
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
if [ -z "$launcher" ]; then
  echo "No Bulwark Studio at $product: build it first with ./verify (or ./mvnw -B package)." >&2
  exit 2
fi
exec "$JAVA_HOME/bin/java" -Xmx2g -jar "$launcher" -install "$product" -configuration "$product/configuration" "$@"
