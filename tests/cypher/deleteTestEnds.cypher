// Tests only: removes the test nodes whose ids start with $prefix, and their relationships.
MATCH (n:TestEnd) WHERE n.id STARTS WITH $prefix
DETACH DELETE n
