// Who imposed each sanction (null when no article says), whom it targets, and the target's
// countries as the articles tell them (TARGETS_COUNTRY, by name).
UNWIND $ids AS id
MATCH (s:Fact {id: id})
RETURN id,
  COLLECT { MATCH (x:Actor)-[:IMPOSED]->(s) RETURN x {.*, labels: labels(x)} AS actor LIMIT 1 }[0] AS imposer,
  COLLECT { MATCH (s)-[:TARGETS]->(x:Actor) RETURN x {.*, labels: labels(x)} AS actor LIMIT 1 }[0] AS target,
  COLLECT { MATCH (s)-[:TARGETS_COUNTRY]->(c:Country) RETURN c {.*, labels: labels(c)} AS country ORDER BY country.name, country.id } AS targetCountries
