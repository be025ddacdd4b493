#!/usr/bin/env bash
# Reads a generated national base flux file (about a million lines, gzip) under a 512 MB heap and
# prints the time taken (see docs/diagnostic.md). Usage: scripts/flow-import-benchmark.sh [file.csv.gz]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -o -DskipTests test-compile
./mvnw -B -ntp -q -o dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath -Dmdep.includeScope=test
exec java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/benchmark.classpath)" \
    fr.nouage.diagnostic.internal.FlowImportBenchmark "$@"
