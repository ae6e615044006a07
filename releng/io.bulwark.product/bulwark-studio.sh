#!/usr/bin/env bash
# Starts Bulwark Studio built in this tree (or the one at PRODUCT_DIR) with the project's JDK finder; the product's
# own start script, PRODUCT_DIR/bulwark-studio, does the rest.
# Usage: bulwark-studio.sh [PRODUCT_DIR] [eclipse arguments...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
product=${1:-$here/target/products/io.bulwark.studio/linux/gtk/x86_64/bulwark-studio}
[ $# -gt 0 ] && shift
. "$here/../scripts/find-jdk.sh"
bulwark_find_jdk
if [ ! -x "$product/bulwark-studio" ]; then
  echo "No Bulwark Studio at $product: build it first with ./verify (or ./mvnw -B package)." >&2
  exit 2
fi
exec "$product/bulwark-studio" "$@"
