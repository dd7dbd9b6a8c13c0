UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a {.id, .url, .title, .source, .language, .publishedAt, .ingestedAt} AS article
