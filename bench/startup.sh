#!/usr/bin/env bash
# Cold start of the distribution: time from starting it until GET / answers (200 or a redirect to the login), and
# the heap in use then; the median of N starts for each way to start it, with a fresh and with an existing data
# folder. Usage: bench/startup.sh [runs] [ways] [folders]
#   runs     timed starts per row (default 5)
#   ways     comma-separated, default none,cds,aot:
#              none  plain java
#              cds   class data sharing (-XX:+AutoCreateSharedArchive; an untimed first start records the archive)
#              aot   JDK 25's ahead-of-time cache, as bin/start does (an untimed training run makes it first)
#   folders  comma-separated, default fresh,existing:
#              fresh     a new data folder per start (migrations, first-run admin with an Argon2id hash)
#              existing  one data folder, made by an untimed start first (a restart of an installed deployment)
# Builds the distribution if it is missing (mvn package). JAVA_OPTS is passed to java. Prints the machine's load
# average beside the table: figures taken while other work runs on the machine are not comparable.
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/java-home.sh
source bin/launch.sh
runs=${1:-5}
IFS=, read -r -a ways <<< "${2:-none,cds,aot}"
IFS=, read -r -a folders <<< "${3:-fresh,existing}"
[ -f "$dist/veiligheidsagenda.jar" ] || mvn -q -B -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Starts the distribution with options $1 on data folder $2 until GET / answers; prints "ms app-ms heap-MB".
start_once() {
    local options=$1 data=$2 port started pid ms says heap
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    started=$(date +%s%N)
    VEILIGHEID_PORT=$port VEILIGHEID_DATA_DIR=$data VEILIGHEID_ADMIN_PASSWORD=bench-Wachtwoord-1 \
        launch "$options" > "$work/out.log" 2>&1 &
    pid=$!
    until curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" 2>/dev/null | grep -qE '200|302'; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "the distribution stopped; its log:" >&2
            tail -n 30 "$work/out.log" >&2
            exit 1
        fi
        sleep 0.05
    done
    ms=$(( ($(date +%s%N) - started) / 1000000 ))
    says=$(sed -n 's/.*started in \([0-9]*\) ms.*/\1/p' "$work/out.log" | head -n 1)
    heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | sed -n 's/.*used \([0-9]*\)K.*/\1/p' | head -n 1)
    kill "$pid"; wait "$pid" 2>/dev/null || true   # a clean stop, so a class-data archive gets written
    echo "$ms ${says:-0} $(( ${heap:-0} / 1024 ))"
}

median() {
    sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1); $(java -version 2>&1 | head -n 1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-5s %-9s %11s %11s %11s %14s %10s\n' way folder "median (ms)" "min (ms)" "max (ms)" "app says (ms)" "heap (MB)"
for way in "${ways[@]}"; do
    case $way in
        none) options="" ;;
        cds) options="-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$work/app.jsa" ;;
        aot) make_aot_cache "$work/app.aot" > /dev/null
             options="-XX:AOTCache=$work/app.aot" ;;
        *) echo "unknown way '$way'; allowed: none, cds, aot" >&2; exit 2 ;;
    esac
    for folder in "${folders[@]}"; do
        existing=$work/existing
        rm -rf "$existing"; mkdir -p "$existing"
        # untimed: records the CDS archive, and makes the existing data folder
        start_once "$options" "$existing" > /dev/null
        results=()
        for _ in $(seq 1 "$runs"); do
            if [ "$folder" = fresh ]; then data=$(mktemp -d -p "$work"); else data=$existing; fi
            result=$(start_once "$options" "$data")
            results+=("$result")
            [ "$folder" = existing ] || rm -rf "$data"
        done
        ms=$(printf '%s\n' "${results[@]}" | cut -d' ' -f1)
        printf '%-5s %-9s %11s %11s %11s %14s %10s\n' "$way" "$folder" "$(median <<< "$ms")" \
            "$(sort -n <<< "$ms" | head -n 1)" "$(sort -n <<< "$ms" | tail -n 1)" \
            "$(printf '%s\n' "${results[@]}" | cut -d' ' -f2 | median)" \
            "$(printf '%s\n' "${results[@]}" | cut -d' ' -f3 | median)"
    done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
