// Full-text search over names, aliases, titles and quotes (the `search` query).
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Country|Person|Organization|Article|Statement) ON EACH [n.name, n.searchNames, n.title, n.quote];
