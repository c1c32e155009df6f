#!/usr/bin/env bash
# Import speed and memory: 1,000,000 district-year values in our CSV template, imported (preview, apply, apply again)
# against H2's own CSVREAD of the same file into a table, in one JVM on one H2 file database; prints a table with
# times, peak heap and the ratio (target: import apply at most 1.5 x CSVREAD). Usage: bench/imports.sh [rows]
# Run it on a quiet machine: the figures mean nothing while other builds run.
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/java-home.sh
mvn -q -B -pl app -am verify -Dtest=ImportBench -Dsurefire.failIfNoSpecifiedTests=false -Dbench.rows="${1:-1000000}" \
    -DskipITs
sed -n '/^measure |/,/^verdict/p' app/target/surefire-reports/nl.veiligheidsagenda.app.bench.ImportBench-output.txt
