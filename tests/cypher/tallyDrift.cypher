// Tests only: the counters of the keys starting with one of $prefixes, beside what they should
// say. `counted`: how many facts and articles hold each key on their TALLIED loop (the keys
// tallyFacts counted them under); `tallies`: the Tally nodes that are not zero. The two agree while every write and
// delete goes through tallyFacts. `untallies`: Untally nodes left behind, which must never outlive
// the transaction that made them (a delete that skipped tallyFacts leaves them, and its counters).
CALL () {
  MATCH (f)-[t:TALLIED]->(f)
  UNWIND t.keys AS key
  WITH key
  WHERE any(prefix IN $prefixes WHERE key STARTS WITH prefix)
  WITH key, count(*) AS n ORDER BY key
  RETURN collect({key: key, n: n}) AS counted
}
CALL () {
  MATCH (t:Tally)
  WHERE any(prefix IN $prefixes WHERE t.key STARTS WITH prefix) AND t.n <> 0
  WITH t ORDER BY t.key
  RETURN collect({key: t.key, n: t.n}) AS tallies
}
CALL () {
  MATCH (u:Untally)
  RETURN count(u) AS untallies
}
RETURN counted, tallies, untallies
