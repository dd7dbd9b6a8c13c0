#!/bin/bash
# Ingest throughput of two checkouts through the CLI, alternating, each run into a freshly started,
# empty Neo4j of its own (started by this checkout's `db start`, so both use the same Neo4j; only the
# ingest code differs). A first, unmeasured load of WARM (another corpus: the first batches on a cold
# Neo4j pay for planning and caches, and on a loaded machine can pass the 5 s read timeout) comes
# before the timed load of CORPUS.
# Usage: bench/ingestPairs.sh CORPUS.jsonl WARM.jsonl PAIRS OTHER_CHECKOUT [PORT], e.g.
#   npm run bench:corpus -- --articles 1000 --seed 1 --out /tmp/c.jsonl   (and --articles 200 --seed 2 for WARM)
#   bench/ingestPairs.sh /tmp/c.jsonl /tmp/w.jsonl 2 /tmp/main 8378
# OTHER_CHECKOUT must be built (npm run build there). Prints one line per run: which, the load
# average at its start, the CLI's own summary line (articles, time, rate), and the first failure;
# INGEST_LOGS=DIR keeps each run's whole CLI output there.
set -euo pipefail
corpus=$1 warm=$2 pairs=$3 other=$4 port=${5:-8378}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
for pair in $(seq 1 "$pairs"); do
  for which in other here; do
    checkout=$([ "$which" = here ] && echo "$here" || echo "$other")
    home="$work/neo4j-$pair-$which"
    export NEWSGRAPH_NEO4J_HOME=$home NEWSGRAPH_NEO4J_PORT=$port
    uri=$(node "$here/bin/newsgraph.js" db start | tail -1)
    (cd "$checkout" && NEO4J_URI=$uri node bin/newsgraph.js ingest --rejects "$work/warm.jsonl" "$warm" > /dev/null 2>&1 || true)
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    log="${INGEST_LOGS:-$work}/ingest-$pair-$which.log"
    (cd "$checkout" && NEO4J_URI=$uri node bin/newsgraph.js ingest --rejects "$work/rejects.jsonl" "$corpus" > "$log" 2>&1 || true)
    line=$(grep '^Ingested' "$log" || true)
    failure=$(head -c 300 "$work/rejects.jsonl" 2>/dev/null || true)
    node "$here/bin/newsgraph.js" db stop > /dev/null
    rm -rf "$home" "$work/rejects.jsonl" "$work/warm.jsonl"
    echo "pair $pair $which ($checkout) load $load: $line ${failure:+first failure: $failure}"
  done
done
rm -rf "$work"
