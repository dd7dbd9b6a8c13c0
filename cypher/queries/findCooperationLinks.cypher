// The parties of each agreement, and the two ends of each transfer (by name).
UNWIND $ids AS id
MATCH (f:Fact {id: id})
RETURN id,
  COLLECT { MATCH (x:Actor)-[:PARTY_TO]->(f) RETURN x {.*, labels: labels(x)} AS actor ORDER BY actor.name, actor.id } AS parties,
  COLLECT { MATCH (x:Actor)-[:SENT]->(f) RETURN x {.*, labels: labels(x)} AS actor LIMIT 1 }[0] AS supplier,
  COLLECT { MATCH (f)-[:SENT_TO]->(x:Actor) RETURN x {.*, labels: labels(x)} AS actor LIMIT 1 }[0] AS receiver
