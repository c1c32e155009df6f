#!/usr/bin/env bash
# Memory per signed-in user: N headless Chromium sessions on the progress page against one app, live heap after
# a full GC. Usage: bench/sessions.sh [users]   (default 10; needs chromium and chromium-driver, see bin/test)
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/java-home.sh
mvn -q -B -DskipTests install -pl platform-core,theme-ondermijning,theme-digitaal,theme-wijken,theme-polarisatie,theme-crisis
mvn -q -B -pl app test -Dtest=SessionMemoryBench -Dsurefire.failIfNoSpecifiedTests=false -Dbench.users="${1:-10}"
sed -n '/^measure/,/first page per user/p' app/target/surefire-reports/nl.veiligheidsagenda.app.bench.SessionMemoryBench-output.txt
