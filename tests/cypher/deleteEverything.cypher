// Tests only, and only on a Neo4j that the test started for itself (tests/integration/faults):
// empties the graph, keeping constraints and indexes.
MATCH (n)
DETACH DELETE n
RETURN count(*) AS deleted
