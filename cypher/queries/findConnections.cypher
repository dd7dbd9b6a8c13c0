// The shortest paths from actor $from to actor $to, at most $maxHops hops, where a hop is
// actor → fact → actor through one of: two ATTENDED (met), MADE and ABOUT (spoke about),
// IMPOSED and TARGETS (sanctioned), in either direction. A path never visits a node twice.
// Several facts often link the same two actors (many statements), so of the 30 shortest paths
// one per sequence of actors is kept, and at most 10 such paths are returned, shortest first.
// The hop count is capped at 4 in the pattern itself (quantifiers must be literals).
MATCH (s:Actor {id: $from}), (t:Actor {id: $to})
MATCH p = SHORTEST 30 (s)(
  (x:Actor)-[r1:ATTENDED|MADE|ABOUT|IMPOSED|TARGETS]-(f:Fact)-[r2:ATTENDED|MADE|ABOUT|IMPOSED|TARGETS]-(y:Actor)
  WHERE x <> y AND (
    (type(r1) = 'ATTENDED' AND type(r2) = 'ATTENDED')
    OR type(r1) + '/' + type(r2) IN ['MADE/ABOUT', 'ABOUT/MADE', 'IMPOSED/TARGETS', 'TARGETS/IMPOSED'])
){1,4}(t)
WITH p, x, f, y
WHERE size(f) <= $maxHops
  AND size(nodes(p)) = size(reduce(seen = [], n IN nodes(p) | CASE WHEN n IN seen THEN seen ELSE seen + n END))
WITH x, f, y ORDER BY size(f), [n IN f | n.id]
WITH [n IN x | n.id] AS route, head(collect({x: x, f: f, y: y})) AS path
ORDER BY size(path.f), route
LIMIT 10
RETURN [n IN path.x | n {.*, labels: labels(n)}] AS froms,
  [n IN path.f | n {.*, labels: labels(n)}] AS facts,
  [n IN path.y | n {.*, labels: labels(n)}] AS tos
