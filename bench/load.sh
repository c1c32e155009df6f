#!/usr/bin/env bash
# Load: simulated users against the distribution in its own JVM, for a bounded time (bench/LoadBench.java says
# what each user does); prints p50/p95/p99 per request type, the errors and the machine's load average.
# Usage: bench/load.sh [users] [seconds] [pause-ms] [ramp-s]   (default 200 users arriving at random over 60 s,
# then 60 s more with all of them; a random pause of 0-4000 ms, i.e. 2 s on average, between a user's requests)
# JAVA_OPTS reaches the server's JVM, e.g. a profile of the run:
#   JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/load.jfr,settings=profile,dumponexit=true" bench/load.sh
#   jfr view hot-methods /tmp/load.jfr
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/java-home.sh
mvn -q -B -DskipTests package   # the distribution the benchmark starts (never install: ~/.m2 is shared)
mvn -q -B -pl app -am test -Dtest=LoadBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.users="${1:-200}" -Dbench.seconds="${2:-60}" -Dbench.pause="${3:-2000}" \
    -Dbench.ramp="${4:-60}"
sed -n '/^load: /,$p' app/target/surefire-reports/nl.veiligheidsagenda.app.bench.LoadBench-output.txt
