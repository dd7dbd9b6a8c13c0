// Tests only: whether the Link $id exists, and whether its two actors are LINKED (first id to second).
OPTIONAL MATCH (l:Link {id: $id})
WITH l, split($id, '|') AS ends
RETURN l IS NOT NULL AS exists,
  EXISTS { (:Actor {id: ends[0]})-[:LINKED]->(:Actor {id: ends[1]}) } AS linked
