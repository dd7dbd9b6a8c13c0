// Range indexes for the filters and orderings the list queries use.
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX article_language IF NOT EXISTS FOR (n:Article) ON (n.language);
CREATE INDEX article_source IF NOT EXISTS FOR (n:Article) ON (n.source);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
// The meetings of one group (the countries involved), which settleMeetings reads on every write.
CREATE INDEX meeting_group IF NOT EXISTS FOR (n:Meeting) ON (n.group);
// A speaker's statements by their first day: settleStatements reads the month of each write of
// one of theirs (statementGroups.cypher), never all of a busy speaker's.
CREATE INDEX statement_group_first IF NOT EXISTS FOR (n:Statement) ON (n.group, n.first);
// Whether a speaker has any statement left (dropStatementGroups.cypher).
CREATE INDEX statement_group IF NOT EXISTS FOR (n:Statement) ON (n.group);
CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date);
CREATE INDEX statement_stance IF NOT EXISTS FOR (n:Statement) ON (n.stance);
CREATE INDEX sanction_status IF NOT EXISTS FOR (n:Sanction) ON (n.status);
CREATE INDEX person_country IF NOT EXISTS FOR (n:Person) ON (n.country);
CREATE INDEX sanction_first_reported IF NOT EXISTS FOR (n:Sanction) ON (n.firstReported);
// The changes of one article or fact: its last is what the feed last announced of it (recordChanges).
CREATE INDEX change_key IF NOT EXISTS FOR (n:Change) ON (n.key);
// A Link's articles in date order, one seek per page (key: "<link id>|<date>"). A Link's facts by the
// same key, and the generic kinds' dates, are indexed from the registry (src/graph/kindIndexes.ts).
CREATE INDEX covers_key IF NOT EXISTS FOR ()-[r:COVERS]-() ON (r.key);
// A side's meetings and statements in date order, one seek per page (key: "<kind>@<actor id>|<date>";
// a FILED relationship loops from a fact to itself, one per actor the lists file it under).
// Why a loop: a fact is filed under several sides (each party, their countries, the countries a
// statement is about), and an index entry can hold one key, so a property on the fact would need a
// list, which a range index cannot seek element by element in order. A relationship from the actor
// would do, but creating it locks both ends, and every Russian statement would then lock RU. The
// loop locks only the fact being written, needs no extra node, and goes with the fact (DETACH DELETE).
CREATE INDEX filed_key IF NOT EXISTS FOR ()-[r:FILED]-() ON (r.key);
// Near-duplicate candidates (src/graph/linkCopies.ts): originals' band memberships, "<band key>|<rank>", read in order.
CREATE INDEX in_band_slot IF NOT EXISTS FOR ()-[r:IN_BAND]-() ON (r.slot);
