// Tests only: how many relationships of $type join the test nodes $a and $b.
MATCH (:TestEnd {id: $a})-[r]->(:TestEnd {id: $b})
WHERE type(r) = $type
RETURN count(r) AS n
