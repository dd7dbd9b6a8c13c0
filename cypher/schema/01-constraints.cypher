// Every key the graph MERGEs on is unique, so concurrent ingests cannot create twins.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (n:Fact) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_code IF NOT EXISTS FOR (n:Country) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sanction_id IF NOT EXISTS FOR (n:Sanction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT link_id IF NOT EXISTS FOR (n:Link) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_group_id IF NOT EXISTS FOR (n:StatementGroup) REQUIRE n.id IS UNIQUE;
// The change feed (src/graph/recordChanges.ts): one Change per sequence number, one counter.
CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (n:Change) REQUIRE n.seq IS UNIQUE;
CREATE CONSTRAINT change_counter_id IF NOT EXISTS FOR (n:ChangeCounter) REQUIRE n.id IS UNIQUE;
// The list counters (src/graph/tallyFacts.ts): one Tally per key, so concurrent MERGEs make one.
CREATE CONSTRAINT tally_key IF NOT EXISTS FOR (n:Tally) REQUIRE n.key IS UNIQUE;
// Outlets and near-duplicate detection (src/graph/linkCopies.ts): one node per domain, per band key.
CREATE CONSTRAINT outlet_domain IF NOT EXISTS FOR (n:Outlet) REQUIRE n.domain IS UNIQUE;
CREATE CONSTRAINT band_key IF NOT EXISTS FOR (n:Band) REQUIRE n.key IS UNIQUE;
// The one lock of the copies step (writeCopies.cypher, deleteArticles.cypher): a single node, merged.
CREATE CONSTRAINT copy_lock_id IF NOT EXISTS FOR (n:CopyLock) REQUIRE n.id IS UNIQUE;
