// The meetings $ids with every report of them (settleMeetings describes each node from these) and
// the participants and host the node has now.
UNWIND $ids AS id
MATCH (f:Meeting {id: id})
RETURN f.id AS id,
  [(a:Article)-[r:REPORTS]->(f) | {
    article: a.id, publishedMs: a.publishedMs, floating: r.floating, date: r.date, status: r.status, city: r.city,
    host: r.host, month: r.month, participants: r.participants
  }] AS reports,
  [(x:Actor)-[:ATTENDED]->(f) | x.id] AS attendees,
  [(f)-[:HELD_IN]->(c:Actor) | c.id][0] AS heldIn
