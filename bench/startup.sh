#!/usr/bin/env bash
# Cold start of the distribution: time from its start script (app/target/dist/veiligheidsagenda: the core on the
# module path, each theme in its own module layer) until GET / answers 200, and the heap in use then.
# Usage: bench/startup.sh [runs] [fresh|existing]   (default 5 fresh; builds the distribution if it is missing)
#   fresh: a new data folder each run (first start: migrations, first-run admin with an Argon2id hash)
#   existing: one data folder for all runs (a restart of an installed deployment)
# JAVA_OPTS is passed to java, e.g. JAVA_OPTS="-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=/tmp/va.jsa"
# (what bin/start uses; the first run records the archive, later runs use it).
# Prints a table; the median is what to compare between versions.
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/java-home.sh
runs=${1:-5}
mode=${2:-fresh}
shared=$(mktemp -d)
script=app/target/dist/veiligheidsagenda
[ -f "$script" ] || mvn -q -B -DskipTests package

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
printf '%-4s %14s %14s %16s\n' run "first 200 (ms)" "app says (ms)" "heap used (MB)"
results=()
for run in $(seq 1 "$runs"); do
    if [ "$mode" = existing ]; then data=$shared; else data=$(mktemp -d); fi
    start=$(date +%s%N)
    VEILIGHEID_PORT=$port VEILIGHEID_DATA_DIR=$data VEILIGHEID_ADMIN_PASSWORD=bench-Wachtwoord-1 \
        sh "$script" > "$data/out.log" 2>&1 &
    pid=$!
    until curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" 2>/dev/null | grep -qE '200|302'; do
        sleep 0.05
    done
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    says=$(sed -n 's/.*started in \([0-9]*\) ms.*/\1/p' "$data/out.log" | head -n 1)
    heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | sed -n 's/.*used \([0-9]*\)K.*/\1/p' | head -n 1)
    kill "$pid"; wait "$pid" 2>/dev/null || true   # a clean stop, so a class-data archive gets written
    [ "$mode" = existing ] || rm -rf "$data"
    printf '%-4s %14s %14s %16s\n' "$run" "$ms" "${says:-?}" "$(( ${heap:-0} / 1024 ))"
    results+=("$ms")
done
median=$(printf '%s\n' "${results[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
printf '%-4s %14s   (%s data folder)\n' median "$median" "$mode"
rm -rf "$shared"
