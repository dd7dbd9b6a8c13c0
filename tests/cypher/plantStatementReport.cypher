// Tests only: an article reporting a statement of $speaker, written without touching the
// speaker's node (no MENTIONS, no MADE), so that the only lock two of these share is the one
// settleStatements takes.
MERGE (a:Article {id: $article})
MERGE (f:Fact {id: $own})
  ON CREATE SET f:Statement, f.group = $speaker, f.text = $text, f.stance = 'assert', f.date = $day, f.first = $day, f.last = $day
CREATE (a)-[:REPORTS {own: $own, from: $day, to: $day, day: $day, stance: 'assert', about: [], words: $words,
  text: $text, sentence: $text, start: 0, end: 1}]->(f)
RETURN f.id AS id
