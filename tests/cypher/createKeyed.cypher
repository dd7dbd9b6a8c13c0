// Tests only: a bare CREATE of a node with one label and one key, so that the uniqueness
// constraint (and nothing else) is what stops a second with the same key.
CREATE (n:$($label))
SET n[$key] = $value
