// Tests only: the meetings or statements ($kind) of a side, walked from its actors as the lists did
// before their counters and FILED keys: attended or said by the actor or anyone of its country, or
// (a statement) about it. The oracle that listCounters.test.ts compares the lists with.
CALL () {
  MATCH (x:Actor)-[:ATTENDED|MADE]->(f:Fact)
  WHERE (x.id = $actor OR x.country = $actor) AND $kind IN labels(f)
  RETURN f
  UNION
  MATCH (f:Fact)-[:ABOUT]->(:Actor {id: $actor})
  WHERE $kind IN labels(f)
  RETURN f
}
RETURN f.id AS id, f.date AS date
