# Sourced by the project's scripts: exports JAVA_HOME pointing to a JDK >= 21.
# Eclipse platform jars on Maven Central require Java 21; Debian's own JDK packages stop at 17,
# so look for the Temurin (or any other) JDK installed beside it.
bulwark_java_major() {
  # the JDK's release file answers without starting a JVM (a tenth of ./bulwark's start); java itself otherwise
  local major
  major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || true)
  if [ -n "$major" ]; then echo "$major"; return; fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

bulwark_find_jdk() {
  local candidate major
  for candidate in "${BULWARK_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-* \
      /usr/lib/jvm/temurin-2[1-9]-jdk-* /usr/lib/jvm/java-2[1-9]-openjdk-* /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(bulwark_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "Bulwark needs a JDK 21 or newer (the Eclipse platform on Maven Central requires it)." >&2
  echo "None was found in JAVA_HOME or /usr/lib/jvm. Install one (e.g. Temurin 25) and set JAVA_HOME." >&2
  return 1
}
