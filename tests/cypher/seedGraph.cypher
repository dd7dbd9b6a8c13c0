// Tests only: writes a graph exactly as the README's model describes it, from plain lists
// (tests/integration/queries/seedGraph.ts then files its facts under Links with linkFacts).
// Actors are MERGEd (countries and well-known people are shared with other tests); whatever this
// creates is marked with $seed so that test/deleteSeed can remove it again.
CALL () {
  UNWIND $actors AS actor
  MERGE (x:Actor {id: actor.id})
    ON CREATE SET x.seed = $seed, x.name = actor.name, x.names = actor.names, x.aliases = actor.aliases,
      x.country = actor.country, x.code = actor.code,
      x.searchNames = reduce(text = '', name IN coalesce(actor.names, []) + coalesce(actor.aliases, []) | text + ' ' + name)
  SET x:$(actor.kind)
}
CALL () {
  UNWIND $roles AS role
  MATCH (p:Actor {id: role.person}), (holder:Actor {id: role.holder})
  MERGE (p)-[r:HOLDS_ROLE {title: role.title}]->(holder)
    ON CREATE SET r.seed = $seed
}
CALL () {
  UNWIND $articles AS article
  CREATE (a:Article)
  SET a = article, a.seed = $seed
}
CALL () {
  UNWIND $facts AS fact
  CREATE (f:Fact {id: fact.id})
  SET f:$(fact.kind), f += fact.properties, f.seed = $seed
  WITH f, fact
  CALL (f, fact) {
    // As ingestion dates a sanction: the day of its earliest report.
    UNWIND fact.reports AS report
    MATCH (a:Article {id: report.article})
    WITH f, min(left(a.publishedAt, 10)) AS day
    SET f.firstReported = CASE WHEN f:Sanction THEN day END
  }
  CALL (f, fact) {
    UNWIND fact.reports AS report
    MATCH (a:Article {id: report.article})
    CREATE (a)-[:REPORTS {sentence: report.sentence, start: report.start, end: report.end}]->(f)
  }
  CALL (f, fact) {
    UNWIND fact.links AS link
    MATCH (x:Actor {id: link.actor})
    FOREACH (_ IN CASE link.type WHEN 'ATTENDED' THEN [1] ELSE [] END | CREATE (x)-[:ATTENDED]->(f))
    FOREACH (_ IN CASE link.type WHEN 'HELD_IN' THEN [1] ELSE [] END | CREATE (f)-[:HELD_IN]->(x))
    FOREACH (_ IN CASE link.type WHEN 'MADE' THEN [1] ELSE [] END | CREATE (x)-[:MADE]->(f))
    FOREACH (_ IN CASE link.type WHEN 'ABOUT' THEN [1] ELSE [] END | CREATE (f)-[:ABOUT]->(x))
    FOREACH (_ IN CASE link.type WHEN 'IMPOSED' THEN [1] ELSE [] END | CREATE (x)-[:IMPOSED]->(f))
    FOREACH (_ IN CASE link.type WHEN 'TARGETS' THEN [1] ELSE [] END | CREATE (f)-[:TARGETS]->(x))
    FOREACH (_ IN CASE link.type WHEN 'PARTY_TO' THEN [1] ELSE [] END | CREATE (x)-[:PARTY_TO]->(f))
    FOREACH (_ IN CASE link.type WHEN 'SENT' THEN [1] ELSE [] END | CREATE (x)-[:SENT]->(f))
    FOREACH (_ IN CASE link.type WHEN 'SENT_TO' THEN [1] ELSE [] END | CREATE (f)-[:SENT_TO]->(x))
  }
}
CALL () {
  // The statements that claim a fact: written after every fact exists.
  UNWIND $facts AS fact
  UNWIND fact.claimedBy AS statement
  MATCH (s:Statement {id: statement}), (f:Fact {id: fact.id})
  CREATE (s)-[:CLAIMS]->(f)
}
CALL () {
  UNWIND $mentions AS mention
  MATCH (a:Article {id: mention.article}), (x:Actor {id: mention.actor})
  MERGE (a)-[:MENTIONS]->(x)
}
RETURN count(*) AS done
