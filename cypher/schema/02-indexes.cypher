// Range indexes for the filters and orderings the list queries use.
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX article_language IF NOT EXISTS FOR (n:Article) ON (n.language);
CREATE INDEX article_source IF NOT EXISTS FOR (n:Article) ON (n.source);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date);
CREATE INDEX statement_stance IF NOT EXISTS FOR (n:Statement) ON (n.stance);
CREATE INDEX sanction_status IF NOT EXISTS FOR (n:Sanction) ON (n.status);
CREATE INDEX person_country IF NOT EXISTS FOR (n:Person) ON (n.country);
