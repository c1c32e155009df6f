#!/usr/bin/env bash
# Memory per signed-in user: the distribution in its own JVM, N headless Chromium sessions on the progress page,
# the server's live heap after a full GC (jcmd). Usage: bench/sessions.sh [users]   (default 10; needs chromium
# and chromium-driver, see bin/test). BENCH_HISTOGRAM=true also prints the classes whose live heap grew most per user.
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/java-home.sh
mvn -q -B -DskipTests package   # the distribution the benchmark starts (never install: ~/.m2 is shared)
mvn -q -B -pl app -am test -Dtest=SessionMemoryBench -Dsurefire.failIfNoSpecifiedTests=false -Dbench.users="${1:-10}" \
    -Dbench.histogram="${BENCH_HISTOGRAM:-false}"
sed -n '/^live heap growth/,/^$/p; /^measure/,/first page per user/p' app/target/surefire-reports/nl.veiligheidsagenda.app.bench.SessionMemoryBench-output.txt
