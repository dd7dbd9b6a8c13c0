// What links actors $a and $b: the meetings and statements filed under their Link $link (see
// cypher/queries/linkFacts.cypher), and the sanctions targeting either side (an actor, the
// people whose `country` it is, and targets of its country: TARGETS_COUNTRY), whoever imposed them. Each list is the latest $first, newest
// first, undated last; the counts cover everything. Link keys are "<link id>|<date>", so $low..$high
// is the date range as a key range (src/graph/relationship.ts), and $from the exact lower bound on
// overlap (a meeting of 2023-09 overlaps from: 2023-09-13). Without a range ($ranged false) the
// counts are the Link's degrees, which Neo4j keeps: no fact is read to count them.
// Agreements and transfers (the registry's generic kinds) are filed like meetings, keyed by date,
// and counted as read, with the contradictions.
OPTIONAL MATCH (l:Link {id: $link})
WITH COUNT { (l)-[:MET]->() } AS meetingDegree, COUNT { (l)-[:SAID]->() } AS statementDegree, COUNT { (l)<-[:COVERS]-() } AS articleDegree
OPTIONAL CALL () {
  UNWIND CASE WHEN $ranged THEN [true] ELSE [] END AS ranged
  RETURN
    COUNT { ()-[r:MET]->() WHERE r.key >= $low AND r.key <= $high AND ($from IS NULL OR substring(r.key, $cut) + '~' >= $from) } AS meetings,
    COUNT { ()-[r:SAID]->() WHERE r.key >= $low AND r.key <= $high AND ($from IS NULL OR substring(r.key, $cut) + '~' >= $from) } AS statements,
    COUNT { ()<-[r:COVERS]-() WHERE r.key >= $low AND r.key <= $high AND ($from IS NULL OR substring(r.key, $cut) + '~' >= $from) } AS articles
}
WITH coalesce(meetings, meetingDegree) AS meetingCount, coalesce(statements, statementDegree) AS statementCount, coalesce(articles, articleDegree) AS articleCount
CALL () {
  MATCH ()-[r:MET]->(m:Meeting)
  WHERE r.key >= $low AND r.key <= $high AND ($from IS NULL OR substring(r.key, $cut) + '~' >= $from)
  WITH m, r ORDER BY r.key DESC LIMIT toInteger($first)
  RETURN collect(m {.*, labels: labels(m)}) AS meetings
}
CALL () {
  MATCH ()-[r:SAID]->(s:Statement)
  WHERE r.key >= $low AND r.key <= $high AND ($from IS NULL OR substring(r.key, $cut) + '~' >= $from)
  WITH s, r ORDER BY r.key DESC LIMIT toInteger($first)
  RETURN collect(s {.*, labels: labels(s)}) AS statements
}
// The generic kinds ($generic: their link types, src/kinds/factKinds.ts) and the contradictions,
// read from the Link in one expansion (a link type given as a parameter cannot seek an index; the
// contradictions read the Link's facts anyway): each generic kind's count, its latest $first and
// its dates (for firstSeen and lastSeen); and the claimable facts ($claimable labels) one actor
// asserts or accuses and another denies (CLAIMS from their statements), counted, the latest $first.
// Facts of one date come by id, whatever order the expansion meets them in.
CALL () {
  MATCH (:Link {id: $link})-[r]->(f:Fact)
  WHERE (type(r) IN $generic OR any(label IN labels(f) WHERE label IN $claimable))
    AND r.key >= $low AND r.key <= $high AND ($from IS NULL OR substring(r.key, $cut) + '~' >= $from)
  WITH type(r) AS link, f, r ORDER BY r.key DESC, f.id
  WITH collect({link: link, fact: f, contradicted: CASE WHEN any(label IN labels(f) WHERE label IN $claimable) THEN EXISTS {
      MATCH (one:Actor)-[:MADE]->(said:Statement)-[:CLAIMS]->(f)<-[:CLAIMS]-(denial:Statement)<-[:MADE]-(other:Actor)
      WHERE said.stance IN ['assert', 'accuse'] AND denial.stance = 'deny' AND one <> other
    } ELSE false END}) AS rows
  WITH rows, [row IN rows WHERE row.contradicted | row.fact] AS contradicted
  RETURN
    [link IN $generic | {
      link: link,
      count: size([row IN rows WHERE row.link = link]),
      facts: [f IN [row IN rows WHERE row.link = link | row.fact][..toInteger($first)] | f {.*, labels: labels(f)}]
    }] AS generic,
    [row IN rows WHERE row.link IN $generic AND row.fact.date IS NOT NULL | row.fact.date] AS genericDays,
    size(contradicted) AS contradictionCount,
    [f IN contradicted[..toInteger($first)] | f {.*, labels: labels(f)}] AS contradictions
}
CALL () {
  CALL () {
    MATCH (s:Sanction)-[:TARGETS]->(x:Actor) WHERE x.id IN [$a, $b] RETURN s
    UNION
    MATCH (s:Sanction)-[:TARGETS]->(x:Person) WHERE x.country IN [$a, $b] RETURN s
    UNION
    // A company's, a person's or a group's countries, as the articles tell them (targetCountries.cypher).
    MATCH (s:Sanction)-[:TARGETS_COUNTRY]->(x:Actor) WHERE x.id IN [$a, $b] RETURN s
  }
  WITH DISTINCT s, coalesce(s.firstReported, '') AS day
  WHERE ($from IS NULL OR day + '~' >= $from) AND ($to IS NULL OR (day <> '' AND day <= $to + '~'))
  ORDER BY day DESC, s.id
  RETURN collect(s {.*, labels: labels(s)}) AS sanctions
}
// The earliest and latest dated fact: two index seeks per kind of meeting and statement, and the
// sanctions and generic kinds in hand.
WITH *, [day IN [s IN sanctions | s.firstReported] + genericDays WHERE day IS NOT NULL] AS daysInHand
WITH *,
  COLLECT { MATCH ()-[r:MET]->() WHERE r.key >= $datedLow AND r.key <= $high AND ($from IS NULL OR substring(r.key, $cut) + '~' >= $from) RETURN substring(r.key, $cut) AS day ORDER BY r.key LIMIT 1 }
  + COLLECT { MATCH ()-[r:SAID]->() WHERE r.key >= $datedLow AND r.key <= $high AND ($from IS NULL OR substring(r.key, $cut) + '~' >= $from) RETURN substring(r.key, $cut) AS day ORDER BY r.key LIMIT 1 }
  + COLLECT { MATCH ()-[r:MET]->() WHERE r.key >= $datedLow AND r.key <= $high AND ($from IS NULL OR substring(r.key, $cut) + '~' >= $from) RETURN substring(r.key, $cut) AS day ORDER BY r.key DESC LIMIT 1 }
  + COLLECT { MATCH ()-[r:SAID]->() WHERE r.key >= $datedLow AND r.key <= $high AND ($from IS NULL OR substring(r.key, $cut) + '~' >= $from) RETURN substring(r.key, $cut) AS day ORDER BY r.key DESC LIMIT 1 }
  + daysInHand AS days
RETURN meetingCount, statementCount, articleCount, size(sanctions) AS sanctionCount, meetings, statements, sanctions[..toInteger($first)] AS sanctions,
  generic, contradictionCount, contradictions,
  reduce(low = null, day IN days | CASE WHEN low IS NULL OR day < low THEN day ELSE low END) AS firstSeen,
  reduce(high = null, day IN days | CASE WHEN high IS NULL OR day > high THEN day ELSE high END) AS lastSeen
