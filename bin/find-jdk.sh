# Sourced (POSIX sh) by mvnw and the bin/ scripts: selects a JDK the portal can build and run on.
# The machines' default `java` is 17; the portal compiles for Java 25 and Elasticsearch 9 needs 21+,
# so nobody should have to remember to export JAVA_HOME.
PORTAL_JAVA_MIN=25

portal_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

portal_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(portal_java_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge "$PORTAL_JAVA_MIN" ]; then
      return 0
    fi
  fi
  best=""
  best_major=0
  # mvnw runs with `set -f`; the search needs globbing.
  case $- in *f*) portal_noglob=1; set +f ;; *) portal_noglob=0 ;; esac
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(portal_java_major "$candidate")
    [ -n "$major" ] || continue
    if [ "$major" -ge "$PORTAL_JAVA_MIN" ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"
      best_major="$major"
    fi
  done
  [ "$portal_noglob" = 0 ] || set -f
  if [ -z "$best" ]; then
    echo "No JDK $PORTAL_JAVA_MIN or newer found (looked at JAVA_HOME and /usr/lib/jvm)." >&2
    echo "Install one, for example Temurin 25 (package temurin-25-jdk), or set JAVA_HOME to it." >&2
    return 1
  fi
  JAVA_HOME="$best"
  export JAVA_HOME
}

portal_find_jdk || exit 1
