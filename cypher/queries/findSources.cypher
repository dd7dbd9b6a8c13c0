// Every report of each fact: the article and the sentence, earliest article first, and the
// original report the article copies (itself when it copies none: README, "Independent sources").
UNWIND $ids AS id
MATCH (:Fact {id: id})<-[r:REPORTS]-(a:Article)
OPTIONAL MATCH (a)-[:COPY_OF]->(o:Article)
RETURN id, a {.*} AS article, r.sentence AS sentence, r.start AS start, r.end AS end, coalesce(o.id, a.id) AS original
ORDER BY id, a.publishedAt, a.id
