// Tests only: a relationship uniqueness constraint on a type no query writes, to see what Neo4j
// makes of one (global to the type, not per pair of nodes).
CREATE CONSTRAINT test_relationship_key IF NOT EXISTS FOR ()-[r:TEST_KEYED]-() REQUIRE r.key IS UNIQUE
