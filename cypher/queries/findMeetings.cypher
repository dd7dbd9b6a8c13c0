// minIndependentSources: at least that many distinct original reports among the fact's sources (an
// article that is a COPY_OF another counts as that original; README, "Independent sources").
// One page of meetings per request, newest first (date descending, undated last, then id), and
// how many match in all. A filter left null does not apply. `actor` is a country, organization or
// person id and also covers the people whose `country` it is; `person` is that person alone.
// `after` is the [sort key, id] the page starts after; see src/graph/page.ts. `filed` is the prefix
// of the side's FILED keys (null for every meeting) and `tallies` the counter key ranges that count
// the request (null when a filter other than the side and the range applies); see src/graph/meetings.ts.
// Every meeting's count, from Neo4j's count store (planned here, outside any per-request scope,
// or it would be a label scan).
CALL () {
  MATCH (m:Meeting)
  RETURN count(m) AS meetings
}
UNWIND $requests AS r
WITH r, meetings, (r.language IS NOT NULL OR r.source IS NOT NULL OR r.minIndependentSources IS NOT NULL) AS byArticle,
  // The date range as an index range: a year early, as a month-precise date overlaps a later day.
  CASE WHEN r.from IS NULL THEN '' ELSE left(r.from, 4) END AS low,
  CASE WHEN r.to IS NULL THEN '~' ELSE r.to + '~' END AS high
CALL (r, byArticle, low, high, meetings) {
  // A side's meetings (`r.filed` is "Meeting@<person or actor>|"): read newest first from the
  // FILED loops' index (tallyFacts keeps one per side of each meeting, keyed by its date) from the
  // cursor on, and stop after the page, however many meetings the side has.
  UNWIND CASE WHEN r.filed IS NULL THEN [] ELSE [true] END AS scoped
  CALL (r, byArticle, low, high) {
    WITH r, byArticle, low, CASE WHEN r.after IS NOT NULL AND r.after[0] < high THEN r.after[0] ELSE high END AS top
    MATCH ()-[l:FILED]->(m:Meeting)
    WHERE l.key >= r.filed + low AND l.key <= r.filed + top
      AND (r.from IS NULL AND r.to IS NULL OR m.date IS NOT NULL)
      AND (r.from IS NULL OR m.date + '~' >= r.from)
      AND (r.after IS NULL OR coalesce(m.date, '') < r.after[0] OR (coalesce(m.date, '') = r.after[0] AND m.id > r.after[1]))
      AND (r.status IS NULL OR m.status = r.status)
      AND (r.person IS NULL OR r.actor IS NULL OR EXISTS { MATCH (x:Actor)-[:ATTENDED]->(m) WHERE x.id = r.actor OR x.country = r.actor })
      AND (r.location IS NULL OR EXISTS { MATCH (m)-[:HELD_IN]->(c:Actor {id: r.location}) })
      AND (NOT byArticle OR EXISTS {
        MATCH (a:Article)-[:REPORTS]->(m)
        WHERE (r.language IS NULL OR a.language = r.language) AND (r.source IS NULL OR a.source = r.source)
      })
      AND (r.minIndependentSources IS NULL OR size(COLLECT {
        MATCH (a:Article)-[:REPORTS]->(m) OPTIONAL MATCH (a)-[:COPY_OF]->(o:Article) RETURN DISTINCT coalesce(o.id, a.id)
      }) >= r.minIndependentSources)
    // LIMIT takes no variable: 101 is the largest page (src/graph/page.ts) and one more.
    WITH m, l ORDER BY l.key DESC, m.id LIMIT 101
    RETURN collect({node: m, sortKey: coalesce(m.date, '')}) AS page
  }
  // How many: the side's counters over the range (countRanges), or, when another filter applies,
  // the side's meetings walked and filtered.
  CALL (r, byArticle) {
    UNWIND coalesce(r.tallies, []) AS range
    MATCH (t:Tally)
    WHERE t.key >= range[0] AND t.key <= range[1]
    RETURN sum(t.n) AS n
    UNION ALL
    UNWIND CASE WHEN r.tallies IS NULL THEN [true] ELSE [] END AS walked
    CALL (r) {
      MATCH (:Actor {id: r.person})-[:ATTENDED]->(m:Meeting)
      RETURN m
      UNION
      MATCH (x:Actor)-[:ATTENDED]->(m:Meeting)
      WHERE r.person IS NULL AND (x.id = r.actor OR x.country = r.actor)
      RETURN m
    }
    WITH r, byArticle, m
    WHERE (r.status IS NULL OR m.status = r.status)
      AND (r.from IS NULL OR m.date + '~' >= r.from)
      AND (r.to IS NULL OR m.date <= r.to + '~')
      AND (r.person IS NULL OR r.actor IS NULL OR EXISTS { MATCH (x:Actor)-[:ATTENDED]->(m) WHERE x.id = r.actor OR x.country = r.actor })
      AND (r.location IS NULL OR EXISTS { MATCH (m)-[:HELD_IN]->(c:Actor {id: r.location}) })
      AND (NOT byArticle OR EXISTS {
        MATCH (a:Article)-[:REPORTS]->(m)
        WHERE (r.language IS NULL OR a.language = r.language) AND (r.source IS NULL OR a.source = r.source)
      })
      AND (r.minIndependentSources IS NULL OR size(COLLECT {
        MATCH (a:Article)-[:REPORTS]->(m) OPTIONAL MATCH (a)-[:COPY_OF]->(o:Article) RETURN DISTINCT coalesce(o.id, a.id)
      }) >= r.minIndependentSources)
    RETURN count(m) AS n
  }
  WITH r, page, sum(n) AS totalCount
  RETURN totalCount, page[..r.first + 1] AS page
  UNION
  // Every meeting: read in date order from the meeting_date index and stop after the page; the
  // undated follow the dated (when a range is given, there are none).
  UNWIND CASE WHEN r.filed IS NULL THEN [true] ELSE [] END AS everything
  CALL (r, byArticle, low, high) {
    MATCH (m:Meeting)
    WHERE m.date >= low AND m.date <= high AND (r.from IS NULL OR m.date + '~' >= r.from)
      AND (r.status IS NULL OR m.status = r.status)
      AND (r.location IS NULL OR EXISTS { MATCH (m)-[:HELD_IN]->(c:Actor {id: r.location}) })
      AND (NOT byArticle OR EXISTS {
        MATCH (a:Article)-[:REPORTS]->(m)
        WHERE (r.language IS NULL OR a.language = r.language) AND (r.source IS NULL OR a.source = r.source)
      })
      AND (r.minIndependentSources IS NULL OR size(COLLECT {
        MATCH (a:Article)-[:REPORTS]->(m) OPTIONAL MATCH (a)-[:COPY_OF]->(o:Article) RETURN DISTINCT coalesce(o.id, a.id)
      }) >= r.minIndependentSources)
      AND (r.after IS NULL OR m.date < r.after[0] OR (m.date = r.after[0] AND m.id > r.after[1]))
    // LIMIT takes no variable: 101 is the largest page (src/graph/page.ts) and one more.
    WITH m ORDER BY m.date DESC, m.id LIMIT 101
    RETURN collect({node: m, sortKey: m.date}) AS dated
  }
  CALL (r, byArticle, dated) {
    UNWIND CASE WHEN size(dated) <= r.first AND r.from IS NULL AND r.to IS NULL THEN [true] ELSE [] END AS more
    MATCH (m:Meeting)
    WHERE m.date IS NULL
      AND (r.status IS NULL OR m.status = r.status)
      AND (r.location IS NULL OR EXISTS { MATCH (m)-[:HELD_IN]->(c:Actor {id: r.location}) })
      AND (NOT byArticle OR EXISTS {
        MATCH (a:Article)-[:REPORTS]->(m)
        WHERE (r.language IS NULL OR a.language = r.language) AND (r.source IS NULL OR a.source = r.source)
      })
      AND (r.minIndependentSources IS NULL OR size(COLLECT {
        MATCH (a:Article)-[:REPORTS]->(m) OPTIONAL MATCH (a)-[:COPY_OF]->(o:Article) RETURN DISTINCT coalesce(o.id, a.id)
      }) >= r.minIndependentSources)
      AND (r.after IS NULL OR r.after[0] <> '' OR m.id > r.after[1])
    WITH m ORDER BY m.id LIMIT 101
    RETURN collect({node: m, sortKey: ''}) AS undated
  }
  // How many: every meeting when nothing filters, the counters when only a range does, else walked.
  CALL (r, byArticle, low, high, meetings) {
    // (Each branch runs only when its UNWIND has a row: a WHERE would still scan.)
    UNWIND CASE WHEN r.from IS NULL AND r.to IS NULL AND r.status IS NULL AND r.location IS NULL AND NOT byArticle THEN [true] ELSE [] END AS plain
    RETURN meetings AS n
    UNION ALL
    // A range and no other filter: the counters over the range (countRanges), not a walk of it.
    UNWIND coalesce(r.tallies, []) AS range
    MATCH (t:Tally)
    WHERE t.key >= range[0] AND t.key <= range[1]
    RETURN sum(t.n) AS n
    UNION ALL
    UNWIND CASE WHEN r.tallies IS NULL AND (r.from IS NOT NULL OR r.to IS NOT NULL) THEN [true] ELSE [] END AS ranged
    MATCH (m:Meeting)
    WHERE m.date >= low AND m.date <= high AND (r.from IS NULL OR m.date + '~' >= r.from)
      AND (r.status IS NULL OR m.status = r.status)
      AND (r.location IS NULL OR EXISTS { MATCH (m)-[:HELD_IN]->(c:Actor {id: r.location}) })
      AND (NOT byArticle OR EXISTS {
        MATCH (a:Article)-[:REPORTS]->(m)
        WHERE (r.language IS NULL OR a.language = r.language) AND (r.source IS NULL OR a.source = r.source)
      })
      AND (r.minIndependentSources IS NULL OR size(COLLECT {
        MATCH (a:Article)-[:REPORTS]->(m) OPTIONAL MATCH (a)-[:COPY_OF]->(o:Article) RETURN DISTINCT coalesce(o.id, a.id)
      }) >= r.minIndependentSources)
    RETURN count(m) AS n
    UNION ALL
    UNWIND CASE WHEN r.from IS NULL AND r.to IS NULL AND (r.status IS NOT NULL OR r.location IS NOT NULL OR byArticle) THEN [true] ELSE [] END AS filtered
    MATCH (m:Meeting)
    WHERE (r.status IS NULL OR m.status = r.status)
      AND (r.location IS NULL OR EXISTS { MATCH (m)-[:HELD_IN]->(c:Actor {id: r.location}) })
      AND (NOT byArticle OR EXISTS {
        MATCH (a:Article)-[:REPORTS]->(m)
        WHERE (r.language IS NULL OR a.language = r.language) AND (r.source IS NULL OR a.source = r.source)
      })
      AND (r.minIndependentSources IS NULL OR size(COLLECT {
        MATCH (a:Article)-[:REPORTS]->(m) OPTIONAL MATCH (a)-[:COPY_OF]->(o:Article) RETURN DISTINCT coalesce(o.id, a.id)
      }) >= r.minIndependentSources)
    RETURN count(m) AS n
  }
  WITH r, dated, undated, sum(n) AS totalCount
  RETURN totalCount, (dated + undated)[..r.first + 1] AS page
}
RETURN r.key AS key, totalCount, [row IN page | {node: properties(row.node), labels: labels(row.node), sortKey: row.sortKey}] AS rows
