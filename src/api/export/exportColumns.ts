/**
 * The columns of each list export (GET /export/<list>.csv|.ndjson), in order. Kept apart from the
 * lists' queries so that the explorer, which saves its view as CSV in the browser, writes the very
 * same header without bundling any server code.
 */
export const exportColumns = {
  meetings: ["id", "date", "datePrecision", "status", "city", "location", "participants"],
  statements: ["id", "date", "stance", "speaker", "speakerName", "about", "quote", "text"],
  sanctions: ["id", "firstReported", "status", "imposer", "target", "targetCountries", "reason"],
  articles: ["id", "publishedAt", "language", "source", "url", "title", "ingestedAt"],
} as const;
