// Who attended each meeting (by name) and the country it was held in.
UNWIND $ids AS id
MATCH (m:Fact {id: id})
RETURN id,
  COLLECT { MATCH (x:Actor)-[:ATTENDED]->(m) RETURN x {.*, labels: labels(x)} AS actor ORDER BY actor.name, actor.id } AS participants,
  COLLECT { MATCH (m)-[:HELD_IN]->(c:Country) RETURN c {.*, labels: labels(c)} AS country LIMIT 1 }[0] AS location
