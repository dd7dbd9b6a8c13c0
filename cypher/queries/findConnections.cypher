// The shortest paths from actor $from to actor $to over direct Links (README, "Links"), walked as
// the LINKED relationships between their actors: a hop joins two actors that are both parties of
// a fact (they met, one spoke about the other, one sanctioned the other). At most $maxHops hops
// (the pattern stops at 4: quantifiers must be literals), up to 10 paths, shortest first, none
// visiting an actor twice; a Link is one hop however many facts it holds, so each path is its own
// sequence of actors. Each hop shows its Link's latest direct meeting or statement (found by index
// seeks from the top of the Link's keys), or agreement or transfer, else a sanction.
MATCH (s:Actor {id: $from}), (t:Actor {id: $to})
MATCH p = SHORTEST 10 (s)-[:LINKED]-{1,4}(t)
WHERE length(p) <= $maxHops
  AND size(nodes(p)) = size(reduce(seen = [], n IN nodes(p) | CASE WHEN n IN seen THEN seen ELSE seen + n END))
WITH nodes(p) AS actors, relationships(p) AS hops
UNWIND range(0, size(hops) - 1) AS i
// A LINKED runs from its Link's first id to its second.
WITH actors, hops, i, startNode(hops[i]).id + '|' + endNode(hops[i]).id AS link
CALL (link) {
  CALL (link) {
    MATCH ()-[r:MET]->(f:Meeting)
    WHERE r.key >= link + '|' AND r.key <= link + '|~' AND r.direct
    RETURN f, r.key AS key ORDER BY r.key DESC LIMIT 1
    UNION
    MATCH ()-[r:SAID]->(f:Statement)
    WHERE r.key >= link + '|' AND r.key <= link + '|~' AND r.direct
    RETURN f, r.key AS key ORDER BY r.key DESC LIMIT 1
    UNION
    MATCH ()-[r:AGREED]->(f:Agreement)
    WHERE r.key >= link + '|' AND r.key <= link + '|~' AND r.direct
    RETURN f, r.key AS key ORDER BY r.key DESC LIMIT 1
    UNION
    MATCH ()-[r:TRANSFERRED]->(f:Transfer)
    WHERE r.key >= link + '|' AND r.key <= link + '|~' AND r.direct
    RETURN f, r.key AS key ORDER BY r.key DESC LIMIT 1
    UNION
    MATCH (:Link {id: link})-[r:SANCTIONED]->(f:Sanction)
    WHERE r.direct
    RETURN f, '' AS key ORDER BY f.id LIMIT 1
  }
  RETURN f ORDER BY key DESC LIMIT 1
}
WITH actors, hops, i, f ORDER BY i
WITH actors, size(hops) AS length, collect(f) AS facts
// A hop whose Link no longer holds a direct fact (its fact was deleted) breaks the path.
WHERE size(facts) = length
WITH actors, facts, [n IN actors | n.id] AS route
ORDER BY size(facts), route
LIMIT 10
RETURN [n IN actors[..-1] | n {.*, labels: labels(n)}] AS froms,
  [n IN facts | n {.*, labels: labels(n)}] AS facts,
  [n IN actors[1..] | n {.*, labels: labels(n)}] AS tos
