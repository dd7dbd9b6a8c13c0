// Every index newsgraph created, including those that back its constraints (not Neo4j's own lookup indexes).
SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'
RETURN name
