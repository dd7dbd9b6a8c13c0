// Tests only: takes away what test/createKeyed made.
MATCH (n:$($label))
WHERE n[$key] = $value
DETACH DELETE n
