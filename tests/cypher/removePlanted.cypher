// Tests only: takes away what test/plantNode made (never a node of the graph's own).
MATCH (n {id: $id})
WHERE $label IN labels(n) AND NOT n:Fact AND NOT n:Actor
DETACH DELETE n
