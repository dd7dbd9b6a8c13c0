// Each article's outlet and the original it copies (null when it copies none).
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Outlet)
OPTIONAL MATCH (a)-[:COPY_OF]->(c:Article)
RETURN id, CASE WHEN o IS NULL THEN null ELSE o {.domain, .name} END AS outlet, c.id AS copyOf
