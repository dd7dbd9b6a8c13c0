// minIndependentSources: at least that many distinct original reports among the fact's sources (an
// article that is a COPY_OF another counts as that original; README, "Independent sources").
// One page of statements per request, newest first (date descending, undated last, then id), and
// how many match in all. A filter left null does not apply. `speaker` is an actor id and also
// covers the people whose `country` it is; `about` is a country code; `actor` matches statements
// by that side or about it. `after` is the [sort key, id] the page starts after; `filed` the prefix
// of an actor's FILED keys when the actor is the only side given, and `tallies` the counter key
// ranges that count the request (null when another filter applies): see src/graph/statements.ts. Laid out as
// findMeetings.cypher: every statement's count from the count store, planned outside any
// per-request scope (inside one it would be a label scan).
CALL () {
  MATCH (s:Statement)
  RETURN count(s) AS statements
}
UNWIND $requests AS r
WITH r, statements, (r.language IS NOT NULL OR r.source IS NOT NULL OR r.minIndependentSources IS NOT NULL) AS byArticle,
  // The date range as an index range: a year early, as a month-precise date overlaps a later day.
  CASE WHEN r.from IS NULL THEN '' ELSE left(r.from, 4) END AS low,
  CASE WHEN r.to IS NULL THEN '~' ELSE r.to + '~' END AS high
CALL (r, byArticle, low, high, statements) {
  // A side's statements, said by it or about it (`r.filed` is "Statement@<actor>|"): read newest
  // first from the FILED loops' index (tallyFacts keeps one per side of each statement, keyed by
  // its date) from the cursor on, and stop after the page, however many the side has.
  UNWIND CASE WHEN r.filed IS NULL THEN [] ELSE [true] END AS filed
  CALL (r, byArticle, low, high) {
    WITH r, byArticle, low, CASE WHEN r.after IS NOT NULL AND r.after[0] < high THEN r.after[0] ELSE high END AS top
    MATCH ()-[l:FILED]->(s:Statement)
    WHERE l.key >= r.filed + low AND l.key <= r.filed + top
      AND (r.from IS NULL AND r.to IS NULL OR s.date IS NOT NULL)
      AND (r.from IS NULL OR s.date + '~' >= r.from)
      AND (r.after IS NULL OR coalesce(s.date, '') < r.after[0] OR (coalesce(s.date, '') = r.after[0] AND s.id > r.after[1]))
      AND (r.stance IS NULL OR s.stance = r.stance)
      AND (NOT byArticle OR EXISTS {
        MATCH (a:Article)-[:REPORTS]->(s)
        WHERE (r.language IS NULL OR a.language = r.language) AND (r.source IS NULL OR a.source = r.source)
      })
      AND (r.minIndependentSources IS NULL OR size(COLLECT {
        MATCH (a:Article)-[:REPORTS]->(s) OPTIONAL MATCH (a)-[:COPY_OF]->(o:Article) RETURN DISTINCT coalesce(o.id, a.id)
      }) >= r.minIndependentSources)
    // LIMIT takes no variable: 101 is the largest page (src/graph/page.ts) and one more.
    WITH s, l ORDER BY l.key DESC, s.id LIMIT 101
    RETURN collect({node: s, sortKey: coalesce(s.date, '')}) AS page
  }
  // How many: the side's counters over the range (countRanges), or, when a stance or the articles
  // filter too, the side's statements walked and filtered.
  CALL (r, byArticle) {
    UNWIND coalesce(r.tallies, []) AS range
    MATCH (t:Tally)
    WHERE t.key >= range[0] AND t.key <= range[1]
    RETURN sum(t.n) AS n
    UNION ALL
    UNWIND CASE WHEN r.tallies IS NULL THEN [true] ELSE [] END AS walked
    CALL (r) {
      MATCH (x:Actor)-[:MADE]->(s:Statement)
      WHERE x.id = r.actor OR x.country = r.actor
      RETURN s
      UNION
      MATCH (s:Statement)-[:ABOUT]->(:Actor {id: r.actor})
      RETURN s
    }
    WITH r, byArticle, s
    WHERE (r.stance IS NULL OR s.stance = r.stance)
      AND (r.from IS NULL OR s.date + '~' >= r.from)
      AND (r.to IS NULL OR s.date <= r.to + '~')
      AND (NOT byArticle OR EXISTS {
        MATCH (a:Article)-[:REPORTS]->(s)
        WHERE (r.language IS NULL OR a.language = r.language) AND (r.source IS NULL OR a.source = r.source)
      })
      AND (r.minIndependentSources IS NULL OR size(COLLECT {
        MATCH (a:Article)-[:REPORTS]->(s) OPTIONAL MATCH (a)-[:COPY_OF]->(o:Article) RETURN DISTINCT coalesce(o.id, a.id)
      }) >= r.minIndependentSources)
    RETURN count(s) AS n
  }
  WITH r, page, sum(n) AS totalCount
  RETURN totalCount, page[..r.first + 1] AS page
  UNION
  // A speaker's statements, or those about a country (with or without an actor), are few: gather,
  // sort and cut them.
  UNWIND CASE WHEN r.speaker IS NULL AND r.about IS NULL THEN [] ELSE [true] END AS scoped
  CALL (r) {
    MATCH (x:Actor)-[:MADE]->(s:Statement)
    WHERE x.id = coalesce(r.speaker, r.actor) OR x.country = coalesce(r.speaker, r.actor)
    RETURN s
    UNION
    MATCH (s:Statement)-[:ABOUT]->(:Actor {id: coalesce(r.about, r.actor)})
    WHERE r.speaker IS NULL
    RETURN s
  }
  WITH r, byArticle, s
  WHERE (r.stance IS NULL OR s.stance = r.stance)
    AND (r.from IS NULL OR s.date + '~' >= r.from)
    AND (r.to IS NULL OR s.date <= r.to + '~')
    // What the gathering went by holds already: a speaker always, the country spoken about or the
    // actor when it was the only side given (each EXISTS below runs only when that is not so).
    AND (r.about IS NULL OR r.speaker IS NULL AND r.actor IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(c:Actor {id: r.about}) })
    AND (r.actor IS NULL OR r.speaker IS NULL AND r.about IS NULL
      OR EXISTS { MATCH (x:Actor)-[:MADE]->(s) WHERE x.id = r.actor OR x.country = r.actor }
      OR EXISTS { MATCH (s)-[:ABOUT]->(c:Actor {id: r.actor}) })
    AND (NOT byArticle OR EXISTS {
      MATCH (a:Article)-[:REPORTS]->(s)
      WHERE (r.language IS NULL OR a.language = r.language) AND (r.source IS NULL OR a.source = r.source)
    })
    AND (r.minIndependentSources IS NULL OR size(COLLECT {
      MATCH (a:Article)-[:REPORTS]->(s) OPTIONAL MATCH (a)-[:COPY_OF]->(o:Article) RETURN DISTINCT coalesce(o.id, a.id)
    }) >= r.minIndependentSources)
  WITH r, collect(s) AS matches
  // The page: the top 101 after the cursor (no need to sort them all).
  CALL (r, matches) {
    UNWIND matches AS s
    WITH s, coalesce(s.date, '') AS sortKey
    WHERE r.after IS NULL OR sortKey < r.after[0] OR (sortKey = r.after[0] AND s.id > r.after[1])
    WITH s, sortKey ORDER BY sortKey DESC, s.id LIMIT 101
    RETURN collect({node: s, sortKey: sortKey}) AS rest
  }
  RETURN size(matches) AS totalCount, rest[..r.first + 1] AS page
  UNION
  // Every statement: read in date order from the statement_date index and stop after the page;
  // the undated follow the dated (when a range is given, there are none).
  UNWIND CASE WHEN r.speaker IS NULL AND r.about IS NULL AND r.actor IS NULL THEN [true] ELSE [] END AS everything
  CALL (r, byArticle, low, high) {
    MATCH (s:Statement)
    WHERE s.date >= low AND s.date <= high AND (r.from IS NULL OR s.date + '~' >= r.from)
      AND (r.stance IS NULL OR s.stance = r.stance)
      AND (NOT byArticle OR EXISTS {
        MATCH (a:Article)-[:REPORTS]->(s)
        WHERE (r.language IS NULL OR a.language = r.language) AND (r.source IS NULL OR a.source = r.source)
      })
      AND (r.minIndependentSources IS NULL OR size(COLLECT {
        MATCH (a:Article)-[:REPORTS]->(s) OPTIONAL MATCH (a)-[:COPY_OF]->(o:Article) RETURN DISTINCT coalesce(o.id, a.id)
      }) >= r.minIndependentSources)
      AND (r.after IS NULL OR s.date < r.after[0] OR (s.date = r.after[0] AND s.id > r.after[1]))
    // LIMIT takes no variable: 101 is the largest page (src/graph/page.ts) and one more.
    WITH s ORDER BY s.date DESC, s.id LIMIT 101
    RETURN collect({node: s, sortKey: s.date}) AS dated
  }
  CALL (r, byArticle, dated) {
    UNWIND CASE WHEN size(dated) <= r.first AND r.from IS NULL AND r.to IS NULL THEN [true] ELSE [] END AS more
    MATCH (s:Statement)
    WHERE s.date IS NULL
      AND (r.stance IS NULL OR s.stance = r.stance)
      AND (NOT byArticle OR EXISTS {
        MATCH (a:Article)-[:REPORTS]->(s)
        WHERE (r.language IS NULL OR a.language = r.language) AND (r.source IS NULL OR a.source = r.source)
      })
      AND (r.minIndependentSources IS NULL OR size(COLLECT {
        MATCH (a:Article)-[:REPORTS]->(s) OPTIONAL MATCH (a)-[:COPY_OF]->(o:Article) RETURN DISTINCT coalesce(o.id, a.id)
      }) >= r.minIndependentSources)
      AND (r.after IS NULL OR r.after[0] <> '' OR s.id > r.after[1])
    WITH s ORDER BY s.id LIMIT 101
    RETURN collect({node: s, sortKey: ''}) AS undated
  }
  // How many: every statement when nothing filters, the counters when only a range does, else walked.
  CALL (r, byArticle, low, high, statements) {
    // (Each branch runs only when its UNWIND has a row: a WHERE would still scan.)
    UNWIND CASE WHEN r.from IS NULL AND r.to IS NULL AND r.stance IS NULL AND NOT byArticle THEN [true] ELSE [] END AS plain
    RETURN statements AS n
    UNION ALL
    // A range and no other filter: the counters over the range (countRanges), not a walk of it.
    UNWIND coalesce(r.tallies, []) AS range
    MATCH (t:Tally)
    WHERE t.key >= range[0] AND t.key <= range[1]
    RETURN sum(t.n) AS n
    UNION ALL
    UNWIND CASE WHEN r.tallies IS NULL AND (r.from IS NOT NULL OR r.to IS NOT NULL) THEN [true] ELSE [] END AS ranged
    MATCH (s:Statement)
    WHERE s.date >= low AND s.date <= high AND (r.from IS NULL OR s.date + '~' >= r.from)
      AND (r.stance IS NULL OR s.stance = r.stance)
      AND (NOT byArticle OR EXISTS {
        MATCH (a:Article)-[:REPORTS]->(s)
        WHERE (r.language IS NULL OR a.language = r.language) AND (r.source IS NULL OR a.source = r.source)
      })
      AND (r.minIndependentSources IS NULL OR size(COLLECT {
        MATCH (a:Article)-[:REPORTS]->(s) OPTIONAL MATCH (a)-[:COPY_OF]->(o:Article) RETURN DISTINCT coalesce(o.id, a.id)
      }) >= r.minIndependentSources)
    RETURN count(s) AS n
    UNION ALL
    UNWIND CASE WHEN r.from IS NULL AND r.to IS NULL AND (r.stance IS NOT NULL OR byArticle) THEN [true] ELSE [] END AS filtered
    MATCH (s:Statement)
    WHERE (r.stance IS NULL OR s.stance = r.stance)
      AND (NOT byArticle OR EXISTS {
        MATCH (a:Article)-[:REPORTS]->(s)
        WHERE (r.language IS NULL OR a.language = r.language) AND (r.source IS NULL OR a.source = r.source)
      })
      AND (r.minIndependentSources IS NULL OR size(COLLECT {
        MATCH (a:Article)-[:REPORTS]->(s) OPTIONAL MATCH (a)-[:COPY_OF]->(o:Article) RETURN DISTINCT coalesce(o.id, a.id)
      }) >= r.minIndependentSources)
    RETURN count(s) AS n
  }
  WITH r, dated, undated, sum(n) AS totalCount
  RETURN totalCount, (dated + undated)[..r.first + 1] AS page
}
RETURN r.key AS key, totalCount, [row IN page | {node: properties(row.node), labels: labels(row.node), sortKey: row.sortKey}] AS rows
