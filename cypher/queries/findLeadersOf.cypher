// The persons who stand for each country or organization, or hold a role for it, by name.
UNWIND $ids AS id
MATCH (p:Person)
WHERE p.country = id OR EXISTS { MATCH (p)-[:HOLDS_ROLE]->(:Actor {id: id}) }
RETURN id, p {.*, labels: labels(p)} AS person
ORDER BY id, p.name, p.id
