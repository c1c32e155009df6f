#!/usr/bin/env bash
# Latency of the operations endpoints a load balancer and Prometheus call: GET /health/live, /health/ready and
# /metrics, one request at a time on one kept-alive connection (curl), against the distribution in its own JVM
# after a warm-up. Prints p50/p95/p99/max per endpoint and the machine's load average.
# Usage: bench/ops.sh [requests]   (default 500 per endpoint)
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/java-home.sh
source bin/launch.sh
requests=${1:-500}
[ -f "$dist/veiligheidsagenda.jar" ] || mvn -q -B -DskipTests package
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
VEILIGHEID_PORT=$port VEILIGHEID_DATA_DIR=$work/data VEILIGHEID_ADMIN_PASSWORD=bench-Wachtwoord-1 \
    launch "" > "$work/out.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$work"' EXIT
until curl -s -o /dev/null "http://127.0.0.1:$port/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$work/out.log" >&2; exit 1; }
    sleep 0.2
done

# One curl process per endpoint: its URLs share a connection; each line is one request's total time in seconds.
times() {
    local path=$1 count=$2 urls=()
    for _ in $(seq 1 "$count"); do urls+=(-o /dev/null "http://127.0.0.1:$port$path"); done
    curl -s -w '%{http_code} %{time_total}\n' "${urls[@]}"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-15s %8s %8s %8s %8s %8s %8s\n' endpoint requests "not 200" "p50 ms" "p95 ms" "p99 ms" "max ms"
for path in /health/live /health/ready /metrics; do
    times "$path" 200 > /dev/null   # warm-up
    times "$path" "$requests" > "$work/times"
    sort -k2 -n "$work/times" | awk -v path="$path" '{ if ($1 != 200) bad++; t[NR] = $2 * 1000 }
        END { printf "%-15s %8d %8d %8.1f %8.1f %8.1f %8.1f\n", path, NR, bad,
              t[int(NR * 0.50 + 0.5)], t[int(NR * 0.95 + 0.5)], t[int(NR * 0.99 + 0.5)], t[NR] }'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
