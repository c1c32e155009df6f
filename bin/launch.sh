# Sourced by bin/start and bench/startup.sh (after bin/java-home.sh, from the repository's root): starting the
# built distribution, and its ahead-of-time cache.
dist=app/target/dist

# Replaces this shell (or the background job it runs in) with the distribution's JVM, given extra JVM options
# ($1): through the distribution's own start script when it has one, else the jar. JAVA_OPTS is passed on.
launch() {
    if [ -f "$dist/veiligheidsagenda" ]; then
        JAVA_OPTS="$1 ${JAVA_OPTS:-}" exec sh "$dist/veiligheidsagenda"
    else
        # shellcheck disable=SC2086 # the options are words
        exec java $1 ${JAVA_OPTS:-} -jar "$dist/veiligheidsagenda.jar"
    fi
}

# JDK 25's ahead-of-time cache (JEP 483/514/515): a training run records which classes the start loads and links
# and how its hot methods behave; later starts with -XX:AOTCache map all of that (bench/startup.sh measures it).
# Makes the cache $1 with a training run on a throw-away data folder and a free port, never your data or
# database (every VEILIGHEID_* setting is left out). On failure it says why, makes nothing and returns 1.
make_aot_cache() {
    local target=$1 work status=0
    work=$(mktemp -d)
    (
        for name in $(compgen -e | grep '^VEILIGHEID_' || true); do unset "$name"; done
        export VEILIGHEID_PORT=0 VEILIGHEID_DATA_DIR="$work/data"
        VEILIGHEID_ADMIN_PASSWORD="training-$RANDOM-$RANDOM-$RANDOM" \
            launch "-XX:AOTCacheOutput=$work/cache.aot" > "$work/training.log" 2>&1 &
        pid=$!
        url=""
        for _ in $(seq 1 1200); do
            url=$(sed -n 's/.*is running at \(http[^ ]*\) .*/\1/p' "$work/training.log")
            [ -n "$url" ] || ! kill -0 "$pid" 2>/dev/null && break
            sleep 0.5
        done
        if [ -n "$url" ] && command -v curl > /dev/null; then
            curl -s -L -o /dev/null "$url" || true   # the first page: Vaadin's bootstrap and the login view
        fi
        kill "$pid" 2>/dev/null || true              # a clean stop: the JVM writes the cache as it exits
        wait "$pid" || true
        [ -n "$url" ] && [ -s "$work/cache.aot" ]
    ) || status=$?
    if [ "$status" -eq 0 ]; then
        mv "$work/cache.aot" "$target"
    else
        echo "The start-up cache could not be made; the training run said:" >&2
        tail -n 20 "$work/training.log" >&2 || true
    fi
    rm -rf "$work"
    return "$status"
}
