// Full-text search over names, spellings, titles and quotes (index search_text, see
// cypher/schema/03-fulltext.cypher), best first. $query is a Lucene query built by
// src/graph/search.ts from the user's words, never the raw text.
CALL db.index.fulltext.queryNodes('search_text', $query, {limit: $first}) YIELD node, score
RETURN node {.*, labels: labels(node)} AS node, score
ORDER BY score DESC, node.id
