// Who imposed each sanction (null when no article says) and whom it targets.
UNWIND $ids AS id
MATCH (s:Fact {id: id})
RETURN id,
  COLLECT { MATCH (x:Actor)-[:IMPOSED]->(s) RETURN x {.*, labels: labels(x)} AS actor LIMIT 1 }[0] AS imposer,
  COLLECT { MATCH (s)-[:TARGETS]->(x:Actor) RETURN x {.*, labels: labels(x)} AS actor LIMIT 1 }[0] AS target
