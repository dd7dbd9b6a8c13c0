// The statements of each speaker ($windows: group, and the first and last day of a month) that
// settleStatements decides between: those whose first day lies in the month (a node's reports lie
// in one month), through the (group, first) index, with every report and what the report says, and
// what the node says now, to rewrite only what changed.
UNWIND $windows AS w
MATCH (f:Statement)
WHERE f.group = w.group AND f.first >= w.start AND f.first <= w.end
RETURN f.id AS id, f.group AS group, f.stance AS stance, f.date AS date, f.text AS text, f.quote AS quote,
  f.first AS first, f.last AS last,
  [(f)-[:ABOUT]->(c:Actor) | c.id] AS about,
  // Who speaks: a person's remark told once in two languages is matched without words (statementEvents).
  [(x:Actor {id: w.group})-[:MADE]->(f) | {country: x.country, person: x:Person}][0] AS speaker,
  // A report written before statements were settled keeps none of this: it reads as an undated
  // report of its own node, which it stays on.
  [(a:Article)-[r:REPORTS]->(f) | {
    article: a.id, own: coalesce(r.own, f.id), from: r.from, to: r.to, day: r.day,
    stance: coalesce(r.stance, f.stance), about: coalesce(r.about, []), words: coalesce(r.words, []),
    language: a.language,
    text: coalesce(r.text, f.text), quote: r.quote
  }] AS reports
