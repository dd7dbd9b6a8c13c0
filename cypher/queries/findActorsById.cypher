// The actors with these ids (a country's id is its code).
UNWIND $ids AS id
MATCH (x:Actor {id: id})
RETURN id, x {.*, labels: labels(x)} AS actor
