// Adds each delta to its counter, in the order given (sorted by key, so concurrent writers lock
// counters in one order and cannot deadlock on them). `SET t.n = t.n + d` reads the property in
// the SET itself, so Cypher locks the counter before reading it: no increment is lost.
UNWIND $deltas AS d
MERGE (t:Tally {key: d.key})
  ON CREATE SET t.n = 0
SET t.n = t.n + d.delta
RETURN count(*) AS counters
