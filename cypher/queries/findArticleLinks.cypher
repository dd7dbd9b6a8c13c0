// What each article reports (facts, newest first) and whom it mentions (by name).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id,
  COLLECT { MATCH (a)-[:REPORTS]->(f:Fact) RETURN f {.*, labels: labels(f)} AS fact ORDER BY fact.date DESC, fact.id } AS facts,
  COLLECT { MATCH (a)-[:MENTIONS]->(x:Actor) RETURN x {.*, labels: labels(x)} AS actor ORDER BY actor.name, actor.id } AS mentions
