// Writes articles and everything they report (see src/ingestion/graphRecord.ts for the shape).
// Every node is MERGEd on a key backed by a uniqueness constraint; every fact gets a REPORTS
// relationship carrying the sentence that says it.
UNWIND $records AS doc
MERGE (a:Article {id: doc.article.id})
SET a += doc.article

WITH a, doc
CALL (a, doc) {
  UNWIND doc.actors AS actor
  MERGE (x:Actor {id: actor.id})
    ON CREATE SET x:$(actor.kind), x.name = actor.name, x.names = [], x.country = actor.country,
                  x.code = CASE actor.kind WHEN 'Country' THEN actor.id END
  // Actors such as Russia are shared by thousands of articles: write to them only when
  // something is new, so that concurrent batches do not queue for their locks.
  WITH a, x, actor, [name IN actor.names WHERE NOT name IN x.names] AS newNames,
    x.country IS NULL AND actor.country IS NOT NULL AS gainsCountry,
    x.country <> actor.country AS disputes
  // The names are read again under the lock SET takes: another batch may have added some since.
  FOREACH (_ IN CASE WHEN size(newNames) > 0 THEN [1] ELSE [] END |
    SET x.names = x.names + [name IN newNames WHERE NOT name IN x.names]
    SET x.searchNames = reduce(text = '', name IN x.names | text + ' ' + name))
  FOREACH (_ IN CASE WHEN gainsCountry THEN [1] ELSE [] END |
    SET x.country = actor.country)
  // What this article says a person's country is: a person's country is the one most of their
  // articles give (settleCountries.cypher), decided again when an article gives another.
  MERGE (a)-[m:MENTIONS]->(x)
  SET m.country = CASE WHEN actor.kind = 'Person' THEN actor.country END
  // A person whose country is learned only now: their earlier facts need Links to it (linkFacts);
  // one given another country than theirs: decided again (settleCountries).
  RETURN collect(CASE WHEN gainsCountry THEN x.id END) AS gainedCountry,
    collect(CASE WHEN disputes AND actor.kind = 'Person' THEN x.id END) AS disputed
}
CALL (doc) {
  UNWIND doc.roles AS role
  MATCH (p:Person {id: role.person}), (holder:Actor {id: role.holder})
  MERGE (p)-[:HOLDS_ROLE {title: role.title}]->(holder)
}
CALL (a, doc) {
  UNWIND doc.meetings AS m
  // Each report keeps what it says (its own key, host, month, date, status, city, participants):
  // settleMeetings then decides the node it belongs to and describes the node from its reports.
  MERGE (f:Fact {id: m.id})
    ON CREATE SET f:Meeting, f.group = m.group, f.status = m.status
  MERGE (a)-[r:REPORTS {own: m.id}]->(f)
    ON CREATE SET r.sentence = m.sentence, r.start = m.start, r.end = m.end, r.floating = m.floating,
                  r.host = m.location, r.month = m.month, r.date = m.date, r.status = m.status, r.city = m.city,
                  r.participants = m.participants
}
CALL (a, doc) {
  UNWIND doc.sanctions AS s
  MERGE (f:Fact {id: s.id})
    ON CREATE SET f:Sanction, f.reason = s.reason, f.status = s.status
  // Sanctions carry no date: the day of the earliest article reporting one dates it.
  SET f.reason = coalesce(f.reason, s.reason),
      f.firstReported = CASE WHEN f.firstReported IS NULL OR left(doc.article.publishedAt, 10) < f.firstReported
                             THEN left(doc.article.publishedAt, 10) ELSE f.firstReported END
  MERGE (a)-[r:REPORTS]->(f)
    ON CREATE SET r.sentence = s.sentence, r.start = s.start, r.end = s.end
  // What this article says the target's countries are; targetCountries.cypher draws the edges.
  SET r.targetCountry = coalesce(r.targetCountry, []) + [c IN s.targetCountry WHERE NOT c IN coalesce(r.targetCountry, [])]
  WITH f, s
  MATCH (target:Actor {id: s.target})
  MERGE (f)-[:TARGETS]->(target)
  WITH f, s
  CALL (f, s) {
    MATCH (imposer:Actor {id: s.imposer})
    MERGE (imposer)-[:IMPOSED]->(f)
  }
}
CALL (a, doc) {
  UNWIND doc.statements AS s
  // Each report keeps what it says (its own key, the days its article may have appeared on, stance,
  // countries, the stems of its words, text, quote): settleStatements then decides the node it
  // belongs to among its speaker's statements and describes the node from its reports.
  MERGE (f:Fact {id: s.id})
    ON CREATE SET f:Statement, f.group = s.group, f.text = s.text, f.quote = s.quote, f.stance = s.stance, f.date = s.date
  MERGE (a)-[r:REPORTS {own: s.id}]->(f)
    ON CREATE SET r.sentence = s.sentence, r.start = s.start, r.end = s.end, r.from = s.from, r.to = s.to,
                  r.day = s.date, r.stance = s.stance, r.about = s.about, r.words = s.words, r.text = s.text,
                  r.quote = s.quote
  // The fact this article's statement claims, if any; drawClaims.cypher draws CLAIMS from the reports.
  SET r.claim = coalesce(r.claim, s.claim)
  // The node's days take in this report's, so that settleStatements' window (statementGroups) reads it.
  SET f.first = CASE WHEN f.first IS NULL OR s.from < f.first THEN s.from ELSE f.first END,
      f.last = CASE WHEN f.last IS NULL OR s.to > f.last THEN s.to ELSE f.last END
  WITH f, s
  MATCH (speaker:Actor {id: s.speaker})
  MERGE (speaker)-[:MADE]->(f)
  WITH f, s
  CALL (f, s) {
    UNWIND s.about AS code
    MATCH (c:Actor {id: code})
    MERGE (f)-[:ABOUT]->(c)
  }
}
CALL (a, doc) {
  // The generic kinds (agreements, transfers), each with its label and party relationships:
  // $partiesInto names the relationships that point from the actor to the fact.
  UNWIND doc.cooperation AS g
  MERGE (f:Fact {id: g.id})
    ON CREATE SET f:$(g.label), f += g.props, f.status = g.status, f.statusAt = g.reportedAt
  // A later report gives what the first left out (an agreement's name, a transfer's quantity), and
  // the most recently published one gives the status (signed, then ratified; alleged, then confirmed).
  FOREACH (key IN g.fill | SET f[key] = coalesce(f[key], g.props[key]))
  SET f.status = CASE WHEN g.reportedAt >= f.statusAt THEN g.status ELSE f.status END,
      f.statusAt = CASE WHEN g.reportedAt >= f.statusAt THEN g.reportedAt ELSE f.statusAt END
  MERGE (a)-[r:REPORTS]->(f)
    ON CREATE SET r.sentence = g.sentence, r.start = g.start, r.end = g.end
  // What this article says the status is: describeCooperation.cypher restores it when a later report goes.
  SET r.status = g.status
  WITH f, g
  CALL (f, g) {
    UNWIND g.parties AS party
    MATCH (x:Actor {id: party.actor})
    // Looked for by the registry's types first: MERGE on a type given as a value reads every
    // relationship between the two, and a busy fact and a country have thousands.
    WITH f, party, x
    WHERE NOT EXISTS { (x)-[r:{partiesInto}]->(f) WHERE type(r) = party.type }
      AND NOT EXISTS { (f)-[r:{partiesOutOf}]->(x) WHERE type(r) = party.type }
    FOREACH (_ IN CASE WHEN party.type IN $partiesInto THEN [1] ELSE [] END | MERGE (x)-[:$(party.type)]->(f))
    FOREACH (_ IN CASE WHEN party.type IN $partiesInto THEN [] ELSE [1] END | MERGE (f)-[:$(party.type)]->(x))
  }
}
RETURN count(a) AS written, reduce(ids = [], list IN collect(gainedCountry) | ids + list) AS gainedCountry,
  reduce(ids = [], list IN collect(disputed) | ids + list) AS disputed
