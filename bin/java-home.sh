# Sourced by bin/start and bin/test: picks a JDK 25 or newer, or stops naming what is missing.
# Order: $JAVA_HOME, the `java` on the PATH, then Temurin 25 where Debian machines here keep it.
java_major() {
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

select_jdk() {
    local candidate
    for candidate in "${JAVA_HOME:-}/bin/java" "$(command -v java 2>/dev/null)" \
        /usr/lib/jvm/temurin-25-jdk-amd64/bin/java; do
        if [ -x "$candidate" ] && [ "$(java_major "$candidate")" -ge 25 ] 2>/dev/null; then
            JAVA_HOME=$(cd "$(dirname "$candidate")/.." && pwd)
            export JAVA_HOME
            export PATH="$JAVA_HOME/bin:$PATH"
            return 0
        fi
    done
    echo "Veiligheidsagenda needs JDK 25 or newer: set JAVA_HOME to one (found none at \$JAVA_HOME, on the PATH" \
        "or at /usr/lib/jvm/temurin-25-jdk-amd64)." >&2
    return 1
}

select_jdk
