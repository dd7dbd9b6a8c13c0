// The meetings of the groups $groups (the countries involved) that settleMeetings decides between:
// the anchors (nodes with an anchored report) and every floating report with what it says. An anchor
// of a graph written before anchors kept their statuses contradicts no report.
UNWIND $groups AS group
MATCH (f:Meeting {group: group})
RETURN f.id AS id, f.group AS group, f.anchored AS anchored, f.anchorHost AS host, f.anchorMonth AS month,
  f.anchorParticipants AS participants, f.anchorCities AS cities,
  coalesce(f.anchorStatuses, []) AS statuses,
  [(a:Article)-[r:REPORTS]->(f) WHERE r.floating | {
    article: a.id, own: r.own, host: r.host, month: r.month, participants: r.participants, city: r.city,
    status: r.status
  }] AS floats
