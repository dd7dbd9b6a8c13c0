// Every report of each fact: the article and the sentence, earliest article first.
UNWIND $ids AS id
MATCH (:Fact {id: id})<-[r:REPORTS]-(a:Article)
RETURN id, a {.*} AS article, r.sentence AS sentence, r.start AS start, r.end AS end
ORDER BY id, a.publishedAt, a.id
