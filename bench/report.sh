#!/usr/bin/env bash
# Time and memory to render the full yearly progress report (five themes, figures in every theme) in each format:
# PDF (PDF/A-3a + PDF/UA-1), HTML, and Bijlage 2 as CSV, ODS and XLSX. Warm figures: untimed renders first.
# Usage: bench/report.sh [timed runs per format]   (default 20; BENCH_WARMUP sets the untimed renders, default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/java-home.sh
mvn -q -B -pl app -am test -Dtest=ReportRenderBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.runs="${1:-20}" -Dbench.warmup="${BENCH_WARMUP:-5}"
sed -n '/^format /,/load average/p' \
    app/target/surefire-reports/nl.veiligheidsagenda.app.report.ReportRenderBench-output.txt
