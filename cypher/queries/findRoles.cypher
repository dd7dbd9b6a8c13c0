// The roles each person holds, by title, with the country or organization each is held for.
UNWIND $ids AS id
MATCH (:Person {id: id})-[r:HOLDS_ROLE]->(holder:Actor)
RETURN id, r.title AS title, holder {.*, labels: labels(holder)} AS holder
ORDER BY id, title, holder.id
